"""Page objects for st.navigation, built once per process and copied for each run.

Building an st.Page resolves its file on disk and checks it exists (about a tenth of a millisecond each, for the
18 pages on every run of every visitor). The objects are copied rather than shared, because st.navigation and
Page.run mark a page object as callable and then as used, and two visitors' runs must not see each other's marks.
"""

from __future__ import annotations

import copy
import threading

import streamlit as st

_BUILT: dict[tuple, st.Page] = {}
_LOCK = threading.Lock()


def page(path: str, *, title: str, icon: str, url_path: str, default: bool, visible: bool) -> st.Page:
    """A fresh st.Page for this run, copied from the one built the first time these arguments were asked for."""
    key = (path, title, icon, url_path, default, visible)
    with _LOCK:
        built = _BUILT.get(key)
    if built is None:
        visibility = "visible" if visible else "hidden"
        built = st.Page(path, title=title, icon=icon, url_path=url_path, default=default, visibility=visibility)
        with _LOCK:
            built = _BUILT.setdefault(key, built)
    return copy.copy(built)
