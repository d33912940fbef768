"""Pieces of the report page: the wording (also large for the projector), downloads, version comparison."""

from collections.abc import Callable
from types import ModuleType
from typing import Any

import streamlit as st

from council import reports
from council.i18n import fmt_datetime
from council.models import Report
from pages import ui

# (key, label, file ending, mime type, builder): documents to read and file, then data to work with.
DOCUMENTS = (
    ("export_pdf", "pdf", "pdf", "application/pdf", "report_pdf"),
    (
        "export_docx",
        "docx",
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "report_docx",
    ),
    ("export_txt", "txt", "txt", "text/plain", "report_text"),
    ("export_md", "md", "md", "text/markdown", "report_markdown"),
)
DATA = (
    ("export_xlsx", "xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "report_xlsx"),
    ("export_csv", "csv", "csv", "text/csv", "report_csv"),
    ("export_csv_data", "csv_data", "csv", "text/csv", "report_csv_data"),
)


PRESENTING = "report_presenting"  # session_state: the report is on the projector

# Static style only (no user text): nothing but the report's words, large and black on white.
PRESENTATION_CSS = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header, footer {display: none !important;}
.block-container {padding-top: 1.5rem; max-width: 100%;}
.st-key-report_presentation, .st-key-report_presentation p, .st-key-report_presentation li {
  font-size: 2.1rem; line-height: 1.35; color: #000000;}
.st-key-report_presentation h1 {font-size: 3.4rem; line-height: 1.15;}
.st-key-report_presentation h2 {font-size: 2.6rem;}
.st-key-report_presentation li p {margin: 0;}
</style>"""


def presenting() -> bool:
    """True while the teacher shows the report on the projector."""
    return bool(st.session_state.get(PRESENTING))


def present_button() -> None:
    """'Large text for the projector': the page becomes a clean presentation of the report's words."""
    st.button(
        ui.tr("report.projector_mode"),
        key="report_projector",
        icon=":material/tv:",
        help=ui.tr("report.projector_help"),
        on_click=lambda: st.session_state.update({PRESENTING: True}),
    )


def presentation(draft: dict, text: str) -> None:
    """The report's words alone, in large type: no sidebar, no forms, every line as large as the next."""
    st.html(PRESENTATION_CSS)
    st.button(
        ui.tr("report.projector_end"),
        key="report_projector_end",
        icon=":material/close:",
        on_click=lambda: st.session_state.update({PRESENTING: False}),
    )
    with st.container(key="report_presentation"):
        st.markdown(f"# {ui.plain(draft['title'])}")
        paragraphs(text)
        if draft.get("teacher_comment"):
            st.markdown(f"## {ui.tr('report.heading.comment')}")
            st.markdown(ui.plain(draft["teacher_comment"]))


def paragraphs(text: str) -> None:
    """The summary's paragraphs, each line of a list-like paragraph (the priorities, the arguments) on a line of
    its own, indented as the summary indents it, so no line runs into the next."""
    for paragraph in text.split("\n\n"):
        first, *rest = paragraph.split("\n")
        lines = [f"**{ui.plain(first)}**" if rest else ui.plain(first)] + [_line(line) for line in rest]
        st.markdown("  \n".join(lines))


def _line(line: str) -> str:
    """One later line of a paragraph; the summary's indentation kept as wide spaces."""
    indent = "\u2003\u2003" if line.startswith(" ") else ""
    return indent + ui.plain(line.strip())


def wording(draft: dict, text: str) -> None:
    """The summary as the committee will read it."""
    st.subheader(ui.plain(draft["title"]))
    paragraphs(text)
    if draft.get("teacher_comment"):
        st.markdown(f"**{ui.tr('report.heading.comment')}:** {ui.plain(draft['teacher_comment'])}")


def downloads(frozen: list[Report], exports: ModuleType) -> None:
    """Download buttons for one frozen version, in every format; each file is built when clicked."""
    st.subheader(ui.tr("report.downloads"))
    by_version = {r.version: r for r in frozen}
    version = st.selectbox(
        ui.tr("report.version"),
        list(by_version),
        key="report_version",
        format_func=lambda v: version_label(by_version[v]),
        placeholder=ui.tr("common.choose"),
    )
    data = by_version[version].data
    for heading, formats in (("report.downloads_documents", DOCUMENTS), ("report.downloads_data", DATA)):
        st.caption(ui.tr(heading))
        for column, (key, label, ending, mime, builder) in zip(st.columns(4), formats, strict=False):
            column.download_button(
                ui.tr(f"report.download.{label}"),
                data=_deferred(getattr(exports, builder), data, ui.lang()),
                file_name=exports.download_name(data, ending, variant="data" if label == "csv_data" else ""),
                mime=mime,
                key=key,
                help=ui.tr(f"report.download_help.{label}"),
            )


def _deferred(build: Callable[[Any, str], bytes | str], data: Any, lang: str) -> Callable[[], bytes]:
    """The file is built only when the teacher clicks (a PDF with charts takes a few seconds)."""

    def make() -> bytes:
        content = build(data, lang)
        return content.encode("utf-8") if isinstance(content, str) else content

    return make


def version_label(report: Report) -> str:
    return ui.tr("report.version_label", version=report.version, date=fmt_datetime(report.created_at, ui.lang()))


def compare(frozen: list[Report]) -> None:
    """Two versions side by side: which proposals moved, which of the teacher's fields changed."""
    if len(frozen) < 2:
        return
    with st.expander(ui.tr("report.compare")):
        versions = [r.version for r in frozen]
        left, right = st.columns(2)
        old = left.selectbox(
            ui.tr("report.compare_old"), versions, index=1, key="report_compare_old", placeholder=ui.tr("common.choose")
        )
        new = right.selectbox(
            ui.tr("report.compare_new"), versions, index=0, key="report_compare_new", placeholder=ui.tr("common.choose")
        )
        by_version = {r.version: r.data for r in frozen}
        changed = reports.changed_fields(by_version[old], by_version[new])
        st.write(ui.tr("report.changed_fields", fields=", ".join(ui.tr(f"report.field.{f}") for f in changed) or "–"))
        diff = reports.compare(by_version[old], by_version[new])
        st.dataframe(diff.rename(columns=lambda c: ui.tr(f"report.diff.{c}")), hide_index=True)
