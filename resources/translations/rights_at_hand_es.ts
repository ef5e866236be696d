<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>A11yNames</name>
    <message>
        <source>Show the tabs to the left</source>
        <translation>Mostrar las pestañas de la izquierda</translation>
    </message>
    <message>
        <source>Show the tabs to the right</source>
        <translation>Mostrar las pestañas de la derecha</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>See the pages before printing</source>
        <translation>Ver las páginas antes de imprimir</translation>
    </message>
    <message>
        <source>Print a &amp;range…</source>
        <translation>Imprimir un i&amp;ntervalo…</translation>
    </message>
    <message>
        <source>Print from one article or paragraph to another</source>
        <translation>Imprimir desde un artículo o párrafo hasta otro</translation>
    </message>
    <message>
        <source>Print the selected passages, or the current passage, with citations</source>
        <translation>Imprimir los pasajes seleccionados, o el pasaje actual, con su cita</translation>
    </message>
    <message>
        <source>Print &amp;whole document…</source>
        <translation>Imprimir el documento &amp;completo…</translation>
    </message>
    <message>
        <source>Print the whole document on screen with citations</source>
        <translation>Imprimir todo el documento en pantalla con sus citas</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>Exportar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the selected passages, or the current passage, as a PDF file</source>
        <translation>Guardar los pasajes seleccionados, o el pasaje actual, en un archivo PDF</translation>
    </message>
    <message>
        <source>Export whole &amp;document as PDF…</source>
        <translation>Exportar el &amp;documento completo como PDF…</translation>
    </message>
    <message>
        <source>Save the whole document on screen as a PDF file</source>
        <translation>Guardar todo el documento en pantalla en un archivo PDF</translation>
    </message>
    <message>
        <source>Keep no history, last position or recent searches</source>
        <translation>No guardar historial, última posición ni búsquedas recientes</translation>
    </message>
    <message>
        <source>&amp;Quick exit</source>
        <translation>Salida &amp;rápida</translation>
    </message>
    <message>
        <source>Close at once, clear copied text, save nothing about this session</source>
        <translation>Cerrar de inmediato, borrar el texto copiado y no guardar nada de esta sesión</translation>
    </message>
    <message>
        <source>Pr&amp;ivate mode</source>
        <translation>&amp;Modo privado</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Cerrar la aplicación</translation>
    </message>
    <message>
        <source>Q&amp;uit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Copiar el texto seleccionado</translation>
    </message>
    <message>
        <source>Copy with c&amp;itation</source>
        <translation>Copiar con la c&amp;ita</translation>
    </message>
    <message>
        <source>Copy the selected passages with their citation</source>
        <translation>Copiar los pasajes seleccionados con su cita</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Select the whole text</source>
        <translation>Seleccionar todo el texto</translation>
    </message>
    <message>
        <source>&amp;Find in page…</source>
        <translation>&amp;Buscar en la página…</translation>
    </message>
    <message>
        <source>Find words in this text</source>
        <translation>Buscar palabras en este texto</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Coincidencia &amp;siguiente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Coincidencia &amp;anterior</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>Text at normal size</source>
        <translation>Texto en tamaño normal</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Lado a lado</translation>
    </message>
    <message>
        <source>Show a second language beside the text</source>
        <translation>Mostrar un segundo idioma junto al texto</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>Ín&amp;dice</translation>
    </message>
    <message>
        <source>Show the list of documents</source>
        <translation>Mostrar la lista de documentos</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Go back to the previous passage</source>
        <translation>Volver al pasaje anterior</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Volver a avanzar</translation>
    </message>
    <message>
        <source>&amp;Go to passage…</source>
        <translation>&amp;Ir al pasaje…</translation>
    </message>
    <message>
        <source>Type a reference such as “art 12” or “64/163 para 7”</source>
        <translation>Escriba una referencia como «art 12» o «64/163 párr 7»</translation>
    </message>
    <message>
        <source>&amp;Search all texts…</source>
        <translation>&amp;Buscar en todos los textos…</translation>
    </message>
    <message>
        <source>Search every document in every language</source>
        <translation>Buscar en todos los documentos y en todos los idiomas</translation>
    </message>
    <message>
        <source>Ne&amp;xt passage</source>
        <translation>Pasaje &amp;siguiente</translation>
    </message>
    <message>
        <source>Next passage</source>
        <translation>Pasaje siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious passage</source>
        <translation>Pasaje a&amp;nterior</translation>
    </message>
    <message>
        <source>Previous passage</source>
        <translation>Pasaje anterior</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Mostrar los atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Rights at Hand</source>
        <translation>&amp;Acerca de Rights at Hand</translation>
    </message>
    <message>
        <source>Version, sources and licence</source>
        <translation>Versión, fuentes y licencia</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Tema de colores</translation>
    </message>
    <message>
        <source>Say &amp;where I am</source>
        <translation>Decir dónde es&amp;toy</translation>
    </message>
    <message>
        <source>Say the citation of the passage at the caret and the status of its text</source>
        <translation>Decir la cita del pasaje donde está el cursor y el carácter de su texto</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Filter by note…</source>
        <translation>Filtrar por nota…</translation>
    </message>
    <message>
        <source>Filter bookmarks by the text of their notes</source>
        <translation>Filtrar los marcadores por el texto de sus notas</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Bookmarks and folders</source>
        <translation>Marcadores y carpetas</translation>
    </message>
    <message>
        <source>Enter opens a bookmark, F2 renames, Delete deletes, Ctrl+Z undoes</source>
        <translation>Intro abre un marcador, F2 cambia el nombre, Supr elimina, Ctrl+Z deshace</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Note of the selected bookmark</source>
        <translation>Nota del marcador seleccionado</translation>
    </message>
    <message>
        <source>Your note (saved when you leave this box)</source>
        <translation>Su nota (se guarda al salir de este cuadro)</translation>
    </message>
    <message>
        <source>Bookmarks messages</source>
        <translation>Mensajes de los marcadores</translation>
    </message>
    <message>
        <source>Your bookmarks are protected with a passphrase and are locked. The texts can be read without it.</source>
        <translation>Sus marcadores están protegidos con una frase de contraseña y bloqueados. Los textos se pueden leer sin ella.</translation>
    </message>
    <message>
        <source>&amp;Unlock bookmarks…</source>
        <translation>&amp;Desbloquear marcadores…</translation>
    </message>
    <message>
        <source>Unlock bookmarks</source>
        <translation>Desbloquear marcadores</translation>
    </message>
    <message>
        <source>Anyone who gets this computer or stick can read your bookmarks and notes. Protect them with a passphrase? (Also in the File menu, at any time.)</source>
        <translation>Cualquiera que obtenga este ordenador o esta memoria USB puede leer sus marcadores y notas. ¿Protegerlos con una frase de contraseña? (También en el menú Archivo, en cualquier momento.)</translation>
    </message>
    <message>
        <source>&amp;Set a passphrase…</source>
        <translation>&amp;Elegir una frase de contraseña…</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>A&amp;hora no</translation>
    </message>
    <message>
        <source>&amp;Bookmark this passage</source>
        <translation>&amp;Marcar este pasaje</translation>
    </message>
    <message>
        <source>Bookmark the current passage or the selected passages</source>
        <translation>Marcar el pasaje actual o los pasajes seleccionados</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show the bookmarked passages</source>
        <translation>Mostrar los pasajes marcados</translation>
    </message>
    <message>
        <source>Make a new folder</source>
        <translation>Crear una carpeta</translation>
    </message>
    <message>
        <source>Rename the bookmark or folder</source>
        <translation>Cambiar el nombre del marcador o la carpeta</translation>
    </message>
    <message>
        <source>&amp;Move to folder…</source>
        <translation>Mo&amp;ver a una carpeta…</translation>
    </message>
    <message>
        <source>Move to another folder</source>
        <translation>Mover a otra carpeta</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete (can be undone)</source>
        <translation>Eliminar (se puede deshacer)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change to the bookmarks</source>
        <translation>Deshacer el último cambio en los marcadores</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Rehacer el cambio recién deshecho</translation>
    </message>
    <message>
        <source>&amp;Export bookmarks…</source>
        <translation>E&amp;xportar marcadores…</translation>
    </message>
    <message>
        <source>Save all bookmarks and notes to a file</source>
        <translation>Guardar todos los marcadores y notas en un archivo</translation>
    </message>
    <message>
        <source>&amp;Import bookmarks…</source>
        <translation>&amp;Importar marcadores…</translation>
    </message>
    <message>
        <source>Add bookmarks from a file made by Export</source>
        <translation>Añadir marcadores de un archivo creado con Exportar</translation>
    </message>
    <message>
        <source>&amp;Print folder…</source>
        <translation>Im&amp;primir la carpeta…</translation>
    </message>
    <message>
        <source>Print the folder with its notes</source>
        <translation>Imprimir la carpeta con sus notas</translation>
    </message>
    <message>
        <source>Ne&amp;w folder…</source>
        <translation>Nueva &amp;carpeta…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Folder as PDF…</source>
        <translation>Carpeta como PD&amp;F…</translation>
    </message>
    <message>
        <source>Save the folder with its notes as a PDF file</source>
        <translation>Guardar la carpeta con sus notas en un archivo PDF</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>More bookmark actions</source>
        <translation>Más acciones de marcadores</translation>
    </message>
    <message>
        <source>Rename, move, print, export and import</source>
        <translation>Cambiar el nombre, mover, imprimir, exportar e importar</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Carpeta %1</translation>
    </message>
    <message>
        <source>Open a passage first, then bookmark it.</source>
        <translation>Abra primero un pasaje y luego márquelo.</translation>
    </message>
    <message>
        <source>Bookmarked: %1</source>
        <translation>Marcado: %1</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nombre de la carpeta:</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Nivel superior)</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>Mover a una carpeta</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>Se eliminó «%1». Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rehecho: %1</translation>
    </message>
    <message>
        <source>Encrypted bookmarks (*.bookmarks)</source>
        <translation>Marcadores cifrados (*.bookmarks)</translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>Exportar marcadores</translation>
    </message>
    <message>
        <source>Bookmarks (*.json)</source>
        <translation>Marcadores (*.json)</translation>
    </message>
    <message>
        <source>%1 bookmarks saved to %2</source>
        <translation>%1 marcadores guardados en %2</translation>
    </message>
    <message>
        <source>Your bookmarks are protected, but a bookmarks file in JSON can be read by anyone who gets it.</source>
        <translation>Sus marcadores están protegidos, pero un archivo de marcadores en JSON puede leerlo cualquiera que lo obtenga.</translation>
    </message>
    <message>
        <source>An encrypted file can only be imported with the passphrase you choose for it.</source>
        <translation>Un archivo cifrado solo se puede importar con la frase de contraseña que elija para él.</translation>
    </message>
    <message>
        <source>&amp;Encrypted file…</source>
        <translation>Archivo &amp;cifrado…</translation>
    </message>
    <message>
        <source>&amp;Readable JSON file…</source>
        <translation>Archivo JSON &amp;legible…</translation>
    </message>
    <message>
        <source>Encrypt the bookmarks file</source>
        <translation>Cifrar el archivo de marcadores</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. It is needed to import it; tell it to the person who will import it another way than the file itself.</source>
        <translation>Elija una frase de contraseña para este archivo. Se necesitará para importarlo; comuníquesela a la persona que lo importará por otra vía distinta del propio archivo.</translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation>Importar marcadores</translation>
    </message>
    <message>
        <source>Bookmarks (*.json *.bookmarks);;All files (*)</source>
        <translation>Marcadores (*.json *.bookmarks);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>That passphrase does not open this file. Nothing was changed.</source>
        <translation>Esa frase de contraseña no abre este archivo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This bookmarks file is encrypted. Type its passphrase.</source>
        <translation>Este archivo de marcadores está cifrado. Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Bookmarks are locked.</source>
        <translation>Los marcadores están bloqueados.</translation>
    </message>
    <message>
        <source>Bookmarks are read-only: %1</source>
        <translation>Los marcadores son de solo lectura: %1</translation>
    </message>
    <message>
        <source>Your bookmarks were updated to the new format.</source>
        <translation>Sus marcadores se actualizaron al nuevo formato.</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Sin nota</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page:</source>
        <translation>Buscar en la página:</translation>
    </message>
    <message>
        <source>Word or phrase</source>
        <translation>Palabra o frase</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Buscar en la página</translation>
    </message>
    <message>
        <source>Enter: next match. Shift+Enter: previous match. Escape: close.</source>
        <translation>Intro: coincidencia siguiente. Mayús+Intro: coincidencia anterior. Esc: cerrar.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close find in page</source>
        <translation>Cerrar la búsqueda en la página</translation>
    </message>
    <message>
        <source>Number of matches</source>
        <translation>Número de coincidencias</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>{part}: articles {first} to {last}</source>
        <translation>{part}: artículos {first} a {last}</translation>
    </message>
    <message>
        <source>{part}: article {n}</source>
        <translation>{part}: artículo {n}</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guías</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Adopting resolution</source>
        <translation>Resolución de aprobación</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>Preámbulo</translation>
    </message>
    <message>
        <source>Operative paragraphs</source>
        <translation>Parte dispositiva</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Article {n}</source>
        <translation>Artículo {n}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Documents, their parts, articles and paragraphs, guidance and topics. Arrow keys move, Enter opens.</source>
        <translation>Documentos, partes, artículos y párrafos, guías y temas. Flechas: moverse; Intro: abrir.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not found: “{text}”: {title} has no such article or paragraph.</source>
        <translation>No encontrado: «{text}»: {title} no tiene ese artículo o párrafo.</translation>
    </message>
    <message>
        <source>Note for the new bookmark</source>
        <translation>Nota del nuevo marcador</translation>
    </message>
    <message>
        <source>Note for this bookmark (optional):</source>
        <translation>Nota para este marcador (opcional):</translation>
    </message>
    <message>
        <source>Bookmark this passage</source>
        <translation>Añadir este pasaje a marcadores</translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation>No se guardó nada. {reason}</translation>
    </message>
    <message>
        <source>Your bookmarks are read-only.</source>
        <translation>Sus marcadores son de solo lectura.</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>En marcadores</translation>
    </message>
    <message>
        <source>Bookmarked: {note}</source>
        <translation>En marcadores: {note}</translation>
    </message>
    <message>
        <source>Not found: “{text}” is not a reference or a title here. Press Enter again to search the texts for it.</source>
        <translation>No encontrado: «{text}» no es una referencia ni un título aquí. Pulse Intro otra vez para buscarlo en los textos.</translation>
    </message>
    <message>
        <source>Rights at Hand is already open with the same bookmarks and settings. Switch to its window: it may be minimised or on another desktop.</source>
        <translation>Rights at Hand ya está abierto con los mismos marcadores y ajustes. Cambie a su ventana: puede estar minimizada o en otro escritorio.</translation>
    </message>
    <message>
        <source>Not found: {reason}</source>
        <translation>No encontrado: {reason}</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Citation of the current passage</source>
        <translation>Cita del pasaje actual</translation>
    </message>
    <message>
        <source>Text size: {n} %</source>
        <translation>Tamaño del texto: {n} %</translation>
    </message>
    <message>
        <source>About Rights at Hand</source>
        <translation>Acerca de Rights at Hand</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rights at Hand&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;The UN Declaration on Human Rights Defenders (A/RES/53/144) and General Assembly resolution 64/163, with guidance, in the six UN languages.&lt;/p&gt;&lt;p&gt;Works offline: it never connects to the Internet.&lt;/p&gt;&lt;p&gt;Texts marked “unofficial translation” or “guidance” are not UN texts; the source of each text is shown above it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rights at Hand&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;La Declaración de las Naciones Unidas sobre los defensores de los derechos humanos (A/RES/53/144) y la resolución 64/163 de la Asamblea General, con guías, en los seis idiomas de las Naciones Unidas.&lt;/p&gt;&lt;p&gt;Funciona sin conexión: nunca se conecta a Internet.&lt;/p&gt;&lt;p&gt;Los textos marcados como «traducción no oficial» o «guía» no son textos de las Naciones Unidas; la fuente de cada texto se indica encima de él.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Some texts could not be read and are left out: {files}</source>
        <translation>Algunos textos no se pudieron leer y se han dejado fuera: {files}</translation>
    </message>
    <message>
        <source>The list of topics could not be read and is left out: {file}</source>
        <translation>La lista de temas no se pudo leer y se ha dejado fuera: {file}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Contents and search</source>
        <translation>Índice y búsqueda</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Contents, search and other panels</source>
        <translation>Índice, búsqueda y otros paneles</translation>
    </message>
    <message>
        <source>Settings cannot be saved</source>
        <translation>No se pueden guardar los ajustes</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Estado de los ajustes</translation>
    </message>
    <message>
        <source>Bookmarks are read-only: {reason}</source>
        <translation>Los marcadores son de solo lectura: {reason}</translation>
    </message>
    <message>
        <source>The bookmarks file is damaged ({reason}) and could not be moved aside, so bookmarks cannot be changed.</source>
        <translation>El archivo de marcadores está dañado ({reason}) y no se pudo apartar, así que los marcadores no se pueden modificar.</translation>
    </message>
    <message>
        <source>The bookmarks file was damaged ({reason}) and was kept as {file}. A new file holds what could be recovered (bookmarks: {bookmarks}, folders: {folders}).</source>
        <translation>El archivo de marcadores estaba dañado ({reason}) y se ha conservado como {file}. Un archivo nuevo contiene lo que se pudo recuperar (marcadores: {bookmarks}, carpetas: {folders}).</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Select a passage first</source>
        <translation>Seleccione primero un pasaje</translation>
    </message>
    <message>
        <source>The texts could not be read, so the app cannot open.</source>
        <translation>No se pudieron leer los textos, así que la aplicación no puede abrirse.</translation>
    </message>
    <message>
        <source>There is no folder for your bookmarks and settings, so the app cannot open.</source>
        <translation>No hay ninguna carpeta para sus marcadores y sus ajustes, así que la aplicación no puede abrirse.</translation>
    </message>
    <message>
        <source>A file stands where that folder should be:
