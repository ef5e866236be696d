<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>A11yNames</name>
    <message>
        <source>Show the tabs to the left</source>
        <translation>Показать вкладки слева</translation>
    </message>
    <message>
        <source>Show the tabs to the right</source>
        <translation>Показать вкладки справа</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Закладки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Предварительный п&amp;росмотр…</translation>
    </message>
    <message>
        <source>See the pages before printing</source>
        <translation>Посмотреть страницы перед печатью</translation>
    </message>
    <message>
        <source>Print a &amp;range…</source>
        <translation>Напечатать &amp;диапазон…</translation>
    </message>
    <message>
        <source>Print from one article or paragraph to another</source>
        <translation>Напечатать от одной статьи или пункта до другой</translation>
    </message>
    <message>
        <source>Print the selected passages, or the current passage, with citations</source>
        <translation>Напечатать выделенные фрагменты или текущий фрагмент со ссылками</translation>
    </message>
    <message>
        <source>Print &amp;whole document…</source>
        <translation>Напечатать &amp;весь документ…</translation>
    </message>
    <message>
        <source>Print the whole document on screen with citations</source>
        <translation>Напечатать весь документ на экране со ссылками</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the selected passages, or the current passage, as a PDF file</source>
        <translation>Сохранить выделенные фрагменты или текущий фрагмент в файл PDF</translation>
    </message>
    <message>
        <source>Export whole &amp;document as PDF…</source>
        <translation>&amp;Экспорт всего документа в PDF…</translation>
    </message>
    <message>
        <source>Save the whole document on screen as a PDF file</source>
        <translation>Сохранить весь документ на экране в файл PDF</translation>
    </message>
    <message>
        <source>Keep no history, last position or recent searches</source>
        <translation>Не сохранять историю, последнее место чтения и недавние поиски</translation>
    </message>
    <message>
        <source>&amp;Quick exit</source>
        <translation>&amp;Быстрый выход</translation>
    </message>
    <message>
        <source>Close at once, clear copied text, save nothing about this session</source>
        <translation>Закрыть сразу, очистить скопированный текст, ничего не сохранять об этом сеансе</translation>
    </message>
    <message>
        <source>Pr&amp;ivate mode</source>
        <translation>Пр&amp;иватный режим</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Закрыть приложение</translation>
    </message>
    <message>
        <source>Q&amp;uit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Копировать выделенный текст</translation>
    </message>
    <message>
        <source>Copy with c&amp;itation</source>
        <translation>Копировать со &amp;ссылкой</translation>
    </message>
    <message>
        <source>Copy the selected passages with their citation</source>
        <translation>Копировать выделенные фрагменты со ссылкой на источник</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>Select the whole text</source>
        <translation>Выделить весь текст</translation>
    </message>
    <message>
        <source>&amp;Find in page…</source>
        <translation>&amp;Найти на странице…</translation>
    </message>
    <message>
        <source>Find words in this text</source>
        <translation>Найти слова в этом тексте</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Найти &amp;ранее</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Крупнее текст</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <source>Text at normal size</source>
        <translation>Текст обычного размера</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Рядом</translation>
    </message>
    <message>
        <source>Show a second language beside the text</source>
        <translation>Показать рядом с текстом второй язык</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <source>Show the list of documents</source>
        <translation>Показать список документов</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Go back to the previous passage</source>
        <translation>Вернуться к предыдущему фрагменту</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Снова вперёд</translation>
    </message>
    <message>
        <source>&amp;Go to passage…</source>
        <translation>&amp;Перейти к фрагменту…</translation>
    </message>
    <message>
        <source>Type a reference such as “art 12” or “64/163 para 7”</source>
        <translation>Введите ссылку, например «ст. 12» или «64/163 п. 7»</translation>
    </message>
    <message>
        <source>&amp;Search all texts…</source>
        <translation>П&amp;оиск по всем текстам…</translation>
    </message>
    <message>
        <source>Search every document in every language</source>
        <translation>Искать во всех документах на всех языках</translation>
    </message>
    <message>
        <source>Ne&amp;xt passage</source>
        <translation>С&amp;ледующий фрагмент</translation>
    </message>
    <message>
        <source>Next passage</source>
        <translation>Следующий фрагмент</translation>
    </message>
    <message>
        <source>Pre&amp;vious passage</source>
        <translation>Пр&amp;едыдущий фрагмент</translation>
    </message>
    <message>
        <source>Previous passage</source>
        <translation>Предыдущий фрагмент</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Показать сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Rights at Hand</source>
        <translation>&amp;О программе Rights at Hand</translation>
    </message>
    <message>
        <source>Version, sources and licence</source>
        <translation>Версия, источники и лицензия</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Высокая контрастность</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Цветовая тема</translation>
    </message>
    <message>
        <source>Say &amp;where I am</source>
        <translation>Сказать, где &amp;я</translation>
    </message>
    <message>
        <source>Say the citation of the passage at the caret and the status of its text</source>
        <translation>Назвать ссылку на фрагмент, где стоит курсор, и статус его текста</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>Filter by note…</source>
        <translation>Фильтр по заметке…</translation>
    </message>
    <message>
        <source>Filter bookmarks by the text of their notes</source>
        <translation>Отбирать закладки по тексту заметок</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Bookmarks and folders</source>
        <translation>Закладки и папки</translation>
    </message>
    <message>
        <source>Enter opens a bookmark, F2 renames, Delete deletes, Ctrl+Z undoes</source>
        <translation>Enter — открыть закладку, F2 — переименовать, Delete — удалить, Ctrl+Z — отменить</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>За&amp;метка:</translation>
    </message>
    <message>
        <source>Note of the selected bookmark</source>
        <translation>Заметка к выбранной закладке</translation>
    </message>
    <message>
        <source>Your note (saved when you leave this box)</source>
        <translation>Ваша заметка (сохраняется, когда вы покидаете это поле)</translation>
    </message>
    <message>
        <source>Bookmarks messages</source>
        <translation>Сообщения о закладках</translation>
    </message>
    <message>
        <source>Your bookmarks are protected with a passphrase and are locked. The texts can be read without it.</source>
        <translation>Ваши закладки защищены парольной фразой и заблокированы. Тексты можно читать и без неё.</translation>
    </message>
    <message>
        <source>&amp;Unlock bookmarks…</source>
        <translation>&amp;Разблокировать закладки…</translation>
    </message>
    <message>
        <source>Unlock bookmarks</source>
        <translation>Разблокировать закладки</translation>
    </message>
    <message>
        <source>Anyone who gets this computer or stick can read your bookmarks and notes. Protect them with a passphrase? (Also in the File menu, at any time.)</source>
        <translation>Любой, к кому попадёт этот компьютер или флешка, сможет прочитать ваши закладки и заметки. Защитить их парольной фразой? (Это можно сделать и позже в меню «Файл».)</translation>
    </message>
    <message>
        <source>&amp;Set a passphrase…</source>
        <translation>&amp;Задать парольную фразу…</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
    <message>
        <source>&amp;Bookmark this passage</source>
        <translation>&amp;Добавить фрагмент в закладки</translation>
    </message>
    <message>
        <source>Bookmark the current passage or the selected passages</source>
        <translation>Добавить в закладки текущий или выделенные фрагменты</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Show the bookmarked passages</source>
        <translation>Показать фрагменты закладки</translation>
    </message>
    <message>
        <source>Make a new folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <source>Rename the bookmark or folder</source>
        <translation>Переименовать закладку или папку</translation>
    </message>
    <message>
        <source>&amp;Move to folder…</source>
        <translation>П&amp;ереместить в папку…</translation>
    </message>
    <message>
        <source>Move to another folder</source>
        <translation>Переместить в другую папку</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete (can be undone)</source>
        <translation>Удалить (можно отменить)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>О&amp;тменить</translation>
    </message>
    <message>
        <source>Undo the last change to the bookmarks</source>
        <translation>Отменить последнее изменение закладок</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Вернуть только что отменённое изменение</translation>
    </message>
    <message>
        <source>&amp;Export bookmarks…</source>
        <translation>&amp;Экспорт закладок…</translation>
    </message>
    <message>
        <source>Save all bookmarks and notes to a file</source>
        <translation>Сохранить все закладки и заметки в файл</translation>
    </message>
    <message>
        <source>&amp;Import bookmarks…</source>
        <translation>&amp;Импорт закладок…</translation>
    </message>
    <message>
        <source>Add bookmarks from a file made by Export</source>
        <translation>Добавить закладки из файла, созданного экспортом</translation>
    </message>
    <message>
        <source>&amp;Print folder…</source>
        <translation>&amp;Напечатать папку…</translation>
    </message>
    <message>
        <source>Print the folder with its notes</source>
        <translation>Напечатать папку с заметками</translation>
    </message>
    <message>
        <source>Ne&amp;w folder…</source>
        <translation>Новая &amp;папка…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Пе&amp;реименовать…</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>По&amp;вторить</translation>
    </message>
    <message>
        <source>&amp;Folder as PDF…</source>
        <translation>Папку в &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the folder with its notes as a PDF file</source>
        <translation>Сохранить папку с заметками в файл PDF</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <source>More bookmark actions</source>
        <translation>Другие действия с закладками</translation>
    </message>
    <message>
        <source>Rename, move, print, export and import</source>
        <translation>Переименовать, переместить, напечатать, экспортировать и импортировать</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Папка %1</translation>
    </message>
    <message>
        <source>Open a passage first, then bookmark it.</source>
        <translation>Сначала откройте фрагмент, затем добавьте его в закладки.</translation>
    </message>
    <message>
        <source>Bookmarked: %1</source>
        <translation>Добавлено в закладки: %1</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Имя папки:</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Верхний уровень)</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>Переместить в папку</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>Удалено: «%1». Отменить — Ctrl+Z.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Повторено: %1</translation>
    </message>
    <message>
        <source>Encrypted bookmarks (*.bookmarks)</source>
        <translation>Зашифрованные закладки (*.bookmarks)</translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>Экспорт закладок</translation>
    </message>
    <message>
        <source>Bookmarks (*.json)</source>
        <translation>Закладки (*.json)</translation>
    </message>
    <message>
        <source>%1 bookmarks saved to %2</source>
        <translation>Закладок сохранено: %1, в %2</translation>
    </message>
    <message>
        <source>Your bookmarks are protected, but a bookmarks file in JSON can be read by anyone who gets it.</source>
        <translation>Ваши закладки защищены, но файл закладок в формате JSON может прочитать любой, к кому он попадёт.</translation>
    </message>
    <message>
        <source>An encrypted file can only be imported with the passphrase you choose for it.</source>
        <translation>Зашифрованный файл можно импортировать только с парольной фразой, которую вы для него выберете.</translation>
    </message>
    <message>
        <source>&amp;Encrypted file…</source>
        <translation>&amp;Зашифрованный файл…</translation>
    </message>
    <message>
        <source>&amp;Readable JSON file…</source>
        <translation>&amp;Читаемый файл JSON…</translation>
    </message>
    <message>
        <source>Encrypt the bookmarks file</source>
        <translation>Зашифровать файл закладок</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. It is needed to import it; tell it to the person who will import it another way than the file itself.</source>
        <translation>Выберите парольную фразу для этого файла. Она понадобится для импорта; сообщите её тому, кто будет импортировать файл, иным путём, чем сам файл.</translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation>Импорт закладок</translation>
    </message>
    <message>
        <source>Bookmarks (*.json *.bookmarks);;All files (*)</source>
        <translation>Закладки (*.json *.bookmarks);;Все файлы (*)</translation>
    </message>
    <message>
        <source>That passphrase does not open this file. Nothing was changed.</source>
        <translation>Эта парольная фраза не открывает этот файл. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This bookmarks file is encrypted. Type its passphrase.</source>
        <translation>Этот файл закладок зашифрован. Введите его парольную фразу.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <source>Bookmarks are locked.</source>
        <translation>Закладки заблокированы.</translation>
    </message>
    <message>
        <source>Bookmarks are read-only: %1</source>
        <translation>Закладки доступны только для чтения: %1</translation>
    </message>
    <message>
        <source>Your bookmarks were updated to the new format.</source>
        <translation>Ваши закладки переведены в новый формат.</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Без заметки</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page:</source>
        <translation>Найти на странице:</translation>
    </message>
    <message>
        <source>Word or phrase</source>
        <translation>Слово или фраза</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Найти на странице</translation>
    </message>
    <message>
        <source>Enter: next match. Shift+Enter: previous match. Escape: close.</source>
        <translation>Enter — следующее совпадение, Shift+Enter — предыдущее, Esc — закрыть.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close find in page</source>
        <translation>Закрыть поиск на странице</translation>
    </message>
    <message>
        <source>Number of matches</source>
        <translation>Число совпадений</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>{part}: articles {first} to {last}</source>
        <translation>{part}: статьи с {first} по {last}</translation>
    </message>
    <message>
        <source>{part}: article {n}</source>
        <translation>{part}: статья {n}</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Руководства</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Adopting resolution</source>
        <translation>Резолюция о принятии</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>Преамбула</translation>
    </message>
    <message>
        <source>Operative paragraphs</source>
        <translation>Постановляющая часть</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Сноски</translation>
    </message>
    <message>
        <source>Article {n}</source>
        <translation>Статья {n}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Documents, their parts, articles and paragraphs, guidance and topics. Arrow keys move, Enter opens.</source>
        <translation>Документы, их части, статьи и пункты, руководства и темы. Стрелки — перемещение, Enter — открыть.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not found: “{text}”: {title} has no such article or paragraph.</source>
        <translation>Не найдено: «{text}»: в тексте «{title}» нет такой статьи или пункта.</translation>
    </message>
    <message>
        <source>Note for the new bookmark</source>
        <translation>Заметка к новой закладке</translation>
    </message>
    <message>
        <source>Note for this bookmark (optional):</source>
        <translation>Заметка к этой закладке (необязательно):</translation>
    </message>
    <message>
        <source>Bookmark this passage</source>
        <translation>Добавить этот фрагмент в закладки</translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation>Ничего не сохранено. {reason}</translation>
    </message>
    <message>
        <source>Your bookmarks are read-only.</source>
        <translation>Ваши закладки доступны только для чтения.</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>В закладках</translation>
    </message>
    <message>
        <source>Bookmarked: {note}</source>
        <translation>В закладках: {note}</translation>
    </message>
    <message>
        <source>Not found: “{text}” is not a reference or a title here. Press Enter again to search the texts for it.</source>
        <translation>Не найдено: «{text}» — не ссылка и не заголовок. Нажмите Enter ещё раз, чтобы искать это в текстах.</translation>
    </message>
    <message>
        <source>Rights at Hand is already open with the same bookmarks and settings. Switch to its window: it may be minimised or on another desktop.</source>
        <translation>Rights at Hand уже открыт с теми же закладками и настройками. Перейдите в его окно: оно может быть свёрнуто или находиться на другом рабочем столе.</translation>
    </message>
    <message>
        <source>Not found: {reason}</source>
        <translation>Не найдено: {reason}</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Citation of the current passage</source>
        <translation>Ссылка на текущий фрагмент</translation>
    </message>
    <message>
        <source>Text size: {n} %</source>
        <translation>Размер текста: {n} %</translation>
    </message>
    <message>
        <source>About Rights at Hand</source>
        <translation>О программе Rights at Hand</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rights at Hand&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;The UN Declaration on Human Rights Defenders (A/RES/53/144) and General Assembly resolution 64/163, with guidance, in the six UN languages.&lt;/p&gt;&lt;p&gt;Works offline: it never connects to the Internet.&lt;/p&gt;&lt;p&gt;Texts marked “unofficial translation” or “guidance” are not UN texts; the source of each text is shown above it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rights at Hand&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Декларация ООН о правозащитниках (A/RES/53/144) и резолюция 64/163 Генеральной Ассамблеи, с руководствами, на шести языках ООН.&lt;/p&gt;&lt;p&gt;Работает без сети: приложение никогда не подключается к Интернету.&lt;/p&gt;&lt;p&gt;Тексты с пометкой «неофициальный перевод» или «руководство» не являются документами ООН; источник каждого текста указан над ним.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Some texts could not be read and are left out: {files}</source>
        <translation>Некоторые тексты не удалось прочитать, и они не показаны: {files}</translation>
    </message>
    <message>
        <source>The list of topics could not be read and is left out: {file}</source>
        <translation>Список тем не удалось прочитать, и он не показан: {file}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Contents and search</source>
        <translation>Содержание и поиск</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Панели</translation>
    </message>
    <message>
        <source>Contents, search and other panels</source>
        <translation>Содержание, поиск и другие панели</translation>
    </message>
    <message>
        <source>Settings cannot be saved</source>
        <translation>Настройки невозможно сохранить</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Состояние настроек</translation>
    </message>
    <message>
        <source>Bookmarks are read-only: {reason}</source>
        <translation>Закладки доступны только для чтения: {reason}</translation>
    </message>
    <message>
        <source>The bookmarks file is damaged ({reason}) and could not be moved aside, so bookmarks cannot be changed.</source>
        <translation>Файл закладок повреждён ({reason}) и не может быть перемещён, поэтому закладки нельзя изменить.</translation>
    </message>
    <message>
        <source>The bookmarks file was damaged ({reason}) and was kept as {file}. A new file holds what could be recovered (bookmarks: {bookmarks}, folders: {folders}).</source>
        <translation>Файл закладок был повреждён ({reason}) и сохранён как {file}. Новый файл содержит то, что удалось восстановить (закладок: {bookmarks}, папок: {folders}).</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Select a passage first</source>
        <translation>Сначала выберите фрагмент</translation>
    </message>
    <message>
        <source>The texts could not be read, so the app cannot open.</source>
        <translation>Не удалось прочитать тексты, поэтому приложение не может открыться.</translation>
    </message>
    <message>
        <source>There is no folder for your bookmarks and settings, so the app cannot open.</source>
        <translation>Нет папки для ваших закладок и настроек, поэтому приложение не может открыться.</translation>
    </message>
    <message>
        <source>A file stands where that folder should be:
