"""Every answer back: to each class (with its own code), to the follow-up meeting, and to the public as open data."""

from __future__ import annotations

import json

import pytest

from council import auth, committees, ratingcodes
from council.errors import NotAllowed, NotFound, WrongPhase
from council.models import Role
from council.rounds import backtrack, meeting, public, report, routing, wording

from .round_helpers import RATING_CODES, all_classes_sent, approve_all, voted_groups, world


@pytest.fixture
def answered(db, admin):
    """A forwarded round: BUN answered the solar proposal, Tekniska nämnden has not answered the cycle paths."""
    w = world(db, admin)
    all_classes_sent(db, w)
    g = voted_groups(db, w)
    approve_all(db, g.energy, g.energy_reps[0])
    approve_all(db, g.everyday, g.everyday_reps[0])
    report.freeze(db, w.coordinator, w.round_id)
    bodies = {name: committees.add_committee(db, admin, name=name) for name in ("Tekniska nämnden", "BUN")}
    routing.set_defaults(
        db,
        w.coordinator,
        w.round_id,
        mapping={"bun": bodies["BUN"].id, "other_committee": bodies["Tekniska nämnden"].id},
    )
    made = {f.committee_id: f for f in routing.forward(db, w.coordinator, w.round_id)}
    member = auth.actor_for(
        auth.create_user(
            db, admin, username="bun", password="bun-secret-1", role=Role.committee, committee_id=bodies["BUN"].id
        )
    )
    committees.answer(
        db,
        member,
        made[bodies["BUN"].id].id,
        proposal_id=g.solar.id,
        status="will_do",
        text="Alla skolor får solpaneler till 2028.",
    )
    return w, g


def test_a_class_reads_where_its_proposals_went_and_the_answer_with_its_own_code(db, answered):
    w, g = answered
    news = backtrack.for_code(db, code=w.classes["6A"].join_code)
    fates = {fate.title: fate for fate in news.fates}
    solar = fates["Solpaneler på skolans tak"]
    assert (solar.stage, solar.became, solar.merged, solar.committee) == (
        "answered",
        "Solenergi på alla skolor",
        True,
        "BUN",
    )
    assert solar.answer.text == "Alla skolor får solpaneler till 2028."
    cycle = fates["Cykelbanor till skolan"]
    assert (cycle.stage, cycle.became, cycle.committee) == (
        "waiting",
        "Säkra cykelvägar till alla skolor",
        "Tekniska nämnden",
    )
    assert news.forwarded and news.title == "Klimatrundan 2026"


def test_a_proposal_the_group_did_not_keep_says_so(db, admin):
    w = world(db, admin)
    all_classes_sent(db, w)
    from council.rounds import rounds

    rounds.update(db, w.coordinator, w.round_id, per_group=1)
    voted_groups(db, w)
    fates = {f.title: f.stage for f in backtrack.for_session(db, w.classes["6B"]).fates}
    assert fates["Solceller på taket"] == "not_kept"
    assert fates["Solpaneler på alla skolor"] == "on_list"


def test_a_passed_on_proposal_tells_the_class_where_it_went(db, answered):
    w, _ = answered
    fates = {f.title: f for f in backtrack.for_session(db, w.classes["5C"]).fates}
    bus = fates["Gratis busskort för alla elever"]
    assert (bus.stage, bus.passed_to) == ("passed_on", "Regionen")


def test_nothing_says_which_pupil_wrote_what(db, answered):
    w, _ = answered
    news = backtrack.for_session(db, w.classes["6A"])
    fields = {name for fate in news.fates for name in vars(fate)}
    assert fields == {"title", "stage", "became", "committee", "answer", "passed_to"}


def test_the_meeting_shows_each_answered_proposal_and_sums_up(db, answered):
    w, _ = answered
    shown = meeting.meeting(db, w.coordinator, w.round_id)
    assert [(s.title, s.status) for s in shown.slides] == [
        ("Solenergi på alla skolor", "will_do"),
        ("Solceller på taket", "passed_on"),
        ("Gratis busskort för alla elever", "passed_on"),
    ]
    assert shown.summary == {"will_do": 1, "passed_on": 2, "waiting": 2}
    assert shown.funnel["written"] == 9 and shown.funnel["final"] == 5


