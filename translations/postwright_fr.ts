<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Keep &amp;yours</source>
        <translation>Garder la &amp;vôtre</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Keep the &amp;site&apos;s</source>
        <translation>Garder celle du &amp;site</translation>
    </message>
    <message>
        <source>The site&apos;s version</source>
        <translation>La version du site</translation>
    </message>
    <message>
        <source>Keep &amp;both, yours first</source>
        <translation>Garder les &amp;deux, la vôtre d’abord</translation>
    </message>
    <message>
        <source>&amp;Result (you can edit it):</source>
        <translation>&amp;Résultat (vous pouvez le modifier) :</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>Le résultat</translation>
    </message>
    <message>
        <source>Your Version and the Site&apos;s</source>
        <translation>Votre version et celle du site</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Sign in to publish</source>
        <translation>Se connecter pour publier</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nom d’utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password or token</source>
        <translation>&amp;Mot de passe ou jeton</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Mot de passe ou jeton</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Mémoriser dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>DeletedPostsDialog</name>
    <message>
        <source>Deleted Posts</source>
        <translation>Articles supprimés</translation>
    </message>
    <message>
        <source>Deleted posts</source>
        <translation>Articles supprimés</translation>
    </message>
    <message>
        <source>The post&apos;s last version, rendered</source>
        <translation>La dernière version de l’article, rendue</translation>
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The post&apos;s title</source>
        <translation>Le titre de l’article</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>One or two sentences shown in the blog&apos;s index and by search engines</source>
        <translation>Une ou deux phrases montrées dans l’index du blog et par les moteurs de recherche</translation>
    </message>
    <message>
        <source>Summary length</source>
        <translation>Longueur du résumé</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Comma-separated; known tags are suggested</source>
        <translation>Séparées par des virgules ; les étiquettes connues sont suggérées</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Maintenant</translation>
    </message>
    <message>
        <source>Set the date to now</source>
        <translation>Mettre la date à maintenant</translation>
    </message>
    <message>
        <source>D&amp;raft</source>
        <translation>&amp;Brouillon</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>Temps de lecture</translation>
    </message>
    <message>
        <source>Front matter error</source>
        <translation>Erreur dans l’en-tête</translation>
    </message>
    <message>
        <source>&amp;Go to line</source>
        <translation>&amp;Aller à la ligne</translation>
    </message>
    <message>
        <source>Address on the site</source>
        <translation>Adresse sur le site</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Post History</source>
        <translation>Historique de l’article</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>&amp;Changes to Now</source>
        <translation>&amp;Changements jusqu’à maintenant</translation>
    </message>
    <message>
        <source>What changed from this version to the text now</source>
        <translation>Ce qui a changé de cette version au texte actuel</translation>
    </message>
    <message>
        <source>This version, rendered</source>
        <translation>Cette version, rendue</translation>
    </message>
    <message>
        <source>Re&amp;ndered</source>
        <translation>Re&amp;ndu</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <source>Add an Image</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>L’image</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>Texte &amp;alternatif :</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>What the picture shows</source>
        <translation>Ce que montre l’image</translation>
    </message>
    <message>
        <source>Required: readers who cannot see the picture hear this instead. A sentence about what matters in it.</source>
        <translation>Obligatoire : les lecteurs qui ne voient pas l’image entendent ce texte à la place. Une phrase sur ce qui compte dans l’image.</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Légende :</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Optional, shown under the picture</source>
        <translation>Facultative, affichée sous l’image</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Largest width in pixels</source>
        <translation>Largeur maximale en pixels</translation>
    </message>
    <message>
        <source> pixels wide</source>
        <translation> pixels de large</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Remove &amp;location and camera data</source>
        <translation>Retirer les données de &amp;lieu et d’appareil</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>The image as it will be saved</source>
        <translation>L’image telle qu’elle sera enregistrée</translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <source>New Post</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Title of the new post</source>
        <translation>Titre du nouvel article</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>File the post will be written to</source>
        <translation>Fichier dans lequel l’article sera écrit</translation>
    </message>
