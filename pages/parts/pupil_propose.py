"""The pupil's propose phase: write a proposal (seeing similar ones already there), and follow one's own."""

from collections.abc import Callable

import streamlit as st

from council import limits, live, merging, proposals, themes
from council.errors import CouncilError, InvalidInput, WrongPhase
from council.i18n import t
from council.sessions import Pupil
from pages import ui
from pages.parts import pupil_notices

FIELDS = ("proposal_title", "proposal_body")
DONT_KNOW = "?"  # the theme list's "vet inte" (Streamlit takes an empty option for no choice at all)


def show(pupil: Pupil) -> None:
    """The proposal form (while the pupil may write more), then the pupil's own proposals."""
    with ui.db_session() as db:
        allowance = limits.allowance(db, "proposal", pupil)
    if allowance.left:
        proposal_form(pupil)
        st.caption(ui.tr("pupil.proposals_left", left=allowance.left, most=allowance.most))
    else:
        st.info(ui.tr("limit.proposal_cap", most=allowance.most), icon="✋")
    my_proposals(pupil)


def proposal_form(pupil: Pupil) -> None:
    """Title, text, theme and addressee; similar published proposals show up under the title."""
    council = live.council(ui.engine(), pupil.session_id)  # the row pages/pupil.py read this run, from the shelf
    st.subheader(ui.tr("pupil.new_proposal"))
    # No max_chars: the browser would cut a pasted text silently; the service refuses it and says by how much.
    title = st.text_input(
        ui.tr("pupil.proposal_title"),
        key="proposal_title",
        placeholder=ui.tr("pupil.proposal_title_placeholder"),
        help=ui.tr("pupil.title_help", limit=proposals.TITLE_LIMIT),
    )
    already_there(pupil, title)
    st.text_area(
        ui.tr("pupil.proposal_body"),
        key="proposal_body",
        placeholder=ui.tr("pupil.proposal_body_placeholder"),
        help=ui.tr("pupil.body_help", limit=proposals.BODY_LIMIT),
    )
    easy = st.session_state.get("easy_read", False)
    left, right = st.columns(2)
    left.selectbox(
        ui.tr("proposal.theme"),
        [*themes.themes_of(council), DONT_KNOW],
        index=None,  # the pupil picks, or "vet inte"
        key="proposal_theme",
        placeholder=ui.tr("proposal.theme_placeholder"),
        format_func=theme_labeller(easy, ui.lang()),
    )
    right.selectbox(
        ui.tr("proposal.addressee"),
        themes.ADDRESSEES,
        key="proposal_addressee",
        format_func=addressee_labeller(easy, ui.lang()),
        placeholder=ui.tr("common.choose"),
    )
    st.button(ui.tr("pupil.proposal_submit"), type="primary", key="proposal_submit", on_click=send, args=(pupil,))
    if error := st.session_state.pop("proposal_error", None):
        ui.show_error(error)


def already_there(pupil: Pupil, title: str) -> None:
    """'Finns redan: …' — published proposals like the one being written."""
    if not title.strip():
        return
    with ui.db_session() as db:
        similar = merging.already_there(db, pupil=pupil, title=title)
    if similar:
        with st.container(key="proposal_similar"):
            names = ", ".join(f"**{ui.plain(p.title)}**" for p in similar)
            st.info(ui.tr("proposal.already_there", titles=names), icon="🔁")


def send(pupil: Pupil) -> None:
    """Button callback: send the proposal; on success empty the fields; if the phase moved on, keep the words."""
    state = st.session_state
    title, body = state.get("proposal_title", ""), state.get("proposal_body", "")
    theme = state.get("proposal_theme")
    try:
        if theme is None:
            raise InvalidInput("input.theme_pick")
        with ui.db_session() as db:
            proposals.submit(
                db,
                pupil=pupil,
                title=title,
                body=body,
                theme=themes.UNKNOWN if theme == DONT_KNOW else theme,
                addressee=state.get("proposal_addressee") or "school",
            )
    except WrongPhase:
        pupil_notices.keep("pupil.unsent.proposal", title, body)
        return
    except CouncilError as err:
        state.proposal_error = err
        return
    for key in FIELDS:
        state[key] = ""
    state.proposal_theme = None
    ui.flash("pupil.proposal_sent")


def theme_labeller(easy: bool, lang: str) -> Callable[[str], str]:
    """A theme as this pupil reads it: easy words and a picture for a younger class (bound now, not when Streamlit
    calls it), "vet inte" in words for everyone."""

    def label(theme: str) -> str:
        theme = themes.UNKNOWN if theme == DONT_KNOW else theme
        if easy:
            return themes.easy_label(theme, lang)
        return t("theme.unknown", lang) if theme == themes.UNKNOWN else theme

    return label


def addressee_labeller(easy: bool, lang: str) -> Callable[[str], str]:
    """Who should do it, in easy words with a picture for a younger class."""
    return lambda addressee: t(f"addressee.{addressee}", lang, easy=easy)


def my_proposals(pupil: Pupil) -> None:
    """What this pupil wrote, what happened to it and where a merged one went; refreshes by itself."""
    # Not urgent (the pupil's own actions redraw it at once): every ~40 s, spread per pupil (see pages/pupil.py).
    st.fragment(run_every=ui.every(40, "my_proposals"))(_my_proposals)(pupil)


@ui.errors_shown()
def _my_proposals(pupil: Pupil) -> None:
    with ui.db_session() as db:
        written = [(p, merging.destination(db, p)) for p in proposals.mine(db, pupil=pupil)]
    if not written:
        return
    st.subheader(ui.tr("pupil.my_proposals"))
    for proposal, went_to in written:
        with st.container(border=True, key=f"my_proposal_{proposal.id}"):
            st.markdown(f"**{ui.plain(proposal.title)}** — {ui.tr('status.' + proposal.status)}")
            if proposal.reject_reason:
                st.caption(ui.tr("pupil.reject_reason", reason=ui.plain(proposal.reject_reason)))
            if went_to is not None:
                st.caption(ui.tr("proposal.merged_into", title=ui.plain(went_to.title)))
