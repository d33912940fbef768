"""The server: the Streamlit app (app.py) with the open data beside it (pages/open_data.py).

`streamlit run serve.py` (what scripts/run.sh does) serves both; `streamlit run app.py` still runs the whole app,
only the /open-data/... addresses are then missing (the public answers page keeps its download buttons).
"""

import streamlit as st

from pages.open_data import ROUTES

app = st.App("app.py", routes=ROUTES)
