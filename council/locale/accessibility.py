"""Translations: the accessibility statement (EN 301 549 / WCAG 2.1 AA, DOS-lagen)."""

ENTRIES: dict[str, tuple[str, str]] = {
    "nav.accessibility": ("Tillgänglighet", "Accessibility"),
    "a11y.title": ("Tillgänglighetsredogörelse", "Accessibility statement"),
    "a11y.intro": (
        "Klimatrådet ska kunna användas av alla elever, lärare och politiker. Här beskriver vi hur webbappen uppfyller lagen om tillgänglighet till digital offentlig service (DOS-lagen), vilka brister vi känner till och hur du rapporterar problem.",
        "Klimatrådet should be usable by every pupil, teacher and politician. Here we describe how the web app meets the Swedish act on accessibility to digital public services (DOS-lagen), the shortcomings we know of, and how to report a problem.",
    ),
    "a11y.status_heading": ("Hur tillgänglig är webbappen?", "How accessible is the web app?"),
    "a11y.status": (
        "Webbappen är **delvis förenlig** med EN 301 549 och WCAG 2.1 nivå AA, på grund av de brister som beskrivs nedan.",
        "The web app is **partially compliant** with EN 301 549 and WCAG 2.1 level AA, because of the shortcomings described below.",
    ),
    "a11y.works_heading": ("Det här fungerar", "What works"),
    "a11y.works": (
        "- Eleverna kan gå med, skriva förslag och rösta med enbart tangentbordet (Tab, Enter och mellanslag), och fokus syns tydligt.\n"
        "- Sidan talar om vilket språk den är på (svenska eller engelska), så att skärmläsare läser rätt.\n"
        "- Text och knappar har tillräcklig kontrast, och varje fält har en synlig etikett.\n"
        "- Yngre elever (F–6) får lättläst text och större knappar.\n"
        "- Alla diagram har samma siffror i en tabell bredvid.\n"
        "- Vi testar varje sida automatiskt med axe-core utan allvarliga eller kritiska fel.",
        "- Pupils can join, write proposals and vote with the keyboard alone (Tab, Enter and Space), and focus is clearly visible.\n"
        "- The page declares its language (Swedish or English), so screen readers read it correctly.\n"
        "- Text and buttons have sufficient contrast, and every field has a visible label.\n"
        "- Younger pupils (years 0–6) get easy-read text and larger buttons.\n"
        "- Every chart has the same figures in a table next to it.\n"
        "- We test every page automatically with axe-core for serious or critical errors.",
    ),
    "a11y.limits_heading": ("Kända brister", "Known shortcomings"),
    "a11y.limits": (
        "- Diagrammen är bilder för skärmläsare; siffrorna finns i tabellen bredvid (WCAG 1.1.1).\n"
        "- Sidans språk sätts med ett skript strax efter att sidan laddats; utan JavaScript anges engelska (WCAG 3.1.1).\n"
        "- PDF-rapporten är inte taggad för skärmläsare. Använd Word-filen (DOCX), som har riktiga rubriker och tabeller och diagram med alternativtext (WCAG 1.3.1, 1.1.1).\n"
        "- Tabellerna ritas på en canvas av ramverket Streamlit; de går att nå med tangentbord men skärmläsarstödet är begränsat. Samma innehåll finns i nedladdningarna.\n"
        "- Nedräkningen och siffrorna som uppdateras av sig själva läses inte upp automatiskt.\n"
        "- Ramverket Streamlit skriver vissa egna ord på engelska och har ingen inställning för dem: etiketter för skärmläsare (på hjälpknappar, listor och sifferfältens plus- och minusknappar), filuppladdningens ruta och tabellernas verktygsrad. Ett skript byter dem till svenska strax efter att de ritats; utan JavaScript, och ett ögonblick när sidan laddas, är de på engelska (WCAG 3.1.2).\n"
        "- Kalendern som öppnas i ett datumfält visar månader och veckodagar på engelska; Streamlit har ingen inställning för det. Skriv datumet som ÅÅÅÅ-MM-DD i fältet i stället.\n"
        "- Diagrammens egen verktygsrad (zooma, spara bild) finns bara på engelska och är därför avstängd.",
        "- Charts are images to screen readers; the figures are in the table next to them (WCAG 1.1.1).\n"
        "- The page language is set by a script just after the page loads; without JavaScript English is declared (WCAG 3.1.1).\n"
        "- The PDF report is not tagged for screen readers. Use the Word file (DOCX), which has real headings and tables, and charts with alternative text (WCAG 1.3.1, 1.1.1).\n"
        "- Tables are drawn on a canvas by the Streamlit framework; they can be reached by keyboard but screen reader support is limited. The same content is in the downloads.\n"
        "- The countdown and the figures that update by themselves are not announced automatically.\n"
        "- The Streamlit framework writes some words of its own in English and has no setting for them: screen reader labels (for example “Help for …”, “Open”, “Decrement”), the file upload box and the tables' toolbar. On Swedish pages a script swaps them just after they are drawn; without JavaScript, and for a moment while the page loads, they are in English (WCAG 3.1.2).\n"
        "- The calendar that opens from a date field shows months and weekdays in English; Streamlit has no setting for it. Type the date as YYYY-MM-DD in the field instead.\n"
        "- The charts' own toolbar (zoom, save image) exists in English only and is therefore switched off.",
    ),
    "a11y.report_heading": ("Rapportera ett problem", "Report a problem"),
    "a11y.report_contact": (
        "Om du stöter på ett hinder, eller behöver innehållet i ett annat format, skriv till **{contact}**. Vi svarar inom två veckor.",
        "If you meet a barrier, or need the content in another format, write to **{contact}**. We answer within two weeks.",
    ),
    "a11y.report_admin": (
        "Om du stöter på ett hinder, eller behöver innehållet i ett annat format, kontakta skolans eller kommunens administratör för Klimatrådet. Vi svarar inom två veckor.",
        "If you meet a barrier, or need the content in another format, contact your school's or municipality's Klimatrådet administrator. We answer within two weeks.",
    ),
    "a11y.enforcement": (
        "Myndigheten för digital förvaltning (DIGG) har ansvar för tillsynen av lagen. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du [anmäla det till DIGG](https://www.digg.se/tdosanmalan).",
        "The Agency for Digital Government (DIGG) supervises the act. If you are not satisfied with how we handle your comments, you can [report it to DIGG](https://www.digg.se/tdosanmalan).",
    ),
    "a11y.made": (
        "Redogörelsen uppdaterades 27 november 2026 efter en granskning med axe-core och tangentbordstester.",
        "This statement was updated on 27 November 2026 after a review with axe-core and keyboard tests.",
    ),
}
