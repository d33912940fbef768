"""Translations: teacher."""

ENTRIES: dict[str, tuple[str, str]] = {
}
