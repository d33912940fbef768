"""A frozen round report -> its summary in plain paragraphs (Swedish or English), by template."""

from __future__ import annotations

from collections import Counter
from typing import Any

from council import report_facts as facts
from council.i18n import fmt_date, fmt_percent, t
from council.summary import join, quote

BROADEST = 3


def round_summary(report: facts.Report, lang: str = "sv") -> str:
    """The funnel, how the list was made and approved, the broadest support and the themes."""
    numbers = report.get("funnel") or {}
    parts = [
        t(
            "round.summary.written",
            lang,
            title=report.get("title", ""),
            question=quote(report.get("question", ""), lang),
            **_numbers(numbers, "written", "classes", "schools"),
        ),
        t("round.summary.groups", lang, **_numbers(numbers, "nominated", "groups", "representatives", "final")),
        _approved(report, lang),
        _broadest(report, lang),
        _themes(report, lang),
    ]
    return "\n\n".join(part for part in parts if part)


def _numbers(numbers: dict, *names: str) -> dict[str, Any]:  # Any: t() also takes easy=, a bool
    return {name: int(numbers.get(name) or 0) for name in names}


def _approved(report: facts.Report, lang: str) -> str:
    dates = [row["approved_at"] for row in facts.results(report) if row.get("approved_at")]
    if not dates or len(dates) < len(facts.results(report)):
        return ""
    return t("round.summary.approved", lang, date=fmt_date(facts.created_date({"created_at": max(dates)}), lang))


def _broadest(report: facts.Report, lang: str) -> str:
    rows = sorted(facts.results(report), key=lambda r: (-(r.get("share_of_voters") or 0), r["rank"]))[:BROADEST]
    items = [
        t(
            "round.summary.broadest_item",
            lang,
            title=quote(row["title"], lang),
            share=fmt_percent(row.get("share_of_voters") or 0, lang),
            voters=int(row.get("voters") or 0),
            classes=int(row.get("classes") or 0),
        )
        for row in rows
        if row.get("voters")
    ]
    return t("round.summary.broadest", lang, items=join(items, lang)) if items else ""


def _themes(report: facts.Report, lang: str) -> str:
    counted = Counter(row.get("theme") or "–" for row in facts.results(report))
    items = [t("round.summary.theme_item", lang, theme=theme, n=n) for theme, n in counted.most_common()]
    return t("round.summary.themes", lang, items=join(items, lang)) if items else ""
