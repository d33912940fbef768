"""Translations: the report's summary, charts and export formats."""

ENTRIES: dict[str, tuple[str, str]] = {
    # summary text
    "summary.quote": ("”{text}”", "“{text}”"),
    "summary.context": (
        "Klass {class_label} på {school} har arbetat med frågan {question}{stop}",
        "Class {class_label} at {school} has worked on the question {question}{stop}",
    ),
    "summary.turnout": (
        "{voted} av {expected} elever röstade ({percent}).",
        "{voted} of {expected} pupils voted ({percent}).",
    ),
    "summary.turnout_no_class_size": ("{voted} elever röstade.", "{voted} pupils voted."),
    "summary.joined": ("{joined} elever deltog i rådet.", "{joined} pupils took part in the council."),
    "summary.no_votes": (
        "Inga röster har lämnats ännu, så det finns inga prioriteringar att rapportera.",
        "No votes have been cast yet, so there are no priorities to report.",
    ),
    "summary.priorities": ("Klassens högsta prioriteringar:", "The class's top priorities:"),
    "summary.priority_line": ("{rank}. {title} – {support}", "{rank}. {title} – {support}"),
    "summary.support": ("{count} av {total} elever ({percent})", "{count} of {total} pupils ({percent})"),
    "summary.mean": (", medelbetyg {mean}", ", mean score {mean}"),
    "summary.tie": (
        "{titles} hamnade lika och delar plats {rank}.",
        "{titles} came out level and share place {rank}.",
    ),
    "summary.broadest": ("Bredast enighet fanns kring {title}.", "The broadest agreement was on {title}."),
    "summary.divided": (
        "Mest delade var meningarna om {title}: {share_for} för och {share_against} emot.",
        "Most divided were views on {title}: {share_for} for and {share_against} against.",
    ),
    "summary.top_themes": (
        "De högst prioriterade förslagen handlar om {themes}.",
        "The top proposals are about {themes}.",
    ),
    "summary.best_theme": (
        "Flest elever stödde förslag inom temat {theme}: {support}.",
        "Most pupils supported proposals in the theme {theme}: {support}.",
    ),
    "summary.best_theme_votes": (
        "Flest röster gick till temat {theme}: {votes} röster.",
        "Most votes went to the theme {theme}: {votes} votes.",
    ),
    "summary.arguments": (
        "Starkaste argumenten för och emot (det som flest elever markerade som övertygande; utan markeringar det första):",
        "Strongest arguments for and against (the one most pupils marked as convincing; without marks the first one):",
    ),
    "summary.argument_for": ("  För: {text}", "  For: {text}"),
    "summary.argument_against": ("  Emot: {text}", "  Against: {text}"),
    "summary.no_argument_for": ("  För: inga argument skrevs.", "  For: no arguments were written."),
    "summary.no_argument_against": ("  Emot: inga argument skrevs.", "  Against: no arguments were written."),
    "summary.no_arguments_for_proposal": ("{title}: inga argument skrevs.", "{title}: no arguments were written."),
    "summary.no_arguments_at_all": (
        "Klassen skrev inga argument för eller emot förslagen.",
        "The class wrote no arguments for or against the proposals.",
    ),
    "summary.minority": (
        "En tydlig minoritet stödde också {items}.",
        "A clear minority also supported {items}.",
    ),
    "summary.minority_score": (
        "En tydlig minoritet gav högsta betyg till {items}.",
        "A clear minority gave the highest score to {items}.",
    ),
    "summary.minority_score_item": ("{title} ({share})", "{title} ({share})"),
    # charts
    "chart.themes_title": ("Stöd per tema", "Support per theme"),
    "chart.axis.theme_supporters": (
        "Elever som stöder minst ett förslag i temat",
        "Pupils supporting at least one proposal in the theme",
    ),
    "chart.axis.theme_votes": ("Röster på temats förslag", "Votes for the theme's proposals"),
    "chart.score_title": ("För och emot varje förslag", "For and against each proposal"),
    "chart.axis.share_of_voters": ("Andel av de röstande", "Share of voters"),
    "chart.for": ("För (+1, +2)", "For (+1, +2)"),
    "chart.against": ("Emot (−1, −2)", "Against (−1, −2)"),
    # report documents
    "report.small_group_warning": (
        "Obs! Färre än 5 elever röstade. Med så få röster kan enskilda elevers val gå att gissa – dra försiktiga slutsatser.",
        "Note: fewer than 5 pupils voted. With so few votes single pupils' choices may be guessed – draw careful conclusions.",
    ),
    "report.context": (
        "{school} · Klass {class_label} · Lärare: {teacher} · {date} · Version {version}",
        "{school} · Class {class_label} · Teacher: {teacher} · {date} · Version {version}",
    ),
    "report.committees": ("Till: {committees}", "To: {committees}"),
    "report.heading.summary": ("Sammanfattning", "Summary"),
    "report.heading.priorities": ("Klassens prioriteringar", "The class's priorities"),
    "report.heading.charts": ("Diagram", "Charts"),
    "report.heading.comment": ("Lärarens kommentar", "The teacher's comment"),
    "report.no_comment": ("Läraren har inte skrivit någon kommentar.", "The teacher has not written a comment."),
    "report.no_arguments": ("Inga argument skrevs.", "No arguments were written."),
    "report.no_ballots": ("Inga valsedlar att visa.", "No ballots to show."),
    "report.side.for": ("För", "For"),
    "report.side.against": ("Emot", "Against"),
    "report.annex.common": (
        (
            "Omröstningen var hemlig: ingen, inte heller läraren, kan se hur en enskild elev röstade. "
            "Alla andelar räknas på de elever som röstade på minst ett förslag; blanka röster räknas i "
            "valdeltagandet men inte i andelarna. ”~100 %” betyder att 1–4 elever skilde sig från alla andra "
            "och att minst 90 % höll med. Förslag som hamnade lika delar placering. "
            "Under diskussionen kunde varje elev anonymt markera argument som övertygande, en gång per argument; "
            "det starkaste argumentet är det som fick flest markeringar (antalet står inom parentes), och argument "
            "utan markeringar står i den ordning de visades i diskussionen."
        ),
        (
            "The vote was secret: nobody, the teacher included, can see how a single pupil voted. "
            "Every share is of the pupils who voted for at least one proposal; blank ballots count in the "
            "turnout but not in the shares. “~100%” means that 1–4 pupils differed from everyone else and at "
            "least 90% agreed. Proposals that came out level share a place. "
            "During the discussion every pupil could anonymously mark arguments as convincing, once per argument; "
            "the strongest argument is the one marked most often (the count is in brackets), and arguments "
            "without marks stand in the order they were shown in the discussion."
        ),
    ),
    # table columns (the common ones live in results.py)
    "report.column.support": ("Stöd", "Support"),
    "report.column.addressee": ("Mottagare", "Addressee"),
    "report.column.proposal_id": ("Förslagsnummer", "Proposal number"),
    "report.column.body": ("Text", "Text"),
    "report.column.arguments_for": ("Argument för", "Arguments for"),
    "report.column.arguments_against": ("Argument emot", "Arguments against"),
    "report.column.side": ("För/emot", "For/against"),
    "report.column.argument": ("Argument", "Argument"),
    "report.column.ballot": ("Valsedel", "Ballot"),
    "report.column.value": ("Värde", "Value"),
    "report.column.warning": ("Varning", "Warning"),
    # spreadsheet
    "report.sheet.summary": ("Sammanfattning", "Summary"),
    "report.sheet.results": ("Resultat", "Results"),
    "report.sheet.proposals": ("Förslag", "Proposals"),
    "report.sheet.arguments": ("Argument", "Arguments"),
    "report.sheet.ballots": ("Valsedlar", "Ballots"),
    "report.field.title": ("Rubrik", "Title"),
    "report.field.question": ("Fråga", "Question"),
    "report.field.voted": ("Röstande", "Voted"),
    "report.field.expected": ("Elever i klassen", "Pupils in the class"),
    "report.field.joined": ("Deltog", "Took part"),
    "report.field.blank": ("Blanka röster", "Blank ballots"),
    # export mechanics
    "export.page_of": ("Sida {page} av {total}", "Page {page} of {total}"),
    "export.charts_missing": (
        "Diagrammen kunde inte ritas på den här datorn. Tabellen ovan visar samma siffror.",
        "The charts could not be drawn on this computer. The table above shows the same figures.",
    ),
    "export.chart_alt.ranking": (
        "Stapeldiagram över stödet för de {count} förslag med mest stöd. Samma siffror står i tabellen Prioriteringar.",
        "Bar chart of the support for the {count} proposals with the most support. The Priorities table holds the same figures.",
    ),
    "export.chart_alt.score": (
        "Diagram över andelen som är för och emot vart och ett av de {count} främsta förslagen. Samma siffror står i tabellen Prioriteringar.",
        "Chart of the share for and against each of the {count} leading proposals. The Priorities table holds the same figures.",
    ),
    "export.chart_alt.themes": (
        "Stapeldiagram över stödet per tema: hur många röster förslagen i varje tema fick.",
        "Bar chart of the support per theme: how many votes the proposals in each theme received.",
    ),
    "export.chart_top": (
        "Diagrammet visar de {count} högst placerade förslagen.",
        "The chart shows the {count} highest-placed proposals.",
    ),
}
