"""On the accounts page: edit one account, deactivate or reactivate it, give it a new password."""

import streamlit as st

from council import accounts, auth
from council.auth import Actor
from council.models import Committee, Role, User
from pages import ui

ROLES = [Role.teacher, Role.committee, Role.admin]


def show(actor: Actor, users: list[User], committee_list: list[Committee]) -> None:
    """Pick an account, then change it."""
    st.subheader(ui.tr("accounts.edit_title"))
    by_id = {u.id: u for u in users}
    chosen = st.selectbox(
        ui.tr("accounts.pick"),
        list(by_id),
        index=None,
        key="account_pick",
        placeholder=ui.tr("accounts.pick_placeholder"),
        format_func=lambda uid: label(by_id[uid]),
    )
    if chosen is None:
        return
    user = by_id[chosen]
    details(actor, user, committee_list)
    activity(actor, user)
    password(actor, user)


def label(user: User) -> str:
    """'Anna Lind (anna) · Lärare', and whether it is inactive."""
    name = f"{user.display_name} ({user.username})" if user.display_name else user.username
    state = "" if user.active else f" · {ui.tr('accounts.inactive')}"
    return f"{name} · {ui.tr(f'role.{user.role}')}{state}"


def details(actor: Actor, user: User, committee_list: list[Committee]) -> None:
    """Name, e-mail, role and committee."""
    names = {c.id: c.name for c in committee_list}
    with st.form(f"account_edit_{user.id}", border=True):
        name = st.text_input(ui.tr("accounts.display_name"), value=user.display_name, key=f"account_name_{user.id}")
        email = st.text_input(ui.tr("accounts.email"), value=user.email or "", key=f"account_email_{user.id}")
        role = st.selectbox(
            ui.tr("accounts.role"),
            ROLES,
            index=ROLES.index(Role(user.role)),
            key=f"account_role_{user.id}",
            format_func=ui.namer("role."),
            placeholder=ui.tr("common.choose"),
        )
        committee_id = st.selectbox(
            ui.tr("accounts.committee"),
            [None, *names],
            index=[None, *names].index(user.committee_id) if user.committee_id in names else 0,
            key=f"account_committee_{user.id}",
            format_func=lambda cid: ui.tr("accounts.no_committee") if cid is None else names[cid],
            help=ui.tr("accounts.committee_help"),
            placeholder=ui.tr("common.choose"),
        )
        st.caption(ui.tr("accounts.role_change_note"))
        if st.form_submit_button(ui.tr("accounts.save"), type="primary", key="account_save"):
            ui.apply(
                lambda db: accounts.edit(
                    db, actor, user.id, display_name=name, email=email, role=role, committee_id=committee_id
                ),
                "accounts.saved",
            )


def activity(actor: Actor, user: User) -> None:
    """Whether the account can log in, and the button that changes it."""
    st.markdown(ui.tr("accounts.is_active" if user.active else "accounts.is_inactive", username=user.username))
    if user.active:
        clicked = st.button(
            ui.tr("accounts.deactivate"), key="account_toggle_active", help=ui.tr("accounts.deactivate_help")
        )
    else:
        clicked = st.button(ui.tr("accounts.activate"), key="account_toggle_active")
    if clicked:
        done = "accounts.deactivated" if user.active else "accounts.activated"
        ui.apply(lambda db: accounts.set_active(db, actor, user.id, active=not user.active), done)


def password(actor: Actor, user: User) -> None:
    """A new password the admin gives the account's owner (its open logins end)."""
    with st.form(f"account_password_{user.id}", clear_on_submit=True, border=True):
        new = st.text_input(
            ui.tr("accounts.new_password"),
            type="password",
            key="account_new_password",
            help=ui.tr("setup.password_help", minimum=auth.MIN_PASSWORD),
        )
        if st.form_submit_button(ui.tr("accounts.reset"), key="account_reset"):
            ui.apply(lambda db: accounts.reset_password(db, actor, user.id, password=new), "accounts.password_reset")
