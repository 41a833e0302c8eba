<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ActionCommand</name>
    <message>
        <source>The action plan: &quot;action add FILE ...&quot; or &quot;action list FILE&quot;.</source>
        <translation>Der Maßnahmenplan: „action add FILE …“ oder „action list FILE“.</translation>
    </message>
    <message>
        <source>Add an action, or list the plan.</source>
        <translation>Eine Maßnahme hinzufügen oder den Plan auflisten.</translation>
    </message>
    <message>
        <source>The .lastmile file.</source>
        <translation>Die .lastmile-Datei.</translation>
    </message>
    <message>
        <source>Initiative, by id or exact name.</source>
        <translation>Initiative, über Id oder genauen Namen.</translation>
    </message>
    <message>
        <source>Friction id, e.g. process_debt.</source>
        <translation>Id des Hemmnisses, z. B. process_debt.</translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <source>Who owns it.</source>
        <translation>Wer verantwortlich ist.</translation>
    </message>
    <message>
        <source>Due date, YYYY-MM-DD.</source>
        <translation>Fälligkeitsdatum, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>planned, in-progress, done or dropped.</source>
        <translation>planned, in-progress, done oder dropped.</translation>
    </message>
    <message>
        <source>For list: table (default), json or csv.</source>
        <translation>Für list: table (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>expected &quot;add FILE&quot; or &quot;list FILE&quot;</source>
        <translation>erwartet wird „add FILE“ oder „list FILE“</translation>
    </message>
    <message>
        <source>--format takes table, json or csv</source>
        <translation>--format erwartet table, json oder csv</translation>
    </message>
    <message>
        <source>no initiative &quot;%1&quot;</source>
        <translation>keine Initiative „%1“</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>--status takes planned, in-progress, done or dropped</source>
        <translation>--status erwartet planned, in-progress, done oder dropped</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>the action needs a text</source>
        <translation>die Maßnahme braucht einen Text</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Hemmnis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>Keine Maßnahmen.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Initiative:</source>
        <translation>&amp;Initiative:</translation>
    </message>
    <message>
        <source>&amp;Friction:</source>
        <translation>&amp;Hemmnis:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <source>What will be done, concretely</source>
        <translation>Was konkret getan wird</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>A person or a role</source>
        <translation>Eine Person oder eine Rolle</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Fällig bis:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>AddActionCommand</name>
    <message>
        <source>Add Action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddInitiativeCommand</name>
    <message>
        <source>Add Initiative</source>
        <translation>Initiative hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddRespondentCommand</name>
    <message>
        <source>Add Respondent</source>
        <translation>Befragte Person hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddRoundCommand</name>
    <message>
        <source>Start Round</source>
        <translation>Runde beginnen</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Plan the Agenda</source>
        <translation>Agenda planen</translation>
    </message>
    <message>
        <source>Choose what the room answers now, in order. Questions left out stay unanswered (coverage shows it); they are never marked not applicable.</source>
        <translation>Wählen Sie, was der Raum jetzt beantwortet, in dieser Reihenfolge. Ausgelassene Fragen bleiben unbeantwortet (die Abdeckung zeigt es); sie werden nie als nicht zutreffend markiert.</translation>
    </message>
    <message>
        <source>&amp;Initiatives, in the order the room takes them:</source>
        <translation>&amp;Initiativen, in der Reihenfolge, in der der Raum sie behandelt:</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Frictions and questions, with a time box per question (0 = none):</source>
        <translation>&amp;Hemmnisse und Fragen, mit einem Zeitrahmen je Frage (0 = keiner):</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Time box (s)</source>
        <translation>Zeitrahmen (s)</translation>
    </message>
    <message>
        <source>&amp;Time box for every chosen question:</source>
        <translation>&amp;Zeitrahmen für jede gewählte Frage:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Set for All</source>
        <translation>Für alle &amp;setzen</translation>
    </message>
    <message>
        <source>A&amp;nonymous reveal: the room sees how many chose each level, not who</source>
        <translation>A&amp;nonym aufdecken: Der Raum sieht, wie viele jede Stufe gewählt haben, nicht wer</translation>
    </message>
</context>
<context>
    <name>AnswerCommand</name>
    <message>
        <source>Record one answer (or the facilitator&apos;s consensus) in a file.</source>
        <translation>Eine Antwort (oder den Konsens der Moderation) in einer Datei erfassen.</translation>
    </message>
    <message>
        <source>The .lastmile file.</source>
        <translation>Die .lastmile-Datei.</translation>
    </message>
    <message>
        <source>Round, by id or exact name.</source>
        <translation>Runde, über Id oder genauen Namen.</translation>
    </message>
    <message>
        <source>Initiative, by id or exact name.</source>
        <translation>Initiative, über Id oder genauen Namen.</translation>
    </message>
    <message>
        <source>Question id from the round&apos;s bank.</source>
        <translation>Id der Frage aus dem Fragenkatalog der Runde.</translation>
    </message>
    <message>
        <source>0 (not in place) to 4 (fully in place), dk (don&apos;t know) or na (not applicable).</source>
        <translation>0 (nicht vorhanden) bis 4 (vollständig umgesetzt), dk (weiß nicht) oder na (nicht zutreffend).</translation>
    </message>
    <message>
        <source>Respondent, by id or exact name; without it, the answer is the facilitator&apos;s consensus.</source>
        <translation>Befragte Person, über Id oder genauen Namen; ohne Angabe ist die Antwort der Konsens der Moderation.</translation>
    </message>
    <message>
        <source>Why the question does not apply (with na).</source>
        <translation>Warum die Frage nicht zutrifft (mit na).</translation>
    </message>
    <message>
        <source>A note; replaces the answer&apos;s note.</source>
        <translation>Eine Notiz; ersetzt die Notiz der Antwort.</translation>
    </message>
    <message>
        <source>Evidence; replaces the answer&apos;s evidence (with --respondent).</source>
        <translation>Belege; ersetzt die Belege der Antwort (mit --respondent).</translation>
    </message>
    <message>
        <source>expected one file</source>
        <translation>erwartet wird eine Datei</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>--level takes 0, 1, 2, 3, 4, dk or na</source>
        <translation>--level erwartet 0, 1, 2, 3, 4, dk oder na</translation>
    </message>
    <message>
        <source>--reason goes with --level na</source>
        <translation>--reason gehört zu --level na</translation>
    </message>
    <message>
        <source>--evidence goes with --respondent: a consensus answer has no evidence</source>
        <translation>--evidence gehört zu --respondent: eine Konsensantwort hat keine Belege</translation>
    </message>
    <message>
        <source>no question &quot;%1&quot; in the question bank of round &quot;%2&quot;</source>
        <translation>keine Frage „%1“ im Fragenkatalog der Runde „%2“</translation>
    </message>
    <message>
        <source>no respondent &quot;%1&quot; in round &quot;%2&quot;</source>
        <translation>keine befragte Person „%1“ in der Runde „%2“</translation>
    </message>
</context>
<context>
    <name>AnswerLabels</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>DK</source>
        <translation>WN</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>n. z.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>BankCommand</name>
    <message>
        <source>Question banks: validate BANK.json, list, install BANK.json, export FILE --round R.</source>
        <translation>Fragenkataloge: validate BANK.json, list, install BANK.json, export FILE --round R.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <source>The bank (validate, install) or the .lastmile file (export).</source>
        <translation>Der Fragenkatalog (validate, install) oder die .lastmile-Datei (export).</translation>
    </message>
    <message>
        <source>For export: the round, by id or exact name.</source>
        <translation>Für export: die Runde, über Id oder genauen Namen.</translation>
    </message>
    <message>
        <source>For export: the bank file to write; replaced if it exists.</source>
        <translation>Für export: die zu schreibende Katalogdatei; wird ersetzt, falls vorhanden.</translation>
    </message>
    <message>
        <source>expected &quot;validate BANK&quot;, &quot;list&quot;, &quot;install BANK&quot; or &quot;export FILE&quot;</source>
        <translation>erwartet wird „validate BANK“, „list“, „install BANK“ oder „export FILE“</translation>
    </message>
    <message>
        <source>export needs --round and --output</source>
        <translation>export braucht --round und --output</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unbekannte Aktion „%1“</translation>
    </message>
    <message>
        <source>%1: valid question bank %2</source>
        <translation>%1: gültiger Fragenkatalog %2</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>%1: does not load (%2)</source>
        <translation>%1: lässt sich nicht laden (%2)</translation>
    </message>
    <message>
        <source>%1: installed as %2</source>
        <translation>%1: installiert als %2</translation>
    </message>
    <message>
        <source>the folder &quot;%1&quot; does not exist</source>
        <translation>der Ordner „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>no round &quot;%1&quot;</source>
        <translation>keine Runde „%1“</translation>
    </message>
</context>
<context>
    <name>BrandingCommand</name>
    <message>
        <source>Show or set the report&apos;s branding: firm name, logo, colour, footer.</source>
        <translation>Das Erscheinungsbild des Berichts anzeigen oder festlegen: Firmenname, Logo, Farbe, Fußzeile.</translation>
    </message>
    <message>
        <source>The .lastmile file.</source>
        <translation>Die .lastmile-Datei.</translation>
    </message>
    <message>
        <source>Consultant or firm name.</source>
        <translation>Name der Beratung oder Firma.</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG, at most 5 MB and 4096 px a side.</source>
        <translation>PNG, JPEG oder SVG, höchstens 5 MB und 4096 px je Seite.</translation>
    </message>
    <message>
        <source>Remove the logo.</source>
        <translation>Das Logo entfernen.</translation>
    </message>
    <message>
        <source>Accent colour, #RRGGBB.</source>
        <translation>Akzentfarbe, #RRGGBB.</translation>
    </message>
    <message>
        <source>Footer text of every page.</source>
        <translation>Fußzeilentext jeder Seite.</translation>
    </message>
    <message>
        <source>a4 or letter.</source>
        <translation>a4 oder letter.</translation>
    </message>
    <message>
        <source>expected one file</source>
        <translation>erwartet wird eine Datei</translation>
    </message>
    <message>
        <source>the page size must be a4 or letter, not &quot;%1&quot;</source>
        <translation>das Seitenformat muss a4 oder letter sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the colour must be written #RRGGBB, not &quot;%1&quot;</source>
        <translation>die Farbe muss als #RRGGBB angegeben werden, nicht „%1“</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>the logo is larger than 5 MB</source>
        <translation>das Logo ist größer als 5 MB</translation>
    </message>
    <message>
        <source>Firm: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>Accent colour: %1</source>
        <translation>Akzentfarbe: %1</translation>
    </message>
    <message>
        <source>Footer: %1</source>
        <translation>Fußzeile: %1</translation>
    </message>
    <message>
        <source>Page size: %1</source>
        <translation>Seitenformat: %1</translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation>Logo: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1, %2 Byte</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>Write the trend over all rounds or a friction profile as a PNG image or an SVG drawing.</source>
        <translation>Den Verlauf über alle Runden oder ein Hemmnisprofil als PNG-Bild oder SVG-Zeichnung schreiben.</translation>
    </message>
    <message>
        <source>The .lastmile file.</source>
        <translation>Die .lastmile-Datei.</translation>
    </message>
    <message>
        <source>OUT.png or OUT.svg; replaced if it exists.</source>
        <translation>OUT.png oder OUT.svg; wird ersetzt, falls vorhanden.</translation>
    </message>
    <message>
        <source>trend (readiness and each friction over all rounds) or profile (the seven frictions of a round against the round before and the targets).</source>
        <translation>trend (Reife und jedes Hemmnis über alle Runden) oder profile (die sieben Hemmnisse einer Runde gegenüber der Runde davor und den Zielwerten).</translation>
    </message>
    <message>
        <source>Initiative, by id or exact name (default: the portfolio).</source>
        <translation>Initiative, über Id oder genauen Namen (Standard: das Portfolio).</translation>
    </message>
    <message>
        <source>For a profile: the round, by id or exact name (default: the latest).</source>
        <translation>Für profile: die Runde, über Id oder genauen Namen (Standard: die letzte).</translation>
    </message>
    <message>
        <source>expected one file, --kind and --output</source>
        <translation>erwartet werden eine Datei, --kind und --output</translation>
    </message>
    <message>
        <source>--kind must be trend or profile</source>
        <translation>--kind muss trend oder profile sein</translation>
    </message>
    <message>
        <source>--output must end in .png or .svg</source>
        <translation>--output muss auf .png oder .svg enden</translation>
    </message>
    <message>
        <source>the file has no rounds to chart</source>
        <translation>die Datei hat keine Runden für ein Diagramm</translation>
    </message>
    <message>
        <source>no initiative &quot;%1&quot;</source>
        <translation>keine Initiative „%1“</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>no round &quot;%1&quot;</source>
        <translation>keine Runde „%1“</translation>
    </message>
    <message>
        <source>Friction profile</source>
        <translation>Hemmnisprofil</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>the image could not be encoded</source>
        <translation>das Bild konnte nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check that a file is a sound Lastmile file, without changing it.</source>
        <translation>Prüfen, ob eine Datei eine einwandfreie Lastmile-Datei ist, ohne sie zu ändern.</translation>
    </message>
    <message>
        <source>The .lastmile file to check.</source>
        <translation>Die zu prüfende .lastmile-Datei.</translation>
    </message>
    <message>
        <source>expected one file</source>
        <translation>erwartet wird eine Datei</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (und %n weiteres Problem)</numerusform>
            <numerusform> (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ok (%2, %3, %4)</source>
        <translation>%1: in Ordnung (%2, %3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n Initiative</numerusform>
            <numerusform>%n Initiativen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n Runde</numerusform>
            <numerusform>%n Runden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>&quot;%1&quot; (%2, content version %3): %4, %5</source>
        <translation>„%1“ (%2, Inhaltsversion %3): %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n friction(s)</source>
        <translation>
            <numerusform>%n Hemmnis</numerusform>
            <numerusform>%n Hemmnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Run &quot;lastmile-cli %1 --help&quot; for its usage.</source>
        <translation>„lastmile-cli %1 --help“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>the folder &quot;%1&quot; does not exist</source>
        <translation>der Ordner „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>no friction &quot;%1&quot; (give its name or one of: %2)</source>
        <translation>kein Hemmnis „%1“ (Namen angeben oder eines von: %2)</translation>
    </message>
    <message>
        <source>no round &quot;%1&quot;</source>
        <translation>keine Runde „%1“</translation>
    </message>
    <message>
        <source>no initiative &quot;%1&quot;</source>
        <translation>keine Initiative „%1“</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Write the demo engagement (a regional distributor) to a new file.</source>
        <translation>Das Demo-Mandat (ein regionaler Großhändler) in eine neue Datei schreiben.</translation>
    </message>
    <message>
        <source>The new .lastmile file; must not exist.</source>
        <translation>Die neue .lastmile-Datei; darf noch nicht existieren.</translation>
    </message>
    <message>
        <source>expected one output file</source>
        <translation>erwartet wird eine Ausgabedatei</translation>
    </message>
    <message>
        <source>the built-in question bank does not load</source>
        <translation>der eingebaute Fragenkatalog lässt sich nicht laden</translation>
    </message>
</context>
<context>
    <name>EditRespondentCommand</name>
    <message>
        <source>Edit Respondent</source>
        <translation>Befragte Person bearbeiten</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The .lastmile file.</source>
        <translation>Die .lastmile-Datei.</translation>
    </message>
    <message>
        <source>expected one file and --output</source>
        <translation>erwartet werden eine Datei und --output</translation>
    </message>
    <message>
        <source>Export a whole file to JSON (lossless), its answers to CSV (one row per answer), or an Excel workbook.</source>
        <translation>Eine ganze Datei als JSON exportieren (verlustfrei), ihre Antworten als CSV (eine Zeile je Antwort) oder als Excel-Arbeitsmappe.</translation>
    </message>
    <message>
        <source>OUT.json, OUT.csv or OUT.xlsx; replaced if it exists.</source>
        <translation>OUT.json, OUT.csv oder OUT.xlsx; wird ersetzt, falls vorhanden.</translation>
    </message>
    <message>
        <source>The round of the workbook&apos;s heatmap and scores, by id or exact name (default: the latest). .xlsx only.</source>
        <translation>Die Runde für Heatmap und Werte der Arbeitsmappe, über Id oder genauen Namen (Standard: die letzte). Nur .xlsx.</translation>
    </message>
    <message>
        <source>CSV only: name respondents &quot;Respondent A&quot;, &quot;Respondent B&quot;… and leave out their roles.</source>
        <translation>Nur CSV: die Befragten „Respondent A“, „Respondent B“ … nennen und ihre Rollen weglassen.</translation>
    </message>
    <message>
        <source>--output must end in .json, .csv or .xlsx</source>
        <translation>--output muss auf .json, .csv oder .xlsx enden</translation>
    </message>
    <message>
        <source>--round applies to a workbook (.xlsx) only</source>
        <translation>--round gilt nur für eine Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>--anonymous goes with a .csv output (the JSON export is the whole file)</source>
        <translation>--anonymous gehört zu einer .csv-Ausgabe (der JSON-Export ist die ganze Datei)</translation>
    </message>
    <message>
        <source>the file has no rounds to export</source>
        <translation>die Datei hat keine Runden zum Exportieren</translation>
    </message>
    <message>
        <source>no round &quot;%1&quot;</source>
        <translation>keine Runde „%1“</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>All functions</source>
        <translation>Alle Geschäftsbereiche</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>&amp;Geschäftsbereich</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Phase</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Write a large synthetic assessment, the same for the same seed.</source>
        <translation>Eine große synthetische Bewertung schreiben, bei gleichem Startwert immer dieselbe.</translation>
    </message>
    <message>
        <source>The new .lastmile file; must not exist.</source>
        <translation>Die neue .lastmile-Datei; darf noch nicht existieren.</translation>
    </message>
    <message>
        <source>Number of initiatives (1-10000).</source>
        <translation>Anzahl der Initiativen (1–10000).</translation>
    </message>
    <message>
        <source>Respondents per round (1-100).</source>
        <translation>Befragte je Runde (1–100).</translation>
    </message>
    <message>
        <source>Number of rounds (1-50).</source>
        <translation>Anzahl der Runden (1–50).</translation>
    </message>
    <message>
        <source>Seed of the generator.</source>
        <translation>Startwert des Generators.</translation>
    </message>
    <message>
        <source>expected one output file</source>
        <translation>erwartet wird eine Ausgabedatei</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2</source>
        <translation>--%1 erwartet eine ganze Zahl von 1 bis %2</translation>
    </message>
    <message>
        <source>--seed takes a whole number of 0 or more</source>
        <translation>--seed erwartet eine ganze Zahl ab 0</translation>
    </message>
    <message>
        <source>the built-in question bank does not load</source>
        <translation>der eingebaute Fragenkatalog lässt sich nicht laden</translation>
    </message>
</context>
<context>
    <name>HeatmapCommand</name>
    <message>
        <source>Write the heatmap of a round as a PNG image or an SVG drawing.</source>
        <translation>Die Heatmap einer Runde als PNG-Bild oder SVG-Zeichnung schreiben.</translation>
    </message>
    <message>
        <source>The .lastmile file.</source>
        <translation>Die .lastmile-Datei.</translation>
    </message>
    <message>
        <source>OUT.png or OUT.svg; replaced if it exists.</source>
        <translation>OUT.png oder OUT.svg; wird ersetzt, falls vorhanden.</translation>
    </message>
    <message>
        <source>Round, by id or exact name (default: the latest).</source>
        <translation>Runde, über Id oder genauen Namen (Standard: die letzte).</translation>
    </message>
    <message>
        <source>Show the change of every score since this round, with arrows.</source>
        <translation>Die Veränderung jedes Werts seit dieser Runde mit Pfeilen zeigen.</translation>
    </message>
    <message>
        <source>Mark each cell&apos;s target with a pointer on its bottom edge.</source>
        <translation>Den Zielwert jeder Zelle mit einer Markierung am unteren Rand zeigen.</translation>
    </message>
    <message>
        <source>Show in each cell with a target its gap to it (score minus target, &quot;+21&quot; still to close, &quot;✓&quot; met); cells without one are left plain.</source>
        <translation>In jeder Zelle mit Zielwert den Abstand zum Ziel zeigen (Wert minus Zielwert, „+21“ noch offen, „✓“ erreicht); Zellen ohne Zielwert bleiben leer.</translation>
    </message>
    <message>
        <source>expected one file and --output</source>
        <translation>erwartet werden eine Datei und --output</translation>
    </message>
    <message>
        <source>--output must end in .png or .svg</source>
        <translation>--output muss auf .png oder .svg enden</translation>
    </message>
</context>
<context>
    <name>HeatmapPainter</name>
    <message>
        <source>%1 · %2</source>
        <comment>heatmap caption: organization, round</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · compared with %2</source>
        <comment>heatmap caption: caption, compared round</comment>
        <translation>%1 · verglichen mit %2</translation>
    </message>
    <message>
        <source>Friction heatmap</source>
        <translation>Heatmap der Hemmnisse</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>das Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reife</translation>
    </message>
    <message>
        <source>Gap to target: the friction score minus the target agreed with the client</source>
        <translation>Abstand zum Ziel: der Hemmniswert minus dem mit dem Kunden vereinbarten Zielwert</translation>
    </message>
    <message>
        <source>+N points still to close (above the target)</source>
        <translation>+N Punkte noch offen (über dem Zielwert)</translation>
    </message>
    <message>
        <source>Target met (at or below it)</source>
        <translation>Ziel erreicht (auf oder unter dem Zielwert)</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>Kein Zielwert festgelegt</translation>
    </message>
    <message>
        <source>%1 (under 25)</source>
        <translation>%1 (unter 25)</translation>
    </message>
    <message>
        <source>%1 (25 to 49)</source>
        <translation>%1 (25 bis 49)</translation>
    </message>
    <message>
        <source>%1 (50 to 74)</source>
        <translation>%1 (50 bis 74)</translation>
    </message>
    <message>
        <source>%1 (75 and over)</source>
        <translation>%1 (ab 75)</translation>
    </message>
    <message>
        <source>No answers</source>
        <translation>Keine Antworten</translation>
    </message>
    <message>
        <source>Insufficient evidence (coverage under 50%)</source>
        <translation>Unzureichende Datenlage (Abdeckung unter 50 %)</translation>
    </message>
    <message>
        <source>Respondents disagree</source>
        <translation>Befragte sind uneins</translation>
    </message>
    <message>
        <source>Target agreed with the client: the pointer on the bottom edge (0 at the left, 100 at the right)</source>
        <translation>Mit dem Kunden vereinbarter Zielwert: die Markierung am unteren Rand (0 links, 100 rechts)</translation>
    </message>
    <message>
        <source>worse since %1 (a friction up, readiness down)</source>
        <translation>schlechter seit %1 (ein Hemmnis höher, die Reife niedriger)</translation>
    </message>
    <message>
        <source>better (a friction down, readiness up)</source>
        <translation>besser (ein Hemmnis niedriger, die Reife höher)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Usage: lastmile-cli COMMAND [ARGUMENTS]

Assess AI initiatives against the seven last-mile frictions, from scripts.

Commands:
</source>
        <translation>Aufruf: lastmile-cli BEFEHL [ARGUMENTE]

KI-Initiativen anhand der sieben Hemmnisse auf der letzten Meile bewerten, aus Skripten heraus.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &quot;lastmile-cli COMMAND --help&quot; for a command&apos;s arguments.
Exit status: 0 success, 2 usage error, 3 bad input (the message names the file).</source>
        <translation>
„lastmile-cli BEFEHL --help“ zeigt die Argumente eines Befehls.
Rückgabewert: 0 Erfolg, 2 Aufruffehler, 3 fehlerhafte Eingabe (die Meldung nennt die Datei).</translation>
    </message>
    <message>
        <source>lastmile-cli: unknown command &quot;%1&quot;</source>
        <translation>lastmile-cli: unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Friction report, %1</source>
        <translation>Hemmnisbericht, %1</translation>
    </message>
    <message>
        <source>Portfolio readiness</source>
        <translation>Reife des Portfolios</translation>
    </message>
    <message>
        <source>High or critical frictions</source>
        <translation>Hohe oder kritische Hemmnisse</translation>
    </message>
    <message>
        <source>of %1 scores</source>
        <translation>von %1 Werten</translation>
    </message>
    <message>
        <source>Questions with disagreement</source>
        <translation>Fragen mit Dissens</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) rest on insufficient evidence</source>
        <translation>
            <numerusform>%n Wert beruht auf unzureichender Datenlage</numerusform>
            <numerusform>%n Werte beruhen auf unzureichender Datenlage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 initiatives</source>
        <translation>%1 von %2 Initiativen</translation>
    </message>
    <message>
        <source>Where the frictions are worst</source>
        <translation>Wo die Hemmnisse am stärksten sind</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Hemmnis</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>High or critical in</source>
        <translation>Hoch oder kritisch in</translation>
    </message>
    <message>
        <source>Most affected initiative</source>
        <translation>Am stärksten betroffene Initiative</translation>
    </message>
    <message>
        <source>Readiness by initiative</source>
        <translation>Reife je Initiative</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reife</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Seven frictions</source>
        <translation>Sieben Hemmnisse</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, überfällig</translation>
    </message>
    <message>
        <source>Top actions</source>
        <translation>Wichtigste Maßnahmen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Initiative and friction</source>
        <translation>Initiative und Hemmnis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Target outcome: %1</source>
        <translation>Angestrebtes Ergebnis: %1</translation>
    </message>
    <message>
        <source>Friction profile</source>
        <translation>Hemmnisprofil</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Dissens</translation>
    </message>
    <message>
        <source>What drives the high scores</source>
        <translation>Was die hohen Werte verursacht</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Where respondents disagree</source>
        <translation>Wo die Befragten uneins sind</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Notes and evidence</source>
        <translation>Notizen und Belege</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Empfohlene Maßnahmen</translation>
    </message>
    <message>
        <source>Typical owner</source>
        <translation>Typischerweise verantwortlich</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Targets and current scores</source>
        <translation>Zielwerte und aktuelle Werte</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Question friction</source>
        <translation>Hemmnis der Frage</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Befragte/r</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>; no change claimed since %1</source>
        <translation>; keine Veränderung seit %1 ausgewiesen</translation>
    </message>
    <message>
        <source>%1; coverage %2</source>
        <translation>%1; Abdeckung %2</translation>
    </message>
    <message>
        <source>Frictions, left to right: %1. * insufficient evidence: less than half of the questions answered; no change is claimed where either round rests on it.</source>
        <translation>Hemmnisse von links nach rechts: %1. * unzureichende Datenlage: weniger als die Hälfte der Fragen beantwortet; wo eine der beiden Runden darauf beruht, wird keine Veränderung ausgewiesen.</translation>
    </message>
    <message>
        <source>Readiness %1 of 100 (%2), coverage %3%4</source>
        <translation>Reife %1 von 100 (%2), Abdeckung %3%4</translation>
    </message>
    <message numerus="yes">
        <source>Question bank &quot;%3&quot; (%4, content version %5), %n question(s). A question&apos;s friction is (4 − level) / 4; a friction score is the weighted mean over the answered questions, 0 (no friction) to 100 (severe); several respondents give the median level, a consensus answer replaces it; a spread of %1 levels or more is a disagreement; coverage under %2 is insufficient evidence, for a score, readiness or a portfolio figure, and no change is claimed where either round rests on it. Readiness is 100 minus the weighted mean friction.</source>
        <translation>
            <numerusform>Fragenkatalog „%3“ (%4, Inhaltsversion %5), %n Frage. Das Hemmnis einer Frage ist (4 − Stufe) / 4; ein Hemmniswert ist der gewichtete Mittelwert über die beantworteten Fragen, von 0 (kein Hemmnis) bis 100 (gravierend); bei mehreren Befragten zählt der Median der Stufen, eine Konsensantwort ersetzt ihn; eine Streuung ab %1 Stufen gilt als Dissens; eine Abdeckung unter %2 gilt als unzureichende Datenlage, für einen Wert, die Reife oder eine Portfoliozahl, und wo eine der beiden Runden darauf beruht, wird keine Veränderung ausgewiesen. Die Reife ist 100 minus dem gewichteten mittleren Hemmnis.</numerusform>
            <numerusform>Fragenkatalog „%3“ (%4, Inhaltsversion %5), %n Fragen. Das Hemmnis einer Frage ist (4 − Stufe) / 4; ein Hemmniswert ist der gewichtete Mittelwert über die beantworteten Fragen, von 0 (kein Hemmnis) bis 100 (gravierend); bei mehreren Befragten zählt der Median der Stufen, eine Konsensantwort ersetzt ihn; eine Streuung ab %1 Stufen gilt als Dissens; eine Abdeckung unter %2 gilt als unzureichende Datenlage, für einen Wert, die Reife oder eine Portfoliozahl, und wo eine der beiden Runden darauf beruht, wird keine Veränderung ausgewiesen. Die Reife ist 100 minus dem gewichteten mittleren Hemmnis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Make a new assessment file from an exported JSON document.</source>
        <translation>Aus einem exportierten JSON-Dokument eine neue Bewertungsdatei erstellen.</translation>
    </message>
    <message>
        <source>The JSON document (format lastmile-assessment).</source>
        <translation>Das JSON-Dokument (Format lastmile-assessment).</translation>
    </message>
    <message>
        <source>The new .lastmile file; must not exist.</source>
        <translation>Die neue .lastmile-Datei; darf noch nicht existieren.</translation>
    </message>
    <message>
        <source>expected one input file and --output</source>
        <translation>erwartet werden eine Eingabedatei und --output</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. AI order management</source>
        <translation>z. B. KI-Auftragserfassung</translation>
    </message>
    <message>
        <source>Business &amp;function:</source>
        <translation>&amp;Geschäftsbereich:</translation>
    </message>
    <message>
        <source>e.g. Customer service</source>
        <translation>z. B. Kundenservice</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>The business owner accountable for the result</source>
        <translation>Die fachlich verantwortliche Person, die für das Ergebnis einsteht</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Target outcome:</source>
        <translation>Angestrebtes &amp;Ergebnis:</translation>
    </message>
    <message>
        <source>The operational result this initiative must deliver, e.g. order entry errors down 50% by Q4</source>
        <translation>Das betriebliche Ergebnis, das diese Initiative liefern muss, z. B. Erfassungsfehler bis Q4 halbiert</translation>
    </message>
</context>
<context>
    <name>LogoCheckText</name>
    <message>
        <source>the logo is larger than 5 MB</source>
        <translation>das Logo ist größer als 5 MB</translation>
    </message>
    <message>
        <source>the logo is not a readable image</source>
        <translation>das Logo ist kein lesbares Bild</translation>
    </message>
    <message>
        <source>the logo is larger than 4096 pixels on a side</source>
        <translation>das Logo ist an einer Seite größer als 4096 Pixel</translation>
    </message>
    <message>
        <source>the logo is not a readable SVG image</source>
        <translation>das Logo ist kein lesbares SVG-Bild</translation>
    </message>
    <message>
        <source>the logo is not a PNG, JPEG or SVG image</source>
        <translation>das Logo ist kein PNG-, JPEG- oder SVG-Bild</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>too large (the limit is %1 bytes)</source>
        <translation>zu groß (die Grenze liegt bei %1 Byte)</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>nested too deeply (the limit is %1 levels)</source>
        <translation>zu tief verschachtelt (die Grenze liegt bei %1 Ebenen)</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>wrong type, expected %1</source>
        <translation>falscher Typ, erwartet: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (extensions must start with &quot;x-&quot;)</source>
        <translation>unbekanntes Feld „%1“ (Erweiterungen müssen mit „x-“ beginnen)</translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot;</source>
        <translation>nicht unterstütztes Format „%1“</translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation>nicht unterstützte Formatversion %1</translation>
    </message>
    <message>
        <source>invalid id &quot;%1&quot; (lower-case letters, digits, &quot;_&quot;, &quot;.&quot;, &quot;-&quot;; starting with a letter; at most 64 characters)</source>
        <translation>ungültige Id „%1“ (Kleinbuchstaben, Ziffern, „_“, „.“, „-“; beginnt mit einem Buchstaben; höchstens 64 Zeichen)</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>doppelte Id „%1“</translation>
    </message>
    <message>
        <source>unknown friction id &quot;%1&quot;</source>
        <translation>unbekannte Hemmnis-Id „%1“</translation>
    </message>
    <message>
        <source>refers to &quot;%1&quot;, which does not exist</source>
        <translation>verweist auf „%1“, das nicht existiert</translation>
    </message>
    <message>
        <source>must have exactly 5 levels (0 to 4), found %1</source>
        <translation>muss genau 5 Stufen haben (0 bis 4), gefunden: %1</translation>
    </message>
    <message>
        <source>weight must be a number above 0 (at most 10 for a question), found %1</source>
        <translation>das Gewicht muss eine Zahl über 0 sein (höchstens 10 für eine Frage), gefunden: %1</translation>
    </message>
    <message>
        <source>value out of range: %1</source>
        <translation>Wert außerhalb des zulässigen Bereichs: %1</translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot;</source>
        <translation>ungültiger Wert „%1“</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is given more than once; each field may appear only once</source>
        <translation>das Feld „%1“ kommt mehrfach vor; jedes Feld darf nur einmal vorkommen</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>the file is missing</source>
        <translation>die Datei fehlt</translation>
    </message>
    <message>
        <source>it is not the module expected</source>
        <translation>es ist nicht das erwartete Modul</translation>
    </message>
    <message>
        <source>the module %1 could not be loaded (%2)</source>
        <translation>das Modul %1 konnte nicht geladen werden (%2)</translation>
    </message>
    <message>
        <source>“%1” is not a network address</source>
        <translation>„%1“ ist keine Netzwerkadresse</translation>
    </message>
</context>
<context>
    <name>MoveActionCommand</name>
    <message>
        <source>Move Action</source>
        <translation>Maßnahme verschieben</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Organization not named</source>
        <translation>Organisation ohne Namen</translation>
    </message>
    <message>
        <source>Friction report, %1</source>
        <translation>Hemmnisbericht, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n Initiative</numerusform>
            <numerusform>%n Initiativen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n Befragte/r</numerusform>
            <numerusform>%n Befragte</numerusform>
        </translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation>verglichen mit %1</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Erstellt von %1</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Friction profile</source>
        <translation>Hemmnisprofil</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Hemmnis</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Dissens</translation>
    </message>
    <message>
        <source>No answers</source>
        <translation>Keine Antworten</translation>
    </message>
    <message>
        <source>Change since %1: ↑ the friction grew, ↓ it shrank.</source>
        <translation>Veränderung seit %1: ↑ das Hemmnis ist gewachsen, ↓ es ist geschrumpft.</translation>
    </message>
    <message>
        <source>What drives the high scores</source>
        <translation>Was die hohen Werte verursacht</translation>
    </message>
    <message>
        <source> (insufficient evidence)</source>
        <translation> (unzureichende Datenlage)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source> (consensus)</source>
        <translation> (Konsens)</translation>
    </message>
    <message>
        <source>Where respondents disagree</source>
        <translation>Wo die Befragten uneins sind</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Notes and evidence</source>
        <translation>Notizen und Belege</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Empfohlene Maßnahmen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Typical owner</source>
        <translation>Typischerweise verantwortlich</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, überfällig</translation>
    </message>
    <message>
        <source>Targets and current scores</source>
        <translation>Zielwerte und aktuelle Werte</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>%1 points above the target</source>
        <translation>%1 Punkte über dem Zielwert</translation>
    </message>
    <message>
        <source>INITIATIVE %1 OF %2</source>
        <translation>INITIATIVE %1 VON %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Target outcome: %1</source>
        <translation>Angestrebtes Ergebnis: %1</translation>
    </message>
    <message>
        <source>Readiness %1 of 100 (%2)  ·  coverage %3</source>
        <translation>Reife %1 von 100 (%2)  ·  Abdeckung %3</translation>
    </message>
    <message>
        <source>Every answer of the %1 round: each respondent&apos;s, and the facilitator&apos;s consensus where one was recorded, by initiative and question in the question bank&apos;s order.</source>
        <translation>Alle Antworten der Runde %1: die jeder befragten Person und, wo erfasst, der Konsens der Moderation, nach Initiative und Frage in der Reihenfolge des Fragenkatalogs.</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Befragte/r</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Note and evidence</source>
        <translation>Notiz und Belege</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Belege: %1</translation>
    </message>
    <message numerus="yes">
        <source>This report assesses %n AI initiative(s) of %1 in the %2 round against the seven last-mile frictions: the organizational obstacles that keep working AI from turning into operational results. Scores run from 0 (no friction) to 100 (severe).</source>
        <translation>
            <numerusform>Dieser Bericht bewertet %n KI-Initiative von %1 in der Runde %2 anhand der sieben Hemmnisse auf der letzten Meile: der organisatorischen Hürden, die verhindern, dass funktionierende KI zu betrieblichen Ergebnissen führt. Die Werte reichen von 0 (kein Hemmnis) bis 100 (gravierend).</numerusform>
            <numerusform>Dieser Bericht bewertet %n KI-Initiativen von %1 in der Runde %2 anhand der sieben Hemmnisse auf der letzten Meile: der organisatorischen Hürden, die verhindern, dass funktionierende KI zu betrieblichen Ergebnissen führt. Die Werte reichen von 0 (kein Hemmnis) bis 100 (gravierend).</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio readiness</source>
        <translation>Reife des Portfolios</translation>
    </message>
    <message>
        <source>/ 100</source>
        <translation>/ 100</translation>
    </message>
    <message>
        <source>High or critical frictions</source>
        <translation>Hohe oder kritische Hemmnisse</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1 critical, %2 high</source>
        <translation>%1 kritisch, %2 hoch</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>Fragen</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) rest on insufficient evidence</source>
        <translation>
            <numerusform>%n Wert beruht auf unzureichender Datenlage</numerusform>
            <numerusform>%n Werte beruhen auf unzureichender Datenlage</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the frictions are worst</source>
        <translation>Wo die Hemmnisse am stärksten sind</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>High or critical in</source>
        <translation>Hoch oder kritisch in</translation>
    </message>
    <message>
        <source>Most affected initiative</source>
        <translation>Am stärksten betroffene Initiative</translation>
    </message>
    <message>
        <source>%1 of %2 initiatives</source>
        <translation>%1 von %2 Initiativen</translation>
    </message>
    <message>
        <source>Readiness by initiative</source>
        <translation>Reife je Initiative</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reife</translation>
    </message>
    <message>
        <source>Top actions</source>
        <translation>Wichtigste Maßnahmen</translation>
    </message>
    <message>
        <source>Initiative and friction</source>
        <translation>Initiative und Hemmnis</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Each cell is an initiative&apos;s score for one friction in %1, from 0 (no friction) to 100 (severe), coloured by band. Hatched cells rest on insufficient evidence: fewer than half of the questions&apos; weight was answered. A corner mark shows a question on which respondents disagree by two levels or more. Readiness is 100 minus the weighted mean friction; the portfolio row is the mean over the initiatives.</source>
        <translation>Jede Zelle ist der Wert einer Initiative für ein Hemmnis in %1, von 0 (kein Hemmnis) bis 100 (gravierend), eingefärbt nach Stufe. Schraffierte Zellen beruhen auf unzureichender Datenlage: weniger als die Hälfte des Fragengewichts wurde beantwortet. Eine Eckmarkierung zeigt eine Frage, bei der die Befragten zwei oder mehr Stufen auseinanderliegen. Die Reife ist 100 minus dem gewichteten mittleren Hemmnis; die Portfoliozeile ist der Mittelwert über die Initiativen.</translation>
    </message>
    <message>
        <source>The same heatmap with the change of every score since %1 under it: ↑ a friction that grew (worse), ↓ one that shrank (better). In the readiness column ↑ is an improvement.</source>
        <translation>Dieselbe Heatmap mit der Veränderung jedes Werts seit %1 darunter: ↑ ein gewachsenes Hemmnis (schlechter), ↓ ein geschrumpftes (besser). In der Spalte Reife ist ↑ eine Verbesserung.</translation>
    </message>
    <message numerus="yes">
        <source>Each initiative was assessed with the question bank &quot;%1&quot; (%2, content version %3): %n question(s) across the seven frictions. Every question describes one practice that helps an AI initiative get from pilot to operation, with five concrete levels so that two people who see the same situation pick the same level.</source>
        <translation>
            <numerusform>Jede Initiative wurde mit dem Fragenkatalog „%1“ (%2, Inhaltsversion %3) bewertet: %n Frage über die sieben Hemmnisse. Jede Frage beschreibt eine Praxis, die einer KI-Initiative vom Pilot in den Betrieb hilft, mit fünf konkreten Stufen, damit zwei Personen, die dieselbe Lage sehen, dieselbe Stufe wählen.</numerusform>
            <numerusform>Jede Initiative wurde mit dem Fragenkatalog „%1“ (%2, Inhaltsversion %3) bewertet: %n Fragen über die sieben Hemmnisse. Jede Frage beschreibt eine Praxis, die einer KI-Initiative vom Pilot in den Betrieb hilft, mit fünf konkreten Stufen, damit zwei Personen, die dieselbe Lage sehen, dieselbe Stufe wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer scale</source>
        <translation>Die Antwortskala</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Question friction</source>
        <translation>Hemmnis der Frage</translation>
    </message>
    <message>
        <source>Don&apos;t know: lowers coverage, not the score</source>
        <translation>Weiß nicht: senkt die Abdeckung, nicht den Wert</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>n. z.</translation>
    </message>
    <message>
        <source>Not applicable: left out of score and coverage</source>
        <translation>Nicht zutreffend: zählt weder für den Wert noch für die Abdeckung</translation>
    </message>
    <message>
        <source>How the scores are computed</source>
        <translation>Wie die Werte berechnet werden</translation>
    </message>
    <message>
        <source>A question&apos;s friction is (4 − level) / 4, as a percentage. A friction score is the weighted mean of its answered questions&apos; frictions, from 0 (every practice fully in place) to 100 (none in place). With several respondents, each question uses the median of their levels; a facilitator&apos;s consensus answer replaces it. Respondents disagree on a question when their levels are %1 or more apart.</source>
        <translation>Das Hemmnis einer Frage ist (4 − Stufe) / 4, in Prozent. Ein Hemmniswert ist der gewichtete Mittelwert der Hemmnisse seiner beantworteten Fragen, von 0 (jede Praxis vollständig umgesetzt) bis 100 (keine umgesetzt). Bei mehreren Befragten zählt für jede Frage der Median ihrer Stufen; eine Konsensantwort der Moderation ersetzt ihn. Dissens besteht bei einer Frage, wenn die Stufen der Befragten %1 oder mehr auseinanderliegen.</translation>
    </message>
    <message>
        <source>The readiness index of an initiative is 100 minus the weighted mean of its friction scores (higher is better). Portfolio figures are means over the initiatives.</source>
        <translation>Der Reifeindex einer Initiative ist 100 minus dem gewichteten Mittelwert ihrer Hemmniswerte (höher ist besser). Portfoliozahlen sind Mittelwerte über die Initiativen.</translation>
    </message>
    <message>
        <source>Friction score</source>
        <translation>Hemmniswert</translation>
    </message>
    <message>
        <source>%1 to 100</source>
        <translation>%1 bis 100</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation>%1 bis unter %2</translation>
    </message>
    <message>
        <source>The seven frictions</source>
        <translation>Die sieben Hemmnisse</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message numerus="yes">
        <source>Friction report of %n AI initiative(s) against the seven last-mile frictions</source>
        <translation>
            <numerusform>Hemmnisbericht zu %n KI-Initiative anhand der sieben Hemmnisse auf der letzten Meile</numerusform>
            <numerusform>Hemmnisbericht zu %n KI-Initiativen anhand der sieben Hemmnisse auf der letzten Meile</numerusform>
        </translation>
    </message>
    <message>
        <source>the PDF could not be completed (%1)</source>
        <translation>das PDF konnte nicht fertiggestellt werden (%1)</translation>
    </message>
    <message>
        <source>* insufficient evidence: less than half of the friction&apos;s questions answered; no change is claimed for it.</source>
        <translation>* unzureichende Datenlage: weniger als die Hälfte der Fragen des Hemmnisses beantwortet; für es wird keine Veränderung ausgewiesen.</translation>
    </message>
    <message>
        <source>Readiness %1 of 100: %2 (%3)</source>
        <translation>Reife %1 von 100: %2 (%3)</translation>
    </message>
    <message>
        <source>Coverage is the answered weight over the applicable weight. A score whose coverage is under %1 rests on insufficient evidence: it is shown, hatched or marked with *, but should not be acted on before the gaps are closed. The same holds for readiness (over all questions) and portfolio figures, and no change between rounds is claimed where either round rests on insufficient evidence.</source>
        <translation>Die Abdeckung ist das beantwortete Gewicht im Verhältnis zum zutreffenden Gewicht. Ein Wert mit einer Abdeckung unter %1 beruht auf unzureichender Datenlage: Er wird schraffiert oder mit * markiert angezeigt, sollte aber erst nach Schließen der Lücken Grundlage von Entscheidungen sein. Dasselbe gilt für die Reife (über alle Fragen) und für Portfoliozahlen, und wo eine der beiden Runden auf unzureichender Datenlage beruht, wird keine Veränderung zwischen den Runden ausgewiesen.</translation>
    </message>
    <message>
        <source>; no change claimed since %1</source>
        <translation>; keine Veränderung seit %1 ausgewiesen</translation>
    </message>
    <message>
        <source>%1; coverage %2</source>
        <translation>%1; Abdeckung %2</translation>
    </message>
    <message>
        <source>Readiness by initiative, lowest first</source>
        <translation>Reife je Initiative, niedrigste zuerst</translation>
    </message>
    <message>
        <source>Frictions</source>
        <translation>Hemmnisse</translation>
    </message>
    <message numerus="yes">
        <source>%n more initiative(s)</source>
        <translation>
            <numerusform>%n weitere Initiative</numerusform>
            <numerusform>%n weitere Initiativen</numerusform>
        </translation>
    </message>
    <message>
        <source>, readiness %1 to %2</source>
        <translation>, Reife %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n on insufficient evidence</source>
        <translation>
            <numerusform>, %n auf unzureichender Datenlage</numerusform>
            <numerusform>, %n auf unzureichender Datenlage</numerusform>
        </translation>
    </message>
    <message>
        <source>: every one is in the heatmap.</source>
        <translation>: jede steht in der Heatmap.</translation>
    </message>
    <message>
        <source>Frictions, left to right: %1; hatched: insufficient evidence.</source>
        <translation>Hemmnisse von links nach rechts: %1; schraffiert: unzureichende Datenlage.</translation>
    </message>
    <message>
        <source>Change: readiness points gained (↑) or lost (↓) since %1; none is claimed where either round rests on insufficient evidence.</source>
        <translation>Veränderung: seit %1 gewonnene (↑) oder verlorene (↓) Reifepunkte; wo eine der beiden Runden auf unzureichender Datenlage beruht, wird keine ausgewiesen.</translation>
    </message>
    <message>
        <source>* insufficient evidence: less than half of the questions answered.</source>
        <translation>* unzureichende Datenlage: weniger als die Hälfte der Fragen beantwortet.</translation>
    </message>
</context>
<context>
    <name>ProfileChartPainter</name>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>%1: friction profile, %2</source>
        <translation>%1: Hemmnisprofil, %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
</context>
<context>
    <name>RemoveActionCommand</name>
    <message>
        <source>Delete Action</source>
        <translation>Maßnahme löschen</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>the file has no rounds to report on</source>
        <translation>die Datei hat keine Runden, über die berichtet werden kann</translation>
    </message>
    <message>
        <source>no round &quot;%1&quot;</source>
        <translation>keine Runde „%1“</translation>
    </message>
    <message>
        <source>Language of the fixed text: %1 (default: the system&apos;s).</source>
        <translation>Sprache der festen Texte: %1 (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>--language takes %1</source>
        <translation>--language erwartet %1</translation>
    </message>
</context>
<context>
    <name>RepoCommand</name>
    <message>
        <source>pull: the new working copy; it must not exist.</source>
        <translation>pull: die neue Arbeitskopie; sie darf noch nicht existieren.</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet wird %1</translation>
    </message>
    <message>
        <source>%1: repository created (schema version %2)</source>
        <translation>%1: Repository angelegt (Schemaversion %2)</translation>
    </message>
    <message>
        <source>%1: repository upgraded from schema version %2 to %3</source>
        <translation>%1: Repository von Schemaversion %2 auf %3 aktualisiert</translation>
    </message>
    <message>
        <source>%1: repository is up to date (schema version %2)</source>
        <translation>%1: Repository ist aktuell (Schemaversion %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n Runde</numerusform>
            <numerusform>%n Runden</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is a working copy of another repository (%1); use &quot;lastmile-cli repo sync&quot; to merge it there</source>
        <translation>die Datei ist eine Arbeitskopie eines anderen Repositorys (%1); mit „lastmile-cli repo sync“ wird sie dort zusammengeführt</translation>
    </message>
    <message>
        <source>%1: added to %2 as engagement %3; the file is now its working copy</source>
        <translation>%1: zu %2 als Engagement %3 hinzugefügt; die Datei ist jetzt seine Arbeitskopie</translation>
    </message>
    <message>
        <source>%1: working copy of &quot;%2&quot; (%3) from %4</source>
        <translation>%1: Arbeitskopie von „%2“ (%3) aus %4</translation>
    </message>
    <message>
        <source>%1  %2  (%3; changed by %4 at %5)</source>
        <translation>%1  %2  (%3; geändert von %4 am %5)</translation>
    </message>
    <message>
        <source>Share engagements through the firm&apos;s repository: init, list, push, pull, sync, conflicts, resolve.</source>
        <translation>Engagements über das Repository der Firma teilen: init, list, push, pull, sync, conflicts, resolve.</translation>
    </message>
    <message>
        <source>init URI, list URI, push FILE URI, pull URI ENGAGEMENT --output FILE, sync FILE, conflicts FILE, or resolve FILE CONFLICT --mine|--theirs.</source>
        <translation>init URI, list URI, push DATEI URI, pull URI ENGAGEMENT --output DATEI, sync DATEI, conflicts DATEI oder resolve DATEI KONFLIKT --mine|--theirs.</translation>
    </message>
    <message>
        <source>resolve: keep the working copy&apos;s value.</source>
        <translation>resolve: den Wert der Arbeitskopie behalten.</translation>
    </message>
    <message>
        <source>resolve: keep the repository&apos;s value.</source>
        <translation>resolve: den Wert des Repositorys behalten.</translation>
    </message>
    <message>
        <source>CONFLICT is a number that &quot;repo conflicts&quot; shows, not &quot;%1&quot;</source>
        <translation>KONFLIKT ist eine Nummer, die „repo conflicts“ anzeigt, nicht „%1“</translation>
    </message>
    <message>
        <source>expected init, list, push, pull, sync, conflicts or resolve</source>
        <translation>erwartet: init, list, push, pull, sync, conflicts oder resolve</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write the report of a round as PDF or self-contained HTML.</source>
        <translation>Den Bericht einer Runde als PDF oder eigenständiges HTML schreiben.</translation>
    </message>
    <message>
        <source>The .lastmile file.</source>
        <translation>Die .lastmile-Datei.</translation>
    </message>
    <message>
        <source>OUT.pdf or OUT.html; replaced if it exists.</source>
        <translation>OUT.pdf oder OUT.html; wird ersetzt, falls vorhanden.</translation>
    </message>
    <message>
        <source>Round, by id or exact name (default: the latest).</source>
        <translation>Runde, über Id oder genauen Namen (Standard: die letzte).</translation>
    </message>
    <message>
        <source>Round to compare with (default: the one before the reported round).</source>
        <translation>Runde zum Vergleich (Standard: die Runde vor der berichteten).</translation>
    </message>
    <message>
        <source>a4 or letter (default: as the file&apos;s branding says).</source>
        <translation>a4 oder letter (Standard: wie im Erscheinungsbild der Datei festgelegt).</translation>
    </message>
    <message>
        <source>Leave out the cover page.</source>
        <translation>Das Deckblatt weglassen.</translation>
    </message>
    <message>
        <source>Leave out the executive summary.</source>
        <translation>Die Management Summary weglassen.</translation>
    </message>
    <message>
        <source>Leave out the heatmap pages.</source>
        <translation>Die Heatmap-Seiten weglassen.</translation>
    </message>
    <message>
        <source>Leave out the section of each initiative.</source>
        <translation>Den Abschnitt jeder Initiative weglassen.</translation>
    </message>
    <message>
        <source>Leave out the methodology.</source>
        <translation>Die Methodik weglassen.</translation>
    </message>
    <message>
        <source>Leave out the appendix of every answer.</source>
        <translation>Den Anhang mit allen Antworten weglassen.</translation>
    </message>
    <message>
        <source>expected one file and --output</source>
        <translation>erwartet werden eine Datei und --output</translation>
    </message>
    <message>
        <source>--output must end in .pdf or .html</source>
        <translation>--output muss auf .pdf oder .html enden</translation>
    </message>
    <message>
        <source>--page-size takes a4 or letter</source>
        <translation>--page-size erwartet a4 oder letter</translation>
    </message>
    <message>
        <source>Only the executive summary, on one page.</source>
        <translation>Nur die Management Summary, auf einer Seite.</translation>
    </message>
    <message>
        <source>Name respondents &quot;Respondent A&quot;, &quot;Respondent B&quot;… and leave out their roles, for sharing beyond the room.</source>
        <translation>Die Befragten „Befragte Person A“, „Befragte Person B“ … nennen und ihre Rollen weglassen, zur Weitergabe über den Raum hinaus.</translation>
    </message>
</context>
<context>
    <name>ReportSettingsDialog</name>
    <message>
        <source>Report Settings</source>
        <translation>Berichtseinstellungen</translation>
    </message>
    <message>
        <source>How this engagement&apos;s reports present your firm. The settings are stored in the file, so they travel with it.</source>
        <translation>Wie die Berichte dieses Mandats Ihre Firma darstellen. Die Einstellungen werden in der Datei gespeichert und reisen mit ihr.</translation>
    </message>
    <message>
        <source>&amp;Firm or consultant:</source>
        <translation>&amp;Firma oder Beratung:</translation>
    </message>
    <message>
        <source>Shown on the cover and in the page footers</source>
        <translation>Erscheint auf dem Deckblatt und in den Fußzeilen</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>C&amp;hoose Logo…</source>
        <translation>Logo &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Remove Logo</source>
        <translation>Logo &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation>&amp;Akzentfarbe:</translation>
    </message>
    <message>
        <source>Use &amp;Default</source>
        <translation>&amp;Standard verwenden</translation>
    </message>
    <message>
        <source>F&amp;ooter text:</source>
        <translation>F&amp;ußzeile:</translation>
    </message>
    <message>
        <source>e.g. Confidential — prepared for the leadership team</source>
        <translation>z. B. Vertraulich – erstellt für die Geschäftsleitung</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Seiten&amp;format:</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>AI last-mile assessment</source>
        <translation>KI-Initiativen auf der letzten Meile</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Management Summary</translation>
    </message>
    <message>
        <source>Friction heatmap</source>
        <translation>Heatmap der Hemmnisse</translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation>Veränderung seit %1</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodik</translation>
    </message>
    <message>
        <source>Appendix: every answer</source>
        <translation>Anhang: alle Antworten</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>first assessment round: no earlier round to compare with</source>
        <translation>erste Bewertungsrunde: keine frühere Runde zum Vergleich</translation>
    </message>
    <message>
        <source>not scored in %1</source>
        <translation>in %1 nicht bewertet</translation>
    </message>
    <message numerus="yes">
        <source>up %n point(s) since %1</source>
        <translation>
            <numerusform>seit %1 um %n Punkt gestiegen</numerusform>
            <numerusform>seit %1 um %n Punkte gestiegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n point(s) since %1</source>
        <translation>
            <numerusform>seit %1 um %n Punkt gesunken</numerusform>
            <numerusform>seit %1 um %n Punkte gesunken</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged since %1</source>
        <translation>unverändert seit %1</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>Nicht zutreffend: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>no change claimed since %1: too little evidence</source>
        <translation>keine Veränderung seit %1 ausgewiesen: zu wenig Datenlage</translation>
    </message>
    <message>
        <source>insufficient evidence (coverage %1)</source>
        <translation>unzureichende Datenlage (Abdeckung %1)</translation>
    </message>
    <message>
        <source>%1, continued</source>
        <translation>%1, Fortsetzung</translation>
    </message>
    <message>
        <source>%1 · between %2 and %3</source>
        <translation>%1 · zwischen %2 und %3</translation>
    </message>
    <message>
        <source>Respondent %1</source>
        <comment>an anonymous report names respondents A, B, …</comment>
        <translation>Befragte Person %1</translation>
    </message>
</context>
<context>
    <name>RepositoryMessages</name>
    <message>
        <source>cannot connect to the repository; check the address, the network and your password (~/.pgpass or PGPASSWORD)</source>
        <translation>keine Verbindung zum Repository; prüfen Sie die Adresse, das Netzwerk und Ihr Passwort (~/.pgpass oder PGPASSWORD)</translation>
    </message>
    <message>
        <source>your role may not do this in the repository; ask its administrator</source>
        <translation>Ihre Rolle darf das im Repository nicht; fragen Sie dessen Administration</translation>
    </message>
    <message>
        <source>there is no Lastmile repository in this database yet; an administrator creates it with &quot;lastmile-cli repo init&quot;</source>
        <translation>in dieser Datenbank gibt es noch kein Lastmile-Repository; die Administration legt es mit „lastmile-cli repo init“ an</translation>
    </message>
    <message>
        <source>the repository was set up by a newer version of Lastmile (schema version %1); update Lastmile to use it</source>
        <translation>das Repository wurde von einer neueren Lastmile-Version eingerichtet (Schemaversion %1); aktualisieren Sie Lastmile, um es zu nutzen</translation>
    </message>
    <message>
        <source>the repository needs an upgrade (schema version %1); an administrator runs &quot;lastmile-cli repo init&quot;</source>
        <translation>das Repository muss aktualisiert werden (Schemaversion %1); die Administration führt „lastmile-cli repo init“ aus</translation>
    </message>
    <message>
        <source>no engagement &quot;%1&quot; that you can see</source>
        <translation>kein für Sie sichtbares Engagement „%1“</translation>
    </message>
    <message>
        <source>several engagements are named &quot;%1&quot;; give its id (see &quot;lastmile-cli repo list&quot;)</source>
        <translation>mehrere Engagements heißen „%1“; geben Sie die Id an (siehe „lastmile-cli repo list“)</translation>
    </message>
    <message>
        <source>the repository refused the data; nothing was changed</source>
        <translation>das Repository hat die Daten abgelehnt; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the connection to the repository broke; nothing was changed, try again</source>
        <translation>die Verbindung zum Repository ist abgebrochen; nichts wurde geändert, versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the repository reported an error; nothing was changed</source>
        <translation>das Repository hat einen Fehler gemeldet; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the working copy could not be written; nothing was changed</source>
        <translation>die Arbeitskopie konnte nicht geschrieben werden; nichts wurde geändert</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed in the repository or the working copy</source>
        <translation>abgebrochen; weder im Repository noch in der Arbeitskopie wurde etwas geändert</translation>
    </message>
    <message>
        <source>the engagement has no open conflict %1 (see &quot;lastmile-cli repo conflicts&quot;)</source>
        <translation>das Engagement hat keinen offenen Konflikt %1 (siehe „lastmile-cli repo conflicts“)</translation>
    </message>
    <message>
        <source>the file is not a working copy of a repository; add it to one with &quot;lastmile-cli repo push FILE URI&quot;</source>
        <translation>die Datei ist keine Arbeitskopie eines Repositorys; fügen Sie sie mit „lastmile-cli repo push FILE URI“ einem hinzu</translation>
    </message>
    <message>
        <source>the repository has the merge, but the file could not be replaced (%1); run the sync again</source>
        <translation>das Repository hat die Zusammenführung, aber die Datei konnte nicht ersetzt werden (%1); synchronisieren Sie erneut</translation>
    </message>
    <message>
        <source>changed here and in the repository</source>
        <translation>hier und im Repository geändert</translation>
    </message>
    <message>
        <source>added here and in the repository with different values</source>
        <translation>hier und im Repository mit unterschiedlichen Werten hinzugefügt</translation>
    </message>
    <message>
        <source>deleted here, changed in the repository</source>
        <translation>hier gelöscht, im Repository geändert</translation>
    </message>
    <message>
        <source>changed here, deleted in the repository</source>
        <translation>hier geändert, im Repository gelöscht</translation>
    </message>
    <message>
        <source>changed, but what it belongs to was deleted</source>
        <translation>geändert, aber das, wozu es gehört, wurde gelöscht</translation>
    </message>
    <message>
        <source>left out; both values are kept with the conflict</source>
        <translation>weggelassen; beide Werte bleiben beim Konflikt erhalten</translation>
    </message>
    <message>
        <source>your value was kept; the other is kept with the conflict</source>
        <translation>Ihr Wert wurde übernommen; der andere bleibt beim Konflikt erhalten</translation>
    </message>
    <message>
        <source>the repository&apos;s value was kept; yours is kept with the conflict</source>
        <translation>der Wert des Repositorys wurde übernommen; Ihrer bleibt beim Konflikt erhalten</translation>
    </message>
    <message>
        <source>answer of %1 to %2 for %3, round %4</source>
        <translation>Antwort von %1 auf %2 für %3, Runde %4</translation>
    </message>
    <message>
        <source>agreed answer to %1 for %2, round %3</source>
        <translation>vereinbarte Antwort auf %1 für %2, Runde %3</translation>
    </message>
    <message>
        <source>initiative %1</source>
        <translation>Initiative %1</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>respondent %1</source>
        <translation>Befragte Person %1</translation>
    </message>
    <message>
        <source>action #%1</source>
        <translation>Maßnahme #%1</translation>
    </message>
    <message>
        <source>action “%1”</source>
        <translation>Maßnahme „%1“</translation>
    </message>
    <message>
        <source>target for %1 on %2</source>
        <translation>Zielwert für %1 bei %2</translation>
    </message>
    <message>
        <source>agenda of round %1</source>
        <translation>Agenda der Runde %1</translation>
    </message>
    <message>
        <source>report branding</source>
        <translation>Berichtsgestaltung</translation>
    </message>
    <message>
        <source>engagement profile</source>
        <translation>Profil des Engagements</translation>
    </message>
    <message>
        <source>no row (deleted)</source>
        <translation>keine Zeile (gelöscht)</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>not applicable: %1</source>
        <translation>nicht zutreffend: %1</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>weiß nicht</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>the team repository cannot be used: %1</source>
        <translation>das Team-Repository kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>RespondentDialog</name>
    <message>
        <source>Respondent</source>
        <translation>Befragte Person</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>e.g. Customer service lead</source>
        <translation>z. B. Leitung Kundenservice</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Review mode: this file cannot be written here, so nothing can be changed. Use File &gt; Save a Copy As to work on a copy.</source>
        <translation>Nur-Lesen-Modus: Diese Datei kann hier nicht geschrieben werden, daher lässt sich nichts ändern. Mit Datei &gt; Kopie speichern unter arbeiten Sie an einer Kopie.</translation>
    </message>
    <message>
        <source>Review mode: another Lastmile window is editing this file. Close it there, then click Edit.</source>
        <translation>Nur-Lesen-Modus: Ein anderes Lastmile-Fenster bearbeitet diese Datei. Schließen Sie sie dort und klicken Sie dann auf Bearbeiten.</translation>
    </message>
    <message>
        <source>Review mode: nothing can be changed. Click Edit in the yellow bar to change this file.</source>
        <translation>Nur-Lesen-Modus: Es lässt sich nichts ändern. Klicken Sie in der gelben Leiste auf Bearbeiten, um diese Datei zu ändern.</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Start New Round</source>
        <translation>Neue Runde beginnen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. 2026-Q2 workshop</source>
        <translation>z. B. Workshop 2026-Q2</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Durchgeführt am:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Copy the respondents of the previous round</source>
        <translation>Befragte der vorigen Runde &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Question bank:</source>
        <translation>&amp;Fragenkatalog:</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Score every initiative and friction of a round.</source>
        <translation>Jede Initiative und jedes Hemmnis einer Runde bewerten.</translation>
    </message>
    <message>
        <source>The .lastmile file.</source>
        <translation>Die .lastmile-Datei.</translation>
    </message>
    <message>
        <source>Round, by id or exact name (default: the latest).</source>
        <translation>Runde, über Id oder genauen Namen (Standard: die letzte).</translation>
    </message>
    <message>
        <source>table (default), json or csv.</source>
        <translation>table (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>expected one file</source>
        <translation>erwartet wird eine Datei</translation>
    </message>
    <message>
        <source>--format takes table, json or csv</source>
        <translation>--format erwartet table, json oder csv</translation>
    </message>
    <message>
        <source>the file has no rounds to score</source>
        <translation>die Datei hat keine Runden zum Bewerten</translation>
    </message>
    <message>
        <source>no round &quot;%1&quot;</source>
        <translation>keine Runde „%1“</translation>
    </message>
    <message>
        <source>(organization not named)</source>
        <translation>(Organisation ohne Namen)</translation>
    </message>
    <message>
        <source>%1, round &quot;%2&quot; (question bank %3, version %4)</source>
        <translation>%1, Runde „%2“ (Fragenkatalog %3, Version %4)</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Reife</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Friction scores run from 0 (no friction) to 100 (severe): low under 25, moderate under 50, high under 75, critical from 75. Ready: readiness index, 100 minus the weighted mean friction.</source>
        <translation>Hemmniswerte reichen von 0 (kein Hemmnis) bis 100 (gravierend): niedrig unter 25, mäßig unter 50, hoch unter 75, kritisch ab 75. Reife: Reifeindex, 100 minus dem gewichteten mittleren Hemmnis.</translation>
    </message>
    <message>
        <source>? insufficient evidence (coverage under 50%)   ! respondents disagree (spread of 2 levels or more)   – no answers</source>
        <translation>? unzureichende Datenlage (Abdeckung unter 50 %)   ! Befragte uneins (Streuung ab 2 Stufen)   – keine Antworten</translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <source>Run a workshop voting session for phones, driven from stdin.</source>
        <translation>Eine Abstimmung per Smartphone für einen Workshop durchführen, gesteuert über die Standardeingabe.</translation>
    </message>
    <message>
        <source>The .lastmile file the votes are stored in.</source>
        <translation>Die .lastmile-Datei, in der die Stimmen gespeichert werden.</translation>
    </message>
    <message>
        <source>Round, by id or exact name.</source>
        <translation>Runde, über Id oder genauen Namen.</translation>
    </message>
    <message>
        <source>Initiative, by id or exact name.</source>
        <translation>Initiative, über Id oder genauen Namen.</translation>
    </message>
    <message>
        <source>The address to listen on, such as this computer&apos;s address on the room&apos;s network (default 127.0.0.1, this computer only).</source>
        <translation>Die Adresse, auf der gelauscht wird, etwa die Adresse dieses Computers im Netz des Raums (Standard 127.0.0.1, nur dieser Computer).</translation>
    </message>
    <message>
        <source>The port to listen on (default: any free port).</source>
        <translation>Der Port, auf dem gelauscht wird (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>The questions of the session, in order, comma-separated (default: every question of the round&apos;s bank).</source>
        <translation>Die Fragen der Sitzung, in Reihenfolge, durch Kommas getrennt (Standard: jede Frage des Fragenkatalogs der Runde).</translation>
    </message>
    <message>
        <source>Reveal counts per answer without the names behind them.</source>
        <translation>Beim Aufdecken die Anzahl je Antwort zeigen, ohne die Namen dahinter.</translation>
    </message>
    <message>
        <source>Connections one network address may hold open (default 30); raise it when the phones reach this computer through one router address.</source>
        <translation>Verbindungen, die eine Netzwerkadresse offen halten darf (Standard 30); erhöhen Sie den Wert, wenn die Smartphones diesen Computer über eine einzige Router-Adresse erreichen.</translation>
    </message>
    <message>
        <source>Also write the join address as a QR code to this PNG file, for a projector or a printout.</source>
        <translation>Die Beitrittsadresse zusätzlich als QR-Code in diese PNG-Datei schreiben, für Projektor oder Ausdruck.</translation>
    </message>
    <message>
        <source>expected one file</source>
        <translation>erwartet wird eine Datei</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>--bind takes an IP address, such as 192.168.1.20</source>
        <translation>--bind erwartet eine IP-Adresse, etwa 192.168.1.20</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535</translation>
    </message>
    <message>
        <source>--per-address takes a number from 1 to 10000</source>
        <translation>--per-address erwartet eine Zahl von 1 bis 10000</translation>
    </message>
    <message>
        <source>no question &quot;%1&quot; in the question bank of round &quot;%2&quot;</source>
        <translation>keine Frage „%1“ im Fragenkatalog der Runde „%2“</translation>
    </message>
    <message>
        <source>cannot start the session: %1</source>
        <translation>die Sitzung kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>the address does not fit in a QR code</source>
        <translation>die Adresse passt nicht in einen QR-Code</translation>
    </message>
    <message>
        <source>session: &quot;%1&quot; is not a question of this session</source>
        <translation>session: „%1“ ist keine Frage dieser Sitzung</translation>
    </message>
    <message>
        <source>session: no question is open</source>
        <translation>session: keine Frage ist offen</translation>
    </message>
    <message>
        <source>session: unknown command &quot;%1&quot; (open QUESTION, reveal, close, admit KEY [RESPONDENT], refuse KEY, quit)</source>
        <translation>session: unbekannter Befehl „%1“ (open QUESTION, reveal, close, admit KEY [RESPONDENT], refuse KEY, quit)</translation>
    </message>
    <message>
        <source>session: no phone waiting as &quot;%1&quot;</source>
        <translation>session: kein Smartphone wartet als „%1“</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>das Bild konnte nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>SetAgendaCommand</name>
    <message>
        <source>Plan Agenda</source>
        <translation>Agenda planen</translation>
    </message>
    <message>
        <source>Clear Agenda</source>
        <translation>Agenda löschen</translation>
    </message>
</context>
<context>
    <name>SetAnswerCommand</name>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Set Consensus Answer</source>
        <translation>Konsensantwort festlegen</translation>
    </message>
    <message>
        <source>Answer Question</source>
        <translation>Frage beantworten</translation>
    </message>
</context>
<context>
    <name>SetBrandingCommand</name>
    <message>
        <source>Change Report Settings</source>
        <translation>Berichtseinstellungen ändern</translation>
    </message>
</context>
<context>
    <name>SetOrganizationCommand</name>
    <message>
        <source>Edit Organization</source>
        <translation>Organisation bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetTargetCommand</name>
    <message>
        <source>Set Target</source>
        <translation>Zielwert festlegen</translation>
    </message>
    <message>
        <source>Clear Target</source>
        <translation>Zielwert entfernen</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <source>answers to question &quot;%1&quot;, which is not in its round&apos;s question bank</source>
        <translation>Antworten auf die Frage „%1“, die nicht im Fragenkatalog ihrer Runde steht</translation>
    </message>
    <message>
        <source>an SQLite database without Lastmile&apos;s application id</source>
        <translation>eine SQLite-Datenbank ohne die Anwendungskennung von Lastmile</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>a folder or device, not a file</source>
        <translation>ein Ordner oder Gerät, keine Datei</translation>
    </message>
    <message>
        <source>you do not have permission to read this file</source>
        <translation>Sie haben keine Berechtigung, diese Datei zu lesen</translation>
    </message>
    <message>
        <source>the file was not closed properly and an unfinished edit must be undone first; open it once where it can be written, keeping the file ending in &quot;-journal&quot; next to it</source>
        <translation>die Datei wurde nicht ordnungsgemäß geschlossen und eine unvollendete Änderung muss erst zurückgenommen werden; öffnen Sie sie einmal an einem beschreibbaren Ort und lassen Sie die Datei mit der Endung „-journal“ daneben liegen</translation>
    </message>
    <message>
        <source>the file is damaged and cannot be read safely; restore it from a backup</source>
        <translation>die Datei ist beschädigt und kann nicht sicher gelesen werden; stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>the file was written by a newer version of Lastmile (file format %1); update Lastmile to open it</source>
        <translation>die Datei stammt aus einer neueren Lastmile-Version (Dateiformat %1); aktualisieren Sie Lastmile, um sie zu öffnen</translation>
    </message>
    <message>
        <source>the file or its folder cannot be written; open it read-only or copy it somewhere writable</source>
        <translation>die Datei oder ihr Ordner ist nicht beschreibbar; öffnen Sie sie schreibgeschützt oder kopieren Sie sie an einen beschreibbaren Ort</translation>
    </message>
    <message>
        <source>the file is open read-only and cannot be changed</source>
        <translation>die Datei ist schreibgeschützt geöffnet und kann nicht geändert werden</translation>
    </message>
    <message>
        <source>the file is open for writing in another Lastmile window or process; close it there first</source>
        <translation>die Datei ist in einem anderen Lastmile-Fenster oder -Prozess zum Schreiben geöffnet; schließen Sie sie dort zuerst</translation>
    </message>
    <message>
        <source>the file already exists; choose another name</source>
        <translation>die Datei existiert bereits; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>the disk is full; nothing was changed</source>
        <translation>der Datenträger ist voll; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>unknown %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>integrity check failed: %1</source>
        <translation>Integritätsprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>rows in table %1 refer to rows that do not exist</source>
        <translation>Zeilen der Tabelle %1 verweisen auf Zeilen, die nicht existieren</translation>
    </message>
    <message>
        <source>the question bank of round &quot;%1&quot; does not load</source>
        <translation>der Fragenkatalog der Runde „%1“ lässt sich nicht laden</translation>
    </message>
    <message>
        <source>a row breaks the rules of the file (%1)</source>
        <translation>eine Zeile verstößt gegen die Regeln der Datei (%1)</translation>
    </message>
    <message>
        <source>not a Lastmile file; check that you chose the right file, or ask the sender for the .lastmile file again</source>
        <translation>keine Lastmile-Datei; prüfen Sie, ob Sie die richtige Datei gewählt haben, oder bitten Sie den Absender erneut um die .lastmile-Datei</translation>
    </message>
    <message>
        <source>not a Lastmile file (it belongs to another application); choose a .lastmile file</source>
        <translation>keine Lastmile-Datei (sie gehört zu einer anderen Anwendung); wählen Sie eine .lastmile-Datei</translation>
    </message>
    <message>
        <source>the file is not laid out as Lastmile writes its files, so it was not opened; ask the sender for a fresh copy</source>
        <translation>die Datei ist nicht so aufgebaut, wie Lastmile seine Dateien schreibt, und wurde daher nicht geöffnet; bitten Sie den Absender um eine neue Kopie</translation>
    </message>
    <message>
        <source>the file could not be read or written; check that its disk or network folder is still connected, then try again</source>
        <translation>die Datei konnte nicht gelesen oder geschrieben werden; prüfen Sie, ob ihr Datenträger oder Netzwerkordner noch verbunden ist, und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the file holds data that Lastmile does not accept, so nothing was changed; restore it from a backup if this persists</source>
        <translation>die Datei enthält Daten, die Lastmile nicht annimmt, daher wurde nichts geändert; stellen Sie sie aus einer Sicherung wieder her, falls das so bleibt</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>sie ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>%1: synced with %2: %3 sent, %4 received</source>
        <translation>%1: mit %2 synchronisiert: %3 gesendet, %4 empfangen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added here got a new id, because the repository had given theirs to another row meanwhile</source>
        <translation>
            <numerusform>%n hier hinzugefügte Zeile erhielt eine neue Id, weil das Repository ihre inzwischen an eine andere Zeile vergeben hatte</numerusform>
            <numerusform>%n hier hinzugefügte Zeilen erhielten eine neue Id, weil das Repository ihre inzwischen an andere Zeilen vergeben hatte</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict: %1 %2: %3; %4</source>
        <translation>Konflikt: %1 %2: %3; %4</translation>
    </message>
    <message>
        <source> (the repository&apos;s value by %1 at %2)</source>
        <translation> (der Wert des Repositorys von %1 am %2)</translation>
    </message>
    <message>
        <source>%1  %2: %3 (%4 %5)</source>
        <translation>%1  %2: %3 (%4 %5)</translation>
    </message>
    <message>
        <source>    mine (--mine, %1 at %2): %3</source>
        <translation>    meiner (--mine, %1 um %2): %3</translation>
    </message>
    <message>
        <source>--theirs</source>
        <translation>--theirs</translation>
    </message>
    <message>
        <source>--theirs, %1 at %2</source>
        <translation>--theirs, %1 um %2</translation>
    </message>
    <message>
        <source>    the repository&apos;s (%1): %2</source>
        <translation>    der des Repositorys (%1): %2</translation>
    </message>
    <message>
        <source>%1: conflict %2 resolved: your value was kept</source>
        <translation>%1: Konflikt %2 gelöst: Ihr Wert wurde behalten</translation>
    </message>
    <message>
        <source>%1: conflict %2 resolved: the repository&apos;s value was kept</source>
        <translation>%1: Konflikt %2 gelöst: der Wert des Repositorys wurde behalten</translation>
    </message>
</context>
<context>
    <name>TargetCommand</name>
    <message>
        <source>Set the friction score an initiative is to reach: &quot;target set&quot;.</source>
        <translation>Den Hemmniswert festlegen, den eine Initiative erreichen soll: „target set“.</translation>
    </message>
    <message>
        <source>Set a target.</source>
        <translation>Einen Zielwert festlegen.</translation>
    </message>
    <message>
        <source>The .lastmile file.</source>
        <translation>Die .lastmile-Datei.</translation>
    </message>
    <message>
        <source>Initiative, by id or exact name.</source>
        <translation>Initiative, über Id oder genauen Namen.</translation>
    </message>
    <message>
        <source>Friction id.</source>
        <translation>Id des Hemmnisses.</translation>
    </message>
    <message>
        <source>Target friction score, 0 to 100.</source>
        <translation>Angestrebter Hemmniswert, 0 bis 100.</translation>
    </message>
    <message>
        <source>expected &quot;set FILE&quot;</source>
        <translation>erwartet wird „set FILE“</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>no initiative &quot;%1&quot;</source>
        <translation>keine Initiative „%1“</translation>
    </message>
    <message>
        <source>--score takes a number from 0 to 100, not &quot;%1&quot;</source>
        <translation>--score erwartet eine Zahl von 0 bis 100, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>TrendChartPainter</name>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message numerus="yes">
        <source>%1: readiness and frictions over %n round(s)</source>
        <translation>
            <numerusform>%1: Reife und Hemmnisse über %n Runde</numerusform>
            <numerusform>%1: Reife und Hemmnisse über %n Runden</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reife</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>%1 to 100</source>
        <translation>%1 bis 100</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation>%1 bis unter %2</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Friction scores run from 0 (no friction) to 100 (severe); readiness from 0 to 100, higher is better. The colours follow the bands below: change a score and its colour follows.</source>
        <translation>Hemmniswerte reichen von 0 (kein Hemmnis) bis 100 (gravierend), die Reife von 0 bis 100, höher ist besser. Die Farben folgen den Stufen unten: Ändern Sie einen Wert, folgt seine Farbe.</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reife</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>No score: no question of the friction was answered with a level</source>
        <translation>Kein Wert: keine Frage des Hemmnisses wurde mit einer Stufe beantwortet</translation>
    </message>
    <message>
        <source>Insufficient evidence: coverage under %1</source>
        <translation>Unzureichende Datenlage: Abdeckung unter %1</translation>
    </message>
    <message>
        <source>Respondents disagree on a question (levels %1 or more apart)</source>
        <translation>Befragte sind bei einer Frage uneins (Stufen %1 oder mehr auseinander)</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Hemmnis</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Dissens</translation>
    </message>
    <message>
        <source>Insufficient evidence</source>
        <translation>Unzureichende Datenlage</translation>
    </message>
    <message>
        <source>Score in %1</source>
        <translation>Wert in %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Gap to target</source>
        <translation>Abstand zum Ziel</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Read me</source>
        <translation>Lies mich</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Geschrieben am</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Fragenkatalog</translation>
    </message>
    <message>
        <source>%1 (%2, content version %3)</source>
        <translation>%1 (%2, Inhaltsversion %3)</translation>
    </message>
    <message>
        <source>The sheets</source>
        <translation>Die Tabellenblätter</translation>
    </message>
    <message>
        <source>The friction score of every initiative in this round, and the portfolio&apos;s, coloured by band.</source>
        <translation>Der Hemmniswert jeder Initiative in dieser Runde und der des Portfolios, eingefärbt nach Stufe.</translation>
    </message>
    <message>
        <source>Every score with what it rests on: coverage, answered questions, disagreements, the change since the compared round, the target.</source>
        <translation>Jeder Wert mit dem, worauf er beruht: Abdeckung, beantwortete Fragen, Dissens, Veränderung seit der Vergleichsrunde, Zielwert.</translation>
    </message>
    <message>
        <source>Every answer of every round, one row per answer, with the columns of the CSV export. A level is a number; dk is don&apos;t know, na not applicable.</source>
        <translation>Jede Antwort jeder Runde, eine Zeile je Antwort, mit den Spalten des CSV-Exports. Eine Stufe ist eine Zahl; dk heißt weiß nicht, na nicht zutreffend.</translation>
    </message>
    <message>
        <source>The action plan in its order.</source>
        <translation>Der Maßnahmenplan in seiner Reihenfolge.</translation>
    </message>
    <message>
        <source>How the scores are computed</source>
        <translation>Wie die Werte berechnet werden</translation>
    </message>
    <message>
        <source>Each question describes one practice that helps an AI initiative get from pilot to operation, answered with a level from 0 (not in place) to 4 (fully in place). Its friction is (4 − level) / 4, as a percentage.</source>
        <translation>Jede Frage beschreibt eine Praxis, die einer KI-Initiative vom Pilot in den Betrieb hilft, beantwortet mit einer Stufe von 0 (nicht vorhanden) bis 4 (vollständig umgesetzt). Ihr Hemmnis ist (4 − Stufe) / 4, in Prozent.</translation>
    </message>
    <message>
        <source>A friction score is the weighted mean of the frictions of its answered questions, from 0 (every practice in place) to 100 (none). With several respondents a question uses the median of their levels; the facilitator&apos;s consensus answer replaces it. Respondents disagree when their levels are %1 or more apart.</source>
        <translation>Ein Hemmniswert ist der gewichtete Mittelwert der Hemmnisse seiner beantworteten Fragen, von 0 (jede Praxis umgesetzt) bis 100 (keine). Bei mehreren Befragten zählt für eine Frage der Median ihrer Stufen; eine Konsensantwort der Moderation ersetzt ihn. Dissens besteht, wenn die Stufen %1 oder mehr auseinanderliegen.</translation>
    </message>
    <message>
        <source>Coverage is the answered weight over the applicable weight; &quot;don&apos;t know&quot; lowers it, &quot;not applicable&quot; leaves the question out. A score with coverage under %1 rests on insufficient evidence.</source>
        <translation>Die Abdeckung ist das beantwortete Gewicht im Verhältnis zum zutreffenden Gewicht; „weiß nicht“ senkt sie, „nicht zutreffend“ lässt die Frage außen vor. Ein Wert mit einer Abdeckung unter %1 beruht auf unzureichender Datenlage.</translation>
    </message>
    <message>
        <source>The readiness index of an initiative is 100 minus the weighted mean of its friction scores. Portfolio figures are means over the initiatives.</source>
        <translation>Der Reifeindex einer Initiative ist 100 minus dem gewichteten Mittelwert ihrer Hemmniswerte. Portfoliozahlen sind Mittelwerte über die Initiativen.</translation>
    </message>
    <message>
        <source>The answer scale</source>
        <translation>Die Antwortskala</translation>
    </message>
    <message>
        <source>The frictions</source>
        <translation>Die Hemmnisse</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message numerus="yes">
        <source> … [%n more character(s) left out: a cell holds no more; the JSON export has all]</source>
        <translation>
            <numerusform> … [%n weiteres Zeichen ausgelassen: eine Zelle fasst nicht mehr; der JSON-Export enthält alles]</numerusform>
            <numerusform> … [%n weitere Zeichen ausgelassen: eine Zelle fasst nicht mehr; der JSON-Export enthält alles]</numerusform>
        </translation>
    </message>
    <message>
        <source>the workbook could not be started</source>
        <translation>die Arbeitsmappe konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>the workbook could not be written (%1)</source>
        <translation>die Arbeitsmappe konnte nicht geschrieben werden (%1)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Northgate Distribution (demo).lastmile</source>
        <translation>Northgate Distribution (Demo).lastmile</translation>
    </message>
    <message>
        <source>The built-in question bank is missing from this build of Lastmile.</source>
        <translation>In diesem Build von Lastmile fehlt der eingebaute Fragenkatalog.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>lastmile::app::ActionDialog</name>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Started from the question bank&apos;s recommendation “%1”.</source>
        <translation>Aus der Empfehlung „%1“ des Fragenkatalogs übernommen.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
</context>
<context>
    <name>lastmile::app::ActionModel</name>
    <message>
        <source>%1, overdue</source>
        <translation>%1, überfällig</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Hemmnis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: due %1, %n day(s) ago</source>
        <translation>
            <numerusform>Überfällig: fällig am %1, vor %n Tag</numerusform>
            <numerusform>Überfällig: fällig am %1, vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lastmile::app::ActionPlanPage</name>
    <message>
        <source>&amp;Initiative:</source>
        <translation>&amp;Initiative:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>&amp;Add Action…</source>
        <translation>Maßnahme hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add from &amp;Recommendation…</source>
        <translation>Aus &amp;Empfehlung hinzufügen…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>All initiatives</source>
        <translation>Alle Initiativen</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Any friction</source>
        <translation>Alle Hemmnisse</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Ohne Verantwortliche</translation>
    </message>
    <message>
        <source>Listed in the report&apos;s order; Move Up and Move Down change it.</source>
        <translation>In der Reihenfolge des Berichts; „Nach oben“ und „Nach unten“ ändern sie.</translation>
    </message>
    <message>
        <source>Sorted by a column; click its header until the arrow goes to return to the report&apos;s order and reorder actions.</source>
        <translation>Nach einer Spalte sortiert; klicken Sie auf deren Kopf, bis der Pfeil verschwindet, um zur Reihenfolge des Berichts zurückzukehren und Maßnahmen umzuordnen.</translation>
    </message>
    <message>
        <source> · %1 overdue</source>
        <translation> · %1 überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n action(s) shown</source>
        <translation>
            <numerusform>%1 von %n Maßnahme angezeigt</numerusform>
            <numerusform>%1 von %n Maßnahmen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Nur &amp;überfällige</translation>
    </message>
    <message>
        <source>Ow&amp;ner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Fri&amp;ction:</source>
        <translation>He&amp;mmnis:</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>&amp;Mark Done</source>
        <translation>Als erledi&amp;gt markieren</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>De&amp;tails…</translation>
    </message>
</context>
<context>
    <name>lastmile::app::AgendaDialog</name>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>&amp;Clear Agenda</source>
        <translation>Agenda &amp;löschen</translation>
    </message>
    <message>
        <source>Forget the plan: the room answers every question of every initiative</source>
        <translation>Den Plan verwerfen: Der Raum beantwortet jede Frage jeder Initiative</translation>
    </message>
    <message>
        <source>Nothing is chosen: choose at least one initiative and one question.</source>
        <translation>Nichts ist gewählt: Wählen Sie mindestens eine Initiative und eine Frage.</translation>
    </message>
    <message>
        <source>%1 × %2 = %3 questions for the room, about %4 (a question without a time box is counted at one minute).</source>
        <translation>%1 × %2 = %3 Fragen für den Raum, etwa %4 (eine Frage ohne Zeitrahmen zählt als eine Minute).</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n Initiative</numerusform>
            <numerusform>%n Initiativen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lastmile::app::BankManagerDialog</name>
    <message>
        <source>Question Banks</source>
        <translation>Fragenkataloge</translation>
    </message>
    <message>
        <source>A new round can be asked with any of these banks; each round keeps its own copy. Installed banks live in %1.</source>
        <translation>Eine neue Runde kann mit jedem dieser Kataloge befragt werden; jede Runde behält ihre eigene Kopie. Installierte Kataloge liegen in %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Content version</source>
        <translation>Inhaltsversion</translation>
    </message>
    <message>
        <source>Frictions</source>
        <translation>Hemmnisse</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>&amp;Install Bank…</source>
        <translation>Katalog &amp;installieren…</translation>
    </message>
    <message>
        <source>&amp;Export Bank of Round…</source>
        <translation>Katalog einer Runde &amp;exportieren…</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>it does not load</source>
        <translation>lässt sich nicht laden</translation>
    </message>
    <message>
        <source>%1 — does not load: %2</source>
        <translation>%1 – lässt sich nicht laden: %2</translation>
    </message>
    <message>
        <source>Installed %1 as %2.</source>
        <translation>%1 als %2 installiert.</translation>
    </message>
    <message>
        <source>The round is no longer in this engagement.</source>
        <translation>Die Runde gehört nicht mehr zu diesem Mandat.</translation>
    </message>
    <message>
        <source>Install Question Bank</source>
        <translation>Fragenkatalog installieren</translation>
    </message>
    <message>
        <source>Question banks (*.json);;All files (*)</source>
        <translation>Fragenkataloge (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 — %2 (version %3)</source>
        <translation>%1 – %2 (Version %3)</translation>
    </message>
    <message>
        <source>Export Bank of Round</source>
        <translation>Katalog einer Runde exportieren</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Runde:</translation>
    </message>
    <message>
        <source>Export Question Bank</source>
        <translation>Fragenkatalog exportieren</translation>
    </message>
    <message>
        <source>Question banks (*.json)</source>
        <translation>Fragenkataloge (*.json)</translation>
    </message>
    <message>
        <source>Exported the bank of “%1” to %2.</source>
        <translation>Den Katalog von „%1“ nach %2 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not installed: %n problem(s) found.</source>
        <translation>
            <numerusform>%1 wurde nicht installiert: %n Problem gefunden.</numerusform>
            <numerusform>%1 wurde nicht installiert: %n Probleme gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lastmile::app::BankProblemsDialog</name>
    <message>
        <source>Question Bank Not Installed</source>
        <translation>Fragenkatalog nicht installiert</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not installed: %n problem(s) found. Correct the bank and install it again.</source>
        <translation>
            <numerusform>%1 wurde nicht installiert: %n Problem gefunden. Korrigieren Sie den Katalog und installieren Sie ihn erneut.</numerusform>
            <numerusform>%1 wurde nicht installiert: %n Probleme gefunden. Korrigieren Sie den Katalog und installieren Sie ihn erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lastmile::app::ConflictsDialog</name>
    <message>
        <source>Conflicts with the Team Repository</source>
        <translation>Konflikte mit dem Team-Repository</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Mine (working copy)</source>
        <translation>Meiner (Arbeitskopie)</translation>
    </message>
    <message>
        <source>The repository&apos;s</source>
        <translation>Der des Repositorys</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meinen behalten</translation>
    </message>
    <message>
        <source>Keep the working copy&apos;s value of the selected row, here and in the repository</source>
        <translation>Den Wert der Arbeitskopie für die gewählte Zeile behalten, hier und im Repository</translation>
    </message>
    <message>
        <source>Keep the &amp;Repository&apos;s</source>
        <translation>Den des &amp;Repositorys behalten</translation>
    </message>
    <message>
        <source>Keep the repository&apos;s value of the selected row, here and in the repository</source>
        <translation>Den Wert des Repositorys für die gewählte Zeile behalten, hier und im Repository</translation>
    </message>
    <message>
        <source>%1 %2 (conflict %3)</source>
        <translation>%1 %2 (Konflikt %3)</translation>
    </message>
    <message>
        <source>left out of both</source>
        <translation>in beiden weggelassen</translation>
    </message>
    <message>
        <source>mine is in use now</source>
        <translation>jetzt gilt meiner</translation>
    </message>
    <message>
        <source>the repository&apos;s is in use now</source>
        <translation>jetzt gilt der des Repositorys</translation>
    </message>
    <message>
        <source>%1
— %2, %3</source>
        <translation>%1
— %2, %3</translation>
    </message>
    <message>
        <source>No open conflicts: the working copy and the repository agree on every row.</source>
        <translation>Keine offenen Konflikte: Arbeitskopie und Repository stimmen in jeder Zeile überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were changed both here and in the repository. Nothing was overwritten: both values are kept. Select a row and keep one of them; the choice is sent to the repository at once, with your name and the time.</source>
        <translation>
            <numerusform>%n Zeile wurde hier und im Repository geändert. Nichts wurde überschrieben: Beide Werte sind erhalten. Wählen Sie eine Zeile und behalten Sie einen der Werte; die Wahl geht sofort an das Repository, mit Ihrem Namen und der Uhrzeit.</numerusform>
            <numerusform>%n Zeilen wurden hier und im Repository geändert. Nichts wurde überschrieben: Beide Werte sind erhalten. Wählen Sie eine Zeile und behalten Sie einen der Werte; die Wahl geht sofort an das Repository, mit Ihrem Namen und der Uhrzeit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lastmile::app::EngagementPage</name>
    <message>
        <source>&amp;Initiatives</source>
        <translation>&amp;Initiativen</translation>
    </message>
    <message>
        <source>&amp;Compare Rounds</source>
        <translation>Runden &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivieren</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>Zi&amp;elwerte…</translation>
    </message>
    <message>
        <source>Answer &amp;Questionnaire</source>
        <translation>&amp;Fragebogen ausfüllen</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Befragte</translation>
    </message>
    <message>
        <source>Readiness and frictions as scored in the round “%1”. Select another round on the right to see its scores.</source>
        <translation>Reife und Hemmnisse, wie in der Runde „%1“ bewertet. Wählen Sie rechts eine andere Runde, um deren Werte zu sehen.</translation>
    </message>
    <message>
        <source>Select a round on the right to see its scores.</source>
        <translation>Wählen Sie rechts eine Runde, um ihre Werte zu sehen.</translation>
    </message>
    <message>
        <source>People who answer in “%1”:</source>
        <translation>Personen, die in „%1“ antworten:</translation>
    </message>
    <message>
        <source>No round selected.</source>
        <translation>Keine Runde ausgewählt.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Wiede&amp;rherstellen</translation>
    </message>
    <message>
        <source>View &amp;Answers</source>
        <translation>Antworten an&amp;sehen</translation>
    </message>
    <message>
        <source>No initiatives yet</source>
        <translation>Noch keine Initiativen</translation>
    </message>
    <message>
        <source>List the organization&apos;s AI initiatives (pilots, tools in production, ideas) with Add, then answer the questionnaire for each.</source>
        <translation>Erfassen Sie die KI-Initiativen der Organisation (Piloten, produktive Werkzeuge, Ideen) mit „Hinzufügen“ und füllen Sie dann für jede den Fragebogen aus.</translation>
    </message>
    <message>
        <source>Select an initiative to see its target outcome.</source>
        <translation>Wählen Sie eine Initiative, um ihr angestrebtes Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>no owner named</source>
        <translation>keine verantwortliche Person benannt</translation>
    </message>
    <message>
        <source>no business function</source>
        <translation>kein Geschäftsbereich</translation>
    </message>
    <message>
        <source>No target outcome defined yet.</source>
        <translation>Noch kein angestrebtes Ergebnis festgelegt.</translation>
    </message>
    <message>
        <source>Target outcome: %1</source>
        <translation>Angestrebtes Ergebnis: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3%4
%5
%6</source>
        <translation>%1 · %2 · %3%4
%5
%6</translation>
    </message>
    <message>
        <source> · archived</source>
        <translation> · archiviert</translation>
    </message>
    <message>
        <source>“%1” (%2, version %3)</source>
        <translation>„%1“ (%2, Version %3)</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Start New Ro&amp;und…</source>
        <translation>&amp;Neue Runde beginnen…</translation>
    </message>
    <message>
        <source>Add Res&amp;pondent…</source>
        <translation>Befragte &amp;Person hinzufügen…</translation>
    </message>
    <message>
        <source>Edit Respo&amp;ndent…</source>
        <translation>Befragte Per&amp;son bearbeiten…</translation>
    </message>
</context>
<context>
    <name>lastmile::app::ExplanationPanel</name>
    <message>
        <source>no score</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Close the explanation</source>
        <translation>Erläuterung schließen</translation>
    </message>
    <message>
        <source>This initiative is no longer in the round.</source>
        <translation>Diese Initiative gehört nicht mehr zur Runde.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This friction is not in the round&apos;s question bank.</source>
        <translation>Dieses Hemmnis steht nicht im Fragenkatalog der Runde.</translation>
    </message>
    <message>
        <source>Friction score: %1</source>
        <translation>Hemmniswert: %1</translation>
    </message>
    <message>
        <source>%1 since the compared round (%2 before)</source>
        <translation>%1 seit der Vergleichsrunde (vorher %2)</translation>
    </message>
    <message>
        <source>Target agreed with the client: %1</source>
        <translation>Mit dem Kunden vereinbarter Zielwert: %1</translation>
    </message>
    <message>
        <source>Gap to target: %1, still to close.</source>
        <translation>Abstand zum Ziel: %1, noch offen.</translation>
    </message>
    <message>
        <source>Gap to target: not known until the friction has a score.</source>
        <translation>Abstand zum Ziel: unbekannt, solange das Hemmnis keinen Wert hat.</translation>
    </message>
    <message>
        <source>Gap to target: %1 met, the score is at or below the target.</source>
        <translation>Abstand zum Ziel: %1 erreicht, der Wert liegt auf oder unter dem Zielwert.</translation>
    </message>
    <message>
        <source>The weighted mean of the answered questions&apos; frictions, where a question&apos;s friction is (4 − level) ÷ 4 × 100: %1 ÷ %2 = %3.</source>
        <translation>Der gewichtete Mittelwert der Hemmnisse der beantworteten Fragen, wobei das Hemmnis einer Frage (4 − Stufe) ÷ 4 × 100 ist: %1 ÷ %2 = %3.</translation>
    </message>
    <message>
        <source>No question has an answered level yet, so there is no score.</source>
        <translation>Noch keine Frage hat eine beantwortete Stufe, daher gibt es keinen Wert.</translation>
    </message>
    <message>
        <source>Coverage: %1 (answered weight %2 of %3 applicable; &quot;don&apos;t know&quot; and unanswered questions lower it, &quot;not applicable&quot; ones are left out).</source>
        <translation>Abdeckung: %1 (beantwortetes Gewicht %2 von %3 zutreffendem; „weiß nicht“ und unbeantwortete Fragen senken sie, „nicht zutreffende“ bleiben außen vor).</translation>
    </message>
    <message>
        <source>Insufficient evidence: less than half of the applicable weight is answered. The score is shown hatched.</source>
        <translation>Unzureichende Datenlage: weniger als die Hälfte des zutreffenden Gewichts ist beantwortet. Der Wert wird schraffiert dargestellt.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Weight %1 · consensus: level %2 · friction %3</source>
        <translation>Gewicht %1 · Konsens: Stufe %2 · Hemmnis %3</translation>
    </message>
    <message>
        <source>Weight %1 · one answer: level %2 · friction %3</source>
        <translation>Gewicht %1 · eine Antwort: Stufe %2 · Hemmnis %3</translation>
    </message>
    <message>
        <source>Weight %1 · median of %4 answers: level %2 · friction %3</source>
        <translation>Gewicht %1 · Median aus %4 Antworten: Stufe %2 · Hemmnis %3</translation>
    </message>
    <message>
        <source>Weight %1 · left out of the score: the room does not know; lowers coverage</source>
        <translation>Gewicht %1 · zählt nicht zum Wert: der Raum weiß es nicht; senkt die Abdeckung</translation>
    </message>
    <message>
        <source>Weight %1 · left out of score and coverage: not applicable</source>
        <translation>Gewicht %1 · zählt weder zum Wert noch zur Abdeckung: nicht zutreffend</translation>
    </message>
    <message>
        <source>Weight %1 · left out of the score: not answered yet; lowers coverage</source>
        <translation>Gewicht %1 · zählt nicht zum Wert: noch nicht beantwortet; senkt die Abdeckung</translation>
    </message>
    <message>
        <source>Split: answers %1 levels apart</source>
        <translation>Gespalten: Antworten %1 Stufen auseinander</translation>
    </message>
    <message>
        <source>%1: no answer</source>
        <translation>%1: keine Antwort</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Note from %1: %2</source>
        <translation>Notiz von %1: %2</translation>
    </message>
    <message>
        <source>Evidence from %1: %2</source>
        <translation>Belege von %1: %2</translation>
    </message>
    <message>
        <source>Consensus: %1</source>
        <translation>Konsens: %1</translation>
    </message>
    <message>
        <source>Consensus note: %1</source>
        <translation>Notiz zum Konsens: %1</translation>
    </message>
    <message>
        <source>%1 · Readiness</source>
        <translation>%1 · Reife</translation>
    </message>
    <message>
        <source>Readiness: %1 of 100</source>
        <translation>Reife: %1 von 100</translation>
    </message>
    <message>
        <source>100 − the weighted mean of the friction scores: 100 − %1 ÷ %2 = %3.</source>
        <translation>100 − gewichteter Mittelwert der Hemmniswerte: 100 − %1 ÷ %2 = %3.</translation>
    </message>
    <message>
        <source>No friction has a score yet, so there is no readiness.</source>
        <translation>Noch kein Hemmnis hat einen Wert, daher gibt es keine Reife.</translation>
    </message>
    <message>
        <source>Coverage over all questions: %1</source>
        <translation>Abdeckung über alle Fragen: %1</translation>
    </message>
    <message>
        <source>Frictions</source>
        <translation>Hemmnisse</translation>
    </message>
    <message>
        <source>%1: %2 × weight %3</source>
        <translation>%1: %2 × Gewicht %3</translation>
    </message>
    <message>
        <source>%1: no score, left out</source>
        <translation>%1: kein Wert, nicht berücksichtigt</translation>
    </message>
    <message>
        <source>Portfolio · Readiness</source>
        <translation>Portfolio · Reife</translation>
    </message>
    <message>
        <source>The mean of the initiatives&apos; readiness: %1 ÷ %2 = %3.</source>
        <translation>Der Mittelwert der Reife der Initiativen: %1 ÷ %2 = %3.</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <source>%1: no readiness yet, left out</source>
        <translation>%1: noch keine Reife, nicht berücksichtigt</translation>
    </message>
    <message>
        <source>Portfolio · %1</source>
        <translation>Portfolio · %1</translation>
    </message>
    <message>
        <source>The mean of the initiatives&apos; scores: %1 ÷ %2 = %3.</source>
        <translation>Der Mittelwert der Werte der Initiativen: %1 ÷ %2 = %3.</translation>
    </message>
    <message numerus="yes">
        <source>The room is split on %n question(s): answers two or more levels apart.</source>
        <translation>
            <numerusform>Der Raum ist bei %n Frage gespalten: Antworten zwei oder mehr Stufen auseinander.</numerusform>
            <numerusform>Der Raum ist bei %n Fragen gespalten: Antworten zwei oder mehr Stufen auseinander.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the answers of %1…</source>
        <translation>Die Antworten von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>The explanation lists the answers behind the score; it appears as soon as they are read.</source>
        <translation>Die Erklärung führt die Antworten hinter dem Wert auf; sie erscheint, sobald sie gelesen sind.</translation>
    </message>
    <message>
        <source>The answers of %1 could not be read.</source>
        <translation>Die Antworten von %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Click the cell again to try once more.</source>
        <translation>Klicken Sie noch einmal auf die Zelle, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>lastmile::app::FileOperations</name>
    <message>
        <source>Lastmile assessments (*.lastmile)</source>
        <translation>Lastmile-Bewertungen (*.lastmile)</translation>
    </message>
    <message>
        <source>New Engagement</source>
        <translation>Neues Mandat</translation>
    </message>
    <message>
        <source>Organization name:</source>
        <translation>Name der Organisation:</translation>
    </message>
    <message>
        <source>%1: the existing file could not be moved to the trash; choose another name.</source>
        <translation>%1: Die vorhandene Datei konnte nicht in den Papierkorb verschoben werden; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The built-in question bank is missing from this build of Lastmile.</source>
        <translation>In diesem Build von Lastmile fehlt der eingebaute Fragenkatalog.</translation>
    </message>
    <message>
        <source>%1 workshop</source>
        <translation>Workshop %1</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>Kopie gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>lastmile::app::FrictionStepDelegate</name>
    <message>
        <source>%1 of %2 · coverage %3</source>
        <translation>%1 von %2 · Abdeckung %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s)</source>
        <translation>
            <numerusform>%n Dissens</numerusform>
            <numerusform>%n Dissense</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lastmile::app::FrictionStepModel</name>
    <message>
        <source>%1: %2 of %3 answered</source>
        <translation>%1: %2 von %3 beantwortet</translation>
    </message>
    <message>
        <source>Friction score %1 (%2), coverage %3</source>
        <translation>Hemmniswert %1 (%2), Abdeckung %3</translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation>Noch kein Wert</translation>
    </message>
    <message>
        <source>Insufficient evidence: less than half of the questions have a level</source>
        <translation>Unzureichende Datenlage: weniger als die Hälfte der Fragen hat eine Stufe</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) with disagreement</source>
        <translation>
            <numerusform>%n Frage mit Dissens</numerusform>
            <numerusform>%n Fragen mit Dissens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lastmile::app::HeatLegend</name>
    <message>
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <source>Each cell of a strip is one of the seven frictions, in the order of the question bank. Hover over a strip to see the frictions and their scores.</source>
        <translation>Jede Zelle eines Streifens ist eines der sieben Hemmnisse, in der Reihenfolge des Fragenkatalogs. Zeigen Sie auf einen Streifen, um die Hemmnisse und ihre Werte zu sehen.</translation>
    </message>
    <message>
        <source>Friction:</source>
        <translation>Hemmnis:</translation>
    </message>
</context>
<context>
    <name>lastmile::app::HeatRow</name>
    <message>
        <source>%1: no answers</source>
        <translation>%1: keine Antworten</translation>
    </message>
    <message>
        <source>%1: %2, insufficient evidence</source>
        <translation>%1: %2, unzureichende Datenlage</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>lastmile::app::HeatmapCanvas</name>
    <message>
        <source>No round to show.</source>
        <translation>Keine Runde zum Anzeigen.</translation>
    </message>
</context>
<context>
    <name>lastmile::app::HeatmapModel</name>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reife</translation>
    </message>
</context>
<context>
    <name>lastmile::app::HeatmapView</name>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Runde</translation>
    </message>
    <message>
        <source>Show &amp;targets</source>
        <translation>&amp;Zielwerte zeigen</translation>
    </message>
    <message>
        <source>Mark each cell&apos;s target on its bottom edge: 0 at the left, 100 at the right</source>
        <translation>Den Zielwert jeder Zelle am unteren Rand markieren: 0 links, 100 rechts</translation>
    </message>
    <message>
        <source>&amp;Gap to target</source>
        <translation>Abs&amp;tand zum Ziel</translation>
    </message>
    <message>
        <source>Show in each cell with a target how many points are still to close (score − target), or ✓ when met</source>
        <translation>In jeder Zelle mit Zielwert zeigen, wie viele Punkte noch offen sind (Wert − Zielwert), oder ✓, wenn erreicht</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the heatmap as an image and as SVG, for slides (Ctrl+C)</source>
        <translation>Die Heatmap als Bild und als SVG kopieren, für Folien (Strg+C)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the heatmap as a PNG image or an SVG drawing</source>
        <translation>Die Heatmap als PNG-Bild oder SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <source>Copy Heatmap</source>
        <translation>Heatmap kopieren</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source> heatmap.png</source>
        <translation> Heatmap.png</translation>
    </message>
    <message>
        <source>Export Heatmap</source>
        <translation>Heatmap exportieren</translation>
    </message>
    <message>
        <source>Compare &amp;against</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Reverse the order</source>
        <translation>Reihenfolge umkehren</translation>
    </message>
    <message>
        <source>S&amp;ort by</source>
        <translation>&amp;Sortieren nach</translation>
    </message>
    <message>
        <source>File order</source>
        <translation>Reihenfolge der Datei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reife</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>A bis Z</translation>
    </message>
    <message>
        <source>Z to A</source>
        <translation>Z bis A</translation>
    </message>
    <message>
        <source>Worst first</source>
        <translation>Schlechteste zuerst</translation>
    </message>
    <message>
        <source>Best first</source>
        <translation>Beste zuerst</translation>
    </message>
    <message>
        <source>Click a cell, or move to it with the arrow keys and press Enter, to see how its score was computed. Click a column&apos;s header to sort by it. Ctrl+plus and Ctrl+minus zoom.</source>
        <translation>Klicken Sie auf eine Zelle oder wählen Sie sie mit den Pfeiltasten und drücken Sie die Eingabetaste, um zu sehen, wie ihr Wert zustande kam. Ein Klick auf einen Spaltenkopf sortiert danach. Strg+Plus und Strg+Minus zoomen.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 initiatives; the portfolio row is hidden while a filter is set.</source>
        <translation>%1 von %2 Initiativen angezeigt; die Portfoliozeile ist ausgeblendet, solange ein Filter gesetzt ist.</translation>
    </message>
    <message>
        <source>Reading the answers of %1…</source>
        <translation>Die Antworten von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>The heatmap appears as soon as the round&apos;s answers are read.</source>
        <translation>Die Heatmap erscheint, sobald die Antworten der Runde gelesen sind.</translation>
    </message>
    <message>
        <source>No round to show.</source>
        <translation>Keine Runde zum Anzeigen.</translation>
    </message>
</context>
<context>
    <name>lastmile::app::InitiativeDialog</name>
    <message>
        <source>Add Initiative</source>
        <translation>Initiative hinzufügen</translation>
    </message>
    <message>
        <source>Edit Initiative</source>
        <translation>Initiative bearbeiten</translation>
    </message>
</context>
<context>
    <name>lastmile::app::InitiativeModel</name>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1: no answers</source>
        <translation>%1: keine Antworten</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>, insufficient evidence</source>
        <translation>, unzureichende Datenlage</translation>
    </message>
    <message>
        <source>Archived initiatives are not scored</source>
        <translation>Archivierte Initiativen werden nicht bewertet</translation>
    </message>
    <message>
        <source>Readiness index: 0 (stalled) to 100 (ready to scale)</source>
        <translation>Reifeindex: 0 (festgefahren) bis 100 (bereit zur Skalierung)</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Business function</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Target outcome</source>
        <translation>Angestrebtes Ergebnis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reife</translation>
    </message>
    <message>
        <source>Frictions</source>
        <translation>Hemmnisse</translation>
    </message>
</context>
<context>
    <name>lastmile::app::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>Lastmile will speak %1 from the next start.</source>
        <translation>Lastmile spricht ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>lastmile::app::LevelCard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (selected)</source>
        <translation>%1 (ausgewählt)</translation>
    </message>
</context>
<context>
    <name>lastmile::app::LibraryModel</name>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>(no organization name)</source>
        <translation>(kein Organisationsname)</translation>
    </message>
    <message>
        <source>No rounds yet</source>
        <translation>Noch keine Runden</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1
This file cannot be read: %2</source>
        <translation>%1
Diese Datei ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>No answers in the last round yet</source>
        <translation>Noch keine Antworten in der letzten Runde</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: no answers</source>
        <translation>%1: keine Antworten</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Last round</source>
        <translation>Letzte Runde</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reife</translation>
    </message>
    <message>
        <source>Frictions</source>
        <translation>Hemmnisse</translation>
    </message>
    <message>
        <source>%1 (insufficient evidence)</source>
        <translation>%1 (unzureichende Datenlage)</translation>
    </message>
    <message>
        <source>Coverage %1 %</source>
        <translation>Abdeckung %1 %</translation>
    </message>
    <message>
        <source>Readiness index of the portfolio in the last round: 0 (stalled) to 100 (ready).
%1: insufficient evidence, so the number is not a finding yet.</source>
        <translation>Reifeindex des Portfolios in der letzten Runde: 0 (festgefahren) bis 100 (bereit).
%1: unzureichende Datenlage, daher ist die Zahl noch kein Befund.</translation>
    </message>
    <message>
        <source>Readiness index of the portfolio in the last round: 0 (stalled) to 100 (ready).
%1.</source>
        <translation>Reifeindex des Portfolios in der letzten Runde: 0 (festgefahren) bis 100 (bereit).
%1.</translation>
    </message>
</context>
<context>
    <name>lastmile::app::LibraryPage</name>
    <message>
        <source>Assessments</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>&amp;New Engagement…</source>
        <translation>&amp;Neues Mandat…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Open the demo engagement of a regional distributor, to see a finished assessment</source>
        <translation>Das Demo-Mandat eines regionalen Großhändlers öffnen, um eine fertige Bewertung zu sehen</translation>
    </message>
    <message>
        <source>Assessment files</source>
        <translation>Bewertungsdateien</translation>
    </message>
    <message>
        <source>Double-click a file or press Enter to open it. Right-click to open it read-only or show it in its folder.</source>
        <translation>Doppelklicken Sie auf eine Datei oder drücken Sie die Eingabetaste, um sie zu öffnen. Mit einem Rechtsklick öffnen Sie sie schreibgeschützt oder zeigen sie in ihrem Ordner.</translation>
    </message>
    <message>
        <source>Recently opened files and the files in %1</source>
        <translation>Zuletzt geöffnete Dateien und die Dateien in %1</translation>
    </message>
    <message>
        <source>No assessments yet.

Start a new engagement to assess an organization&apos;s AI initiatives, open a .lastmile file you were sent, or open the demo engagement to see what a finished assessment looks like.

Files you keep in %1 are listed here.</source>
        <translation>Noch keine Bewertungen.

Beginnen Sie ein neues Mandat, um die KI-Initiativen einer Organisation zu bewerten, öffnen Sie eine .lastmile-Datei, die man Ihnen geschickt hat, oder öffnen Sie das Demo-Mandat, um zu sehen, wie eine fertige Bewertung aussieht.

Dateien, die Sie in %1 ablegen, erscheinen hier.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Remove from &amp;Recent Files</source>
        <translation>Aus &amp;zuletzt geöffneten Dateien entfernen</translation>
    </message>
</context>
<context>
    <name>lastmile::app::MainMenus</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Lastmile</source>
        <translation>Ü&amp;ber Lastmile</translation>
    </message>
    <message>
        <source>About Lastmile</source>
        <translation>Über Lastmile</translation>
    </message>
    <message>
        <source>Lastmile %1

Finds out why AI initiatives stall between pilot and business result, across seven organizational frictions.

Licensed under the Apache License 2.0.</source>
        <translation>Lastmile %1

Findet heraus, warum KI-Initiativen zwischen Pilot und Geschäftsergebnis stecken bleiben, anhand von sieben organisatorischen Hemmnissen.

Lizenziert unter der Apache License 2.0.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Engagement…</source>
        <translation>&amp;Neues Mandat…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only…</source>
        <translation>&amp;Schreibgeschützt öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Engagement</source>
        <translation>&amp;Demo-Mandat öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Re&amp;view Mode</source>
        <translation>Nur-&amp;Lesen-Modus</translation>
    </message>
    <message>
        <source>Open this file read-only, so nothing can change it by accident</source>
        <translation>Diese Datei schreibgeschützt öffnen, damit nichts sie versehentlich ändert</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Report &amp;Settings…</source>
        <translation>Berichts&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Question &amp;Banks…</source>
        <translation>F&amp;ragenkataloge…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Mandat</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Fragebogen</translation>
    </message>
    <message>
        <source>Action &amp;Plan</source>
        <translation>Maß&amp;nahmenplan</translation>
    </message>
    <message>
        <source>&amp;Heatmap</source>
        <translation>&amp;Heatmap</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>lastmile::app::MainWindow</name>
    <message>
        <source>Lastmile</source>
        <translation>Lastmile</translation>
    </message>
    <message>
        <source>%1 (read-only) — Lastmile</source>
        <translation>%1 (schreibgeschützt) – Lastmile</translation>
    </message>
    <message>
        <source>%1 — Lastmile</source>
        <translation>%1 – Lastmile</translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation>Alle Änderungen gespeichert (%1)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Review mode: nothing can be changed</source>
        <translation>Nur-Lesen-Modus: Es lässt sich nichts ändern</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>lastmile::app::OrganizationEditor</name>
    <message>
        <source>The organization being assessed</source>
        <translation>Die bewertete Organisation</translation>
    </message>
    <message>
        <source>e.g. Wholesale distribution</source>
        <translation>z. B. Großhandel</translation>
    </message>
    <message>
        <source>Context for this engagement: scope, sponsors, what the organization wants to learn</source>
        <translation>Kontext dieses Mandats: Umfang, Auftraggeber, was die Organisation erfahren möchte</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
</context>
<context>
    <name>lastmile::app::PageGate</name>
    <message>
        <source>%v of %m rounds</source>
        <translation>%v von %m Runden</translation>
    </message>
    <message>
        <source>Reading answers: %v of %m rounds</source>
        <translation>Antworten werden gelesen: %v von %m Runden</translation>
    </message>
    <message numerus="yes">
        <source>Reading the answers of %n round(s)…</source>
        <translation>
            <numerusform>Die Antworten von %n Runde werden gelesen…</numerusform>
            <numerusform>Die Antworten von %n Runden werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers could not be read: %1</source>
        <translation>Die Antworten konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>lastmile::app::PhoneVoting</name>
    <message>
        <source>Phone voting needs a file open for editing; this one is open read-only.</source>
        <translation>Die Abstimmung per Handy braucht eine zum Bearbeiten geöffnete Datei; diese ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Phone voting needs a round: add one on the Engagement page first.</source>
        <translation>Die Abstimmung per Handy braucht eine Runde: Legen Sie zuerst auf der Seite „Mandat“ eine an.</translation>
    </message>
    <message>
        <source>Phone voting could not start on %1, port %2: %3</source>
        <translation>Die Abstimmung per Handy konnte auf %1, Port %2, nicht starten: %3</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>A vote from a phone could not be saved; the phone will send it again. %1</source>
        <translation>Eine Stimme von einem Handy konnte nicht gespeichert werden; das Handy sendet sie erneut. %1</translation>
    </message>
    <message>
        <source>Phone voting stopped: the questionnaire moved to another round. Start it again for this round.</source>
        <translation>Die Abstimmung per Handy wurde beendet: Der Fragebogen ist zu einer anderen Runde gewechselt. Starten Sie sie für diese Runde erneut.</translation>
    </message>
    <message>
        <source>Phone voting cannot start: %1</source>
        <translation>Die Abstimmung per Handy kann nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>lastmile::app::PhoneVotingDialog</name>
    <message>
        <source>Start Phone Voting</source>
        <translation>Abstimmung per Handy starten</translation>
    </message>
    <message>
        <source>The participants open the address shown on the projector on their phones and vote there. Their phones must be on the same network as this computer. The connection is plain HTTP on the local network: anyone on it with the join code can join.</source>
        <translation>Die Teilnehmenden öffnen die Adresse vom Projektor auf ihren Handys und stimmen dort ab. Ihre Handys müssen im selben Netzwerk sein wie dieser Computer. Die Verbindung ist unverschlüsseltes HTTP im lokalen Netzwerk: Wer darin ist und den Teilnahmecode hat, kann teilnehmen.</translation>
    </message>
    <message>
        <source>&amp;Network address:</source>
        <translation>&amp;Netzwerkadresse:</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (this computer only)</source>
        <translation>%1 (nur dieser Computer)</translation>
    </message>
</context>
<context>
    <name>lastmile::app::PhoneVotingPanel</name>
    <message>
        <source>Waiting to be admitted</source>
        <translation>Warten auf Zulassung</translation>
    </message>
    <message>
        <source>Whose answers the phone gives: a new respondent of the round under the typed name, or a respondent already in the round</source>
        <translation>Für wen das Handy antwortet: eine neue befragte Person der Runde unter dem eingegebenen Namen oder eine Person, die schon in der Runde ist</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <source>Disconnects the phone answering under this name, so that the person can join again from another phone</source>
        <translation>Trennt das Handy, das unter diesem Namen antwortet, damit die Person von einem anderen Handy aus wieder teilnehmen kann</translation>
    </message>
    <message>
        <source>Phone voting is not running.</source>
        <translation>Die Abstimmung per Handy läuft nicht.</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>This computer no longer has the address %1: the phones cannot reach it. Check the network, or stop and start phone voting on another address.</source>
        <translation>Dieser Computer hat die Adresse %1 nicht mehr: Die Handys erreichen ihn nicht. Prüfen Sie das Netzwerk, oder beenden Sie die Abstimmung per Handy und starten Sie sie auf einer anderen Adresse.</translation>
    </message>
    <message>
        <source>%1 · connected</source>
        <translation>%1 · verbunden</translation>
    </message>
    <message>
        <source>%1 · not connected</source>
        <translation>%1 · nicht verbunden</translation>
    </message>
    <message>
        <source>Joined: %1 (%2 connected)</source>
        <translation>Teilgenommen: %1 (%2 verbunden)</translation>
    </message>
    <message>
        <source>As a new respondent</source>
        <translation>Als neue befragte Person</translation>
    </message>
    <message>
        <source>As a new respondent “%1”</source>
        <translation>Als neue befragte Person „%1“</translation>
    </message>
    <message>
        <source>As %1</source>
        <translation>Als %1</translation>
    </message>
    <message>
        <source>Could not admit “%1”: %2</source>
        <translation>„%1“ konnte nicht zugelassen werden: %2</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Free the Name</source>
        <translation>Namen freigeben</translation>
    </message>
    <message>
        <source>Stop Phone Voting</source>
        <translation>Abstimmung per Handy beenden</translation>
    </message>
</context>
<context>
    <name>lastmile::app::PresentationWindow</name>
    <message>
        <source>Lastmile — Presentation</source>
        <translation>Lastmile – Präsentation</translation>
    </message>
    <message>
        <source>No question is open. The facilitator chooses one on the questionnaire.</source>
        <translation>Keine Frage ist offen. Die Moderation wählt eine im Fragebogen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · question %2 of %3</source>
        <translation>%1 · Frage %2 von %3</translation>
    </message>
    <message>
        <source>D · Don&apos;t know</source>
        <translation>D · Weiß nicht</translation>
    </message>
    <message>
        <source>N · Not applicable</source>
        <translation>N · Nicht zutreffend</translation>
    </message>
    <message>
        <source> · ✓ %1</source>
        <translation> · ✓ %1</translation>
    </message>
    <message>
        <source> · ✓ </source>
        <translation> · ✓ </translation>
    </message>
    <message>
        <source> · waiting for %1</source>
        <translation> · wartet auf %1</translation>
    </message>
    <message>
        <source>Answers stay hidden until the reveal.</source>
        <translation>Die Antworten bleiben bis zum Aufdecken verborgen.</translation>
    </message>
    <message>
        <source>No levels were given.</source>
        <translation>Es wurden keine Stufen angegeben.</translation>
    </message>
    <message>
        <source>Median %1 · spread %2</source>
        <translation>Median %1 · Streuung %2</translation>
    </message>
    <message>
        <source> · The room disagrees: discuss it before recording a consensus.</source>
        <translation> · Der Raum ist uneins: Besprechen Sie es, bevor Sie einen Konsens erfassen.</translation>
    </message>
    <message>
        <source> · Consensus: %1</source>
        <translation> · Konsens: %1</translation>
    </message>
    <message>
        <source>Vote on your phone</source>
        <translation>Stimmen Sie per Handy ab</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>Scan the code or open this address:</source>
        <translation>Scannen Sie den Code, oder öffnen Sie diese Adresse:</translation>
    </message>
    <message>
        <source>Reading the answers of this round…</source>
        <translation>Die Antworten dieser Runde werden gelesen…</translation>
    </message>
</context>
<context>
    <name>lastmile::app::ProgressRun</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Team Repository</source>
        <translation>Team-Repository</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>lastmile::app::QuestionPanel</name>
    <message>
        <source>Why it matters and what to look for (H)</source>
        <translation>Warum es wichtig ist und worauf Sie achten sollten (H)</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>The reason this practice does not apply to the initiative</source>
        <translation>Der Grund, warum diese Praxis für die Initiative nicht zutrifft</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Documents, data or examples that back this answer</source>
        <translation>Dokumente, Daten oder Beispiele, die diese Antwort stützen</translation>
    </message>
    <message>
        <source>Keys: 0–4 choose a level · D don&apos;t know · N not applicable · Backspace clear · ←/→ or PgUp/PgDn previous/next question · Ctrl+PgUp/PgDn previous/next friction · J or F6 next unanswered · Tab to the notes</source>
        <translation>Tasten: 0–4 Stufe wählen · D weiß nicht · N nicht zutreffend · Rücktaste löschen · ←/→ oder Bild↑/Bild↓ vorige/nächste Frage · Strg+Bild↑/Bild↓ voriges/nächstes Hemmnis · J oder F6 nächste unbeantwortete · Tab zu den Notizen</translation>
    </message>
    <message>
        <source>What the room said</source>
        <translation>Was der Raum sagt</translation>
    </message>
    <message>
        <source>Choose an answer first, then add a note</source>
        <translation>Wählen Sie zuerst eine Antwort, dann ergänzen Sie eine Notiz</translation>
    </message>
    <message>
        <source>Reason not a&amp;pplicable:</source>
        <translation>&amp;Grund, warum nicht zutreffend:</translation>
    </message>
    <message>
        <source>Evi&amp;dence</source>
        <translation>Bel&amp;ege</translation>
    </message>
</context>
<context>
    <name>lastmile::app::QuestionnairePage</name>
    <message>
        <source>Answer level %1</source>
        <translation>Mit Stufe %1 antworten</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Antwort löschen</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorige Frage</translation>
    </message>
    <message>
        <source>Next friction</source>
        <translation>Nächstes Hemmnis</translation>
    </message>
    <message>
        <source>Previous friction</source>
        <translation>Voriges Hemmnis</translation>
    </message>
    <message>
        <source>Next unanswered question</source>
        <translation>Nächste unbeantwortete Frage</translation>
    </message>
    <message>
        <source>Next respondent</source>
        <translation>Nächste befragte Person</translation>
    </message>
    <message>
        <source>Previous respondent</source>
        <translation>Vorige befragte Person</translation>
    </message>
    <message>
        <source>Show or hide the help</source>
        <translation>Hilfe ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Open an assessment to answer its questionnaire.</source>
        <translation>Öffnen Sie eine Bewertung, um ihren Fragebogen auszufüllen.</translation>
    </message>
    <message>
        <source>This engagement has no active initiative yet. Add one on the Engagement page.</source>
        <translation>Dieses Mandat hat noch keine aktive Initiative. Fügen Sie auf der Seite „Mandat“ eine hinzu.</translation>
    </message>
    <message>
        <source>This engagement has no assessment round yet. Start one on the Engagement page.</source>
        <translation>Dieses Mandat hat noch keine Bewertungsrunde. Beginnen Sie auf der Seite „Mandat“ eine.</translation>
    </message>
    <message>
        <source>%1 has answered %2 of %3 questions</source>
        <translation>%1 hat %2 von %3 Fragen beantwortet</translation>
    </message>
    <message>
        <source>Consensus recorded for %1 of %2 questions</source>
        <translation>Konsens für %1 von %2 Fragen erfasst</translation>
    </message>
    <message>
        <source>Readiness index %1 (everyone&apos;s answers) · coverage %2</source>
        <translation>Reifeindex %1 (Antworten aller) · Abdeckung %2</translation>
    </message>
    <message>
        <source>No readiness index yet: no friction has an answered question.</source>
        <translation>Noch kein Reifeindex: kein Hemmnis hat eine beantwortete Frage.</translation>
    </message>
    <message>
        <source>This friction has no questions in this round&apos;s question bank.</source>
        <translation>Dieses Hemmnis hat im Fragenkatalog dieser Runde keine Fragen.</translation>
    </message>
    <message>
        <source>%1 · question %2 of %3</source>
        <translation>%1 · Frage %2 von %3</translation>
    </message>
    <message>
        <source>Consensus: %1</source>
        <translation>Konsens: %1</translation>
    </message>
    <message>
        <source>No consensus recorded yet.</source>
        <translation>Noch kein Konsens erfasst.</translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>%1 hat geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 has not answered yet.</source>
        <translation>%1 hat noch nicht geantwortet.</translation>
    </message>
    <message>
        <source>Frictions</source>
        <translation>Hemmnisse</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>Reveal the room&apos;s answers</source>
        <translation>Die Antworten des Raums aufdecken</translation>
    </message>
    <message>
        <source>Vote again</source>
        <translation>Neu abstimmen</translation>
    </message>
    <message>
        <source>Pause or resume the time box</source>
        <translation>Zeitrahmen anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Readiness index %1: insufficient evidence (coverage %2, under %3)</source>
        <translation>Reifeindex %1: unzureichende Datenlage (Abdeckung %2, unter %3)</translation>
    </message>
</context>
<context>
    <name>lastmile::app::QuestionnaireSelectors</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Initiative:</source>
        <translation>&amp;Initiative:</translation>
    </message>
    <message>
        <source>Ro&amp;und:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>&amp;Answering as:</source>
        <translation>Antwort &amp;von:</translation>
    </message>
    <message>
        <source>Go to the next &amp;question after answering</source>
        <translation>Nach der Antwort zur nächsten &amp;Frage</translation>
    </message>
    <message>
        <source>Off while the room answers a question together: the facilitator moves on when everyone has answered.</source>
        <translation>Aus, solange der Raum eine Frage gemeinsam beantwortet: Die Moderation geht weiter, wenn alle geantwortet haben.</translation>
    </message>
    <message>
        <source>Consensus (facilitator)</source>
        <translation>Konsens (Moderation)</translation>
    </message>
</context>
<context>
    <name>lastmile::app::RecommendationDialog</name>
    <message>
        <source>Add Action from Recommendation</source>
        <translation>Maßnahme aus Empfehlung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Initiative:</source>
        <translation>&amp;Initiative:</translation>
    </message>
    <message>
        <source>&amp;Friction:</source>
        <translation>&amp;Hemmnis:</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Empfohlene Maßnahme</translation>
    </message>
    <message>
        <source>Typical owner</source>
        <translation>Typischerweise verantwortlich</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>&amp;Use Recommendation…</source>
        <translation>Empfehlung &amp;übernehmen…</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>There is no round yet, so there is nothing to recommend.</source>
        <translation>Es gibt noch keine Runde, daher gibt es nichts zu empfehlen.</translation>
    </message>
    <message>
        <source>No friction of this initiative is scored in the latest round yet. Answer its questionnaire first.</source>
        <translation>In der letzten Runde ist noch kein Hemmnis dieser Initiative bewertet. Füllen Sie zuerst ihren Fragebogen aus.</translation>
    </message>
    <message>
        <source>In “%1”, %2 scores %3 (%4). The question bank recommends for this band:</source>
        <translation>In „%1“ hat %2 den Wert %3 (%4). Der Fragenkatalog empfiehlt für diese Stufe:</translation>
    </message>
    <message>
        <source>
Few questions are answered: the score is uncertain.</source>
        <translation>
Nur wenige Fragen sind beantwortet: Der Wert ist unsicher.</translation>
    </message>
    <message>
        <source>✓ Has an action</source>
        <translation>✓ Hat eine Maßnahme</translation>
    </message>
</context>
<context>
    <name>lastmile::app::ReportSettingsDialog</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 Zoll)</translation>
    </message>
    <message>
        <source>the logo is larger than 5 MB</source>
        <translation>das Logo ist größer als 5 MB</translation>
    </message>
    <message>
        <source>⚠ %1: %2. The logo was not changed.</source>
        <translation>⚠ %1: %2. Das Logo wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Logos (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Logos (*.png *.jpg *.jpeg *.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG; at most 5 MB and 4096 pixels a side.</source>
        <translation>PNG, JPEG oder SVG; höchstens 5 MB und 4096 Pixel je Seite.</translation>
    </message>
    <message>
        <source>%1, %2 KB
%3 × %4 pixels</source>
        <translation>%1, %2 KB
%3 × %4 Pixel</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
</context>
<context>
    <name>lastmile::app::ReportView</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Seiten&amp;format:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>C&amp;over</source>
        <translation>De&amp;ckblatt</translation>
    </message>
    <message>
        <source>Executive &amp;summary</source>
        <translation>Management S&amp;ummary</translation>
    </message>
    <message>
        <source>&amp;Initiatives</source>
        <translation>&amp;Initiativen</translation>
    </message>
    <message>
        <source>&amp;Methodology</source>
        <translation>M&amp;ethodik</translation>
    </message>
    <message>
        <source>&amp;Appendix: every answer</source>
        <translation>A&amp;nhang: alle Antworten</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV (Answers)…</source>
        <translation>CS&amp;V exportieren (Antworten)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The preview shows the PDF&apos;s own pages. The report&apos;s branding is set in File &gt; Report Settings.</source>
        <translation>Die Vorschau zeigt die Seiten des PDFs selbst. Das Erscheinungsbild des Berichts legen Sie unter Datei &gt; Berichtseinstellungen fest.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation>%1 Bericht</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML-Seiten (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>Export HTML Report</source>
        <translation>Bericht als HTML exportieren</translation>
    </message>
    <message>
        <source>Export Answers as CSV</source>
        <translation>Antworten als CSV exportieren</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation>Der Bericht konnte nicht gedruckt werden: %1</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Vorschau wird aktualisiert…</translation>
    </message>
    <message>
        <source>%1 pages in all; the preview shows the first %2. The export contains every page.</source>
        <translation>Insgesamt %1 Seiten; die Vorschau zeigt die ersten %2. Der Export enthält alle Seiten.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>the round is no longer in the file</source>
        <translation>die Runde ist nicht mehr in der Datei</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare a&amp;gainst:</source>
        <translation>Vergleichen &amp;mit:</translation>
    </message>
    <message>
        <source>Hea&amp;tmap</source>
        <translation>Hea&amp;tmap</translation>
    </message>
    <message>
        <source>The executive summary alone, to hand out or attach to an email.</source>
        <translation>Nur die Management Summary, zum Verteilen oder als E-Mail-Anhang.</translation>
    </message>
    <message>
        <source>Names respondents &quot;Respondent A&quot;, &quot;Respondent B&quot;… and leaves out their roles, in the report and the CSV, for sharing beyond the room.</source>
        <translation>Nennt die Befragten „Befragte Person A“, „Befragte Person B“ … und lässt ihre Rollen weg, im Bericht und in der CSV-Datei, zur Weitergabe über den Raum hinaus.</translation>
    </message>
    <message>
        <source>Export HTM&amp;L…</source>
        <translation>HTM&amp;L exportieren…</translation>
    </message>
    <message>
        <source>Export E&amp;xcel Workbook…</source>
        <translation>E&amp;xcel-Arbeitsmappe exportieren…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Druc&amp;ken…</translation>
    </message>
    <message>
        <source>%1 workbook</source>
        <translation>%1 Arbeitsmappe</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Excel Workbook</source>
        <translation>Excel-Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <source>S&amp;ummary only, on one page</source>
        <translation>Nur die &amp;Übersicht, auf einer Seite</translation>
    </message>
    <message>
        <source>Anon&amp;ymous: respondents as A, B, …</source>
        <translation>An&amp;onym: Befragte als A, B, …</translation>
    </message>
    <message>
        <source>&amp;Document language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>lastmile::app::RepositoryMenu</name>
    <message>
        <source>Folder for the Working Copy</source>
        <translation>Ordner für die Arbeitskopie</translation>
    </message>
    <message>
        <source>Connect to Re&amp;pository…</source>
        <translation>Mit Re&amp;pository verbinden…</translation>
    </message>
    <message>
        <source>Set the address of the firm&apos;s team repository</source>
        <translation>Die Adresse des Team-Repositorys der Firma festlegen</translation>
    </message>
    <message>
        <source>S&amp;ync with Repository</source>
        <translation>Mit Repository s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Send this working copy&apos;s changes to the team repository and receive everyone else&apos;s</source>
        <translation>Die Änderungen dieser Arbeitskopie an das Team-Repository senden und die aller anderen empfangen</translation>
    </message>
    <message>
        <source>Repository &amp;Conflicts…</source>
        <translation>Repository-&amp;Konflikte…</translation>
    </message>
    <message>
        <source>Connect to Repository</source>
        <translation>Mit Repository verbinden</translation>
    </message>
    <message>
        <source>Address of the team repository, as your administrator gave it (a PostgreSQL URI such as postgresql://alice@db.example.com/firm, or service=firm).
Your password is not asked here: it comes from ~/.pgpass or PGPASSWORD and is never stored by Lastmile.</source>
        <translation>Adresse des Team-Repositorys, wie Ihre Administration sie Ihnen gegeben hat (eine PostgreSQL-URI wie postgresql://alice@db.example.com/firm oder service=firm).
Ihr Passwort wird hier nicht abgefragt: Es kommt aus ~/.pgpass oder PGPASSWORD und wird von Lastmile nie gespeichert.</translation>
    </message>
    <message>
        <source>Pulling “%1” from the team repository…</source>
        <translation>„%1“ wird aus dem Team-Repository geholt…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was pulled.</source>
        <translation>Abgebrochen; nichts wurde geholt.</translation>
    </message>
    <message>
        <source>Working copy written to %1</source>
        <translation>Arbeitskopie nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Stop phone voting before syncing: votes that arrive during a sync would not be sent.</source>
        <translation>Beenden Sie die Abstimmung per Handy vor dem Synchronisieren: Stimmen, die während einer Synchronisierung eintreffen, würden nicht gesendet.</translation>
    </message>
    <message>
        <source>Syncing %1 with %2…</source>
        <translation>%1 wird mit %2 synchronisiert…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Synced with %1: %2 sent, %3 received</source>
        <translation>Mit %1 synchronisiert: %2 gesendet, %3 empfangen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n new conflict(s) kept</source>
        <translation>
            <numerusform>; %n neuer Konflikt erhalten</numerusform>
            <numerusform>; %n neue Konflikte erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>The open file is not a working copy of a team repository.</source>
        <translation>Die geöffnete Datei ist keine Arbeitskopie eines Team-Repositorys.</translation>
    </message>
    <message>
        <source>Reading the conflicts from %1…</source>
        <translation>Konflikte werden aus %1 gelesen…</translation>
    </message>
    <message>
        <source>The conflicts cannot be read right now: %1</source>
        <translation>Die Konflikte können gerade nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Repository &amp;Conflicts (%1)…</source>
        <translation>Repository-&amp;Konflikte (%1)…</translation>
    </message>
    <message>
        <source>Resolving the conflict in the team repository…</source>
        <translation>Der Konflikt wird im Team-Repository gelöst…</translation>
    </message>
    <message>
        <source>Conflict resolved: your value was kept.</source>
        <translation>Konflikt gelöst: Ihr Wert wurde behalten.</translation>
    </message>
    <message>
        <source>Conflict resolved: the repository&apos;s value was kept.</source>
        <translation>Konflikt gelöst: der Wert des Repositorys wurde behalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s) with the team repository: File &gt; Repository Conflicts… shows them</source>
        <translation>
            <numerusform>%n offener Konflikt mit dem Team-Repository: Datei &gt; Repository-Konflikte… zeigt ihn</numerusform>
            <numerusform>%n offene Konflikte mit dem Team-Repository: Datei &gt; Repository-Konflikte… zeigt sie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lastmile::app::RepositoryModel</name>
    <message>
        <source>%1
In the team repository since %2 (by %3)
Id: %4</source>
        <translation>%1
Im Team-Repository seit %2 (von %3)
Id: %4</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>not on this computer</source>
        <translation>nicht auf diesem Computer</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation>Arbeitskopie</translation>
    </message>
</context>
<context>
    <name>lastmile::app::RepositoryPanel</name>
    <message>
        <source>In the team repository</source>
        <translation>Im Team-Repository</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Engagements in the team repository</source>
        <translation>Engagements im Team-Repository</translation>
    </message>
    <message>
        <source>Not connected to a team repository. Choose Connect… (or File &gt; Connect to Repository…) and give the address your administrator gave you, to see the firm&apos;s engagements here.</source>
        <translation>Nicht mit einem Team-Repository verbunden. Wählen Sie Verbinden… (oder Datei &gt; Mit Repository verbinden…) und geben Sie die Adresse ein, die Ihre Administration Ihnen gegeben hat, um hier die Engagements der Firma zu sehen.</translation>
    </message>
    <message>
        <source>Listing the engagements in %1…</source>
        <translation>Die Engagements in %1 werden aufgelistet…</translation>
    </message>
    <message>
        <source>The team repository cannot be listed right now: %1

Your files above work as always; working copies sync when the repository can be reached again.</source>
        <translation>Das Team-Repository kann gerade nicht aufgelistet werden: %1

Ihre Dateien oben funktionieren wie immer; Arbeitskopien werden synchronisiert, sobald das Repository wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>No engagements in the repository that you can see. Add one with &quot;lastmile-cli repo push FILE URI&quot;, or ask a colleague to add you to theirs.</source>
        <translation>Im Repository gibt es keine Engagements, die Sie sehen können. Fügen Sie eines mit „lastmile-cli repo push DATEI URI“ hinzu, oder bitten Sie eine Kollegin oder einen Kollegen, Sie zu ihrem hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>lastmile::app::RespondentDialog</name>
    <message>
        <source>Add Respondent</source>
        <translation>Befragte Person hinzufügen</translation>
    </message>
    <message>
        <source>Edit Respondent</source>
        <translation>Befragte Person bearbeiten</translation>
    </message>
    <message>
        <source>Another respondent of this round already has this name.</source>
        <translation>Eine andere befragte Person dieser Runde trägt bereits diesen Namen.</translation>
    </message>
</context>
<context>
    <name>lastmile::app::RespondentModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>lastmile::app::ReviewBanner</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Reopen this file for editing; File &gt; Review Mode returns to review</source>
        <translation>Diese Datei zum Bearbeiten wieder öffnen; Datei &gt; Nur-Lesen-Modus kehrt zur Ansicht zurück</translation>
    </message>
    <message>
        <source>Review mode: this file is open read-only. Nothing you do here changes it. Click Edit to change it.</source>
        <translation>Nur-Lesen-Modus: Diese Datei ist schreibgeschützt geöffnet. Nichts, was Sie hier tun, verändert sie. Klicken Sie auf Bearbeiten, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Review mode: this file or its folder cannot be written, so it is open read-only. Use Save a Copy As to work on a copy.</source>
        <translation>Nur-Lesen-Modus: Diese Datei oder ihr Ordner ist nicht beschreibbar, daher ist sie schreibgeschützt geöffnet. Mit „Kopie speichern unter“ arbeiten Sie an einer Kopie.</translation>
    </message>
    <message>
        <source>Review mode: another Lastmile window is editing this file, so it is open read-only here.</source>
        <translation>Nur-Lesen-Modus: Ein anderes Lastmile-Fenster bearbeitet diese Datei, daher ist sie hier schreibgeschützt geöffnet.</translation>
    </message>
</context>
<context>
    <name>lastmile::app::RoomBar</name>
    <message>
        <source>&amp;Reveal Answers</source>
        <translation>Antworten aufde&amp;cken</translation>
    </message>
    <message>
        <source>Show the room how it answered this question (V)</source>
        <translation>Dem Raum zeigen, wie er diese Frage beantwortet hat (V)</translation>
    </message>
    <message>
        <source>Vote Agai&amp;n</source>
        <translation>Neu abs&amp;timmen</translation>
    </message>
    <message>
        <source>Hide the answers and let the room answer again (Shift+V)</source>
        <translation>Die Antworten verbergen und den Raum erneut antworten lassen (Umschalt+V)</translation>
    </message>
    <message>
        <source>Plan A&amp;genda…</source>
        <translation>Agenda &amp;planen…</translation>
    </message>
    <message>
        <source>Choose the initiatives, frictions and questions the room answers now</source>
        <translation>Die Initiativen, Hemmnisse und Fragen wählen, die der Raum jetzt beantwortet</translation>
    </message>
    <message>
        <source>No agenda planned: the room answers every question</source>
        <translation>Keine Agenda geplant: Der Raum beantwortet jede Frage</translation>
    </message>
    <message>
        <source>The agenda is empty</source>
        <translation>Die Agenda ist leer</translation>
    </message>
    <message>
        <source>Off the agenda (the room was at question %1 of %2)</source>
        <translation>Außerhalb der Agenda (der Raum war bei Frage %1 von %2)</translation>
    </message>
    <message>
        <source>Agenda: question %1 of %2</source>
        <translation>Agenda: Frage %1 von %2</translation>
    </message>
</context>
<context>
    <name>lastmile::app::RoomController</name>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>noch %1:%2</translation>
    </message>
    <message>
        <source>Answered: %1 of %2</source>
        <translation>Geantwortet: %1 von %2</translation>
    </message>
</context>
<context>
    <name>lastmile::app::RoomPanel</name>
    <message>
        <source>Answers in this round</source>
        <translation>Antworten in dieser Runde</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>This round has no respondents yet.</source>
        <translation>Diese Runde hat noch keine Befragten.</translation>
    </message>
    <message>
        <source>No levels given yet.</source>
        <translation>Noch keine Stufen angegeben.</translation>
    </message>
    <message>
        <source>Levels given: %1 · median %2 · spread %3</source>
        <translation>Angegebene Stufen: %1 · Median %2 · Streuung %3</translation>
    </message>
    <message>
        <source>Disagreement (spread %1): the room sees this differently. Discuss it before recording a consensus.</source>
        <translation>Dissens (Streuung %1): Der Raum sieht das unterschiedlich. Besprechen Sie es, bevor Sie einen Konsens erfassen.</translation>
    </message>
    <message>
        <source>Consensus: %1</source>
        <translation>Konsens: %1</translation>
    </message>
    <message>
        <source>Consensus: not recorded</source>
        <translation>Konsens: nicht erfasst</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Answered; the answer is shown at the reveal</source>
        <translation>Geantwortet; die Antwort wird beim Aufdecken gezeigt</translation>
    </message>
    <message>
        <source>The answers are hidden until the reveal (V).</source>
        <translation>Die Antworten sind bis zum Aufdecken verborgen (V).</translation>
    </message>
</context>
<context>
    <name>lastmile::app::RoundComparisonModel</name>
    <message>
        <source>Portfolio (all active initiatives)</source>
        <translation>Portfolio (alle aktiven Initiativen)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>↑ %1</source>
        <translation>↑ %1</translation>
    </message>
    <message>
        <source>↓ %1</source>
        <translation>↓ %1</translation>
    </message>
    <message numerus="yes">
        <source>Readiness rose by %n point(s)</source>
        <translation>
            <numerusform>Die Reife ist um %n Punkt gestiegen</numerusform>
            <numerusform>Die Reife ist um %n Punkte gestiegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Readiness fell by %n point(s)</source>
        <translation>
            <numerusform>Die Reife ist um %n Punkt gesunken</numerusform>
            <numerusform>Die Reife ist um %n Punkte gesunken</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness did not change</source>
        <translation>Die Reife hat sich nicht verändert</translation>
    </message>
    <message>
        <source>No answers in one of the rounds</source>
        <translation>Keine Antworten in einer der Runden</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Readiness in %1</source>
        <translation>Reife in %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
</context>
<context>
    <name>lastmile::app::RoundComparisonView</name>
    <message>
        <source>Compare &amp;round</source>
        <translation>&amp;Runde vergleichen</translation>
    </message>
    <message>
        <source>Readiness runs from 0 (stalled) to 100 (ready to scale); ↑ means the initiative moved closer to operational results.</source>
        <translation>Die Reife reicht von 0 (festgefahren) bis 100 (bereit zur Skalierung); ↑ heißt, die Initiative ist betrieblichen Ergebnissen nähergekommen.</translation>
    </message>
    <message>
        <source>against &amp;baseline</source>
        <translation>gegen&amp;über der Ausgangsrunde</translation>
    </message>
</context>
<context>
    <name>lastmile::app::RoundDialog</name>
    <message>
        <source>%1-Q%2 workshop</source>
        <translation>Workshop %1-Q%2</translation>
    </message>
    <message>
        <source>&amp;Copy the respondents of “%1”</source>
        <translation>Befragte von „%1“ &amp;übernehmen</translation>
    </message>
    <message>
        <source>Asked with the question bank %1.</source>
        <translation>Befragt mit dem Fragenkatalog %1.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>%1 — as the latest round</source>
        <translation>%1 – wie die letzte Runde</translation>
    </message>
    <message>
        <source>“%1” (%2): %3 questions in %4 frictions. The round keeps its own copy.</source>
        <translation>„%1“ (%2): %3 Fragen in %4 Hemmnissen. Die Runde behält ihre eigene Kopie.</translation>
    </message>
</context>
<context>
    <name>lastmile::app::RoundModel</name>
    <message>
        <source>%1 (%2), content version %3</source>
        <translation>%1 (%2), Inhaltsversion %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Fragenkatalog</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Befragte</translation>
    </message>
</context>
<context>
    <name>lastmile::app::SummaryPage</name>
    <message>
        <source> summary.pdf</source>
        <translation> Übersicht.pdf</translation>
    </message>
    <message>
        <source>Export Summary</source>
        <translation>Übersicht exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>%1 summary</source>
        <translation>%1 Übersicht</translation>
    </message>
    <message>
        <source>Print Summary</source>
        <translation>Übersicht drucken</translation>
    </message>
    <message>
        <source>The summary could not be printed: %1</source>
        <translation>Die Übersicht konnte nicht gedruckt werden: %1</translation>
    </message>
    <message>
        <source>P&amp;rint Summary…</source>
        <translation>Übersicht &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the report&apos;s one-page executive summary</source>
        <translation>Die einseitige Management Summary des Berichts drucken</translation>
    </message>
    <message>
        <source>E&amp;xport Summary PDF…</source>
        <translation>Übersicht als PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the report&apos;s one-page executive summary as a PDF, to send on</source>
        <translation>Die einseitige Management Summary des Berichts als PDF speichern, zum Weiterschicken</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reife</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Worst frictions (click to see the cell)</source>
        <translation>Stärkste Hemmnisse (Klick zeigt die Zelle)</translation>
    </message>
    <message>
        <source>Initiative (worst first)</source>
        <translation>Initiative (schlechteste zuerst)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Worst friction</source>
        <translation>Stärkstes Hemmnis</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see the initiative in the heatmap</source>
        <translation>Doppelklick oder Eingabetaste zeigt die Initiative in der Heatmap</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Hemmnis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the action in the action plan</source>
        <translation>Doppelklick oder Eingabetaste öffnet die Maßnahme im Maßnahmenplan</translation>
    </message>
    <message>
        <source>Trend over rounds</source>
        <translation>Verlauf über die Runden</translation>
    </message>
    <message>
        <source>Friction profile</source>
        <translation>Hemmnisprofil</translation>
    </message>
    <message>
        <source>This engagement has no assessment round yet. Start one on the Engagement page.</source>
        <translation>Dieses Mandat hat noch keine Bewertungsrunde. Beginnen Sie auf der Seite „Mandat“ eine.</translation>
    </message>
    <message>
        <source>Open an assessment to see its summary.</source>
        <translation>Öffnen Sie eine Bewertung, um ihre Übersicht zu sehen.</translation>
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation>%1, verglichen mit %2</translation>
    </message>
    <message>
        <source>%1%2 since %3</source>
        <translation>%1%2 seit %3</translation>
    </message>
    <message>
        <source>no readiness to compare</source>
        <translation>keine Reife zum Vergleichen</translation>
    </message>
    <message>
        <source>the first round: nothing to compare yet</source>
        <translation>die erste Runde: noch nichts zu vergleichen</translation>
    </message>
    <message numerus="yes">
        <source>mean of the %n initiative(s) shown</source>
        <translation>
            <numerusform>Mittelwert der %n angezeigten Initiative</numerusform>
            <numerusform>Mittelwert der %n angezeigten Initiativen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1% of the questions&apos; weight answered
%n score(s) on insufficient evidence
</source>
        <translation>
            <numerusform>%1 % des Fragengewichts beantwortet
%n Wert auf unzureichender Datenlage
</numerusform>
            <numerusform>%1 % des Fragengewichts beantwortet
%n Werte auf unzureichender Datenlage
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 initiative(s) scored</source>
        <translation>
            <numerusform>%n von %1 Initiativen bewertet</numerusform>
            <numerusform>%n von %1 Initiativen bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due in the next two weeks</source>
        <translation>
            <numerusform>%n in den nächsten zwei Wochen fällig</numerusform>
            <numerusform>%n in den nächsten zwei Wochen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3), hardest hit: %4 (%5)</source>
        <translation>%1: %2 (%3), am stärksten betroffen: %4 (%5)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Überfällig (%1)</translation>
    </message>
    <message>
        <source>Due in the next two weeks (%1)</source>
        <translation>In den nächsten zwei Wochen fällig (%1)</translation>
    </message>
    <message>
        <source>The portfolio</source>
        <translation>Das Portfolio</translation>
    </message>
    <message>
        <source>No round to chart.</source>
        <translation>Keine Runde für ein Diagramm.</translation>
    </message>
    <message>
        <source>Char&amp;ts for</source>
        <translation>Diagramme &amp;für</translation>
    </message>
    <message>
        <source>Reading the answers for the one-page summary…</source>
        <translation>Die Antworten für die einseitige Management Summary werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the answers of %n round(s): the summary appears as soon as they are read.</source>
        <translation>
            <numerusform>Die Antworten von %n Runde werden gelesen: Die Übersicht erscheint, sobald sie gelesen sind.</numerusform>
            <numerusform>Die Antworten von %n Runden werden gelesen: Die Übersicht erscheint, sobald sie gelesen sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers could not be read: %1</source>
        <translation>Die Antworten konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>lastmile::app::TargetsDialog</name>
    <message>
        <source>No targets agreed yet (Targets…).</source>
        <translation>Noch keine Zielwerte vereinbart (Zielwerte…).</translation>
    </message>
    <message>
        <source>Targets: %1 of %2 frictions; %3 met in the latest round.</source>
        <translation>Zielwerte: %1 von %2 Hemmnissen; %3 in der letzten Runde erreicht.</translation>
    </message>
    <message>
        <source>Targets — %1</source>
        <translation>Zielwerte – %1</translation>
    </message>
    <message>
        <source>The friction scores agreed with the client as targets for “%1” (0 = no friction, 100 = severe).</source>
        <translation>Die mit dem Kunden als Ziel vereinbarten Hemmniswerte für „%1“ (0 = kein Hemmnis, 100 = gravierend).</translation>
    </message>
    <message>
        <source>The friction scores agreed with the client as targets for “%1” (0 = no friction, 100 = severe), against its scores in “%2”.</source>
        <translation>Die mit dem Kunden als Ziel vereinbarten Hemmniswerte für „%1“ (0 = kein Hemmnis, 100 = gravierend), verglichen mit den Werten in „%2“.</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Hemmnis</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Gap to target</source>
        <translation>Abstand zum Ziel</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Zielwert</translation>
    </message>
    <message>
        <source>Target for %1</source>
        <translation>Zielwert für %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>noch kein Wert</translation>
    </message>
    <message>
        <source>✓ target met</source>
        <translation>✓ Ziel erreicht</translation>
    </message>
    <message>
        <source>Set Targets</source>
        <translation>Zielwerte festlegen</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to go</source>
        <translation>
            <numerusform>noch %n Punkt</numerusform>
            <numerusform>noch %n Punkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lastmile::app::UndoNotice</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>lastmile::app::WorkshopMenu</name>
    <message>
        <source>&amp;Plan Agenda…</source>
        <translation>Agenda &amp;planen…</translation>
    </message>
    <message>
        <source>&amp;Reveal Answers	V</source>
        <translation>Antworten &amp;aufdecken	V</translation>
    </message>
    <message>
        <source>Vote &amp;Again	Shift+V</source>
        <translation>&amp;Neu abstimmen	Umschalt+V</translation>
    </message>
    <message>
        <source>Presentation &amp;Screen</source>
        <translation>Präsentations&amp;bildschirm</translation>
    </message>
    <message>
        <source>Show Answers on &amp;This Screen Before the Reveal</source>
        <translation>Antworten vor dem Aufdecken auf &amp;diesem Bildschirm zeigen</translation>
    </message>
    <message>
        <source>The projector never shows answers before the reveal; this is for the facilitator&apos;s own screen</source>
        <translation>Der Projektor zeigt Antworten nie vor dem Aufdecken; dies gilt nur für den Bildschirm der Moderation</translation>
    </message>
    <message>
        <source>Show &amp;Who Has Answered by Name</source>
        <translation>&amp;Wer geantwortet hat, mit Namen zeigen</translation>
    </message>
    <message>
        <source>Go to the &amp;Next Question After Answering</source>
        <translation>Nach der Antwort zur &amp;nächsten Frage</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Start Phone V&amp;oting…</source>
        <translation>Abstimmung per &amp;Handy starten…</translation>
    </message>
    <message>
        <source>Stop Phone Votin&amp;g</source>
        <translation>Abstimmung per Handy b&amp;eenden</translation>
    </message>
    <message>
        <source>Phone Voting</source>
        <translation>Abstimmung per Handy</translation>
    </message>
    <message>
        <source>Open a file before starting phone voting.</source>
        <translation>Öffnen Sie eine Datei, bevor Sie die Abstimmung per Handy starten.</translation>
    </message>
    <message>
        <source>Phone voting cannot start: %1</source>
        <translation>Die Abstimmung per Handy kann nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>lastmile::app::edit</name>
    <message>
        <source>Edit Initiative</source>
        <translation>Initiative bearbeiten</translation>
    </message>
    <message>
        <source>Archive Initiative</source>
        <translation>Initiative archivieren</translation>
    </message>
    <message>
        <source>Restore Initiative</source>
        <translation>Initiative wiederherstellen</translation>
    </message>
    <message>
        <source>Mark Action Done</source>
        <translation>Maßnahme als erledigt markieren</translation>
    </message>
    <message>
        <source>Change Action Status</source>
        <translation>Status der Maßnahme ändern</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Archived “%1”.</source>
        <translation>„%1“ archiviert.</translation>
    </message>
    <message>
        <source>Deleted the action “%1”.</source>
        <translation>Die Maßnahme „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>lastmile::session::VotingServer</name>
    <message>
        <source>no round %1 in the file</source>
        <translation>keine Runde %1 in der Datei</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>that phone is no longer waiting</source>
        <translation>dieses Smartphone wartet nicht mehr</translation>
    </message>
    <message>
        <source>no respondent %1 in this round</source>
        <translation>keine befragte Person %1 in dieser Runde</translation>
    </message>
    <message>
        <source>%1 already answers from another phone</source>
        <translation>%1 antwortet bereits von einem anderen Smartphone</translation>
    </message>
</context>
<context>
    <name>lastmile::text::BankFolder</name>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lastmile desktop app</source>
        <translation>Lastmile-Desktop-Anwendung</translation>
    </message>
    <message>
        <source>Open FILE read-only.</source>
        <translation>FILE schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>Open the demo engagement.</source>
        <translation>Das Demo-Mandat öffnen.</translation>
    </message>
    <message>
        <source>Start in presentation mode.</source>
        <translation>Im Präsentationsmodus starten.</translation>
    </message>
    <message>
        <source>Quit once the window has painted.</source>
        <translation>Beenden, sobald das Fenster gezeichnet ist.</translation>
    </message>
    <message>
        <source>The .lastmile files to open, each in a window (default: the library).</source>
        <translation>Die zu öffnenden .lastmile-Dateien, jede in einem Fenster (Standard: die Bibliothek).</translation>
    </message>
</context>
</TS>
