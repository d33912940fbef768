"""Times report_pdf (with charts) on a 50-proposal report; prints the figures. Run: python benchmarks/report.py"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from council import exports
from council.exports.images import browser_path
from council.report_data import ReportData, Turnout

THEMES = ["Transport och resor", "Energi", "Mat", "Konsumtion", "Skola och kunskap", "Natur och grönområden"]
VOTERS = 27
PROPOSALS = 50


def build_report(rng: random.Random) -> ReportData:
    """A 50-proposal approval report with ballots and arguments."""
    ballots = [
        {"ballot_id": f"{n:032x}", "proposal_id": pid, "value": int(rng.random() < 0.9 / (1 + pid / 8))}
        for n in range(VOTERS)
        for pid in range(1, PROPOSALS + 1)
    ]
    support = {pid: sum(b["value"] for b in ballots if b["proposal_id"] == pid) for pid in range(1, PROPOSALS + 1)}
    ordered = sorted(support, key=lambda pid: -support[pid])
    results = [
        {
            "proposal_id": pid,
            "title": f"Förslag {pid}: fler cykelbanor och gröna stråk – åäö €",
            "body": "Text " * 40,
            "theme": THEMES[pid % len(THEMES)],
            "addressee": "Tekniska nämnden",
            "voters_supporting": support[pid],
            "share_of_voters": support[pid] / VOTERS,
            "points": support[pid],
            "rank": 1 + sum(v > support[pid] for v in support.values()),
            "tied": list(support.values()).count(support[pid]) > 1,
        }
        for pid in ordered
    ]
    arguments = [
        {"proposal_id": pid, "side": side, "text": f"Ett argument {side} förslag {pid} med några ord till."}
        for pid in range(1, PROPOSALS + 1)
        for side in ("for", "against")
    ]
    return ReportData(
        version=1,
        created_at="2026-11-27T10:15:00",
        lang="sv",
        title="Benchmark",
        question="Hur ska Karlstad halvera utsläppen från transporter till 2030?",
        school="Kroppkärrskolan",
        class_label="9A",
        teacher="Anna Lind",
        method="approval",
        method_params={"max_picks": 10},
        turnout=Turnout(voted=VOTERS, expected=28, joined=27, blank=0),
        results=results,
        arguments=arguments,
        ballots=ballots,
        teacher_comment="–",
        committees=["Tekniska nämnden"],
        small_group=False,
    )


def timed(label: str, action) -> bytes:
    """Run once and print the wall time."""
    start = time.perf_counter()
    result = action()
    print(f"{label:<38} {time.perf_counter() - start:6.2f} s  ({len(result) // 1024} KiB)")
    return result


def main() -> None:
    """Time the PDF with charts (twice: a cold and a warm process cache) and the other formats."""
    report = build_report(random.Random(1))
    print(f"browser: {browser_path()}; proposals: {PROPOSALS}")
    pdf = timed("report_pdf with charts (first)", lambda: exports.report_pdf(report, "sv"))
    timed("report_pdf with charts (second)", lambda: exports.report_pdf(report, "sv"))
    timed("report_pdf without charts", lambda: exports.report_pdf(report, "sv", charts=False))
    timed("report_docx with charts", lambda: exports.report_docx(report, "sv"))
    timed("report_docx without charts", lambda: exports.report_docx(report, "sv", charts=False))
    timed("report_xlsx", lambda: exports.report_xlsx(report, "sv"))
    timed("report_markdown", lambda: exports.report_markdown(report, "sv").encode())
    if b"/Subtype /Image" not in pdf:
        sys.exit("the PDF has no chart images: is a browser installed?")


if __name__ == "__main__":
    main()
