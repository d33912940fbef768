"""Shared fixtures for the unit tests."""

from __future__ import annotations

import pytest

from .report_sample import build_report, build_score_report, build_small_report


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