%1
Move or rename the file, then start the app again.</source>
        <translation>На месте этой папки находится файл:
%1
Переместите или переименуйте этот файл, затем снова запустите приложение.</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Off</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>G&amp;o to:</source>
        <translation>Перейт&amp;и:</translation>
    </message>
    <message>
        <source>e.g. art 12, 64/163 para 7</source>
        <translation>напр. ст. 12, 64/163 п. 7</translation>
    </message>
    <message>
        <source>Type an article or paragraph, in any of the six languages, and press Enter</source>
        <translation>Введите статью или пункт на любом из шести языков и нажмите Enter</translation>
    </message>
    <message>
        <source>Go to passage</source>
        <translation>Перейти к фрагменту</translation>
    </message>
    <message>
        <source>Go to: error</source>
        <translation>Переход: ошибка</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation>Язык текста</translation>
    </message>
    <message>
        <source>The language the document is shown in</source>
        <translation>Язык, на котором показан документ</translation>
    </message>
    <message>
        <source>&amp;Side by side:</source>
        <translation>&amp;Рядом:</translation>
    </message>
    <message>
        <source>Second language side by side</source>
        <translation>Второй язык рядом</translation>
    </message>
    <message>
        <source>Show a second language beside the text, passage by passage</source>
        <translation>Показать рядом с текстом второй язык, фрагмент за фрагментом</translation>
    </message>
    <message>
        <source>Private mode</source>
        <translation>Приватный режим</translation>
    </message>
    <message>
        <source>Private mode is on</source>
        <translation>Приватный режим включён</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Быстрый выход</translation>
    </message>
    <message>
        <source>Close at once ({keys}): clears text copied from the app and saves nothing about this session</source>
        <translation>Закрыть сразу ({keys}): очищает текст, скопированный из приложения, и ничего не сохраняет об этом сеансе</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Повторите её:</translation>
    </message>
    <message>
        <source>Passphrase message</source>
        <translation>Сообщение о парольной фразе</translation>
    </message>
    <message>
        <source>I &amp;forgot the passphrase…</source>
        <translation>Я &amp;забыл(а) парольную фразу…</translation>
    </message>
