from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from council import auth, committees, dashboard, progress, ratingcodes, reports, sessions, voting
from council.errors import AlreadyVoted, InvalidInput, NotAllowed, NotFound, WrongPhase
from council.models import CouncilSession, Phase, Role
from council.secret_tables import AnswerRating

from .helpers import session_at


@pytest.fixture
def setup(db, admin, teacher):
    """A closed session of 6 voters with a frozen report, and two committees with one member each."""
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=6)
    tokens = []
    codes = [voting.cast(db, pupil=pupil, choices={written[i % 3].id: 1}) for i, pupil in enumerate(pupils)]
    sessions.advance_phase(db, teacher, council.id)
    tekniska = committees.add_committee(db, admin, name="Tekniska nämnden")
    bun = committees.add_committee(db, admin, name="Barn- och ungdomsnämnden")
    member = auth.actor_for(
        auth.create_user(
            db, admin, username="nils", password="nils-secret", role=Role.committee, committee_id=tekniska.id
        )
    )
    other = auth.actor_for(
        auth.create_user(db, admin, username="olle", password="olle-secret", role=Role.committee, committee_id=bun.id)
    )
    report = reports.freeze(db, teacher, council.id, committee_ids=[tekniska.id])
    return {
        "council": council,
        "pupils": pupils,
        "written": written,
        "report": report,
        "tekniska": tekniska,
        "bun": bun,
        "member": member,
        "other": other,
        "tokens": tokens,
        "codes": codes,
    }


def test_only_the_admin_adds_committees(db, teacher):
    with pytest.raises(NotAllowed):
        committees.add_committee(db, teacher, name="Kommunstyrelsen")


def test_forwarding_sets_the_phase_and_a_six_month_deadline(db, teacher, setup):
    made = committees.forward(db, teacher, setup["report"].id, committee_ids=[setup["tekniska"].id])
    assert made[0].deadline == dt.date.today() + dt.timedelta(days=183)
    assert db.get(CouncilSession, setup["council"].id).phase == Phase.forwarded
    with pytest.raises(InvalidInput):
        committees.forward(db, teacher, setup["report"].id, committee_ids=[])


def test_a_forward_refused_halfway_leaves_nothing_behind_when_the_session_goes_on(engine, db, teacher, setup):
    from sqlmodel import Session

    from council.forwarding_tables import Forwarding

    with pytest.raises(InvalidInput, match="report.unknown_committee"):
        committees.forward(db, teacher, setup["report"].id, committee_ids=[setup["tekniska"].id, 999])
    committees.create_share_link(db, teacher, setup["report"].id)  # the next action in the same db session
    with Session(engine) as other:
        assert other.exec(select(Forwarding)).all() == []
        assert other.get(CouncilSession, setup["council"].id).phase == Phase.closed


def test_a_committee_member_sees_only_what_was_sent_to_their_committee(db, teacher, setup):
    (forwarding,) = committees.forward(db, teacher, setup["report"].id, committee_ids=[setup["tekniska"].id])
    assert [i.forwarding.id for i in committees.inbox(db, setup["member"])] == [forwarding.id]
    assert committees.inbox(db, setup["other"]) == []
    with pytest.raises(NotAllowed):
        committees.forwarding_for(db, setup["other"], forwarding.id)
    with pytest.raises(NotAllowed):
        committees.answer(
            db, setup["other"], forwarding.id, proposal_id=setup["written"][0].id, status="will_do", text="Vi gör det"
        )
    assert dashboard.priorities(db, setup["other"])[0].empty
    assert len(dashboard.priorities(db, setup["member"])[0]) == 3


def test_teachers_and_pupils_cannot_answer(db, teacher, setup):
    (forwarding,) = committees.forward(db, teacher, setup["report"].id, committee_ids=[setup["tekniska"].id])
    with pytest.raises(NotAllowed):
        committees.answer(db, teacher, forwarding.id, proposal_id=setup["written"][0].id, status="will_do", text="x")
    with pytest.raises(NotAllowed):
        committees.answer(db, None, forwarding.id, proposal_id=setup["written"][0].id, status="will_do", text="x")


