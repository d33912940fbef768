"""Translations: results."""

ENTRIES: dict[str, tuple[str, str]] = {
}
