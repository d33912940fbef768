"""Previous and next buttons under a long list shown a page at a time (council/paging.py)."""

import streamlit as st

from council.paging import Page
from pages import ui


def offset(name: str) -> int:
    """Where this list's page starts now (kept in the browser session)."""
    return int(st.session_state.get(f"{name}_offset", 0))


def pager(name: str, page: Page) -> None:
    """'Showing 21–40 of 1,000' and the buttons to move a page; nothing when everything fits on one page."""
    if page.total <= page.size and not page.has_previous:
        return
    back, where, ahead = st.columns([1, 2, 1], vertical_alignment="center")
    back.button(
        ui.tr("paging.previous", n=page.size),
        key=f"{name}_previous",
        disabled=not page.has_previous,
        on_click=_move_to,
        args=(name, page.offset - page.size),
    )
    where.caption(ui.tr("paging.showing", first=page.first, last=page.last, total=page.total))
    ahead.button(
        ui.tr("paging.next", n=page.size),
        key=f"{name}_next",
        disabled=not page.has_next,
        on_click=_move_to,
        args=(name, page.offset + page.size),
    )


def _move_to(name: str, start: int) -> None:
    st.session_state[f"{name}_offset"] = max(0, start)
