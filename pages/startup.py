"""The first runs after a server start: Streamlit's old folder-page mode, and a calm start screen.

This module imports nothing heavy, so app.py can settle both before it imports the app's own modules: a
first import of pandas, plotly and SQLAlchemy takes seconds, and making the demo database more."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import streamlit as st

from pages import routing

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_FOLDER_MODE_CHECKED = threading.Event()
_READY = threading.Event()


def leave_folder_page_mode() -> None:
    """Make sure app.py's st.navigation decides every page, also on the very first run after a start.

    Streamlit treats an app beside a pages/ folder as an old-style multipage app until the first
    st.navigation call, so the first visitor after a server start could run a page without app.py, and the
    browser was sent that mode's list of pages: the module names of pages/. The app's own pages (hidden)
    replace that list in the same batch of messages, before the browser has drawn it; so this runs first in
    app.py and in every page, before their imports (the first import of pandas, plotly and SQLAlchemy takes
    seconds). Checked until one run finds it settled.
    """
    if _FOLDER_MODE_CHECKED.is_set():
        return
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:  # a later Streamlit without the old mode
        return
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.navigation(routing.all_pages([], str), position="hidden")
        st.rerun()
    _FOLDER_MODE_CHECKED.set()


def start_screen() -> DeltaGenerator | None:
    """Until the app is ready in this process, a message says what is happening (and the page list stays hidden
    until app.py knows who is here). Returns the message's placeholder, or None."""
    if _READY.is_set():
        return None
    st.navigation(routing.all_pages([], str), position="hidden")
    from council.i18n import normalise_language, t  # after the navigation: the first import takes a moment

    st.set_page_config(page_title="Klimatrådet", page_icon="🌍", layout="wide")
    box = st.empty()
    with box.container():
        st.title("Klimatrådet")
        st.info(t("start.preparing", normalise_language(st.query_params.get("lang"))), icon=":material/hourglass_top:")
    return box


def ready(box: DeltaGenerator | None) -> None:
    """The database is prepared: no start screen for anyone from now on."""
    _READY.set()
    if box is not None:
        box.empty()
