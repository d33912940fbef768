"""The e-mail queue against a real SMTP server (aiosmtpd): forwarded, 30 days left, overdue, answers for the
teacher; nothing twice, nothing lost when the server is down, one sender per message with two workers."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from sqlmodel import Session, select

from council import accounts_mail, auth, committees, mail, mailworker, notify, outbox, reports, sessions, voting
from council.models import Phase, Role, utcnow
from council.runtime_tables import OutboxMessage

from .helpers import session_at
from .smtp_server import SmtpServer

NOW = utcnow() - dt.timedelta(seconds=5)  # queued rows made in a test are due from their own time on


@pytest.fixture
def server():
    running = SmtpServer().start()
    yield running
    running.stop()


def settings_for(server: SmtpServer, **extra) -> mail.SmtpSettings:
    return mail.SmtpSettings(
        host="127.0.0.1", port=server.port, starttls=False, sender="klimatradet@kommun.se", **extra
    )


def drain(db, server, *, now=None, worker="w1"):
    settings = settings_for(server)
    return outbox.drain(db, lambda rows: mail.send_all(settings, rows), worker=worker, now=now or utcnow())


@pytest.fixture
def world(db, admin, teacher):
    """A closed session of 5 voters with a frozen report; Tekniska nämnden with two members who have addresses
    (one a shared registry box) and one without; the teacher has an address."""
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=5)
    for pupil in pupils:
        voting.cast(db, pupil=pupil, choices={written[0].id: 1})
    sessions.advance_phase(db, teacher, council.id)
    body = committees.add_committee(db, admin, name="Tekniska nämnden")
    nils = auth.create_user(
        db,
        admin,
        username="nils",
        password="nils-secret",
        role=Role.committee,
        committee_id=body.id,
        email="nils@kommun.se",
    )
    reg = auth.create_user(db, admin, username="reg", password="reg-secret1", role=Role.committee, committee_id=body.id)
    accounts_mail.set_notification_address(db, admin, reg.id, address="Tekniska.Registrator@kommun.se")
    auth.create_user(db, admin, username="tyst", password="tyst-secret", role=Role.committee, committee_id=body.id)
    accounts_mail.set_notification_address(db, admin, teacher.user_id, address="anna@skolan.se")
    report = reports.freeze(db, teacher, council.id)
    return {"council": council, "written": written, "report": report, "body": body, "nils": auth.actor_for(nils)}


def forward(db, teacher, world, deadline=None, proposal_ids=None):
    (made,) = committees.forward(
        db,
        teacher,
        world["report"].id,
        committee_ids=[world["body"].id],
        deadline=deadline,
        proposal_ids=proposal_ids,
        app_url="https://kr.example",
    )
    return made


def test_forwarding_mails_each_member_with_an_address_once(db, teacher, world, server):
    forwarding = forward(db, teacher, world)
    forward(db, teacher, world)  # the deadline moved: no second 'new report' e-mail
    outcomes = drain(db, server)
    assert [o.error for o in outcomes] == [None, None]
    assert sorted(m["To"] for m in server.inbox.messages) == ["nils@kommun.se", "tekniska.registrator@kommun.se"]
    message = server.inbox.to("nils@kommun.se")[0]
    assert "Ny rapport" in message["Subject"]
    body = message.get_payload(decode=True).decode()
    assert f"https://kr.example/answer?forwarding={forwarding.id}" in body and "Cykelbanor" not in body
    assert drain(db, server) == []


def test_thirty_days_before_the_deadline_and_when_overdue_members_are_reminded_once(db, teacher, world, server):
    forwarding = forward(db, teacher, world)
    drain(db, server)
    deadline = forwarding.deadline
    far = dt.datetime.combine(deadline - dt.timedelta(days=31), dt.time(8), tzinfo=dt.UTC)
    assert notify.schedule(db, now=far) == 0
    soon = dt.datetime.combine(deadline - dt.timedelta(days=30), dt.time(8), tzinfo=dt.UTC)
    assert notify.schedule(db, now=soon) == 2
    assert notify.schedule(db, now=soon + dt.timedelta(days=3)) == 0
    late = dt.datetime.combine(deadline + dt.timedelta(days=1), dt.time(8), tzinfo=dt.UTC)
    assert notify.schedule(db, now=late) == 2
    assert notify.schedule(db, now=late + dt.timedelta(days=7)) == 0
    drain(db, server, now=late)
    subjects = [m["Subject"] for m in server.inbox.to("nils@kommun.se")]
    assert len(subjects) == 3 and "Påminnelse" in subjects[1] and "Försenat" in subjects[2]
    assert "3 obesvarade" in server.inbox.to("nils@kommun.se")[1].get_payload(decode=True).decode()


def test_no_reminder_once_every_proposal_is_answered_or_the_forwarding_is_withdrawn(db, teacher, world, server):
    from council import registry

    forwarding = forward(db, teacher, world, proposal_ids=[world["written"][0].id])
    committees.answer(
        db, world["nils"], forwarding.id, proposal_id=world["written"][0].id, status="not_now", text="Nej."
    )
    late = dt.datetime.combine(forwarding.deadline + dt.timedelta(days=1), dt.time(8), tzinfo=dt.UTC)
    scheduled = notify.schedule(db, now=late)
    assert scheduled == 1  # only the teacher's 'answers arrived'
    registry.withdraw(db, teacher, forwarding.id)
    assert notify.schedule(db, now=late + dt.timedelta(days=1)) == 0


def test_the_teacher_hears_of_answers_once_after_a_quiet_moment(db, teacher, world, server):
    forwarding = forward(db, teacher, world)
    drain(db, server)
    first = committees.answer(
        db, world["nils"], forwarding.id, proposal_id=world["written"][0].id, status="investigating", text="Vi utreder."
    )
    answered = first.answered_at
    assert notify.schedule(db, now=answered + dt.timedelta(minutes=5)) == 0  # still answering
    assert notify.schedule(db, now=answered + dt.timedelta(minutes=11)) == 1
    assert notify.schedule(db, now=answered + dt.timedelta(minutes=30)) == 0
    committees.answer(
        db, world["nils"], forwarding.id, proposal_id=world["written"][0].id, status="will_do", text="Vi gör det.",
        replaces=first.id,
    )  # fmt: skip
    assert notify.schedule(db, now=utcnow() + dt.timedelta(minutes=11)) == 1
    drain(db, server, now=utcnow() + dt.timedelta(minutes=12))
    told = server.inbox.to("anna@skolan.se")
    assert len(told) == 2 and "har svarat" in told[0]["Subject"]


def test_server_down_then_up_loses_nothing(db, teacher, world, server):
    forward(db, teacher, world)
    NOW = utcnow()  # noqa: N806
    server.stop()
    failed = drain(db, server, now=NOW)
    assert len(failed) == 2 and all(o.error and not o.permanent for o in failed)
    rows = db.exec(select(OutboxMessage)).all()
    assert {(r.status, r.attempts) for r in rows} == {("pending", 1)}
    assert drain(db, server, now=NOW + dt.timedelta(seconds=10)) == []  # backing off
    assert drain(db, server, now=NOW + dt.timedelta(seconds=31))[0].error  # still down: 2nd attempt
    db.expire_all()
    assert {r.next_attempt_at - NOW for r in db.exec(select(OutboxMessage))} == {dt.timedelta(seconds=91)}
    server.start()
    assert [o.error for o in drain(db, server, now=NOW + dt.timedelta(seconds=92))] == [None, None]
    assert len(server.inbox.messages) == 2
    db.expire_all()
    assert {r.status for r in db.exec(select(OutboxMessage))} == {"sent"}


def test_a_refused_address_fails_for_good_and_the_admin_can_retry(db, admin, teacher, world):
    refusing = SmtpServer(refuse=("nils@kommun.se",)).start()
    try:
        forward(db, teacher, world)
        outcomes = drain(db, refusing)
        assert sorted((o.error is None, o.permanent) for o in outcomes) == [(False, True), (True, False)]
        assert outbox.counts(db, admin) == {"pending": 0, "sending": 0, "sent": 1, "failed": 1}
        assert outbox.retry_failed(db, admin) == 1
        assert outbox.counts(db, admin)["pending"] == 1
    finally:
        refusing.stop()


def test_login_with_user_and_password(db, teacher, world):
    guarded = SmtpServer(login=("klimat", "hemligt")).start()
    try:
        forward(db, teacher, world)
        NOW = utcnow()  # noqa: N806
        good = mail.SmtpSettings(
            host="127.0.0.1", port=guarded.port, starttls=False, user="klimat", password="hemligt", sender="k@kommun.se"
        )
        bad = mail.SmtpSettings(
            host="127.0.0.1", port=guarded.port, starttls=False, user="klimat", password="fel", sender="k@kommun.se"
        )
        assert all(o.error for o in outbox.drain(db, lambda rows: mail.send_all(bad, rows), worker="w", now=NOW))
        later = NOW + dt.timedelta(minutes=1)
        assert [o.error for o in outbox.drain(db, lambda r: mail.send_all(good, r), worker="w", now=later)] == [
            None
        ] * 2
        assert len(guarded.inbox.messages) == 2
    finally:
        guarded.stop()


def test_two_workers_never_send_the_same_message(engine, db, server):
    with Session(engine) as writing:
        for n in range(30):
            outbox.enqueue(writing, outbox.Mail("forwarded", f"k{n}", f"m{n}@kommun.se", f"Ämne {n}", "Text"), now=NOW)
        writing.commit()
    settings = settings_for(server)

    def work(name: str) -> None:
        with Session(engine, expire_on_commit=False) as own:
            while outbox.drain(own, lambda rows: mail.send_all(settings, rows), worker=name, now=NOW):
                pass

    workers = [threading.Thread(target=work, args=(f"w{i}",)) for i in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    received = sorted(m["Subject"] for m in server.inbox.messages)
    assert received == sorted(f"Ämne {n}" for n in range(30))


def test_the_worker_thread_sends_when_woken_and_starts_once(engine, db, teacher, world, server):
    settings = settings_for(server)
    try:
        first = mailworker.start_once(engine, settings, poll=30, schedule_every=3600)
        assert mailworker.start_once(engine, settings) is first
        forward(db, teacher, world)
        mailworker.wake_all()
        deadline = time.monotonic() + 20
        while len(server.inbox.messages) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(server.inbox.messages) == 2
    finally:
        mailworker.stop_all()


def test_settings_need_a_host_and_a_sender():
    assert mail.SmtpSettings.from_mapping(None) is None
    assert mail.SmtpSettings.from_mapping({"host": "smtp.kommun.se"}) is None
    found = mail.SmtpSettings.from_mapping(
        {"host": "smtp.kommun.se", "sender": "k@kommun.se", "port": "25", "starttls": False, "app_url": "https://x/"}
    )
    assert (found.port, found.starttls, found.app_url) == (25, False, "https://x")
