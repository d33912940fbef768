"""Near-duplicate suggestions and merging with provenance."""

from __future__ import annotations

import pytest

from council import arguments, live, merging, proposals, similarity
from council.errors import InvalidInput, NotFound, WrongPhase
from council.models import Phase, ProposalStatus

from .helpers import session_at
from .test_themes_and_arguments import discussing


def test_normalisation_ignores_case_swedish_letters_punctuation_and_stop_words():
    assert similarity.normalise("Fler CYKELBANOR till skolan!") == "cykelbanor skolan"
    assert similarity.normalise("Mindre kött, i matsalen.") == similarity.normalise("mindre kott i matsalen")


@pytest.mark.parametrize(
    ("first", "second", "alike"),
    [
        ("Fler cykelbanor till skolan", "Mer cykelbanor till skolan!", True),
        ("Gratis buss för unga", "Gratis bussar för ungdomar", True),
        ("Solceller på skolans tak", "Solpaneler på skolans tak", True),
        ("Gratis buss för unga", "Gratis cykel för unga", False),
        ("Cykelbanor", "Solpaneler på taket", False),
        ("Och att i på", "Och att i på", False),
    ],
)
def test_similarity_finds_near_duplicates_and_not_different_ideas(first, second, alike):
    assert (similarity.similarity(first, second) >= similarity.THRESHOLD) is alike


def test_a_pupil_writing_sees_similar_published_proposals_only(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.propose, titles=("Fler cykelbanor", "Solpaneler"))
    pending = proposals.submit(db, pupil=pupils[0], title="Cykelbanor överallt", body="b")
    found = merging.already_there(db, pupil=pupils[1], title="fler cykelbanor!")
    assert [p.id for p in found] == [written[0].id]
    assert pending.id not in [p.id for p in merging.already_there(db, pupil=pupils[1], title="Cykelbanor överallt")]


def test_the_teacher_gets_suggested_pairs_most_alike_first(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.propose, titles=("Fler cykelbanor", "Solpaneler"))
    twin = proposals.submit(db, pupil=pupils[1], title="Mer cykelbanor!", body="b")
    pairs = merging.suggestions(db, teacher, council.id)
    assert [(a.id, b.id) for a, b, _ in pairs] == [(written[0].id, twin.id)]


def test_a_merge_keeps_its_originals_their_arguments_and_tells_each_author(db, teacher):
    council, pupils, written = discussing(db, teacher, titles=("Fler cykelbanor", "Mer cykelbanor"))
    made = arguments.add(db, pupil=pupils[1], proposal_id=written[0].id, side="against", text="Dyrt")
    arguments.publish(db, teacher, made.id)
    merged = merging.merge(
        db,
        teacher,
        council.id,
        originals=[written[0].id, written[1].id],
        title="Fler och bättre cykelbanor",
        body="Båda förslagen",
        theme="Transport och resor",
        addressee="bun",
    )
    assert merged.status == ProposalStatus.published and merged.author_id is None
    assert [p.id for p in merging.originals(db, merged.id)] == [written[0].id, written[1].id]
    assert [a.text for a in arguments.sides(db, merged.id).cons] == ["Dyrt"]
    for original in written:
        db.refresh(original)
        assert original.status == ProposalStatus.merged
        assert merging.destination(db, original).title == "Fler och bättre cykelbanor"
    assert [p.id for p in proposals.published(db, council.id)] == [merged.id]


def test_a_merge_of_a_merge_still_leads_the_author_to_the_end(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.propose, titles=("A", "B", "C"))
    fields = {"body": "b", "theme": "Annat", "addressee": "school"}
    first = merging.merge(db, teacher, council.id, originals=[written[0].id, written[1].id], title="AB", **fields)
    final = merging.merge(db, teacher, council.id, originals=[first.id, written[2].id], title="ABC", **fields)
    db.refresh(written[0])
    assert merging.destination(db, written[0]).id == final.id


def test_merging_needs_two_open_proposals_of_the_session_and_is_refused_once_voting_starts(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.propose, titles=("A", "B"))
    fields = {"title": "AB", "body": "b", "theme": "Annat", "addressee": "school"}
    with pytest.raises(InvalidInput):
        merging.merge(db, teacher, council.id, originals=[written[0].id, written[0].id], **fields)
    proposals.reject(db, teacher, written[1].id)
    with pytest.raises(NotFound):
        merging.merge(db, teacher, council.id, originals=[written[0].id, written[1].id], **fields)
    council, _, written = session_at(db, teacher, Phase.vote, titles=("A", "B"))
    with pytest.raises(WrongPhase):
        merging.merge(db, teacher, council.id, originals=[written[0].id, written[1].id], **fields)
    assert live.counts(db, council.id).published == 2
