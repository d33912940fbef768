"""Builders and hypothesis strategies for tally tests."""

import pandas as pd
from hypothesis import strategies as st

PROPOSAL_IDS = [101, 102, 103, 104, 105]


def proposals_frame(ids=PROPOSAL_IDS) -> pd.DataFrame:
    """Published proposals with a title and theme each."""
    themes = ["trafik", "mat", "energi"]
    return pd.DataFrame(
        {"proposal_id": ids, "title": [f"Förslag {i}" for i in ids], "theme": [themes[i % 3] for i in ids]}
    )


def choices_frame(ballots: list[dict[int, int]], prefix: str = "b") -> pd.DataFrame:
    """The long choices table for a list of cleaned ballots; a blank ballot adds no rows."""
    rows = [(f"{prefix}{n}", pid, value) for n, ballot in enumerate(ballots) for pid, value in ballot.items()]
    frame = pd.DataFrame(rows, columns=["ballot_id", "proposal_id", "value"])
    return frame.astype({"ballot_id": str, "proposal_id": "int64", "value": "int64"})


def ranked_ballot(order) -> dict[int, int]:
    """{proposal_id: position} from proposals listed best first."""
    return {pid: position for position, pid in enumerate(order, start=1)}


def repeat(count: int, order) -> list[dict[int, int]]:
    """`count` identical ranked ballots."""
    return [ranked_ballot(order)] * count


approval_ballots = st.lists(st.sets(st.sampled_from(PROPOSAL_IDS)).map(lambda s: dict.fromkeys(s, 1)), max_size=25)


@st.composite
def dots_ballot(draw, points=5, max_per_proposal=3):
    """A valid dots ballot: at most `points` in total, at most `max_per_proposal` on one."""
    ballot, left = {}, points
    for pid in draw(st.permutations(PROPOSAL_IDS)):
        given = draw(st.integers(0, min(left, max_per_proposal)))
        if given:
            ballot[pid], left = given, left - given
    return ballot


dots_ballots = st.lists(dots_ballot(), max_size=25)
ranked_ballots = st.lists(
    st.permutations(PROPOSAL_IDS).flatmap(lambda order: st.integers(0, 3).map(lambda k: ranked_ballot(order[:k]))),
    max_size=25,
)
full_ranked_ballots = st.lists(st.permutations(PROPOSAL_IDS[:4]).map(ranked_ballot), min_size=1, max_size=25)
score_ballots = st.lists(st.fixed_dictionaries({pid: st.integers(-2, 2) for pid in PROPOSAL_IDS}), max_size=25)
BALLOTS = {"approval": approval_ballots, "dots": dots_ballots, "ranked": ranked_ballots, "score": score_ballots}
