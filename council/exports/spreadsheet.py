"""The report as an XLSX workbook for analysts and for printing: every cell neutralised, single ballots
shuffled, each sheet sized, wrapped and set up for A4."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from council import report_facts as facts
from council.exports import tables
from council.exports.cells import sheet_cell
from council.exports.document import context_lines, method_annex, small_group_warning
from council.exports.sheet_layout import RED, fit_row_heights, prepare_printing, size_columns, style_heading_row
from council.i18n import normalise_language, t
from council.summary import summary_text

_PERCENT_COLUMNS = {"share_of_voters", "share_for", "share_against"}
_DECIMAL_COLUMNS = {"mean", "consensus", "polarisation"}
PERCENT_FORMATS = {"sv": '0" "%', "en": "0%"}
LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-GB"}
SUMMARY_WIDTHS = (24, 72)


def report_xlsx(report: facts.Report, lang: str = "sv") -> bytes:
    """Sheets: summary, results, proposals, arguments, ballots."""
    lang = normalise_language(lang)
    book = Workbook()
    book.properties.language = LANGUAGE_TAGS[lang]
    book.properties.title = str(sheet_cell(report.get("title", "")) or "")
    _write_summary(book.active, report, lang)
    for name, frame in _tables(report, lang):
        sheet = book.create_sheet(t(f"report.sheet.{name}", lang))
        _write_frame(sheet, frame, lang, report)
        prepare_printing(sheet, footer=_footer(lang), header=_print_warning(report, lang), title_row=1)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _footer(lang: str) -> str:
    """'Sida &P av &N': the page number codes of a spreadsheet's printed footer."""
    return t("export.page_of", lang, page="&P", total="&N")


def _print_warning(report: facts.Report, lang: str) -> str:
    """The small-group warning at the top of every printed page of the data sheets ('&' escaped)."""
    return (small_group_warning(report, lang) or "").replace("&", "&&")


def _tables(report: facts.Report, lang: str) -> list[tuple[str, pd.DataFrame]]:
    """The data sheets; a small group's single ballots are withheld, with a line saying why."""
    ballots = tables.ballots_table(report) if not facts.is_small_group(report) else pd.DataFrame()
    return [
        ("results", tables.results_table(report)),
        ("proposals", tables.proposals_table(report)),
        ("arguments", tables.arguments_table(report, lang)),
        ("ballots", ballots if len(ballots) else _withheld(report, lang)),
    ]


def _withheld(report: facts.Report, lang: str) -> pd.DataFrame:
    """Stands in for the ballots sheet when there are none to show."""
    text = small_group_warning(report, lang) or t("report.no_ballots", lang)
    return pd.DataFrame({"warning": [text]})


def _summary_rows(report: facts.Report, lang: str) -> list[tuple[str, object]]:
    """Label/value rows describing the report; the summary and the method annex one paragraph per row."""
    turnout = report.get("turnout") or {}
    rows: list[tuple[str, object]] = [
        (t("report.field.title", lang), report.get("title")),
        (t("report.field.question", lang), report.get("question")),
        ("", "\n".join(context_lines(report, lang))),
        *[(t(f"report.field.{k}", lang), turnout.get(k)) for k in ("voted", "expected", "joined", "blank")],
        (t("report.field.share_base", lang), facts.share_base(report)),
        (t("report.heading.comment", lang), report.get("teacher_comment") or t("report.no_comment", lang)),
    ]
    rows += _paragraphs(t("report.heading.summary", lang), summary_text(report, lang, with_arguments=False))
    rows += _paragraphs(t("report.heading.method", lang), "\n\n".join(method_annex(report, lang)))
    return rows


def _paragraphs(label: str, text: str) -> list[tuple[str, object]]:
    """A label beside the first of a text's paragraphs, the others below it."""
    return [(label if i == 0 else "", part) for i, part in enumerate(text.split("\n\n"))]


def _write_summary(sheet: Worksheet, report: facts.Report, lang: str) -> None:
    """The summary sheet: the warning once on top, labels bold in column A, values wrapped in B."""
    sheet.title = t("report.sheet.summary", lang)
    if warning := small_group_warning(report, lang):
        sheet.append([None, warning])
        sheet["B1"].font = Font(bold=True, color=RED)
    for label, value in _summary_rows(report, lang):
        sheet.append([sheet_cell(label) or None, sheet_cell(value)])
    for label, value in sheet.iter_rows(min_row=1, max_col=2):
        label.font = Font(bold=True)
        label.alignment = Alignment(vertical="top", wrap_text=True)
        value.alignment = Alignment(vertical="top", wrap_text=True, horizontal="left")
    sheet.column_dimensions["A"].width, sheet.column_dimensions["B"].width = SUMMARY_WIDTHS
    fit_row_heights(sheet)
    prepare_printing(sheet, footer=_footer(lang))


def _write_frame(sheet: Worksheet, frame: pd.DataFrame, lang: str, report: facts.Report) -> None:
    """A table sheet: translated bold headings, safe cells, Ja/Nej, percentages formatted, heading row frozen."""
    sheet.append(tables.headings(list(frame.columns), lang, report))
    for values in frame.itertuples(index=False):
        sheet.append([_cell(value, lang) for value in values])
    for index, column in enumerate(frame.columns, start=1):
        number_format = PERCENT_FORMATS[lang] if column in _PERCENT_COLUMNS else "0.00"
        if column in _PERCENT_COLUMNS | _DECIMAL_COLUMNS:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = number_format
    style_heading_row(sheet, 1)
    size_columns(sheet, list(frame.columns), header_row=1)
    fit_row_heights(sheet)
    sheet.freeze_panes = "C2" if "title" in frame.columns[:2] else "A2"


def _cell(value: object, lang: str) -> object:
    """A cell value: yes/no in words, everything else made safe."""
    if isinstance(value, bool | np.bool_):
        return t("export.yes" if value else "export.no", lang)
    return sheet_cell(value.item() if isinstance(value, np.generic) else value)