def test_answers_keep_their_history_and_reach_the_pupils_by_code(db, teacher, setup):
    (forwarding,) = committees.forward(db, teacher, setup["report"].id, committee_ids=[setup["tekniska"].id])
    pid = setup["written"][0].id
    first = committees.answer(
        db, setup["member"], forwarding.id, proposal_id=pid, status="investigating", text="Vi utreder"
    )
    committees.answer(
        db, setup["member"], forwarding.id, proposal_id=pid, status="will_do", text="Vi bygger 2027", replaces=first.id
    )
    assert [a.status for a in committees.answer_history(db, forwarding.id, pid)] == ["investigating", "will_do"]
    assert [a.text for a in committees.histories(db, forwarding.id)[pid]] == ["Vi utreder", "Vi bygger 2027"]
    news = progress.progress_for_code(db, code=setup["council"].join_code.lower())
    first = next(n for n in news.proposals if n.title == "Cykelbanor")
    assert [(name, a.text) for name, a in first.answers] == [("Tekniska nämnden", "Vi bygger 2027")]
    assert [(name, a.status) for name, a in first.earlier] == [("Tekniska nämnden", "investigating")]


@pytest.mark.parametrize("status,text,passed_to", [("nope", "x", ""), ("will_do", "", ""), ("not_ours", "x", "")])
def test_a_bad_answer_is_refused(db, teacher, setup, status, text, passed_to):
    (forwarding,) = committees.forward(db, teacher, setup["report"].id, committee_ids=[setup["tekniska"].id])
    with pytest.raises(InvalidInput):
        committees.answer(
            db,
            setup["member"],
            forwarding.id,
            proposal_id=setup["written"][0].id,
            status=status,
            text=text,
            passed_to=passed_to,
        )


def test_a_share_link_opens_only_its_report_and_fails_once_revoked(db, teacher, setup):
    token = committees.create_share_link(db, teacher, setup["report"].id)
    assert committees.shared_report(db, token).id == setup["report"].id
    for wrong in ("", "x" * 500, token[:-1] + ("A" if token[-1] != "A" else "B")):
        with pytest.raises(NotFound):
            committees.shared_report(db, wrong)
    committees.revoke_share_link(db, teacher, setup["report"].id)
    with pytest.raises(NotFound):
        committees.shared_report(db, token)


def test_switching_off_reaches_the_links_of_older_versions_too(db, teacher, setup):
    first = setup["report"]
    old_token = committees.create_share_link(db, teacher, first.id)
    newer = reports.freeze(db, teacher, setup["council"].id, title="Version två")
    assert committees.shared_report(db, old_token).id == first.id  # a new version alone changes no link
    assert committees.share_link_open(db, teacher, newer.id)
    committees.revoke_share_link(db, teacher, newer.id)  # the page's button acts on the latest version
    with pytest.raises(NotFound):
        committees.shared_report(db, old_token)
    assert not committees.share_link_open(db, teacher, newer.id)


def test_a_new_link_replaces_every_earlier_one_of_the_session(db, teacher, setup):
    old_token = committees.create_share_link(db, teacher, setup["report"].id)
    newer = reports.freeze(db, teacher, setup["council"].id, title="Version två")
    new_token = committees.create_share_link(db, teacher, newer.id)
    assert committees.shared_report(db, new_token).id == newer.id
    with pytest.raises(NotFound):
        committees.shared_report(db, old_token)


def test_pupils_rate_once_with_their_code_anonymously_and_the_mean_shows_from_five(db, teacher, setup):
    codes, code = setup["codes"], setup["council"].join_code
    with pytest.raises(WrongPhase):
        ratingcodes.rate(db, class_code=code, rating_code=codes[0], score=7)
    committees.forward(db, teacher, setup["report"].id, committee_ids=[setup["tekniska"].id])
    for score, rating_code in zip((7, 8, 9, 10), codes, strict=False):
        ratingcodes.rate(db, class_code=code, rating_code=rating_code, score=score)
    with pytest.raises(AlreadyVoted):
        ratingcodes.rate(db, class_code=code, rating_code=codes[0], score=1)
    assert progress.rating_summary(db, setup["council"].id) == (4, None)
    ratingcodes.rate(db, class_code=code, rating_code=ratingcodes.shown(codes[4]).lower(), score=6)
    assert progress.rating_summary(db, setup["council"].id) == (5, 8.0)
    with pytest.raises(InvalidInput):
        ratingcodes.rate(db, class_code=code, rating_code=codes[5], score=11)
    with pytest.raises(InvalidInput):
        ratingcodes.rate(db, class_code=code, rating_code="ABCDEFGH", score=5)
    with pytest.raises(WrongPhase, match="join.closed"):  # nobody joins once the vote is closed
        sessions.join(db, code=setup["council"].join_code)
    db.rollback()
    columns = {c for c in AnswerRating.model_fields}
    assert columns == {"id", "session_id", "score"}
    assert len(db.exec(select(AnswerRating)).all()) == 5


