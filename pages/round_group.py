"""A theme group for its facilitator: the steps, slips for the representatives, the proposals with where they came
from, merging near-duplicates, the group's result and the pupils' wording."""

from pages import startup

startup.leave_folder_page_mode()  # first of all: the first run after a server start may skip app.py

import streamlit as st
from sqlmodel import Session

from council import onetime, slips
from council.errors import CouncilError
from council.models import Phase
from council.rounds import consolidate, wording
from pages import ui, who
from pages.parts import round_group_merge, round_group_wording

actor = who.require_actor()
ui.show_flash()
try:
    with ui.db_session() as db:
        work = consolidate.work(db, actor, st.query_params.get("group"))
        codes = onetime.counts(db, actor, work.council.id)
        listed = wording.items_of(db, work.group.id)
except CouncilError as err:
    ui.show_error(err)
    st.stop()
group, council = work.group, work.council
phase = Phase(council.phase)

st.title(ui.tr("round.group.title", name=ui.plain(group.name)))
st.caption(ui.tr("round.group.themes", themes=ui.plain(", ".join(group.themes))))
st.markdown(ui.tr("round.group.steps"))
left, right = st.columns(2)
left.page_link(
    "pages/control_room.py",
    label=ui.tr("round.group.control"),
    icon=":material/tune:",
    query_params={"session": council.id, "lang": ui.lang()},
)
right.page_link(
    "pages/projector.py",
    label=ui.tr("projector.open"),
    icon=":material/tv:",
    query_params={"session": council.id, "lang": ui.lang()},
)
st.info(ui.tr("round.group.phase", phase=ui.tr("phase." + phase)), icon="🧭")

with st.expander(ui.tr("round.group.slips", unused=codes.unused, used=codes.used), expanded=codes.made == 0):
    st.caption(ui.tr("round.group.slips_help"))
    count = st.number_input(ui.tr("codes.how_many"), 1, 60, 8, key="round_group_slip_count")
    if st.button(ui.tr("codes.generate"), key="round_group_slips"):

        def make(db: Session) -> None:
            made = onetime.generate(db, actor, council.id, count=int(count))
            st.session_state.round_group_pdf = slips.slips_pdf(
                made, base_url=st.context.url or "", title=group.name, lang=ui.lang()
            )

        ui.apply(make, "codes.saved")
    if pdf := st.session_state.get("round_group_pdf"):
        st.download_button(
            ui.tr("codes.download"),
            pdf,
            key="round_group_slips_pdf",
            mime="application/pdf",
            file_name=f"temagrupp-{group.id}-lappar.pdf",
        )

if phase in (Phase.draft, Phase.discuss):
    round_group_merge.show(actor, work)
else:
    round_group_merge.listing(work)
round_group_wording.show(actor, work, listed)
