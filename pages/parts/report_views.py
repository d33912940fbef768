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


def projector_toggle(draft: dict) -> None:
    """Let the class read the final wording on the big screen before it is frozen."""
    st.toggle(ui.tr("report.projector_mode"), key="report_projector", help=ui.tr("report.projector_help"))


def wording(draft: dict, text: str) -> None:
    """The summary as the committee will read it; large type when shown on the projector."""
    big = st.session_state.get("report_projector", False)
    st.subheader(ui.plain(draft["title"]))
    for paragraph in text.split("\n\n"):
        if big:
            st.markdown("\n".join(f"### {ui.plain(line)}" for line in paragraph.splitlines()))
        else:
            st.markdown(lines(paragraph))
    if draft.get("teacher_comment"):
        st.markdown(f"**{ui.tr('report.heading.comment')}:** {ui.plain(draft['teacher_comment'])}")


def lines(paragraph: str) -> str:
    """A paragraph as safe markdown whose line breaks stay (a list of priorities is one line each)."""
    return "  \n".join(ui.plain(line) for line in paragraph.splitlines())


def downloads(frozen: list[Report], exports: ModuleType) -> None:
    """Download buttons for one frozen version, in every format; each file is built when clicked."""
    st.subheader(ui.tr("report.downloads"))
    by_version = {r.version: r for r in frozen}
    version = st.selectbox(
        ui.tr("report.version"),
        list(by_version),
        key="report_version",
        format_func=lambda v: version_label(by_version[v]),
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
        old = left.selectbox(ui.tr("report.compare_old"), versions, index=1, key="report_compare_old")
        new = right.selectbox(ui.tr("report.compare_new"), versions, index=0, key="report_compare_new")
        by_version = {r.version: r.data for r in frozen}
        changed = reports.changed_fields(by_version[old], by_version[new])
        st.write(ui.tr("report.changed_fields", fields=", ".join(ui.tr(f"report.field.{f}") for f in changed) or "–"))
        diff = reports.compare(by_version[old], by_version[new])
        st.dataframe(diff.rename(columns=lambda c: ui.tr(f"report.diff.{c}")), hide_index=True)
