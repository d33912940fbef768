"""Translations: words every screen uses."""

ENTRIES: dict[str, tuple[str, str]] = {
    "common.count_of": ("{count} av {total} ({percent})", "{count} of {total} ({percent})"),
}
