"""Translations: single sign-on, the data lifecycle of a session, and the audit log."""

ENTRIES: dict[str, tuple[str, str]] = {
    "auth.sso_no_account": (
        "Du är inloggad som {email}, men det finns inget aktivt konto med den adressen här. "
        "Be administratören lägga till din e-postadress på ditt konto.",
        "You are signed in as {email}, but there is no active account with that address here. "
        "Ask the administrator to add your e-mail address to your account.",
    ),
    "auth.bad_email": (
        "Skriv en giltig e-postadress (eller lämna fältet tomt).",
        "Enter a valid e-mail address (or leave it empty).",
    ),
    "auth.email_taken": (
        "Ett annat konto har redan den e-postadressen.",
        "Another account already has that e-mail address.",
    ),
    "login.sso": ("Logga in med skolans konto", "Log in with your school account"),
    "login.or_password": ("eller med användarnamn och lösenord:", "or with username and password:"),
    "accounts.email": ("E-post (för inloggning med skolans konto)", "E-mail (for logging in with the school account)"),
    "nav.data": ("Data och logg", "Data and log"),
    "data.title": ("Data och granskningslogg", "Data and audit log"),
    "data.sessions": (
        "Klimatråd: certifiera, arkivera, radera röstsedlar",
        "Councils: certify, archive, delete ballots",
    ),
    "data.help": (
        "Certifiera resultatet när omröstningen är avslutad. Ett arkiverat och certifierat klimatråd kan få sina "
        "röstsedlar raderade; resultatet och rapporterna finns kvar.",
        "Certify the results once the vote is closed. An archived, certified council can have its ballots "
        "deleted; the results and reports stay.",
    ),
    "data.session": ("Klimatråd", "Council"),
    "data.state": ("Läge", "State"),
    "data.certified": ("certifierat", "certified"),
    "data.archived": ("arkiverat", "archived"),
    "data.ballots_deleted": ("röstsedlar raderade", "ballots deleted"),
    "data.pick": ("Välj klimatråd", "Choose a council"),
    "data.certify": ("Certifiera resultatet", "Certify the results"),
    "data.archive": ("Arkivera", "Archive"),
    "data.delete_ballots": ("Radera röstsedlarna", "Delete the ballots"),
    "data.confirm_delete": (
        "Jag förstår att röstsedlarna inte går att få tillbaka.",
        "I understand the ballots cannot be brought back.",
    ),
    "data.done_certify": ("Resultatet är certifierat.", "The results are certified."),
    "data.done_archive": ("Klimatrådet är arkiverat.", "The council is archived."),
    "data.done_delete.one": ("{n} röstsedel är raderad.", "{n} ballot has been deleted."),
    "data.done_delete.other": ("{n} röstsedlar är raderade.", "{n} ballots have been deleted."),
    "data.audit": ("Granskningslogg", "Audit log"),
    "data.audit_help": (
        "Vad lärare och administratörer har gjort, och när. Elevers röster loggas aldrig.",
        "What teachers and administrators did, and when. Pupils' votes are never logged.",
    ),
    "data.when": ("När", "When"),
    "data.who": ("Vem", "Who"),
    "data.what": ("Vad", "What"),
    "data.target": ("Gäller", "Concerns"),
    "lifecycle.certify_and_archive_first": (
        "Certifiera resultatet och arkivera klimatrådet innan röstsedlarna raderas.",
        "Certify the results and archive the council before deleting its ballots.",
    ),
}