def test_the_meeting_waits_for_the_forwarding_and_for_the_coordinator(db, admin):
    w = world(db, admin)
    with pytest.raises(WrongPhase):
        meeting.meeting(db, w.coordinator, w.round_id)
    with pytest.raises(NotAllowed):
        meeting.meeting(db, w.anna, w.round_id)


def test_pupils_of_a_class_rate_the_rounds_answers_once(db, answered):
    from council.errors import AlreadyVoted

    w, _ = answered
    council = w.classes["6A"]
    code = RATING_CODES[council.id][0]
    ratingcodes.rate(db, class_code=council.join_code, rating_code=code, score=8)
    with pytest.raises(AlreadyVoted):
        ratingcodes.rate(db, class_code=council.join_code, rating_code=code, score=2)
    assert meeting.rating_summary(db, w.round_id) == (1, None)


def test_the_public_table_lists_every_forwarded_proposal_with_status_and_reason(db, answered):
    w, _ = answered
    council_round = public.published(db, "klimatrundan-2026")
    table = public.answers_table(db, council_round)
    assert table[["title", "status", "committee"]].values.tolist() == [
        ["Solenergi på alla skolor", "will_do", "BUN"],
        ["Solceller på taket", "passed_on", "Ett kommunalt bolag"],
        ["Gratis busskort för alla elever", "passed_on", "Regionen"],
        ["Säkra cykelvägar till alla skolor", "waiting", ""],
        ["Vegetarisk dag varje vecka", "waiting", ""],
    ]
    assert table.loc[0, "answer"] == "Alla skolor får solpaneler till 2028."
    only = public.filtered(table, themes=["Energi"], statuses=["will_do"])
    assert only["title"].tolist() == ["Solenergi på alla skolor"]


def test_a_round_not_yet_forwarded_has_no_public_page(db, admin):
    world(db, admin)
    with pytest.raises(NotFound):
        public.published(db, "klimatrundan-2026")
    with pytest.raises(NotFound):
        public.published(db, "no-such-round")


def test_open_data_agree_and_show_nothing_a_pupil_wrote_outside_the_list(db, answered):
    w, _ = answered
    plain, _ = public.open_data(db, "klimatrundan-2026", "answers.csv")
    excel, _ = public.open_data(db, "klimatrundan-2026", "answers-excel.csv")
    document, kind = public.open_data(db, "klimatrundan-2026", "answers.json")
    assert kind == "application/json"
    text = plain.decode("utf-8")
    assert text.splitlines()[0].startswith("number,theme,title,body,addressee,committee,status,answer")
    assert "Solenergi på alla skolor" in text and ",will_do," in text
    swedish = excel.decode("utf-8-sig")
    assert swedish.splitlines()[0].startswith("Nr;Tema;Förslag;") and "Ska göras" in swedish
    assert swedish.splitlines()[1].endswith(";0,6")  # shares with a decimal comma
    parsed = json.loads(document)
    assert parsed["round"]["slug"] == "klimatrundan-2026" and len(parsed["proposals"]) == 5
    solar = parsed["proposals"][0]
    assert solar["status"] == "will_do" and "Det kostar mycket." in solar["arguments"]["against"]
    for written in (text, swedish, document.decode()):
        for original in ("Solpaneler på skolans tak", "Cykelbanor till skolan", "6A", "6B", "5C"):
            assert original not in written


def test_formula_looking_text_is_neutralised_in_both_csv_files(db, answered):
    w, g = answered
    item = wording.items_of(db, g.everyday.id)[2]
    from council.models import Proposal

    proposal = db.get(Proposal, item.proposal.id)
    table = public.answers_table(db, public.published(db, "klimatrundan-2026"))
    table.loc[table["proposal_id"] == proposal.id, "title"] = '=HYPERLINK("http://x")'
    assert "'=HYPERLINK" in public.csv_plain(table).decode()
    assert "'=HYPERLINK" in public.csv_excel(table).decode("utf-8-sig")
