"""Shared fixtures for the unit tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from report_sample import build_report, build_score_report, build_small_report  # noqa: E402


@pytest.fixture
def report() -> dict:
    """The approval report of class 6B."""
    return build_report()


@pytest.fixture
def score_report() -> dict:
    """The same class voting with scores."""
    return build_score_report()


@pytest.fixture
def small_report() -> dict:
    """A report with only three ballots."""
    return build_small_report()
