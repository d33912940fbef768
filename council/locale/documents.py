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
    "marks.not_now": (
        "Just nu går det inte att markera argument.",
        "You can't mark arguments right now.",
    ),
    "marks.own_argument": (
        "Du kan inte markera ditt eget argument.",
        "You can't mark your own argument.",
    ),
    "marks.rejoin": (
        "Gå med i rådet igen med koden för att kunna markera argument.",
        "Join the council again with the code to mark arguments.",
    ),
    # the pupil's discuss screen
    "marks.intro": (
        "Tryck 👍 vid de argument som övertygar dig – för eller emot. Ingen, inte heller läraren, kan se vilka du "
        "markerar; bara hur många som markerat varje argument räknas.",
        "Press 👍 beside the arguments that convince you – for or against. Nobody, your teacher included, can see "
        "which ones you mark; only how many marked each argument is counted.",
    ),
    "marks.intro.easy": (
        "Tryck 👍 vid skäl som du tycker är bra. Ingen ser vad du trycker på.",
        "Press 👍 beside reasons you think are good. Nobody sees what you press.",
    ),
    "marks.mark": ("👍 Det här övertygar mig", "👍 This convinces me"),
    "marks.mark.easy": ("👍 Bra skäl!", "👍 Good reason!"),
    "marks.undo": ("✓ Övertygar mig – tryck för att ångra", "✓ Convinces me – press to undo"),
    "marks.undo.easy": ("✓ Bra skäl – tryck för att ångra", "✓ Good reason – press to undo"),
    "marks.help": (
        "Du kan markera så många argument du vill, men varje argument bara en gång.",
        "You can mark as many arguments as you like, each one once.",
    ),
    "marks.yours": ("Ditt argument", "Your argument"),
}
