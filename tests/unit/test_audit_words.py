"""The audit log reads as sentences in the admin's language with links; the CSV keeps the raw codes."""

from __future__ import annotations

import csv
import io

from council import audit_words, committees, lifecycle, phases, proposals, reports, sessions, voting
from council.models import Phase

from .helpers import session_at


def closed_and_forwarded(db, teacher, admin):
    council, pupils, written = session_at(db, teacher, Phase.vote, titles=("Cykelbanor", "=HYPERLINK(1)"))
    voting.cast(db, pupil=pupils[0], choices={written[0].id: 1})
    sessions.advance_phase(db, teacher, council.id)
    body = committees.add_committee(db, admin, name="Tekniska nämnden")
    report = reports.freeze(db, teacher, council.id, committee_ids=[body.id])
    (forwarding,) = committees.forward(db, teacher, report.id, committee_ids=[body.id])
    return council, written, report, forwarding


def test_each_line_is_a_sentence_with_a_link_to_what_it_names(db, teacher, admin):
    council, written, report, forwarding = closed_and_forwarded(db, teacher, admin)
    entries = audit_words.in_words(db, admin, lifecycle.audit_log(db, admin), "sv")
    said = {entry.words: entry.link for entry in entries}
    assert said["flyttade ”Transporter” till fasen Rösta"] == f"session?session={council.id}"
    assert said["publicerade förslaget ”Cykelbanor”"] == f"session?session={council.id}"
    assert said["frös version 1 av rapporten för ”Transporter”"] == f"report?session={council.id}"
    assert said["skickade version 1 av rapporten för ”Transporter” till Tekniska nämnden"] == (
        f"report?session={council.id}"
    )
    assert said["skapade kontot anna"] == "accounts"
    assert said["lade till nämnden Tekniska nämnden"] == "committees"
    assert not [entry for entry in entries if ":" in entry.words and entry.words.startswith(entry.action)]


def test_the_words_follow_the_admins_language(db, teacher, admin):
    council, _, _ = session_at(db, teacher, Phase.propose)
    phases.step_back(db, teacher, council.id)
    entries = audit_words.in_words(db, admin, lifecycle.audit_log(db, admin), "en")
    assert "moved “Transporter” back to the Preparation phase" in {e.words for e in entries}
    assert "created the council “Transporter”" in {e.words for e in entries}


def test_an_answer_links_to_the_answer_page_and_unknown_codes_stay_readable(db, teacher, admin):
    from council.auth import record

    council, written, report, forwarding = closed_and_forwarded(db, teacher, admin)
    committees.answer(db, admin, forwarding.id, proposal_id=written[0].id, status="will_do", text="Vi gör det.")
    record(db, admin, "report.withdraw", f"forwarding:{forwarding.id}")
    db.commit()
    entries = audit_words.in_words(db, admin, lifecycle.audit_log(db, admin), "sv")
    answer = next(e for e in entries if e.action == "answer.give")
    assert answer.words == "svarade på förslaget ”Cykelbanor” för Tekniska nämnden"
    assert answer.link == f"answer?forwarding={forwarding.id}"
    unknown = next(e for e in entries if e.action == "report.withdraw")
    assert unknown.words == f"report.withdraw forwarding:{forwarding.id}" and unknown.link == ""


def test_the_csv_keeps_the_codes_and_neutralises_formulas(db, teacher, admin):
    council, written, _, _ = closed_and_forwarded(db, teacher, admin)
    entries = audit_words.in_words(db, admin, lifecycle.audit_log(db, admin), "sv")
    rows = list(csv.reader(io.StringIO(audit_words.csv_bytes(entries, "sv").decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["tid (UTC)", "vem", "kod", "gäller (kod)", "vad"]
    codes = {(row[2], row[3]) for row in rows[1:]}
    assert ("session.phase", f"session:{council.id}:vote") in codes
    published = [row for row in rows if row[2] == "proposal.published" and "HYPERLINK" in row[4]]
    assert published and published[0][4].startswith("publicerade"), "a pupil's title stays inside the sentence"
    assert all(not cell.startswith("=") for row in rows for cell in row)
    assert proposals.published(db, council.id)