%1
Move or rename the file, then start the app again.</source>
        <translation>Hay un archivo donde debería estar esa carpeta:
%1
Mueva el archivo o cámbiele el nombre y vuelva a abrir la aplicación.</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Off</source>
        <translation>No</translation>
    </message>
    <message>
        <source>G&amp;o to:</source>
        <translation>I&amp;r a:</translation>
    </message>
    <message>
        <source>e.g. art 12, 64/163 para 7</source>
        <translation>p. ej. art 12, 64/163 párr 7</translation>
    </message>
    <message>
        <source>Type an article or paragraph, in any of the six languages, and press Enter</source>
        <translation>Escriba un artículo o párrafo, en cualquiera de los seis idiomas, y pulse Intro</translation>
    </message>
    <message>
        <source>Go to passage</source>
        <translation>Ir al pasaje</translation>
    </message>
    <message>
        <source>Go to: error</source>
        <translation>Ir a: error</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation>Idioma del texto</translation>
    </message>
    <message>
        <source>The language the document is shown in</source>
        <translation>El idioma en que se muestra el documento</translation>
    </message>
    <message>
        <source>&amp;Side by side:</source>
        <translation>&amp;Lado a lado:</translation>
    </message>
    <message>
        <source>Second language side by side</source>
        <translation>Segundo idioma lado a lado</translation>
    </message>
    <message>
        <source>Show a second language beside the text, passage by passage</source>
        <translation>Mostrar un segundo idioma junto al texto, pasaje por pasaje</translation>
    </message>
    <message>
        <source>Private mode</source>
        <translation>Modo privado</translation>
    </message>
    <message>
        <source>Private mode is on</source>
        <translation>El modo privado está activado</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Close at once ({keys}): clears text copied from the app and saves nothing about this session</source>
        <translation>Cerrar de inmediato ({keys}): borra el texto copiado de la aplicación y no guarda nada de esta sesión</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Escríbala de nuevo:</translation>
    </message>
    <message>
        <source>Passphrase message</source>
        <translation>Mensaje sobre la frase de contraseña</translation>
    </message>
    <message>
        <source>I &amp;forgot the passphrase…</source>
        <translation>&amp;Olvidé la frase de contraseña…</translation>
    </message>
