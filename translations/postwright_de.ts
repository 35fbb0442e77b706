<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Keep &amp;yours</source>
        <translation>&amp;Ihre behalten</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Keep the &amp;site&apos;s</source>
        <translation>Die der &amp;Website behalten</translation>
    </message>
    <message>
        <source>The site&apos;s version</source>
        <translation>Die Fassung der Website</translation>
    </message>
    <message>
        <source>Keep &amp;both, yours first</source>
        <translation>&amp;Beide behalten, Ihre zuerst</translation>
    </message>
    <message>
        <source>&amp;Result (you can edit it):</source>
        <translation>&amp;Ergebnis (Sie können es bearbeiten):</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>Das Ergebnis</translation>
    </message>
    <message>
        <source>Your Version and the Site&apos;s</source>
        <translation>Ihre Fassung und die der Website</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Sign in to publish</source>
        <translation>Anmelden zum Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password or token</source>
        <translation>&amp;Passwort oder Token</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Passwort oder Token</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
</context>
<context>
    <name>DeletedPostsDialog</name>
    <message>
        <source>Deleted Posts</source>
        <translation>Gelöschte Beiträge</translation>
    </message>
    <message>
        <source>Deleted posts</source>
        <translation>Gelöschte Beiträge</translation>
    </message>
    <message>
        <source>The post&apos;s last version, rendered</source>
        <translation>Die letzte Fassung des Beitrags, dargestellt</translation>
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The post&apos;s title</source>
        <translation>Der Titel des Beitrags</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>One or two sentences shown in the blog&apos;s index and by search engines</source>
        <translation>Ein oder zwei Sätze für die Übersicht des Blogs und für Suchmaschinen</translation>
    </message>
    <message>
        <source>Summary length</source>
        <translation>Länge der Zusammenfassung</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Comma-separated; known tags are suggested</source>
        <translation>Durch Kommas getrennt; bekannte Schlagwörter werden vorgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <source>Set the date to now</source>
        <translation>Datum auf jetzt setzen</translation>
    </message>
    <message>
        <source>D&amp;raft</source>
        <translation>&amp;Entwurf</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>Lesezeit</translation>
    </message>
    <message>
        <source>Front matter error</source>
        <translation>Fehler im Front Matter</translation>
    </message>
    <message>
        <source>&amp;Go to line</source>
        <translation>&amp;Zur Zeile</translation>
    </message>
    <message>
        <source>Address on the site</source>
        <translation>Adresse auf der Website</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Post History</source>
        <translation>Verlauf des Beitrags</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <source>&amp;Changes to Now</source>
        <translation>Änderungen bis &amp;jetzt</translation>
    </message>
    <message>
        <source>What changed from this version to the text now</source>
        <translation>Was sich von dieser Fassung bis zum jetzigen Text geändert hat</translation>
    </message>
    <message>
        <source>This version, rendered</source>
        <translation>Diese Fassung, dargestellt</translation>
    </message>
    <message>
        <source>Re&amp;ndered</source>
        <translation>&amp;Dargestellt</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <source>Add an Image</source>
        <translation>Bild hinzufügen</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>Das Bild</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>&amp;Alternativtext:</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>What the picture shows</source>
        <translation>Was das Bild zeigt</translation>
    </message>
    <message>
        <source>Required: readers who cannot see the picture hear this instead. A sentence about what matters in it.</source>
        <translation>Pflichtfeld: Wer das Bild nicht sehen kann, hört stattdessen diesen Text. Ein Satz über das, worauf es ankommt.</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Bildunterschrift:</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Optional, shown under the picture</source>
        <translation>Optional, unter dem Bild angezeigt</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Largest width in pixels</source>
        <translation>Größte Breite in Pixeln</translation>
    </message>
    <message>
        <source> pixels wide</source>
        <translation> Pixel breit</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Remove &amp;location and camera data</source>
        <translation>&amp;Standort- und Kameradaten entfernen</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>The image as it will be saved</source>
        <translation>Das Bild, wie es gespeichert wird</translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <source>New Post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Title of the new post</source>
        <translation>Titel des neuen Beitrags</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>File the post will be written to</source>
        <translation>Datei, in die der Beitrag geschrieben wird</translation>
    </message>
