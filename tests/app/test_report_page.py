"""The report page: the draft is kept, one committee picker, a forwarding history, a clean projector view."""

from __future__ import annotations

import pytest

from council import committees, reports, sessions, voting
from council.models import Phase

from ..unit.helpers import session_at
from .conftest import app, no_errors


@pytest.fixture
def closed(db, teacher, admin):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    for pupil in pupils:
        voting.cast(db, pupil=pupil, choices={written[0].id: 1, written[1].id: 1})
    sessions.advance_phase(db, teacher, council.id)
    bodies = [committees.add_committee(db, admin, name=n) for n in ("Tekniska nämnden", "Kommunstyrelsen")]
    return council, bodies


def report_page(teacher, council):
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.run()
    return at.switch_page("pages/report.py").run()


def test_the_comment_and_committees_survive_leaving_the_page_without_freezing(teacher, db, closed):
    council, bodies = closed
    at = report_page(teacher, council)
    no_errors(at)
    at.text_area(key="report_comment").input("Klassen arbetade i fyra lektioner.").run()
    at.multiselect(key="report_committees").set_value([bodies[1].id]).run()
    no_errors(at)
    again = report_page(teacher, council)  # a new browser session: a reload, or the next day
    assert again.text_area(key="report_comment").value == "Klassen arbetade i fyra lektioner."
    assert again.multiselect(key="report_committees").value == [bodies[1].id]
    assert reports.versions(db, teacher, council.id) == []


def test_there_is_one_committee_picker(teacher, db, closed):
    council, bodies = closed
    reports.freeze(db, teacher, council.id, committee_ids=[bodies[0].id])
    at = report_page(teacher, council)
    no_errors(at)
    assert [m.label for m in at.multiselect] == ["Till vilka nämnder?", "Förslag att skicka"]  # one committee picker


def test_after_sending_the_page_shows_what_went_where_and_when_and_not_the_form(teacher, db, closed):
    council, bodies = closed
    at = report_page(teacher, council)
    at.multiselect(key="report_committees").set_value([bodies[0].id, bodies[1].id]).run()
    at.button(key="report_freeze").click().run()
    no_errors(at)
    assert any("Version 1 är fryst" in s.value for s in at.success)
    assert any("Skickas till" in m.value and "Tekniska nämnden, Kommunstyrelsen" in m.value for m in at.markdown)
    at.button(key="report_forward").click().run()
    no_errors(at)
    assert any("skickad till 2 nämnder" in s.value for s in at.success)
    assert "report_forward" not in [b.key for b in at.button]
    lines = [m.value for m in at.markdown if "· version 1 ·" in m.value]
    assert sorted(line.split("**")[1] for line in lines) == ["Kommunstyrelsen", "Tekniska nämnden"]
    assert all("besvarade 0 av 3" in line for line in lines)
    assert sum(c.value.startswith("Skickad ") and c.value.endswith(" av anna") for c in at.caption) == 2


def test_large_text_for_the_projector_shows_only_the_report(teacher, db, closed):
    council, bodies = closed
    at = report_page(teacher, council)
    at.text_area(key="report_comment").input("Bra jobbat, 6B!").run()
    at.button(key="report_projector").click().run()
    no_errors(at)
    assert not at.main.text_input and not at.main.text_area and not at.main.multiselect
    assert [b.key for b in at.main.button] == ["report_projector_end"]
    shown = " ".join(m.value for m in at.main.markdown)
    assert "Cykelbanor" in shown and "Bra jobbat, 6B\\!" in shown
    assert any("display: none" in h.proto.body for h in at.get("html"))
    at.button(key="report_projector_end").click().run()
    assert at.text_area(key="report_comment").value == "Bra jobbat, 6B!"


def test_each_priority_is_its_own_line(teacher, db, closed):
    council, _ = closed
    at = report_page(teacher, council)
    lines = [line for m in at.main.markdown for line in m.value.split("  \n")]
    assert any(line.startswith("1\\. ") and "Cykelbanor" in line for line in lines), "the priorities run together"