</context>
<context>
    <name>PresentationActions</name>
    <message>
        <source>Print passage card</source>
        <translation>Imprimir la ficha del pasaje</translation>
    </message>
    <message>
        <source>{chosen} is too long for a passage card: a card holds up to {max} passages on one page, and this has {n}. Print it with File › Print…, or select one article and print its card.</source>
        <translation>{chosen} es demasiado largo para una ficha de pasaje: una ficha admite hasta {max} pasajes en una página, y este tiene {n}. Imprímalo con Archivo › Imprimir…, o seleccione un solo artículo e imprima su ficha.</translation>
    </message>
    <message>
        <source>S&amp;how to an official</source>
        <translation>&amp;Mostrar a un funcionario</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Show the current passage full screen in large print, beside a second language, to show an official ({keys})</source>
        <translation>Mostrar el pasaje actual a pantalla completa y en letra grande, junto a un segundo idioma, para enseñarlo a un funcionario ({keys})</translation>
    </message>
    <message>
        <source>Print passage &amp;card…</source>
        <translation>Imprimir la &amp;ficha del pasaje…</translation>
    </message>
    <message>
        <source>Print the current passage on one page in large print, beside a second language</source>
        <translation>Imprimir el pasaje actual en una sola página en letra grande, junto a un segundo idioma</translation>
    </message>
    <message>
        <source>Show to an official</source>
        <translation>Mostrar a un funcionario</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>{chosen} is longer than one screen holds, so it is shown a piece at a time: this is {shown} ({n} of {total}). Next ({next}) and Previous ({previous}) show the others.</source>
        <translation>{chosen} es más largo de lo que cabe en una pantalla, así que se muestra por partes: esto es {shown} ({n} de {total}). Siguiente ({next}) y Anterior ({previous}) muestran las demás.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous passage</source>
        <translation>Pasaje anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next passage</source>
        <translation>Pasaje siguiente</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Más pequeño</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close and go back to the app</source>
        <translation>Cerrar y volver a la aplicación</translation>
    </message>
    <message>
        <source>&amp;Beside it:</source>
        <translation>&amp;Al lado:</translation>
    </message>
    <message>
        <source>Second language beside the passage</source>
        <translation>Segundo idioma junto al pasaje</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Passage shown to an official</source>
        <translation>Pasaje mostrado a un funcionario</translation>
    </message>
    <message>
        <source>Show to an official</source>
        <translation>Mostrar a un funcionario</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy and protection</source>
        <translation>Privacidad y protección</translation>
    </message>
    <message>
        <source>&amp;Keep reading history and recent searches between sessions</source>
        <translation>&amp;Conservar el historial de lectura y las búsquedas recientes entre sesiones</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock protected bookmarks after this long without use:</source>
        <translation>&amp;Bloquear los marcadores protegidos tras este tiempo sin uso:</translation>
    </message>
    <message>
        <source>Quick exit also &amp;erases bookmarks, notes, exports and caches</source>
        <translation>La salida rápida también &amp;borra marcadores, notas, exportaciones y cachés</translation>
    </message>
    <message>
        <source>Quick exit will then destroy your bookmarks and notes (the key of protected bookmarks is overwritten, so they can never be opened again) and remove your exported files and the app&apos;s caches. This cannot be undone. Turn it on?</source>
        <translation>La salida rápida destruirá entonces sus marcadores y notas (la clave de los marcadores protegidos se sobrescribe, por lo que nunca podrán volver a abrirse) y eliminará sus archivos exportados y las cachés de la aplicación. No se puede deshacer. ¿Activarlo?</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <source>These older copies could not be read whole and are not protected; delete them if you do not need them: {files}</source>
        <translation>Estas copias anteriores no se pudieron leer completas y no están protegidas; elimínelas si no las necesita: {files}</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters.</source>
        <translation>Una frase de contraseña necesita al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The bookmarks could not be protected: {reason}</source>
        <translation>No se pudieron proteger los marcadores: {reason}</translation>
    </message>
    <message>
        <source>Your bookmarks are now protected with a passphrase.</source>
        <translation>Sus marcadores ya están protegidos con una frase de contraseña.</translation>
    </message>
    <message>
        <source>That passphrase does not open your bookmarks (or their file is damaged). Nothing was changed.</source>
        <translation>Esa frase de contraseña no abre sus marcadores (o su archivo está dañado). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Se cambió la frase de contraseña.</translation>
    </message>
    <message>
        <source>A new, empty bookmarks store was started. The locked one was kept as {file}.</source>
        <translation>Se creó un nuevo archivo de marcadores vacío. El bloqueado se conservó como {file}.</translation>
    </message>
    <message>
        <source>Protect bookmarks with a passphrase</source>
        <translation>Proteger los marcadores con una frase de contraseña</translation>
    </message>
    <message>
        <source>Your bookmarks and notes, their folders and dates will be encrypted. You will need the passphrase to see them; the texts can always be read without it. If you forget it, nobody can recover your notes, not even the project.</source>
        <translation>Sus marcadores y notas, sus carpetas y fechas se cifrarán. Necesitará la frase de contraseña para verlos; los textos siempre se pueden leer sin ella. Si la olvida, nadie podrá recuperar sus notas, ni siquiera el proyecto.</translation>
    </message>
    <message>
        <source>Unlock bookmarks</source>
        <translation>Desbloquear marcadores</translation>
    </message>
    <message>
        <source>Type the passphrase of your bookmarks.</source>
        <translation>Escriba la frase de contraseña de sus marcadores.</translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered, and without it nobody can read these bookmarks and notes: not you, not the project.</source>
        <translation>Una frase de contraseña olvidada no se puede recuperar, y sin ella nadie puede leer estos marcadores y notas: ni usted ni el proyecto.</translation>
    </message>
    <message>
        <source>You can start a new, empty bookmarks store. The locked file is not deleted: it is kept under a new name in the data folder, in case the passphrase comes back to you.</source>
        <translation>Puede empezar un nuevo archivo de marcadores vacío. El archivo bloqueado no se elimina: se conserva con otro nombre en la carpeta de datos, por si recuerda la frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Start a new store</source>
        <translation>&amp;Empezar un archivo nuevo</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Your bookmarks will be encrypted again with the new passphrase.</source>
        <translation>Sus marcadores se cifrarán de nuevo con la nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Pro&amp;tect bookmarks with a passphrase…</source>
        <translation>Pro&amp;teger los marcadores con una frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Lock bookmarks</source>
        <translation>B&amp;loquear marcadores</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase…</source>
        <translation>C&amp;ambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Privac&amp;y and protection…</source>
        <translation>Privacidad y pr&amp;otección…</translation>
    </message>
    <message>
        <source>U&amp;nlock bookmarks…</source>
        <translation>Des&amp;bloquear marcadores…</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Bookmarked</source>
        <translation>En marcadores</translation>
    </message>
    <message>
        <source>Bookmarked: {note}</source>
        <translation>En marcadores: {note}</translation>
    </message>
    <message>
        <source>See the text:</source>
        <translation>Ver el texto:</translation>
    </message>
    <message>
        <source>Related provisions (Rights at Hand’s mapping, not a UN text):</source>
        <translation>Disposiciones relacionadas (correspondencia establecida por Rights at Hand, no es un texto de las Naciones Unidas):</translation>
    </message>
    <message>
        <source>(not in this language)</source>
        <translation>(no existe en este idioma)</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>{n} found</source>
        <translation>{n} encontrado(s)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>The document. Arrow keys move the caret; Ctrl+Tab goes to the next link and Enter follows it; Tab goes to the next control; Ctrl+F finds words in the page.</source>
        <translation>El documento. Las flechas mueven el cursor; Ctrl+Tab va al enlace siguiente e Intro lo abre; Tab pasa al control siguiente; Ctrl+F busca palabras en la página.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Via the subject index (the project’s own work): {entry}</source>
        <translation>Por el índice temático (obra del proyecto): {entry}</translation>
    </message>
    <message>
        <source>Via the guidance section: {section}</source>
        <translation>Por la sección de orientación: {section}</translation>
    </message>
    <message>
        <source>The query has no words to search for.</source>
        <translation>La consulta no contiene palabras que buscar.</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>Preparando el índice de búsqueda…</translation>
    </message>
    <message>
        <source>Search is not available: {reason}</source>
        <translation>La búsqueda no está disponible: {reason}</translation>
    </message>
    <message>
        <source>Results: {n}</source>
        <translation>Resultados: {n}</translation>
    </message>
    <message>
        <source>No results. Did you mean:</source>
        <translation>Sin resultados. ¿Quiso decir:</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>Sin resultados.</translation>
    </message>
    <message>
        <source>(searched as plain words)</source>
        <translation>(búsqueda de palabras sueltas)</translation>
    </message>
    <message>
        <source>NOT needs a word before it, as in: police NOT arrest</source>
        <translation>NOT necesita una palabra delante, por ejemplo: policía NOT detención</translation>
    </message>
    <message>
        <source>The query is longer than {words} words or {chars} characters: only its beginning was searched.</source>
        <translation>La búsqueda supera las {words} palabras o los {chars} caracteres: solo se buscó su comienzo.</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>La búsqueda falló: {reason}</translation>
    </message>
    <message>
        <source>Search all texts…</source>
        <translation>Buscar en todos los textos…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Results appear as you type. Down arrow: go to the results; Enter: open.</source>
        <translation>Los resultados aparecen mientras escribe. Flecha abajo: ir a los resultados; Intro: abrir.</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Buscar en el idioma</translation>
    </message>
    <message>
        <source>Search one language or all</source>
        <translation>Buscar en un idioma o en todos</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>Do&amp;cumento:</translation>
    </message>
    <message>
        <source>Search in document</source>
        <translation>Buscar en el documento</translation>
    </message>
    <message>
        <source>Search one document or all</source>
        <translation>Buscar en un documento o en todos</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>One passage per row. Enter opens it; Escape goes back to the search box.</source>
        <translation>Un pasaje por fila. Intro lo abre; Esc vuelve al cuadro de búsqueda.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
