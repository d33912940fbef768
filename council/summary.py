"""A frozen report -> the summary text in plain paragraphs (Swedish or English), by template."""

from __future__ import annotations

from babel.lists import format_list

from council import report_facts as facts
from council.i18n import fmt_number, fmt_percent, normalise_language, t

_BABEL = {"sv": "sv_SE", "en": "en_US"}


def summary_text(report: facts.Report, lang: str = "sv") -> str:
    """The whole summary: paragraphs separated by blank lines, the same every time."""
    lang = normalise_language(lang)
    if report.get("kind") == "round":  # a municipal round's list reads differently from a class's vote
        from council.rounds.summary import round_summary

        return round_summary(report, lang)
    parts = [_context(report, lang), _turnout(report, lang), method_sentence(report, lang)]
    if not facts.top_results(report):
        return "\n\n".join([*parts, t("summary.no_votes", lang)])
    parts += [_priorities(report, lang), *_ties(report, lang), _score_extremes(report, lang)]
    parts += [_themes(report, lang), _arguments(report, lang), _minorities(report, lang)]
    return "\n\n".join(part for part in parts if part)


def quote(text: str, lang: str) -> str:
    """Pupil or teacher text in the language's quotation marks, exactly as written."""
    return t("summary.quote", lang, text=" ".join(str(text).split()))


def join(items: list[str], lang: str) -> str:
    """'A, B och C' / 'A, B, and C'."""
    return format_list(items, locale=_BABEL[lang]) if items else ""


def support_phrase(report: facts.Report, row: facts.Row, lang: str) -> str:
    """'16 av 23 elever (70 %)' for one proposal."""
    total = facts.voted(report)
    count = int(row.get("voters_supporting") or 0)
    return t("summary.support", lang, count=count, total=total, percent=fmt_percent(count / max(total, 1), lang))


def method_sentence(report: facts.Report, lang: str) -> str:
    """How the class voted, in words: the method, the limits it was run with and what decided the order."""
    described, params = facts.described(report), facts.method_params(report)
    parts = [t(described.summary_key, lang, name=t(described.name_key, lang))]
    for setting in described.parameters:
        if not setting.choices and params.get(setting.name) not in (None, ""):
            parts.append(t(f"summary.method_param.{setting.name}", lang, value=params[setting.name]))
    if (way := described.deciding_way(params)).annexed:
        parts.append(t(way.summary_key, lang, name=t(way.name_key, lang)))
    return " ".join(parts)


def _context(report: facts.Report, lang: str) -> str:
    """Who discussed which question."""
    question = str(report.get("question", "")).strip()
    stop = "" if question.endswith(("?", "!", ".")) else "."
    return t(
        "summary.context",
        lang,
        class_label=report.get("class_label", ""),
        school=report.get("school", ""),
        question=quote(question, lang),
        stop=stop,
    )


def _turnout(report: facts.Report, lang: str) -> str:
    """'23 av 27 elever röstade (85 %).' plus joined and blank votes."""
    turnout = report.get("turnout") or {}
    voted, expected = facts.voted(report), int(turnout.get("expected") or 0)
    if expected:
        text = t("summary.turnout", lang, voted=voted, expected=expected, percent=fmt_percent(voted / expected, lang))
    else:
        text = t("summary.turnout_no_class_size", lang, voted=voted)
    if turnout.get("joined"):
        text += " " + t("summary.joined", lang, joined=turnout["joined"])
    if turnout.get("blank"):
        text += " " + t("summary.blank", lang, blank=turnout["blank"])
    return text


def _priorities(report: facts.Report, lang: str) -> str:
    """The heading line and one numbered line per top proposal."""
    lines = [t("summary.priorities", lang)]
    for row in facts.top_results(report):
        line = t(
            "summary.priority_line",
            lang,
            rank=row["rank"],
            title=quote(row["title"], lang),
            support=support_phrase(report, row, lang),
        )
        if facts.for_against(report) and row.get("mean") is not None:
            line += t("summary.mean", lang, mean=fmt_number(row["mean"], lang, digits=1))
        lines.append(line)
    return "\n".join(lines)


def _ties(report: facts.Report, lang: str) -> list[str]:
    """One sentence per shared rank among the top priorities."""
    return [
        t("summary.tie", lang, titles=join([quote(r["title"], lang) for r in group], lang), rank=group[0]["rank"])
        for group in facts.tie_groups(facts.top_results(report))
    ]


def _score_extremes(report: facts.Report, lang: str) -> str:
    """Score method: the proposal with the broadest agreement and the most divided one."""
    if not facts.for_against(report):
        return ""
    sentences = []
    if agreed := facts.broadest_agreement(report):
        sentences.append(t("summary.broadest", lang, title=quote(agreed["title"], lang)))
    if divided := facts.most_divided(report):
        sentences.append(
            t(
                "summary.divided",
                lang,
                title=quote(divided["title"], lang),
                share_for=fmt_percent(divided.get("share_for") or 0, lang),
                share_against=fmt_percent(divided.get("share_against") or 0, lang),
            )
        )
    return " ".join(sentences)


def _themes(report: facts.Report, lang: str) -> str:
    """The themes of the top proposals and the theme with most support."""
    themes = list(dict.fromkeys(row["theme"] for row in facts.top_results(report) if row.get("theme")))
    text = t("summary.top_themes", lang, themes=join(themes, lang)) if themes else ""
    table = facts.theme_support(report)
    if table.empty or not any(row.get("theme") for row in facts.results(report)):
        return text
    best = table.iloc[0]
    if table.attrs.get("distinct"):
        count = t(
            "summary.support",
            lang,
            count=int(best["support"]),
            total=facts.voted(report),
            percent=fmt_percent(best["share"], lang),
        )
        return f"{text} {t('summary.best_theme', lang, theme=best['theme'], support=count)}".strip()
    return f"{text} {t('summary.best_theme_votes', lang, theme=best['theme'], votes=int(best['support']))}".strip()


def _arguments(report: facts.Report, lang: str) -> str:
    """The strongest argument for and against each top proposal."""
    if not report.get("arguments"):
        return t("summary.no_arguments_at_all", lang)
    lines = [t("summary.arguments", lang)]
    for row in facts.top_results(report):
        lines.append(quote(row["title"], lang) + ":")
        for side in ("for", "against"):
            found = facts.strongest_argument(report, row["proposal_id"], side)
            lines.append(
                t(f"summary.argument_{side}", lang, text=quote(found, lang))
                if found
                else t(f"summary.no_argument_{side}", lang)
            )
    return "\n".join(lines)


def _minorities(report: facts.Report, lang: str) -> str:
    """Proposals outside the top that a clear minority supports, in one sentence."""
    rows = facts.minority_views(report)
    if not rows:
        return ""
    if facts.for_against(report):
        items = [
            t(
                "summary.minority_score_item",
                lang,
                title=quote(row["title"], lang),
                share=fmt_percent(facts.minority_share(report, row), lang),
            )
            for row in rows
        ]
        return t("summary.minority_score", lang, items=join(items, lang))
    items = [f"{quote(row['title'], lang)} – {support_phrase(report, row, lang)}" for row in rows]
    return t("summary.minority", lang, items=join(items, lang))