</context>
<context>
    <name>PresentationActions</name>
    <message>
        <source>Print passage card</source>
        <translation>Печать карточки фрагмента</translation>
    </message>
    <message>
        <source>{chosen} is too long for a passage card: a card holds up to {max} passages on one page, and this has {n}. Print it with File › Print…, or select one article and print its card.</source>
        <translation>{chosen} слишком длинный для карточки фрагмента: карточка вмещает не более {max} фрагментов на одной странице, а здесь их {n}. Напечатайте его через «Файл › Печать…» или выделите одну статью и напечатайте её карточку.</translation>
    </message>
    <message>
        <source>S&amp;how to an official</source>
        <translation>Показать &amp;должностному лицу</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show the current passage full screen in large print, beside a second language, to show an official ({keys})</source>
        <translation>Показать текущий фрагмент во весь экран крупным шрифтом, рядом со вторым языком, чтобы предъявить его должностному лицу ({keys})</translation>
    </message>
    <message>
        <source>Print passage &amp;card…</source>
        <translation>Напечатать &amp;карточку фрагмента…</translation>
    </message>
    <message>
        <source>Print the current passage on one page in large print, beside a second language</source>
        <translation>Напечатать текущий фрагмент на одной странице крупным шрифтом, рядом со вторым языком</translation>
    </message>
    <message>
        <source>Show to an official</source>
        <translation>Показать должностному лицу</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>{chosen} is longer than one screen holds, so it is shown a piece at a time: this is {shown} ({n} of {total}). Next ({next}) and Previous ({previous}) show the others.</source>
        <translation>{chosen} не помещается на одном экране, поэтому показывается по частям: здесь {shown} ({n} из {total}). «Далее» ({next}) и «Назад» ({previous}) показывают остальные.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous passage</source>
        <translation>Предыдущий фрагмент</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Next passage</source>
        <translation>Следующий фрагмент</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Крупнее текст</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close and go back to the app</source>
        <translation>Закрыть и вернуться в приложение</translation>
    </message>
    <message>
        <source>&amp;Beside it:</source>
        <translation>&amp;Рядом:</translation>
    </message>
    <message>
        <source>Second language beside the passage</source>
        <translation>Второй язык рядом с фрагментом</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Passage shown to an official</source>
        <translation>Фрагмент, предъявляемый должностному лицу</translation>
    </message>
    <message>
        <source>Show to an official</source>
        <translation>Показать должностному лицу</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy and protection</source>
        <translation>Конфиденциальность и защита</translation>
    </message>
    <message>
        <source>&amp;Keep reading history and recent searches between sessions</source>
        <translation>&amp;Сохранять историю чтения и недавние поиски между сеансами</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Lock protected bookmarks after this long without use:</source>
        <translation>&amp;Блокировать защищённые закладки после такого времени бездействия:</translation>
    </message>
    <message>
        <source>Quick exit also &amp;erases bookmarks, notes, exports and caches</source>
        <translation>Быстрый выход также &amp;стирает закладки, заметки, экспорт и кэш</translation>
    </message>
    <message>
        <source>Quick exit will then destroy your bookmarks and notes (the key of protected bookmarks is overwritten, so they can never be opened again) and remove your exported files and the app&apos;s caches. This cannot be undone. Turn it on?</source>
        <translation>Тогда быстрый выход уничтожит ваши закладки и заметки (ключ защищённых закладок перезаписывается, и открыть их больше будет невозможно) и удалит экспортированные файлы и кэш приложения. Это нельзя отменить. Включить?</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <source>These older copies could not be read whole and are not protected; delete them if you do not need them: {files}</source>
        <translation>Эти более старые копии не удалось прочитать целиком, и они не защищены; удалите их, если они вам не нужны: {files}</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Две парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters.</source>
        <translation>Парольная фраза должна содержать не менее {n} символов.</translation>
    </message>
    <message>
        <source>The bookmarks could not be protected: {reason}</source>
        <translation>Не удалось защитить закладки: {reason}</translation>
    </message>
    <message>
        <source>Your bookmarks are now protected with a passphrase.</source>
        <translation>Теперь ваши закладки защищены парольной фразой.</translation>
    </message>
    <message>
        <source>That passphrase does not open your bookmarks (or their file is damaged). Nothing was changed.</source>
        <translation>Эта парольная фраза не открывает ваши закладки (или их файл повреждён). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <source>A new, empty bookmarks store was started. The locked one was kept as {file}.</source>
        <translation>Создано новое пустое хранилище закладок. Заблокированное сохранено как {file}.</translation>
    </message>
    <message>
        <source>Protect bookmarks with a passphrase</source>
        <translation>Защитить закладки парольной фразой</translation>
    </message>
    <message>
        <source>Your bookmarks and notes, their folders and dates will be encrypted. You will need the passphrase to see them; the texts can always be read without it. If you forget it, nobody can recover your notes, not even the project.</source>
        <translation>Ваши закладки и заметки, их папки и даты будут зашифрованы. Чтобы их увидеть, понадобится парольная фраза; тексты всегда можно читать без неё. Если вы её забудете, никто не сможет восстановить ваши заметки, даже разработчики проекта.</translation>
    </message>
    <message>
        <source>Unlock bookmarks</source>
        <translation>Разблокировать закладки</translation>
    </message>
    <message>
        <source>Type the passphrase of your bookmarks.</source>
        <translation>Введите парольную фразу ваших закладок.</translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered, and without it nobody can read these bookmarks and notes: not you, not the project.</source>
        <translation>Забытую парольную фразу восстановить нельзя, а без неё никто не сможет прочитать эти закладки и заметки: ни вы, ни разработчики проекта.</translation>
    </message>
    <message>
        <source>You can start a new, empty bookmarks store. The locked file is not deleted: it is kept under a new name in the data folder, in case the passphrase comes back to you.</source>
        <translation>Можно начать новое пустое хранилище закладок. Заблокированный файл не удаляется: он сохраняется под новым именем в папке данных на случай, если вы вспомните парольную фразу.</translation>
    </message>
    <message>
        <source>&amp;Start a new store</source>
        <translation>&amp;Начать новое хранилище</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>Your bookmarks will be encrypted again with the new passphrase.</source>
        <translation>Ваши закладки будут заново зашифрованы новой парольной фразой.</translation>
    </message>
    <message>
        <source>Pro&amp;tect bookmarks with a passphrase…</source>
        <translation>&amp;Защитить закладки парольной фразой…</translation>
    </message>
    <message>
        <source>&amp;Lock bookmarks</source>
        <translation>Бло&amp;кировать закладки</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase…</source>
        <translation>С&amp;менить парольную фразу…</translation>
    </message>
    <message>
        <source>Privac&amp;y and protection…</source>
        <translation>Конфиденци&amp;альность и защита…</translation>
    </message>
    <message>
        <source>U&amp;nlock bookmarks…</source>
        <translation>Разб&amp;локировать закладки…</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Bookmarked</source>
        <translation>В закладках</translation>
    </message>
    <message>
        <source>Bookmarked: {note}</source>
        <translation>В закладках: {note}</translation>
    </message>
    <message>
        <source>See the text:</source>
        <translation>См. текст:</translation>
    </message>
    <message>
        <source>Related provisions (Rights at Hand’s mapping, not a UN text):</source>
        <translation>Связанные положения (сопоставление Rights at Hand, не документ ООН):</translation>
    </message>
    <message>
        <source>(not in this language)</source>
        <translation>(нет на этом языке)</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>{n} found</source>
        <translation>найдено: {n}</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>The document. Arrow keys move the caret; Ctrl+Tab goes to the next link and Enter follows it; Tab goes to the next control; Ctrl+F finds words in the page.</source>
        <translation>Документ. Стрелки перемещают курсор; Ctrl+Tab — к следующей ссылке, Enter — перейти по ней; Tab — к следующему элементу управления; Ctrl+F — поиск слов на странице.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Via the subject index (the project’s own work): {entry}</source>
        <translation>Через предметный указатель (составлен проектом): {entry}</translation>
    </message>
    <message>
        <source>Via the guidance section: {section}</source>
        <translation>Через раздел рекомендаций: {section}</translation>
    </message>
    <message>
        <source>The query has no words to search for.</source>
        <translation>В запросе нет слов для поиска.</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>Подготовка поискового индекса…</translation>
    </message>
    <message>
        <source>Search is not available: {reason}</source>
        <translation>Поиск недоступен: {reason}</translation>
    </message>
    <message>
        <source>Results: {n}</source>
        <translation>Результаты: {n}</translation>
    </message>
    <message>
        <source>No results. Did you mean:</source>
        <translation>Ничего не найдено. Возможно, вы имели в виду:</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>(searched as plain words)</source>
        <translation>(поиск по отдельным словам)</translation>
    </message>
    <message>
        <source>NOT needs a word before it, as in: police NOT arrest</source>
        <translation>Перед NOT нужно слово, например: полиция NOT арест</translation>
    </message>
    <message>
        <source>The query is longer than {words} words or {chars} characters: only its beginning was searched.</source>
        <translation>Запрос длиннее {words} слов или {chars} символов: искали только его начало.</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Ошибка поиска: {reason}</translation>
    </message>
    <message>
        <source>Search all texts…</source>
        <translation>Поиск по всем текстам…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Results appear as you type. Down arrow: go to the results; Enter: open.</source>
        <translation>Результаты появляются по мере ввода. Стрелка вниз — к результатам, Enter — открыть.</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>Язы&amp;к:</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Искать на языке</translation>
    </message>
    <message>
        <source>Search one language or all</source>
        <translation>Искать на одном языке или на всех</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>Search in document</source>
        <translation>Искать в документе</translation>
    </message>
    <message>
        <source>Search one document or all</source>
        <translation>Искать в одном документе или во всех</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>One passage per row. Enter opens it; Escape goes back to the search box.</source>
        <translation>По одному фрагменту в строке. Enter — открыть, Esc — вернуться к полю поиска.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Состояние поиска</translation>
    </message>
