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
    "marks.count.one": (" (övertygande för {n} elev)", " (convincing to {n} pupil)"),
    "marks.count.other": (" (övertygande för {n} elever)", " (convincing to {n} pupils)"),
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
        "Tryck på ”Det här övertygar mig” vid de argument som övertygar dig – för eller emot. Ingen, inte heller "
        "läraren, kan se vilka du markerar; bara hur många som markerat varje argument räknas. Markera så många "
        "du vill, varje argument en gång.",
        "Press “This convinces me” beside the arguments that convince you – for or against. Nobody, your teacher "
        "included, can see which ones you mark; only how many marked each argument is counted. Mark as many as "
        "you like, each one once.",
    ),
    "marks.intro.easy": (
        "Tryck på ”Bra skäl!” vid skäl som du tycker är bra. Ingen ser vad du trycker på.",
        "Press “Good reason!” beside reasons you think are good. Nobody sees what you press.",
    ),
    "marks.mark": ("Det här övertygar mig", "This convinces me"),
    "marks.mark.easy": ("Bra skäl!", "Good reason!"),
    "marks.undo": ("Övertygar mig – tryck för att ångra", "Convinces me – press to undo"),
    "marks.undo.easy": ("Bra skäl – tryck för att ångra", "Good reason – press to undo"),
    "marks.yours": ("Ditt argument", "Your argument"),
    # the report page's downloads
    "report.downloads_documents": ("Att läsa och arkivera", "To read and file"),
    "report.downloads_data": ("Data att räkna vidare på", "Data to work with"),
    "report.download.txt": ("Text för e-post", "Text for e-mail"),
    "report.download.csv_data": ("CSV för dataverktyg", "CSV for data tools"),
    "report.download_help.pdf": ("Hela rapporten med diagram, A4.", "The whole report with charts, A4."),
    "report.download_help.docx": ("Hela rapporten att redigera i Word, A4.", "The whole report to edit in Word, A4."),
    "report.download_help.txt": (
        "Ren text att klistra in i ett e-postmeddelande.",
        "Plain text to paste into an e-mail.",
    ),
    "report.download_help.md": (
        "Samma text med Markdown-rubriker, för wikis och webbsidor.",
        "The same text with Markdown headings, for wikis and web pages.",
    ),
    "report.download_help.xlsx": (
        "Resultat, förslag, argument och valsedlar, utskriftsklara.",
        "Results, proposals, arguments and ballots, ready to print.",
    ),
    "report.download_help.csv": (
        "Resultatet för Excel: semikolon och decimalkomma, öppnas i rätt kolumner.",
        "The results for Excel: opens in the right columns.",
    ),
    "report.download_help.csv_data": (
        "Resultatet för R, Python och andra verktyg: komma och decimalpunkt, UTF-8.",
        "The results for R, Python and other tools: comma and decimal point, UTF-8.",
    ),
    "export.csv_data": ("Ladda ner för dataverktyg (CSV)", "Download for data tools (CSV)"),
    "results.blank_base": (
        "Blanka röster: {n}. Andelarna räknas på de {base} som röstade på minst ett förslag.",
        "Blank ballots: {n}. The shares are of the {base} who voted for at least one proposal.",
    ),
}
