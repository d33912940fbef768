"""A realistic Swedish frozen report for the report and export tests."""

from __future__ import annotations

import random

from council.report_data import ArgumentLine, ReportData, Turnout

PROPOSALS = [
    (
        "**Gratis** busskort för alla under 20 år",
        "Om bussen är gratis slutar fler föräldrar skjutsa till skolan.",
        "Transport och resor",
        "Tekniska nämnden",
    ),
    (
        "Säkra cykelbanor till varje skola",
        "Bygg separerade cykelbanor – särskilt längs Älvgatan.",
        "Transport och resor",
        "Tekniska nämnden",
    ),
    (
        "Vegetarisk dag två gånger i veckan",
        "Skolmaten står för en stor del av utsläppen. <b>x</b>",
        "Mat",
        "Barn- och ungdomsnämnden",
    ),
    (
        "Solceller på skolans tak",
        "Taket är stort och vänt mot söder; det kostar ungefär 40 000 € men betalar sig.",
        "Energi",
        "Tekniska nämnden",
    ),
    (
        "<font color=red>Bilfri zon</font> kring skolan",
        "Ingen biltrafik 07.30–08.30 vid entrén.",
        "Transport och resor",
        "Tekniska nämnden",
    ),
    ('=HYPERLINK("http://x","y")', "Länk till en sida om elbussar.", "Transport och resor", "Tekniska nämnden"),
    (
        "@SUM(A1) laddstolpar vid idrottshallen",
        "Fler laddstolpar gör det lättare att välja elbil.",
        "Energi",
        "Tekniska nämnden",
    ),
    (
        "+1 lektion om klimat i veckan",
        "Vi behöver veta mer för att kunna påverka.",
        "Skola och kunskap",
        "Barn- och ungdomsnämnden",
    ),
    ("-2 grader inomhus på vintern", "Sänk värmen lite och ha tröja på dig.", "Energi", "Barn- och ungdomsnämnden"),
    ("\t=1 återbruk av skolmöbler", "Laga i stället för att köpa nytt.", "Konsumtion", "Barn- och ungdomsnämnden"),
    ("＝1 mindre matsvinn", "Väg matsvinnet varje dag och visa det i matsalen.", "Mat", "Barn- och ungdomsnämnden"),
    (
        "Cykelkök i skolan",
        "En verkstad där vi lagar våra cyklar själva.",
        "Transport och resor",
        "Barn- och ungdomsnämnden",
    ),
]

SUPPORT = [16, 12, 9, 9, 5, 4, 3, 2, 1, 1, 0, 0]

ARGUMENTS = [  # proposal, side, text, how many marked it as convincing
    (1, "for", "Fler åker buss.", 2),
    (1, "for", "Familjer sparar pengar och bilarna står kvar hemma, så utsläppen minskar direkt.", 7),
    (1, "against", "=1+1", 0),
    (1, "against", "Det kostar kommunen mycket – kanske 10 miljoner € om året.", 4),
    (2, "for", "Då vågar yngre barn cykla själva till skolan.", 0),
    (2, "against", "Tar plats från bilarna på smala gator.", 0),
    (3, "for", "**Mindre kött** ger lägre utsläpp.", 0),
    (4, "for", "Skolan kan sälja el på sommaren när ingen är där.", 0),
    (4, "against", "<script>alert(1)</script>", 0),
    (5, "for", "Luften blir renare vid entrén.", 0),
]


def _ballots(voted: int, support: list[int], blank: int) -> list[dict]:
    """Approval ballots matching the support counts; each ballot ticks at most three."""
    picks: list[set[int]] = [set() for _ in range(voted)]
    active = range(voted - blank)
    for proposal_id, count in enumerate(support, start=1):
        for index in sorted(active, key=lambda i: (len(picks[i]), i))[:count]:
            picks[index].add(proposal_id)
    rng = random.Random(7)
    ids = [f"{rng.getrandbits(64):016x}" for _ in range(voted)]
    return [
        {"ballot_id": ids[i], "proposal_id": pid, "value": int(pid in picks[i])}
        for i in range(voted)
        for pid in range(1, len(support) + 1)
    ]


def _ranks(values: list[float]) -> list[tuple[int, bool]]:
    """Competition ranks (1, 2, 3, 3, 5) and whether each is shared."""
    return [(1 + sum(other > v for other in values), values.count(v) > 1) for v in values]