</context>
<context>
    <name>SourceBanner</name>
    <message>
        <source>Warning: this copy of “{document}” differs from the text shipped with Rights at Hand. It may have been altered; check it against the official UN document.</source>
        <translation>Внимание: эта копия «{document}» отличается от текста, поставляемого с Rights at Hand. Возможно, она была изменена; сверьте её с официальным документом ООН.</translation>
    </message>
    <message>
        <source>Official UN text ({language})</source>
        <translation>Официальный текст ООН ({language})</translation>
    </message>
    <message>
        <source>Unofficial translation ({language}) by {translator}, from {source}, {date}, not a UN text</source>
        <translation>Неофициальный перевод ({language}), выполнил: {translator}, с языка: {source}, {date}; не документ ООН</translation>
    </message>
    <message>
        <source>Rights at Hand guidance ({language}), not a UN text</source>
        <translation>Руководство Rights at Hand ({language}); не документ ООН</translation>
    </message>
    <message>
        <source>Not available in {language}; shown in this language.</source>
        <translation>Нет на выбранном языке ({language}); показано на этом языке.</translation>
    </message>
    <message>
        <source>Rights at Hand project</source>
        <translation>проект Rights at Hand</translation>
    </message>
    <message>
        <source>not yet reviewed by a professional translator</source>
        <translation>ещё не проверен профессиональным переводчиком</translation>
    </message>
    <message>
        <source>{name}; {remark}</source>
        <translation>{name}; {remark}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <source>The project&apos;s technical notes (in English): {notes}</source>
        <translation>Технические заметки проекта (на английском языке): {notes}</translation>
    </message>
    <message>
        <source>Content version: {version}</source>
        <translation>Версия содержимого: {version}</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <source>Source and status of the text</source>
        <translation>Источник и статус текста</translation>
    </message>
    <message>
        <source>Show where this text comes from and how it was prepared</source>
        <translation>Показать, откуда взят этот текст и как он подготовлен</translation>
    </message>
    <message>
        <source>More about the source</source>
        <translation>Подробнее об источнике</translation>
    </message>
    <message>
        <source>Status of the text</source>
        <translation>Статус текста</translation>
    </message>
    <message>
        <source>Source of the text</source>
        <translation>Источник текста</translation>
    </message>
    <message>
        <source>Note on the text</source>
        <translation>Примечание к тексту</translation>
    </message>
    <message>
        <source>Warning about this copy of the text</source>
        <translation>Предупреждение об этой копии текста</translation>
    </message>
