"""The group page's proposals: each with where it came from and its kept near-duplicates, and the merge form."""

import streamlit as st

from council import proposals, themes
from council.auth import Actor
from council.i18n import fmt_percent
from council.models import Proposal
from council.rounds import consolidate
from council.rounds.provenance import Provenance
from pages import ui

# Cards drawn at a time: a 300-proposal theme drawn at once took 4.5 s a rerun (benchmarks/round.py); the merge
# form below still offers every proposal of the group.
PAGE_SIZE = 20


def provenance_line(found: Provenance) -> str:
    """'Bygger på 3 förslag från 2 klasser i 2 skolor · stöd 41 av 73 elever (56 %)'."""
    return ui.tr(
        "round.group.provenance",
        originals=len(found.origins),
        classes=found.classes,
        schools=found.schools,
        supporters=found.supporters,
        voters=found.voters,
        share=fmt_percent(found.share, ui.lang()),
    )


def card(work: consolidate.GroupWork, proposal: Proposal, titles: dict[int, str], *, with_pick: bool) -> None:
    """One proposal: wording, provenance, the classes behind it, and suggested duplicates."""
    found = work.provenance.get(proposal.id, Provenance())
    with st.container(border=True, key=f"round_proposal_{proposal.id}"):
        st.markdown(f"**{ui.plain(proposal.title)}**")
        st.markdown(ui.plain(proposal.body))
        st.caption(
            f"{ui.plain(proposal.theme)} · {ui.tr('addressee.' + proposal.addressee)} · {provenance_line(found)}"
        )
        with st.expander(ui.tr("round.group.origins", n=len(found.origins))):
            for origin in found.origins:
                support = ui.tr(
                    "common.count_of",
                    count=origin.supporters,
                    total=origin.voters,
                    percent=fmt_percent(origin.supporters / max(origin.voters, 1), ui.lang()),
                )
                st.markdown(
                    f"- {ui.plain(origin.school)}, {ui.plain(origin.class_label)}: {ui.plain(origin.title)} — {support}"
                )
        for other, score in work.suggestions.get(proposal.id, [])[: consolidate.SHOWN_SUGGESTIONS]:
            if other in titles:
                st.caption(ui.tr("round.group.alike", title=ui.plain(titles[other]), score=f"{score:.0f}"))
                if with_pick:
                    st.button(
                        ui.tr("round.group.pick"),
                        key=f"round_pick_{proposal.id}_{other}",
                        on_click=pick,
                        args=(work, [proposal.id, other]),
                    )


def listing(work: consolidate.GroupWork) -> None:
    """The proposals without merging (once the group votes)."""
    st.subheader(ui.tr("round.group.proposals", n=len(work.proposals)))
    cards(work, with_pick=False)


def cards(work: consolidate.GroupWork, *, with_pick: bool) -> None:
    """The group's proposals, PAGE_SIZE at a time."""
    titles = {p.id: p.title for p in work.proposals}
    total = len(work.proposals)
    first = 0
    if total > PAGE_SIZE:
        first = st.selectbox(
            ui.tr("round.group.page"),
            range(0, total, PAGE_SIZE),
            key="round_group_page",
            format_func=lambda at: ui.tr(
                "round.group.page_range", first=at + 1, last=min(at + PAGE_SIZE, total), n=total
            ),
        )
    for proposal in work.proposals[first : first + PAGE_SIZE]:
        card(work, proposal, titles, with_pick=with_pick)


def show(actor: Actor, work: consolidate.GroupWork) -> None:
    """Proposals with suggested duplicates, and the form that merges the chosen ones into one wording."""
    listing_with_picks(work)
    merge_form(actor, work)


def listing_with_picks(work: consolidate.GroupWork) -> None:
    st.subheader(ui.tr("round.group.proposals", n=len(work.proposals)))
    st.caption(ui.tr("round.group.proposals_help"))
    cards(work, with_pick=True)


def pick(work: consolidate.GroupWork, chosen: list[int]) -> None:
    """Button callback: fill the merge form with a suggested pair and a first wording."""
    st.session_state.round_merge_originals = chosen
    for name, value in consolidate.starting_wording(work, chosen).items():
        st.session_state[f"round_merge_{name}"] = value


def merge_form(actor: Actor, work: consolidate.GroupWork) -> None:
    """Which proposals become one, and the new title, text, theme and addressee."""
    state = st.session_state
    titles = {p.id: p.title for p in work.proposals}
    state.round_merge_originals = [pid for pid in state.get("round_merge_originals", []) if pid in titles]
    st.subheader(ui.tr("round.group.merge_title"))
    st.caption(ui.tr("round.group.merge_help"))
    st.multiselect(
        ui.tr("merge.originals"),
        list(titles),
        key="round_merge_originals",
        format_func=titles.get,
        placeholder=ui.tr("round.groups.pick"),
    )
    st.text_input(ui.tr("pupil.proposal_title"), key="round_merge_title", max_chars=proposals.TITLE_LIMIT)
    st.text_area(ui.tr("pupil.proposal_body"), key="round_merge_body", max_chars=proposals.BODY_LIMIT)
    left, right = st.columns(2)
    theme_list = themes.themes_of(work.council)
    if state.get("round_merge_theme") not in theme_list:
        state.round_merge_theme = work.group.themes[0] if work.group.themes[0] in theme_list else theme_list[-1]
    left.selectbox(ui.tr("proposal.theme"), theme_list, key="round_merge_theme")
    right.selectbox(
        ui.tr("proposal.addressee"), themes.ADDRESSEES, key="round_merge_addressee", format_func=ui.namer("addressee.")
    )
    if st.button(ui.tr("merge.submit"), key="round_group_merge", type="primary"):
        ui.apply(
            lambda db: consolidate.merge(
                db,
                actor,
                work.group.id,
                originals=list(state.round_merge_originals),
                title=state.round_merge_title,
                body=state.round_merge_body,
                theme=state.round_merge_theme,
                addressee=state.round_merge_addressee,
            ),
            "merge.done",
            then=clear,
        )


def clear() -> None:
    for key in ("round_merge_originals", "round_merge_title", "round_merge_body"):
        st.session_state.pop(key, None)
