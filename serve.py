"""The server: the Streamlit app (app.py) with the open data beside it (pages/open_data.py).

`streamlit run serve.py` (what scripts/run.sh does) serves both; `streamlit run app.py` still runs the whole app,
only the /open-data/... addresses are then missing (the public answers page keeps its download buttons).
"""

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from pages.open_data import ROUTES

# app.py lists every page with st.navigation. Beside a pages/ folder Streamlit would otherwise start in its old
# folder mode, which in an st.App server runs the first visitor's page without app.py (pages/ui.py settles the
# same thing by a rerun when app.py is run directly; here it can be settled before any visitor arrives).
PagesManager.uses_pages_directory = False

app = st.App("app.py", routes=ROUTES)
