"""Plotly figures -> PNG through one warm kaleido server per export, or None when no browser can draw."""

from __future__ import annotations

import logging
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType

import plotly.graph_objects as go
import plotly.io as pio

_log = logging.getLogger(__name__)
_BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
_ONE_SERVER = threading.Lock()  # kaleido's sync server is a process-wide singleton
WIDTH_PX = 900
SCALE = 1.5  # about 200 dpi at the PDF's text width


def browser_path() -> str | None:
    """The browser kaleido should use: BROWSER_PATH when set (even if wrong), else one on PATH."""
    if configured := os.environ.get("BROWSER_PATH"):
        return configured if os.access(configured, os.X_OK) else None
    return next((found for name in _BROWSERS if (found := shutil.which(name))), None)


@contextmanager
def chart_renderer(enabled: bool = True) -> Iterator[Callable[[list[go.Figure]], list[bytes] | None] | None]:
    """One warm kaleido server for one export; yields a renderer, or None when charts cannot be drawn."""
    # The browser boots in the background, so work done inside the block before
    # the first render overlaps with the two seconds a cold Chromium needs.
    path = browser_path() if enabled else None
    if path is None:
        if enabled:
            _log.warning("no browser for kaleido; exporting without charts")
        yield None
        return
    import kaleido  # imported late: only exports with charts need it

    with _ONE_SERVER:
        if not _start(kaleido, path):
            yield None
            return
        try:
            yield _render
        finally:
            kaleido.stop_sync_server(silence_warnings=True)


def _start(kaleido: ModuleType, path: str) -> bool:
    """Start the shared kaleido server on this browser; False if it will not start."""
    try:
        kaleido.start_sync_server(path=path, mathjax=False, timeout=30, silence_warnings=True)
    except Exception:  # noqa: BLE001 - no charts is better than no report
        _log.exception("kaleido would not start")
        return False
    return True


def _render(figures: list[go.Figure]) -> list[bytes] | None:
    """Each figure as PNG bytes through the running server, or None if the browser fails."""
    try:
        return [pio.to_image(fig, format="png", width=WIDTH_PX, scale=SCALE) for fig in figures]
    except Exception:  # noqa: BLE001 - a broken browser must not cost the teacher the whole report
        _log.exception("kaleido could not draw the charts")
        return None


def figures_to_png(figures: list[go.Figure]) -> list[bytes] | None:
    """Each figure as PNG bytes, or None when charts cannot be drawn here."""
    with chart_renderer(bool(figures)) as render:
        return render(figures) if render else None
