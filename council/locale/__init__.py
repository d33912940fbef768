"""The one translation table, kept in one file per area: key -> (Swedish, English)."""

from council.locale import (
    accessibility,
    casefile,
    chrome,
    committees,
    common,
    deliberation,
    documents,
    easy,
    mail,
    method_annex,
    methods,
    operations,
    pupil,
    report,
    reporting,
    results,
    round_pages,
    round_people,
    rounds,
    security,
    teacher,
    voting,
)

_AREAS = (
    common,
    pupil,
    teacher,
    results,
    voting,
    methods,
    method_annex,
    report,
    reporting,
    committees,
    casefile,
    mail,
    deliberation,
    documents,
    easy,
    accessibility,
    operations,
    rounds,
    round_pages,
    round_people,
    security,
    chrome,
)


def _merge() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for area in _AREAS:
        clash = table.keys() & area.ENTRIES.keys()
        if clash:
            raise ValueError(f"translation keys defined twice: {sorted(clash)}")
        table.update(area.ENTRIES)
    return table


CATALOGUE = _merge()
