"""Translations: reminders by e-mail — the notification addresses, the admin's view of the mail queue, the messages."""

ENTRIES: dict[str, tuple[str, str]] = {
    # Notification addresses
    "notify.title": ("Påminnelser via e-post", "Reminders by e-mail"),
    "notify.help": (
        "Hit skickas påminnelser om nya rapporter och svarstider. Det kan vara en gemensam adress, t.ex. registratorns. Adressen används aldrig för inloggning.",
        "Reminders about new reports and deadlines go here. It can be a shared address, e.g. the registrar's. It is never used to log in.",
    ),
    "notify.admin_help": (
        "Valfritt: dit påminnelser skickas (annars till e-postadressen för inloggning).",
        "Optional: where reminders go (otherwise to the sign-on e-mail address).",
    ),
    "notify.admin_title": ("Ändra adress för påminnelser", "Change the address for reminders"),
    "notify.current": ("Påminnelser går nu till: {address}", "Reminders now go to: {address}"),
    "notify.none": ("ingen adress – inga påminnelser", "no address – no reminders"),
    "notify.address": ("E-post för påminnelser", "E-mail for reminders"),
    "notify.save": ("Spara adressen", "Save the address"),
    "notify.saved": ("Adressen är sparad.", "The address is saved."),
    "notify.no_account": ("Kontot finns inte.", "The account does not exist."),
    # E-mail: the admin's view
    "mail.admin_title": ("E-post och påminnelser", "E-mail and reminders"),
    "mail.not_configured": (
        "E-post är inte inställd, så inga påminnelser skickas ({pending} väntar). Lägg till ett avsnitt [smtp] i .streamlit/secrets.toml (host, port, starttls, user, password, sender) och starta om appen.",
        "E-mail is not set up, so no reminders are sent ({pending} waiting). Add an [smtp] section to .streamlit/secrets.toml (host, port, starttls, user, password, sender) and restart the app.",
    ),
    "mail.configured": ("E-post skickas via {host} från {sender}.", "E-mail is sent through {host} from {sender}."),
    "mail.counts": (
        "Väntar: {pending} · skickas nu: {sending} · skickade: {sent} · misslyckade: {failed}",
        "Waiting: {pending} · sending: {sending} · sent: {sent} · failed: {failed}",
    ),
    "mail.retry_failed": ("Försök skicka de misslyckade igen", "Try the failed ones again"),
    "mail.retried": ("{n} meddelanden skickas igen.", "{n} messages will be sent again."),
    "mail.col.created": ("Skapat", "Created"),
    "mail.col.kind": ("Slag", "Kind"),
    "mail.col.to": ("Till", "To"),
    "mail.col.status": ("Läge", "Status"),
    "mail.col.attempts": ("Försök", "Attempts"),
    "mail.col.error": ("Senaste fel", "Last error"),
    "mail.kind.forwarded": ("Ny rapport", "New report"),
    "mail.kind.due_soon": ("30 dagar kvar", "30 days left"),
    "mail.kind.overdue": ("Försenat", "Overdue"),
    "mail.kind.answers": ("Nya svar", "New answers"),
    "mail.status.pending": ("väntar", "waiting"),
    "mail.status.sending": ("skickas", "sending"),
    "mail.status.sent": ("skickat", "sent"),
    "mail.status.failed": ("misslyckat", "failed"),
    # E-mail: the messages
    "mail.no_link": ("Logga in i Klimatrådet för att läsa och svara.", "Log in to Klimatrådet to read and answer."),
    "mail.footer": (
        "Det här meddelandet skickades av Klimatrådet. Svara inte på det.",
        "This message was sent by Klimatrådet. Please do not reply to it.",
    ),
    "mail.forwarded.subject": ("Ny rapport från klass {klass}: {title}", "New report from class {klass}: {title}"),
    "mail.forwarded.body": (
        "{committee} har fått en rapport från elevernas klimatråd: {title} ({school}, klass {klass}).\nDen innehåller {count} förslag. Svar senast {deadline}.\n\nLäs och svara: {link}",
        "{committee} has received a report from the pupils' climate council: {title} ({school}, class {klass}).\nNumber of proposals: {count}. Answer due by {deadline}.\n\nRead and answer: {link}",
    ),
    "mail.due_soon.subject": (
        "Påminnelse: svar senast {deadline} – {title}",
        "Reminder: answer due {deadline} – {title}",
    ),
    "mail.due_soon.body": (
        "{committee} har {open} obesvarade förslag i rapporten {title} ({school}, klass {klass}, dnr {dnr}).\nSvar ska lämnas senast {deadline}, om {days} dagar.\n\nSvara: {link}",
        "{committee} has unanswered proposals in the report {title} ({school}, class {klass}, ref. {dnr}): {open} in all.\nThe answer is due by {deadline}, in {days} days.\n\nAnswer: {link}",
    ),
    "mail.overdue.subject": ("Försenat svar: {title}", "Overdue answer: {title}"),
    "mail.overdue.body": (
        "Svaret till eleverna i klass {klass} ({school}) skulle ha lämnats senast {deadline}. {committee} har {open} obesvarade förslag i rapporten {title} (dnr {dnr}).\n\nSvara: {link}",
        "The answer to the pupils of class {klass} ({school}) was due by {deadline}. {committee} has unanswered proposals in the report {title} (ref. {dnr}): {open} in all.\n\nAnswer: {link}",
    ),
    "mail.answers.subject": ("{committee} har svarat: {title}", "{committee} has answered: {title}"),
    "mail.answers.body": (
        "{committee} har svarat på {n} förslag i rapporten {title} (klass {klass}). Eleverna kan läsa svaren med klassens kod.\n\nSe svaren: {link}",
        "{committee} has answered proposals in the report {title} (class {klass}): {n} in all. The pupils can read the answers with the class code.\n\nSee the answers: {link}",
    ),
}
