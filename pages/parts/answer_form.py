"""The answer form of one proposal: no preset decision, a reason checked for readability, the formal decision,
and a second click before a given answer is changed (the old one stays in the history)."""

import datetime as dt

import streamlit as st

from council import committees, readability
from council.auth import Actor
from council.case import Case, CaseProposal
from council.errors import CouncilError
from council.forwarding_tables import Answer, AnswerStatus
from council.i18n import fmt_date, fmt_number
from pages import mail_worker, ui
from pages.parts.answer_case import decision_line

STATUSES = list(AnswerStatus)
DECIDERS = list(committees.DECIDERS)


def show(actor: Actor, case: Case, proposal: CaseProposal) -> None:
    """The current answer (if any), the form, and after a save the readability warning."""
    pid = proposal.proposal_id
    current = case.current.get(pid)
    if current is not None:
        with st.container(border=True):
            st.markdown(f"**{ui.tr('answer.current')}: {ui.tr('answer.status.' + current.status)}**")
            st.write(ui.plain(current.text))
            if line := decision_line(current):
                st.caption(ui.plain(line))
            st.caption(ui.tr("answer.last", date=fmt_date(current.answered_at, ui.lang())))
    if case.withdrawn:
        return
    if pending := st.session_state.get(f"answer_pending_{pid}"):
        confirm(actor, case, pid, pending)
        return
    if current is None:
        form(actor, case, proposal, current)
    else:
        # A given answer is changed on purpose: the form stays folded until the member opens it.
        with st.expander(ui.tr("answer.change"), expanded=f"answer_error_{pid}" in st.session_state):
            form(actor, case, proposal, current)
    if error := st.session_state.pop(f"answer_error_{pid}", None):
        ui.show_error(error)
    if hard := st.session_state.pop(f"answer_hard_{pid}", None):
        readability_warning(hard, case.age_group)


def form(actor: Actor, case: Case, proposal: CaseProposal, current: Answer | None) -> None:
    """Status (empty until chosen), reason, passed on to, and the decision: date, who decided, minutes §."""
    pid = proposal.proposal_id
    with st.form(f"answer_{pid}"):
        st.selectbox(
            ui.tr("answer.status"),
            STATUSES,
            index=STATUSES.index(current.status) if current else None,
            key=f"answer_status_{pid}",
            format_func=ui.namer("answer.status."),
            placeholder=ui.tr("answer.status_placeholder"),
        )
        st.text_area(
            ui.tr("answer.text"),
            value=current.text if current else "",
            key=f"answer_reason_{pid}",
            max_chars=committees.ANSWER_LIMIT,
            placeholder=ui.tr("answer.text_placeholder"),
            help=ui.tr("answer.text_help", limit=readability.LIMITS.get(case.age_group, 45)),
        )
        st.text_input(
            ui.tr("answer.passed_to"),
            value=current.passed_to if current else "",
            key=f"answer_passed_to_{pid}",
            max_chars=200,
            help=ui.tr("answer.passed_to_help"),
        )
        decision_fields(case, pid, current)
        label = ui.tr("answer.change" if current else "answer.submit")
        st.form_submit_button(label, key=f"answer_save_{pid}", type="primary", on_click=save, args=(actor, case, pid))


