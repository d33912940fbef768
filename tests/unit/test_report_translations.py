"""The report's translation entries."""

from __future__ import annotations

from council.locale import report

PREFIXES = ("report.", "summary.", "chart.", "export.")


def test_every_report_entry_has_swedish_and_english_text():
    for key, (swedish, english) in report.ENTRIES.items():
        assert key.startswith(PREFIXES), key
        assert swedish.strip() and english.strip(), key