</context>
<context>
    <name>Postwright::App::AppActions</name>
    <message>
        <source>&amp;New Post…</source>
        <translation>&amp;Neuer Beitrag …</translation>
    </message>
    <message>
        <source>&amp;Open Post…</source>
        <translation>Beitrag ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Blog…</source>
        <translation>&amp;Blog öffnen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen …</translation>
    </message>
    <message>
        <source>Commit this post and push it to the blog&apos;s remote (Ctrl+Shift+P)</source>
        <translation>Diesen Beitrag committen und zum Remote des Blogs pushen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Blog Se&amp;ttings…</source>
        <translation>Blog-&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles aus&amp;wählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Find and Rep&amp;lace…</source>
        <translation>Suchen und &amp;Ersetzen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Link …</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>&amp;Vorschau anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Outline</source>
        <translation>&amp;Gliederung anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Front Matter Form</source>
        <translation>&amp;Front-Matter-Formular anzeigen</translation>
    </message>
    <message>
        <source>Line &amp;Numbers</source>
        <translation>&amp;Zeilennummern</translation>
    </message>
    <message>
        <source>Allow &amp;Remote Images and Fonts for This Blog</source>
        <translation>Entfernte &amp;Bilder und Schriften für diesen Blog erlauben</translation>
    </message>
    <message>
        <source>Off by default: a post&apos;s preview loads nothing from the internet</source>
        <translation>Standardmäßig aus: Die Vorschau eines Beitrags lädt nichts aus dem Internet</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;About Postwright</source>
        <translation>&amp;Über Postwright</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Spelling Language</source>
        <translation>&amp;Sprache der Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Image…</source>
        <translation>&amp;Bild …</translation>
    </message>
    <message>
        <source>Add a picture to this post: resized, without its location data, where the site serves it</source>
        <translation>Ein Bild zu diesem Beitrag hinzufügen: verkleinert, ohne Standortdaten, dort, wo die Website es ausliefert</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Quick Preview</source>
        <translation>&amp;Schnellvorschau</translation>
    </message>
    <message>
        <source>The post as you type it, in the site&apos;s style (Ctrl+Alt+1)</source>
        <translation>Der Beitrag beim Tippen, im Stil der Website (Strg+Alt+1)</translation>
    </message>
    <message>
        <source>Site &amp;View</source>
        <translation>&amp;Website-Ansicht</translation>
    </message>
    <message>
        <source>The post&apos;s page as the blog&apos;s generator builds it, after each save (Ctrl+Alt+2)</source>
        <translation>Die Seite des Beitrags, wie der Generator des Blogs sie baut, nach jedem Speichern (Strg+Alt+2)</translation>
    </message>
    <message>
        <source>Post &amp;History…</source>
        <translation>&amp;Verlauf des Beitrags…</translation>
    </message>
    <message>
        <source>This post&apos;s earlier versions: compare one with the text now, or restore it (Ctrl+Shift+H)</source>
        <translation>Die früheren Fassungen dieses Beitrags: mit dem jetzigen Text vergleichen oder wiederherstellen (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>&amp;Deleted Posts…</source>
        <translation>&amp;Gelöschte Beiträge…</translation>
    </message>
    <message>
        <source>Posts deleted in the blog&apos;s history, to read or bring back</source>
        <translation>Im Verlauf des Blogs gelöschte Beiträge, zum Lesen oder Zurückholen</translation>
    </message>
</context>
<context>
    <name>Postwright::App::CommandLineCredentials</name>
    <message>
        <source>postwright: the SSH host %1 is not in known_hosts; its key fingerprint is %2. Check it, then add the host with `ssh-keyscan` or publish once from the app.</source>
        <translation>postwright: Der SSH-Host %1 steht nicht in known_hosts; sein Schlüssel-Fingerabdruck ist %2. Prüfen Sie ihn und fügen Sie den Host mit `ssh-keyscan` hinzu oder veröffentlichen Sie einmal aus der App.</translation>
    </message>
</context>
<context>
    <name>Postwright::App::CommandLineTool</name>
    <message>
        <source>set needs a file and at least one key=value</source>
        <translation>set braucht eine Datei und mindestens ein schlüssel=wert</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: in Ordnung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not key=value</source>
        <translation>„%1“ hat nicht die Form schlüssel=wert</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1: unverändert</translation>
    </message>
    <message>
        <source>%1: updated</source>
        <translation>%1: aktualisiert</translation>
    </message>
    <message>
        <source>--author takes &quot;Name &lt;email&gt;&quot;</source>
        <translation>--author erwartet &quot;Name &lt;E-Mail&gt;&quot;</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>%1: the post is a draft; publish it with --undraft to set draft: false</source>
        <translation>%1: Der Beitrag ist ein Entwurf; veröffentlichen Sie ihn mit --undraft, um draft: false zu setzen</translation>
    </message>
    <message>
        <source>%1: already published</source>
        <translation>%1: bereits veröffentlicht</translation>
    </message>
    <message>
        <source>Publishing &quot;%1&quot; to %2 (%3), branch %4</source>
        <translation>Veröffentliche „%1“ nach %2 (%3), Zweig %4</translation>
    </message>
    <message>
        <source>%1: git does not know who you are; give --author &quot;Name &lt;email&gt;&quot; or set git config user.name and user.email</source>
        <translation>%1: git kennt Sie nicht; geben Sie --author &quot;Name &lt;E-Mail&gt;&quot; an oder setzen Sie git config user.name und user.email</translation>
    </message>
    <message>
        <source>Published %1 as commit %2%3</source>
        <translation>%1 veröffentlicht als Commit %2%3</translation>
    </message>
    <message>
        <source> (after the remote&apos;s new commits)</source>
        <translation> (nach den neuen Commits des Remotes)</translation>
    </message>
    <message>
        <source>list takes one blog folder at most</source>
        <translation>list nimmt höchstens einen Blog-Ordner</translation>
    </message>
    <message>
        <source>%1 is not in a blog&apos;s git repository</source>
        <translation>%1 liegt in keinem Git-Repository eines Blogs</translation>
    </message>
    <message>
        <source>warning: %1 still says where it was taken (GPS)</source>
        <translation>Warnung: %1 verrät noch, wo es aufgenommen wurde (GPS)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Commands (no display needed):
  postwright stats FILE...            print one JSON object per file: title, summary, tags,
                                      date, draft, words, and minutes and text per
                                      reading-time preset (hugo, reading-time, medium)
  postwright list [BLOG]              print one JSON object per post of the blog (default: the
                                      current folder&apos;s): path, title, date, draft, state,
                                      language, translations, reading time, address
  postwright check [--links] FILE...  check posts before publishing (front matter, title and date,
                                      images and linked files, refs, alt text, summary, schedule);
                                      errors as file:line: message (exit 1), warnings on
                                      standard output as file:line: warning: message;
                                      --links also asks each http(s) link (at most 40)
  postwright set FILE key=value...    change front-matter fields in place, touching only
                                      their bytes (tags=a,b  date=now  draft=false)
  postwright publish FILE...          commit each post (and the images it links to) and
      [--message TEXT]                push it to the blog&apos;s remote; prints the receipt and
      [--author &quot;Name &lt;email&gt;&quot;]       the commit id. A draft is refused unless --undraft
      [--undraft]                     sets draft: false first. When the remote changed the
                                      same post, it exits 1 and names the files in conflict
  postwright resolve FILE...          publish as above, and finish a conflict with the remote&apos;s
      --mine | --theirs               changes: where both changed the same field or paragraph,
                                      keep yours (--mine) or the site&apos;s (--theirs); what only
                                      one side changed is kept either way
</source>
        <translation>Befehle (ohne Bildschirm nutzbar):
  postwright stats DATEI...           gibt je Datei ein JSON-Objekt aus: Titel, Zusammenfassung,
                                      Schlagwörter, Datum, Entwurf, Wörter sowie Minuten und
                                      Text je Lesezeit-Vorgabe (hugo, reading-time, medium)
  postwright list [BLOG]              gibt je Beitrag des Blogs (vorgegeben: der des aktuellen
                                      Ordners) ein JSON-Objekt aus: Pfad, Titel, Datum, Entwurf,
                                      Stand, Sprache, Übersetzungen, Lesezeit, Adresse
  postwright check [--links] DATEI...  prüft Beiträge vor dem Veröffentlichen (Front Matter, Titel
                                      und Datum, Bilder und verlinkte Dateien, Refs, Alternativtext,
                                      Zusammenfassung, Termin); Fehler als datei:zeile: meldung
                                      (Ende mit 1), Warnungen auf der Standardausgabe als
                                      datei:zeile: warning: meldung; --links fragt auch jeden
                                      http(s)-Link (höchstens 40)
  postwright set DATEI schlüssel=wert...  ändert Felder des Front Matter an Ort und Stelle, nur
                                      deren Bytes (tags=a,b  date=now  draft=false)
  postwright publish DATEI...         committet jeden Beitrag (und die verlinkten Bilder) und
      [--message TEXT]                pusht ihn zum Remote des Blogs; gibt den Beleg und die
      [--author &quot;Name &lt;E-Mail&gt;&quot;]      Commit-ID aus. Ein Entwurf wird abgelehnt, außer
      [--undraft]                     --undraft setzt zuerst draft: false. Hat das Remote
                                      denselben Beitrag geändert, endet er mit 1 und nennt die
                                      Dateien im Konflikt
  postwright resolve DATEI...         veröffentlicht wie oben und löst einen Konflikt mit den
      --mine | --theirs               Änderungen des Remotes: wo beide dasselbe Feld oder denselben
                                      Absatz geändert haben, bleibt Ihre Fassung (--mine) oder die
                                      der Website (--theirs); was nur eine Seite änderte, bleibt
</translation>
    </message>
    <message>
        <source>resolve takes --mine or --theirs</source>
        <translation>resolve erwartet --mine oder --theirs</translation>
    </message>
    <message>
        <source>conflict: %1 (changed here and on the remote)</source>
        <translation>Konflikt: %1 (hier und auf dem Remote geändert)</translation>
    </message>
    <message>
        <source>Keep your version or the site&apos;s where both changed: postwright resolve %1 --mine (or --theirs)</source>
        <translation>Behalten Sie Ihre Fassung oder die der Website, wo beide geändert haben: postwright resolve %1 --mine (oder --theirs)</translation>
    </message>
    <message numerus="yes">
        <source>Resolving %n file(s) in conflict with the remote, keeping %1 where both changed</source>
        <translation>
            <numerusform>Löse %n Datei im Konflikt mit dem Remote und behalte %1, wo beide geändert haben</numerusform>
            <numerusform>Löse %n Dateien im Konflikt mit dem Remote und behalte %1, wo beide geändert haben</numerusform>
        </translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>the site&apos;s</source>
        <translation>die der Website</translation>
    </message>
</context>
<context>
    <name>Postwright::App::ConflictDialog</name>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>A file of %1, kept whole</source>
        <translation>Eine Datei mit %1, als Ganzes behalten</translation>
    </message>
    <message>
        <source>&amp;Publish the Result</source>
        <translation>Ergebnis &amp;veröffentlichen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The site changed “%1” too.&lt;/b&gt; Where only one of you changed something, that change is kept already. Where you both changed the same part (%n place(s)), choose what to keep. Nothing is published until you press Publish the Result; Cancel leaves everything as it was.</source>
        <translation>
            <numerusform>&lt;b&gt;Die Website hat „%1“ auch geändert.&lt;/b&gt; Was nur einer von Ihnen geändert hat, ist schon übernommen. Wo Sie beide dieselbe Stelle geändert haben (%n Stelle), wählen Sie, was bleibt. Veröffentlicht wird erst mit Ergebnis veröffentlichen; Abbrechen lässt alles, wie es war.</numerusform>
            <numerusform>&lt;b&gt;Die Website hat „%1“ auch geändert.&lt;/b&gt; Was nur einer von Ihnen geändert hat, ist schon übernommen. Wo Sie beide dieselbe Stelle geändert haben (%n Stellen), wählen Sie, was bleibt. Veröffentlicht wird erst mit Ergebnis veröffentlichen; Abbrechen lässt alles, wie es war.</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole file
both changed it</source>
        <translation>Die ganze Datei
beide haben sie geändert</translation>
    </message>
    <message>
        <source>both changed it</source>
        <translation>beide haben es geändert</translation>
    </message>
    <message>
        <source>changed on the site</source>
        <translation>auf der Website geändert</translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation>von Ihnen geändert</translation>
    </message>
    <message>
        <source>Field “%1”</source>
        <translation>Feld „%1“</translation>
    </message>
    <message>
        <source>%1 at line %2</source>
        <translation>%1 in Zeile %2</translation>
    </message>
    <message>
        <source>line %1 of yours</source>
        <translation>Zeile %1 Ihrer Fassung</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>%1 is kept whole, as the side you choose has it.</source>
        <translation>%1 wird als Ganzes behalten, wie die gewählte Seite es hat.</translation>
    </message>
    <message>
        <source>Publishing the result…</source>
        <translation>Veröffentliche das Ergebnis…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
</context>
<context>
    <name>Postwright::App::DeletedPostsDialog</name>
    <message>
        <source>&amp;Bring Back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <source>Write the post&apos;s last version to its old place and open it</source>
        <translation>Die letzte Fassung des Beitrags an ihren alten Platz schreiben und öffnen</translation>
    </message>
    <message>
        <source>%1
deleted %2 · %3</source>
        <translation>%1
gelöscht %2 · %3</translation>
    </message>
    <message>
        <source>No deleted posts: git&apos;s history of this blog has none that are not back.</source>
        <translation>Keine gelöschten Beiträge: Der git-Verlauf dieses Blogs hat keine, die nicht wieder da sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) deleted in this blog&apos;s history, most recent first. Bring one back to write its last version to its old place; publishing it puts it on the site again.</source>
        <translation>
            <numerusform>%n Beitrag im Verlauf dieses Blogs gelöscht, der jüngste zuerst. Holen Sie einen zurück, um seine letzte Fassung an den alten Platz zu schreiben; veröffentlicht steht er wieder auf der Website.</numerusform>
            <numerusform>%n Beiträge im Verlauf dieses Blogs gelöscht, der jüngste zuerst. Holen Sie einen zurück, um seine letzte Fassung an den alten Platz zu schreiben; veröffentlicht steht er wieder auf der Website.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot bring the post back</source>
        <translation>Der Beitrag kann nicht zurückgeholt werden</translation>
    </message>
    <message>
        <source>There is a file at %1 already; move it away first.</source>
        <translation>Unter %1 liegt schon eine Datei; verschieben Sie sie zuerst.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::App::FindReplaceBar</name>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer &amp;Ausdruck</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriges</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächstes</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>Ungültiger Ausdruck: %1</translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation>Am Anfang fortgesetzt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::App::FormBinding</name>
    <message>
        <source>scheduled: appears on %1</source>
        <translation>geplant: erscheint am %1</translation>
    </message>
    <message>
        <source>expired: the site no longer shows it</source>
        <translation>abgelaufen: die Website zeigt ihn nicht mehr</translation>
    </message>
