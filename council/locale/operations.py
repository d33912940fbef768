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
    "data.confirm_certify": (
        "Certifiera resultatet för ”{title}”? Resultatet av de {n} rösterna sparas som det är nu och kan inte ändras "
        "efteråt. Först då kan röstsedlarna raderas.",
        "Certify the results of “{title}”? The result of the {n} votes is kept as it is now and cannot be changed "
        "afterwards. Only then can the ballots be deleted.",
    ),
    "data.confirm_certify_yes": ("Ja, certifiera", "Yes, certify"),
    "data.confirm_delete": (
        "Radera röstsedlarna för ”{title}” ({n} st.)? Det går inte att ångra. Det certifierade resultatet och "
        "rapporterna finns kvar.",
        "Delete the ballots of “{title}” ({n})? This cannot be undone. The certified results and the reports stay.",
    ),
    "data.confirm_delete_yes": ("Ja, radera röstsedlarna", "Yes, delete the ballots"),
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
    "data.open": ("Öppna", "Open"),
    "data.link": ("Länk", "Link"),
    "data.audit_csv": ("Ladda ner loggen (CSV, med koderna)", "Download the log (CSV, with the codes)"),
    "audit.csv.at": ("tid (UTC)", "time (UTC)"),
    "audit.csv.who": ("vem", "who"),
    "audit.csv.action": ("kod", "code"),
    "audit.csv.target": ("gäller (kod)", "concerns (code)"),
    "audit.csv.words": ("vad", "what"),
    "audit.auth.login": ("loggade in", "logged in"),
    "audit.auth.sso_login": ("loggade in med skolans konto", "logged in with the school account"),
    "audit.user.create_first_admin": (
        "installerade appen och blev administratör",
        "installed the app and became administrator",
    ),
    "audit.user.create": ("skapade kontot {name}", "created the account {name}"),
    "audit.user.edit": ("ändrade kontot {name}", "changed the account {name}"),
    "audit.user.deactivate": ("inaktiverade kontot {name}", "deactivated the account {name}"),
    "audit.user.activate": ("aktiverade kontot {name} igen", "made the account {name} active again"),
    "audit.user.reset_password": ("bytte lösenord på kontot {name}", "changed the password of the account {name}"),
    "audit.session.create": ("skapade klimatrådet ”{title}”", "created the council “{title}”"),
    "audit.session.phase": ("flyttade ”{title}” till fasen {phase}", "moved “{title}” to the {phase} phase"),
    "audit.session.phase_back": (
        "flyttade tillbaka ”{title}” till fasen {phase}",
        "moved “{title}” back to the {phase} phase",
    ),
    "audit.session.countdown": (
        "startade en nedräkning på {n} minuter i ”{title}”",
        "started a countdown of {n} minutes in “{title}”",
    ),
    "audit.session.countdown_cleared": ("tog bort nedräkningen i ”{title}”", "removed the countdown in “{title}”"),
    "audit.session.themes": ("ändrade temana i ”{title}”", "changed the themes of “{title}”"),
    "audit.session.theme_rename": ("bytte namn på ett tema i ”{title}”", "renamed a theme in “{title}”"),
    "audit.session.join_options": (
        "ändrade hur eleverna går med i ”{title}”",
        "changed how pupils get into “{title}”",
    ),
    "audit.session.certify": ("certifierade resultatet i ”{title}”", "certified the results of “{title}”"),
    "audit.session.archive": ("arkiverade ”{title}”", "archived “{title}”"),
    "audit.session.delete_ballots": (
        "raderade röstsedlarna i ”{title}” ({n} st.)",
        "deleted the ballots of “{title}” ({n})",
    ),
    "audit.codes.generate": ("skapade {n} engångskoder i ”{title}”", "made {n} one-time codes in “{title}”"),
    "audit.codes.revoke": ("spärrade en engångskod i ”{title}”", "revoked a one-time code in “{title}”"),
    "audit.codes.revoke_unused": (
        "spärrade alla oanvända engångskoder i ”{title}”",
        "revoked every unused one-time code in “{title}”",
    ),
    "audit.material.add": ("lade till bakgrund i ”{title}”", "added background to “{title}”"),
    "audit.material.remove": ("tog bort en bakgrundstext", "removed a piece of background"),
    "audit.proposal.published": ("publicerade förslaget ”{title}”", "published the proposal “{title}”"),
    "audit.proposal.rejected": ("avvisade förslaget ”{title}”", "rejected the proposal “{title}”"),
    "audit.proposal.labels": (
        "ändrade tema eller mottagare för förslaget ”{title}”",
        "changed the theme or addressee of the proposal “{title}”",
    ),
    "audit.proposal.merge": ("slog ihop förslag till ”{title}”", "merged proposals into “{title}”"),
    "audit.argument.published": (
        "publicerade ett argument om ”{title}”",
        "published an argument about “{title}”",
    ),
    "audit.argument.rejected": ("avvisade ett argument om ”{title}”", "rejected an argument about “{title}”"),
    "audit.report.freeze": (
        "frös version {version} av rapporten för ”{title}”",
        "froze version {version} of the report for “{title}”",
    ),
    "audit.report.forward": (
        "skickade version {version} av rapporten för ”{title}” till {committees}",
        "sent version {version} of the report for “{title}” to {committees}",
    ),
    "audit.report.share": (
        "skapade en läslänk till version {version} av ”{title}”",
        "made a read-only link to version {version} of “{title}”",
    ),
    "audit.report.unshare": (
        "stängde av läslänken till version {version} av ”{title}”",
        "switched off the read-only link to version {version} of “{title}”",
    ),
    "audit.answer.give": (
        "svarade på förslaget ”{proposal}” för {committee}",
        "answered the proposal “{proposal}” for {committee}",
    ),
    "audit.committee.create": ("lade till nämnden {name}", "added the committee {name}"),
    "audit.committee.rename": ("bytte namn på nämnden till {name}", "renamed the committee to {name}"),
    "audit.committee.remove": ("tog bort nämnden {name}", "removed the committee {name}"),
    "lifecycle.certified_already": ("Resultatet är redan certifierat.", "The results are already certified."),
    "lifecycle.deleted_already": ("Röstsedlarna är redan raderade.", "The ballots have already been deleted."),
    "lifecycle.certify_and_archive_first": (
        "Certifiera resultatet och arkivera klimatrådet innan röstsedlarna raderas.",
        "Certify the results and archive the council before deleting its ballots.",
    ),
}
