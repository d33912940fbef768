"""The teacher's sessions: the list, and a form to create a new one."""

import streamlit as st

from council import sessions, themes
from council.errors import CouncilError
from council.rounds import rounds
from pages import ui, who
from pages.parts import method_options, round_teacher, session_options

ui.leave_folder_page_mode()  # the first run after a server start may skip app.py

actor = who.require_actor()
ui.show_flash()
st.title(ui.tr("sessions.title"))
with ui.db_session() as db:
    open_rounds = rounds.open_for_teacher(db, actor) if actor.role != "coordinator" else []
round_teacher.open_rounds_notice(open_rounds)

new_session_box = st.expander(ui.tr("sessions.new"), expanded=st.session_state.get("open_new_session", False))
with new_session_box:
    method, params = method_options.fields()
with new_session_box, st.form("new_session"):
    title = st.text_input(
        ui.tr("sessions.field_title"),
        key="new_session_title",
        max_chars=120,
        placeholder=ui.tr("sessions.title_placeholder"),
    )
    question = st.text_area(
        ui.tr("sessions.field_question"),
        key="new_session_question",
        max_chars=500,
        placeholder=ui.tr("sessions.question_placeholder"),
    )
    in_round = round_teacher.round_field(open_rounds)
    left, right = st.columns(2)
    class_label = left.text_input(ui.tr("sessions.field_class"), key="new_session_class", max_chars=40)
    expected = right.number_input(
        ui.tr("sessions.field_expected"), min_value=0, max_value=2000, value=25, key="new_session_expected"
    )
    age_group = st.selectbox(
        ui.tr("sessions.field_age"),
        sessions.AGE_GROUPS,
        index=1,
        key="new_session_age",
        format_func=ui.namer("age."),
        help=ui.tr("sessions.age_help"),
    )
    options = session_options.form_fields()
    created = st.form_submit_button(ui.tr("sessions.create"), type="primary", key="new_session_create")
if created:
    fields = {
        "title": title,
        "class_label": class_label,
        "expected_size": int(expected),
        "method": method,
        "method_params": params,
        "age_group": age_group,
        **options,
    }
    try:
        with ui.db_session() as db:
            if in_round is not None:  # the round's question and themes
                council = rounds.create_class_session(db, actor, in_round, **fields)
            else:
                council = sessions.create_session(
                    db, actor, question=question, themes=themes.default_themes(ui.lang()), **fields
                )
        st.switch_page("pages/control_room.py", query_params={"session": council.id, "lang": ui.lang()})
    except CouncilError as err:
        st.session_state.open_new_session = True
        ui.show_error(err)

try:
    with ui.db_session() as db:
        mine = sessions.sessions_for(db, actor)
except CouncilError as err:
    ui.show_error(err)
    st.stop()
if not mine:
    st.info(ui.tr("sessions.none_yet"), icon="ℹ️")
for council in mine:
    with st.container(border=True):
        left, right = st.columns([4, 1])
        left.markdown(f"**{ui.plain(council.title)}** · {ui.plain(council.class_label)}")
        left.caption(f"{ui.tr('phase.' + council.phase)} · {ui.tr('sessions.code')}: {council.join_code}")
        round_teacher.session_badge(left, council)
        right.page_link(
            "pages/control_room.py",
            label=ui.tr("sessions.open"),
            icon="➡️",
            query_params={"session": council.id, "lang": ui.lang()},
        )