</context>
<context>
    <name>Postwright::App::FrontMatterForm</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>&amp;Go to line %1</source>
        <translation>&amp;Zu Zeile %1</translation>
    </message>
    <message>
        <source>%1 · %2 words</source>
        <translation>%1 · %2 Wörter</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search engines show %1–%2 characters: this may be too short</source>
        <translation>Suchmaschinen zeigen %1–%2 Zeichen: Das ist vielleicht zu kurz</translation>
    </message>
    <message>
        <source>Search engines show %1–%2 characters: this will be cut off</source>
        <translation>Suchmaschinen zeigen %1–%2 Zeichen: Das wird abgeschnitten</translation>
    </message>
    <message>
        <source>“%1” is not a date Postwright can read; a date set here replaces it</source>
        <translation>„%1“ ist kein Datum, das Postwright lesen kann; ein hier gesetztes Datum ersetzt es</translation>
    </message>
    <message>
        <source>This post has no date yet: set one here, or press Now</source>
        <translation>Dieser Beitrag hat noch kein Datum: hier eines setzen oder „Jetzt“ drücken</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Where the site will have this post once it is built</source>
        <translation>Wo die Website diesen Beitrag zeigt, sobald sie gebaut ist</translation>
    </message>
</context>
<context>
    <name>Postwright::App::HistoryDialog</name>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>Diese Fassung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Put this version in the editor, as one edit that Undo takes back</source>
        <translation>Diese Fassung in den Editor setzen, als eine Änderung, die Rückgängig zurücknimmt</translation>
    </message>
    <message>
        <source>Unsaved text kept %1
for recovery</source>
        <translation>Ungesicherter Text, %1
zur Wiederherstellung aufbewahrt</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>committed, not pushed</source>
        <translation>committet, nicht gepusht</translation>
    </message>
    <message>
        <source>%1 · %2
%3 · %4</source>
        <translation>%1 · %2
%3 · %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1”&lt;/b&gt; has no earlier versions: git has no commit of it yet, and no unsaved text is kept.</source>
        <translation>&lt;b&gt;„%1“&lt;/b&gt; hat keine früheren Fassungen: git hat noch keinen Commit davon, und kein ungesicherter Text ist aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;“%1”&lt;/b&gt;: %n version(s), newest first. Choose one to see what changed since, or to read it rendered; Restore puts it in the editor (Undo takes it back).</source>
        <translation>
            <numerusform>&lt;b&gt;„%1“&lt;/b&gt;: %n Fassung, die neueste zuerst. Wählen Sie eine, um zu sehen, was sich seitdem geändert hat, oder um sie dargestellt zu lesen; Wiederherstellen setzt sie in den Editor (Rückgängig nimmt es zurück).</numerusform>
            <numerusform>&lt;b&gt;„%1“&lt;/b&gt;: %n Fassungen, die neueste zuerst. Wählen Sie eine, um zu sehen, was sich seitdem geändert hat, oder um sie dargestellt zu lesen; Wiederherstellen setzt sie in den Editor (Rückgängig nimmt es zurück).</numerusform>
        </translation>
    </message>
    <message>
        <source>This version is the text now.</source>
        <translation>Diese Fassung ist der jetzige Text.</translation>
    </message>
