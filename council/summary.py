"""A frozen report -> the summary text in plain paragraphs (Swedish or English), by template."""

from __future__ import annotations

from typing import Any

from babel.lists import format_list

from council import report_facts as facts
from council.i18n import fmt_number, fmt_percent, normalise_language, t
from council.smallgroups import format_share

_BABEL = {"sv": "sv_SE", "en": "en_US"}


def summary_text(report: facts.Report, lang: str = "sv", *, with_arguments: bool = True) -> str:
    """The whole summary: paragraphs separated by blank lines, the same every time. Documents that print every
    argument beside its proposal leave the strongest ones out here, so each argument appears once."""
    lang = normalise_language(lang)
    if report.get("kind") == "round":  # a municipal round's list reads differently from a class's vote
        from council.rounds.summary import round_summary

        return round_summary(report, lang)
    parts = [_context(report, lang), _turnout(report, lang), method_sentence(report, lang)]
    if not facts.top_results(report):
        empty = "summary.only_blank" if facts.voted(report) else "summary.no_votes"
        return "\n\n".join([*parts, t(empty, lang)])
    parts += [_priorities(report, lang), *_ties(report, lang), _score_extremes(report, lang), _themes(report, lang)]
    parts += [_arguments(report, lang) if with_arguments else "", _minorities(report, lang)]
    return "\n\n".join(part for part in parts if part)


def quote(text: str, lang: str) -> str:
    """Pupil or teacher text in the language's quotation marks, exactly as written."""
    return t("summary.quote", lang, text=" ".join(str(text).split()))


def join(items: list[str], lang: str) -> str:
    """'A, B och C' / 'A, B, and C'."""
    return format_list(items, locale=_BABEL[lang]) if items else ""


def support_phrase(report: facts.Report, row: facts.Row, lang: str) -> str:
    """'16 av 22 elever (73 %)' for one proposal, of those who voted for something."""
    return count_phrase(facts.support(row), facts.share_base(report), lang)


def count_phrase(count: int, base: int, lang: str) -> str:
    """'16 av 22 elever (73 %)', the share written as everywhere else."""
    return t("summary.support", lang, count=count, total=base, percent=format_share(count, base, lang))


def marks_phrase(count: int, lang: str) -> str:
    """' (övertygande för 3 elever)' after an argument, or nothing when nobody marked it."""
    if not count:
        return ""
    return t("marks.count", lang, n=count)


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
    """'23 av 27 elever röstade (85 %).' plus joined, and blank votes with the base shares are counted on."""
    turnout = report.get("turnout") or {}
    voted, expected = facts.voted(report), int(turnout.get("expected") or 0)
    if expected:
        text = t("summary.turnout", lang, voted=voted, expected=expected, percent=fmt_percent(voted / expected, lang))
    else:
        text = t("summary.turnout_no_class_size", lang, voted=voted)
    if turnout.get("joined"):
        text += " " + t("summary.joined", lang, joined=turnout["joined"])
    if facts.blank(report) and facts.share_base(report):
        text += " " + t("summary.blank_base", lang, blank=facts.blank(report), base=facts.share_base(report))
    return text


def _priorities(report: facts.Report, lang: str) -> str:
    """The heading line and one numbered line per top proposal; support only where it tells proposals apart."""
    lines = [t("summary.priorities", lang)]
    telling = facts.support_tells_apart(report)
    for row in facts.top_results(report):
        title = quote(row["title"], lang)
        line = (
            t("summary.priority_line", lang, rank=row["rank"], title=title, support=support_phrase(report, row, lang))
            if telling
            else t("summary.priority_line_bare", lang, rank=row["rank"], title=title)
        )
        if facts.for_against(report) and row.get("mean") is not None:
            line += t("summary.mean", lang, mean=fmt_number(row["mean"], lang, digits=2))  # as in the tables
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
                share_for=_share(report, divided.get("share_for"), lang),
                share_against=_share(report, divided.get("share_against"), lang),
            )
        )
    return " ".join(sentences)


def _share(report: facts.Report, share: float | None, lang: str) -> str:
    """A stored share of the voters, written as every other share."""
    base = facts.share_base(report)
    return format_share(round(float(share or 0) * base), base, lang)


def _themes(report: facts.Report, lang: str) -> str:
    """The themes of the top proposals and the one theme with most support, when one stands out."""
    themes = list(dict.fromkeys(row["theme"] for row in facts.top_results(report) if row.get("theme")))
    text = t("summary.top_themes", lang, themes=join(themes, lang)) if themes else ""
    best = _best_theme(report)
    if best is None:
        return text
    if facts.theme_support(report).attrs.get("distinct"):
        count = count_phrase(int(best["support"]), facts.share_base(report), lang)
        return f"{text} {t('summary.best_theme', lang, theme=best['theme'], support=count)}".strip()
    return f"{text} {t('summary.best_theme_votes', lang, theme=best['theme'], votes=int(best['support']))}".strip()


def _best_theme(report: facts.Report) -> Any:
    """The theme with most support, or None when none stands out (tied, unsupported, or everyone everywhere)."""
    table = facts.theme_support(report)
    if len(table) < 2 or not any(row.get("theme") for row in facts.results(report)):
        return None
    best, second = table.iloc[0], table.iloc[1]
    if best["support"] <= second["support"] or not facts.support_tells_apart(report):
        return None
    return best


def _arguments(report: facts.Report, lang: str) -> str:
    """The strongest argument for and against each top proposal: the most marked as convincing, with its count."""
    if not report.get("arguments"):
        return t("summary.no_arguments_at_all", lang)
    lines = [t("summary.arguments", lang)]
    for row in facts.top_results(report):
        found = {side: facts.strongest_argument(report, row["proposal_id"], side) for side in ("for", "against")}
        if not any(found.values()):  # one line, not two saying the same
            lines.append(t("summary.no_arguments_for_proposal", lang, title=quote(row["title"], lang)))
            continue
        lines.append(quote(row["title"], lang) + ":")
        lines += [
            t(f"summary.argument_{side}", lang, text=quote(argument["text"], lang))
            + marks_phrase(facts.marks(argument), lang)
            if argument
            else t(f"summary.no_argument_{side}", lang)
            for side, argument in found.items()
        ]
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
                share=format_share(facts.minority_count(report, row), facts.share_base(report), lang),
            )
            for row in rows
        ]
        return t("summary.minority_score", lang, items=join(items, lang))
    items = [f"{quote(row['title'], lang)} – {support_phrase(report, row, lang)}" for row in rows]
    return t("summary.minority", lang, items=join(items, lang))