def decision_fields(case: Case, pid: int, current: Answer | None) -> None:
    """The formal decision, all optional."""
    st.caption(ui.tr("answer.decision_help"))
    one, three = st.columns([3, 2])
    two, four = st.columns(2)
    one.date_input(
        ui.tr("answer.decided_on"),
        value=current.decided_on if current else None,
        key=f"answer_decided_on_{pid}",
        format="YYYY-MM-DD",
        max_value=dt.date.today(),
    )
    names = {"committee": case.committee, "delegate": ui.tr("answer.decider.delegate")}
    two.selectbox(
        ui.tr("answer.decider"),
        DECIDERS,
        index=DECIDERS.index(current.decided_by_kind) if current and current.decided_by_kind else None,
        key=f"answer_decider_{pid}",
        format_func=names.get,
        placeholder=ui.tr("answer.decider_placeholder"),
    )
    four.text_input(
        ui.tr("answer.delegate"),
        value=current.decided_by if current and current.decided_by_kind == "delegate" else "",
        key=f"answer_delegate_{pid}",
        max_chars=200,
        placeholder=ui.tr("answer.delegate_placeholder"),
    )
    three.text_input(
        ui.tr("answer.minutes"),
        value=current.minutes_paragraph if current else "",
        key=f"answer_minutes_{pid}",
        max_chars=20,
        placeholder="§ 34",
    )


def _values(pid: int) -> dict:
    state = st.session_state
    return {
        "status": state.get(f"answer_status_{pid}"),
        "text": state.get(f"answer_reason_{pid}", ""),
        "passed_to": state.get(f"answer_passed_to_{pid}", ""),
        "decision": committees.Decision(
            decided_on=state.get(f"answer_decided_on_{pid}"),
            by_kind=state.get(f"answer_decider_{pid}") or "",
            by=state.get(f"answer_delegate_{pid}", ""),
            minutes=state.get(f"answer_minutes_{pid}", ""),
        ),
    }


def save(actor: Actor, case: Case, pid: int) -> None:
    """Form callback: a first answer is stored at once; a change waits for the second click."""
    values = _values(pid)
    current = case.current.get(pid)
    if current is not None:
        st.session_state[f"answer_pending_{pid}"] = {**values, "replaces": current.id}
        return
    store(actor, case, pid, {**values, "replaces": None})


def store(actor: Actor, case: Case, pid: int, values: dict) -> None:
    """Save through the service; remember a readability warning to show beside the form."""
    try:
        with ui.db_session() as db:
            committees.answer(db, actor, case.forwarding.id, proposal_id=pid, **values)
    except CouncilError as err:
        st.session_state[f"answer_error_{pid}"] = err
        return
    ui.flash("answer.saved")
    mail_worker.wake()  # the teacher's notice goes out once the committee has been quiet a while
    if hard := readability.warning(values["text"], case.age_group):
        st.session_state[f"answer_hard_{pid}"] = hard


def confirm(actor: Actor, case: Case, pid: int, pending: dict) -> None:
    """The second click before a given answer is replaced."""
    with st.container(border=True, key=f"answer_confirm_box_{pid}"):
        st.warning(
            ui.tr(
                "answer.confirm_change",
                status=ui.tr(f"answer.status.{pending['status']}") if pending["status"] else "–",
            ),
            icon="✋",
        )
        yes, no = st.columns(2)
        yes.button(
            ui.tr("answer.confirm_yes"),
            key=f"answer_confirm_{pid}",
            type="primary",
            on_click=_confirmed,
            args=(actor, case, pid),
        )
        no.button(ui.tr("answer.confirm_no"), key=f"answer_cancel_{pid}", on_click=_cancelled, args=(pid,))


def _confirmed(actor: Actor, case: Case, pid: int) -> None:
    pending = st.session_state.pop(f"answer_pending_{pid}", None)
    if pending:
        store(actor, case, pid, pending)


def _cancelled(pid: int) -> None:
    st.session_state.pop(f"answer_pending_{pid}", None)


def readability_warning(hard: readability.Readability, age_group: str) -> None:
    """LIX above what suits the class: say so and name the hardest sentence; nothing is refused."""
    st.warning(
        ui.tr(
            "answer.hard_to_read",
            lix=fmt_number(hard.lix, ui.lang()),
            limit=readability.LIMITS.get(age_group, 45),
            grades=readability.AGE_LABELS.get(age_group, age_group),
        ),
        icon="📖",
    )
    st.markdown(f"> {ui.plain(hard.hardest)}")
