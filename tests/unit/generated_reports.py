"""Frozen reports built from random ballots through the real tally, shaped as reports.draft freezes them."""

from __future__ import annotations

import random

import pandas as pd
from hypothesis import strategies as st

from council import tally

THEMES = ["Transport och resor", "Mat", "Energi", "Skolan och vardagen"]
PARAMS = {"approval": {"max_picks": 3}, "dots": {"points": 5, "max_per_proposal": 3}, "ranked": {}, "score": {}}


def random_ballot(method: str, ids: list[int], rng: random.Random, *, full_ranking: bool) -> dict[int, int]:
    """One valid non-blank ballot of a method."""
    if method == "approval":
        return dict.fromkeys(rng.sample(ids, rng.randint(1, min(3, len(ids)))), 1)
    if method == "dots":
        ballot: dict[int, int] = {}
        for _ in range(rng.randint(1, 5)):
            pid = rng.choice(ids)
            ballot[pid] = min(ballot.get(pid, 0) + 1, 3)
        return ballot
    if method == "ranked":
        order = rng.sample(ids, len(ids) if full_ranking else rng.randint(1, len(ids)))
        return {pid: place for place, pid in enumerate(order, start=1)}
    return {pid: rng.randint(-2, 2) for pid in ids}


def build(method: str, proposals: int, voters: int, blank: int, seed: int, *, full_ranking: bool = False) -> dict:
    """A report of `voters` non-blank and `blank` blank ballots over `proposals` proposals."""
    rng = random.Random(seed)
    ids = list(range(1, proposals + 1))
    ballots = [random_ballot(method, ids, rng, full_ranking=full_ranking) for _ in range(voters)]
    choices = pd.DataFrame(
        [(f"b{n:03d}", pid, value) for n, ballot in enumerate(ballots) for pid, value in ballot.items()],
        columns=["ballot_id", "proposal_id", "value"],
    ).astype({"ballot_id": str, "proposal_id": int, "value": int})
    frame = pd.DataFrame(
        {
            "proposal_id": ids,
            "title": [f"Förslag nummer {pid}" for pid in ids],
            "body": [f"Text {pid}" for pid in ids],
            "theme": [THEMES[rng.randrange(len(THEMES))] for _ in ids],
        }
    )
    params = {**PARAMS[method], **({"top_k": proposals} if method == "ranked" else {})}
    table = tally.tally(method, choices, frame, params)
    rows = table.assign(body=table["proposal_id"].map(dict(zip(ids, frame["body"], strict=True))), addressee="Skolan")
    return {
        "title": "Genererad",
        "question": "Vad ska vi göra?",
        "school": "Skolan",
        "class_label": "7A",
        "teacher": "L",
        "method": method,
        "method_params": params,
        "turnout": {"voted": voters + blank, "expected": voters + blank + 2, "joined": voters + blank, "blank": blank},
        "results": [
            {k: (v.item() if hasattr(v, "item") else v) for k, v in row.items()} for row in rows.to_dict("records")
        ],
        "arguments": [],
        "ballots": choices.to_dict("records"),
        "small_group": voters + blank < 5,
        "created_at": "2026-11-27T10:15:00",
        "version": 1,
    }


reports = st.builds(
    build,
    method=st.sampled_from(["approval", "dots", "ranked", "score"]),
    proposals=st.integers(1, 8),
    voters=st.integers(1, 60),
    blank=st.integers(0, 4),
    seed=st.integers(0, 10_000),
    full_ranking=st.booleans(),
)
