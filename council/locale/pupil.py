"""Translations: pupil."""

ENTRIES: dict[str, tuple[str, str]] = {
}
