"""The coordinator's municipal rounds: the list, and a form to open a new round."""

import streamlit as st

from council import schools, themes
from council.errors import CouncilError
from council.i18n import fmt_date
from council.rounds import rounds
from pages import ui, who

ui.leave_folder_page_mode()  # the first run after a server start may skip app.py

actor = who.require_actor()
ui.show_flash()
st.title(ui.tr("rounds.title"))
st.caption(ui.tr("rounds.intro"))
try:
    with ui.db_session() as db:
        mine = rounds.for_coordinator(db, actor)
        school_names = {s.id: s.name for s in schools.list_schools(db)}
except CouncilError as err:
    ui.show_error(err)
    st.stop()


def new_round_form() -> None:
    """Title, question(s), themes, schools, dates and how many proposals each class and group sends on."""
    with st.form("new_round"):
        title = st.text_input(
            ui.tr("rounds.field_title"),
            key="round_title",
            max_chars=rounds.TITLE_LIMIT,
            placeholder=ui.tr("rounds.title_placeholder"),
        )
        questions = st.text_area(
            ui.tr("rounds.field_questions"),
            key="round_questions",
            placeholder=ui.tr("sessions.question_placeholder"),
            help=ui.tr("rounds.one_per_line"),
        )
        theme_text = st.text_area(
            ui.tr("rounds.field_themes"),
            key="round_themes",
            height=220,
            value="\n".join(themes.default_themes(ui.lang())),
            help=ui.tr("rounds.one_per_line"),
        )
        chosen = st.multiselect(
            ui.tr("rounds.field_schools"),
            list(school_names),
            key="round_schools",
            format_func=school_names.get,
            placeholder=ui.tr("rounds.schools_placeholder"),
        )
        first, second, third = st.columns(3)
        until = first.date_input(ui.tr("rounds.field_propose_until"), value=None, key="round_propose_until")
        meeting_on = second.date_input(ui.tr("rounds.field_meeting_on"), value=None, key="round_meeting_on")
        due = third.date_input(ui.tr("rounds.field_answers_due"), value=None, key="round_answers_due")
        left, right = st.columns(2)
        per_class = left.number_input(
            ui.tr("rounds.field_per_class"), 1, 10, 3, key="round_per_class", help=ui.tr("rounds.per_class_help")
        )
        per_group = right.number_input(
            ui.tr("rounds.field_per_group"), 1, 50, 10, key="round_per_group", help=ui.tr("rounds.per_group_help")
        )
        if st.form_submit_button(ui.tr("rounds.submit"), type="primary", key="round_submit"):
            fields = {
                "title": title,
                "questions": questions.splitlines(),
                "themes": theme_text.splitlines(),
                "school_ids": chosen,
                "propose_until": until,
                "meeting_on": meeting_on,
                "answers_due": due,
                "per_class": int(per_class),
                "per_group": int(per_group),
            }
            create(fields)


def create(fields: dict) -> None:
    """Open the round and go to its page."""
    try:
        with ui.db_session() as db:
            made = rounds.create(db, actor, lang=ui.lang(), **fields)
    except CouncilError as err:
        ui.show_error(err)
        return
    st.session_state.round_form_open = False
    ui.flash("rounds.created", title=made.title)
    st.switch_page("pages/round.py", query_params={"round": made.id, "lang": ui.lang()})


if st.button(ui.tr("rounds.new"), key="round_create", type="primary", icon=":material/add:"):
    st.session_state.round_form_open = True
if st.session_state.get("round_form_open"):
    new_round_form()

if not mine:
    st.info(ui.tr("rounds.none_yet"), icon="ℹ️")
for council_round in mine:
    with st.container(border=True, key=f"round_card_{council_round.id}"):
        left, right = st.columns([4, 1], vertical_alignment="center")
        left.markdown(f"**{ui.plain(council_round.title)}** · {ui.tr('round.status.' + council_round.status)}")
        dates = [
            ui.tr(f"rounds.date.{name}", date=fmt_date(value, ui.lang()))
            for name, value in (
                ("propose_until", council_round.propose_until),
                ("meeting_on", council_round.meeting_on),
                ("answers_due", council_round.answers_due),
            )
            if value
        ]
        left.caption(" · ".join([ui.tr("rounds.schools_count", n=len(council_round.school_ids)), *dates]))
        right.page_link(
            "pages/round.py",
            label=ui.tr("rounds.open"),
            icon=":material/arrow_forward:",
            query_params={"round": council_round.id, "lang": ui.lang()},
        )
