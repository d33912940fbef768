"""The committee's inbox: forwarded reports, newest first, with deadlines, registration and where each stands."""

import streamlit as st

from council import committees
from council.deadlines import Standing
from council.errors import CouncilError
from council.i18n import fmt_date
from pages import ui, who
from pages.parts import notify_address

ui.leave_folder_page_mode()  # the first run after a server start may skip app.py

actor = who.require_actor()
st.title(ui.tr("inbox.title"))
try:
    with ui.db_session() as db:
        items = committees.inbox(db, actor)
except CouncilError as err:
    ui.show_error(err)
    st.stop()
if not items:
    st.info(ui.tr("inbox.empty"), icon="ℹ️")
for item in items:
    with st.container(border=True, key=f"inbox_item_{item.forwarding.id}"):
        left, right = st.columns([4, 1])
        left.markdown(f"**{ui.plain(item.report.title)}** · {ui.plain(item.committee)}")
        data = item.report.data
        meta = "round.inbox_meta" if data.get("kind") == "round" else "inbox.meta"  # a municipal round's list
        left.caption(
            ui.tr(
                meta,
                school=ui.plain(data.get("school", "")),
                klass=ui.plain(data.get("class_label", "")),
                date=fmt_date(item.forwarding.forwarded_at, ui.lang()),
                deadline=fmt_date(item.forwarding.deadline, ui.lang()),
            )
        )
        if item.forwarding.diarienummer:
            left.text(ui.tr("inbox.dnr", dnr=item.forwarding.diarienummer))
        left.markdown(ui.tr("inbox.answered", answered=item.answered, total=item.total))
        standing = item.state.standing
        if standing == Standing.withdrawn:
            left.warning(ui.tr("inbox.withdrawn"), icon="↩️")
        elif standing == Standing.overdue:
            left.error(ui.tr("inbox.overdue"), icon="⏰")
        elif standing == Standing.due_soon:
            left.warning(ui.tr("inbox.due_soon", days=item.state.days_left), icon="⏳")
        right.page_link(
            "pages/answer.py",
            label=ui.tr("inbox.open"),
            icon=":material/edit_note:",
            query_params={"forwarding": item.forwarding.id, "lang": ui.lang()},
        )
notify_address.own_address(actor)
