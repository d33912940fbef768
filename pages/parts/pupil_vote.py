"""The pupil's secret ballot: one input per proposal, in the pupil's own order; one click casts it."""

from functools import partial

import streamlit as st

from council import ratingcodes, voting
from council.errors import CouncilError
from council.i18n import t
from council.sessions import Pupil
from council.voting import BallotPaper
from pages import ui
from pages.parts import kiosk

SCORES = (-2, -1, 0, 1, 2)


def show(pupil: Pupil) -> None:
    """The ballot, or the receipt once this pupil has voted (in kiosk mode: the next pupil's screen)."""
    with ui.db_session() as db:
        paper = voting.ballot_for(db, pupil=pupil)
    if paper.has_voted:
        if paper.kiosk and st.session_state.pop("just_voted", False):
            kiosk.end_turn("kiosk.thanks_voted", rating_code=st.session_state.pop("rating_code", None))
        receipt()
        return
    if error := st.session_state.pop("vote_error", None):
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
    except CouncilError as err:
        state.vote_error = err


def explanation(paper: BallotPaper) -> str:
    """How this ballot works, with its limits, in one or two sentences."""
    params = paper.params
    if paper.method == "dots":
        return ui.tr("vote.explain.dots", points=params["points"], max_per=params["max_per_proposal"])
    if paper.method == "ranked":
        return ui.tr("vote.explain.ranked", top_k=min(params["top_k"], len(paper.proposals)))
    if paper.method == "score":
        return ui.tr("vote.explain.score")
    limit = params.get("max_picks")
    text = ui.tr("vote.explain.approval")
    return f"{text} {ui.tr('vote.max_picks', limit=limit)}" if limit else text


def ballot_input(paper: BallotPaper, proposal) -> int:  # type: ignore[no-untyped-def]
    """One proposal on the ballot: a single input named by the proposal itself, so a screen reader says which
    proposal each box, list or choice is for, and a tap anywhere on the words ticks the box (all methods work by
    keyboard and touch). One element per proposal: the card around it is drawn by CSS (ui.BASE_CSS)."""
    label = proposal_label(proposal)
    key = f"vote_choice_{proposal.id}"
    if paper.method == "dots":
        top = int(paper.params["max_per_proposal"])
        return int(st.number_input(label, min_value=0, max_value=top, step=1, key=key))
    if paper.method == "ranked":
        places = list(range(min(int(paper.params["top_k"]), len(paper.proposals)) + 1))
        return int(st.selectbox(label, places, key=key, format_func=partial(place_name, lang=ui.lang())))
    if paper.method == "score":
        return int(
            st.radio(label, SCORES, index=2, key=key, horizontal=True, format_func=partial(score_name, lang=ui.lang()))
        )
    return int(st.checkbox(label, key=key))


def proposal_label(proposal) -> str:  # type: ignore[no-untyped-def]
    """The proposal's title in bold and its text, as safe markdown for a widget label."""
    title = f"**{ui.plain(proposal.title)}**"
    return f"{title}  \n{ui.plain(proposal.body)}" if proposal.body else title


def place_name(place: int, *, lang: str) -> str:
    return t("vote.place_none", lang) if place == 0 else t("vote.place", lang, place=place)


def score_name(score: int, *, lang: str) -> str:
    return t(f"vote.score.{score}", lang)


def receipt() -> None:
    """The confirmation, shown only after the ballot is committed."""
    with st.container(key="vote_receipt"):
        st.success(ui.tr("vote.receipt"), icon="🗳️")
        st.write(ui.tr("vote.receipt_secret"))
        rating_code_note(st.session_state.get("rating_code"))
        st.caption(ui.tr("vote.receipt_next"))
    secrecy_note()


def secrecy_note() -> None:
    """What the app promises about the secret ballot, and its limit, in the pupil's words (docs/security.md)."""
    with st.container(key="vote_secrecy"), st.expander(ui.tr("vote.secrecy_title"), icon=":material/lock:"):
        st.markdown(ui.tr("vote.secrecy_body"))


def rating_code_note(code: str | None) -> None:
    """The rating code, big, with what it is for; after a reload only a word that it was shown once."""
    if not code:
        st.caption(ui.tr("vote.rating_code_gone"))
        return
    with st.container(border=True, key="vote_rating_code"):
        st.markdown(ui.tr("vote.rating_code_intro"))
        st.markdown(f"## `{ratingcodes.shown(code)}`")
        st.caption(ui.tr("vote.rating_code_help"))
