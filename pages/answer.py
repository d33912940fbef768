"""A committee answers each proposal of one forwarded report; every change is kept with its date."""

import streamlit as st

from council import committees, report_facts, summary
from council.errors import CouncilError, NotFound
from council.i18n import fmt_date
from council.models import AnswerStatus
from council.smallgroups import format_share
from pages import ui, who
from pages.parts import report_views

ui.leave_folder_page_mode()  # the first run after a server start may skip app.py

actor = who.require_actor()
forwarding_id = st.query_params.get("forwarding", "")
try:
    if not forwarding_id.isdigit():
        raise NotFound("report.not_found")
    with ui.db_session() as db:
        forwarding, report = committees.forwarding_for(db, actor, int(forwarding_id))
        given = committees.current_answers(db, forwarding.id)
        history = committees.histories(db, forwarding.id)
except CouncilError as err:
    ui.show_error(err)
    st.page_link("pages/inbox.py", label=ui.tr("nav.inbox"))
    st.stop()

data = report.data
ui.show_flash()
st.title(ui.plain(report.title))
st.caption(ui.tr("answer.deadline", deadline=fmt_date(forwarding.deadline, ui.lang())))
with st.expander(ui.tr("answer.summary")):
    for paragraph in summary.summary_text(data, ui.lang()).split("\n\n"):
        st.markdown(report_views.lines(paragraph))


def save(proposal_id: int) -> None:
    """Form callback: store this proposal's answer (as a new row; the old ones stay)."""
    state = st.session_state
    try:
        with ui.db_session() as db:
            committees.answer(
                db,
                actor,
                forwarding.id,
                proposal_id=proposal_id,
                status=state[f"answer_status_{proposal_id}"],
                text=state[f"answer_text_{proposal_id}"],
                passed_to=state.get(f"answer_passed_to_{proposal_id}", ""),
            )
        ui.flash("answer.saved")
    except CouncilError as err:
        state.answer_error = (proposal_id, err)


error = st.session_state.pop("answer_error", None)
statuses = list(AnswerStatus)
for row in data.get("results", []):
    pid, current = row["proposal_id"], given.get(row["proposal_id"])
    with st.form(f"answer_{pid}"):
        share = format_share(report_facts.support(row), report_facts.share_base(data), ui.lang())
        st.markdown(f"**{row['rank']}. {ui.plain(row['title'])}** — {share}")
        st.caption(ui.plain(row.get("body", "")))
        st.selectbox(
            ui.tr("answer.status"),
            statuses,
            key=f"answer_status_{pid}",
            format_func=ui.namer("answer.status."),
            index=statuses.index(current.status) if current else 0,
        )
        st.text_input(
            ui.tr("answer.passed_to"),
            key=f"answer_passed_to_{pid}",
            max_chars=200,
            value=current.passed_to if current else "",
            help=ui.tr("answer.passed_to_help"),
        )
        st.text_area(
            ui.tr("answer.text"),
            key=f"answer_text_{pid}",
            max_chars=committees.ANSWER_LIMIT,
            value=current.text if current else "",
            placeholder=ui.tr("answer.text_placeholder"),
        )
        st.form_submit_button(ui.tr("answer.submit"), key=f"answer_submit_{pid}", on_click=save, args=(pid,))
        if error and error[0] == pid:
            ui.show_error(error[1])
        if current:
            st.caption(ui.tr("answer.last", date=fmt_date(current.answered_at, ui.lang())))
    earlier = history.get(pid, [])[:-1]
    if earlier:
        with st.expander(ui.tr("answer.history", n=len(earlier))):
            for old in reversed(earlier):
                when = fmt_date(old.answered_at, ui.lang())
                st.markdown(f"**{when} · {ui.tr('answer.status.' + old.status)}** — {ui.plain(old.text)}")
