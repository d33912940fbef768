"""A committee answers each proposal of one forwarded report, with the whole case beside each answer."""

import streamlit as st

from council import case as cases
from council.errors import CouncilError, NotFound
from pages import ui, who
from pages.parts import answer_case, answer_form, answer_head

ui.leave_folder_page_mode()  # the first run after a server start may skip app.py

actor = who.require_actor()
forwarding_id = st.query_params.get("forwarding", "")
try:
    if not forwarding_id.isdigit():
        raise NotFound("report.not_found")
    with ui.db_session() as db:
        case = cases.case_for(db, actor, int(forwarding_id))
except CouncilError as err:
    ui.show_error(err)
    st.page_link("pages/inbox.py", label=ui.tr("nav.inbox"))
    st.stop()

ui.show_flash()
answer_head.show(actor, case)
st.subheader(ui.tr("answer.proposals", n=len(case.proposals)))
for proposal in case.proposals:
    with st.container(border=True, key=f"answer_case_{proposal.proposal_id}"):
        left, right = st.columns([5, 4])
        with left:
            answer_case.show(case, proposal)
        with right:
            answer_form.show(actor, case, proposal)
            answer_case.history(case.history.get(proposal.proposal_id, [])[:-1])
