"""The round page's committee tab: which committee each addressee goes to, single proposals routed elsewhere or
passed on, the deadline, forwarding; afterwards the follow-up meeting and the public page."""

import streamlit as st
from sqlmodel import Session

from council import committees
from council.auth import Actor
from council.models import Committee, Report
from council.round_tables import CouncilRound, RoundStatus
from council.rounds import routing
from pages import ui

DEFAULT, PASS_ON = "default", "pass:"


def show(
    actor: Actor,
    council_round: CouncilRound,
    routes: list[routing.Route],
    committee_list: list[Committee],
    frozen: Report | None,
    given: dict,
) -> None:
    """Routing while the list is frozen; links to the meeting and the public answers once it is forwarded."""
    if council_round.status == RoundStatus.forwarded:
        forwarded(council_round)
    names = {c.id: c.name for c in committee_list}
    if not routes:
        st.info(ui.tr("round.forward.no_list"), icon="ℹ️")
        return
    table(routes, given)
    if council_round.status == RoundStatus.forwarded:
        return
    defaults_form(actor, council_round, names)
    overrides_form(actor, routes, names)
    if isinstance(frozen, Report):
        forward_form(actor, council_round)
    else:
        st.caption(ui.tr("round.forward.freeze_first"))


def table(routes: list, given: dict) -> None:
    """Every proposal of the list, where it goes and, once forwarded, its answer so far."""
    st.dataframe(
        [
            {
                ui.tr("round.column.title"): r.proposal.title,
                ui.tr("round.column.addressee"): ui.tr(f"addressee.{r.proposal.addressee}"),
                ui.tr("round.column.route"): where(r),
                **({ui.tr("round.column.answer"): answered(r, given)} if given or r.item.passed_on else {}),
            }
            for r in routes
        ],
        hide_index=True,
        key="round_routes_table",
    )


def answered(route: routing.Route, given: dict) -> str:
    """The latest answer's status in words (passed on, or still waiting)."""
    if route.passed_on:
        return ui.tr("public.status.passed_on")
    found = given.get(route.proposal.id)
    return ui.tr(f"public.status.{found[1].status}") if found else ui.tr("public.status.waiting")


def where(route: routing.Route) -> str:
    """A route in words."""
    if route.passed_on:
        return ui.tr("round.forward.passed_on", to=route.passed_to)
    return route.committee or ui.tr("round.forward.undecided")


def defaults_form(actor: Actor, council_round: CouncilRound, names: dict[int, str]) -> None:
    """The default committee of each addressee a committee can answer for."""
    options = [None, *names]
    with st.form("round_routing_form"):
        st.markdown(f"**{ui.tr('round.forward.defaults')}**")
        chosen = {
            addressee: st.selectbox(
                ui.tr(f"addressee.{addressee}"),
                options,
                key=f"round_route_default_{addressee}",
                index=options.index(council_round.routing.get(addressee))
                if council_round.routing.get(addressee) in options
                else 0,
                format_func=lambda cid: ui.tr("round.forward.choose") if cid is None else names[cid],
            )
            for addressee in routing.COMMITTEE_ADDRESSEES
        }
        st.caption(ui.tr("round.forward.passed_on_help"))
        if st.form_submit_button(ui.tr("round.forward.save_defaults"), key="round_routing_save"):
            ui.apply(
                lambda db: routing.set_defaults(db, actor, council_round.id, mapping=chosen), "round.forward.saved"
            )


def overrides_form(actor: Actor, routes: list, names: dict[int, str]) -> None:
    """Send one proposal to another committee or pass it on, e.g. a school matter that the region decides."""
    options = [DEFAULT, *names, *(PASS_ON + a for a in routing.PASSED_ON_ADDRESSEES)]

    def label(option: int | str) -> str:
        if option == DEFAULT:
            return ui.tr("round.forward.by_addressee")
        if isinstance(option, str):
            return ui.tr("round.forward.passed_on", to=ui.tr(f"addressee.{option.removeprefix(PASS_ON)}"))
        return names[option]

    with st.expander(ui.tr("round.forward.single")), st.form("round_single_routes"):
        picked = {
            r.item.id: st.selectbox(
                ui.plain(r.proposal.title),
                options,
                key=f"round_route_{r.item.id}",
                index=_current(r, options),
                format_func=label,
            )
            for r in routes
        }
        if st.form_submit_button(ui.tr("round.forward.save_single"), key="round_routes_save"):
            ui.apply(lambda db: save(db, actor, picked), "round.forward.saved")


def _current(route: routing.Route, options: list) -> int:
    if route.item.passed_on:
        return 0
    return options.index(route.item.committee_id) if route.item.committee_id in options else 0


def save(db: Session, actor: Actor, picked: dict) -> None:
    """Store each proposal's own route (the default clears it)."""
    for item_id, option in picked.items():
        if isinstance(option, str) and option.startswith(PASS_ON):
            passed = ui.tr(f"addressee.{option.removeprefix(PASS_ON)}")
            routing.route_item(db, actor, item_id, passed_to=passed)
        else:
            routing.route_item(db, actor, item_id, committee_id=None if option == DEFAULT else option)


def forward_form(actor: Actor, council_round: CouncilRound) -> None:
    """The answer deadline and the button that sends every proposal to its committee."""
    st.subheader(ui.tr("round.forward.title"))
    deadline = st.date_input(
        ui.tr("forward.deadline"),
        value=council_round.answers_due or committees.default_deadline(),
        key="round_forward_deadline",
        format="YYYY-MM-DD",
    )
    if st.button(ui.tr("round.forward.submit"), key="round_forward", type="primary"):
        ui.apply(
            lambda db: len(routing.forward(db, actor, council_round.id, deadline=deadline)),
            "round.forward.done",
            counted=True,
        )


def forwarded(council_round: CouncilRound) -> None:
    """Where to go once the list is with the politicians."""
    st.success(ui.tr("round.forward.is_forwarded"), icon="📨")
    left, right = st.columns(2)
    left.page_link(
        "pages/round_meeting.py",
        label=ui.tr("round.forward.meeting"),
        icon=":material/slideshow:",
        query_params={"round": council_round.id, "lang": ui.lang()},
    )
    right.page_link(
        "pages/public_answers.py",
        label=ui.tr("round.forward.public"),
        icon=":material/public:",
        query_params={"round": council_round.slug, "lang": ui.lang()},
    )
