"""Builders for unit tests: a session at a given phase, pupils, published proposals."""

from __future__ import annotations

from council import proposals, sessions
from council.models import Phase


def session_at(
    db,
    teacher,
    phase: Phase,
    *,
    titles=("Cykelbanor", "Mindre kött", "Solpaneler"),
    pupils=3,
    method="approval",
    method_params=None,
    expected_size=27,
):
    """A session moved to `phase`, with pupils joined and (from vote on) proposals published."""
    council = sessions.create_session(
        db,
        teacher,
        title="Transporter",
        question="Hur halverar vi utsläppen?",
        expected_size=expected_size,
        method=method,
        method_params=method_params,
    )
    joined = []
    if phase == Phase.draft:
        return council, joined, []
    sessions.advance_phase(db, teacher, council.id)
    joined = [sessions.join(db, code=council.join_code)[0] for _ in range(pupils)]
    written = (
        [
            proposals.submit(db, pupil=joined[i % len(joined)], title=t, body=f"{t} – för klimatet")
            for i, t in enumerate(titles)
        ]
        if joined
        else []
    )
    for proposal in written:
        proposals.publish(db, teacher, proposal.id)
    while council.phase != phase:
        sessions.advance_phase(db, teacher, council.id)
        db.refresh(council)
    return council, joined, written


def ballots_of(db, session_id: int) -> list[dict[int, int]]:
    """Every ballot of the session as its choices, whether still sealed in the session's box or counted."""
    from council import secrecy

    db.commit()
    return secrecy.ballots_in(db.connection(), session_id)


def closed_session(db, teacher, *, titles, ballots, method="approval", method_params=None, expected_size=0):
    """A session run through the services to its closed phase: one pupil per ballot, each ballot given as
    {index into titles: value} and cast through voting.cast."""
    from council import voting

    council, pupils, written = session_at(
        db, teacher, Phase.vote, titles=titles, pupils=len(ballots), method=method, method_params=method_params
    )
    for pupil, ballot in zip(pupils, ballots, strict=True):
        voting.cast(db, pupil=pupil, choices={written[index].id: value for index, value in ballot.items()})
    sessions.advance_phase(db, teacher, council.id)
    db.refresh(council)
    return council, written
