"""The admin's committees: the bodies reports can be forwarded to; add, rename, remove."""

from pages import startup

startup.leave_folder_page_mode()  # first of all: the first run after a server start may skip app.py

import streamlit as st

from council import committee_admin, committees
from council.errors import CouncilError
from council.permissions import may_remove_committee
from pages import ui, who

actor = who.require_actor()
st.title(ui.tr("committees.title"))
ui.show_flash()
st.write(ui.tr("committees.intro"))
with st.form("new_committee", clear_on_submit=True):
    name = st.text_input(
        ui.tr("committees.name"), key="committee_name", max_chars=200, placeholder="Miljö- och klimatnämnden"
    )
    added = st.form_submit_button(ui.tr("committees.add"), type="primary", key="committee_add")
if added:
    try:
        with ui.db_session() as db:
            committee = committees.add_committee(db, actor, name=name)
        st.success(ui.tr("committees.added", name=ui.plain(committee.name)), icon="✅")
    except CouncilError as err:
        ui.show_error(err)
with ui.db_session() as db:
    listed = committees.list_committees(db)
    removable = {c.id: may_remove_committee(db, c.id) for c in listed}
if not listed:
    st.info(ui.tr("committees.none"), icon="ℹ️")
    st.stop()
st.dataframe({ui.tr("committees.name"): [c.name for c in listed]}, hide_index=True, key="committees_list")

st.subheader(ui.tr("committees.change_title"))
by_id = {c.id: c for c in listed}
chosen = st.selectbox(
    ui.tr("committees.pick"),
    list(by_id),
    index=None,
    key="committee_pick",
    placeholder=ui.tr("committees.pick_placeholder"),
    format_func=lambda cid: by_id[cid].name,
)
if chosen is not None:
    with st.form(f"committee_rename_{chosen}", border=True):
        new_name = st.text_input(
            ui.tr("committees.new_name"), value=by_id[chosen].name, key=f"committee_new_name_{chosen}", max_chars=200
        )
        st.caption(ui.tr("committees.rename_note"))
        if st.form_submit_button(ui.tr("committees.rename"), key="committee_rename"):
            ui.apply(lambda db: committee_admin.rename(db, actor, chosen, name=new_name), "committees.renamed")
    allowed, why_not = removable[chosen]
    if st.button(ui.tr("committees.remove"), key="committee_remove", disabled=not allowed):
        ui.apply(lambda db: committee_admin.remove(db, actor, chosen), "committees.removed")
    if not allowed:
        st.caption(ui.tr(why_not))
