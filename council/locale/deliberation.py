"""Translations: learning, themes, arguments, merging, the projector, one-time codes and kiosk mode."""

ENTRIES: dict[str, tuple[str, str]] = {
    # Themes and addressees
    "theme.default.transport": ("Transport och resor", "Transport and travel"),
    "theme.default.energy": ("Energi", "Energy"),
    "theme.default.food": ("Mat", "Food"),
    "theme.default.consumption": ("Konsumtion och avfall", "Consumption and waste"),
    "theme.default.buildings": ("Byggnader och lokaler", "Buildings and premises"),
    "theme.default.nature": ("Natur och biologisk mångfald", "Nature and biodiversity"),
    "theme.default.adaptation": ("Klimatanpassning", "Climate adaptation"),
    "theme.default.school": ("Skolan och vardagen", "School and everyday life"),
    "theme.default.information": ("Information och beteende", "Information and behaviour"),
    "theme.default.other": ("Annat", "Other"),
    "theme.bad_count": ("Det behövs mellan 1 och {most} teman.", "You need between 1 and {most} themes."),
    "theme.twice": ("Två teman har samma namn.", "Two themes have the same name."),
    "theme.in_use": (
        "Temat ”{theme}” används av ett förslag. Byt tema på förslaget först, eller byt namn på temat.",
        "The theme “{theme}” is used by a proposal. Change the proposal's theme first, or rename the theme.",
    ),
    "theme.not_found": ("Det temat finns inte.", "That theme does not exist."),
    "addressee.missing": ("Välj vem förslaget är till.", "Choose who the proposal is for."),
    "addressee.school": ("Vår skola", "Our school"),
    "addressee.bun": ("Barn- och ungdomsnämnden", "The children and youth committee"),
    "addressee.other_committee": ("En annan nämnd i kommunen", "Another municipal committee"),
    "addressee.company": ("Ett kommunalt bolag", "A municipal company"),
    "addressee.region": ("Regionen", "The region"),
    "addressee.county_board": ("Länsstyrelsen", "The county administrative board"),
    "addressee.national": ("Riksdagen och regeringen", "National level"),
    # One-time codes
    "join.needs_slip": (
        "Här behöver du en egen kod från en lapp. Fråga din lärare.",
        "Here you need your own code from a slip. Ask your teacher.",
    ),
    "join.code_used": (
        "Den koden är redan använd. Varje kod fungerar bara en gång. Fråga din lärare.",
        "That code has already been used. Each code works only once. Ask your teacher.",
    ),
    "join.code_revoked": (
        "Den koden gäller inte längre. Fråga din lärare.",
        "That code is no longer valid. Ask your teacher.",
    ),
    "codes.bad_count": ("Välj mellan 1 och {most} koder.", "Choose between 1 and {most} codes."),
    "codes.too_many": ("Högst {most} koder per klimatråd.", "At most {most} codes per council."),
    "codes.not_found": ("Den koden hör inte till det här klimatrådet.", "That code does not belong to this council."),
    "slip.heading": ("Klimatrådet", "Climate council"),
    "slip.line1": (
        "Gå till {host} och skriv koden, eller skanna QR-koden.",
        "Go to {host} and type the code, or scan the QR code.",
    ),
    "slip.line2": ("Koden fungerar en gång. Visa den inte för någon.", "The code works once. Don't show it to anyone."),
    # Arguments
    "argument.not_now": ("Just nu går det inte att skriva argument.", "You can't write arguments right now."),
    "argument.bad_side": ("Välj om du är för eller emot.", "Choose whether you are for or against."),
    "argument.not_found": ("Argumentet finns inte.", "The argument does not exist."),
    "input.argument_empty": ("Skriv ditt argument.", "Write your argument."),
    "input.argument_too_long": (
        "Argumentet är för långt: högst {limit} tecken (nu {length}).",
        "The argument is too long: at most {limit} characters (now {length}).",
    ),
    # Merging
    "merge.too_late": (
        "Förslag kan bara slås ihop innan röstningen börjar.",
        "Proposals can only be merged before voting starts.",
    ),
    "merge.need_two": ("Välj minst två förslag att slå ihop.", "Choose at least two proposals to merge."),
    "merge.not_mergeable": (
        "Ett av förslagen kan inte slås ihop (det är avvisat eller redan ihopslaget).",
        "One of the proposals cannot be merged (it is rejected or already merged).",
    ),
    # Material
    "material.csv_too_big": (
        "Filen är för stor ({size_kb} kB). Högst {most_kb} kB går att ladda upp – spara bara tabellen du vill visa.",
        "The file is too big ({size_kb} kB). At most {most_kb} kB can be uploaded – save only the table you want to show.",
    ),
    "material.csv_unreadable": (
        "Filen går inte att läsa som en tabell. Spara den som CSV i Excel och försök igen.",
        "The file can't be read as a table. Save it as CSV in Excel and try again.",
    ),
    "material.csv_encoding": (
        "Tecknen i filen går inte att läsa. Spara som ”CSV UTF-8” i Excel och försök igen.",
        "The characters in the file can't be read. Save as “CSV UTF-8” in Excel and try again.",
    ),
    "material.csv_too_few_columns": (
        "Tabellen behöver minst två kolumner och en rad med siffror, till exempel År och Utsläpp.",
        "The table needs at least two columns and one row of figures, for example Year and Emissions.",
    ),
    "material.csv_too_large_table": (
        "Tabellen är för stor: högst {rows} rader och {columns} kolumner.",
        "The table is too large: at most {rows} rows and {columns} columns.",
    ),
    "material.no_such_column": ("Kolumnen ”{column}” finns inte i filen.", "The column “{column}” is not in the file."),
    "material.pick_values": (
        "Välj minst en kolumn med siffror att visa.",
        "Choose at least one column of figures to show.",
    ),
    "material.not_numbers": (
        "Kolumnen ”{column}” innehåller inte bara siffror, så den går inte att rita.",
        "The column “{column}” does not hold only numbers, so it can't be drawn.",
    ),
    "material.bad_link": (
        "Länken går inte att använda: {line}. Skriv en adress som börjar med https://",
        "The link can't be used: {line}. Write an address starting with https://",
    ),
    "material.too_many_links": ("Högst {most} länkar.", "At most {most} links."),
    "material.too_late": (
        "Röstningen är avslutad; bakgrunden går inte att ändra nu.",
        "Voting is closed; the background can't be changed now.",
    ),
    "material.not_found": ("Materialet finns inte.", "The material does not exist."),
    "countdown.bad_minutes": ("Välj mellan 0 och {most} minuter.", "Choose between 0 and {most} minutes."),
}
