"""The report as plain text to paste into an e-mail: no markup at all, pupil text exactly as typed."""

from __future__ import annotations

from council import report_facts as facts
from council.exports import document as doc
from council.i18n import normalise_language, t
from council.summary import summary_text


def report_text(report: facts.Report, lang: str = "sv") -> str:
    """The whole report as plain paragraphs; section headings in capitals stand out in any mail program."""
    lang = normalise_language(lang)
    parts = [str(report.get("title", "")), str(report.get("question", "")), "\n".join(doc.context_lines(report, lang))]
    if warning := doc.small_group_warning(report, lang):
        parts.append(warning)
    parts += [_heading("report.heading.summary", lang), summary_text(report, lang, with_arguments=False)]
    parts += [_heading("report.heading.priorities", lang), _priorities(report, lang)]
    if blocks := doc.proposal_blocks(report, lang):
        parts += [_heading("report.heading.proposals", lang), *map(_proposal, blocks)]
    parts += [_heading("report.heading.comment", lang), report.get("teacher_comment") or t("report.no_comment", lang)]
    parts += [_heading("report.heading.method", lang), *doc.method_annex(report, lang)]
    return "\n\n".join(parts) + "\n"


def _heading(key: str, lang: str) -> str:
    """A section heading in capitals."""
    return t(key, lang).upper()


def _priorities(report: facts.Report, lang: str) -> str:
    """One line per proposal: rank, title, theme, support and the method's figure."""
    return "\n".join(" – ".join(cells) for cells in doc.priorities_rows(report, lang))


def _proposal(block: doc.ProposalBlock) -> str:
    """A proposal's heading, text and details, and for a top proposal its arguments side by side."""
    lines = [block.heading, *([block.body] if block.body else []), doc.details_line(block)]
    for side, texts in block.sides:
        lines += [f"{side}:", *[f"  – {text}" for text in texts]]
    return "\n".join(lines)
