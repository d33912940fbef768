"""The pupil's secret ballot: one input per proposal, in the pupil's own order; one click casts it."""

from functools import partial

import streamlit as st

from council import methods, ratingcodes, voting
from council.errors import AlreadyVoted, CouncilError, WrongPhase
from council.i18n import t
from council.methods import InputKind, MethodDescription
from council.models import Proposal
from council.sessions import Pupil
from council.voting import BallotPaper
from pages import ui
from pages.parts import kiosk, pupil_notices


@st.fragment
def show(pupil: Pupil) -> None:
    """The ballot, or the receipt in its place once this pupil has voted (in kiosk mode: the next pupil's screen).

    A fragment, so pressing "vote" redraws this part of the page only — in an assembly hall 300 pupils press it in
    the same second, and the page around the ballot (navigation, language, the session's question) does not change.
    What does change the page (the teacher moved the phase on meanwhile, a kiosk's next pupil) redraws all of it."""
    try:
        _ballot_or_receipt(pupil)
    except WrongPhase:  # the vote was closed (or stepped back) since the page was drawn: the whole page follows
        st.rerun(scope="app")
    except CouncilError as err:
        ui.show_error(err)


def _ballot_or_receipt(pupil: Pupil) -> None:
    if pupil_notices.pending():
        st.rerun(scope="app")  # the ballot was sent after the vote closed: the page shows the new phase and the notice
    # The engine, not a database session: a warm shelf and one driver statement draw the ballot (voting.ballot_for).
    voted = st.session_state.get("voted_as") == pupil.participant_id
    paper = voting.ballot_for(ui.engine(), pupil=pupil, known_voted=voted)
    error = st.session_state.pop("vote_error", None)
    if paper.has_voted:
        st.session_state.voted_as = pupil.participant_id  # a flag that never turns back: later reruns need not ask
        if paper.kiosk and st.session_state.pop("just_voted", False):
            kiosk.end_turn("kiosk.thanks_voted", rating_code=st.session_state.pop("rating_code", None))
        if isinstance(error, AlreadyVoted):  # this tab's ballot was refused: the pupil voted elsewhere
            st.warning(ui.tr("vote.already_elsewhere"), icon=":material/how_to_vote:")
            return
        receipt()
        return
    if error:
        ui.show_error(error)
    st.subheader(ui.tr("vote.title"))
    st.write(explanation(paper))
    with st.form("ballot"):
        for proposal in paper.proposals:
            ballot_input(paper, proposal)
        st.checkbox(ui.tr("vote.abstain"), key="vote_abstain")
        st.form_submit_button(
            ui.tr("vote.submit"), type="primary", key="vote_submit", on_click=cast, args=(pupil, paper)
        )
    secrecy_note()


def cast(pupil: Pupil, paper: BallotPaper) -> None:
    """Submit callback: cast the ballot before the page redraws, so one click is one run that shows the receipt."""
    state = st.session_state
    choices = {p.id: int(state.get(f"vote_choice_{p.id}") or 0) for p in paper.proposals}
    try:
        with ui.db_session() as db:
            state.rating_code = voting.cast(db, pupil=pupil, choices=choices, abstain=bool(state.get("vote_abstain")))
        state.just_voted = True
        state.voted_as = pupil.participant_id
    except WrongPhase:  # the teacher closed the vote (or stepped back) while this ballot was open
        pupil_notices.keep("pupil.unsent.vote")
    except CouncilError as err:
        state.vote_error = err


def explanation(paper: BallotPaper) -> str:
    """How this ballot works, with its limits, in one or two sentences."""
    described = methods.describe(paper.method)
    return " ".join(ui.tr(key, **values) for key, values in described.ballot_help(paper.params, len(paper.proposals)))


def ballot_input(paper: BallotPaper, proposal: Proposal) -> int:
    """One proposal on the ballot: a single input named by the proposal itself, so a screen reader says which
    proposal each box, list or choice is for, and a tap anywhere on the words ticks the box (all methods work by
    keyboard and touch). One element per proposal: the card around it is drawn by CSS (ui.BASE_CSS)."""
    described = methods.describe(paper.method)
    values = described.ballot_values(paper.params, len(paper.proposals))
    draw = _INPUTS[described.input_kind]
    return int(draw(proposal_label(proposal), values, described, key=f"vote_choice_{proposal.id}"))


def _tick(label: str, values: tuple[int, ...], described: MethodDescription, *, key: str) -> int:
    return st.checkbox(label, key=key)


def _count(label: str, values: tuple[int, ...], described: MethodDescription, *, key: str) -> int:
    return st.number_input(label, min_value=values[0], max_value=values[-1], step=1, key=key)


def _choice(label: str, values: tuple[int, ...], described: MethodDescription, *, key: str) -> int:
    name = partial(value_name, described, lang=ui.lang())
    return st.selectbox(label, values, key=key, format_func=name, placeholder=ui.tr("common.choose"))


def _scale(label: str, values: tuple[int, ...], described: MethodDescription, *, key: str) -> int:
    index = values.index(described.blank_value)
    name = partial(value_name, described, lang=ui.lang())
    return st.radio(label, values, index=index, key=key, horizontal=True, format_func=name)


# One widget per kind of ballot input; a method says which kind it uses.
_INPUTS = {InputKind.tick: _tick, InputKind.count: _count, InputKind.choice: _choice, InputKind.scale: _scale}


def proposal_label(proposal: Proposal) -> str:
    """The proposal's title in bold and its text, as safe markdown for a widget label."""
    title = f"**{ui.plain(proposal.title)}**"
    return f"{title}  \n{ui.plain(proposal.body)}" if proposal.body else title


def value_name(described: MethodDescription, value: int, *, lang: str) -> str:
    """The words for one value of a choice or scale ('Plats 2', 'Starkt för')."""
    key, values = described.value_label(value) if described.value_label else ("", {})
    return t(key, lang, **values) if key else str(value)


def receipt() -> None:
    """The confirmation, shown only after the ballot is committed: counted and secret, the rating code, what comes
    next — all in one box. One element on purpose: in an assembly hall 300 pupils' receipts are drawn in the same
    second, and every element costs the server CPU per pupil. The receipt drew five elements (and the secrecy note
    sat in a container of its own); as one box, server CPU per vote in a 300-pupil burst fell from 8.3–9.9 ms to
    7.3–7.6 ms (three interleaved runs of each, benchmarks/assembly_burst.py's pupils)."""
    with st.container(key="vote_receipt"):
        st.success(receipt_text(st.session_state.get("rating_code")), icon="🗳️")
    secrecy_note()


def receipt_text(code: str | None) -> str:
    """The receipt's words as markdown: counted and secret, the rating code big with what it is for (after a reload
    only a word that it was shown once), and what happens next in small print."""
    if code:
        rating = (
            f"{ui.tr('vote.rating_code_intro')}\n\n## `{ratingcodes.shown(code)}`\n\n"
            f":small[{ui.tr('vote.rating_code_help')}]"
        )
    else:
        rating = f":small[{ui.tr('vote.rating_code_gone')}]"
    counted = f"**{ui.tr('vote.receipt')}**  \n{ui.tr('vote.receipt_secret')}"
    return f"{counted}\n\n{rating}\n\n:small[{ui.tr('vote.receipt_next')}]"


def secrecy_note() -> None:
    """What the app promises about the secret ballot, and its limit, in the pupil's words (docs/security.md)."""
    with st.expander(ui.tr("vote.secrecy_title"), icon=":material/lock:"):
        st.markdown(ui.tr("vote.secrecy_body"))