</context>
<context>
    <name>Postwright::App::AppActions</name>
    <message>
        <source>&amp;New Post…</source>
        <translation>&amp;Nouvel article…</translation>
    </message>
    <message>
        <source>&amp;Open Post…</source>
        <translation>&amp;Ouvrir un article…</translation>
    </message>
    <message>
        <source>Open &amp;Blog…</source>
        <translation>Ouvrir un &amp;blog…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>Commit this post and push it to the blog&apos;s remote (Ctrl+Shift+P)</source>
        <translation>Commiter cet article et le pousser vers le dépôt distant du blog (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Blog Se&amp;ttings…</source>
        <translation>&amp;Réglages du blog…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find and Rep&amp;lace…</source>
        <translation>Rechercher et rem&amp;placer…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence pré&amp;cédente</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>Afficher l’&amp;aperçu</translation>
    </message>
    <message>
        <source>Show &amp;Outline</source>
        <translation>Afficher le p&amp;lan</translation>
    </message>
    <message>
        <source>Show &amp;Front Matter Form</source>
        <translation>Afficher le &amp;formulaire d’en-tête</translation>
    </message>
    <message>
        <source>Line &amp;Numbers</source>
        <translation>&amp;Numéros de ligne</translation>
    </message>
    <message>
        <source>Allow &amp;Remote Images and Fonts for This Blog</source>
        <translation>Autoriser les &amp;images et polices distantes pour ce blog</translation>
    </message>
    <message>
        <source>Off by default: a post&apos;s preview loads nothing from the internet</source>
        <translation>Désactivé par défaut : l’aperçu d’un article ne charge rien depuis Internet</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Réinitialiser le &amp;zoom</translation>
    </message>
    <message>
        <source>&amp;About Postwright</source>
        <translation>&amp;À propos de Postwright</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Spelling Language</source>
        <translation>&amp;Langue de l’orthographe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Image…</source>
        <translation>&amp;Image…</translation>
    </message>
    <message>
        <source>Add a picture to this post: resized, without its location data, where the site serves it</source>
        <translation>Ajouter une image à ce billet : redimensionnée, sans données de lieu, là où le site la sert</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>&amp;Quick Preview</source>
        <translation>Aperçu &amp;rapide</translation>
    </message>
    <message>
        <source>The post as you type it, in the site&apos;s style (Ctrl+Alt+1)</source>
        <translation>L’article tel que vous le tapez, dans le style du site (Ctrl+Alt+1)</translation>
    </message>
    <message>
        <source>Site &amp;View</source>
        <translation>&amp;Vue du site</translation>
    </message>
    <message>
        <source>The post&apos;s page as the blog&apos;s generator builds it, after each save (Ctrl+Alt+2)</source>
        <translation>La page de l’article telle que le générateur du blog la construit, après chaque enregistrement (Ctrl+Alt+2)</translation>
    </message>
    <message>
        <source>Post &amp;History…</source>
        <translation>&amp;Historique de l’article…</translation>
    </message>
    <message>
        <source>This post&apos;s earlier versions: compare one with the text now, or restore it (Ctrl+Shift+H)</source>
        <translation>Les versions précédentes de cet article : en comparer une avec le texte actuel, ou la restaurer (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>&amp;Deleted Posts…</source>
        <translation>Articles &amp;supprimés…</translation>
    </message>
    <message>
        <source>Posts deleted in the blog&apos;s history, to read or bring back</source>
        <translation>Les articles supprimés dans l’historique du blog, à lire ou à ramener</translation>
    </message>
</context>
<context>
    <name>Postwright::App::CommandLineCredentials</name>
    <message>
        <source>postwright: the SSH host %1 is not in known_hosts; its key fingerprint is %2. Check it, then add the host with `ssh-keyscan` or publish once from the app.</source>
        <translation>postwright : l’hôte SSH %1 n’est pas dans known_hosts ; l’empreinte de sa clé est %2. Vérifiez-la, puis ajoutez l’hôte avec `ssh-keyscan` ou publiez une fois depuis l’application.</translation>
    </message>
</context>
<context>
    <name>Postwright::App::CommandLineTool</name>
    <message>
        <source>set needs a file and at least one key=value</source>
        <translation>set demande un fichier et au moins un clé=valeur</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1 : correct</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not key=value</source>
        <translation>« %1 » n’est pas de la forme clé=valeur</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1 : inchangé</translation>
    </message>
    <message>
        <source>%1: updated</source>
        <translation>%1 : mis à jour</translation>
    </message>
    <message>
        <source>--author takes &quot;Name &lt;email&gt;&quot;</source>
        <translation>--author attend &quot;Nom &lt;e-mail&gt;&quot;</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>%1: the post is a draft; publish it with --undraft to set draft: false</source>
        <translation>%1 : l’article est un brouillon ; publiez-le avec --undraft pour mettre draft: false</translation>
    </message>
    <message>
        <source>%1: already published</source>
        <translation>%1 : déjà publié</translation>
    </message>
    <message>
        <source>Publishing &quot;%1&quot; to %2 (%3), branch %4</source>
        <translation>Publication de « %1 » vers %2 (%3), branche %4</translation>
    </message>
    <message>
        <source>%1: git does not know who you are; give --author &quot;Name &lt;email&gt;&quot; or set git config user.name and user.email</source>
        <translation>%1 : git ne sait pas qui vous êtes ; donnez --author &quot;Nom &lt;e-mail&gt;&quot; ou réglez git config user.name et user.email</translation>
    </message>
    <message>
        <source>Published %1 as commit %2%3</source>
        <translation>%1 publié dans le commit %2%3</translation>
    </message>
    <message>
        <source> (after the remote&apos;s new commits)</source>
        <translation> (après les nouveaux commits du dépôt distant)</translation>
    </message>
    <message>
        <source>list takes one blog folder at most</source>
        <translation>list accepte au plus un dossier de blog</translation>
    </message>
    <message>
        <source>%1 is not in a blog&apos;s git repository</source>
        <translation>%1 n’est dans aucun dépôt git de blog</translation>
    </message>
    <message>
        <source>warning: %1 still says where it was taken (GPS)</source>
        <translation>attention : %1 indique encore où elle a été prise (GPS)</translation>
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
        <translation>Commandes (sans écran) :
  postwright stats FICHIER...         affiche un objet JSON par fichier : titre, résumé,
                                      étiquettes, date, brouillon, mots, et minutes et texte
                                      par réglage de temps de lecture (hugo, reading-time, medium)
  postwright list [BLOG]              affiche un objet JSON par article du blog (par défaut,
                                      celui du dossier courant) : chemin, titre, date, brouillon,
                                      état, langue, traductions, temps de lecture, adresse
  postwright check [--links] FICHIER...  vérifie les articles avant publication (en-tête, titre
                                      et date, images et fichiers liés, refs, texte alternatif,
                                      résumé, programmation) ; erreurs en fichier:ligne: message
                                      (sortie 1), avertissements sur la sortie standard en
                                      fichier:ligne: warning: message ; --links interroge aussi
                                      chaque lien http(s) (40 au plus)
  postwright set FICHIER clé=valeur...  modifie des champs de l’en-tête sur place, en ne
                                      touchant que leurs octets (tags=a,b  date=now  draft=false)
  postwright publish FICHIER...       commite chaque article (et les images qu’il lie) et
      [--message TEXTE]               le pousse vers le dépôt distant du blog ; affiche le reçu
      [--author &quot;Nom &lt;e-mail&gt;&quot;]       et l’identifiant du commit. Un brouillon est refusé sauf si
      [--undraft]                     --undraft met d’abord draft: false. Si le dépôt distant a
                                      modifié le même article, il sort avec 1 et nomme les
                                      fichiers en conflit
  postwright resolve FICHIER...       publie comme ci-dessus et termine un conflit avec les
      --mine | --theirs               modifications du dépôt distant : là où les deux ont changé le
                                      même champ ou paragraphe, garde votre version (--mine) ou
                                      celle du site (--theirs) ; ce qu’un seul côté a changé reste
</translation>
    </message>
    <message>
        <source>resolve takes --mine or --theirs</source>
        <translation>resolve attend --mine ou --theirs</translation>
    </message>
    <message>
        <source>conflict: %1 (changed here and on the remote)</source>
        <translation>conflit : %1 (modifié ici et sur le dépôt distant)</translation>
    </message>
    <message>
        <source>Keep your version or the site&apos;s where both changed: postwright resolve %1 --mine (or --theirs)</source>
        <translation>Gardez votre version ou celle du site là où les deux ont changé : postwright resolve %1 --mine (ou --theirs)</translation>
    </message>
    <message numerus="yes">
        <source>Resolving %n file(s) in conflict with the remote, keeping %1 where both changed</source>
        <translation>
            <numerusform>Résolution de %n fichier en conflit avec le dépôt distant, en gardant %1 là où les deux ont changé</numerusform>
            <numerusform>Résolution de %n fichiers en conflit avec le dépôt distant, en gardant %1 là où les deux ont changé</numerusform>
        </translation>
    </message>
    <message>
        <source>yours</source>
        <translation>votre version</translation>
    </message>
    <message>
        <source>the site&apos;s</source>
        <translation>celle du site</translation>
    </message>
</context>
<context>
    <name>Postwright::App::ConflictDialog</name>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>A file of %1, kept whole</source>
        <translation>Un fichier de %1, gardé en entier</translation>
    </message>
    <message>
        <source>&amp;Publish the Result</source>
        <translation>&amp;Publier le résultat</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The site changed “%1” too.&lt;/b&gt; Where only one of you changed something, that change is kept already. Where you both changed the same part (%n place(s)), choose what to keep. Nothing is published until you press Publish the Result; Cancel leaves everything as it was.</source>
        <translation>
            <numerusform>&lt;b&gt;Le site a aussi modifié « %1 ».&lt;/b&gt; Ce qu’un seul de vous deux a modifié est déjà gardé. Là où vous avez tous deux modifié le même passage (%n endroit), choisissez ce que vous gardez. Rien n’est publié avant Publier le résultat ; Annuler laisse tout comme avant.</numerusform>
            <numerusform>&lt;b&gt;Le site a aussi modifié « %1 ».&lt;/b&gt; Ce qu’un seul de vous deux a modifié est déjà gardé. Là où vous avez tous deux modifié le même passage (%n endroits), choisissez ce que vous gardez. Rien n’est publié avant Publier le résultat ; Annuler laisse tout comme avant.</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole file
both changed it</source>
        <translation>Le fichier entier
modifié des deux côtés</translation>
    </message>
    <message>
        <source>both changed it</source>
        <translation>modifié des deux côtés</translation>
    </message>
    <message>
        <source>changed on the site</source>
        <translation>modifié sur le site</translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation>modifié par vous</translation>
    </message>
    <message>
        <source>Field “%1”</source>
        <translation>Champ « %1 »</translation>
    </message>
    <message>
        <source>%1 at line %2</source>
        <translation>%1 à la ligne %2</translation>
    </message>
    <message>
        <source>line %1 of yours</source>
        <translation>ligne %1 de votre version</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>%1 is kept whole, as the side you choose has it.</source>
        <translation>%1 est gardé en entier, tel que le côté choisi l’a.</translation>
    </message>
    <message>
        <source>Publishing the result…</source>
        <translation>Publication du résultat…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Postwright::App::DeletedPostsDialog</name>
    <message>
        <source>&amp;Bring Back</source>
        <translation>&amp;Ramener</translation>
    </message>
    <message>
        <source>Write the post&apos;s last version to its old place and open it</source>
        <translation>Écrire la dernière version de l’article à son ancienne place et l’ouvrir</translation>
    </message>
    <message>
        <source>%1
deleted %2 · %3</source>
        <translation>%1
supprimé le %2 · %3</translation>
    </message>
    <message>
        <source>No deleted posts: git&apos;s history of this blog has none that are not back.</source>
        <translation>Aucun article supprimé : l’historique git de ce blog n’en a aucun qui ne soit revenu.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) deleted in this blog&apos;s history, most recent first. Bring one back to write its last version to its old place; publishing it puts it on the site again.</source>
        <translation>
            <numerusform>%n article supprimé dans l’historique de ce blog, le plus récent d’abord. Ramenez-en un pour écrire sa dernière version à son ancienne place ; le publier le remet sur le site.</numerusform>
            <numerusform>%n articles supprimés dans l’historique de ce blog, le plus récent d’abord. Ramenez-en un pour écrire sa dernière version à son ancienne place ; le publier le remet sur le site.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot bring the post back</source>
        <translation>Impossible de ramener l’article</translation>
    </message>
    <message>
        <source>There is a file at %1 already; move it away first.</source>
        <translation>Il y a déjà un fichier à %1 ; déplacez-le d’abord.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>Postwright::App::FindReplaceBar</name>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>Expression non valide : %1</translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation>Recherche reprise au début</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::App::FormBinding</name>
    <message>
        <source>scheduled: appears on %1</source>
        <translation>programmé : paraît le %1</translation>
    </message>
    <message>
        <source>expired: the site no longer shows it</source>
        <translation>expiré : le site ne le montre plus</translation>
    </message>
</context>
<context>
    <name>Postwright::App::FrontMatterForm</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>&amp;Go to line %1</source>
        <translation>&amp;Aller à la ligne %1</translation>
    </message>
    <message>
        <source>%1 · %2 words</source>
        <translation>%1 · %2 mots</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Search engines show %1–%2 characters: this may be too short</source>
        <translation>Les moteurs de recherche affichent %1 à %2 caractères : c’est peut-être trop court</translation>
    </message>
    <message>
        <source>Search engines show %1–%2 characters: this will be cut off</source>
        <translation>Les moteurs de recherche affichent %1 à %2 caractères : ce sera coupé</translation>
    </message>
    <message>
        <source>“%1” is not a date Postwright can read; a date set here replaces it</source>
        <translation>« %1 » n’est pas une date que Postwright sait lire ; une date choisie ici la remplace</translation>
    </message>
    <message>
        <source>This post has no date yet: set one here, or press Now</source>
        <translation>Cet article n’a pas encore de date : choisissez-en une ici, ou appuyez sur Maintenant</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <source>Where the site will have this post once it is built</source>
        <translation>Où le site montrera cet article une fois construit</translation>
    </message>
</context>
<context>
    <name>Postwright::App::HistoryDialog</name>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>Put this version in the editor, as one edit that Undo takes back</source>
        <translation>Mettre cette version dans l’éditeur, en une modification qu’Annuler reprend</translation>
    </message>
    <message>
        <source>Unsaved text kept %1
for recovery</source>
        <translation>Texte non enregistré gardé le %1
pour la récupération</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>committed, not pushed</source>
        <translation>commité, non poussé</translation>
    </message>
    <message>
        <source>%1 · %2
%3 · %4</source>
        <translation>%1 · %2
%3 · %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1”&lt;/b&gt; has no earlier versions: git has no commit of it yet, and no unsaved text is kept.</source>
        <translation>&lt;b&gt;« %1 »&lt;/b&gt; n’a pas de version précédente : git n’en a encore aucun commit, et aucun texte non enregistré n’est gardé.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;“%1”&lt;/b&gt;: %n version(s), newest first. Choose one to see what changed since, or to read it rendered; Restore puts it in the editor (Undo takes it back).</source>
        <translation>
            <numerusform>&lt;b&gt;« %1 »&lt;/b&gt; : %n version, la plus récente d’abord. Choisissez-en une pour voir ce qui a changé depuis, ou pour la lire rendue ; Restaurer la met dans l’éditeur (Annuler la reprend).</numerusform>
            <numerusform>&lt;b&gt;« %1 »&lt;/b&gt; : %n versions, la plus récente d’abord. Choisissez-en une pour voir ce qui a changé depuis, ou pour la lire rendue ; Restaurer la met dans l’éditeur (Annuler la reprend).</numerusform>
        </translation>
    </message>
    <message>
        <source>This version is the text now.</source>
        <translation>Cette version est le texte actuel.</translation>
    </message>
</context>
<context>
    <name>Postwright::App::ImageDialog</name>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Keep its size</source>
        <translation>Garder sa taille</translation>
    </message>
    <message>
        <source>Fit within</source>
        <translation>Ajuster à</translation>
    </message>
    <message>
        <source>Keep it (%1)</source>
        <translation>Le garder (%1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>WebP (smaller)</source>
        <translation>WebP (plus léger)</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d’aperçu</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Cannot use this image: %1</source>
        <translation>Impossible d’utiliser cette image : %1</translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels, was %4</source>
        <translation>%1, %2 × %3 pixels, au lieu de %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;It still says where it was taken.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Elle indique encore où elle a été prise.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Where it was taken is removed.</source>
        <translation>Le lieu de la prise de vue est retiré.</translation>
    </message>
    <message>
        <source>SVG and GIF images are kept as they are.</source>
        <translation>Les images SVG et GIF sont gardées telles quelles.</translation>
    </message>
</context>
<context>
    <name>Postwright::App::LibraryPanel</name>
    <message>
        <source>Search posts</source>
        <translation>Rechercher dans les articles</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre d’étiquette</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Les plus récents d’abord</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>Par titre</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Reading the blog…</source>
        <translation>Lecture du blog…</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>Reading the blog… %1 of %2 posts</source>
        <translation>Lecture du blog… %1 sur %2 articles</translation>
    </message>
</context>
<context>
    <name>Postwright::App::MainWindow</name>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>This blog has no posts yet in %1</source>
        <translation>Ce blog n’a pas encore d’articles dans %1</translation>
    </message>
    <message>
        <source>Cannot open the post</source>
        <translation>Impossible d’ouvrir l’article</translation>
    </message>
    <message>
        <source>%1 · %2 words</source>
        <translation>%1 · %2 mots</translation>
    </message>
    <message>
        <source>Postwright kept unsaved changes to this post from %1, when it last closed without saving.</source>
        <translation>Postwright a gardé des modifications non enregistrées de cet article du %1, quand il a été fermé sans enregistrer.</translation>
    </message>
    <message>
        <source>&amp;Restore them</source>
        <translation>&amp;Les restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>Les &amp;abandonner</translation>
    </message>
    <message>
        <source>This post was deleted or moved on disk. Save to write it again.</source>
        <translation>Cet article a été supprimé ou déplacé sur le disque. Enregistrez pour l’écrire à nouveau.</translation>
    </message>
    <message>
        <source>This post was changed on disk by another program.</source>
        <translation>Cet article a été modifié sur le disque par un autre programme.</translation>
    </message>
    <message>
        <source>&amp;Reload from disk</source>
        <translation>&amp;Recharger depuis le disque</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>Open or create a post before adding images</source>
        <translation>Ouvrez ou créez un article avant d’ajouter des images</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1[*] — Postwright</source>
        <translation>%1[*] — Postwright</translation>
    </message>
    <message>
        <source>Cannot save the post</source>
        <translation>Impossible d’enregistrer l’article</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save Post As</source>
        <translation>Enregistrer l’article sous</translation>
    </message>
    <message>
        <source>Markdown posts (*.md *.markdown)</source>
        <translation>Articles Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Cannot create the post</source>
        <translation>Impossible de créer l’article</translation>
    </message>
    <message>
        <source>Open Post</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <source>Markdown posts (*.md *.markdown *.mdx);;All files (*)</source>
        <translation>Articles Markdown (*.md *.markdown *.mdx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Blog</source>
        <translation>Ouvrir un blog</translation>
    </message>
    <message>
        <source>Cannot open the blog</source>
        <translation>Impossible d’ouvrir le blog</translation>
    </message>
    <message>
        <source>About Postwright</source>
        <translation>À propos de Postwright</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Postwright %1&lt;/h3&gt;&lt;p&gt;Write posts for a blog kept in git, see them as the site shows them, and publish them with one click.&lt;/p&gt;&lt;p&gt;Markdown by cmark-gfm, git by libgit2, highlighting: %3. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Postwright %1&lt;/h3&gt;&lt;p&gt;Écrivez les articles d’un blog gardé dans git, voyez-les comme le site les montre, et publiez-les en un clic.&lt;/p&gt;&lt;p&gt;Markdown par cmark-gfm, git par libgit2, coloration : %3. Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Saved; %n image link(s) now point from the new folder</source>
        <translation>
            <numerusform>Enregistré ; %n lien d’image pointe maintenant depuis le nouveau dossier</numerusform>
            <numerusform>Enregistré ; %n liens d’image pointent maintenant depuis le nouveau dossier</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the post&apos;s history</source>
        <translation>Impossible de lire l’historique de l’article</translation>
    </message>
    <message>
        <source>Restored an earlier version; Undo takes it back, Save keeps it</source>
        <translation>Version précédente restaurée ; Annuler la reprend, Enregistrer la garde</translation>
    </message>
    <message>
        <source>Cannot read the blog&apos;s history</source>
        <translation>Impossible de lire l’historique du blog</translation>
    </message>
</context>
<context>
    <name>Postwright::App::MarkdownEditor</name>
    <message>
        <source>Post text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>texte du lien</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>image collée</translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(aucune suggestion)</translation>
    </message>
    <message>
        <source>Add “%1” to the Dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire</translation>
    </message>
</context>
<context>
    <name>Postwright::App::OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
</context>
<context>
    <name>Postwright::App::PostActions</name>
    <message>
        <source>Rename Post</source>
        <translation>Renommer l’article</translation>
    </message>
    <message>
        <source>New name for the post&apos;s file (its address):</source>
        <translation>Nouveau nom du fichier de l’article (son adresse) :</translation>
    </message>
    <message>
        <source>Keep the old address?</source>
        <translation>Garder l’ancienne adresse ?</translation>
    </message>
    <message>
        <source>This post is published. Add its old address to its aliases, so that links to it keep working?</source>
        <translation>Cet article est publié. Ajouter son ancienne adresse à ses alias, pour que les liens vers lui continuent de fonctionner ?</translation>
    </message>
    <message>
        <source>Cannot rename the post</source>
        <translation>Impossible de renommer l’article</translation>
    </message>
    <message>
        <source>Delete Post</source>
        <translation>Supprimer l’article</translation>
    </message>
    <message>
        <source>Delete %1? It goes to the trash. If it is published, the next publish removes it from the site too.</source>
        <translation>Supprimer %1 ? Il va à la corbeille. S’il est publié, la prochaine publication le retire aussi du site.</translation>
    </message>
    <message>
        <source>Cannot delete the post</source>
        <translation>Impossible de supprimer l’article</translation>
    </message>
    <message>
        <source>Moved to the trash: %1</source>
        <translation>Mis à la corbeille : %1</translation>
    </message>
    <message>
        <source>Cannot add the image</source>
        <translation>Impossible d’ajouter l’image</translation>
    </message>
    <message>
        <source>Image saved as %1</source>
        <translation>Image enregistrée sous %1</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF, WebP or SVG image.</source>
        <translation>%1 n’est pas une image PNG, JPEG, GIF, WebP ou SVG.</translation>
    </message>
    <message>
        <source>Image saved as %1; it still says where it was taken</source>
        <translation>Image enregistrée sous %1 ; elle indique encore où elle a été prise</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Postwright::App::PostListModel</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>scheduled: appears on %1</source>
        <translation>programmé : paraît le %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
</context>
<context>
    <name>Postwright::App::PostSession</name>
    <message>
        <source>This post mixes line endings; it will be saved with %1 only</source>
        <translation>Cet article mélange les fins de ligne ; il sera enregistré avec %1 seulement</translation>
    </message>
    <message>
        <source>the post has no file yet: choose where to save it</source>
        <translation>l’article n’a pas encore de fichier : choisissez où l’enregistrer</translation>
    </message>
    <message>
        <source>Could not keep a recovery copy: %1</source>
        <translation>Impossible de garder une copie de récupération : %1</translation>
    </message>
</context>
<context>
    <name>Postwright::App::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>Postwright::App::PublishDialog</name>
    <message>
        <source>&lt;b&gt;Publish “%1”&lt;/b&gt;&lt;br&gt;These files will be committed, and nothing else:</source>
        <translation>&lt;b&gt;Publier « %1 »&lt;/b&gt;&lt;br&gt;Ces fichiers seront commités, et rien d’autre :</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Publish “%1”&lt;/b&gt;&lt;br&gt;The post is committed; %n commit(s) will be pushed.</source>
        <translation>
            <numerusform>&lt;b&gt;Publier « %1 »&lt;/b&gt;&lt;br&gt;L’article est commité ; %n commit sera poussé.</numerusform>
            <numerusform>&lt;b&gt;Publier « %1 »&lt;/b&gt;&lt;br&gt;L’article est commité ; %n commits seront poussés.</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Push to %1 (%2), branch %3</source>
        <translation>Pousser vers %1 (%2), branche %3</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 objects, %4</source>
        <translation>%1 : %2 objets sur %3, %4</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Published: commit &lt;b&gt;%1&lt;/b&gt; is on %2, branch %3.%4</source>
        <translation>Publié : le commit &lt;b&gt;%1&lt;/b&gt; est sur %2, branche %3.%4</translation>
    </message>
    <message>
        <source> The remote had new commits; yours was added after them.</source>
        <translation> Le dépôt distant avait de nouveaux commits ; le vôtre a été ajouté après eux.</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Non publié</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The site will show it at %1</source>
        <translation>Le site le montrera à %1</translation>
    </message>
    <message>
        <source>Live at %1 once the site is built.</source>
        <translation>En ligne à %1 une fois le site construit.</translation>
    </message>
    <message>
        <source>%1, with its location</source>
        <translation>%1, avec son lieu</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) still say where they were taken (GPS): %1. To remove it, delete the image and add it again with Insert &gt; Image.</source>
        <translation>
            <numerusform>%n image indique encore où elle a été prise (GPS) : %1. Pour le retirer, supprimez l’image et ajoutez-la de nouveau avec Insérer &gt; Image.</numerusform>
            <numerusform>%n images indiquent encore où elles ont été prises (GPS) : %1. Pour le retirer, supprimez les images et ajoutez-les de nouveau avec Insérer &gt; Image.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Check &amp;Links</source>
        <translation>Vérifier les &amp;liens</translation>
    </message>
    <message>
        <source>Ask each web address the post links to whether it still answers</source>
        <translation>Demander à chaque adresse web liée par l’article si elle répond encore</translation>
    </message>
    <message>
        <source>Checking Links… %1/%2</source>
        <translation>Vérification des liens… %1/%2</translation>
    </message>
    <message>
        <source>Links Answer</source>
        <translation>Les liens répondent</translation>
    </message>
    <message>
        <source>Links Checked</source>
        <translation>Liens vérifiés</translation>
    </message>
    <message>
        <source>No Links to Check</source>
        <translation>Aucun lien à vérifier</translation>
    </message>
    <message>
        <source>Checking Links…</source>
        <translation>Vérification des liens…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Résoudre…</translation>
    </message>
    <message>
        <source>Your version and the site&apos;s side by side: choose what to keep of each</source>
        <translation>Votre version et celle du site côte à côte : choisissez ce que vous gardez de chacune</translation>
    </message>
    <message>
        <source>Not published: the site changed this post too</source>
        <translation>Non publié : le site a aussi modifié cet article</translation>
    </message>
    <message>
        <source>The site has a newer version of this post than the one you started from, and you both changed it. Nothing is lost: your commit is kept here. Press &lt;b&gt;Resolve&lt;/b&gt; to see both versions side by side and choose what to keep.</source>
        <translation>Le site a une version de cet article plus récente que celle dont vous êtes parti, et vous l’avez modifié tous les deux. Rien n’est perdu : votre commit est gardé ici. Appuyez sur &lt;b&gt;Résoudre&lt;/b&gt; pour voir les deux versions côte à côte et choisir ce que vous gardez.</translation>
    </message>
    <message>
        <source> What you chose of your version and the site&apos;s is now the post.</source>
        <translation> Ce que vous avez choisi de votre version et de celle du site est maintenant l’article.</translation>
    </message>
</context>
<context>
    <name>Postwright::App::PublishFlow</name>
    <message>
        <source>Publish a draft?</source>
        <translation>Publier un brouillon ?</translation>
    </message>
    <message>
        <source>“%1” is marked as a draft, so the site would not show it. Publish it and set draft to false?</source>
        <translation>« %1 » est marqué comme brouillon, donc le site ne le montrerait pas. Le publier et mettre draft à false ?</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>Impossible de publier</translation>
    </message>
    <message>
        <source>Nothing to publish</source>
        <translation>Rien à publier</translation>
    </message>
    <message>
        <source>“%1” is already published: the remote has this exact text.</source>
        <translation>« %1 » est déjà publié : le dépôt distant a exactement ce texte.</translation>
    </message>
    <message>
        <source>Who is publishing?</source>
        <translation>Qui publie ?</translation>
    </message>
    <message>
        <source>git has no name for you yet. Your name, as commits show it:</source>
        <translation>git n’a pas encore de nom pour vous. Votre nom, tel que les commits l’affichent :</translation>
    </message>
    <message>
        <source>Your email address, for commits:</source>
        <translation>Votre adresse e-mail, pour les commits :</translation>
    </message>
</context>
<context>
    <name>Postwright::App::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <source>As the site generator shows it</source>
        <translation>Comme le générateur du site l’affiche</translation>
    </message>
    <message>
        <source>Hugo (213 words a minute)</source>
        <translation>Hugo (213 mots par minute)</translation>
    </message>
    <message>
        <source>reading-time package (200 words a minute)</source>
        <translation>paquet reading-time (200 mots par minute)</translation>
    </message>
    <message>
        <source>Medium (275 words a minute, plus images)</source>
        <translation>Medium (275 mots par minute, plus les images)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Open a blog to change its settings.</source>
        <translation>Ouvrez un blog pour modifier ses réglages.</translation>
    </message>
    <message>
        <source>For the blog in %1. Kept in Postwright&apos;s settings, not in the repository.</source>
        <translation>Pour le blog dans %1. Gardé dans les réglages de Postwright, pas dans le dépôt.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Preview Stylesheet</source>
        <translation>Feuille de style de l’aperçu</translation>
    </message>
    <message>
        <source>Stylesheets (*.css);;All files (*)</source>
        <translation>Feuilles de style (*.css);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Detect automatically (found: %1)</source>
        <translation>Détecter automatiquement (trouvé : %1)</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Trouvé : %1</translation>
    </message>
    <message>
        <source>languages %1</source>
        <translation>langues %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>adresse %1</translation>
    </message>
    <message>
        <source>CJK word counts</source>
        <translation>mots CJK comptés</translation>
    </message>
    <message>
        <source>no CJK word counts</source>
        <translation>mots CJK non comptés</translation>
    </message>
    <message>
        <source>builds future posts</source>
        <translation>construit les articles futurs</translation>
    </message>
    <message>
        <source>could not read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>Read from the site&apos;s configuration: %1.</source>
        <translation>Lu dans la configuration du site : %1.</translation>
    </message>
</context>
<context>
    <name>Postwright::App::SitePreview</name>
    <message>
        <source>Building the site with %1…</source>
        <translation>Construction du site avec %1…</translation>
    </message>
    <message>
        <source>The first build of a large site can take a while; the quick preview works meanwhile.</source>
        <translation>La première construction d’un grand site peut prendre un moment ; l’aperçu rapide fonctionne pendant ce temps.</translation>
    </message>
    <message>
        <source>The site view needs %1</source>
        <translation>La vue du site a besoin de %1</translation>
    </message>
    <message>
        <source>a site generator</source>
        <translation>un générateur de site</translation>
    </message>
    <message>
        <source>The site view stopped</source>
        <translation>La vue du site s’est arrêtée</translation>
    </message>
    <message>
        <source>The site view</source>
        <translation>La vue du site</translation>
    </message>
    <message>
        <source>Shows this post as the blog&apos;s generator builds it.</source>
        <translation>Montre cet article tel que le générateur du blog le construit.</translation>
    </message>
    <message>
        <source>No page for this post</source>
        <translation>Pas de page pour cet article</translation>
    </message>
    <message>
        <source>Open or save a post to see its page as the site shows it.</source>
        <translation>Ouvrez ou enregistrez un article pour voir sa page telle que le site la montre.</translation>
    </message>
    <message>
        <source>Postwright cannot tell this post&apos;s address on the site.</source>
        <translation>Postwright ne peut pas déterminer l’adresse de cet article sur le site.</translation>
    </message>
</context>
<context>
    <name>Postwright::App::SiteView</name>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Site view</source>
        <translation>Vue du site</translation>
    </message>
    <message>
        <source>The site view</source>
        <translation>La vue du site</translation>
    </message>
    <message>
        <source>Shows this post as the blog&apos;s generator builds it.</source>
        <translation>Montre cet article tel que le générateur du blog le construit.</translation>
    </message>
    <message>
        <source>The last change did not build cleanly. What the generator said:
%1</source>
        <translation>La dernière modification ne s’est pas construite sans erreur. Ce que le générateur a dit :
%1</translation>
    </message>
</context>
<context>
    <name>Postwright::App::SpellingMenu</name>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Désactivée</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::ConfigFile</name>
    <message>
        <source>the file is not a mapping of settings</source>
        <translation>le fichier n’est pas une table de réglages</translation>
    </message>
    <message>
        <source>%1 is not a TOML, YAML or JSON file</source>
        <translation>%1 n’est pas un fichier TOML, YAML ou JSON</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a configuration file</source>
        <translation>%1 est trop grand pour un fichier de configuration</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::ExternalLinkCheck</name>
    <message numerus="yes">
        <source>%n more link(s) were not checked: at most %1 are checked at a time.</source>
        <translation>
            <numerusform>%n lien de plus n’a pas été vérifié : %1 au plus sont vérifiés à la fois.</numerusform>
            <numerusform>%n liens de plus n’ont pas été vérifiés : %1 au plus sont vérifiés à la fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>The link %1 did not answer within %2 s.</source>
        <translation>Le lien %1 n’a pas répondu en %2 s.</translation>
    </message>
    <message>
        <source>The link %1 answers %2 %3.</source>
        <translation>Le lien %1 répond %2 %3.</translation>
    </message>
    <message>
        <source>The link %1 could not be reached: %2.</source>
        <translation>Le lien %1 n’a pas pu être joint : %2.</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::FrontMatter</name>
    <message>
        <source>JSON front matter cannot be edited in the form yet; edit it in the text</source>
        <translation>un en-tête JSON ne peut pas encore être modifié dans le formulaire ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>the front matter that starts on line 1 is never closed: add a line with %1 where it ends</source>
        <translation>l’en-tête qui commence à la ligne 1 n’est jamais fermé : ajoutez une ligne avec %1 là où il se termine</translation>
    </message>
    <message>
        <source>the front matter has a line ending with a lone carriage return (old Mac style): save the file with LF or CRLF line endings</source>
        <translation>l’en-tête a une ligne qui se termine par un retour chariot seul (style Mac ancien) : enregistrez le fichier avec des fins de ligne LF ou CRLF</translation>
    </message>
    <message>
        <source>this front matter uses &quot;? key&quot; entries, which Postwright does not edit; edit it in the text</source>
        <translation>cet en-tête utilise des entrées &quot;? key&quot;, que Postwright ne modifie pas ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>the front matter cannot be edited until it is fixed: %1</source>
        <translation>l’en-tête ne peut pas être modifié tant qu’il n’est pas corrigé : %1</translation>
    </message>
    <message>
        <source>this front matter is written as {key: value, ...}: add %1 in the text</source>
        <translation>cet en-tête est écrit sous la forme {key: value, ...} : ajoutez %1 dans le texte</translation>
    </message>
    <message>
        <source>%1 is not a single value; edit it in the text</source>
        <translation>%1 n’est pas une valeur unique ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>%1 holds nested lists or mappings; edit it in the text</source>
        <translation>%1 contient des listes ou des tables imbriquées ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>%1 is not a list; edit it in the text</source>
        <translation>%1 n’est pas une liste ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>%1 is not a single date; edit it in the text</source>
        <translation>%1 n’est pas une date unique ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>%1 is not true or false; edit it in the text</source>
        <translation>%1 n’est ni true ni false ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>%1 is a table; edit it in the text</source>
        <translation>%1 est une table ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write 2026-03-13, 2026-03-13T10:00:00+01:00 or now</source>
        <translation>« %1 » n’est pas une date : écrivez 2026-03-13, 2026-03-13T10:00:00+01:00 ou now</translation>
    </message>
    <message>
        <source>draft must be true or false, not &quot;%1&quot;</source>
        <translation>draft doit valoir true ou false, pas « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key Postwright can set; use letters, digits, - and _</source>
        <translation>« %1 » n’est pas une clé que Postwright peut définir ; utilisez des lettres, des chiffres, - et _</translation>
    </message>
    <message>
        <source>%1 cannot be changed here without breaking the front matter; edit it in the text</source>
        <translation>%1 ne peut pas être modifié ici sans casser l’en-tête ; modifiez-le dans le texte</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::HugoShortcodes</name>
    <message>
        <source>YouTube video</source>
        <translation>Vidéo YouTube</translation>
    </message>
    <message>
        <source>Vimeo video</source>
        <translation>Vidéo Vimeo</translation>
    </message>
    <message>
        <source>Post on X</source>
        <translation>Publication sur X</translation>
    </message>
    <message>
        <source>Instagram post</source>
        <translation>Publication Instagram</translation>
    </message>
    <message>
        <source>GitHub gist</source>
        <translation>Gist GitHub</translation>
    </message>
    <message>
        <source>No post of this blog is at “%1”, which a %2 shortcode links to: Hugo will stop the build.</source>
        <translation>Aucun article de ce blog ne se trouve à « %1 », vers lequel pointe un shortcode %2 : Hugo arrêtera la construction.</translation>
    </message>
    <message>
        <source>Neither this post nor the site sets the parameter “%1”: Hugo will stop the build.</source>
        <translation>Ni cet article ni le site ne définissent le paramètre « %1 » : Hugo arrêtera la construction.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>Neither the site nor its theme has a shortcode called “%1”: Hugo will stop the build.</source>
        <translation>Ni le site ni son thème n’ont de shortcode nommé « %1 » : Hugo arrêtera la construction.</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::ImageConversion</name>
    <message>
        <source>this is not a PNG, JPEG, GIF, WebP or SVG image</source>
        <translation>ce n’est pas une image PNG, JPEG, GIF, WebP ou SVG</translation>
    </message>
    <message>
        <source>cannot read the image: %1</source>
        <translation>impossible de lire l’image : %1</translation>
    </message>
    <message>
        <source>cannot write the image as %1: %2</source>
        <translation>impossible d’écrire l’image en %1 : %2</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::ImageImport</name>
    <message>
        <source>this is not a PNG, JPEG, GIF, WebP or SVG image</source>
        <translation>ce n’est pas une image PNG, JPEG, GIF, WebP ou SVG</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::ImageMetadata</name>
    <message>
        <source>cannot read the image&apos;s metadata: %1</source>
        <translation>impossible de lire les métadonnées de l’image : %1</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::LiquidTags</name>
    <message>
        <source>No post of this blog is “%1”, which a %2 tag links to: Jekyll will stop the build.</source>
        <translation>Aucun article de ce blog n’est « %1 », vers lequel pointe une balise %2 : Jekyll arrêtera la construction.</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::NewPost</name>
    <message>
        <source>give the post a title first</source>
        <translation>donnez d’abord un titre à l’article</translation>
    </message>
    <message>
        <source>the title makes a path outside the content folder</source>
        <translation>le titre donne un chemin hors du dossier de contenu</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::OpenTarget</name>
    <message>
        <source>%1 does not exist. Give the folder of a blog&apos;s git clone or a Markdown file</source>
        <translation>%1 n’existe pas. Indiquez le dossier du clone git d’un blog ou un fichier Markdown</translation>
    </message>
    <message>
        <source>%1 is a bare repository (it has no files to edit). Open a clone of it instead</source>
        <translation>%1 est un dépôt nu (il n’a pas de fichiers à modifier). Ouvrez plutôt un clone</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::ParagraphMerge</name>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>En-tête</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::PostCheck</name>
    <message>
        <source>The post has no title: fill in Title in the form.</source>
        <translation>L’article n’a pas de titre : remplissez Titre dans le formulaire.</translation>
    </message>
    <message>
        <source>The post has no date: set one in the form (Now sets today&apos;s).</source>
        <translation>L’article n’a pas de date : indiquez-en une dans le formulaire (Maintenant met celle du jour).</translation>
    </message>
    <message>
        <source>Scheduled for %1: the site will not show the post before then.</source>
        <translation>Programmé pour le %1 : le site ne montrera pas l’article avant.</translation>
    </message>
    <message>
        <source>Past its expiry date: the site will not show the post.</source>
        <translation>Sa date d’expiration est passée : le site ne montrera pas l’article.</translation>
    </message>
    <message>
        <source>The post is a draft: publishing asks whether to set draft: false.</source>
        <translation>L’article est un brouillon : la publication demande s’il faut mettre draft: false.</translation>
    </message>
    <message>
        <source>The summary is %1 characters; search engines show about %2.</source>
        <translation>Le résumé fait %1 caractères ; les moteurs de recherche en montrent environ %2.</translation>
    </message>
    <message>
        <source>The image %1 has no alt text: readers who cannot see it get nothing.</source>
        <translation>L’image %1 n’a pas de texte alternatif : qui ne peut pas la voir n’a rien.</translation>
    </message>
    <message>
        <source>The image %1 is not in the blog: add it, or correct the address.</source>
        <translation>L’image %1 n’est pas dans le blog : ajoutez-la, ou corrigez l’adresse.</translation>
    </message>
    <message>
        <source>The linked file %1 is not in the blog: add it, or correct the link.</source>
        <translation>Le fichier lié %1 n’est pas dans le blog : ajoutez-le, ou corrigez le lien.</translation>
    </message>
    <message>
        <source>The post has no “%1”, which the site&apos;s archetype (%2) gives every post.</source>
        <translation>L’article n’a pas « %1 », que l’archétype du site (%2) donne à chaque article.</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::PostFiles</name>
    <message>
        <source>%1 already exists: choose another name</source>
        <translation>%1 existe déjà : choisissez un autre nom</translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation>impossible de renommer %1</translation>
    </message>
    <message>
        <source>cannot move %1 to the trash; nothing was deleted</source>
        <translation>impossible de mettre %1 à la corbeille ; rien n’a été supprimé</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::PostHistory</name>
    <message>
        <source>cannot read the history of this repository</source>
        <translation>impossible de lire l’historique de ce dépôt</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::PostStatus</name>
    <message>
        <source>not in a git repository</source>
        <translation>pas dans un dépôt git</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>non publié</translation>
    </message>
    <message>
        <source>changed since publish</source>
        <translation>modifié depuis la publication</translation>
    </message>
    <message>
        <source>committed, not pushed</source>
        <translation>commité, non poussé</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>git state unknown</source>
        <translation>état git inconnu</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::Publisher</name>
    <message>
        <source>the repository is bare: open a clone of it</source>
        <translation>le dépôt est nu : ouvrez-en un clone</translation>
    </message>
    <message>
        <source>%1 is not inside the blog&apos;s repository</source>
        <translation>%1 n’est pas dans le dépôt du blog</translation>
    </message>
    <message>
        <source>the front matter has a problem on line %1: %2. Fix it, then publish</source>
        <translation>l’en-tête a un problème à la ligne %1 : %2. Corrigez-le, puis publiez</translation>
    </message>
    <message>
        <source>the post has no title: add one in the form or the front matter, then publish</source>
        <translation>l’article n’a pas de titre : ajoutez-en un dans le formulaire ou l’en-tête, puis publiez</translation>
    </message>
    <message>
        <source>the post has no valid date: set one in the form (Now), then publish</source>
        <translation>l’article n’a pas de date valide : indiquez-en une dans le formulaire (Maintenant), puis publiez</translation>
    </message>
    <message>
        <source>Publish: %1</source>
        <translation>Publication : %1</translation>
    </message>
    <message>
        <source>this blog has no remote named &quot;%1&quot;, so there is nowhere to publish to. Add it with `git remote add %1 URL`, or choose another remote in the blog&apos;s settings</source>
        <translation>ce blog n’a pas de dépôt distant nommé « %1 », il n’y a donc nulle part où publier. Ajoutez-le avec `git remote add %1 URL`, ou choisissez un autre dépôt distant dans les réglages du blog</translation>
    </message>
    <message>
        <source>git ignores %1 (.gitignore), so it cannot be published</source>
        <translation>git ignore %1 (.gitignore), il ne peut donc pas être publié</translation>
    </message>
    <message>
        <source>another git program is using this repository (.git/index.lock exists). Wait for it to finish and publish again; if none is running, delete that file</source>
        <translation>un autre programme git utilise ce dépôt (.git/index.lock existe). Attendez qu’il finisse et publiez à nouveau ; si aucun ne tourne, supprimez ce fichier</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>Commit en cours</translation>
    </message>
    <message>
        <source>cannot store %1 in git (is the repository read-only?)</source>
        <translation>impossible d’enregistrer %1 dans git (le dépôt est-il en lecture seule ?)</translation>
    </message>
    <message>
        <source>git does not know who you are: give your name and email (git config user.name and user.email)</source>
        <translation>git ne sait pas qui vous êtes : donnez votre nom et votre e-mail (git config user.name et user.email)</translation>
    </message>
    <message>
        <source>cannot create the commit</source>
        <translation>impossible de créer le commit</translation>
    </message>
    <message>
        <source>there is nothing to publish: the repository has no commits</source>
        <translation>il n’y a rien à publier : le dépôt n’a aucun commit</translation>
    </message>
    <message>
        <source>this blog has no remote named &quot;%1&quot;</source>
        <translation>ce blog n’a pas de dépôt distant nommé « %1 »</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. Your commit %2 is saved in this clone; publish again to retry the push</source>
        <translation>%1. Votre commit %2 est gardé dans ce clone ; publiez à nouveau pour réessayer l’envoi</translation>
    </message>
    <message>
        <source>cannot write a tree</source>
        <translation>impossible d’écrire un arbre</translation>
    </message>
    <message>
        <source>cannot write the new tree</source>
        <translation>impossible d’écrire le nouvel arbre</translation>
    </message>
    <message>
        <source>rejected by the server: %1</source>
        <translation>refusé par le serveur : %1</translation>
    </message>
    <message>
        <source>the remote has commits this clone does not have</source>
        <translation>le dépôt distant a des commits que ce clone n’a pas</translation>
    </message>
    <message>
        <source>publishing was cancelled</source>
        <translation>la publication a été annulée</translation>
    </message>
    <message>
        <source>authentication failed for %1: check the user name and the password, token or key</source>
        <translation>échec de l’authentification pour %1 : vérifiez le nom d’utilisateur et le mot de passe, le jeton ou la clé</translation>
    </message>
    <message>
        <source>could not push to %1: %2</source>
        <translation>impossible de pousser vers %1 : %2</translation>
    </message>
    <message>
        <source>Fetching the remote&apos;s new commits</source>
        <translation>Récupération des nouveaux commits du dépôt distant</translation>
    </message>
    <message>
        <source>could not fetch the remote&apos;s new commits</source>
        <translation>impossible de récupérer les nouveaux commits du dépôt distant</translation>
    </message>
    <message>
        <source>cannot read the commits to compare</source>
        <translation>impossible de lire les commits à comparer</translation>
    </message>
    <message>
        <source>the remote&apos;s branch has no history in common with this one</source>
        <translation>la branche du dépôt distant n’a pas d’historique commun avec celle-ci</translation>
    </message>
    <message>
        <source>cannot compare with the remote&apos;s commits</source>
        <translation>impossible de comparer avec les commits du dépôt distant</translation>
    </message>
    <message>
        <source>cannot create the replayed commit</source>
        <translation>impossible de créer le commit rejoué</translation>
    </message>
    <message>
        <source>the remote&apos;s new commits change files you have edited here; your commit is kept, unpushed</source>
        <translation>les nouveaux commits du dépôt distant modifient des fichiers que vous avez modifiés ici ; votre commit est gardé, non poussé</translation>
    </message>
    <message>
        <source>cannot find the branch %1</source>
        <translation>branche %1 introuvable</translation>
    </message>
    <message>
        <source>cannot move the branch</source>
        <translation>impossible de déplacer la branche</translation>
    </message>
    <message>
        <source>this clone has a merge commit the remote does not have (%1); pull and merge with git, then publish</source>
        <translation>ce clone a un commit de fusion que le dépôt distant n’a pas (%1) ; récupérez et fusionnez avec git, puis publiez</translation>
    </message>
    <message>
        <source>the remote has new commits that also change %1. Your commit is kept here, unpushed: choose what to keep of each version with Resolve (on the command line: postwright resolve FILE --mine or --theirs)</source>
        <translation>le dépôt distant a de nouveaux commits qui modifient aussi %1. Votre commit est gardé ici, non poussé : choisissez ce que vous gardez de chaque version avec Résoudre (en ligne de commande : postwright resolve FICHIER --mine ou --theirs)</translation>
    </message>
    <message>
        <source>this clone&apos;s commits changed since the conflict was found; publish again to see it as it is now</source>
        <translation>les commits de ce clone ont changé depuis que le conflit a été trouvé ; publiez à nouveau pour le voir tel qu’il est maintenant</translation>
    </message>
    <message>
        <source>the remote&apos;s commits changed since the conflict was found; publish again to see it as it is now</source>
        <translation>les commits du dépôt distant ont changé depuis que le conflit a été trouvé ; publiez à nouveau pour le voir tel qu’il est maintenant</translation>
    </message>
    <message>
        <source>%1 is not one of the files in conflict</source>
        <translation>%1 ne fait pas partie des fichiers en conflit</translation>
    </message>
    <message>
        <source>%1 has changed on disk since it was committed; save it and publish again, then choose again</source>
        <translation>%1 a changé sur le disque depuis son commit ; enregistrez-le et publiez à nouveau, puis choisissez à nouveau</translation>
    </message>
    <message>
        <source>choose what to keep of %1 too</source>
        <translation>choisissez aussi ce que vous gardez de %1</translation>
    </message>
    <message>
        <source>cannot keep a backup of your commits</source>
        <translation>impossible de garder une sauvegarde de vos commits</translation>
    </message>
    <message>
        <source>cannot store %1 in git</source>
        <translation>impossible d’enregistrer %1 dans git</translation>
    </message>
    <message>
        <source>The remote changed again meanwhile: publish again to see its new changes</source>
        <translation>Le dépôt distant a encore changé entre-temps : publiez à nouveau pour voir ses nouvelles modifications</translation>
    </message>
    <message>
        <source>Publish again to retry the push</source>
        <translation>Publiez à nouveau pour réessayer l’envoi</translation>
    </message>
    <message>
        <source>%1. The merged version is commit %2 in this clone, and your commits as they were are kept as %3. %4</source>
        <translation>%1. La version fusionnée est le commit %2 dans ce clone, et vos commits tels qu’ils étaient sont gardés sous %3. %4</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::ReadingTime</name>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lecture</numerusform>
            <numerusform>%n min de lecture</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::Core::RemoteSession</name>
    <message>
        <source>the SSH server did not present its host key</source>
        <translation>le serveur SSH n’a pas présenté sa clé d’hôte</translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED (now %2). This can mean someone is intercepting the connection. Publishing is refused; if the server was really reinstalled, remove its old line from %3</source>
        <translation>la clé d’hôte de %1 a CHANGÉ (maintenant %2). Cela peut signifier que quelqu’un intercepte la connexion. La publication est refusée ; si le serveur a vraiment été réinstallé, retirez son ancienne ligne de %3</translation>
    </message>
    <message>
        <source>the host key of %1 (%2) was not accepted</source>
        <translation>la clé d’hôte de %1 (%2) n’a pas été acceptée</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::Repository</name>
    <message>
        <source>%1 is not inside a git repository. Postwright publishes through git: open the folder of your blog&apos;s clone (run `git init` there to start one)</source>
        <translation>%1 n’est dans aucun dépôt git. Postwright publie par git : ouvrez le dossier du clone de votre blog (lancez `git init` pour en créer un)</translation>
    </message>
    <message>
        <source>cannot open the git repository at %1</source>
        <translation>impossible d’ouvrir le dépôt git dans %1</translation>
    </message>
    <message>
        <source>cannot create a git repository at %1</source>
        <translation>impossible de créer un dépôt git dans %1</translation>
    </message>
    <message>
        <source>cannot read the current branch</source>
        <translation>impossible de lire la branche actuelle</translation>
    </message>
    <message>
        <source>HEAD is detached (no branch is checked out). Check out the branch you publish to, for example with `git switch main`</source>
        <translation>HEAD est détachée (aucune branche n’est extraite). Extrayez la branche vers laquelle vous publiez, par exemple avec `git switch main`</translation>
    </message>
    <message>
        <source>cannot read the git index</source>
        <translation>impossible de lire l’index git</translation>
    </message>
    <message>
        <source>cannot stage %1</source>
        <translation>impossible d’indexer %1</translation>
    </message>
    <message>
        <source>cannot write the git index</source>
        <translation>impossible d’écrire l’index git</translation>
    </message>
    <message>
        <source>cannot write the tree</source>
        <translation>impossible d’écrire l’arbre</translation>
    </message>
    <message>
        <source>cannot read the tree</source>
        <translation>impossible de lire l’arbre</translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation>impossible de lire HEAD</translation>
    </message>
    <message>
        <source>invalid author</source>
        <translation>auteur non valide</translation>
    </message>
    <message>
        <source>cannot create the commit</source>
        <translation>impossible de créer le commit</translation>
    </message>
    <message>
        <source>cannot add the remote %1</source>
        <translation>impossible d’ajouter le dépôt distant %1</translation>
    </message>
    <message>
        <source>there is no remote named %1</source>
        <translation>il n’y a pas de dépôt distant nommé %1</translation>
    </message>
    <message>
        <source>cannot push to %1</source>
        <translation>impossible de pousser vers %1</translation>
    </message>
    <message>
        <source>there is no branch %1</source>
        <translation>il n’y a pas de branche %1</translation>
    </message>
    <message>
        <source>cannot track %1/%2</source>
        <translation>impossible de suivre %1/%2</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::SampleBlog</name>
    <message>
        <source>cannot move the sample blog into %1</source>
        <translation>impossible de déplacer le blog d’exemple dans %1</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>impossible de créer le dossier pour %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::SiteServer</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 n’a pas pu être démarré : %2</translation>
    </message>
    <message>
        <source>The site view needs a Hugo, Jekyll, Astro or Eleventy site; this folder is not one Postwright recognises.</source>
        <translation>La vue du site a besoin d’un site Hugo, Jekyll, Astro ou Eleventy ; Postwright ne reconnaît pas ce dossier comme tel.</translation>
    </message>
    <message>
        <source>%1 is not installed here, so the site view cannot build this blog. %2</source>
        <translation>%1 n’est pas installé ici, la vue du site ne peut donc pas construire ce blog. %2</translation>
    </message>
    <message>
        <source>No free port on this computer&apos;s loopback address for %1.</source>
        <translation>Aucun port libre sur l’adresse de bouclage de cet ordinateur pour %1.</translation>
    </message>
    <message>
        <source>Could not make the folder for the site view&apos;s build: %1</source>
        <translation>Impossible de créer le dossier de construction de la vue du site : %1</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly.
%2</source>
        <translation>%1 s’est arrêté de façon inattendue.
%2</translation>
    </message>
    <message>
        <source>%1 could not build this site (exit code %2):
%3</source>
        <translation>%1 n’a pas pu construire ce site (code de sortie %2) :
%3</translation>
    </message>
    <message>
        <source>%1 stopped (exit code %2):
%3</source>
        <translation>%1 s’est arrêté (code de sortie %2) :
%3</translation>
    </message>
    <message>
        <source>Install Hugo with your package manager (on Debian and Ubuntu: sudo apt install hugo), then show the site view again.</source>
        <translation>Installez Hugo avec votre gestionnaire de paquets (sous Debian et Ubuntu : sudo apt install hugo), puis affichez de nouveau la vue du site.</translation>
    </message>
    <message>
        <source>Install Jekyll with your package manager (on Debian and Ubuntu: sudo apt install jekyll), then show the site view again.</source>
        <translation>Installez Jekyll avec votre gestionnaire de paquets (sous Debian et Ubuntu : sudo apt install jekyll), puis affichez de nouveau la vue du site.</translation>
    </message>
    <message>
        <source>This blog&apos;s Astro is not installed: its node_modules folder has no astro. Install the blog&apos;s packages (npm install in its folder), then show the site view again.</source>
        <translation>L’Astro de ce blog n’est pas installé : son dossier node_modules ne contient pas astro. Installez les paquets du blog (npm install dans son dossier), puis affichez de nouveau la vue du site.</translation>
    </message>
    <message>
        <source>This blog&apos;s Eleventy is not installed: its node_modules folder has no eleventy. Install the blog&apos;s packages (npm install in its folder), then show the site view again.</source>
        <translation>L’Eleventy de ce blog n’est pas installé : son dossier node_modules ne contient pas eleventy. Installez les paquets du blog (npm install dans son dossier), puis affichez de nouveau la vue du site.</translation>
    </message>
    <message>
        <source>The theme “%1” needs Hugo %2 or newer; this computer has Hugo %3. Install a newer Hugo, or use a release of the theme made for Hugo %3.</source>
        <translation>Le thème « %1 » demande Hugo %2 ou plus récent ; cet ordinateur a Hugo %3. Installez un Hugo plus récent, ou utilisez une version du thème faite pour Hugo %3.</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::TextFile</name>
    <message>
        <source>this is a binary file (it contains a NUL byte), not a Markdown post; Postwright opens text files only</source>
        <translation>c’est un fichier binaire (il contient un octet NUL), pas un article Markdown ; Postwright n’ouvre que des fichiers texte</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1); Postwright will not open it because saving would change bytes it cannot show. Convert it to UTF-8 first, for example with iconv</source>
        <translation>le fichier n’est pas en UTF-8 valide (octet 0x%1) ; Postwright ne l’ouvre pas car l’enregistrer changerait des octets qu’il ne peut pas afficher. Convertissez-le d’abord en UTF-8, par exemple avec iconv</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1 is %2, too large for a post (the limit is %3); open it in a text editor instead</source>
        <translation>%1 fait %2, trop pour un article (la limite est %3) ; ouvrez-le plutôt dans un éditeur de texte</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is large (%2); editing and preview may be slow</source>
        <translation>%1 est volumineux (%2) ; l’édition et l’aperçu peuvent être lents</translation>
    </message>
    <message>
        <source>choose another folder with Save As</source>
        <translation>choisissez un autre dossier avec Enregistrer sous</translation>
    </message>
    <message>
        <source>the disk it is on (%1) is mounted read-only</source>
        <translation>le disque qui le contient (%1) est monté en lecture seule</translation>
    </message>
    <message>
        <source>the disk is full (%1 free, the post needs %2)</source>
        <translation>le disque est plein (%1 libres, l’article a besoin de %2)</translation>
    </message>
    <message>
        <source>free some space or choose another folder with Save As</source>
        <translation>libérez de la place ou choisissez un autre dossier avec Enregistrer sous</translation>
    </message>
    <message>
        <source>the folder is not writable for you</source>
        <translation>vous n’avez pas le droit d’écrire dans ce dossier</translation>
    </message>
    <message>
        <source>cannot save %1: %2. The text is still in the editor and nothing on disk was changed; %3</source>
        <translation>impossible d’enregistrer %1 : %2. Le texte est toujours dans l’éditeur et rien n’a changé sur le disque ; %3</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::TomlBlockParser</name>
    <message>
        <source>malformed front matter: %1</source>
        <translation>en-tête mal formé : %1</translation>
    </message>
</context>
<context>
    <name>Postwright::Core::YamlBlockParser</name>
    <message>
        <source>the front matter contains a byte order mark (U+FEFF): delete that invisible character</source>
        <translation>l’en-tête contient une marque d’ordre des octets (U+FEFF) : supprimez ce caractère invisible</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first on line %2): remove one of them</source>
        <translation>clé « %1 » en double (d’abord à la ligne %2) : supprimez l’une des deux</translation>
    </message>
    <message>
        <source> (tabs cannot indent YAML: use spaces)</source>
        <translation> (les tabulations ne peuvent pas indenter du YAML : utilisez des espaces)</translation>
    </message>
    <message>
        <source>malformed front matter: %1</source>
        <translation>en-tête mal formé : %1</translation>
    </message>
    <message>
        <source>a second &quot;---&quot; inside the front matter starts another document: remove it or close the front matter there</source>
        <translation>un second &quot;---&quot; dans l’en-tête commence un autre document : supprimez-le ou fermez l’en-tête à cet endroit</translation>
    </message>
    <message>
        <source>front matter must be &quot;key: value&quot; lines, not plain text</source>
        <translation>l’en-tête doit être fait de lignes &quot;key: value&quot;, pas de texte simple</translation>
    </message>
    <message>
        <source>front matter must be &quot;key: value&quot; lines, not a list</source>
        <translation>l’en-tête doit être fait de lignes &quot;key: value&quot;, pas d’une liste</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Files to commit</source>
        <translation>Fichiers à commiter</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Commit &amp;message</source>
        <translation>&amp;Message du commit</translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation>Message du commit</translation>
    </message>
    <message>
        <source>Publishing progress</source>
        <translation>Progression de la publication</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What the check before publishing found</source>
        <translation>Ce que la vérification avant publication a trouvé</translation>
    </message>
    <message>
        <source>Double-click a line to go to it in the post</source>
        <translation>Double-cliquez sur une ligne pour y aller dans l’article</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Publish &amp;despite the errors</source>
        <translation>Publier &amp;malgré les erreurs</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>That did not work. </source>
        <translation>Cela n’a pas fonctionné. </translation>
    </message>
    <message>
        <source>Sign in to %1 to publish. For GitHub, GitLab and most hosts use an access token, not your account password.</source>
        <translation>Connectez-vous à %1 pour publier. Pour GitHub, GitLab et la plupart des hébergeurs, utilisez un jeton d’accès, pas le mot de passe de votre compte.</translation>
    </message>
    <message>
        <source>SSH key passphrase</source>
        <translation>Phrase de passe de la clé SSH</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Phrase de passe pour %1 :</translation>
    </message>
    <message>
        <source>Unknown SSH host</source>
        <translation>Hôte SSH inconnu</translation>
    </message>
    <message>
        <source>&lt;p&gt;Postwright has not connected to &lt;b&gt;%1&lt;/b&gt; before. Its host key fingerprint is:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare it with the one your git host publishes. Connect and remember this key?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Postwright ne s’est encore jamais connecté à &lt;b&gt;%1&lt;/b&gt;. L’empreinte de sa clé d’hôte est :&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Comparez-la avec celle que publie votre hébergeur git. Se connecter et mémoriser cette clé ?&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Éditeur</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Police :</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>Police de l’éditeur</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>Taille de la police de l’éditeur</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language takes effect when Postwright starts again.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Postwright.</translation>
    </message>
    <message>
        <source>&amp;Keep a recovery copy after:</source>
        <translation>&amp;Copie de récupération après :</translation>
    </message>
    <message>
        <source>Unsaved text is copied to a recovery folder this long after you stop typing, and at least this often while you type.</source>
        <translation>Le texte non enregistré est copié dans un dossier de récupération ce délai après votre dernière frappe, et au moins aussi souvent pendant que vous tapez.</translation>
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
        <translation>&amp;Générateur du site :</translation>
    </message>
    <message>
        <source>&amp;Posts folder:</source>
        <translation>&amp;Dossier des articles :</translation>
    </message>
    <message>
        <source>The generator&apos;s usual folder</source>
        <translation>Le dossier habituel du générateur</translation>
    </message>
    <message>
        <source>&amp;Reading time:</source>
        <translation>&amp;Temps de lecture :</translation>
    </message>
    <message>
        <source>Words per minute</source>
        <translation>Mots par minute</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> mots par minute</translation>
    </message>
    <message>
        <source>Preview &amp;stylesheet:</source>
        <translation>&amp;Feuille de style de l’aperçu :</translation>
    </message>
    <message>
        <source>The site&apos;s own, else a clean default</source>
        <translation>Celle du site, sinon une feuille de style sobre par défaut</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose a stylesheet</source>
        <translation>Choisir une feuille de style</translation>
    </message>
    <message>
        <source>Allow remote &amp;images and fonts in the preview</source>
        <translation>Autoriser les &amp;images et polices distantes dans l’aperçu</translation>
    </message>
    <message>
        <source>Spelling l&amp;anguage:</source>
        <translation>&amp;Langue de l’orthographe :</translation>
    </message>
    <message>
        <source>Commit &amp;message:</source>
        <translation>&amp;Message du commit :</translation>
    </message>
    <message>
        <source>%1 stands for the post&apos;s title.</source>
        <translation>%1 représente le titre de l’article.</translation>
    </message>
    <message>
        <source>Publish: %1</source>
        <translation>Publication : %1</translation>
    </message>
    <message>
        <source>Re&amp;mote:</source>
        <translation>Dépôt &amp;distant :</translation>
    </message>
    <message>
        <source>Bra&amp;nch:</source>
        <translation>&amp;Branche :</translation>
    </message>
    <message>
        <source>The branch you are on</source>
        <translation>La branche sur laquelle vous êtes</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>&amp;Identifiants</translation>
    </message>
    <message>
        <source>Sign-ins Postwright keeps in the system keychain. Forgetting one removes it from the keychain; you are asked again at the next publish.</source>
        <translation>Les connexions que Postwright garde dans le trousseau du système. En oublier une la retire du trousseau ; elle vous sera redemandée à la prochaine publication.</translation>
    </message>
    <message>
        <source>Stored sign-ins</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>New &amp;images:</source>
        <translation>Nouvelles &amp;images :</translation>
    </message>
    <message>
        <source>Fit new images within this width</source>
        <translation>Ajuster les nouvelles images à cette largeur</translation>
    </message>
    <message>
        <source>Keep their size</source>
        <translation>Garder leur taille</translation>
    </message>
    <message>
        <source>At most </source>
        <translation>Au plus </translation>
    </message>
    <message>
        <source> pixels wide</source>
        <translation> pixels de large</translation>
    </message>
    <message>
        <source>&amp;Keep location and camera data in new images</source>
        <translation>&amp;Garder les données de lieu et d’appareil des nouvelles images</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Write and publish posts for a blog kept in git.

With no PATH, opens a sample blog made for trying Postwright.

</source>
        <translation>Écrire et publier les articles d’un blog gardé dans git.

Sans CHEMIN, ouvre un blog d’exemple fait pour essayer Postwright.

</translation>
    </message>
    <message>
        <source>A blog&apos;s git folder or a Markdown post.</source>
        <translation>Le dossier git d’un blog ou un article Markdown.</translation>
    </message>
    <message>
        <source>Cannot create the sample blog</source>
        <translation>Impossible de créer le blog d’exemple</translation>
    </message>
</context>
</TS>
