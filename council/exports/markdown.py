"""The report as Markdown to paste into an e-mail: plain, readable, pupil text escaped."""

from __future__ import annotations

import re

from council import report_facts as facts
from council.exports import document as doc
from council.i18n import normalise_language, t
from council.summary import summary_text
from council.text import unlinkable

_ALWAYS = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^(\s*)([#+=>-]|\d+[.)])", re.MULTILINE)


def escape(text: object) -> str:
    """Text that Markdown renders exactly as written: no emphasis, links, HTML or lists."""
    escaped = _ALWAYS.sub(r"\\\1", unlinkable(str(text)))
    escaped = _ENTITY.sub(r"\\&", escaped).replace("://", r":\/\/")
    return _LINE_START.sub(lambda m: m.group(1) + _escape_marker(m.group(2)), escaped)


def _escape_marker(marker: str) -> str:
    """Escape a line-start list, heading or quote marker."""
    return marker[:-1] + "\\" + marker[-1] if marker[-1] in ".)" else "\\" + marker


def _lines(text: str) -> str:
    """Escaped text whose single line breaks survive rendering."""
    return "  \n".join(escape(line) for line in text.splitlines())


def report_markdown(report: facts.Report, lang: str = "sv") -> str:
    """The whole report as Markdown text."""
    lang = normalise_language(lang)
    parts = [
        f"# {escape(report.get('title', ''))}",
        f"**{escape(report.get('question', ''))}**",
        _lines("\n".join(doc.context_lines(report, lang))),
    ]
    if warning := doc.small_group_warning(report, lang):
        parts.append(f"> **{escape(warning)}**")
    summary = summary_text(report, lang, with_arguments=False)
    parts += [f"## {t('report.heading.summary', lang)}", *map(_lines, summary.split("\n\n"))]
    parts += [f"## {t('report.heading.priorities', lang)}", _priorities(report, lang)]
    if blocks := doc.proposal_blocks(report, lang):
        parts += [f"## {t('report.heading.proposals', lang)}", *map(_proposal, blocks)]
    parts += [
        f"## {t('report.heading.comment', lang)}",
        _lines(report.get("teacher_comment") or t("report.no_comment", lang)),
    ]
    parts += [f"## {t('report.heading.method', lang)}", *map(escape, doc.method_annex(report, lang))]
    return "\n\n".join(parts) + "\n"


def _priorities(report: facts.Report, lang: str) -> str:
    """One list line per proposal: rank, title, theme, support and the method's figure."""
    return "\n".join(f"- {' – '.join(escape(cell) for cell in cells)}" for cells in doc.priorities_rows(report, lang))


def _proposal(block: doc.ProposalBlock) -> str:
    """A sub-heading per proposal, its text and details, and for a top proposal a list per side."""
    lines = [f"### {escape(block.heading)}", ""]
    if block.body:
        lines += [_lines(block.body), ""]
    lines.append(f"*{escape(doc.details_line(block))}*")
    for side, texts in block.sides:
        lines += ["", f"{escape(side)}:", *[f"- {escape(text)}" for text in texts]]
    return "\n".join(lines)
