"""The pieces every document format shares: context lines, the priorities table, the proposals with their
arguments, the method annex."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from council import charts
from council import report_facts as facts
from council.exports.tables import heading
from council.i18n import fmt_date, fmt_number, t
from council.smallgroups import format_support
from council.summary import marks_phrase, method_sentence

ARGUMENTS_PER_SIDE = 3
CHART_PROPOSALS = 15  # a taller ranking chart would not fit one page


def small_group_warning(report: facts.Report, lang: str) -> str | None:
    """The warning every format shows when fewer than five ballots were cast."""
    return t("report.small_group_warning", lang) if facts.is_small_group(report) else None


def context_lines(report: facts.Report, lang: str) -> list[str]:
    """School, class, teacher, date and version; then the committees the report is for."""
    lines = [
        t(
            "report.context",
            lang,
            school=report.get("school", ""),
            class_label=report.get("class_label", ""),
            teacher=report.get("teacher", ""),
            date=fmt_date(facts.created_date(report), lang),
            version=report.get("version", 1),
        )
    ]
    if report.get("committees"):
        lines.append(t("report.committees", lang, committees=", ".join(report["committees"])))
    return lines


def value_column(report: facts.Report) -> str | None:
    """The method's own figure beside support: points, mean score, or none for approval."""
    return facts.described(report).figure_column(facts.method_params(report))


def priorities_header(report: facts.Report, lang: str) -> list[str]:
    """Headings of the ranked priorities table."""
    extra = value_column(report)
    columns = ["rank", "title", "theme", "support"] + ([extra] if extra else [])
    return [heading(column, lang, report) for column in columns]


def priorities_rows(report: facts.Report, lang: str) -> list[list[str]]:
    """The ranked priorities as display text, one list per proposal."""
    extra = value_column(report)
    return [
        [
            str(row["rank"]),
            str(row["title"]),
            str(row.get("theme") or "–"),
            format_support(facts.support(row), facts.share_base(report), lang),
        ]
        + ([_figure(row.get(extra), lang)] if extra else [])
        for row in facts.results(report)
    ]


def _figure(value: float | str | None, lang: str) -> str:
    """A number as the language writes it, or a dash."""
    return "–" if value is None else fmt_number(float(value), lang, digits=2)


@dataclass(frozen=True)
class ProposalBlock:
    """One proposal as a document prints it: '1. Title', its text, theme/addressee/support, and for a top
    proposal the strongest arguments on each side (each argument appears in a document only here)."""

    heading: str
    body: str
    details: list[tuple[str, str]]
    sides: list[tuple[str, list[str]]]


def proposal_blocks(report: facts.Report, lang: str) -> list[ProposalBlock]:
    """Every proposal in rank order; the top ones with their arguments."""
    top = {row["proposal_id"] for row in facts.top_results(report)}
    return [
        ProposalBlock(
            heading=f"{row['rank']}. {row['title']}",
            body=str(row.get("body") or ""),
            details=_details(report, row, lang),
            sides=_sides(report, row["proposal_id"], lang) if row["proposal_id"] in top else [],
        )
        for row in facts.results(report)
    ]


def _details(report: facts.Report, row: facts.Row, lang: str) -> list[tuple[str, str]]:
    """Label and value pairs under a proposal: theme, addressee, support and the method's own figure."""
    pairs = [
        (heading("theme", lang), str(row.get("theme") or "–")),
        (heading("addressee", lang), str(row.get("addressee") or "–")),
        (heading("support", lang), format_support(facts.support(row), facts.share_base(report), lang)),
    ]
    if extra := value_column(report):
        pairs.append((heading(extra, lang), _figure(row.get(extra), lang)))
    return pairs


def details_line(block: ProposalBlock) -> str:
    """'Tema: Mat · Mottagare: Vår skola · Stöd: 8 av 25 (32 %)'."""
    return " · ".join(f"{label}: {value}" for label, value in block.details)


def _sides(report: facts.Report, proposal_id: int, lang: str) -> list[tuple[str, list[str]]]:
    """The strongest arguments for and against, each with how many found it convincing."""
    return [
        (
            t(f"report.side.{side}", lang),
            [
                str(found["text"]) + marks_phrase(facts.marks(found), lang)
                for found in facts.arguments(report, proposal_id, side)[:ARGUMENTS_PER_SIDE]
            ]
            or [t("report.no_arguments", lang)],
        )
        for side in ("for", "against")
    ]


def method_annex(report: facts.Report, lang: str) -> list[str]:
    """How the method works, in words: the vote as run, how it was counted, what the shares mean."""
    annexes = facts.described(report).annex_keys(facts.method_params(report))
    return [method_sentence(report, lang), *(t(key, lang) for key in annexes), t("report.annex.common", lang)]


def download_name(report: facts.Report, ext: str, *, variant: str = "") -> str:
    """A plain ASCII file name such as 'klimatradet-6B-v2.pdf' (or 'klimatradet-6B-v2-data.csv')."""
    folded = unicodedata.normalize("NFKD", str(report.get("class_label") or "")).encode("ascii", "ignore").decode()
    label = re.sub(r"[^A-Za-z0-9]+", "-", folded).strip("-") or "klass"
    tail = f"-{variant}" if variant else ""
    return f"klimatradet-{label}-v{report.get('version', 1)}{tail}.{ext.lstrip('.')}"


def chart_figures(report: facts.Report, lang: str) -> list:
    """The ranking chart (diverging bars for score) and the theme chart, or none without results."""
    top = facts.results_frame(report).head(CHART_PROPOSALS)
    if top.empty:
        return []
    if facts.for_against(report):
        ranking = charts.score_diverging(top, lang, base=facts.share_base(report))
    else:
        column = facts.described(report).charted(facts.method_params(report), top.columns)
        ranking = charts.results_bar(top, lang, value=column, axis_key=facts.described(report).column_key(column))
    return [ranking, charts.themes_bar(report, lang)]


def chart_alts(report: facts.Report, lang: str) -> list[str]:
    """Alternative text for chart_figures' charts, in the same order (the tables hold the same figures)."""
    count = min(len(facts.results(report)), CHART_PROPOSALS)
    ranking = "export.chart_alt.score" if facts.for_against(report) else "export.chart_alt.ranking"
    return [t(ranking, lang, count=count), t("export.chart_alt.themes", lang)]
