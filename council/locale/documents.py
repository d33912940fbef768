"""Translations: shares and their base, convincing arguments, and the documents made for filing."""

ENTRIES: dict[str, tuple[str, str]] = {
    # summary
    "summary.only_blank": (
        "Alla som röstade lämnade blankt, så det finns inga prioriteringar att rapportera.",
        "Everyone who voted left the ballot blank, so there are no priorities to report.",
    ),
    "summary.blank_base": (
        "{blank} röstade blankt, så andelarna nedan räknas på de {base} som röstade på minst ett förslag.",
        "{blank} left the ballot blank, so the shares below are of the {base} who voted for at least one proposal.",
    ),
    "summary.priority_line_bare": ("{rank}. {title}", "{rank}. {title}"),
    # documents
    "report.heading.proposals": (
        "Förslagen och klassens argument",
        "The proposals and the class's arguments",
    ),
    "report.column.marks": ("Markerat som övertygande", "Marked as convincing"),
    "report.field.share_base": (
        "Röstade på minst ett förslag (bas för andelarna)",
        "Voted for at least one proposal (base of the shares)",
    ),
    "export.yes": ("Ja", "Yes"),
    "export.no": ("Nej", "No"),
    # convincing arguments
    "marks.count.one": (" (övertygande för 1 elev)", " (convincing to 1 pupil)"),
    "marks.count.many": (" (övertygande för {n} elever)", " (convincing to {n} pupils)"),
}
