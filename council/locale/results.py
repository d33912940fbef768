"""Translations: results, charts and exports."""

ENTRIES: dict[str, tuple[str, str]] = {
    "chart.results_title": ("Klassens prioriteringar", "The class's priorities"),
    "column.rank": ("Placering", "Rank"),
    "column.title": ("Förslag", "Proposal"),
    "column.theme": ("Tema", "Theme"),
    "column.voters_supporting": ("Elever som stöder", "Pupils in support"),
    "column.share_of_voters": ("Andel av de röstande", "Share of voters"),
}
