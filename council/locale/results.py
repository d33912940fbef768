"""Translations: results, charts and exports."""

ENTRIES: dict[str, tuple[str, str]] = {
    "chart.results_title": ("Klassens prioriteringar", "The class's priorities"),
    "chart.axis.points": ("Poäng", "Points"),
    "chart.axis.voters_supporting": ("Antal elever som stöder", "Pupils in support"),
}
