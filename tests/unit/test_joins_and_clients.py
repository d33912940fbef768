"""Code guessing and repeated joins are slowed per client; the pupil's credential works once traded, rotates, and
ends when the vote closes; client addresses and websocket origins (issue 17, items 2, 3, 10)."""

from __future__ import annotations

import ipaddress

import pytest

from council import clients, gate, logins, sessions, throttle
from council.errors import InvalidInput, WrongPhase
from council.models import Phase
from council.throttle import Throttled

from .helpers import session_at

SCHOOL = "198.51.100.20"


def test_wrong_codes_from_one_client_meet_a_wait_and_others_do_not(db, teacher):
    council, _, _ = session_at(db, teacher, Phase.propose, titles=())
    for _ in range(throttle.CODE_CLIENT.free + 1):
        with pytest.raises(InvalidInput):
            gate.join(db, code="ZZZZZZ", client=SCHOOL)
    with pytest.raises(Throttled):
        gate.join(db, code=council.join_code, client=SCHOOL)
    with pytest.raises(Throttled):
        gate.progress_for_code(db, code=council.join_code, client=SCHOOL)
    pupil, _ = gate.join(db, code=council.join_code, client="198.51.100.21")
    assert pupil.session_id == council.id


def test_a_class_behind_one_address_joins_but_a_script_joining_over_and_over_slows(db, teacher):
    council, _, _ = session_at(db, teacher, Phase.propose, titles=(), pupils=0)
    for _ in range(30):
        gate.join(db, code=council.join_code, client=SCHOOL)
    subject = f"{SCHOOL}|{council.join_code}"
    for _ in range(throttle.JOIN_CLIENT.free - 30):
        throttle.count(db, throttle.JOIN_CLIENT, subject)
    db.commit()
    gate.join(db, code=council.join_code, client=SCHOOL)  # one past the free ones: it gets in and starts the wait
    with pytest.raises(Throttled):
        gate.join(db, code=council.join_code, client=SCHOOL)
    other, _, _ = session_at(db, teacher, Phase.propose, titles=(), pupils=0)
    gate.join(db, code=other.join_code, client=SCHOOL)  # the next class in the same school still joins


def test_a_whole_school_behind_one_address_joins_the_assembly(db, teacher):
    """300 pupils in the hall share the school's address: the allowance grows with the expected size (issue 16)."""
    council, _, _ = session_at(db, teacher, Phase.propose, titles=(), pupils=0)
    council.expected_size = 300
    db.add(council)
    db.commit()
    for _ in range(300):
        gate.join(db, code=council.join_code, client=SCHOOL)
    assert throttle.join_policy(300).free == 600
    assert throttle.join_policy(27).free == throttle.join_policy(None).free == 120


def test_progress_lookups_with_wrong_codes_count_too(db, teacher):
    for _ in range(throttle.CODE_CLIENT.free + 1):
        with pytest.raises(InvalidInput):
            gate.progress_for_code(db, code="QQQQQQ", client=SCHOOL)
    with pytest.raises(Throttled):
        gate.progress_for_code(db, code="QQQQQQ", client=SCHOOL)


def test_nobody_joins_once_the_vote_is_closed_but_the_progress_page_still_opens(db, teacher):
    council, _, _ = session_at(db, teacher, Phase.closed)
    with pytest.raises(WrongPhase, match="join.closed"):
        gate.join(db, code=council.join_code, client=SCHOOL)
    assert gate.progress_for_code(db, code=council.join_code, client=SCHOOL).question == council.question


def test_the_pupil_cookie_code_rotates_the_credential(db, teacher):
    council, _, _ = session_at(db, teacher, Phase.propose, titles=(), pupils=0)
    pupil, first = sessions.join(db, code=council.join_code)
    code = logins.start_handoff(db, kind=logins.PUPIL, subject_id=pupil.participant_id)
    assert logins.login_cookie(db, code) is None  # a pupil's code opens no login
    cookie = logins.pupil_cookie(db, code)
    assert sessions.resume_pupil(db, cookie) == pupil
    assert sessions.resume_pupil(db, first) is None  # the join's own token stops working
    assert logins.pupil_cookie(db, code) is None  # used up


