"""Pieces of the report page: the wording (also large for the projector), downloads, version comparison."""

from collections.abc import Callable
from types import ModuleType
from typing import Any

import streamlit as st

from council import reports
from council.i18n import fmt_datetime
from council.models import Report
from pages import ui

FORMATS = (
    ("export_pdf", "pdf", "application/pdf", "report_pdf"),
    ("export_docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "report_docx"),
    ("export_xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "report_xlsx"),
    ("export_csv", "csv", "text/csv", "report_csv"),
    ("export_md", "md", "text/markdown", "report_markdown"),
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
            st.markdown(f"### {ui.plain(paragraph)}")
        else:
            st.markdown(ui.plain(paragraph))
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
    )
    data = by_version[version].data
    columns = st.columns(len(FORMATS))
    for column, (key, ext, mime, builder) in zip(columns, FORMATS, strict=True):
        column.download_button(
            ui.tr(f"report.download.{ext}"),
            data=_deferred(getattr(exports, builder), data, ui.lang()),
            file_name=exports.download_name(data, ext),
            mime=mime,
            key=key,
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