</context>
<context>
    <name>Postwright::App::ImageDialog</name>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lade …</translation>
    </message>
    <message>
        <source>Keep its size</source>
        <translation>Größe beibehalten</translation>
    </message>
    <message>
        <source>Fit within</source>
        <translation>Einpassen in</translation>
    </message>
    <message>
        <source>Keep it (%1)</source>
        <translation>Beibehalten (%1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>WebP (smaller)</source>
        <translation>WebP (kleiner)</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>Wird berechnet …</translation>
    </message>
    <message>
        <source>Cannot use this image: %1</source>
        <translation>Dieses Bild ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels, was %4</source>
        <translation>%1, %2 × %3 Pixel, vorher %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;It still says where it was taken.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Es verrät noch, wo es aufgenommen wurde.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Where it was taken is removed.</source>
        <translation>Der Aufnahmeort wird entfernt.</translation>
    </message>
    <message>
        <source>SVG and GIF images are kept as they are.</source>
        <translation>SVG- und GIF-Bilder bleiben, wie sie sind.</translation>
    </message>
</context>
<context>
    <name>Postwright::App::LibraryPanel</name>
    <message>
        <source>Search posts</source>
        <translation>Beiträge durchsuchen</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Schlagwort-Filter</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>Nach Titel</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Reading the blog…</source>
        <translation>Lese den Blog …</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%Ln Beitrag</numerusform>
            <numerusform>%Ln Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Reading the blog… %1 of %2 posts</source>
        <translation>Lese den Blog … %1 von %2 Beiträgen</translation>
    </message>
</context>
<context>
    <name>Postwright::App::MainWindow</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>This blog has no posts yet in %1</source>
        <translation>Dieser Blog hat noch keine Beiträge in %1</translation>
    </message>
    <message>
        <source>Cannot open the post</source>
        <translation>Der Beitrag kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 · %2 words</source>
        <translation>%1 · %2 Wörter</translation>
    </message>
    <message>
        <source>Postwright kept unsaved changes to this post from %1, when it last closed without saving.</source>
        <translation>Postwright hat ungespeicherte Änderungen an diesem Beitrag vom %1 aufbewahrt, als es zuletzt ohne Speichern geschlossen wurde.</translation>
    </message>
    <message>
        <source>&amp;Restore them</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>This post was deleted or moved on disk. Save to write it again.</source>
        <translation>Dieser Beitrag wurde auf der Festplatte gelöscht oder verschoben. Speichern schreibt ihn erneut.</translation>
    </message>
    <message>
        <source>This post was changed on disk by another program.</source>
        <translation>Dieser Beitrag wurde auf der Festplatte von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>&amp;Reload from disk</source>
        <translation>Von der Festplatte &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Meine Fassung behalten</translation>
    </message>
    <message>
        <source>Open or create a post before adding images</source>
        <translation>Öffnen oder erstellen Sie einen Beitrag, bevor Sie Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — Postwright</source>
        <translation>%1[*] — Postwright</translation>
    </message>
    <message>
        <source>Cannot save the post</source>
        <translation>Der Beitrag kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Post As</source>
        <translation>Beitrag speichern unter</translation>
    </message>
    <message>
        <source>Markdown posts (*.md *.markdown)</source>
        <translation>Markdown-Beiträge (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 hat Änderungen, die nicht gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <source>Cannot create the post</source>
        <translation>Der Beitrag kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Open Post</source>
        <translation>Beitrag öffnen</translation>
    </message>
    <message>
        <source>Markdown posts (*.md *.markdown *.mdx);;All files (*)</source>
        <translation>Markdown-Beiträge (*.md *.markdown *.mdx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Blog</source>
        <translation>Blog öffnen</translation>
    </message>
    <message>
        <source>Cannot open the blog</source>
        <translation>Der Blog kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>About Postwright</source>
        <translation>Über Postwright</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Postwright %1&lt;/h3&gt;&lt;p&gt;Write posts for a blog kept in git, see them as the site shows them, and publish them with one click.&lt;/p&gt;&lt;p&gt;Markdown by cmark-gfm, git by libgit2, highlighting: %3. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Postwright %1&lt;/h3&gt;&lt;p&gt;Schreiben Sie Beiträge für einen Blog in git, sehen Sie sie so, wie die Website sie zeigt, und veröffentlichen Sie sie mit einem Klick.&lt;/p&gt;&lt;p&gt;Markdown mit cmark-gfm, git mit libgit2, Hervorhebung: %3. Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Saved; %n image link(s) now point from the new folder</source>
        <translation>
            <numerusform>Gespeichert; %n Bildlink zeigt jetzt vom neuen Ordner aus</numerusform>
            <numerusform>Gespeichert; %n Bildlinks zeigen jetzt vom neuen Ordner aus</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the post&apos;s history</source>
        <translation>Der Verlauf des Beitrags kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Restored an earlier version; Undo takes it back, Save keeps it</source>
        <translation>Eine frühere Fassung wiederhergestellt; Rückgängig nimmt es zurück, Speichern behält es</translation>
    </message>
    <message>
        <source>Cannot read the blog&apos;s history</source>
        <translation>Der Verlauf des Blogs kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Postwright::App::MarkdownEditor</name>
    <message>
        <source>Post text</source>
        <translation>Text des Beitrags</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>Linktext</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>eingefügtes Bild</translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(keine Vorschläge)</translation>
    </message>
    <message>
        <source>Add “%1” to the Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>Postwright::App::OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>Postwright::App::PostActions</name>
    <message>
        <source>Rename Post</source>
        <translation>Beitrag umbenennen</translation>
    </message>
    <message>
        <source>New name for the post&apos;s file (its address):</source>
        <translation>Neuer Name für die Datei des Beitrags (seine Adresse):</translation>
    </message>
    <message>
        <source>Keep the old address?</source>
        <translation>Alte Adresse behalten?</translation>
    </message>
    <message>
        <source>This post is published. Add its old address to its aliases, so that links to it keep working?</source>
        <translation>Dieser Beitrag ist veröffentlicht. Seine alte Adresse zu den Aliasen hinzufügen, damit Links darauf weiter funktionieren?</translation>
    </message>
    <message>
        <source>Cannot rename the post</source>
        <translation>Der Beitrag kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Delete Post</source>
        <translation>Beitrag löschen</translation>
    </message>
    <message>
        <source>Delete %1? It goes to the trash. If it is published, the next publish removes it from the site too.</source>
        <translation>%1 löschen? Der Beitrag kommt in den Papierkorb. Ist er veröffentlicht, entfernt ihn die nächste Veröffentlichung auch von der Website.</translation>
    </message>
    <message>
        <source>Cannot delete the post</source>
        <translation>Der Beitrag kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Moved to the trash: %1</source>
        <translation>In den Papierkorb verschoben: %1</translation>
    </message>
    <message>
        <source>Cannot add the image</source>
        <translation>Das Bild kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Image saved as %1</source>
        <translation>Bild gespeichert als %1</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF, WebP or SVG image.</source>
        <translation>%1 ist kein PNG-, JPEG-, GIF-, WebP- oder SVG-Bild.</translation>
    </message>
    <message>
        <source>Image saved as %1; it still says where it was taken</source>
        <translation>Bild gespeichert als %1; es verrät noch, wo es aufgenommen wurde</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::App::PostListModel</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>scheduled: appears on %1</source>
        <translation>geplant: erscheint am %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
</context>
<context>
    <name>Postwright::App::PostSession</name>
    <message>
        <source>This post mixes line endings; it will be saved with %1 only</source>
        <translation>Dieser Beitrag mischt Zeilenenden; er wird nur mit %1 gespeichert</translation>
    </message>
    <message>
        <source>the post has no file yet: choose where to save it</source>
        <translation>der Beitrag hat noch keine Datei: wählen Sie, wo er gespeichert wird</translation>
    </message>
    <message>
        <source>Could not keep a recovery copy: %1</source>
        <translation>Konnte keine Wiederherstellungskopie anlegen: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::App::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>Postwright::App::PublishDialog</name>
    <message>
        <source>&lt;b&gt;Publish “%1”&lt;/b&gt;&lt;br&gt;These files will be committed, and nothing else:</source>
        <translation>&lt;b&gt;„%1“ veröffentlichen&lt;/b&gt;&lt;br&gt;Diese Dateien werden committet, sonst nichts:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Publish “%1”&lt;/b&gt;&lt;br&gt;The post is committed; %n commit(s) will be pushed.</source>
        <translation>
            <numerusform>&lt;b&gt;„%1“ veröffentlichen&lt;/b&gt;&lt;br&gt;Der Beitrag ist committet; %n Commit wird gepusht.</numerusform>
            <numerusform>&lt;b&gt;„%1“ veröffentlichen&lt;/b&gt;&lt;br&gt;Der Beitrag ist committet; %n Commits werden gepusht.</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Push to %1 (%2), branch %3</source>
        <translation>Push nach %1 (%2), Zweig %3</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starte …</translation>
    </message>
    <message>
        <source>%1: %2 of %3 objects, %4</source>
        <translation>%1: %2 von %3 Objekten, %4</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Published: commit &lt;b&gt;%1&lt;/b&gt; is on %2, branch %3.%4</source>
        <translation>Veröffentlicht: Commit &lt;b&gt;%1&lt;/b&gt; ist auf %2, Zweig %3.%4</translation>
    </message>
    <message>
        <source> The remote had new commits; yours was added after them.</source>
        <translation> Das Remote hatte neue Commits; Ihrer wurde danach angefügt.</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab …</translation>
    </message>
    <message>
        <source>The site will show it at %1</source>
        <translation>Die Website zeigt ihn unter %1</translation>
    </message>
    <message>
        <source>Live at %1 once the site is built.</source>
        <translation>Online unter %1, sobald die Website gebaut ist.</translation>
    </message>
    <message>
        <source>%1, with its location</source>
        <translation>%1, mit Standort</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) still say where they were taken (GPS): %1. To remove it, delete the image and add it again with Insert &gt; Image.</source>
        <translation>
            <numerusform>%n Bild verrät noch, wo es aufgenommen wurde (GPS): %1. Um das zu entfernen, löschen Sie das Bild und fügen Sie es mit Einfügen &gt; Bild erneut hinzu.</numerusform>
            <numerusform>%n Bilder verraten noch, wo sie aufgenommen wurden (GPS): %1. Um das zu entfernen, löschen Sie die Bilder und fügen Sie sie mit Einfügen &gt; Bild erneut hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Check &amp;Links</source>
        <translation>&amp;Links prüfen</translation>
    </message>
    <message>
        <source>Ask each web address the post links to whether it still answers</source>
        <translation>Jede Webadresse, auf die der Beitrag verlinkt, fragen, ob sie noch antwortet</translation>
    </message>
    <message>
        <source>Checking Links… %1/%2</source>
        <translation>Links werden geprüft … %1/%2</translation>
    </message>
    <message>
        <source>Links Answer</source>
        <translation>Links antworten</translation>
    </message>
    <message>
        <source>Links Checked</source>
        <translation>Links geprüft</translation>
    </message>
    <message>
        <source>No Links to Check</source>
        <translation>Keine Links zu prüfen</translation>
    </message>
    <message>
        <source>Checking Links…</source>
        <translation>Links werden geprüft …</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Auflösen…</translation>
    </message>
    <message>
        <source>Your version and the site&apos;s side by side: choose what to keep of each</source>
        <translation>Ihre Fassung und die der Website nebeneinander: Wählen Sie, was von jeder bleibt</translation>
    </message>
    <message>
        <source>Not published: the site changed this post too</source>
        <translation>Nicht veröffentlicht: Die Website hat diesen Beitrag auch geändert</translation>
    </message>
    <message>
        <source>The site has a newer version of this post than the one you started from, and you both changed it. Nothing is lost: your commit is kept here. Press &lt;b&gt;Resolve&lt;/b&gt; to see both versions side by side and choose what to keep.</source>
        <translation>Die Website hat eine neuere Fassung dieses Beitrags als die, von der Sie ausgingen, und Sie haben ihn beide geändert. Nichts geht verloren: Ihr Commit bleibt hier erhalten. Drücken Sie &lt;b&gt;Auflösen&lt;/b&gt;, um beide Fassungen nebeneinander zu sehen und zu wählen, was bleibt.</translation>
    </message>
    <message>
        <source> What you chose of your version and the site&apos;s is now the post.</source>
        <translation> Was Sie von Ihrer Fassung und der der Website gewählt haben, ist jetzt der Beitrag.</translation>
    </message>
</context>
<context>
    <name>Postwright::App::PublishFlow</name>
    <message>
        <source>Publish a draft?</source>
        <translation>Einen Entwurf veröffentlichen?</translation>
    </message>
    <message>
        <source>“%1” is marked as a draft, so the site would not show it. Publish it and set draft to false?</source>
        <translation>„%1“ ist als Entwurf markiert, daher würde die Website ihn nicht zeigen. Veröffentlichen und draft auf false setzen?</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>Veröffentlichen nicht möglich</translation>
    </message>
    <message>
        <source>Nothing to publish</source>
        <translation>Nichts zu veröffentlichen</translation>
    </message>
    <message>
        <source>“%1” is already published: the remote has this exact text.</source>
        <translation>„%1“ ist bereits veröffentlicht: Das Remote hat genau diesen Text.</translation>
    </message>
    <message>
        <source>Who is publishing?</source>
        <translation>Wer veröffentlicht?</translation>
    </message>
    <message>
        <source>git has no name for you yet. Your name, as commits show it:</source>
        <translation>git kennt noch keinen Namen für Sie. Ihr Name, wie Commits ihn zeigen:</translation>
    </message>
    <message>
        <source>Your email address, for commits:</source>
        <translation>Ihre E-Mail-Adresse, für Commits:</translation>
    </message>
</context>
<context>
    <name>Postwright::App::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>As the site generator shows it</source>
        <translation>Wie der Website-Generator sie zeigt</translation>
    </message>
    <message>
        <source>Hugo (213 words a minute)</source>
        <translation>Hugo (213 Wörter pro Minute)</translation>
    </message>
    <message>
        <source>reading-time package (200 words a minute)</source>
        <translation>Paket reading-time (200 Wörter pro Minute)</translation>
    </message>
    <message>
        <source>Medium (275 words a minute, plus images)</source>
        <translation>Medium (275 Wörter pro Minute, plus Bilder)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Open a blog to change its settings.</source>
        <translation>Öffnen Sie einen Blog, um seine Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>For the blog in %1. Kept in Postwright&apos;s settings, not in the repository.</source>
        <translation>Für den Blog in %1. Gespeichert in den Einstellungen von Postwright, nicht im Repository.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Preview Stylesheet</source>
        <translation>Stylesheet der Vorschau</translation>
    </message>
    <message>
        <source>Stylesheets (*.css);;All files (*)</source>
        <translation>Stylesheets (*.css);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Detect automatically (found: %1)</source>
        <translation>Automatisch erkennen (gefunden: %1)</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>languages %1</source>
        <translation>Sprachen %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <source>CJK word counts</source>
        <translation>CJK-Wortzählung</translation>
    </message>
    <message>
        <source>no CJK word counts</source>
        <translation>keine CJK-Wortzählung</translation>
    </message>
    <message>
        <source>builds future posts</source>
        <translation>baut zukünftige Beiträge</translation>
    </message>
    <message>
        <source>could not read %1</source>
        <translation>konnte %1 nicht lesen</translation>
    </message>
    <message>
        <source>Read from the site&apos;s configuration: %1.</source>
        <translation>Aus der Konfiguration der Website gelesen: %1.</translation>
    </message>
</context>
<context>
    <name>Postwright::App::SitePreview</name>
    <message>
        <source>Building the site with %1…</source>
        <translation>Die Website wird mit %1 gebaut …</translation>
    </message>
    <message>
        <source>The first build of a large site can take a while; the quick preview works meanwhile.</source>
        <translation>Der erste Bau einer großen Website kann etwas dauern; die Schnellvorschau funktioniert währenddessen.</translation>
    </message>
    <message>
        <source>The site view needs %1</source>
        <translation>Die Website-Ansicht braucht %1</translation>
    </message>
    <message>
        <source>a site generator</source>
        <translation>einen Website-Generator</translation>
    </message>
    <message>
        <source>The site view stopped</source>
        <translation>Die Website-Ansicht wurde beendet</translation>
    </message>
    <message>
        <source>The site view</source>
        <translation>Die Website-Ansicht</translation>
    </message>
    <message>
        <source>Shows this post as the blog&apos;s generator builds it.</source>
        <translation>Zeigt diesen Beitrag, wie der Generator des Blogs ihn baut.</translation>
    </message>
    <message>
        <source>No page for this post</source>
        <translation>Keine Seite für diesen Beitrag</translation>
    </message>
    <message>
        <source>Open or save a post to see its page as the site shows it.</source>
        <translation>Öffnen oder speichern Sie einen Beitrag, um seine Seite so zu sehen, wie die Website sie zeigt.</translation>
    </message>
    <message>
        <source>Postwright cannot tell this post&apos;s address on the site.</source>
        <translation>Postwright kann die Adresse dieses Beitrags auf der Website nicht bestimmen.</translation>
    </message>
</context>
<context>
    <name>Postwright::App::SiteView</name>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Site view</source>
        <translation>Website-Ansicht</translation>
    </message>
    <message>
        <source>The site view</source>
        <translation>Die Website-Ansicht</translation>
    </message>
    <message>
        <source>Shows this post as the blog&apos;s generator builds it.</source>
        <translation>Zeigt diesen Beitrag, wie der Generator des Blogs ihn baut.</translation>
    </message>
    <message>
        <source>The last change did not build cleanly. What the generator said:
%1</source>
        <translation>Die letzte Änderung ließ sich nicht fehlerfrei bauen. Das meldete der Generator:
%1</translation>
    </message>
</context>
<context>
    <name>Postwright::App::SpellingMenu</name>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::ConfigFile</name>
    <message>
        <source>the file is not a mapping of settings</source>
        <translation>die Datei ist keine Zuordnung von Einstellungen</translation>
    </message>
    <message>
        <source>%1 is not a TOML, YAML or JSON file</source>
        <translation>%1 ist keine TOML-, YAML- oder JSON-Datei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a configuration file</source>
        <translation>%1 ist zu groß für eine Konfigurationsdatei</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::ExternalLinkCheck</name>
    <message numerus="yes">
        <source>%n more link(s) were not checked: at most %1 are checked at a time.</source>
        <translation>
            <numerusform>%n weiterer Link wurde nicht geprüft: höchstens %1 werden auf einmal geprüft.</numerusform>
            <numerusform>%n weitere Links wurden nicht geprüft: höchstens %1 werden auf einmal geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The link %1 did not answer within %2 s.</source>
        <translation>Der Link %1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>The link %1 answers %2 %3.</source>
        <translation>Der Link %1 antwortet %2 %3.</translation>
    </message>
    <message>
        <source>The link %1 could not be reached: %2.</source>
        <translation>Der Link %1 war nicht erreichbar: %2.</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::FrontMatter</name>
    <message>
        <source>JSON front matter cannot be edited in the form yet; edit it in the text</source>
        <translation>JSON-Front-Matter kann noch nicht im Formular bearbeitet werden; bearbeiten Sie es im Text</translation>
    </message>
    <message>
        <source>the front matter that starts on line 1 is never closed: add a line with %1 where it ends</source>
        <translation>das Front Matter, das in Zeile 1 beginnt, wird nie geschlossen: Fügen Sie eine Zeile mit %1 an seinem Ende hinzu</translation>
    </message>
    <message>
        <source>the front matter has a line ending with a lone carriage return (old Mac style): save the file with LF or CRLF line endings</source>
        <translation>das Front Matter hat eine Zeile, die mit einem einzelnen Wagenrücklauf endet (alter Mac-Stil): Speichern Sie die Datei mit LF- oder CRLF-Zeilenenden</translation>
    </message>
    <message>
        <source>this front matter uses &quot;? key&quot; entries, which Postwright does not edit; edit it in the text</source>
        <translation>dieses Front Matter nutzt &quot;? key&quot;-Einträge, die Postwright nicht bearbeitet; bearbeiten Sie es im Text</translation>
    </message>
    <message>
        <source>the front matter cannot be edited until it is fixed: %1</source>
        <translation>das Front Matter kann erst bearbeitet werden, wenn es korrigiert ist: %1</translation>
    </message>
    <message>
        <source>this front matter is written as {key: value, ...}: add %1 in the text</source>
        <translation>dieses Front Matter ist als {key: value, ...} geschrieben: Fügen Sie %1 im Text hinzu</translation>
    </message>
    <message>
        <source>%1 is not a single value; edit it in the text</source>
        <translation>%1 ist kein einzelner Wert; bearbeiten Sie es im Text</translation>
    </message>
    <message>
        <source>%1 holds nested lists or mappings; edit it in the text</source>
        <translation>%1 enthält verschachtelte Listen oder Zuordnungen; bearbeiten Sie es im Text</translation>
    </message>
    <message>
        <source>%1 is not a list; edit it in the text</source>
        <translation>%1 ist keine Liste; bearbeiten Sie es im Text</translation>
    </message>
    <message>
        <source>%1 is not a single date; edit it in the text</source>
        <translation>%1 ist kein einzelnes Datum; bearbeiten Sie es im Text</translation>
    </message>
    <message>
        <source>%1 is not true or false; edit it in the text</source>
        <translation>%1 ist nicht true oder false; bearbeiten Sie es im Text</translation>
    </message>
    <message>
        <source>%1 is a table; edit it in the text</source>
        <translation>%1 ist eine Tabelle; bearbeiten Sie es im Text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write 2026-03-13, 2026-03-13T10:00:00+01:00 or now</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie 2026-03-13, 2026-03-13T10:00:00+01:00 oder now</translation>
    </message>
    <message>
        <source>draft must be true or false, not &quot;%1&quot;</source>
        <translation>draft muss true oder false sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key Postwright can set; use letters, digits, - and _</source>
        <translation>„%1“ ist kein Schlüssel, den Postwright setzen kann; verwenden Sie Buchstaben, Ziffern, - und _</translation>
    </message>
    <message>
        <source>%1 cannot be changed here without breaking the front matter; edit it in the text</source>
        <translation>%1 lässt sich hier nicht ändern, ohne das Front Matter zu beschädigen; bearbeiten Sie es im Text</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::HugoShortcodes</name>
    <message>
        <source>YouTube video</source>
        <translation>YouTube-Video</translation>
    </message>
    <message>
        <source>Vimeo video</source>
        <translation>Vimeo-Video</translation>
    </message>
    <message>
        <source>Post on X</source>
        <translation>Beitrag auf X</translation>
    </message>
    <message>
        <source>Instagram post</source>
        <translation>Instagram-Beitrag</translation>
    </message>
    <message>
        <source>GitHub gist</source>
        <translation>GitHub-Gist</translation>
    </message>
    <message>
        <source>No post of this blog is at “%1”, which a %2 shortcode links to: Hugo will stop the build.</source>
        <translation>Kein Beitrag dieses Blogs liegt unter „%1“, worauf ein %2-Shortcode verweist: Hugo wird den Build abbrechen.</translation>
    </message>
    <message>
        <source>Neither this post nor the site sets the parameter “%1”: Hugo will stop the build.</source>
        <translation>Weder dieser Beitrag noch die Website setzt den Parameter „%1“: Hugo wird den Build abbrechen.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>Neither the site nor its theme has a shortcode called “%1”: Hugo will stop the build.</source>
        <translation>Weder die Website noch ihr Theme hat einen Shortcode namens „%1“: Hugo wird den Build abbrechen.</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::ImageConversion</name>
    <message>
        <source>this is not a PNG, JPEG, GIF, WebP or SVG image</source>
        <translation>das ist kein PNG-, JPEG-, GIF-, WebP- oder SVG-Bild</translation>
    </message>
    <message>
        <source>cannot read the image: %1</source>
        <translation>das Bild kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot write the image as %1: %2</source>
        <translation>das Bild kann nicht als %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::ImageImport</name>
    <message>
        <source>this is not a PNG, JPEG, GIF, WebP or SVG image</source>
        <translation>dies ist kein PNG-, JPEG-, GIF-, WebP- oder SVG-Bild</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>kann den Ordner %1 nicht anlegen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::ImageMetadata</name>
    <message>
        <source>cannot read the image&apos;s metadata: %1</source>
        <translation>die Metadaten des Bildes können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::LiquidTags</name>
    <message>
        <source>No post of this blog is “%1”, which a %2 tag links to: Jekyll will stop the build.</source>
        <translation>Kein Beitrag dieses Blogs heißt „%1“, worauf ein %2-Tag verweist: Jekyll wird den Build abbrechen.</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::NewPost</name>
    <message>
        <source>give the post a title first</source>
        <translation>geben Sie dem Beitrag zuerst einen Titel</translation>
    </message>
    <message>
        <source>the title makes a path outside the content folder</source>
        <translation>der Titel ergibt einen Pfad außerhalb des Inhaltsordners</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>kann den Ordner %1 nicht anlegen</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::OpenTarget</name>
    <message>
        <source>%1 does not exist. Give the folder of a blog&apos;s git clone or a Markdown file</source>
        <translation>%1 existiert nicht. Geben Sie den Ordner eines git-Klons eines Blogs oder eine Markdown-Datei an</translation>
    </message>
    <message>
        <source>%1 is a bare repository (it has no files to edit). Open a clone of it instead</source>
        <translation>%1 ist ein Bare-Repository (es hat keine Dateien zum Bearbeiten). Öffnen Sie stattdessen einen Klon davon</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>kann %1 nicht öffnen: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::ParagraphMerge</name>
    <message>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>Front Matter</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::PostCheck</name>
    <message>
        <source>The post has no title: fill in Title in the form.</source>
        <translation>Der Beitrag hat keinen Titel: Füllen Sie „Titel“ im Formular aus.</translation>
    </message>
    <message>
        <source>The post has no date: set one in the form (Now sets today&apos;s).</source>
        <translation>Der Beitrag hat kein Datum: Setzen Sie eines im Formular („Jetzt“ setzt das heutige).</translation>
    </message>
    <message>
        <source>Scheduled for %1: the site will not show the post before then.</source>
        <translation>Geplant für %1: Die Website zeigt den Beitrag nicht vorher.</translation>
    </message>
    <message>
        <source>Past its expiry date: the site will not show the post.</source>
        <translation>Nach seinem Ablaufdatum: Die Website zeigt den Beitrag nicht.</translation>
    </message>
    <message>
        <source>The post is a draft: publishing asks whether to set draft: false.</source>
        <translation>Der Beitrag ist ein Entwurf: Beim Veröffentlichen wird gefragt, ob draft: false gesetzt werden soll.</translation>
    </message>
    <message>
        <source>The summary is %1 characters; search engines show about %2.</source>
        <translation>Die Zusammenfassung hat %1 Zeichen; Suchmaschinen zeigen etwa %2.</translation>
    </message>
    <message>
        <source>The image %1 has no alt text: readers who cannot see it get nothing.</source>
        <translation>Das Bild %1 hat keinen Alternativtext: Wer es nicht sehen kann, bekommt nichts.</translation>
    </message>
    <message>
        <source>The image %1 is not in the blog: add it, or correct the address.</source>
        <translation>Das Bild %1 ist nicht im Blog: Fügen Sie es hinzu oder korrigieren Sie die Adresse.</translation>
    </message>
    <message>
        <source>The linked file %1 is not in the blog: add it, or correct the link.</source>
        <translation>Die verlinkte Datei %1 ist nicht im Blog: Fügen Sie sie hinzu oder korrigieren Sie den Link.</translation>
    </message>
    <message>
        <source>The post has no “%1”, which the site&apos;s archetype (%2) gives every post.</source>
        <translation>Dem Beitrag fehlt „%1“, das der Archetyp der Website (%2) jedem Beitrag gibt.</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::PostFiles</name>
    <message>
        <source>%1 already exists: choose another name</source>
        <translation>%1 existiert bereits: Wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation>kann %1 nicht umbenennen</translation>
    </message>
    <message>
        <source>cannot move %1 to the trash; nothing was deleted</source>
        <translation>%1 kann nicht in den Papierkorb verschoben werden; nichts wurde gelöscht</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::PostHistory</name>
    <message>
        <source>cannot read the history of this repository</source>
        <translation>kann den Verlauf dieses Repositorys nicht lesen</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::PostStatus</name>
    <message>
        <source>not in a git repository</source>
        <translation>nicht in einem git-Repository</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>changed since publish</source>
        <translation>seit der Veröffentlichung geändert</translation>
    </message>
    <message>
        <source>committed, not pushed</source>
        <translation>committet, nicht gepusht</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>git state unknown</source>
        <translation>Git-Stand unbekannt</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::Publisher</name>
    <message>
        <source>the repository is bare: open a clone of it</source>
        <translation>das Repository ist bare: Öffnen Sie einen Klon davon</translation>
    </message>
    <message>
        <source>%1 is not inside the blog&apos;s repository</source>
        <translation>%1 liegt nicht im Repository des Blogs</translation>
    </message>
    <message>
        <source>the front matter has a problem on line %1: %2. Fix it, then publish</source>
        <translation>das Front Matter hat ein Problem in Zeile %1: %2. Beheben Sie es, dann veröffentlichen Sie</translation>
    </message>
    <message>
        <source>the post has no title: add one in the form or the front matter, then publish</source>
        <translation>der Beitrag hat keinen Titel: Fügen Sie einen im Formular oder im Front Matter hinzu, dann veröffentlichen Sie</translation>
    </message>
    <message>
        <source>the post has no valid date: set one in the form (Now), then publish</source>
        <translation>der Beitrag hat kein gültiges Datum: Setzen Sie eines im Formular (Jetzt), dann veröffentlichen Sie</translation>
    </message>
    <message>
        <source>Publish: %1</source>
        <translation>Veröffentlichen: %1</translation>
    </message>
    <message>
        <source>this blog has no remote named &quot;%1&quot;, so there is nowhere to publish to. Add it with `git remote add %1 URL`, or choose another remote in the blog&apos;s settings</source>
        <translation>dieser Blog hat kein Remote namens „%1“, es gibt also kein Ziel zum Veröffentlichen. Fügen Sie es mit `git remote add %1 URL` hinzu oder wählen Sie ein anderes Remote in den Einstellungen des Blogs</translation>
    </message>
    <message>
        <source>git ignores %1 (.gitignore), so it cannot be published</source>
        <translation>git ignoriert %1 (.gitignore), daher kann es nicht veröffentlicht werden</translation>
    </message>
    <message>
        <source>another git program is using this repository (.git/index.lock exists). Wait for it to finish and publish again; if none is running, delete that file</source>
        <translation>ein anderes git-Programm benutzt dieses Repository (.git/index.lock existiert). Warten Sie, bis es fertig ist, und veröffentlichen Sie erneut; läuft keines, löschen Sie diese Datei</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>Committe</translation>
    </message>
    <message>
        <source>cannot store %1 in git (is the repository read-only?)</source>
        <translation>kann %1 nicht in git speichern (ist das Repository schreibgeschützt?)</translation>
    </message>
    <message>
        <source>git does not know who you are: give your name and email (git config user.name and user.email)</source>
        <translation>git weiß nicht, wer Sie sind: Geben Sie Ihren Namen und Ihre E-Mail an (git config user.name und user.email)</translation>
    </message>
    <message>
        <source>cannot create the commit</source>
        <translation>kann den Commit nicht erstellen</translation>
    </message>
    <message>
        <source>there is nothing to publish: the repository has no commits</source>
        <translation>es gibt nichts zu veröffentlichen: Das Repository hat keine Commits</translation>
    </message>
    <message>
        <source>this blog has no remote named &quot;%1&quot;</source>
        <translation>dieser Blog hat kein Remote namens „%1“</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Pushe</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. Your commit %2 is saved in this clone; publish again to retry the push</source>
        <translation>%1. Ihr Commit %2 ist in diesem Klon gespeichert; veröffentlichen Sie erneut, um den Push zu wiederholen</translation>
    </message>
    <message>
        <source>cannot write a tree</source>
        <translation>kann keinen Tree schreiben</translation>
    </message>
    <message>
        <source>cannot write the new tree</source>
        <translation>kann den neuen Tree nicht schreiben</translation>
    </message>
    <message>
        <source>rejected by the server: %1</source>
        <translation>vom Server abgelehnt: %1</translation>
    </message>
    <message>
        <source>the remote has commits this clone does not have</source>
        <translation>das Remote hat Commits, die dieser Klon nicht hat</translation>
    </message>
    <message>
        <source>publishing was cancelled</source>
        <translation>das Veröffentlichen wurde abgebrochen</translation>
    </message>
    <message>
        <source>authentication failed for %1: check the user name and the password, token or key</source>
        <translation>Anmeldung an %1 fehlgeschlagen: Prüfen Sie Benutzername und Passwort, Token oder Schlüssel</translation>
    </message>
    <message>
        <source>could not push to %1: %2</source>
        <translation>Push nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Fetching the remote&apos;s new commits</source>
        <translation>Hole die neuen Commits des Remotes</translation>
    </message>
    <message>
        <source>could not fetch the remote&apos;s new commits</source>
        <translation>die neuen Commits des Remotes konnten nicht geholt werden</translation>
    </message>
    <message>
        <source>cannot read the commits to compare</source>
        <translation>kann die zu vergleichenden Commits nicht lesen</translation>
    </message>
    <message>
        <source>the remote&apos;s branch has no history in common with this one</source>
        <translation>der Zweig des Remotes hat keine gemeinsame Geschichte mit diesem</translation>
    </message>
    <message>
        <source>cannot compare with the remote&apos;s commits</source>
        <translation>kann nicht mit den Commits des Remotes vergleichen</translation>
    </message>
    <message>
        <source>cannot create the replayed commit</source>
        <translation>kann den neu angewendeten Commit nicht erstellen</translation>
    </message>
    <message>
        <source>the remote&apos;s new commits change files you have edited here; your commit is kept, unpushed</source>
        <translation>die neuen Commits des Remotes ändern Dateien, die Sie hier bearbeitet haben; Ihr Commit bleibt erhalten, ungepusht</translation>
    </message>
    <message>
        <source>cannot find the branch %1</source>
        <translation>kann den Zweig %1 nicht finden</translation>
    </message>
    <message>
        <source>cannot move the branch</source>
        <translation>kann den Zweig nicht verschieben</translation>
    </message>
    <message>
        <source>this clone has a merge commit the remote does not have (%1); pull and merge with git, then publish</source>
        <translation>dieser Klon hat einen Merge-Commit, den das Remote nicht hat (%1); holen und mergen Sie mit git, dann veröffentlichen Sie</translation>
    </message>
    <message>
        <source>the remote has new commits that also change %1. Your commit is kept here, unpushed: choose what to keep of each version with Resolve (on the command line: postwright resolve FILE --mine or --theirs)</source>
        <translation>das Remote hat neue Commits, die auch %1 ändern. Ihr Commit bleibt hier erhalten, ungepusht: Wählen Sie mit Auflösen, was von jeder Fassung bleibt (auf der Kommandozeile: postwright resolve DATEI --mine oder --theirs)</translation>
    </message>
    <message>
        <source>this clone&apos;s commits changed since the conflict was found; publish again to see it as it is now</source>
        <translation>die Commits dieses Klons haben sich geändert, seit der Konflikt gefunden wurde; veröffentlichen Sie erneut, um ihn so zu sehen, wie er jetzt ist</translation>
    </message>
    <message>
        <source>the remote&apos;s commits changed since the conflict was found; publish again to see it as it is now</source>
        <translation>die Commits des Remotes haben sich geändert, seit der Konflikt gefunden wurde; veröffentlichen Sie erneut, um ihn so zu sehen, wie er jetzt ist</translation>
    </message>
    <message>
        <source>%1 is not one of the files in conflict</source>
        <translation>%1 gehört nicht zu den Dateien im Konflikt</translation>
    </message>
    <message>
        <source>%1 has changed on disk since it was committed; save it and publish again, then choose again</source>
        <translation>%1 hat sich auf der Festplatte geändert, seit es committet wurde; speichern Sie und veröffentlichen Sie erneut, dann wählen Sie noch einmal</translation>
    </message>
    <message>
        <source>choose what to keep of %1 too</source>
        <translation>wählen Sie auch, was von %1 bleiben soll</translation>
    </message>
    <message>
        <source>cannot keep a backup of your commits</source>
        <translation>kann keine Sicherung Ihrer Commits anlegen</translation>
    </message>
    <message>
        <source>cannot store %1 in git</source>
        <translation>kann %1 nicht in git speichern</translation>
    </message>
    <message>
        <source>The remote changed again meanwhile: publish again to see its new changes</source>
        <translation>Das Remote hat sich inzwischen wieder geändert: Veröffentlichen Sie erneut, um seine neuen Änderungen zu sehen</translation>
    </message>
    <message>
        <source>Publish again to retry the push</source>
        <translation>Veröffentlichen Sie erneut, um den Push zu wiederholen</translation>
    </message>
    <message>
        <source>%1. The merged version is commit %2 in this clone, and your commits as they were are kept as %3. %4</source>
        <translation>%1. Die zusammengeführte Fassung ist Commit %2 in diesem Klon, und Ihre Commits, wie sie waren, bleiben als %3 erhalten. %4</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::ReadingTime</name>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::Core::RemoteSession</name>
    <message>
        <source>the SSH server did not present its host key</source>
        <translation>der SSH-Server hat seinen Host-Schlüssel nicht vorgelegt</translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED (now %2). This can mean someone is intercepting the connection. Publishing is refused; if the server was really reinstalled, remove its old line from %3</source>
        <translation>der Host-Schlüssel von %1 hat sich GEÄNDERT (jetzt %2). Das kann bedeuten, dass jemand die Verbindung abfängt. Veröffentlichen wird verweigert; wurde der Server wirklich neu installiert, entfernen Sie seine alte Zeile aus %3</translation>
    </message>
    <message>
        <source>the host key of %1 (%2) was not accepted</source>
        <translation>der Host-Schlüssel von %1 (%2) wurde nicht angenommen</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::Repository</name>
    <message>
        <source>%1 is not inside a git repository. Postwright publishes through git: open the folder of your blog&apos;s clone (run `git init` there to start one)</source>
        <translation>%1 liegt in keinem git-Repository. Postwright veröffentlicht über git: Öffnen Sie den Ordner des Klons Ihres Blogs (mit `git init` legen Sie dort eines an)</translation>
    </message>
    <message>
        <source>cannot open the git repository at %1</source>
        <translation>kann das git-Repository in %1 nicht öffnen</translation>
    </message>
    <message>
        <source>cannot create a git repository at %1</source>
        <translation>kann kein git-Repository in %1 anlegen</translation>
    </message>
    <message>
        <source>cannot read the current branch</source>
        <translation>kann den aktuellen Zweig nicht lesen</translation>
    </message>
    <message>
        <source>HEAD is detached (no branch is checked out). Check out the branch you publish to, for example with `git switch main`</source>
        <translation>HEAD ist losgelöst (kein Zweig ausgecheckt). Checken Sie den Zweig aus, in den Sie veröffentlichen, zum Beispiel mit `git switch main`</translation>
    </message>
    <message>
        <source>cannot read the git index</source>
        <translation>kann den git-Index nicht lesen</translation>
    </message>
    <message>
        <source>cannot stage %1</source>
        <translation>kann %1 nicht vormerken</translation>
    </message>
    <message>
        <source>cannot write the git index</source>
        <translation>kann den git-Index nicht schreiben</translation>
    </message>
    <message>
        <source>cannot write the tree</source>
        <translation>kann den Tree nicht schreiben</translation>
    </message>
    <message>
        <source>cannot read the tree</source>
        <translation>kann den Tree nicht lesen</translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation>kann HEAD nicht lesen</translation>
    </message>
    <message>
        <source>invalid author</source>
        <translation>ungültiger Autor</translation>
    </message>
    <message>
        <source>cannot create the commit</source>
        <translation>kann den Commit nicht erstellen</translation>
    </message>
    <message>
        <source>cannot add the remote %1</source>
        <translation>kann das Remote %1 nicht hinzufügen</translation>
    </message>
    <message>
        <source>there is no remote named %1</source>
        <translation>es gibt kein Remote namens %1</translation>
    </message>
    <message>
        <source>cannot push to %1</source>
        <translation>Push nach %1 nicht möglich</translation>
    </message>
    <message>
        <source>there is no branch %1</source>
        <translation>es gibt keinen Zweig %1</translation>
    </message>
    <message>
        <source>cannot track %1/%2</source>
        <translation>kann %1/%2 nicht verfolgen</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::SampleBlog</name>
    <message>
        <source>cannot move the sample blog into %1</source>
        <translation>kann den Beispiel-Blog nicht nach %1 verschieben</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>kann den Ordner für %1 nicht anlegen</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>kann %1 nicht schreiben</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::SiteServer</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The site view needs a Hugo, Jekyll, Astro or Eleventy site; this folder is not one Postwright recognises.</source>
        <translation>Die Website-Ansicht braucht eine Hugo-, Jekyll-, Astro- oder Eleventy-Website; diesen Ordner erkennt Postwright nicht als eine.</translation>
    </message>
    <message>
        <source>%1 is not installed here, so the site view cannot build this blog. %2</source>
        <translation>%1 ist hier nicht installiert, daher kann die Website-Ansicht diesen Blog nicht bauen. %2</translation>
    </message>
    <message>
        <source>No free port on this computer&apos;s loopback address for %1.</source>
        <translation>Kein freier Port auf der Loopback-Adresse dieses Computers für %1.</translation>
    </message>
    <message>
        <source>Could not make the folder for the site view&apos;s build: %1</source>
        <translation>Der Ordner für den Bau der Website-Ansicht konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly.
%2</source>
        <translation>%1 wurde unerwartet beendet.
%2</translation>
    </message>
    <message>
        <source>%1 could not build this site (exit code %2):
%3</source>
        <translation>%1 konnte diese Website nicht bauen (Exit-Code %2):
%3</translation>
    </message>
    <message>
        <source>%1 stopped (exit code %2):
%3</source>
        <translation>%1 wurde beendet (Exit-Code %2):
%3</translation>
    </message>
    <message>
        <source>Install Hugo with your package manager (on Debian and Ubuntu: sudo apt install hugo), then show the site view again.</source>
        <translation>Installieren Sie Hugo mit Ihrer Paketverwaltung (unter Debian und Ubuntu: sudo apt install hugo) und zeigen Sie dann die Website-Ansicht erneut an.</translation>
    </message>
    <message>
        <source>Install Jekyll with your package manager (on Debian and Ubuntu: sudo apt install jekyll), then show the site view again.</source>
        <translation>Installieren Sie Jekyll mit Ihrer Paketverwaltung (unter Debian und Ubuntu: sudo apt install jekyll) und zeigen Sie dann die Website-Ansicht erneut an.</translation>
    </message>
    <message>
        <source>This blog&apos;s Astro is not installed: its node_modules folder has no astro. Install the blog&apos;s packages (npm install in its folder), then show the site view again.</source>
        <translation>Das Astro dieses Blogs ist nicht installiert: Sein Ordner node_modules enthält kein astro. Installieren Sie die Pakete des Blogs (npm install in seinem Ordner) und zeigen Sie dann die Website-Ansicht erneut an.</translation>
    </message>
    <message>
        <source>This blog&apos;s Eleventy is not installed: its node_modules folder has no eleventy. Install the blog&apos;s packages (npm install in its folder), then show the site view again.</source>
        <translation>Das Eleventy dieses Blogs ist nicht installiert: Sein Ordner node_modules enthält kein eleventy. Installieren Sie die Pakete des Blogs (npm install in seinem Ordner) und zeigen Sie dann die Website-Ansicht erneut an.</translation>
    </message>
    <message>
        <source>The theme “%1” needs Hugo %2 or newer; this computer has Hugo %3. Install a newer Hugo, or use a release of the theme made for Hugo %3.</source>
        <translation>Das Theme „%1“ braucht Hugo %2 oder neuer; auf diesem Computer ist Hugo %3 installiert. Installieren Sie ein neueres Hugo oder verwenden Sie eine Version des Themes, die für Hugo %3 gemacht ist.</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::TextFile</name>
    <message>
        <source>this is a binary file (it contains a NUL byte), not a Markdown post; Postwright opens text files only</source>
        <translation>dies ist eine Binärdatei (sie enthält ein NUL-Byte), kein Markdown-Beitrag; Postwright öffnet nur Textdateien</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1); Postwright will not open it because saving would change bytes it cannot show. Convert it to UTF-8 first, for example with iconv</source>
        <translation>die Datei ist kein gültiges UTF-8 (Byte 0x%1); Postwright öffnet sie nicht, weil Speichern Bytes ändern würde, die es nicht anzeigen kann. Wandeln Sie sie zuerst in UTF-8 um, zum Beispiel mit iconv</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1 is %2, too large for a post (the limit is %3); open it in a text editor instead</source>
        <translation>%1 ist %2 groß, zu groß für einen Beitrag (die Grenze ist %3); öffnen Sie sie stattdessen in einem Texteditor</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is large (%2); editing and preview may be slow</source>
        <translation>%1 ist groß (%2); Bearbeiten und Vorschau können langsam sein</translation>
    </message>
    <message>
        <source>choose another folder with Save As</source>
        <translation>wählen Sie mit „Speichern unter“ einen anderen Ordner</translation>
    </message>
    <message>
        <source>the disk it is on (%1) is mounted read-only</source>
        <translation>der Datenträger (%1) ist schreibgeschützt eingehängt</translation>
    </message>
    <message>
        <source>the disk is full (%1 free, the post needs %2)</source>
        <translation>der Datenträger ist voll (%1 frei, der Beitrag braucht %2)</translation>
    </message>
    <message>
        <source>free some space or choose another folder with Save As</source>
        <translation>schaffen Sie Platz oder wählen Sie mit „Speichern unter“ einen anderen Ordner</translation>
    </message>
    <message>
        <source>the folder is not writable for you</source>
        <translation>der Ordner ist für Sie nicht beschreibbar</translation>
    </message>
    <message>
        <source>cannot save %1: %2. The text is still in the editor and nothing on disk was changed; %3</source>
        <translation>%1 kann nicht gespeichert werden: %2. Der Text ist noch im Editor und auf der Festplatte wurde nichts geändert; %3</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::TomlBlockParser</name>
    <message>
        <source>malformed front matter: %1</source>
        <translation>fehlerhaftes Front Matter: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::YamlBlockParser</name>
    <message>
        <source>the front matter contains a byte order mark (U+FEFF): delete that invisible character</source>
        <translation>das Front Matter enthält eine Byte-Order-Markierung (U+FEFF): Löschen Sie dieses unsichtbare Zeichen</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first on line %2): remove one of them</source>
        <translation>doppelter Schlüssel „%1“ (zuerst in Zeile %2): Entfernen Sie einen davon</translation>
    </message>
    <message>
        <source> (tabs cannot indent YAML: use spaces)</source>
        <translation> (Tabulatoren können YAML nicht einrücken: Verwenden Sie Leerzeichen)</translation>
    </message>
    <message>
        <source>malformed front matter: %1</source>
        <translation>fehlerhaftes Front Matter: %1</translation>
    </message>
    <message>
        <source>a second &quot;---&quot; inside the front matter starts another document: remove it or close the front matter there</source>
        <translation>ein zweites &quot;---&quot; im Front Matter beginnt ein weiteres Dokument: Entfernen Sie es oder schließen Sie das Front Matter dort</translation>
    </message>
    <message>
        <source>front matter must be &quot;key: value&quot; lines, not plain text</source>
        <translation>Front Matter muss aus Zeilen &quot;key: value&quot; bestehen, nicht aus einfachem Text</translation>
    </message>
    <message>
        <source>front matter must be &quot;key: value&quot; lines, not a list</source>
        <translation>Front Matter muss aus Zeilen &quot;key: value&quot; bestehen, nicht aus einer Liste</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Files to commit</source>
        <translation>Zu committende Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Commit &amp;message</source>
        <translation>Commit-&amp;Nachricht</translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation>Commit-Nachricht</translation>
    </message>
    <message>
        <source>Publishing progress</source>
        <translation>Fortschritt der Veröffentlichung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What the check before publishing found</source>
        <translation>Was die Prüfung vor dem Veröffentlichen gefunden hat</translation>
    </message>
    <message>
        <source>Double-click a line to go to it in the post</source>
        <translation>Doppelklicken Sie auf eine Zeile, um im Beitrag zu ihr zu gehen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Publish &amp;despite the errors</source>
        <translation>&amp;Trotz der Fehler veröffentlichen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>That did not work. </source>
        <translation>Das hat nicht geklappt. </translation>
    </message>
    <message>
        <source>Sign in to %1 to publish. For GitHub, GitLab and most hosts use an access token, not your account password.</source>
        <translation>Melden Sie sich bei %1 an, um zu veröffentlichen. Für GitHub, GitLab und die meisten Hosts verwenden Sie ein Zugriffstoken, nicht Ihr Kontopasswort.</translation>
    </message>
    <message>
        <source>SSH key passphrase</source>
        <translation>Passphrase des SSH-Schlüssels</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Passphrase für %1:</translation>
    </message>
    <message>
        <source>Unknown SSH host</source>
        <translation>Unbekannter SSH-Host</translation>
    </message>
    <message>
        <source>&lt;p&gt;Postwright has not connected to &lt;b&gt;%1&lt;/b&gt; before. Its host key fingerprint is:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare it with the one your git host publishes. Connect and remember this key?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Postwright war noch nie mit &lt;b&gt;%1&lt;/b&gt; verbunden. Der Fingerabdruck seines Host-Schlüssels ist:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Vergleichen Sie ihn mit dem, den Ihr git-Host veröffentlicht. Verbinden und diesen Schlüssel merken?&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Schrift:</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>Schrift des Editors</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>Schriftgröße des Editors</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect when Postwright starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Postwright.</translation>
    </message>
    <message>
        <source>&amp;Keep a recovery copy after:</source>
        <translation>&amp;Wiederherstellungskopie nach:</translation>
    </message>
    <message>
        <source>Unsaved text is copied to a recovery folder this long after you stop typing, and at least this often while you type.</source>
        <translation>Ungespeicherter Text wird so lange nach der letzten Eingabe in einen Wiederherstellungsordner kopiert, und beim Tippen mindestens so oft.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Blog</source>
        <translation>&amp;Blog</translation>
    </message>
    <message>
        <source>Site &amp;generator:</source>
        <translation>Website-&amp;Generator:</translation>
    </message>
    <message>
        <source>&amp;Posts folder:</source>
        <translation>&amp;Ordner der Beiträge:</translation>
    </message>
    <message>
        <source>The generator&apos;s usual folder</source>
        <translation>Der übliche Ordner des Generators</translation>
    </message>
    <message>
        <source>&amp;Reading time:</source>
        <translation>&amp;Lesezeit:</translation>
    </message>
    <message>
        <source>Words per minute</source>
        <translation>Wörter pro Minute</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> Wörter pro Minute</translation>
    </message>
    <message>
        <source>Preview &amp;stylesheet:</source>
        <translation>&amp;Stylesheet der Vorschau:</translation>
    </message>
    <message>
        <source>The site&apos;s own, else a clean default</source>
        <translation>Das der Website, sonst ein schlichtes Standard-Stylesheet</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>Choose a stylesheet</source>
        <translation>Ein Stylesheet wählen</translation>
    </message>
    <message>
        <source>Allow remote &amp;images and fonts in the preview</source>
        <translation>Entfernte &amp;Bilder und Schriften in der Vorschau erlauben</translation>
    </message>
    <message>
        <source>Spelling l&amp;anguage:</source>
        <translation>Sprache der Rechtschreib&amp;prüfung:</translation>
    </message>
    <message>
        <source>Commit &amp;message:</source>
        <translation>Commit-&amp;Nachricht:</translation>
    </message>
    <message>
        <source>%1 stands for the post&apos;s title.</source>
        <translation>%1 steht für den Titel des Beitrags.</translation>
    </message>
    <message>
        <source>Publish: %1</source>
        <translation>Veröffentlichen: %1</translation>
    </message>
    <message>
        <source>Re&amp;mote:</source>
        <translation>&amp;Remote:</translation>
    </message>
    <message>
        <source>Bra&amp;nch:</source>
        <translation>&amp;Zweig:</translation>
    </message>
    <message>
        <source>The branch you are on</source>
        <translation>Der Zweig, auf dem Sie sind</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>&amp;Zugangsdaten</translation>
    </message>
    <message>
        <source>Sign-ins Postwright keeps in the system keychain. Forgetting one removes it from the keychain; you are asked again at the next publish.</source>
        <translation>Anmeldungen, die Postwright im System-Schlüsselbund aufbewahrt. Vergessen entfernt eine aus dem Schlüsselbund; beim nächsten Veröffentlichen werden Sie erneut gefragt.</translation>
    </message>
    <message>
        <source>Stored sign-ins</source>
        <translation>Gespeicherte Anmeldungen</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>New &amp;images:</source>
        <translation>Neue &amp;Bilder:</translation>
    </message>
    <message>
        <source>Fit new images within this width</source>
        <translation>Neue Bilder in diese Breite einpassen</translation>
    </message>
    <message>
        <source>Keep their size</source>
        <translation>Größe beibehalten</translation>
    </message>
    <message>
        <source>At most </source>
        <translation>Höchstens </translation>
    </message>
    <message>
        <source> pixels wide</source>
        <translation> Pixel breit</translation>
    </message>
    <message>
        <source>&amp;Keep location and camera data in new images</source>
        <translation>Standort- und Kameradaten in neuen Bildern &amp;behalten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Write and publish posts for a blog kept in git.

With no PATH, opens a sample blog made for trying Postwright.

</source>
        <translation>Beiträge für einen Blog in git schreiben und veröffentlichen.

Ohne PFAD wird ein Beispiel-Blog zum Ausprobieren von Postwright geöffnet.

</translation>
    </message>
    <message>
        <source>A blog&apos;s git folder or a Markdown post.</source>
        <translation>Der git-Ordner eines Blogs oder ein Markdown-Beitrag.</translation>
    </message>
    <message>
        <source>Cannot create the sample blog</source>
        <translation>Der Beispiel-Blog kann nicht erstellt werden</translation>
    </message>
</context>
</TS>
