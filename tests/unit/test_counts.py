"""Counts agree everywhere: the control room, the projector, the ballot and the results say the same numbers."""

from __future__ import annotations

from council import live, proposals, results, sessions, voting
from council.models import Phase

from .helpers import session_at


def test_the_proposal_count_is_what_the_ballot_lists_and_says_what_waits(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.propose)  # three published
    waiting = proposals.submit(db, pupil=pupils[0], title="Fler träd", body="På skolgården")
    refused = proposals.submit(db, pupil=pupils[1], title="Inga bilar", body="Aldrig")
    proposals.reject(db, teacher, refused.id, reason="För brett")
    now = live.counts(db, council.id)
    assert now.published == len(proposals.published(db, council.id)) == 3
    assert (now.pending, now.rejected) == (1, 1)
    assert waiting.id not in {p.id for p in live.ballot(db.get_bind(), council.id)}


def test_voted_is_told_out_of_those_who_joined(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=4)
    for pupil in pupils[:3]:
        voting.cast(db, pupil=pupil, choices={written[0].id: 1})
    now = live.counts(db, council.id)
    assert live.voted_text(now, "sv") == "3 av 4"
    assert live.voted_text(now, "en") == "3 of 4"


def test_the_results_turnout_uses_the_same_joined_count_and_names_the_class_size(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=4)  # the class has 27 pupils
    for pupil in pupils[:3]:
        voting.cast(db, pupil=pupil, choices={written[0].id: 1})
    sessions.advance_phase(db, teacher, council.id)
    res = results.for_teacher(db, teacher, council.id)
    assert results.turnout_text(res, "sv") == "3 av 4 som gick med (75\xa0%) · 27 elever i klassen"
    assert results.turnout_text(res, "en") == "3 of 4 who joined (75%) · 27 pupils in the class"
