"""Downloads of results and frozen reports: CSV (for Excel and for data tools), XLSX, PDF, DOCX, Markdown and
plain text."""

from council.exports.cells import neutralise_cell, neutralise_frame
from council.exports.document import download_name
from council.exports.markdown import report_markdown
from council.exports.pdf import report_pdf
from council.exports.spreadsheet import report_xlsx
from council.exports.tables import proposals_csv, report_csv, report_csv_data, results_csv
from council.exports.text import report_text
from council.exports.word import report_docx

__all__ = [
    "download_name",
    "neutralise_cell",
    "neutralise_frame",
    "proposals_csv",
    "report_csv",
    "report_csv_data",
    "report_docx",
    "report_markdown",
    "report_pdf",
    "report_text",
    "report_xlsx",
    "results_csv",
]
