"""The learn phase: the teacher's background text, links and figures, readable any time after."""

import streamlit as st

from council import charts, live, materials
from council.models import Material
from council.sessions import Pupil
from council.text import teacher_html
from pages import ui

NO_TOOLBAR = {"displayModeBar": False}


def show(pupil: Pupil) -> None:
    """Every piece of background, in full."""
    found = live.materials(ui.engine(), pupil.session_id)
    st.subheader(ui.tr("learn.title"))
    if not found:
        st.caption(ui.tr("learn.nothing_yet"))
    for material in found:
        draw(material)


def background_box(pupil: Pupil) -> None:
    """The background folded away under the later phases' own views."""
    found = live.materials(ui.engine(), pupil.session_id)
    if found:
        with st.expander(ui.tr("learn.again")):
            for material in found:
                draw(material)


def draw(material: Material) -> None:
    """One piece: title, the teacher's formatted text, links, and the chart of its figures."""
    with st.container(border=True, key=f"material_{material.id}"):
        st.markdown(f"### {ui.plain(material.title)}")
        if material.body:
            st.html(teacher_html(material.body))  # rendered, then cleaned by an allow-list (council/text.py)
        for link in material.links:
            st.markdown(f"- [{ui.plain(link['label'])}]({materials.safe_url(link['url'])})")
        frame = materials.figures_of(material)
        if frame is not None:
            figure = charts.figures_line(frame, x=material.chart_x, ys=material.chart_y, title=material.title)
            st.plotly_chart(figure, config=NO_TOOLBAR, key=f"material_chart_{material.id}")
