"""The head of the answer page: who sent what and by when, the report's downloads, registration and the letter."""

import datetime as dt
from collections.abc import Callable

import streamlit as st

from council import exports, registry
from council.auth import Actor
from council.case import Case
from council.deadlines import Standing
from council.errors import CouncilError
from council.exports import letter
from council.i18n import fmt_count_of, fmt_date
from pages import ui
from pages.parts.report_views import _deferred

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
REPORT_FILES = (
    ("answer_report_pdf", "pdf", "application/pdf", exports.report_pdf),
    ("answer_report_docx", "docx", DOCX, exports.report_docx),
    ("answer_report_xlsx", "xlsx", XLSX, exports.report_xlsx),
)
LETTER_FILES = (
    ("forwarding_letter_docx", "docx", DOCX, letter.letter_docx),
    ("forwarding_letter_pdf", "pdf", "application/pdf", letter.letter_pdf),
)


def show(actor: Actor, case: Case) -> None:
    """Title, sender, question, deadline figures and warnings; then downloads and registration."""
    st.title(ui.plain(case.report.title))
    st.caption(ui.plain(sender_line(case)))
    st.markdown(f"**{ui.tr('answer.question')}:** {ui.plain(case.question)}")
    figures(case)
    if case.withdrawn:
        st.warning(ui.tr("answer.withdrawn_note", date=fmt_date(case.forwarding.withdrawn_at, ui.lang())), icon="↩️")
    if case.small_group:
        st.warning(ui.tr("report.small_group_warning"), icon="⚠️")
    left, right = st.columns(2)
    with left.container(border=True):
        registration(actor, case)
    with right.container(border=True):
        downloads(case)


def sender_line(case: Case) -> str:
    """Who sent the report: the round's provenance, or school, class and teacher."""
    if case.provenance:
        return case.provenance
    return ui.tr(
        "answer.sender",
        school=case.school or "–",
        klass=case.class_label or "–",
        teacher=case.teacher or "–",
        date=fmt_date(case.forwarding.forwarded_at, ui.lang()),
    )


def figures(case: Case) -> None:
    """Deadline, days left (or late), proposals answered, turnout."""
    state, lang = case.state, ui.lang()
    answered = len(case.current)
    one, two, three, four = st.columns(4)
    one.metric(ui.tr("answer.due"), fmt_date(state.deadline, lang))
    if state.standing == Standing.overdue:
        two.metric(ui.tr("answer.days_late"), -state.days_left)
    else:
        two.metric(ui.tr("answer.days_left"), max(state.days_left, 0))
    three.metric(ui.tr("answer.answered"), f"{answered} / {len(case.proposals)}")
    four.metric(ui.tr("answer.turnout"), fmt_count_of(case.voted, case.expected, lang) if case.expected else case.voted)
    if state.standing == Standing.overdue and answered < len(case.proposals):
        st.error(ui.tr("inbox.overdue"), icon="⏰")


def downloads(case: Case) -> None:
    """The report this committee answers, and the letter for the diary."""
    st.markdown(f"**{ui.tr('answer.downloads')}**")
    data, lang = case.report.data, ui.lang()
    for column, (key, ext, mime, build) in zip(st.columns(3), REPORT_FILES, strict=True):
        column.download_button(
            ui.tr(f"report.download.{ext}"),
            _deferred(build, data, lang),
            exports.download_name(data, ext),
            mime,
            key=key,
        )
    st.caption(ui.tr("letter.help"))
    for column, (key, ext, mime, build) in zip(st.columns(2), LETTER_FILES, strict=True):
        column.download_button(
            ui.tr(f"letter.download.{ext}"), _letter(build, case, lang), letter.file_name(case, ext), mime, key=key
        )


def _letter(build: Callable[[Case, str], bytes], case: Case, lang: str) -> Callable[[], bytes]:
    return lambda: build(case, lang)


def registration(actor: Actor, case: Case) -> None:
    """The committee's diarienummer and the date it was registered; shown as text, exactly as typed."""
    st.markdown(f"**{ui.tr('register.title')}**")
    forwarding = case.forwarding
    if forwarding.diarienummer:
        st.text(
            ui.tr("register.current", dnr=forwarding.diarienummer, date=fmt_date(forwarding.registered_on, ui.lang()))
        )
    with st.form("register"):
        number = st.text_input(
            ui.tr("register.dnr"),
            value=forwarding.diarienummer,
            key="forwarding_diarienummer",
            max_chars=registry.DNR_LIMIT,
            placeholder=ui.tr("register.dnr_placeholder"),
        )
        day = st.date_input(
            ui.tr("register.date"),
            value=forwarding.registered_on or dt.date.today(),
            key="forwarding_registered_on",
            format="YYYY-MM-DD",
            max_value=dt.date.today(),
        )
        saved = st.form_submit_button(ui.tr("register.save"), key="forwarding_register")
    if saved:
        try:
            with ui.db_session() as db:
                registry.register(db, actor, forwarding.id, diarienummer=number, registered_on=day)
            ui.flash("register.saved")
            st.rerun()
        except CouncilError as err:
            ui.show_error(err)
