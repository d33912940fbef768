"""Certify, archive and delete ballots; the audit log; a consistent backup of the live SQLite file."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlmodel import Session, select

from council import auth, backup, ballot_box, lifecycle, results, sessions, voting
from council.errors import InvalidInput, NotAllowed, WrongPhase
from council.models import AuditEvent, Phase
from council.secret_tables import Ballot, BallotChoice

from ..conftest import on_postgres
from .helpers import session_at


def closed_session(db, teacher, votes=4):
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=votes)
    for i, pupil in enumerate(pupils):
        voting.cast(db, pupil=pupil, choices={written[i % 2].id: 1, written[2].id: 1})
    sessions.advance_phase(db, teacher, council.id)
    return council


def test_certified_results_survive_the_deletion_of_the_ballots(db, teacher, admin):
    council = closed_session(db, teacher)
    before = results.for_teacher(db, teacher, council.id)
    lifecycle.certify(db, teacher, council.id)
    lifecycle.archive(db, teacher, council.id)
    assert lifecycle.delete_ballots(db, admin, council.id) == 4
    assert db.exec(select(Ballot)).all() == [] and db.exec(select(BallotChoice)).all() == []
    after = results.for_teacher(db, teacher, council.id)
    assert after.from_certificate and (after.ballots, after.voters, after.joined) == (4, 4, 4)
    assert after.table[["proposal_id", "points", "rank"]].values.tolist() == (
        before.table[["proposal_id", "points", "rank"]].values.tolist()
    )
    assert results.display_table(after, "sv").shape == results.display_table(before, "sv").shape


def test_deleting_ballots_also_removes_the_anonymised_ballots_from_frozen_reports(db, teacher, admin):
    from council import reports

    council = closed_session(db, teacher)
    frozen = reports.freeze(db, teacher, council.id, comment="Kvar efteråt")
    assert len(frozen.data["ballots"]) == 8
    lifecycle.certify(db, teacher, council.id)
    lifecycle.archive(db, teacher, council.id)
    lifecycle.delete_ballots(db, admin, council.id)
    db.expire_all()
    kept = reports.get(db, admin, frozen.id).data
    assert kept["ballots"] == [] and kept["teacher_comment"] == "Kvar efteråt" and kept["results"]


def test_ballots_stay_until_the_session_is_certified_and_archived(db, teacher, admin):
    council = closed_session(db, teacher)
    with pytest.raises(NotAllowed):
        lifecycle.delete_ballots(db, admin, council.id)
    lifecycle.certify(db, teacher, council.id)
    with pytest.raises(NotAllowed):
        lifecycle.delete_ballots(db, admin, council.id)
    lifecycle.archive(db, teacher, council.id)
    with pytest.raises(NotAllowed):
        lifecycle.delete_ballots(db, teacher, council.id)  # only the admin deletes
    assert len(db.exec(select(Ballot)).all()) == 4


def test_results_cannot_be_certified_while_voting(db, teacher):
    council, _, _ = session_at(db, teacher, Phase.vote)
    with pytest.raises(WrongPhase):
        lifecycle.certify(db, teacher, council.id)


def test_archived_session_leaves_the_list_and_its_code_expires(db, teacher):
    council = closed_session(db, teacher, votes=1)
    lifecycle.archive(db, teacher, council.id)
    assert council.id not in [c.id for c in sessions.sessions_for(db, teacher)]
    with pytest.raises(InvalidInput):
        sessions.join(db, code=council.join_code)


def test_audit_log_records_teacher_and_admin_actions_but_no_vote(db, teacher, admin):
    council = closed_session(db, teacher)
    lifecycle.certify(db, teacher, council.id)
    lifecycle.archive(db, admin, council.id)
    lifecycle.delete_ballots(db, admin, council.id)
    lines = lifecycle.audit_log(db, admin)
    actions = {line.action for line in lines}
    assert {
        "user.create_first_admin",
        "user.create",
        "session.create",
        "session.phase",
        "proposal.published",
    } <= actions
    assert {"session.certify", "session.archive", "session.delete_ballots"} <= actions
    assert not any("vote" in line.action or "ballot:" in line.target or "participant" in line.target for line in lines)
    assert {line.username for line in lines} == {"admin", "anna"}
    assert all(event.user_id is not None for event in db.exec(select(AuditEvent)))
    with pytest.raises(NotAllowed):
        lifecycle.audit_log(db, teacher)


def test_sso_maps_an_address_to_its_account_and_refuses_an_unknown_one(db, admin):
    auth.create_user(db, admin, username="berit", password="berit-secret-1", role="teacher", email="Berit@Skola.se")
    assert auth.actor_for_sso(db, email="berit@skola.se ", email_verified=True).username == "berit"
    with pytest.raises(NotAllowed) as refused:
        auth.actor_for_sso(db, email="okand@skola.se", email_verified=True)
    assert refused.value.key == "auth.sso_no_account"
    with pytest.raises(NotAllowed):
        auth.actor_for_sso(db, email=None)


@pytest.mark.skipif(on_postgres(), reason="the backup command copies SQLite files; PostgreSQL uses pg_dump")
def test_backup_while_pupils_vote_is_a_consistent_copy(engine, db, teacher, tmp_path):
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=40)
    db.commit()
    stop = threading.Event()

    def keep_voting():
        with Session(engine) as own:
            for pupil in pupils:
                if stop.is_set():
                    return
                voting.cast(own, pupil=pupil, choices={written[0].id: 1})

    voter = threading.Thread(target=keep_voting)
    voter.start()
    copies = [backup.backup_sqlite(str(engine.url), tmp_path / f"copy{i}.db") for i in range(3)]
    stop.set()
    voter.join()
    for copy in copies:
        with sqlite3.connect(copy["path"]) as check:
            assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            box = check.execute("SELECT name FROM sqlite_master WHERE name = ?", (ballot_box.name(council.id),))
            sealed = f"SELECT count(*) FROM {ballot_box.name(council.id)} WHERE kind = 'b'" if box.fetchone() else ""
            ballots = check.execute(sealed or "SELECT count(*) FROM ballot").fetchone()[0]
            flags = check.execute("SELECT count(*) FROM participant WHERE has_voted").fetchone()[0]
            assert ballots == flags


def test_backup_refuses_a_postgresql_url(tmp_path):
    with pytest.raises(ValueError):
        backup.backup_sqlite("postgresql+psycopg://u@h/db", tmp_path / "x.db")
