"""The public answers page (no login): every forwarded proposal of a round with its status and the committee's
reason, filterable by theme and status, with the same data as open data (CSV for Excel, plain CSV, JSON)."""

from pages import startup

startup.leave_folder_page_mode()  # first of all: the first run after a server start may skip app.py

import datetime as dt

import streamlit as st

from council.errors import CouncilError
from council.i18n import fmt_date
from council.rounds import public
from pages import ui

st.title(ui.tr("public.title"))
slug = st.query_params.get("round")
try:
    with ui.db_session() as db:
        if not slug:
            listed = public.published_rounds(db)
        else:
            council_round = public.published(db, slug)
            table = public.answers_table(db, council_round)
            document = public.as_json(db, council_round, table)
except CouncilError as err:
    ui.show_error(err)
    st.stop()

if not slug:
    st.write(ui.tr("public.pick"))
    if not listed:
        st.info(ui.tr("public.none"), icon="ℹ️")
    for found in listed:
        st.page_link(
            "pages/public_answers.py",
            label=found.title,
            icon=":material/arrow_forward:",
            query_params={"round": found.slug, "lang": ui.lang()},
        )
    st.stop()

st.header(ui.plain(council_round.title))
for question in council_round.questions:
    st.markdown(f"> {ui.plain(question)}")
funnel = document["round"]["funnel"]
st.markdown(ui.tr("public.funnel", **{k: int(funnel.get(k) or 0) for k in ("written", "classes", "schools", "final")}))
counts = table["status"].value_counts()
st.caption(" · ".join(ui.tr(f"public.count.{s}", n=int(counts[s])) for s in public.STATUSES if s in counts))

left, right = st.columns(2)
themes = left.multiselect(
    ui.tr("public.filter_theme"), sorted(table["theme"].unique()), key="public_theme", placeholder=ui.tr("public.all")
)
statuses = right.multiselect(
    ui.tr("public.filter_status"),
    [s for s in public.STATUSES if s in counts],
    key="public_status",
    format_func=ui.namer("public.status."),
    placeholder=ui.tr("public.all"),
)
chosen = public.filtered(table, themes=themes, statuses=statuses)
with st.container(key="public_answers_table"):
    st.dataframe(public.labelled(chosen[public.OVERVIEW], ui.lang()), hide_index=True)

st.subheader(ui.tr("public.read"))
for row in chosen.to_dict("records"):
    with st.container(border=True, key=f"public_answer_{row['proposal_id']}"):
        st.markdown(f"**{row['number']}. {ui.plain(row['title'])}**")
        st.markdown(ui.plain(row["body"]))
        where = f" · {ui.plain(row['committee'])}" if row["committee"] else ""
        st.markdown(f"**{ui.tr('public.status.' + row['status'])}**{where} · {ui.plain(row['theme'])}")
        if row["answer"]:
            st.markdown(ui.plain(row["answer"]))
            st.caption(fmt_date(dt.date.fromisoformat(row["answered_on"]), ui.lang()))

st.subheader(ui.tr("public.open_data"))
st.caption(ui.tr("public.open_data_help"))
name = f"klimatrunda-{council_round.slug}"
lang = ui.lang()
downloads = (  # each file is built when it is clicked, not on every run of the page
    ("public.csv_excel", lambda: public.csv_excel(chosen, lang), f"{name}-excel.csv", "text/csv", "public_answers_csv"),
    ("public.csv_plain", lambda: public.csv_plain(chosen), f"{name}.csv", "text/csv", "public_answers_csv_plain"),
    ("public.json", lambda: public.json_bytes(document), f"{name}.json", "application/json", "public_answers_json"),
)
for column, (label, build, file_name, mime, key) in zip(st.columns(3), downloads, strict=True):
    column.download_button(ui.tr(label), build, file_name=file_name, mime=mime, key=key)
base = ui.absolute_url("").split("?")[0].rstrip("/")
st.code("\n".join(f"{base}/open-data/rounds/{council_round.slug}/{f}" for f in public.FILES), language=None)
