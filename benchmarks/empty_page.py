"""An empty Streamlit page: the yardstick page_overhead.py compares the vote page with."""
