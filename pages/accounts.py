"""The admin's accounts page: create accounts, see who has one, edit, deactivate and reset them."""

from pages import startup

startup.leave_folder_page_mode()  # first of all: the first run after a server start may skip app.py

import streamlit as st

from council import accounts_mail, auth, committees, logins, schools
from council.errors import CouncilError
from council.models import Role, User
from pages import ui, who
from pages.parts import account_edit

actor = who.require_admin()
ui.show_flash()
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
    notify_email = st.text_input(
        ui.tr("notify.address"), key="account_notify_email", max_chars=254, help=ui.tr("notify.admin_help")
    )
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
        placeholder=ui.tr("common.choose"),
    )
    committee_id = st.selectbox(
        ui.tr("accounts.committee"),
        [None] + [c.id for c in committee_list],
        key="account_committee",
        format_func=lambda cid: ui.tr("accounts.no_committee") if cid is None else committee_names[cid],
        help=ui.tr("accounts.committee_help"),
        placeholder=ui.tr("common.choose"),
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
            if notify_email.strip():
                accounts_mail.set_notification_address(db, actor, user.id, address=notify_email)
        st.success(ui.tr("accounts.created", username=user.username), icon="✅")
    except CouncilError as err:
        ui.show_error(err)

with st.expander(ui.tr("accounts.schools", n=len(school_list))), st.form("new_school", clear_on_submit=True):
    st.caption(", ".join(school_names.values()))
    school_name = st.text_input(ui.tr("accounts.school_name"), key="school_name", max_chars=200)
    if st.form_submit_button(ui.tr("accounts.school_add"), key="school_add"):
        ui.apply(lambda db: schools.add_school(db, actor, name=school_name), "accounts.school_added")


def lockout_list(users: list[User]) -> None:
    """Accounts that must wait after wrong passwords, each with a button that lets it in again."""
    with ui.db_session() as db:
        waiting = logins.lockouts(db, actor)
    if not waiting:
        return
    st.subheader(ui.tr("accounts.locked"))
    st.caption(ui.tr("accounts.locked_help"))
    for user in (u for u in users if u.id in waiting):
        left, right = st.columns([3, 1], vertical_alignment="center")
        left.write(ui.tr("accounts.locked_line", username=user.username, minutes=-(-waiting[user.id] // 60)))
        if right.button(ui.tr("accounts.lift"), key=f"account_lift_{user.id}"):
            ui.apply(lambda db, user_id=user.id: logins.lift_lockout(db, actor, user_id), "accounts.lifted")


try:
    with ui.db_session() as db:
        users = auth.list_users(db, actor)
    lockout_list(users)
    st.subheader(ui.tr("accounts.list"))
    st.dataframe(
        [
            {
                ui.tr("login.username"): u.username,
                ui.tr("accounts.display_name"): u.display_name,
                ui.tr("accounts.email_short"): u.email or "",
                ui.tr("notify.address"): u.notify_email or "",
                ui.tr("accounts.role"): ui.tr(f"role.{u.role}"),
                ui.tr("accounts.committee_short"): committee_names.get(u.committee_id, ""),
                ui.tr("accounts.state"): ui.tr("accounts.active" if u.active else "accounts.inactive"),
                ui.tr("accounts.school"): school_names.get(u.school_id, ""),
            }
            for u in users
        ],
        hide_index=True,
        key="accounts_list",
    )
except CouncilError as err:
    ui.show_error(err)
    st.stop()
account_edit.show(actor, users, committee_list)


def notify_form() -> None:
    """The admin sets where one account's reminders go."""
    with ui.db_session() as db:
        listed = {u.id: u.username for u in auth.list_users(db, actor)}
    with st.expander(ui.tr("notify.admin_title")), st.form("account_notify"):
        chosen = st.selectbox(ui.tr("login.username"), list(listed), format_func=listed.get, key="account_notify_user")
        typed = st.text_input(ui.tr("notify.address"), key="account_notify_address", max_chars=254)
        changed = st.form_submit_button(ui.tr("notify.save"), key="account_notify_save")
    if changed:
        ui.apply(lambda db: accounts_mail.set_notification_address(db, actor, chosen, address=typed), "notify.saved")


try:
    notify_form()
except CouncilError as err:
    ui.show_error(err)