</context>
<context>
    <name>SourceBanner</name>
    <message>
        <source>Warning: this copy of “{document}” differs from the text shipped with Rights at Hand. It may have been altered; check it against the official UN document.</source>
        <translation>Atención: esta copia de «{document}» difiere del texto distribuido con Rights at Hand. Puede haber sido alterada; compárela con el documento oficial de las Naciones Unidas.</translation>
    </message>
    <message>
        <source>Official UN text ({language})</source>
        <translation>Texto oficial de las Naciones Unidas ({language})</translation>
    </message>
    <message>
        <source>Unofficial translation ({language}) by {translator}, from {source}, {date}, not a UN text</source>
        <translation>Traducción no oficial ({language}) realizada por {translator}, a partir de: {source}, {date}; no es un texto de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Rights at Hand guidance ({language}), not a UN text</source>
        <translation>Guía de Rights at Hand ({language}); no es un texto de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Not available in {language}; shown in this language.</source>
        <translation>No disponible en el idioma pedido ({language}); se muestra en este idioma.</translation>
    </message>
    <message>
        <source>Rights at Hand project</source>
        <translation>el proyecto Rights at Hand</translation>
    </message>
    <message>
        <source>not yet reviewed by a professional translator</source>
        <translation>aún no revisada por un traductor profesional</translation>
    </message>
    <message>
        <source>{name}; {remark}</source>
        <translation>{name}; {remark}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>The project&apos;s technical notes (in English): {notes}</source>
        <translation>Notas técnicas del proyecto (en inglés): {notes}</translation>
    </message>
    <message>
        <source>Content version: {version}</source>
        <translation>Versión del contenido: {version}</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Source and status of the text</source>
        <translation>Fuente y carácter del texto</translation>
    </message>
    <message>
        <source>Show where this text comes from and how it was prepared</source>
        <translation>Mostrar de dónde procede este texto y cómo se preparó</translation>
    </message>
    <message>
        <source>More about the source</source>
        <translation>Más sobre la fuente</translation>
    </message>
    <message>
        <source>Status of the text</source>
        <translation>Carácter del texto</translation>
    </message>
    <message>
        <source>Source of the text</source>
        <translation>Fuente del texto</translation>
    </message>
    <message>
        <source>Note on the text</source>
        <translation>Nota sobre el texto</translation>
    </message>
    <message>
        <source>Warning about this copy of the text</source>
        <translation>Advertencia sobre esta copia del texto</translation>
    </message>
