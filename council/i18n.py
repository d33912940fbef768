"""Translations and locale-aware formatting (Swedish default, English second)."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal, format_percent

from council.locale import CATALOGUE

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"
_BABEL_LOCALE = {"sv": "sv_SE", "en": "en_US"}


def normalise_language(lang: str | None) -> str:
    """Return a supported language code, falling back to Swedish."""
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, lang: str = DEFAULT_LANGUAGE, *, easy: bool = False, **values: object) -> str:
    """Translate a catalogue key (easy-read wording if asked and there is one). A key written as `key.one` and
    `key.other` is a count: the form is chosen by the value `count` or `n` ('1 nämnd', '2 nämnder')."""
    lang = normalise_language(lang)
    entry = CATALOGUE.get(f"{key}.easy") if easy else None
    entry = entry or CATALOGUE.get(key) or _plural_entry(key, lang, values.get("count", values.get("n")))
    if entry is None:
        raise KeyError(f"missing translation key: {key}")
    text = entry[LANGUAGES.index(lang)]
    return text.format(**values) if values else text


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(_BABEL_LOCALE[lang])


def _plural_entry(key: str, lang: str, count: object) -> tuple[str, str] | None:
    """The entry of the plural form `count` takes in this language (babel's CLDR rules), if the key has forms."""
    if not isinstance(count, int):
        return None
    form = _locale(lang).plural_form(abs(count))
    return CATALOGUE.get(f"{key}.{form}") or CATALOGUE.get(f"{key}.other")


def fmt_number(value: float, lang: str = DEFAULT_LANGUAGE, digits: int = 1) -> str:
    """Format a number the way the language writes it (decimal comma in Swedish)."""
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=_BABEL_LOCALE[normalise_language(lang)])


def fmt_percent(share: float, lang: str = DEFAULT_LANGUAGE) -> str:
    """Format a share 0..1 as a whole percent: '85 %' in Swedish, '85%' in English; halves round up, as in
    spreadsheets, so a file and its printout agree."""
    whole = Decimal(repr(float(share))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return format_percent(whole, locale=_BABEL_LOCALE[normalise_language(lang)])


def fmt_count_of(count: int, total: int, lang: str = DEFAULT_LANGUAGE) -> str:
    """'23 av 27 (85 %)' / '23 of 27 (85%)'; without a total just the count."""
    if not total:
        return str(count)
    return t("common.count_of", lang, count=count, total=total, percent=fmt_percent(count / total, lang))


def fmt_date(value: dt.date | dt.datetime, lang: str = DEFAULT_LANGUAGE) -> str:
    """'27 nov. 2026' / 'Nov 27, 2026'."""
    return format_date(value, format="medium", locale=_BABEL_LOCALE[normalise_language(lang)])


def fmt_datetime(value: dt.datetime, lang: str = DEFAULT_LANGUAGE) -> str:
    """A date with hours and minutes in the language's own style."""
    return format_datetime(value, format="medium", locale=_BABEL_LOCALE[normalise_language(lang)])
