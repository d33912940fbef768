"""Table column widths that fit their words, shared by the PDF and the Word document."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

FONT_FILES = {
    False: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    True: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
}

Measure = Callable[[str, bool], float]


def fit_widths(rows: Sequence[Sequence[str]], measure: Measure, total: float, padding: float) -> list[float]:
    """Widths (summing to `total`) where no column is narrower than its longest word (so no word breaks);
    columns with short text get their whole line and the long ones share the rest.
    `measure(text, bold)` gives a text's width; the first row is the bold heading row."""
    count = len(rows[0])
    least = [padding + max(_longest_word(row[i], measure, n == 0) for n, row in enumerate(rows)) for i in range(count)]
    most = [padding + max(measure(row[i], n == 0) for n, row in enumerate(rows)) for i in range(count)]
    spare = total - sum(least)
    if spare <= 0:  # even the words do not fit: shrink everything alike (the caller may pick a smaller font)
        return [width * total / sum(least) for width in least]
    lacking = [high - low for high, low in zip(most, least, strict=True)]
    widths = list(least)
    # Shortest lines first get their whole line; the longest text (a title) wraps in what is left.
    for i in sorted(range(count), key=lambda i: most[i]):
        given = min(lacking[i], spare)
        widths[i] += given
        spare -= given
    widths[max(range(count), key=lambda i: most[i])] += spare  # room to spare goes to the longest text
    return widths


def _longest_word(text: str, measure: Measure, bold: bool) -> float:
    """The width of the widest word in a cell."""
    return max((measure(word, bold) for word in str(text).split()), default=0.0)


def dejavu_measure(size_pt: float) -> Measure:
    """Text width in millimetres in DejaVu Sans at `size_pt` (wider than Calibri, so Word fits it too)."""

    def measure(text: str, bold: bool) -> float:
        return _measurer(bold).get_string_width(text) * size_pt / _MEASURE_SIZE

    return measure


_MEASURE_SIZE = 10


@lru_cache(maxsize=2)
def _measurer(bold: bool) -> Any:
    """An FPDF used only to read DejaVu's glyph widths."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm")
    pdf.add_font("DejaVu", "B" if bold else "", FONT_FILES[bold])
    pdf.set_font("DejaVu", "B" if bold else "", _MEASURE_SIZE)
    return pdf
