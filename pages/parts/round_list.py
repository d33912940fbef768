"""The round page's list tab: each group's list and the pupils' approvals, freezing, and the report's downloads."""

from collections.abc import Callable

import streamlit as st

from council.auth import Actor
from council.exports import round_files
from council.i18n import fmt_datetime
from council.models import Report
from council.round_tables import CouncilRound, RoundStatus
from council.rounds import groups, report, wording
from pages import ui

FORMATS = (
    ("round_export_pdf", "pdf", "application/pdf", round_files.round_pdf),
    (
        "round_export_docx",
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        round_files.round_docx,
    ),
    (
        "round_export_xlsx",
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        round_files.round_xlsx,
    ),
    ("round_export_csv", "csv", "text/csv", round_files.round_csv),
    ("round_export_md", "md", "text/markdown", round_files.round_markdown),
)


def show(actor: Actor, council_round: CouncilRound, states: list, frozen: Report | None) -> None:
    """Per group: its list and whether the pupils approved each wording; then freeze, or the downloads."""
    if not states:
        st.info(ui.tr("round.list.no_groups"), icon="ℹ️")
    with ui.db_session() as db:
        lists = {state.group.id: wording.items_of(db, state.group.id) for state in states}
    for state in states:
        group_list(state, lists[state.group.id])
    if frozen is None:
        freeze_form(actor, council_round)
    else:
        st.success(ui.tr("round.list.frozen", date=fmt_datetime(frozen.created_at, ui.lang())), icon="🧊")
        downloads(council_round, frozen)


def group_list(state: groups.GroupState, found: list[wording.ItemWording]) -> None:
    """One group's list with the pupils' approval of each wording."""
    st.markdown(f"#### {ui.plain(state.group.name)}")
    if state.group.results_taken_at is None:
        st.caption(ui.tr("round.list.not_voted", phase=ui.tr("phase." + state.phase)))
        return
    if not found:
        st.caption(ui.tr("round.list.empty"))
    for entry in found:
        if entry.item.approved_at:
            mark = "✅ " + ui.tr("round.list.approved", date=fmt_datetime(entry.item.approved_at, ui.lang()))
        elif entry.open_changes:
            mark = ui.tr("round.list.change_asked", n=len(entry.open_changes))
        else:
            mark = ui.tr("round.list.waiting_approval")
        st.markdown(f"{entry.item.group_rank}. **{ui.plain(entry.proposal.title)}** — {mark}")


def freeze_form(actor: Actor, council_round: CouncilRound) -> None:
    """The coordinator's comment and the freeze button (refused, with the reason, until every group is ready)."""
    if council_round.status != RoundStatus.groups:
        return
    st.subheader(ui.tr("round.list.freeze_title"))
    st.caption(ui.tr("round.list.freeze_help"))
    comment = st.text_area(ui.tr("round.list.comment"), key="round_comment", max_chars=report.COMMENT_LIMIT)
    if st.button(ui.tr("round.list.freeze"), key="round_freeze", type="primary"):
        ui.apply(
            lambda db: report.freeze(db, actor, council_round.id, comment=comment, lang=ui.lang()),
            "round.list.frozen_now",
        )


def downloads(council_round: CouncilRound, frozen: Report) -> None:
    """The frozen list in every format, built when clicked."""
    columns = st.columns(len(FORMATS))
    for column, (key, ext, mime, build) in zip(columns, FORMATS, strict=True):
        column.download_button(
            ui.tr(f"report.download.{ext}"),
            data=_deferred(build, frozen.data, ui.lang()),
            file_name=f"klimatrunda-{council_round.slug}.{ext}",
            mime=mime,
            key=key,
        )


def _deferred(build: Callable[[dict, str], bytes | str], data: dict, lang: str) -> Callable[[], bytes]:
    def make() -> bytes:
        content = build(data, lang)
        return content.encode("utf-8") if isinstance(content, str) else content

    return make
