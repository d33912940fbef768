"""The admin's data page: certify, archive and delete a session's raw ballots (asking first); read the audit log."""

from pages import startup

startup.leave_folder_page_mode()  # first of all: the first run after a server start may skip app.py

import streamlit as st

from council import audit_words, lifecycle, live
from council.errors import CouncilError
from council.i18n import fmt_datetime
from council.models import CouncilSession
from council.permissions import may_certify, may_offer_ballot_deletion
from pages import ui, who

CONFIRM = "data_confirm"  # session_state: (what, session id) the admin is being asked about

actor = who.require_admin()
ui.show_flash()
st.title(ui.tr("data.title"))
try:
    with ui.db_session() as db:
        councils = lifecycle.school_sessions(db, actor)
        log = audit_words.in_words(db, actor, lifecycle.audit_log(db, actor), ui.lang())
except CouncilError as err:
    ui.show_error(err)
    st.stop()


def state(council: CouncilSession) -> str:
    """Phase and lifecycle marks of one session, as words."""
    marks = [ui.tr(f"phase.{council.phase}")]
    marks += [ui.tr("data.certified")] if council.certified_results is not None else []
    marks += [ui.tr("data.archived")] if council.archived else []
    marks += [ui.tr("data.ballots_deleted")] if council.ballots_deleted else []
    return ", ".join(marks)


def ask(what: str, council: CouncilSession) -> None:
    """What certifying or deleting means for this session, then yes or cancel (or why it cannot be done)."""
    allowed, why_not = (may_certify if what == "certify" else may_offer_ballot_deletion)(actor, council)
    if not allowed:
        st.session_state.pop(CONFIRM, None)
        st.error(ui.tr(why_not), icon="⚠️")
        return
    with ui.db_session() as db:
        voted = live.counts(db, council.id).voted
    with st.container(border=True, key="data_confirm_box"):
        st.warning(ui.tr(f"data.confirm_{what}", title=ui.plain(council.title), n=voted), icon=":material/help:")
        yes, no = st.columns(2)
        if yes.button(ui.tr(f"data.confirm_{what}_yes"), key=f"data_{what}_confirm", type="primary"):
            st.session_state.pop(CONFIRM, None)
            if what == "certify":
                ui.apply(lambda db: lifecycle.certify(db, actor, council.id), "data.done_certify")
            else:
                ui.apply(lambda db: lifecycle.delete_ballots(db, actor, council.id), "data.done_delete", counted=True)
        if no.button(ui.tr("phase.cancel"), key="data_cancel"):
            st.session_state.pop(CONFIRM, None)
            st.rerun()


st.subheader(ui.tr("data.sessions"))
st.caption(ui.tr("data.help"))
by_id = {c.id: c for c in councils}
st.dataframe(
    [{ui.tr("data.session"): ui.plain(c.title), ui.tr("data.state"): state(c)} for c in councils], hide_index=True
)
if by_id:
    chosen = st.selectbox(
        ui.tr("data.pick"),
        list(by_id),
        key="data_session",
        format_func=lambda i: f"{by_id[i].title} ({state(by_id[i])})",
        placeholder=ui.tr("common.choose"),
    )
    left, middle, right = st.columns(3)
    if left.button(ui.tr("data.certify"), key="data_certify"):
        st.session_state[CONFIRM] = ("certify", chosen)
    if middle.button(ui.tr("data.archive"), key="data_archive"):
        ui.apply(lambda db: lifecycle.archive(db, actor, chosen), "data.done_archive")
    if right.button(ui.tr("data.delete_ballots"), key="data_delete", type="primary"):
        st.session_state[CONFIRM] = ("delete", chosen)
    asked = st.session_state.get(CONFIRM)
    if asked and asked[1] == chosen:
        ask(asked[0], by_id[chosen])

st.subheader(ui.tr("data.audit"))
st.caption(ui.tr("data.audit_help"))
st.dataframe(
    [
        {
            ui.tr("data.when"): fmt_datetime(entry.at, ui.lang()),
            ui.tr("data.who"): entry.username,
            ui.tr("data.what"): entry.words,
            ui.tr("data.link"): entry.link or None,
        }
        for entry in log
    ],
    hide_index=True,
    key="audit_log",
    column_config={ui.tr("data.link"): st.column_config.LinkColumn(display_text=ui.tr("data.open"))},
)
st.download_button(
    ui.tr("data.audit_csv"),
    audit_words.csv_bytes(log, ui.lang()),
    file_name="klimatradet-granskningslogg.csv",
    mime="text/csv",
    key="audit_csv",
)