</context>
<context>
    <name>UndoNames</name>
    <message>
        <source>Move folder</source>
        <translation>Mover la carpeta</translation>
    </message>
    <message>
        <source>Rename bookmark</source>
        <translation>Cambiar el nombre del marcador</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar la nota</translation>
    </message>
    <message>
        <source>Move bookmark</source>
        <translation>Mover el marcador</translation>
    </message>
    <message>
        <source>Delete bookmark</source>
        <translation>Eliminar el marcador</translation>
    </message>
    <message>
        <source>Bookmark %1</source>
        <translation>Añadir a marcadores %1</translation>
    </message>
    <message>
        <source>New folder “%1”</source>
        <translation>Nueva carpeta «%1»</translation>
    </message>
    <message>
        <source>Rename folder to “%1”</source>
        <translation>Cambiar el nombre de la carpeta a «%1»</translation>
    </message>
    <message>
        <source>Delete folder “%1”</source>
        <translation>Eliminar la carpeta «%1»</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>the last change to the bookmarks</source>
        <translation>el último cambio en los marcadores</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print a range</source>
        <translation>Imprimir un intervalo</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
</context>
<context>
    <name>IndexPanel</name>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Entries: {n}</source>
        <translation>Entradas: {n}</translation>
    </message>
    <message>
        <source>Everyday words and the passages they concern. This index is the project’s own work, not UN text.</source>
        <translation>Palabras de todos los días y los pasajes que les conciernen. Este índice es obra del proyecto, no un texto de las Naciones Unidas.</translation>
    </message>
    <message>
        <source>About the subject index</source>
        <translation>Acerca del índice temático</translation>
    </message>
    <message>
        <source>Filter the index…</source>
        <translation>Filtrar el índice…</translation>
    </message>
    <message>
        <source>Filter the index</source>
        <translation>Filtrar el índice</translation>
    </message>
    <message>
        <source>Type a word to narrow the list. Down arrow: go to the list; Enter: open the first entry.</source>
        <translation>Escriba una palabra para acotar la lista. Flecha abajo: ir a la lista; Intro: abrir la primera entrada.</translation>
    </message>
    <message>
        <source>Subject index</source>
        <translation>Índice temático</translation>
    </message>
    <message>
        <source>Entries from A to Z under their letter. Enter on an entry opens its passages; Enter on a passage opens it in the reader.</source>
        <translation>Entradas de la A a la Z bajo su letra. Intro en una entrada abre sus pasajes; Intro en un pasaje lo abre en el lector.</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>Número de entradas mostradas</translation>
    </message>
</context>
</TS>
