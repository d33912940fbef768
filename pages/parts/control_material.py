"""The teacher's background material: add text, links and a CSV of figures; see and remove what is there."""

import streamlit as st

from council import materials
from council.auth import Actor
from council.errors import CouncilError
from council.models import CouncilSession
from pages import ui
from pages.parts import pupil_learn


def show(actor: Actor, council: CouncilSession) -> None:
    """What pupils will read, and the form for one more piece."""
    with ui.db_session() as db:
        found = materials.for_session(db, council.id)
    for material in found:
        pupil_learn.draw(material)
        if st.button(ui.tr("material.remove"), key=f"material_remove_{material.id}"):
            ui.apply(lambda db, gone=material.id: materials.remove(db, actor, gone), "material.saved")
    add_form(actor, council)


def add_form(actor: Actor, council: CouncilSession) -> None:
    """Title, markdown text, links one a line, and an optional CSV whose columns the teacher picks."""
    st.markdown(f"**{ui.tr('material.new')}**")
    st.text_input(ui.tr("material.title"), key="material_title", max_chars=120)
    st.text_area(ui.tr("material.body"), key="material_body", height=160, help=ui.tr("material.body_help"))
    st.text_area(ui.tr("material.links"), key="material_links", height=80, help=ui.tr("material.links_help"))
    upload_key = f"material_csv_{st.session_state.get('material_uploads', 0)}"
    upload = st.file_uploader(
        ui.tr("material.csv"), type=["csv", "txt"], key=upload_key, help=ui.tr("material.csv_help")
    )
    figures = upload.getvalue() if upload is not None else None
    x, ys = column_choice(figures)
    if st.button(ui.tr("material.add"), key="material_add", type="primary"):
        fields = {k: st.session_state.get(f"material_{k}", "") for k in ("title", "body", "links")}
        ui.apply(
            lambda db: materials.add(db, actor, council.id, **fields, figures=figures, chart_x=x, chart_y=ys),
            "material.saved",
            then=empty_form,
        )


def column_choice(figures: bytes | None) -> tuple[str, list[str]]:
    """Read the uploaded CSV and let the teacher pick the x column and the value columns."""
    if not figures:
        return "", []
    try:
        frame = materials.read_figures(figures)
    except CouncilError as err:
        ui.show_error(err)
        return "", []
    st.dataframe(frame.head(5), hide_index=True)
    columns = [str(c) for c in frame.columns]
    numeric = [c for c in materials.numeric_columns(frame) if c != columns[0]]
    x = st.selectbox(ui.tr("material.chart_x"), columns, key="material_x", placeholder=ui.tr("common.choose"))
    ys = st.multiselect(
        ui.tr("material.chart_y"),
        columns,
        default=numeric[:3],
        key="material_y",
        placeholder=ui.tr("common.choose"),
        select_all=False,
    )
    return x, ys


def empty_form() -> None:
    """After an add, empty the form (a new uploader key drops the file)."""
    for key in ("material_title", "material_body", "material_links", "material_x", "material_y"):
        st.session_state.pop(key, None)
    st.session_state.material_uploads = st.session_state.get("material_uploads", 0) + 1
