"""The admin's accounts page: create teacher and admin accounts, see who has one."""

import streamlit as st

from council import auth, committees, schools
from council.errors import CouncilError
from council.models import Role
from pages import ui, who

ui.leave_folder_page_mode()  # the first run after a server start may skip app.py

actor = who.require_actor()
st.title(ui.tr("accounts.title"))
with ui.db_session() as db:
    committee_list = committees.list_committees(db)
    school_list = schools.list_schools(db)
committee_names = {c.id: c.name for c in committee_list}
school_names = {s.id: s.name for s in school_list}
with st.form("new_account", clear_on_submit=True):
    st.subheader(ui.tr("accounts.new"))
    name = st.text_input(ui.tr("accounts.display_name"), key="account_display_name", max_chars=120)
    username = st.text_input(ui.tr("login.username"), key="account_username", max_chars=80)
    email = st.text_input(ui.tr("accounts.email"), key="account_email", max_chars=254)
    password = st.text_input(
        ui.tr("accounts.first_password"),
        type="password",
        key="account_password",
        max_chars=200,
        help=ui.tr("setup.password_help", minimum=auth.MIN_PASSWORD),
    )
    role = st.selectbox(
        ui.tr("accounts.role"),
        [Role.teacher, Role.coordinator, Role.committee, Role.admin],
        key="account_role",
        format_func=ui.namer("role."),
    )
    committee_id = st.selectbox(
        ui.tr("accounts.committee"),
        [None] + [c.id for c in committee_list],
        key="account_committee",
        format_func=lambda cid: ui.tr("accounts.no_committee") if cid is None else committee_names[cid],
        help=ui.tr("accounts.committee_help"),
    )
    school_id = st.selectbox(
        ui.tr("accounts.school"),
        list(school_names),
        index=list(school_names).index(actor.school_id) if actor.school_id in school_names else 0,
        key="account_school",
        format_func=school_names.get,
        help=ui.tr("accounts.school_help"),
    )
    submitted = st.form_submit_button(ui.tr("accounts.create"), type="primary", key="account_create")
if submitted:
    try:
        with ui.db_session() as db:
            user = auth.create_user(
                db,
                actor,
                username=username,
                password=password,
                role=role,
                display_name=name,
                committee_id=committee_id if role == Role.committee else None,
                email=email,
                school_id=school_id,
            )
        st.success(ui.tr("accounts.created", username=user.username), icon="✅")
    except CouncilError as err:
        ui.show_error(err)

with st.expander(ui.tr("accounts.schools", n=len(school_list))), st.form("new_school", clear_on_submit=True):
    st.caption(", ".join(school_names.values()))
    school_name = st.text_input(ui.tr("accounts.school_name"), key="school_name", max_chars=200)
    if st.form_submit_button(ui.tr("accounts.school_add"), key="school_add"):
        ui.apply(lambda db: schools.add_school(db, actor, name=school_name), "accounts.school_added")

try:
    with ui.db_session() as db:
        users = auth.list_users(db, actor)
    st.subheader(ui.tr("accounts.list"))
    st.dataframe(
        [
            {
                ui.tr("login.username"): u.username,
                ui.tr("accounts.display_name"): u.display_name,
                ui.tr("accounts.email"): u.email or "",
                ui.tr("accounts.role"): ui.tr(f"role.{u.role}"),
                ui.tr("accounts.school"): school_names.get(u.school_id, ""),
            }
            for u in users
        ],
        hide_index=True,
    )
except CouncilError as err:
    ui.show_error(err)
