"""The new session's voting method, drawn from its description: the choice, how it works, its settings.

They sit above the form, outside it, so that choosing a method at once shows that method's settings."""

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from council import methods, tally
from council.methods import Parameter
from pages import ui


def fields() -> tuple[str, dict]:
    """The method and its settings, as create_session takes them."""
    method = _method_choice()
    return method, _settings_fields(method)


def _method_choice() -> str:
    """The method list and how the chosen one works."""
    chosen = st.selectbox(
        ui.tr("sessions.field_method"),
        tally.methods(),
        key="new_session_method",
        format_func=ui.namer("method."),
        placeholder=ui.tr("common.choose"),
        on_change=_keep_form_open,
    )
    st.caption(ui.tr(methods.describe(chosen).explanation_key))
    return chosen


def _keep_form_open() -> None:
    st.session_state.open_new_session = True


def _settings_fields(method: str) -> dict:
    """One input per setting of the method."""
    settings = methods.describe(method).parameters
    if not settings:
        return {}
    columns = st.columns(len(settings))
    return {setting.name: _field(column, method, setting) for column, setting in zip(columns, settings, strict=True)}


def _field(column: DeltaGenerator, method: str, setting: Parameter) -> int | str:
    """A number between the setting's limits, or a choice of named counting methods."""
    key = f"new_session_{method}_{setting.name}"
    help_text = ui.tr(setting.help_key) if setting.help_key else None
    if setting.choices:
        return column.radio(
            ui.tr(setting.label_key),
            setting.choices,
            index=setting.choices.index(setting.form_default),
            key=key,
            format_func=ui.namer("method."),
            help=help_text,
            on_change=_keep_form_open,
        )
    return int(
        column.number_input(
            ui.tr(setting.label_key),
            min_value=setting.low,
            max_value=setting.high,
            value=setting.form_default,
            step=1,
            key=key,
            help=help_text,
            on_change=_keep_form_open,
        )
    )
