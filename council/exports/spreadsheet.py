"""The report as an XLSX workbook for analysts: every cell neutralised, single ballots shuffled."""

from __future__ import annotations

import io
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from council import report_facts as facts
from council.exports import tables
from council.exports.cells import sheet_cell
from council.exports.document import context_lines, method_annex, small_group_warning
from council.i18n import normalise_language, t
from council.summary import summary_text

_PERCENT_COLUMNS = {"share_of_voters", "share_for", "share_against"}


def report_xlsx(report: facts.Report, lang: str = "sv") -> bytes:
    """Sheets: summary, results, proposals, arguments, ballots."""
    lang = normalise_language(lang)
    book = Workbook()
    _write_summary(book.active, report, lang)
    for name, frame in _tables(report, lang):
        _write_frame(book.create_sheet(t(f"report.sheet.{name}", lang)), frame, lang, report)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _tables(report: facts.Report, lang: str) -> list[tuple[str, pd.DataFrame]]:
    """The data sheets; a small group's single ballots are withheld, with the warning instead."""
    ballots = tables.ballots_table(report) if not facts.is_small_group(report) else pd.DataFrame()
    return [
        ("results", tables.with_warning(tables.results_table(report), report, lang)),
        ("proposals", tables.with_warning(tables.proposals_table(report), report, lang)),
        ("arguments", tables.with_warning(tables.arguments_table(report, lang), report, lang)),
        ("ballots", tables.with_warning(ballots, report, lang) if len(ballots) else _withheld(report, lang)),
    ]


def _withheld(report: facts.Report, lang: str) -> pd.DataFrame:
    """Stands in for the ballots sheet when there are none to show."""
    text = small_group_warning(report, lang) or t("report.no_ballots", lang)
    return pd.DataFrame({"warning": [text]})


def _summary_rows(report: facts.Report, lang: str) -> list[list[object]]:
    """Label/value rows describing the report, then the summary text line by line."""
    turnout = report.get("turnout") or {}
    rows: list[list[Any]] = [
        [t("report.field.title", lang), report.get("title")],
        [t("report.field.question", lang), report.get("question")],
        *[[line] for line in context_lines(report, lang)],
        *[[t(f"report.field.{k}", lang), turnout.get(k)] for k in ("voted", "expected", "joined", "blank")],
        [t("report.heading.comment", lang), report.get("teacher_comment")],
        [t("report.heading.method", lang), " ".join(method_annex(report, lang))],
    ]
    if warning := small_group_warning(report, lang):
        rows.insert(0, [warning])
    return rows + [[]] + [[line] for line in summary_text(report, lang).splitlines()]


def _write_summary(sheet: Worksheet, report: facts.Report, lang: str) -> None:
    """The summary sheet: labels bold in column A, values in B."""
    sheet.title = t("report.sheet.summary", lang)
    for row in _summary_rows(report, lang):
        sheet.append([sheet_cell(value) for value in row])
    for cell in sheet["A"]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 90


def _write_frame(sheet: Worksheet, frame: pd.DataFrame, lang: str, report: facts.Report) -> None:
    """A table sheet: translated bold headings, safe cells, percentages formatted, header frozen."""
    sheet.append(tables.headings(list(frame.columns), lang, report))
    for values in frame.itertuples(index=False):
        sheet.append([sheet_cell(value) for value in values])
    for index, column in enumerate(frame.columns, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = 50 if column in {"title", "body", "argument", "warning"} else 16
        if column in _PERCENT_COLUMNS:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = "0%"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
