"""The pupil's view: follows the session's phase by itself; propose, vote, then see the results."""

import streamlit as st

from council import charts, proposals, results, sessions, voting
from council.errors import CouncilError
from council.models import Phase
from pages import ui

pupil = ui.require_pupil()
with ui.db_session() as db:
    council = sessions.session_for_pupil(db, pupil=pupil)
phase = Phase(council.phase)
engine = ui.engine()


@st.fragment(run_every=3)
def follow_phase() -> None:
    """Poll the phase through the shared short cache; redraw the page when the teacher moves on."""
    if sessions.current_phase(engine, pupil.session_id) != phase:
        st.rerun(scope="app")


follow_phase()
ui.show_flash()
st.caption(ui.tr("pupil.session", title=council.title))
st.header(ui.plain(council.question))
st.info(ui.tr(f"pupil.phase.{phase}"), icon="🧭")


def proposal_form() -> None:
    """Write a new proposal: a title and a text, both required."""
    with st.form("proposal", clear_on_submit=True):
        st.subheader(ui.tr("pupil.new_proposal"))
        title = st.text_input(
            ui.tr("pupil.proposal_title"),
            key="proposal_title",
            max_chars=proposals.TITLE_LIMIT,
            placeholder=ui.tr("pupil.proposal_title_placeholder"),
        )
        body = st.text_area(
            ui.tr("pupil.proposal_body"),
            key="proposal_body",
            max_chars=proposals.BODY_LIMIT,
            placeholder=ui.tr("pupil.proposal_body_placeholder"),
        )
        sent = st.form_submit_button(ui.tr("pupil.proposal_submit"), type="primary", key="proposal_submit")
    if sent:
        try:
            with ui.db_session() as db:
                proposals.submit(db, pupil=pupil, title=title, body=body)
            ui.flash("pupil.proposal_sent")
            st.rerun()
        except CouncilError as err:
            ui.show_error(err)


def my_proposals() -> None:
    """What this pupil wrote and what happened to it."""
    with ui.db_session() as db:
        written = proposals.mine(db, pupil=pupil)
    if not written:
        return
    st.subheader(ui.tr("pupil.my_proposals"))
    for proposal in written:
        with st.container(border=True):
            st.markdown(f"**{ui.plain(proposal.title)}** — {ui.tr('status.' + proposal.status)}")
            if proposal.reject_reason:
                st.caption(ui.tr("pupil.reject_reason", reason=proposal.reject_reason))


def ballot() -> None:
    """The secret ballot in the pupil's own order; one click casts it."""
    with ui.db_session() as db:
        paper = voting.ballot_for(db, pupil=pupil)
    if paper.has_voted:
        receipt()
        return
    st.subheader(ui.tr("vote.title"))
    st.write(explanation(paper))
    with st.form("ballot"):
        choices = {proposal.id: ballot_input(paper, proposal) for proposal in paper.proposals}
        abstain = st.checkbox(ui.tr("vote.abstain"), key="vote_abstain")
        cast = st.form_submit_button(ui.tr("vote.submit"), type="primary", key="vote_submit")
    if cast:
        try:
            with ui.db_session() as db:
                voting.cast(db, pupil=pupil, choices=choices, abstain=abstain)
            st.rerun()
        except CouncilError as err:
            ui.show_error(err)


def explanation(paper) -> str:  # type: ignore[no-untyped-def]
    """One sentence on how this ballot works, with its limits."""
    if paper.method == "dots":
        return ui.tr("vote.explain.dots", points=paper.params["points"], max_per=paper.params["max_per_proposal"])
    text = ui.tr("vote.explain.approval")
    limit = paper.params.get("max_picks")
    return f"{text} {ui.tr('vote.max_picks', limit=limit)}" if limit else text


def ballot_input(paper, proposal) -> int:  # type: ignore[no-untyped-def]
    """One proposal on the ballot: a tick box (approval) or points (dots)."""
    with st.container(border=True):
        st.markdown(f"**{ui.plain(proposal.title)}**")
        st.markdown(ui.plain(proposal.body))
        key = f"vote_choice_{proposal.id}"
        if paper.method == "dots":
            return int(
                st.number_input(
                    ui.tr("vote.points_for"),
                    min_value=0,
                    max_value=int(paper.params["max_per_proposal"]),
                    step=1,
                    key=key,
                )
            )
        return int(st.checkbox(ui.tr("vote.support"), key=key))


def receipt() -> None:
    with st.container(key="vote_receipt"):
        st.success(ui.tr("vote.receipt"), icon="🗳️")
        st.write(ui.tr("vote.receipt_secret"))


def pupil_results() -> None:
    """The class's result in plain words and a chart."""
    with ui.db_session() as db:
        res = results.for_pupil(db, pupil=pupil)
    st.subheader(ui.tr("pupil.results_title"))
    st.write(ui.tr("results.turnout", turnout=results.turnout_text(res, ui.lang())))
    if res.small_group:
        st.warning(ui.tr("results.small_group"), icon="⚠️")
    for _, row in res.table.head(3).iterrows():
        st.markdown(ui.tr("pupil.result_row", rank=row["rank"], title=ui.plain(row["title"]), points=row["points"]))
    if len(res.table):
        st.plotly_chart(charts.results_bar(res.table, ui.lang()), config={"displayModeBar": False})


try:
    if phase == Phase.propose:
        proposal_form()
        my_proposals()
    elif phase == Phase.vote:
        ballot()
    elif phase in sessions.RESULT_PHASES:
        pupil_results()
    else:
        my_proposals()
except CouncilError as err:
    ui.show_error(err)
