"""The session's themes: edit the list (one a line) or rename one everywhere it is used."""

import streamlit as st

from council import themes
from council.auth import Actor
from council.models import CouncilSession
from pages import ui


def show(actor: Actor, council: CouncilSession) -> None:
    """The theme list and the rename form."""
    current = themes.themes_of(council)
    st.caption(ui.tr("themes.help"))
    st.text_area(ui.tr("themes.list"), value="\n".join(current), key="themes_list", height=260)
    if st.button(ui.tr("themes.save"), key="themes_save"):
        names = st.session_state.themes_list.splitlines()
        ui.apply(lambda db: themes.set_themes(db, actor, council.id, names=names), "themes.saved", then=forget_list)
    left, right = st.columns(2)
    old = left.selectbox(ui.tr("themes.old"), current, key="themes_old", placeholder=ui.tr("common.choose"))
    new = right.text_input(ui.tr("themes.new"), key="themes_new", max_chars=themes.THEME_LIMIT)
    if st.button(ui.tr("themes.rename"), key="themes_rename"):
        ui.apply(
            lambda db: themes.rename_theme(db, actor, council.id, old=old, new=new), "themes.saved", then=forget_list
        )


def forget_list() -> None:
    """Drop the edited list, so the saved one is shown."""
    st.session_state.pop("themes_list", None)