</context>
<context>
    <name>UndoNames</name>
    <message>
        <source>Move folder</source>
        <translation>Перемещение папки</translation>
    </message>
    <message>
        <source>Rename bookmark</source>
        <translation>Переименование закладки</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Изменение заметки</translation>
    </message>
    <message>
        <source>Move bookmark</source>
        <translation>Перемещение закладки</translation>
    </message>
    <message>
        <source>Delete bookmark</source>
        <translation>Удаление закладки</translation>
    </message>
    <message>
        <source>Bookmark %1</source>
        <translation>Закладка: %1</translation>
    </message>
    <message>
        <source>New folder “%1”</source>
        <translation>Новая папка «%1»</translation>
    </message>
    <message>
        <source>Rename folder to “%1”</source>
        <translation>Переименование папки в «%1»</translation>
    </message>
    <message>
        <source>Delete folder “%1”</source>
        <translation>Удаление папки «%1»</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>the last change to the bookmarks</source>
        <translation>последнее изменение закладок</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print a range</source>
        <translation>Напечатать диапазон</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
</context>
<context>
    <name>IndexPanel</name>
    <message>
        <source>Index</source>
        <translation>Указатель</translation>
    </message>
    <message>
        <source>Entries: {n}</source>
        <translation>Статей: {n}</translation>
    </message>
    <message>
        <source>Everyday words and the passages they concern. This index is the project’s own work, not UN text.</source>
        <translation>Повседневные слова и относящиеся к ним фрагменты. Этот указатель составлен проектом, это не текст ООН.</translation>
    </message>
    <message>
        <source>About the subject index</source>
        <translation>О предметном указателе</translation>
    </message>
    <message>
        <source>Filter the index…</source>
        <translation>Фильтр указателя…</translation>
    </message>
    <message>
        <source>Filter the index</source>
        <translation>Фильтр указателя</translation>
    </message>
    <message>
        <source>Type a word to narrow the list. Down arrow: go to the list; Enter: open the first entry.</source>
        <translation>Введите слово, чтобы сузить список. Стрелка вниз: перейти к списку; Enter: открыть первую статью.</translation>
    </message>
    <message>
        <source>Subject index</source>
        <translation>Предметный указатель</translation>
    </message>
    <message>
        <source>Entries from A to Z under their letter. Enter on an entry opens its passages; Enter on a passage opens it in the reader.</source>
        <translation>Статьи от А до Я под своей буквой. Enter на статье открывает ее фрагменты; Enter на фрагменте открывает его в окне чтения.</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>Число показанных статей</translation>
    </message>
</context>
</TS>