def test_the_pupil_credential_ends_when_the_vote_closes(db, teacher):
    council, _, written = session_at(db, teacher, Phase.vote)
    pupil, token = sessions.add_participant(db, council)
    db.commit()
    assert sessions.resume_pupil(db, token) == pupil
    sessions.advance_phase(db, teacher, council.id)
    assert sessions.resume_pupil(db, token) is None and written


def test_a_kiosk_session_never_resumes_anyone(db, teacher):
    council, _, _ = session_at(db, teacher, Phase.propose, titles=(), pupils=0)
    pupil, token = sessions.join(db, code=council.join_code)
    council.kiosk = True
    db.add(council)
    db.commit()
    assert sessions.resume_pupil(db, token) is None and pupil


def test_the_control_room_warning_counts_only_shared_code_joins():
    from council.models import CouncilSession

    council = CouncilSession(teacher_id=1, title="t", question="q", join_code="X", expected_size=25)
    assert not sessions.more_joined_than_expected(council, 25)
    assert sessions.more_joined_than_expected(council, 26)
    council.one_time_codes = True
    assert not sessions.more_joined_than_expected(council, 40)
    council.one_time_codes, council.expected_size = False, 0
    assert not sessions.more_joined_than_expected(council, 40)


def test_session_texts_are_cleaned_like_pupil_text(db, teacher):
    council = sessions.create_session(
        db, teacher, title="Kli\x00mat\u202e", question="Hur\x1b[31m?", class_label="6\u200bB"
    )
    assert (council.title, council.question, council.class_label) == ("Klimat", "Hur[31m?", "6B")


PROXY = [ipaddress.ip_network("127.0.0.1/32")]


@pytest.mark.parametrize(
    ("peer", "forwarded", "trusted", "seen"),
    [
        ("203.0.113.5", None, PROXY, "203.0.113.5"),
        ("203.0.113.5", "10.0.0.1", PROXY, "203.0.113.5"),  # a client's own header from outside is ignored
        ("127.0.0.1", "198.51.100.7", PROXY, "198.51.100.7"),  # behind the trusted proxy
        ("127.0.0.1", "1.2.3.4, 198.51.100.7", PROXY, "198.51.100.7"),  # the left part is the client's invention
        ("127.0.0.1", "198.51.100.7", [], "127.0.0.1"),  # no proxy trusted: the proxy is the client
        ("127.0.0.1", "not-an-address", PROXY, "127.0.0.1"),
        ("::ffff:7f00:1", "198.51.100.7", PROXY, "198.51.100.7"),  # IPv4 seen through a dual-stack socket
        (None, "198.51.100.7", PROXY, None),
    ],
)
def test_the_client_address_believes_only_trusted_proxies(peer, forwarded, trusted, seen):
    assert clients.client_address(peer, forwarded, trusted) == seen


@pytest.mark.parametrize(
    ("origin", "host", "allowed"),
    [
        ("http://127.0.0.1:8501", "127.0.0.1:8501", True),
        ("https://klimat.example.se", "klimat.example.se", True),
        ("https://klimat.example.se:443", "klimat.example.se", True),
        (None, "127.0.0.1:8501", True),
        ("http://127.0.0.1:8810", "127.0.0.1:8501", False),
        ("http://localhost:9999", "127.0.0.1:8501", False),
        ("http://localhost:8501", "127.0.0.1:8501", False),
        ("null", "127.0.0.1:8501", False),
        ("https://evil.example", "klimat.example.se", False),
        ("https://intranet.kommun.se", "klimat.example.se", True),
    ],
)
def test_a_websocket_is_for_the_apps_own_pages(origin, host, allowed):
    extra = {"intranet.kommun.se:443"}
    assert clients.same_site_origin(origin, host, extra=extra) is allowed
