"""The report's words and committees: every change is kept as the draft at once; 'freeze' makes a version."""

import streamlit as st
from sqlmodel import Session

from council import report_drafts, reports
from council.auth import Actor
from council.errors import CouncilError
from council.models import Committee
from pages import ui

FIELDS = {"report_title": "title", "report_comment": "comment", "report_committees": "committee_ids"}


def show(actor: Actor, session_id: int, words: dict, committee_list: list[Committee]) -> None:
    """Title, comment and the one committee picker (what the report is addressed to and sent to), then freeze."""
    fill_from_draft(session_id, words, {c.id for c in committee_list})
    keep = {"on_change": save, "args": (actor, session_id)}
    st.text_input(ui.tr("report.field_title"), key="report_title", max_chars=reports.TITLE_LIMIT, **keep)
    st.text_area(
        ui.tr("report.field_comment"), key="report_comment", max_chars=reports.COMMENT_LIMIT, height=150, **keep
    )
    names = {c.id: c.name for c in committee_list}
    st.multiselect(
        ui.tr("report.field_committees"),
        list(names),
        format_func=names.get,
        key="report_committees",
        placeholder=ui.tr("report.committees_placeholder"),
        help=ui.tr("report.committees_help") if names else ui.tr("report.no_committees"),
        select_all=False,
        **keep,
    )
    st.caption(ui.tr("report.draft_kept"))
    if error := st.session_state.pop("report_draft_error", None):
        ui.show_error(error)
    if st.button(ui.tr("report.freeze"), type="primary", key="report_freeze"):
        ui.apply(lambda db: freeze(db, actor, session_id), "report.frozen", counted=True)


def fill_from_draft(session_id: int, words: dict, known: set[int]) -> None:
    """The fields start from the kept draft the first time this session's report is opened in this browser."""
    state = st.session_state
    if state.get("report_session") == session_id and all(key in state for key in FIELDS):
        return
    state.report_session = session_id
    for key, name in FIELDS.items():
        state[key] = [cid for cid in words[name] if cid in known] if key == "report_committees" else words[name]


def save(actor: Actor, session_id: int) -> None:
    """Widget callback: keep the draft as it is now (a refusal is shown on the next run, the field keeps the text)."""
    try:
        with ui.db_session() as db:
            report_drafts.save(db, actor, session_id, **typed())
    except CouncilError as err:
        st.session_state.report_draft_error = err


def typed() -> dict:
    """The fields as they are now, as report_drafts.save takes them."""
    state = st.session_state
    return {name: state.get(key) or ([] if key == "report_committees" else "") for key, name in FIELDS.items()}


def freeze(db: Session, actor: Actor, session_id: int) -> int:
    """Keep the draft as it stands, then freeze it as the next version; returns the version's number."""
    report_drafts.save(db, actor, session_id, **typed())
    edits = report_drafts.freeze_edits(db, actor, session_id)
    return reports.freeze(db, actor, session_id, lang=ui.lang(), **edits).version
