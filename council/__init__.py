"""Klimatrådet: the service layer of a student climate council (no Streamlit here)."""
