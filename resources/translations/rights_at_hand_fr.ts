<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>A11yNames</name>
    <message>
        <source>Show the tabs to the left</source>
        <translation>Afficher les onglets à gauche</translation>
    </message>
    <message>
        <source>Show the tabs to the right</source>
        <translation>Afficher les onglets à droite</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Alle&amp;r</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Signets</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>See the pages before printing</source>
        <translation>Voir les pages avant de les imprimer</translation>
    </message>
    <message>
        <source>Print a &amp;range…</source>
        <translation>Imprimer une p&amp;lage…</translation>
    </message>
    <message>
        <source>Print from one article or paragraph to another</source>
        <translation>Imprimer d’un article ou paragraphe à un autre</translation>
    </message>
    <message>
        <source>Print the selected passages, or the current passage, with citations</source>
        <translation>Imprimer les passages sélectionnés, ou le passage en cours, avec leur référence</translation>
    </message>
    <message>
        <source>Print &amp;whole document…</source>
        <translation>Imprimer le document &amp;entier…</translation>
    </message>
    <message>
        <source>Print the whole document on screen with citations</source>
        <translation>Imprimer tout le document affiché, avec les références</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the selected passages, or the current passage, as a PDF file</source>
        <translation>Enregistrer les passages sélectionnés, ou le passage en cours, dans un fichier PDF</translation>
    </message>
    <message>
        <source>Export whole &amp;document as PDF…</source>
        <translation>Exporter le &amp;document entier en PDF…</translation>
    </message>
    <message>
        <source>Save the whole document on screen as a PDF file</source>
        <translation>Enregistrer tout le document affiché dans un fichier PDF</translation>
    </message>
    <message>
        <source>Keep no history, last position or recent searches</source>
        <translation>Ne garder ni historique, ni dernière position, ni recherches récentes</translation>
    </message>
    <message>
        <source>&amp;Quick exit</source>
        <translation>&amp;Sortie rapide</translation>
    </message>
    <message>
        <source>Close at once, clear copied text, save nothing about this session</source>
        <translation>Fermer immédiatement, effacer le texte copié, ne rien enregistrer de cette session</translation>
    </message>
    <message>
        <source>Pr&amp;ivate mode</source>
        <translation>Mode p&amp;rivé</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Fermer l’application</translation>
    </message>
    <message>
        <source>Q&amp;uit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Copier le texte sélectionné</translation>
    </message>
    <message>
        <source>Copy with c&amp;itation</source>
        <translation>Copier avec la ré&amp;férence</translation>
    </message>
    <message>
        <source>Copy the selected passages with their citation</source>
        <translation>Copier les passages sélectionnés avec leur référence</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select the whole text</source>
        <translation>Sélectionner tout le texte</translation>
    </message>
    <message>
        <source>&amp;Find in page…</source>
        <translation>&amp;Rechercher dans la page…</translation>
    </message>
    <message>
        <source>Find words in this text</source>
        <translation>Trouver des mots dans ce texte</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>Text at normal size</source>
        <translation>Texte à la taille normale</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>Côte à &amp;côte</translation>
    </message>
    <message>
        <source>Show a second language beside the text</source>
        <translation>Afficher une deuxième langue à côté du texte</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>Show the list of documents</source>
        <translation>Afficher la liste des documents</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Go back to the previous passage</source>
        <translation>Revenir au passage précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Avancer de nouveau</translation>
    </message>
    <message>
        <source>&amp;Go to passage…</source>
        <translation>&amp;Aller au passage…</translation>
    </message>
    <message>
        <source>Type a reference such as “art 12” or “64/163 para 7”</source>
        <translation>Tapez une référence comme «&#xa0;art 12&#xa0;» ou «&#xa0;64/163 par 7&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Search all texts…</source>
        <translation>&amp;Rechercher dans tous les textes…</translation>
    </message>
    <message>
        <source>Search every document in every language</source>
        <translation>Rechercher dans tous les documents, dans toutes les langues</translation>
    </message>
    <message>
        <source>Ne&amp;xt passage</source>
        <translation>Passage s&amp;uivant</translation>
    </message>
    <message>
        <source>Next passage</source>
        <translation>Passage suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious passage</source>
        <translation>Passage pré&amp;cédent</translation>
    </message>
    <message>
        <source>Previous passage</source>
        <translation>Passage précédent</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Lister les raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Rights at Hand</source>
        <translation>À &amp;propos de Rights at Hand</translation>
    </message>
    <message>
        <source>Version, sources and licence</source>
        <translation>Version, sources et licence</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Thème de couleurs</translation>
    </message>
    <message>
        <source>Say &amp;where I am</source>
        <translation>&amp;Dire où je suis</translation>
    </message>
    <message>
        <source>Say the citation of the passage at the caret and the status of its text</source>
        <translation>Dire la référence du passage où est le curseur et le statut de son texte</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Filter by note…</source>
        <translation>Filtrer par note…</translation>
    </message>
    <message>
        <source>Filter bookmarks by the text of their notes</source>
        <translation>Filtrer les signets selon le texte de leurs notes</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Signet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Bookmarks and folders</source>
        <translation>Signets et dossiers</translation>
    </message>
    <message>
        <source>Enter opens a bookmark, F2 renames, Delete deletes, Ctrl+Z undoes</source>
        <translation>Entrée ouvre un signet, F2 renomme, Suppr supprime, Ctrl+Z annule</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Note of the selected bookmark</source>
        <translation>Note du signet sélectionné</translation>
    </message>
    <message>
        <source>Your note (saved when you leave this box)</source>
        <translation>Votre note (enregistrée quand vous quittez cette zone)</translation>
    </message>
    <message>
        <source>Bookmarks messages</source>
        <translation>Messages des signets</translation>
    </message>
    <message>
        <source>Your bookmarks are protected with a passphrase and are locked. The texts can be read without it.</source>
        <translation>Vos signets sont protégés par une phrase secrète et sont verrouillés. Les textes peuvent être lus sans elle.</translation>
    </message>
    <message>
        <source>&amp;Unlock bookmarks…</source>
        <translation>&amp;Déverrouiller les signets…</translation>
    </message>
    <message>
        <source>Unlock bookmarks</source>
        <translation>Déverrouiller les signets</translation>
    </message>
    <message>
        <source>Anyone who gets this computer or stick can read your bookmarks and notes. Protect them with a passphrase? (Also in the File menu, at any time.)</source>
        <translation>Quiconque obtient cet ordinateur ou cette clé peut lire vos signets et vos notes. Les protéger par une phrase secrète&#xa0;? (Aussi dans le menu Fichier, à tout moment.)</translation>
    </message>
    <message>
        <source>&amp;Set a passphrase…</source>
        <translation>&amp;Choisir une phrase secrète…</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>&amp;Bookmark this passage</source>
        <translation>&amp;Ajouter ce passage aux signets</translation>
    </message>
    <message>
        <source>Bookmark the current passage or the selected passages</source>
        <translation>Ajouter aux signets le passage affiché ou les passages sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show the bookmarked passages</source>
        <translation>Afficher les passages du signet</translation>
    </message>
    <message>
        <source>Make a new folder</source>
        <translation>Créer un dossier</translation>
    </message>
    <message>
        <source>Rename the bookmark or folder</source>
        <translation>Renommer le signet ou le dossier</translation>
    </message>
    <message>
        <source>&amp;Move to folder…</source>
        <translation>Dé&amp;placer vers un dossier…</translation>
    </message>
    <message>
        <source>Move to another folder</source>
        <translation>Déplacer vers un autre dossier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete (can be undone)</source>
        <translation>Supprimer (peut être annulé)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Undo the last change to the bookmarks</source>
        <translation>Annuler la dernière modification des signets</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Rétablir la modification qui vient d’être annulée</translation>
    </message>
    <message>
        <source>&amp;Export bookmarks…</source>
        <translation>&amp;Exporter les signets…</translation>
    </message>
    <message>
        <source>Save all bookmarks and notes to a file</source>
        <translation>Enregistrer tous les signets et leurs notes dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Import bookmarks…</source>
        <translation>&amp;Importer des signets…</translation>
    </message>
    <message>
        <source>Add bookmarks from a file made by Export</source>
        <translation>Ajouter les signets d’un fichier créé par Exporter</translation>
    </message>
    <message>
        <source>&amp;Print folder…</source>
        <translation>I&amp;mprimer le dossier…</translation>
    </message>
    <message>
        <source>Print the folder with its notes</source>
        <translation>Imprimer le dossier avec ses notes</translation>
    </message>
    <message>
        <source>Ne&amp;w folder…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Folder as PDF…</source>
        <translation>Dossier en PD&amp;F…</translation>
    </message>
    <message>
        <source>Save the folder with its notes as a PDF file</source>
        <translation>Enregistrer le dossier avec ses notes dans un fichier PDF</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>More bookmark actions</source>
        <translation>Autres actions sur les signets</translation>
    </message>
    <message>
        <source>Rename, move, print, export and import</source>
        <translation>Renommer, déplacer, imprimer, exporter et importer</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Open a passage first, then bookmark it.</source>
        <translation>Ouvrez d’abord un passage, puis ajoutez-le aux signets.</translation>
    </message>
    <message>
        <source>Bookmarked: %1</source>
        <translation>Ajouté aux signets&#xa0;: %1</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nom du dossier&#xa0;:</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Niveau supérieur)</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>Déplacer vers un dossier</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rétabli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Encrypted bookmarks (*.bookmarks)</source>
        <translation>Signets chiffrés (*.bookmarks)</translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>Exporter les signets</translation>
    </message>
    <message>
        <source>Bookmarks (*.json)</source>
        <translation>Signets (*.json)</translation>
    </message>
    <message>
        <source>%1 bookmarks saved to %2</source>
        <translation>%1 signets enregistrés dans %2</translation>
    </message>
    <message>
        <source>Your bookmarks are protected, but a bookmarks file in JSON can be read by anyone who gets it.</source>
        <translation>Vos signets sont protégés, mais un fichier de signets en JSON peut être lu par quiconque l’obtient.</translation>
    </message>
    <message>
        <source>An encrypted file can only be imported with the passphrase you choose for it.</source>
        <translation>Un fichier chiffré ne peut être importé qu’avec la phrase secrète que vous choisissez pour lui.</translation>
    </message>
    <message>
        <source>&amp;Encrypted file…</source>
        <translation>Fichier &amp;chiffré…</translation>
    </message>
    <message>
        <source>&amp;Readable JSON file…</source>
        <translation>Fichier JSON &amp;lisible…</translation>
    </message>
    <message>
        <source>Encrypt the bookmarks file</source>
        <translation>Chiffrer le fichier de signets</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. It is needed to import it; tell it to the person who will import it another way than the file itself.</source>
        <translation>Choisissez une phrase secrète pour ce fichier. Elle sera nécessaire pour l’importer&#xa0;; communiquez-la à la personne qui l’importera par un autre moyen que le fichier lui-même.</translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation>Importer des signets</translation>
    </message>
    <message>
        <source>Bookmarks (*.json *.bookmarks);;All files (*)</source>
        <translation>Signets (*.json *.bookmarks);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>That passphrase does not open this file. Nothing was changed.</source>
        <translation>Cette phrase secrète n’ouvre pas ce fichier. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This bookmarks file is encrypted. Type its passphrase.</source>
        <translation>Ce fichier de signets est chiffré. Tapez sa phrase secrète.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bookmarks are locked.</source>
        <translation>Les signets sont verrouillés.</translation>
    </message>
    <message>
        <source>Bookmarks are read-only: %1</source>
        <translation>Les signets sont en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your bookmarks were updated to the new format.</source>
        <translation>Vos signets ont été mis au nouveau format.</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Pas de note</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page:</source>
        <translation>Rechercher dans la page&#xa0;:</translation>
    </message>
    <message>
        <source>Word or phrase</source>
        <translation>Mot ou expression</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <source>Enter: next match. Shift+Enter: previous match. Escape: close.</source>
        <translation>Entrée&#xa0;: occurrence suivante. Maj+Entrée&#xa0;: occurrence précédente. Échap&#xa0;: fermer.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close find in page</source>
        <translation>Fermer la recherche dans la page</translation>
    </message>
    <message>
        <source>Number of matches</source>
        <translation>Nombre d’occurrences</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>{part}: articles {first} to {last}</source>
        <translation>{part} : articles {first} à {last}</translation>
    </message>
    <message>
        <source>{part}: article {n}</source>
        <translation>{part} : article {n}</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Adopting resolution</source>
        <translation>Résolution d’adoption</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>Préambule</translation>
    </message>
    <message>
        <source>Operative paragraphs</source>
        <translation>Paragraphes du dispositif</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Article {n}</source>
        <translation>Article {n}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Documents, their parts, articles and paragraphs, guidance and topics. Arrow keys move, Enter opens.</source>
        <translation>Documents, parties, articles et paragraphes, guides et thèmes. Flèches&#xa0;: se déplacer&#xa0;; Entrée&#xa0;: ouvrir.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not found: “{text}”: {title} has no such article or paragraph.</source>
        <translation>Introuvable&#xa0;: «&#xa0;{text}&#xa0;»&#xa0;: {title} ne contient pas cet article ou ce paragraphe.</translation>
    </message>
    <message>
        <source>Note for the new bookmark</source>
        <translation>Note du nouveau signet</translation>
    </message>
    <message>
        <source>Note for this bookmark (optional):</source>
        <translation>Note pour ce signet (facultative) :</translation>
    </message>
    <message>
        <source>Bookmark this passage</source>
        <translation>Mettre ce passage dans les signets</translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation>Rien n’a été enregistré. {reason}</translation>
    </message>
    <message>
        <source>Your bookmarks are read-only.</source>
        <translation>Vos signets sont en lecture seule.</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Dans les signets</translation>
    </message>
    <message>
        <source>Bookmarked: {note}</source>
        <translation>Dans les signets : {note}</translation>
    </message>
    <message>
        <source>Not found: “{text}” is not a reference or a title here. Press Enter again to search the texts for it.</source>
        <translation>Introuvable&#xa0;: «&#xa0;{text}&#xa0;» n’est ni une référence ni un titre ici. Appuyez de nouveau sur Entrée pour le chercher dans les textes.</translation>
    </message>
    <message>
        <source>Rights at Hand is already open with the same bookmarks and settings. Switch to its window: it may be minimised or on another desktop.</source>
        <translation>Rights at Hand est déjà ouvert avec les mêmes signets et réglages. Passez à sa fenêtre&#xa0;: elle est peut-être réduite ou sur un autre bureau.</translation>
    </message>
    <message>
        <source>Not found: {reason}</source>
        <translation>Introuvable&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Citation of the current passage</source>
        <translation>Référence du passage affiché</translation>
    </message>
    <message>
        <source>Text size: {n} %</source>
        <translation>Taille du texte&#xa0;: {n} %</translation>
    </message>
    <message>
        <source>About Rights at Hand</source>
        <translation>À propos de Rights at Hand</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rights at Hand&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;The UN Declaration on Human Rights Defenders (A/RES/53/144) and General Assembly resolution 64/163, with guidance, in the six UN languages.&lt;/p&gt;&lt;p&gt;Works offline: it never connects to the Internet.&lt;/p&gt;&lt;p&gt;Texts marked “unofficial translation” or “guidance” are not UN texts; the source of each text is shown above it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rights at Hand&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;La Déclaration des Nations Unies sur les défenseurs des droits de l’homme (A/RES/53/144) et la résolution 64/163 de l’Assemblée générale, avec des guides, dans les six langues de l’ONU.&lt;/p&gt;&lt;p&gt;Fonctionne hors ligne&#xa0;: l’application ne se connecte jamais à Internet.&lt;/p&gt;&lt;p&gt;Les textes marqués «&#xa0;traduction non officielle&#xa0;» ou «&#xa0;guide&#xa0;» ne sont pas des textes de l’ONU&#xa0;; la source de chaque texte est indiquée au-dessus de celui-ci.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Some texts could not be read and are left out: {files}</source>
        <translation>Certains textes n’ont pas pu être lus et sont laissés de côté&#xa0;: {files}</translation>
    </message>
    <message>
        <source>The list of topics could not be read and is left out: {file}</source>
        <translation>La liste des thèmes n’a pas pu être lue et est laissée de côté&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Contents and search</source>
        <translation>Sommaire et recherche</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>Contents, search and other panels</source>
        <translation>Sommaire, recherche et autres panneaux</translation>
    </message>
    <message>
        <source>Settings cannot be saved</source>
        <translation>Les réglages ne peuvent pas être enregistrés</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>État des réglages</translation>
    </message>
    <message>
        <source>Bookmarks are read-only: {reason}</source>
        <translation>Les signets sont en lecture seule&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The bookmarks file is damaged ({reason}) and could not be moved aside, so bookmarks cannot be changed.</source>
        <translation>Le fichier des signets est endommagé ({reason}) et n’a pas pu être mis de côté&#xa0;; les signets ne peuvent donc pas être modifiés.</translation>
    </message>
    <message>
        <source>The bookmarks file was damaged ({reason}) and was kept as {file}. A new file holds what could be recovered (bookmarks: {bookmarks}, folders: {folders}).</source>
        <translation>Le fichier des signets était endommagé ({reason}) et a été conservé sous le nom {file}. Un nouveau fichier contient ce qui a pu être récupéré (signets&#xa0;: {bookmarks}, dossiers&#xa0;: {folders}).</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Select a passage first</source>
        <translation>Sélectionnez d’abord un passage</translation>
    </message>
    <message>
        <source>The texts could not be read, so the app cannot open.</source>
        <translation>Les textes n’ont pas pu être lus, l’application ne peut donc pas s’ouvrir.</translation>
    </message>
    <message>
        <source>There is no folder for your bookmarks and settings, so the app cannot open.</source>
        <translation>Il n’y a pas de dossier pour vos signets et vos réglages, l’application ne peut donc pas s’ouvrir.</translation>
    </message>
    <message>
        <source>A file stands where that folder should be:
%1
Move or rename the file, then start the app again.</source>
        <translation>Un fichier se trouve là où ce dossier devrait être&#xa0;:
%1
Déplacez ou renommez ce fichier, puis relancez l’application.</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Off</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>G&amp;o to:</source>
        <translation>All&amp;er à&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. art 12, 64/163 para 7</source>
        <translation>ex. art 12, 64/163 par 7</translation>
    </message>
    <message>
        <source>Type an article or paragraph, in any of the six languages, and press Enter</source>
        <translation>Tapez un article ou un paragraphe, dans l’une des six langues, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Go to passage</source>
        <translation>Aller au passage</translation>
    </message>
    <message>
        <source>Go to: error</source>
        <translation>Aller à&#xa0;: erreur</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation>Langue du texte</translation>
    </message>
    <message>
        <source>The language the document is shown in</source>
        <translation>La langue dans laquelle le document est affiché</translation>
    </message>
    <message>
        <source>&amp;Side by side:</source>
        <translation>&amp;Côte à côte&#xa0;:</translation>
    </message>
    <message>
        <source>Second language side by side</source>
        <translation>Deuxième langue côte à côte</translation>
    </message>
    <message>
        <source>Show a second language beside the text, passage by passage</source>
        <translation>Afficher une deuxième langue à côté du texte, passage par passage</translation>
    </message>
    <message>
        <source>Private mode</source>
        <translation>Mode privé</translation>
    </message>
    <message>
        <source>Private mode is on</source>
        <translation>Le mode privé est activé</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <source>Close at once ({keys}): clears text copied from the app and saves nothing about this session</source>
        <translation>Fermer immédiatement ({keys})&#xa0;: efface le texte copié depuis l’application et n’enregistre rien de cette session</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Retapez-la&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase message</source>
        <translation>Message sur la phrase secrète</translation>
    </message>
    <message>
        <source>I &amp;forgot the passphrase…</source>
        <translation>J’ai &amp;oublié la phrase secrète…</translation>
    </message>
</context>
<context>
    <name>PresentationActions</name>
    <message>
        <source>Print passage card</source>
        <translation>Imprimer la fiche du passage</translation>
    </message>
    <message>
        <source>{chosen} is too long for a passage card: a card holds up to {max} passages on one page, and this has {n}. Print it with File › Print…, or select one article and print its card.</source>
        <translation>{chosen} est trop long pour une fiche de passage : une fiche tient au plus {max} passages sur une page, et celui-ci en a {n}. Imprimez-le avec Fichier › Imprimer…, ou sélectionnez un seul article et imprimez sa fiche.</translation>
    </message>
    <message>
        <source>S&amp;how to an official</source>
        <translation>&amp;Montrer à un agent officiel</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Show the current passage full screen in large print, beside a second language, to show an official ({keys})</source>
        <translation>Afficher le passage en plein écran et en grands caractères, à côté d’une deuxième langue, pour le montrer à un agent officiel ({keys})</translation>
    </message>
    <message>
        <source>Print passage &amp;card…</source>
        <translation>Imprimer la &amp;fiche du passage…</translation>
    </message>
    <message>
        <source>Print the current passage on one page in large print, beside a second language</source>
        <translation>Imprimer le passage sur une seule page en grands caractères, à côté d’une deuxième langue</translation>
    </message>
    <message>
        <source>Show to an official</source>
        <translation>Montrer à un agent officiel</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>{chosen} is longer than one screen holds, so it is shown a piece at a time: this is {shown} ({n} of {total}). Next ({next}) and Previous ({previous}) show the others.</source>
        <translation>{chosen} est plus long que ce qu’un écran peut contenir : il est montré morceau par morceau. Voici {shown} ({n} sur {total}). Suivant ({next}) et Précédent ({previous}) montrent les autres.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous passage</source>
        <translation>Passage précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next passage</source>
        <translation>Passage suivant</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Plus petit</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Plus grand</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close and go back to the app</source>
        <translation>Fermer et revenir à l’application</translation>
    </message>
    <message>
        <source>&amp;Beside it:</source>
        <translation>À &amp;côté&#xa0;:</translation>
    </message>
    <message>
        <source>Second language beside the passage</source>
        <translation>Deuxième langue à côté du passage</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Passage shown to an official</source>
        <translation>Passage montré à un agent officiel</translation>
    </message>
    <message>
        <source>Show to an official</source>
        <translation>Montrer à un agent officiel</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy and protection</source>
        <translation>Confidentialité et protection</translation>
    </message>
    <message>
        <source>&amp;Keep reading history and recent searches between sessions</source>
        <translation>&amp;Garder l’historique de lecture et les recherches récentes d’une session à l’autre</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock protected bookmarks after this long without use:</source>
        <translation>&amp;Verrouiller les signets protégés après cette durée sans utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>Quick exit also &amp;erases bookmarks, notes, exports and caches</source>
        <translation>La sortie rapide &amp;efface aussi signets, notes, exports et caches</translation>
    </message>
    <message>
        <source>Quick exit will then destroy your bookmarks and notes (the key of protected bookmarks is overwritten, so they can never be opened again) and remove your exported files and the app&apos;s caches. This cannot be undone. Turn it on?</source>
        <translation>La sortie rapide détruira alors vos signets et vos notes (la clé des signets protégés est écrasée&#xa0;: ils ne pourront plus jamais être ouverts) et supprimera vos fichiers exportés et les caches de l’application. C’est irréversible. L’activer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <source>These older copies could not be read whole and are not protected; delete them if you do not need them: {files}</source>
        <translation>Ces copies plus anciennes n’ont pas pu être lues en entier et ne sont pas protégées&#xa0;; supprimez-les si vous n’en avez pas besoin&#xa0;: {files}</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters.</source>
        <translation>Une phrase secrète doit compter au moins {n} caractères.</translation>
    </message>
    <message>
        <source>The bookmarks could not be protected: {reason}</source>
        <translation>Les signets n’ont pas pu être protégés&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Your bookmarks are now protected with a passphrase.</source>
        <translation>Vos signets sont désormais protégés par une phrase secrète.</translation>
    </message>
    <message>
        <source>That passphrase does not open your bookmarks (or their file is damaged). Nothing was changed.</source>
        <translation>Cette phrase secrète n’ouvre pas vos signets (ou leur fichier est endommagé). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
    <message>
        <source>A new, empty bookmarks store was started. The locked one was kept as {file}.</source>
        <translation>Un nouveau fichier de signets, vide, a été créé. Le fichier verrouillé a été conservé sous le nom {file}.</translation>
    </message>
    <message>
        <source>Protect bookmarks with a passphrase</source>
        <translation>Protéger les signets par une phrase secrète</translation>
    </message>
    <message>
        <source>Your bookmarks and notes, their folders and dates will be encrypted. You will need the passphrase to see them; the texts can always be read without it. If you forget it, nobody can recover your notes, not even the project.</source>
        <translation>Vos signets et vos notes, leurs dossiers et leurs dates seront chiffrés. Il faudra la phrase secrète pour les voir&#xa0;; les textes peuvent toujours être lus sans elle. Si vous l’oubliez, personne ne pourra récupérer vos notes, pas même le projet.</translation>
    </message>
    <message>
        <source>Unlock bookmarks</source>
        <translation>Déverrouiller les signets</translation>
    </message>
    <message>
        <source>Type the passphrase of your bookmarks.</source>
        <translation>Tapez la phrase secrète de vos signets.</translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered, and without it nobody can read these bookmarks and notes: not you, not the project.</source>
        <translation>Une phrase secrète oubliée ne peut pas être récupérée, et sans elle personne ne peut lire ces signets et ces notes&#xa0;: ni vous, ni le projet.</translation>
    </message>
    <message>
        <source>You can start a new, empty bookmarks store. The locked file is not deleted: it is kept under a new name in the data folder, in case the passphrase comes back to you.</source>
        <translation>Vous pouvez créer un nouveau fichier de signets, vide. Le fichier verrouillé n’est pas supprimé&#xa0;: il est conservé sous un nouveau nom dans le dossier de données, au cas où la phrase secrète vous reviendrait.</translation>
    </message>
    <message>
        <source>&amp;Start a new store</source>
        <translation>&amp;Créer un nouveau fichier</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Your bookmarks will be encrypted again with the new passphrase.</source>
        <translation>Vos signets seront chiffrés à nouveau avec la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>Pro&amp;tect bookmarks with a passphrase…</source>
        <translation>Pr&amp;otéger les signets par une phrase secrète…</translation>
    </message>
    <message>
        <source>&amp;Lock bookmarks</source>
        <translation>Verro&amp;uiller les signets</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase…</source>
        <translation>&amp;Changer la phrase secrète…</translation>
    </message>
    <message>
        <source>Privac&amp;y and protection…</source>
        <translation>Confidentialité e&amp;t protection…</translation>
    </message>
    <message>
        <source>U&amp;nlock bookmarks…</source>
        <translation>Dé&amp;verrouiller les signets…</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Bookmarked</source>
        <translation>Dans les signets</translation>
    </message>
    <message>
        <source>Bookmarked: {note}</source>
        <translation>Dans les signets : {note}</translation>
    </message>
    <message>
        <source>See the text:</source>
        <translation>Voir le texte&#xa0;:</translation>
    </message>
    <message>
        <source>Related provisions (Rights at Hand’s mapping, not a UN text):</source>
        <translation>Dispositions connexes (correspondance établie par Rights at Hand, pas un texte de l’ONU)&#xa0;:</translation>
    </message>
    <message>
        <source>(not in this language)</source>
        <translation>(absent dans cette langue)</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>{n} found</source>
        <translation>{n} trouvé(s)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>The document. Arrow keys move the caret; Ctrl+Tab goes to the next link and Enter follows it; Tab goes to the next control; Ctrl+F finds words in the page.</source>
        <translation>Le document. Les flèches déplacent le curseur&#xa0;; Ctrl+Tab va au lien suivant et Entrée le suit&#xa0;; Tab passe à la commande suivante&#xa0;; Ctrl+F cherche des mots dans la page.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Via the subject index (the project’s own work): {entry}</source>
        <translation>Par l’index thématique (travail du projet) : {entry}</translation>
    </message>
    <message>
        <source>Via the guidance section: {section}</source>
        <translation>Par la section de conseils : {section}</translation>
    </message>
    <message>
        <source>The query has no words to search for.</source>
        <translation>La requête ne contient aucun mot à rechercher.</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>Préparation de l’index de recherche…</translation>
    </message>
    <message>
        <source>Search is not available: {reason}</source>
        <translation>La recherche n’est pas disponible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Results: {n}</source>
        <translation>Résultats&#xa0;: {n}</translation>
    </message>
    <message>
        <source>No results. Did you mean:</source>
        <translation>Aucun résultat. Vouliez-vous dire&#xa0;:</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>(searched as plain words)</source>
        <translation>(recherche des mots seuls)</translation>
    </message>
    <message>
        <source>NOT needs a word before it, as in: police NOT arrest</source>
        <translation>Il faut un mot avant NOT, par exemple&#xa0;: police NOT arrestation</translation>
    </message>
    <message>
        <source>The query is longer than {words} words or {chars} characters: only its beginning was searched.</source>
        <translation>La requête dépasse {words}&#xa0;mots ou {chars}&#xa0;caractères&#xa0;: seul son début a été cherché.</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>La recherche a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Search all texts…</source>
        <translation>Rechercher dans tous les textes…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Results appear as you type. Down arrow: go to the results; Enter: open.</source>
        <translation>Les résultats s’affichent pendant la saisie. Flèche bas&#xa0;: aller aux résultats&#xa0;; Entrée&#xa0;: ouvrir.</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Rechercher dans la langue</translation>
    </message>
    <message>
        <source>Search one language or all</source>
        <translation>Rechercher dans une langue ou dans toutes</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>D&amp;ocument&#xa0;:</translation>
    </message>
    <message>
        <source>Search in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <source>Search one document or all</source>
        <translation>Rechercher dans un document ou dans tous</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>One passage per row. Enter opens it; Escape goes back to the search box.</source>
        <translation>Un passage par ligne. Entrée l’ouvre&#xa0;; Échap revient à la zone de recherche.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
</context>
<context>
    <name>SourceBanner</name>
    <message>
        <source>Warning: this copy of “{document}” differs from the text shipped with Rights at Hand. It may have been altered; check it against the official UN document.</source>
        <translation>Attention&#xa0;: cette copie de «&#xa0;{document}&#xa0;» diffère du texte fourni avec Rights at Hand. Elle a peut-être été modifiée&#xa0;; vérifiez-la à l’aide du document officiel de l’ONU.</translation>
    </message>
    <message>
        <source>Official UN text ({language})</source>
        <translation>Texte officiel de l’ONU ({language})</translation>
    </message>
    <message>
        <source>Unofficial translation ({language}) by {translator}, from {source}, {date}, not a UN text</source>
        <translation>Traduction non officielle ({language}) par {translator}, à partir de&#xa0;: {source}, {date}&#xa0;; ce n’est pas un texte de l’ONU</translation>
    </message>
    <message>
        <source>Rights at Hand guidance ({language}), not a UN text</source>
        <translation>Guide de Rights at Hand ({language})&#xa0;; ce n’est pas un texte de l’ONU</translation>
    </message>
    <message>
        <source>Not available in {language}; shown in this language.</source>
        <translation>Pas disponible dans la langue demandée ({language})&#xa0;; affiché dans cette langue.</translation>
    </message>
    <message>
        <source>Rights at Hand project</source>
        <translation>le projet Rights at Hand</translation>
    </message>
    <message>
        <source>not yet reviewed by a professional translator</source>
        <translation>pas encore relue par un traducteur professionnel</translation>
    </message>
    <message>
        <source>{name}; {remark}</source>
        <translation>{name}&#xa0;; {remark}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>The project&apos;s technical notes (in English): {notes}</source>
        <translation>Notes techniques du projet (en anglais)&#xa0;: {notes}</translation>
    </message>
    <message>
        <source>Content version: {version}</source>
        <translation>Version du contenu&#xa0;: {version}</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Source and status of the text</source>
        <translation>Source et statut du texte</translation>
    </message>
    <message>
        <source>Show where this text comes from and how it was prepared</source>
        <translation>Afficher d’où vient ce texte et comment il a été préparé</translation>
    </message>
    <message>
        <source>More about the source</source>
        <translation>En savoir plus sur la source</translation>
    </message>
    <message>
        <source>Status of the text</source>
        <translation>Statut du texte</translation>
    </message>
    <message>
        <source>Source of the text</source>
        <translation>Source du texte</translation>
    </message>
    <message>
        <source>Note on the text</source>
        <translation>Note sur le texte</translation>
    </message>
    <message>
        <source>Warning about this copy of the text</source>
        <translation>Avertissement sur cette copie du texte</translation>
    </message>
</context>
<context>
    <name>UndoNames</name>
    <message>
        <source>Move folder</source>
        <translation>Déplacer le dossier</translation>
    </message>
    <message>
        <source>Rename bookmark</source>
        <translation>Renommer le signet</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Move bookmark</source>
        <translation>Déplacer le signet</translation>
    </message>
    <message>
        <source>Delete bookmark</source>
        <translation>Supprimer le signet</translation>
    </message>
    <message>
        <source>Bookmark %1</source>
        <translation>Ajouter aux signets %1</translation>
    </message>
    <message>
        <source>New folder “%1”</source>
        <translation>Nouveau dossier « %1 »</translation>
    </message>
    <message>
        <source>Rename folder to “%1”</source>
        <translation>Renommer le dossier en « %1 »</translation>
    </message>
    <message>
        <source>Delete folder “%1”</source>
        <translation>Supprimer le dossier « %1 »</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>the last change to the bookmarks</source>
        <translation>la dernière modification des signets</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print a range</source>
        <translation>Imprimer une plage</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
</context>
<context>
    <name>IndexPanel</name>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Entries: {n}</source>
        <translation>Entrées : {n}</translation>
    </message>
    <message>
        <source>Everyday words and the passages they concern. This index is the project’s own work, not UN text.</source>
        <translation>Les mots de tous les jours et les passages qui les concernent. Cet index est le travail du projet, pas un texte de l’ONU.</translation>
    </message>
    <message>
        <source>About the subject index</source>
        <translation>À propos de l’index thématique</translation>
    </message>
    <message>
        <source>Filter the index…</source>
        <translation>Filtrer l’index…</translation>
    </message>
    <message>
        <source>Filter the index</source>
        <translation>Filtrer l’index</translation>
    </message>
    <message>
        <source>Type a word to narrow the list. Down arrow: go to the list; Enter: open the first entry.</source>
        <translation>Tapez un mot pour réduire la liste. Flèche bas : aller à la liste ; Entrée : ouvrir la première entrée.</translation>
    </message>
    <message>
        <source>Subject index</source>
        <translation>Index thématique</translation>
    </message>
    <message>
        <source>Entries from A to Z under their letter. Enter on an entry opens its passages; Enter on a passage opens it in the reader.</source>
        <translation>Les entrées de A à Z sous leur lettre. Entrée sur une entrée ouvre ses passages ; Entrée sur un passage l’ouvre dans le lecteur.</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>Nombre d’entrées affichées</translation>
    </message>
</context>
</TS>