def _approval_results(base: int) -> list[dict]:
    """Results rows in rank order, as council.tally would return them: shares of the non-blank ballots."""
    rows = []
    for (pid, (title, body, theme, addressee)), count, (rank, tied) in zip(
        enumerate(PROPOSALS, start=1), SUPPORT, _ranks(SUPPORT), strict=False
    ):
        rows.append(
            {
                "proposal_id": pid,
                "title": title,
                "body": body,
                "theme": theme,
                "addressee": addressee,
                "voters_supporting": count,
                "share_of_voters": round(count / base, 3),
                "points": count,
                "rank": rank,
                "tied": tied,
            }
        )
    return sorted(rows, key=lambda row: (row["rank"], row["proposal_id"]))


def build_report(*, voted: int = 23, small_group: bool = False) -> ReportData:
    """The frozen approval report of class 6B."""
    return ReportData(
        version=2,
        created_at="2026-11-27T10:15:00",
        lang="sv",
        title="Klass 6B:s klimatprioriteringar",
        question="Hur ska Karlstad halvera utsläppen från transporter till 2030?",
        school="Kroppkärrskolan",
        class_label="6B",
        teacher="Anna Lind",
        method="approval",
        method_params={"max_picks": 3},
        turnout=Turnout(voted=voted, expected=27, joined=25, blank=1),
        results=_approval_results(voted - 1),
        arguments=[ArgumentLine(proposal_id=p, side=s, text=x, marks=m) for p, s, x, m in ARGUMENTS],
        ballots=_ballots(voted, SUPPORT, blank=1),
        teacher_comment="Klassen diskuterade engagerat i tre lektioner. Vi hoppas på svar före jul – tack!",
        committees=["Tekniska nämnden", "Barn- och ungdomsnämnden"],
        small_group=small_group,
    )


def build_small_report() -> dict:
    """A report with only three ballots: every format must warn."""
    report = build_report(voted=3, small_group=True)
    report["turnout"] = {"voted": 3, "expected": 27, "joined": 4, "blank": 0}
    for row in report["results"]:
        row["voters_supporting"] = min(row["voters_supporting"], 3)
        row["share_of_voters"] = round(row["voters_supporting"] / 3, 3)
    report["ballots"] = [b for b in report["ballots"] if b["ballot_id"] in _first_ids(report["ballots"], 3)]
    return report


def _first_ids(ballots: list[dict], count: int) -> set[str]:
    """The first `count` distinct ballot ids."""
    return set(list(dict.fromkeys(b["ballot_id"] for b in ballots))[:count])


def _score_row(pid: int, scores: list[int]) -> dict:
    """One score-method results row from the ballots' scores."""
    title, body, theme, addressee = PROPOSALS[pid - 1]
    voters = len(scores)
    mean = sum(scores) / voters
    share_for = sum(s > 0 for s in scores) / voters
    share_against = sum(s < 0 for s in scores) / voters
    spread = (sum((s - mean) ** 2 for s in scores) / voters) ** 0.5
    return {
        "proposal_id": pid,
        "title": title,
        "body": body,
        "theme": theme,
        "addressee": addressee,
        "voters_supporting": sum(s > 0 for s in scores),
        "share_of_voters": round(share_for, 3),
        "points": sum(scores),
        "mean": round(mean, 2),
        "share_for": round(share_for, 3),
        "share_against": round(share_against, 3),
        "consensus": round(1 - spread / 2, 3),
        "polarisation": round(2 * min(share_for, share_against), 3),
    }


SCORE_PATTERNS = {
    1: [2] * 12 + [1] * 6 + [0] * 3 + [-1] * 2,
    2: [2] * 10 + [-2] * 9 + [0] * 4,
    3: [1] * 14 + [0] * 9,
    4: [2] * 6 + [1] * 8 + [0] * 6 + [-1] * 3,
    5: [2] * 5 + [0] * 12 + [-1] * 6,
}


def build_score_report() -> dict:
    """The same class voting with scores −2…+2."""
    report = build_report()
    patterns = {pid: SCORE_PATTERNS.get(pid, [0] * 20 + [-1] * 3) for pid in range(1, 13)}
    rows = [_score_row(pid, scores) for pid, scores in patterns.items()]
    rows.sort(key=lambda r: -r["points"])
    for row, (rank, tied) in zip(rows, _ranks([r["points"] for r in rows]), strict=False):
        row.update(rank=rank, tied=tied)
    report.update(method="score", method_params={"min": -2, "max": 2}, results=rows)
    report["turnout"] = {**report["turnout"], "blank": 0}
    report["ballots"] = [
        {"ballot_id": f"b{i:02d}", "proposal_id": pid, "value": scores[i]}
        for pid, scores in patterns.items()
        for i in range(23)
    ]
    return report
