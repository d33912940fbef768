from __future__ import annotations

import io

import pandas as pd
import pytest

from council import auth, exports, logins, proposals
from council.errors import InvalidInput, NotAllowed, WrongPhase
from council.models import Phase, ProposalStatus, Role

from .helpers import session_at

# --- proposals and moderation --------------------------------------------------------------


def test_proposal_text_is_trimmed_and_kept_as_typed(db, teacher):
    _, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    proposal = proposals.submit(
        db, pupil=pupils[0], title="  <script>alert(1)</script>  ", body="[x](javascript:alert(1))\nrad två"
    )
    assert proposal.title == "<script>alert(1)</script>"
    assert proposal.body == "[x](javascript:alert(1))\nrad två"
    assert proposal.status == ProposalStatus.pending


@pytest.mark.parametrize("title,body", [("", "text"), ("titel", "   "), ("x" * 121, "text"), ("titel", "y" * 1001)])
def test_empty_or_too_long_proposal_is_refused(db, teacher, title, body):
    _, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    with pytest.raises(InvalidInput):
        proposals.submit(db, pupil=pupils[0], title=title, body=body)
    assert proposals.mine(db, pupil=pupils[0]) == []


def test_proposals_only_in_the_propose_phase(db, teacher):
    _, pupils, _ = session_at(db, teacher, Phase.vote)
    with pytest.raises(WrongPhase):
        proposals.submit(db, pupil=pupils[0], title="Sent", body="För sent")


def test_reject_with_reason_reaches_the_author(db, teacher):
    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    proposal = proposals.submit(db, pupil=pupils[0], title="Förbjud bilar", body="Alla bilar")
    assert [p.id for p in proposals.queue(db, teacher, council.id)] == [proposal.id]
    proposals.reject(db, teacher, proposal.id, reason="Kommunen kan inte förbjuda bilar")
    mine = proposals.mine(db, pupil=pupils[0])
    assert mine[0].status == ProposalStatus.rejected and "förbjuda" in mine[0].reject_reason
    assert list(proposals.queue(db, teacher, council.id)) == []


def test_moderation_is_closed_once_voting_starts(db, teacher):
    _, _, written = session_at(db, teacher, Phase.vote)
    with pytest.raises(WrongPhase):
        proposals.reject(db, teacher, written[0].id)


def test_only_the_sessions_teacher_moderates(db, admin, teacher):
    _, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    proposal = proposals.submit(db, pupil=pupils[0], title="Solceller", body="På taket")
    other = auth.actor_for(auth.create_user(db, admin, username="bo", password="bo-secret-1", role=Role.teacher))
    for actor in (None, other):
        with pytest.raises(NotAllowed):
            proposals.publish(db, actor, proposal.id)


# --- accounts --------------------------------------------------------------------------------


def test_first_admin_only_on_an_empty_install(db, admin):
    assert not auth.needs_setup(db)
    with pytest.raises(NotAllowed):
        auth.create_first_admin(db, username="eve", password="eve-secret-1")


def test_login_with_right_and_wrong_password(db, teacher):
    assert auth.authenticate(db, username="Anna", password="anna-secret-1").role == Role.teacher
    for username, password in [("anna", "wrong-pass"), ("nobody", "anna-secret-1")]:
        with pytest.raises(InvalidInput) as err:
            auth.authenticate(db, username=username, password=password)
        assert err.value.key == "auth.wrong_credentials"


def test_passwords_are_stored_as_argon2_hashes(db, teacher):
    user = auth.list_users(db, auth.authenticate(db, username="admin", password="admin-secret-1"))[-1]
    assert user.password_hash.startswith("$argon2id$") and "anna-secret-1" not in user.password_hash


def test_only_an_admin_creates_accounts(db, teacher):
    with pytest.raises(NotAllowed):
        auth.create_user(db, teacher, username="x", password="x-secret-1", role=Role.teacher)


@pytest.mark.parametrize("username,password", [("", "long-enough"), ("ok", "short"), ("bad name", "long-enough")])
def test_bad_new_account_is_refused(db, admin, username, password):
    with pytest.raises(InvalidInput):
        auth.create_user(db, admin, username=username, password=password, role=Role.teacher)


def test_login_survives_a_reload_until_logout(db, teacher):
    token = logins.start_login(db, teacher)
    assert logins.resume_login(db, token) == teacher
    logins.end_login(db, token)
    assert logins.resume_login(db, token) is None
    assert logins.resume_login(db, "forged") is None


# --- CSV ------------------------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\t=1", "\r=1", "＝1", "＋1", "－1", "＠1"]


@pytest.mark.parametrize("text", FORMULAS)
def test_formula_looking_cells_are_neutralised(text):
    assert exports.neutralise_cell(text) == "'" + text
    assert exports.neutralise_cell("Cykla mer") == "Cykla mer"
    assert exports.neutralise_cell(3) == 3


def test_results_csv_round_trips_with_swedish_headers():
    table = pd.DataFrame(
        {
            "proposal_id": [1, 2],
            "title": ["=1+1", "Mer cykel åäö"],
            "theme": ["Mat", "Energi"],
            "voters_supporting": [3, 2],
            "share_of_voters": [0.6, 0.4],
            "points": [3, 2],
            "rank": [1, 2],
        }
    )
    data = exports.results_csv(table, "sv")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", sep=";", decimal=",")
    assert list(back.columns)[:2] == ["Placering", "Förslag"]
    assert back["Förslag"].tolist() == ["'=1+1", "Mer cykel åäö"]
    assert back["Andel av de röstande"].tolist() == [0.6, 0.4]
    plain = pd.read_csv(io.BytesIO(exports.results_csv(table, "sv", for_data=True)))
    assert plain["Förslag"].tolist() == ["'=1+1", "Mer cykel åäö"]


def test_pupil_addresses_never_become_links_on_screen():
    from council.text import escape_markdown, unlinkable

    for raw in ("www.cykla.se", "http://evil.example/x", "HTTPS://A.SE", "elev@skolan.se", "mailto:x@y.se"):
        shown = escape_markdown(raw)
        assert "\u2060" in shown and shown.replace("\u2060", "").replace("\\", "") == raw
    assert unlinkable("Solpaneler på taket") == "Solpaneler på taket"