def test_dashboard_filters_suppresses_small_reports_and_exports(db, teacher, admin, setup):
    committees.forward(db, teacher, setup["report"].id, committee_ids=[setup["tekniska"].id])
    small, pupils, written = session_at(db, teacher, Phase.vote, pupils=2, titles=("=HYPERLINK(1)",))
    voting.cast(db, pupil=pupils[0], choices={written[0].id: 1})
    sessions.advance_phase(db, teacher, small.id)
    committees.forward(db, teacher, reports.freeze(db, teacher, small.id).id, committee_ids=[setup["tekniska"].id])
    table, suppressed = dashboard.priorities(db, admin)
    assert suppressed == 1 and "=HYPERLINK(1)" not in set(table["title"])
    assert set(table["status"]) == {"pending"}
    only = dashboard.apply_filters(table, dashboard.Filters(classes=("9C",)))
    assert only.empty
    assert dashboard.top_proposals(table).iloc[0]["title"] in {"Cykelbanor", "Mindre kött", "Solpaneler"}
    assert dashboard.status_counts(table).set_index("status").loc["pending", "proposals"] == 3
    assert dashboard.to_csv(table, "sv").decode("utf-8-sig").startswith("Skola")
    assert dashboard.to_xlsx(table, "en")[:2] == b"PK"


def test_the_demo_shows_a_changed_answer_on_the_progress_page(db):
    from sqlmodel import select

    from council import demo
    from council.models import CouncilSession, Phase

    assert demo.seed_if_empty(db)
    forwarded = next(c for c in db.exec(select(CouncilSession)) if c.phase == Phase.forwarded)
    news = progress.progress_for_code(db, code=forwarded.join_code)
    changed = [item for item in news.proposals if item.earlier]
    assert len(changed) == 1 and changed[0].answers[0][1].status == "will_do"
    assert changed[0].earlier[0][1].status == "investigating"


def test_a_demo_that_fails_halfway_leaves_the_install_empty(db, monkeypatch):
    from council import demo

    broken = [(title, body, "Ingen sådan tema", addressee) for title, body, _, addressee in demo.DEMO_PROPOSALS]
    monkeypatch.setattr(demo, "DEMO_PROPOSALS", broken)
    with pytest.raises(InvalidInput):
        demo.seed_if_empty(db)
    assert auth.needs_setup(db)
    assert db.exec(select(CouncilSession)).all() == []


def test_guessing_rating_codes_from_one_client_meets_a_wait_and_others_still_rate(db, teacher, setup):
    from council import gate, throttle
    from council.throttle import Throttled

    code = setup["council"].join_code
    committees.forward(db, teacher, setup["report"].id, committee_ids=[setup["tekniska"].id])
    for _ in range(throttle.CODE_CLIENT.free + 1):
        with pytest.raises(InvalidInput, match="rating.bad_code"):
            gate.rate(db, class_code=code, rating_code="ABCDEFGH", score=5, client="198.51.100.7")
    with pytest.raises(Throttled):  # even a right code waits now, and nothing is stored
        gate.rate(db, class_code=code, rating_code=setup["codes"][0], score=5, client="198.51.100.7")
    assert progress.rating_summary(db, setup["council"].id)[0] == 0
    gate.rate(db, class_code=code, rating_code=setup["codes"][0], score=5, client="198.51.100.8")
    assert progress.rating_summary(db, setup["council"].id)[0] == 1


def test_the_dashboard_writes_shares_by_the_reports_rule():
    """Same base as the report (voters supporting of ballots), and '~' where plain rounding would mislead."""
    import pandas as pd

    table = pd.DataFrame(
        {
            "status": ["answered"] * 4,
            "voters_supporting": [3, 1, 24, 0],
            "ballots": [25, 400, 25, 0],
            "share_of_voters": [3 / 25, 1 / 400, 24 / 25, 0.0],
        }
    )
    shown = dashboard.translated(table, "sv")
    assert [share.replace("\xa0", " ") for share in shown["Andel av de röstande"]] == ["12 %", "~0 %", "~100 %", "0 %"]
