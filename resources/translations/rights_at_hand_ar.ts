<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>A11yNames</name>
    <message>
        <source>Show the tabs to the left</source>
        <translation>إظهار علامات التبويب التي على اليسار</translation>
    </message>
    <message>
        <source>Show the tabs to the right</source>
        <translation>إظهار علامات التبويب التي على اليمين</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;السمة</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>العلامات الم&amp;رجعية</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;معاينة قبل الطباعة…</translation>
    </message>
    <message>
        <source>See the pages before printing</source>
        <translation>عرض الصفحات قبل الطباعة</translation>
    </message>
    <message>
        <source>Print a &amp;range…</source>
        <translation>طباعة &amp;نطاق…</translation>
    </message>
    <message>
        <source>Print from one article or paragraph to another</source>
        <translation>الطباعة من مادة أو فقرة إلى أخرى</translation>
    </message>
    <message>
        <source>Print the selected passages, or the current passage, with citations</source>
        <translation>طباعة المقاطع المحددة، أو المقطع الحالي، مع الإحالة إليها</translation>
    </message>
    <message>
        <source>Print &amp;whole document…</source>
        <translation>طباعة الوثيقة &amp;كاملة…</translation>
    </message>
    <message>
        <source>Print the whole document on screen with citations</source>
        <translation>طباعة الوثيقة المعروضة كاملة مع الإحالات</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>تصدير بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the selected passages, or the current passage, as a PDF file</source>
        <translation>حفظ المقاطع المحددة، أو المقطع الحالي، في ملف PDF</translation>
    </message>
    <message>
        <source>Export whole &amp;document as PDF…</source>
        <translation>&amp;تصدير الوثيقة كاملة بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save the whole document on screen as a PDF file</source>
        <translation>حفظ الوثيقة المعروضة كاملة في ملف PDF</translation>
    </message>
    <message>
        <source>Keep no history, last position or recent searches</source>
        <translation>عدم حفظ السجل أو آخر موضع أو عمليات البحث الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Quick exit</source>
        <translation>&amp;خروج سريع</translation>
    </message>
    <message>
        <source>Close at once, clear copied text, save nothing about this session</source>
        <translation>الإغلاق فوراً، ومسح النص المنسوخ، وعدم حفظ أي شيء عن هذه الجلسة</translation>
    </message>
    <message>
        <source>Pr&amp;ivate mode</source>
        <translation>&amp;الوضع الخاص</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>إغلاق التطبيق</translation>
    </message>
    <message>
        <source>Q&amp;uit</source>
        <translation>إن&amp;هاء</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>نسخ النص المحدد</translation>
    </message>
    <message>
        <source>Copy with c&amp;itation</source>
        <translation>نسخ مع ا&amp;لإحالة</translation>
    </message>
    <message>
        <source>Copy the selected passages with their citation</source>
        <translation>نسخ المقاطع المحددة مع الإحالة إليها</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>Select the whole text</source>
        <translation>تحديد النص كله</translation>
    </message>
    <message>
        <source>&amp;Find in page…</source>
        <translation>ال&amp;بحث في الصفحة…</translation>
    </message>
    <message>
        <source>Find words in this text</source>
        <translation>البحث عن كلمات في هذا النص</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>النتيجة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>النتيجة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>الحجم ال&amp;عادي</translation>
    </message>
    <message>
        <source>Text at normal size</source>
        <translation>النص بالحجم العادي</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;جنباً إلى جنب</translation>
    </message>
    <message>
        <source>Show a second language beside the text</source>
        <translation>عرض لغة ثانية بجانب النص</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>ال&amp;محتويات</translation>
    </message>
    <message>
        <source>Show the list of documents</source>
        <translation>عرض قائمة الوثائق</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Go back to the previous passage</source>
        <translation>الرجوع إلى المقطع السابق</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>ت&amp;قدم</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>التقدم مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Go to passage…</source>
        <translation>الا&amp;نتقال إلى مقطع…</translation>
    </message>
    <message>
        <source>Type a reference such as “art 12” or “64/163 para 7”</source>
        <translation>اكتب إحالة مثل «المادة 12» أو «64/163 الفقرة 7»</translation>
    </message>
    <message>
        <source>&amp;Search all texts…</source>
        <translation>&amp;بحث في كل النصوص…</translation>
    </message>
    <message>
        <source>Search every document in every language</source>
        <translation>البحث في كل الوثائق بكل اللغات</translation>
    </message>
    <message>
        <source>Ne&amp;xt passage</source>
        <translation>المقطع ال&amp;تالي</translation>
    </message>
    <message>
        <source>Next passage</source>
        <translation>المقطع التالي</translation>
    </message>
    <message>
        <source>Pre&amp;vious passage</source>
        <translation>المقطع ال&amp;سابق</translation>
    </message>
    <message>
        <source>Previous passage</source>
        <translation>المقطع السابق</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>عرض اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Rights at Hand</source>
        <translation>&amp;حول Rights at Hand</translation>
    </message>
    <message>
        <source>Version, sources and licence</source>
        <translation>الإصدار والمصادر والترخيص</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>تباين &amp;عالٍ</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>سمة الألوان</translation>
    </message>
    <message>
        <source>Say &amp;where I am</source>
        <translation>أ&amp;ين أنا؟</translation>
    </message>
    <message>
        <source>Say the citation of the passage at the caret and the status of its text</source>
        <translation>نطق الإحالة إلى المقطع الذي يقف عنده المؤشر ووضع نصه</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Bookmarks</source>
        <translation>العلامات المرجعية</translation>
    </message>
    <message>
        <source>Filter by note…</source>
        <translation>التصفية حسب الملاحظة…</translation>
    </message>
    <message>
        <source>Filter bookmarks by the text of their notes</source>
        <translation>تصفية العلامات المرجعية حسب نص ملاحظاتها</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>علامة مرجعية</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Bookmarks and folders</source>
        <translation>العلامات المرجعية والمجلدات</translation>
    </message>
    <message>
        <source>Enter opens a bookmark, F2 renames, Delete deletes, Ctrl+Z undoes</source>
        <translation>Enter يفتح العلامة، وF2 لإعادة التسمية، وDelete للحذف، وCtrl+Z للتراجع</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>الملا&amp;حظة:</translation>
    </message>
    <message>
        <source>Note of the selected bookmark</source>
        <translation>ملاحظة العلامة المحددة</translation>
    </message>
    <message>
        <source>Your note (saved when you leave this box)</source>
        <translation>ملاحظتك (تُحفظ عند مغادرة هذا المربع)</translation>
    </message>
    <message>
        <source>Bookmarks messages</source>
        <translation>رسائل العلامات المرجعية</translation>
    </message>
    <message>
        <source>Your bookmarks are protected with a passphrase and are locked. The texts can be read without it.</source>
        <translation>علاماتك المرجعية محمية بعبارة مرور ومقفلة. يمكن قراءة النصوص من دونها.</translation>
    </message>
    <message>
        <source>&amp;Unlock bookmarks…</source>
        <translation>&amp;فتح قفل العلامات المرجعية…</translation>
    </message>
    <message>
        <source>Unlock bookmarks</source>
        <translation>فتح قفل العلامات المرجعية</translation>
    </message>
    <message>
        <source>Anyone who gets this computer or stick can read your bookmarks and notes. Protect them with a passphrase? (Also in the File menu, at any time.)</source>
        <translation>يستطيع أي شخص يحصل على هذا الحاسوب أو هذه الذاكرة قراءة علاماتك المرجعية وملاحظاتك. هل تريد حمايتها بعبارة مرور؟ (متاح أيضًا في قائمة ملف في أي وقت.)</translation>
    </message>
    <message>
        <source>&amp;Set a passphrase…</source>
        <translation>&amp;تعيين عبارة مرور…</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;ليس الآن</translation>
    </message>
    <message>
        <source>&amp;Bookmark this passage</source>
        <translation>&amp;وضع علامة على هذا المقطع</translation>
    </message>
    <message>
        <source>Bookmark the current passage or the selected passages</source>
        <translation>وضع علامة على المقطع الحالي أو المقاطع المحددة</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Show the bookmarked passages</source>
        <translation>عرض المقاطع المعلَّمة</translation>
    </message>
    <message>
        <source>Make a new folder</source>
        <translation>إنشاء مجلد جديد</translation>
    </message>
    <message>
        <source>Rename the bookmark or folder</source>
        <translation>إعادة تسمية العلامة أو المجلد</translation>
    </message>
    <message>
        <source>&amp;Move to folder…</source>
        <translation>ال&amp;نقل إلى مجلد…</translation>
    </message>
    <message>
        <source>Move to another folder</source>
        <translation>النقل إلى مجلد آخر</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete (can be undone)</source>
        <translation>حذف (يمكن التراجع عنه)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Undo the last change to the bookmarks</source>
        <translation>التراجع عن آخر تغيير في العلامات المرجعية</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>إعادة التغيير الذي تم التراجع عنه للتو</translation>
    </message>
    <message>
        <source>&amp;Export bookmarks…</source>
        <translation>ت&amp;صدير العلامات المرجعية…</translation>
    </message>
    <message>
        <source>Save all bookmarks and notes to a file</source>
        <translation>حفظ كل العلامات المرجعية والملاحظات في ملف</translation>
    </message>
    <message>
        <source>&amp;Import bookmarks…</source>
        <translation>ا&amp;ستيراد علامات مرجعية…</translation>
    </message>
    <message>
        <source>Add bookmarks from a file made by Export</source>
        <translation>إضافة علامات مرجعية من ملف أُنشئ بالتصدير</translation>
    </message>
    <message>
        <source>&amp;Print folder…</source>
        <translation>&amp;طباعة المجلد…</translation>
    </message>
    <message>
        <source>Print the folder with its notes</source>
        <translation>طباعة المجلد مع ملاحظاته</translation>
    </message>
    <message>
        <source>Ne&amp;w folder…</source>
        <translation>مجلد &amp;جديد…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>إعادة التس&amp;مية…</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Folder as PDF…</source>
        <translation>المجلد بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the folder with its notes as a PDF file</source>
        <translation>حفظ المجلد مع ملاحظاته في ملف PDF</translation>
    </message>
    <message>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <source>More bookmark actions</source>
        <translation>إجراءات أخرى للعلامات المرجعية</translation>
    </message>
    <message>
        <source>Rename, move, print, export and import</source>
        <translation>إعادة التسمية والنقل والطباعة والتصدير والاستيراد</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>المجلد %1</translation>
    </message>
    <message>
        <source>Open a passage first, then bookmark it.</source>
        <translation>افتح مقطعاً أولاً ثم ضع عليه علامة.</translation>
    </message>
    <message>
        <source>Bookmarked: %1</source>
        <translation>وُضعت علامة: %1</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>مجلد جديد</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>اسم المجلد:</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(المستوى الأعلى)</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>النقل إلى مجلد</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>حُذف «%1». للتراجع اضغط Ctrl+Z.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>تم التراجع: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>أُعيد: %1</translation>
    </message>
    <message>
        <source>Encrypted bookmarks (*.bookmarks)</source>
        <translation>علامات مرجعية مشفّرة (*.bookmarks)</translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>تصدير العلامات المرجعية</translation>
    </message>
    <message>
        <source>Bookmarks (*.json)</source>
        <translation>العلامات المرجعية (*.json)</translation>
    </message>
    <message>
        <source>%1 bookmarks saved to %2</source>
        <translation>حُفظت %1 علامة مرجعية في %2</translation>
    </message>
    <message>
        <source>Your bookmarks are protected, but a bookmarks file in JSON can be read by anyone who gets it.</source>
        <translation>علاماتك المرجعية محمية، لكن ملف العلامات المرجعية بصيغة JSON يمكن أن يقرأه أي شخص يحصل عليه.</translation>
    </message>
    <message>
        <source>An encrypted file can only be imported with the passphrase you choose for it.</source>
        <translation>لا يمكن استيراد الملف المشفّر إلا بعبارة المرور التي تختارها له.</translation>
    </message>
    <message>
        <source>&amp;Encrypted file…</source>
        <translation>ملف &amp;مشفّر…</translation>
    </message>
    <message>
        <source>&amp;Readable JSON file…</source>
        <translation>ملف JSON &amp;مقروء…</translation>
    </message>
    <message>
        <source>Encrypt the bookmarks file</source>
        <translation>تشفير ملف العلامات المرجعية</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. It is needed to import it; tell it to the person who will import it another way than the file itself.</source>
        <translation>اختر عبارة مرور لهذا الملف. ستلزم لاستيراده؛ أبلِغها للشخص الذي سيستورده بطريقة أخرى غير الملف نفسه.</translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation>استيراد علامات مرجعية</translation>
    </message>
    <message>
        <source>Bookmarks (*.json *.bookmarks);;All files (*)</source>
        <translation>العلامات المرجعية (*.json *.bookmarks);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>That passphrase does not open this file. Nothing was changed.</source>
        <translation>عبارة المرور هذه لا تفتح هذا الملف. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>This bookmarks file is encrypted. Type its passphrase.</source>
        <translation>ملف العلامات المرجعية هذا مشفّر. اكتب عبارة المرور الخاصة به.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>تراجع: %1</translation>
    </message>
    <message>
        <source>Bookmarks are locked.</source>
        <translation>العلامات المرجعية مقفلة.</translation>
    </message>
    <message>
        <source>Bookmarks are read-only: %1</source>
        <translation>العلامات المرجعية للقراءة فقط: %1</translation>
    </message>
    <message>
        <source>Your bookmarks were updated to the new format.</source>
        <translation>حُدِّثت علاماتك المرجعية إلى الصيغة الجديدة.</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>لا توجد ملاحظة</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page:</source>
        <translation>البحث في الصفحة:</translation>
    </message>
    <message>
        <source>Word or phrase</source>
        <translation>كلمة أو عبارة</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>البحث في الصفحة</translation>
    </message>
    <message>
        <source>Enter: next match. Shift+Enter: previous match. Escape: close.</source>
        <translation>Enter: النتيجة التالية. Shift+Enter: النتيجة السابقة. Esc: إغلاق.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close find in page</source>
        <translation>إغلاق البحث في الصفحة</translation>
    </message>
    <message>
        <source>Number of matches</source>
        <translation>عدد النتائج</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>{part}: articles {first} to {last}</source>
        <translation>{part}: المواد من {first} إلى {last}</translation>
    </message>
    <message>
        <source>{part}: article {n}</source>
        <translation>{part}: المادة {n}</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>أدلة</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>مواضيع</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المواد</translation>
    </message>
    <message>
        <source>Adopting resolution</source>
        <translation>قرار الاعتماد</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>الديباجة</translation>
    </message>
    <message>
        <source>Operative paragraphs</source>
        <translation>منطوق القرار</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>الحواشي</translation>
    </message>
    <message>
        <source>Article {n}</source>
        <translation>المادة {n}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Documents, their parts, articles and paragraphs, guidance and topics. Arrow keys move, Enter opens.</source>
        <translation>الوثائق وأجزاؤها وموادها وفقراتها، والأدلة والمواضيع. مفاتيح الأسهم للتنقل، وEnter للفتح.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not found: “{text}”: {title} has no such article or paragraph.</source>
        <translation>لم يُعثر عليه: «{text}»: لا توجد هذه المادة أو الفقرة في {title}.</translation>
    </message>
    <message>
        <source>Note for the new bookmark</source>
        <translation>ملاحظة العلامة المرجعية الجديدة</translation>
    </message>
    <message>
        <source>Note for this bookmark (optional):</source>
        <translation>ملاحظة لهذه العلامة المرجعية (اختيارية):</translation>
    </message>
    <message>
        <source>Bookmark this passage</source>
        <translation>إضافة علامة مرجعية لهذا المقطع</translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation>لم يُحفظ شيء. {reason}</translation>
    </message>
    <message>
        <source>Your bookmarks are read-only.</source>
        <translation>علاماتك المرجعية للقراءة فقط.</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>عليه علامة مرجعية</translation>
    </message>
    <message>
        <source>Bookmarked: {note}</source>
        <translation>عليه علامة مرجعية: {note}</translation>
    </message>
    <message>
        <source>Not found: “{text}” is not a reference or a title here. Press Enter again to search the texts for it.</source>
        <translation>لم يُعثر عليه: «{text}» ليس مرجعاً ولا عنواناً هنا. اضغط Enter مرة أخرى للبحث عنه في النصوص.</translation>
    </message>
    <message>
        <source>Rights at Hand is already open with the same bookmarks and settings. Switch to its window: it may be minimised or on another desktop.</source>
        <translation>تطبيق Rights at Hand مفتوح بالفعل بالعلامات المرجعية والإعدادات نفسها. انتقل إلى نافذته: قد تكون مصغّرة أو على سطح مكتب آخر.</translation>
    </message>
    <message>
        <source>Not found: {reason}</source>
        <translation>غير موجود: {reason}</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>Citation of the current passage</source>
        <translation>الإحالة إلى المقطع الحالي</translation>
    </message>
    <message>
        <source>Text size: {n} %</source>
        <translation>حجم النص: {n}٪</translation>
    </message>
    <message>
        <source>About Rights at Hand</source>
        <translation>حول Rights at Hand</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rights at Hand&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;The UN Declaration on Human Rights Defenders (A/RES/53/144) and General Assembly resolution 64/163, with guidance, in the six UN languages.&lt;/p&gt;&lt;p&gt;Works offline: it never connects to the Internet.&lt;/p&gt;&lt;p&gt;Texts marked “unofficial translation” or “guidance” are not UN texts; the source of each text is shown above it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rights at Hand&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;إعلان الأمم المتحدة بشأن المدافعين عن حقوق الإنسان (A/RES/53/144) وقرار الجمعية العامة 64/163، مع أدلة إرشادية، بلغات الأمم المتحدة الست.&lt;/p&gt;&lt;p&gt;يعمل دون اتصال: لا يتصل بالإنترنت أبداً.&lt;/p&gt;&lt;p&gt;النصوص المعلَّمة بعبارة «ترجمة غير رسمية» أو «دليل» ليست نصوصاً صادرة عن الأمم المتحدة؛ ويظهر مصدر كل نص فوقه.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Some texts could not be read and are left out: {files}</source>
        <translation>تعذّرت قراءة بعض النصوص فتُركت جانبًا: {files}</translation>
    </message>
    <message>
        <source>The list of topics could not be read and is left out: {file}</source>
        <translation>تعذّرت قراءة قائمة المواضيع فتُركت جانبًا: {file}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Contents and search</source>
        <translation>المحتويات والبحث</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>اللوحات</translation>
    </message>
    <message>
        <source>Contents, search and other panels</source>
        <translation>المحتويات والبحث واللوحات الأخرى</translation>
    </message>
    <message>
        <source>Settings cannot be saved</source>
        <translation>تعذّر حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>حالة الإعدادات</translation>
    </message>
    <message>
        <source>Bookmarks are read-only: {reason}</source>
        <translation>العلامات المرجعية للقراءة فقط: {reason}</translation>
    </message>
    <message>
        <source>The bookmarks file is damaged ({reason}) and could not be moved aside, so bookmarks cannot be changed.</source>
        <translation>ملف العلامات المرجعية تالف ({reason}) وتعذّر نقله جانبًا، لذا لا يمكن تغيير العلامات المرجعية.</translation>
    </message>
    <message>
        <source>The bookmarks file was damaged ({reason}) and was kept as {file}. A new file holds what could be recovered (bookmarks: {bookmarks}, folders: {folders}).</source>
        <translation>كان ملف العلامات المرجعية تالفًا ({reason}) واحتُفظ به باسم {file}. يحتوي ملف جديد على ما أمكن استعادته (العلامات المرجعية: {bookmarks}، المجلدات: {folders}).</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>حُفظ: {path}</translation>
    </message>
    <message>
        <source>Select a passage first</source>
        <translation>حدد مقطعاً أولاً</translation>
    </message>
    <message>
        <source>The texts could not be read, so the app cannot open.</source>
        <translation>تعذّرت قراءة النصوص، لذا لا يمكن فتح التطبيق.</translation>
    </message>
    <message>
        <source>There is no folder for your bookmarks and settings, so the app cannot open.</source>
        <translation>لا يوجد مجلد لعلاماتك المرجعية وإعداداتك، لذا لا يمكن فتح التطبيق.</translation>
    </message>
    <message>
        <source>A file stands where that folder should be:
%1
Move or rename the file, then start the app again.</source>
        <translation>يوجد ملف في المكان الذي يجب أن يكون فيه هذا المجلد:
%1
انقل الملف أو غيّر اسمه، ثم شغّل التطبيق مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Off</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>G&amp;o to:</source>
        <translation>الا&amp;نتقال إلى:</translation>
    </message>
    <message>
        <source>e.g. art 12, 64/163 para 7</source>
        <translation>مثلاً: المادة 12، 64/163 الفقرة 7</translation>
    </message>
    <message>
        <source>Type an article or paragraph, in any of the six languages, and press Enter</source>
        <translation>اكتب مادة أو فقرة بأي من اللغات الست ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Go to passage</source>
        <translation>الانتقال إلى مقطع</translation>
    </message>
    <message>
        <source>Go to: error</source>
        <translation>الانتقال: خطأ</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>الن&amp;ص:</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation>لغة النص</translation>
    </message>
    <message>
        <source>The language the document is shown in</source>
        <translation>اللغة التي تُعرض بها الوثيقة</translation>
    </message>
    <message>
        <source>&amp;Side by side:</source>
        <translation>&amp;جنباً إلى جنب:</translation>
    </message>
    <message>
        <source>Second language side by side</source>
        <translation>لغة ثانية جنباً إلى جنب</translation>
    </message>
    <message>
        <source>Show a second language beside the text, passage by passage</source>
        <translation>عرض لغة ثانية بجانب النص، مقطعاً بمقطع</translation>
    </message>
    <message>
        <source>Private mode</source>
        <translation>الوضع الخاص</translation>
    </message>
    <message>
        <source>Private mode is on</source>
        <translation>الوضع الخاص مفعَّل</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>خروج سريع</translation>
    </message>
    <message>
        <source>Close at once ({keys}): clears text copied from the app and saves nothing about this session</source>
        <translation>الإغلاق فوراً ({keys}): يمسح النص المنسوخ من التطبيق ولا يحفظ أي شيء عن هذه الجلسة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدم</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>ا&amp;كتبها مرة أخرى:</translation>
    </message>
    <message>
        <source>Passphrase message</source>
        <translation>رسالة عبارة المرور</translation>
    </message>
    <message>
        <source>I &amp;forgot the passphrase…</source>
        <translation>&amp;نسيت عبارة المرور…</translation>
    </message>
</context>
<context>
    <name>PresentationActions</name>
    <message>
        <source>Print passage card</source>
        <translation>طباعة بطاقة المقطع</translation>
    </message>
    <message>
        <source>{chosen} is too long for a passage card: a card holds up to {max} passages on one page, and this has {n}. Print it with File › Print…, or select one article and print its card.</source>
        <translation>{chosen} أطول من أن تتسع له بطاقة مقطع: تتسع البطاقة لـ{max} مقطعاً على الأكثر في صفحة واحدة، وهذا فيه {n}. اطبعه من «ملف › طباعة…»، أو حدّد مادة واحدة واطبع بطاقتها.</translation>
    </message>
    <message>
        <source>S&amp;how to an official</source>
        <translation>عرض على م&amp;سؤول</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <source>Show the current passage full screen in large print, beside a second language, to show an official ({keys})</source>
        <translation>عرض المقطع الحالي بملء الشاشة وبخط كبير، بجانب لغة ثانية، لإطلاع مسؤول عليه ({keys})</translation>
    </message>
    <message>
        <source>Print passage &amp;card…</source>
        <translation>طباعة &amp;بطاقة المقطع…</translation>
    </message>
    <message>
        <source>Print the current passage on one page in large print, beside a second language</source>
        <translation>طباعة المقطع الحالي في صفحة واحدة بخط كبير، بجانب لغة ثانية</translation>
    </message>
    <message>
        <source>Show to an official</source>
        <translation>عرض على مسؤول</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>{chosen} is longer than one screen holds, so it is shown a piece at a time: this is {shown} ({n} of {total}). Next ({next}) and Previous ({previous}) show the others.</source>
        <translation>{chosen} أطول مما تتسع له شاشة واحدة، لذا يُعرض جزءاً بعد جزء: هذا {shown} ({n} من {total}). يعرض «التالي» ({next}) و«السابق» ({previous}) بقية الأجزاء.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Previous passage</source>
        <translation>المقطع السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next passage</source>
        <translation>المقطع التالي</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>أصغر</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>أكبر</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close and go back to the app</source>
        <translation>إغلاق والعودة إلى التطبيق</translation>
    </message>
    <message>
        <source>&amp;Beside it:</source>
        <translation>&amp;بجانبه:</translation>
    </message>
    <message>
        <source>Second language beside the passage</source>
        <translation>اللغة الثانية بجانب المقطع</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Passage shown to an official</source>
        <translation>المقطع المعروض على المسؤول</translation>
    </message>
    <message>
        <source>Show to an official</source>
        <translation>عرض على مسؤول</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy and protection</source>
        <translation>الخصوصية والحماية</translation>
    </message>
    <message>
        <source>&amp;Keep reading history and recent searches between sessions</source>
        <translation>ا&amp;حتفظ بسجل القراءة وعمليات البحث الأخيرة بين الجلسات</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>&amp;Lock protected bookmarks after this long without use:</source>
        <translation>&amp;اقفل العلامات المرجعية المحمية بعد هذه المدة دون استخدام:</translation>
    </message>
    <message>
        <source>Quick exit also &amp;erases bookmarks, notes, exports and caches</source>
        <translation>الخروج السريع &amp;يمحو أيضًا العلامات المرجعية والملاحظات والملفات المصدَّرة وذاكرة التخزين المؤقت</translation>
    </message>
    <message>
        <source>Quick exit will then destroy your bookmarks and notes (the key of protected bookmarks is overwritten, so they can never be opened again) and remove your exported files and the app&apos;s caches. This cannot be undone. Turn it on?</source>
        <translation>سيؤدي الخروج السريع عندئذ إلى إتلاف علاماتك المرجعية وملاحظاتك (يُكتب فوق مفتاح العلامات المحمية فلا يمكن فتحها بعد ذلك أبدًا) وحذف ملفاتك المصدَّرة وذاكرة التخزين المؤقت للتطبيق. لا يمكن التراجع عن ذلك. هل تريد تفعيله؟</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <source>These older copies could not be read whole and are not protected; delete them if you do not need them: {files}</source>
        <translation>تعذّرت قراءة هذه النسخ الأقدم كاملة وهي غير محمية؛ احذفها إن لم تكن بحاجة إليها: {files}</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters.</source>
        <translation>تحتاج عبارة المرور إلى {n} أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The bookmarks could not be protected: {reason}</source>
        <translation>تعذّرت حماية العلامات المرجعية: {reason}</translation>
    </message>
    <message>
        <source>Your bookmarks are now protected with a passphrase.</source>
        <translation>أصبحت علاماتك المرجعية محمية بعبارة مرور.</translation>
    </message>
    <message>
        <source>That passphrase does not open your bookmarks (or their file is damaged). Nothing was changed.</source>
        <translation>عبارة المرور هذه لا تفتح علاماتك المرجعية (أو أن ملفها تالف). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>تم تغيير عبارة المرور.</translation>
    </message>
    <message>
        <source>A new, empty bookmarks store was started. The locked one was kept as {file}.</source>
        <translation>أُنشئ مخزن جديد فارغ للعلامات المرجعية. واحتُفظ بالمخزن المقفل باسم {file}.</translation>
    </message>
    <message>
        <source>Protect bookmarks with a passphrase</source>
        <translation>حماية العلامات المرجعية بعبارة مرور</translation>
    </message>
    <message>
        <source>Your bookmarks and notes, their folders and dates will be encrypted. You will need the passphrase to see them; the texts can always be read without it. If you forget it, nobody can recover your notes, not even the project.</source>
        <translation>ستُشفَّر علاماتك المرجعية وملاحظاتك ومجلداتها وتواريخها. ستحتاج إلى عبارة المرور لرؤيتها؛ أما النصوص فيمكن قراءتها دائمًا من دونها. إذا نسيتها فلن يستطيع أحد استعادة ملاحظاتك، ولا حتى المشروع.</translation>
    </message>
    <message>
        <source>Unlock bookmarks</source>
        <translation>فتح قفل العلامات المرجعية</translation>
    </message>
    <message>
        <source>Type the passphrase of your bookmarks.</source>
        <translation>اكتب عبارة المرور الخاصة بعلاماتك المرجعية.</translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered, and without it nobody can read these bookmarks and notes: not you, not the project.</source>
        <translation>لا يمكن استعادة عبارة مرور منسية، ومن دونها لا يستطيع أحد قراءة هذه العلامات المرجعية والملاحظات: لا أنت ولا المشروع.</translation>
    </message>
    <message>
        <source>You can start a new, empty bookmarks store. The locked file is not deleted: it is kept under a new name in the data folder, in case the passphrase comes back to you.</source>
        <translation>يمكنك بدء مخزن جديد فارغ للعلامات المرجعية. لن يُحذف الملف المقفل: سيُحتفظ به باسم جديد في مجلد البيانات تحسّبًا لتذكّرك عبارة المرور.</translation>
    </message>
    <message>
        <source>&amp;Start a new store</source>
        <translation>&amp;بدء مخزن جديد</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Your bookmarks will be encrypted again with the new passphrase.</source>
        <translation>ستُشفَّر علاماتك المرجعية من جديد بعبارة المرور الجديدة.</translation>
    </message>
    <message>
        <source>Pro&amp;tect bookmarks with a passphrase…</source>
        <translation>&amp;حماية العلامات المرجعية بعبارة مرور…</translation>
    </message>
    <message>
        <source>&amp;Lock bookmarks</source>
        <translation>&amp;قفل العلامات المرجعية</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase…</source>
        <translation>ت&amp;غيير عبارة المرور…</translation>
    </message>
    <message>
        <source>Privac&amp;y and protection…</source>
        <translation>الخصو&amp;صية والحماية…</translation>
    </message>
    <message>
        <source>U&amp;nlock bookmarks…</source>
        <translation>&amp;فتح قفل العلامات المرجعية…</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Bookmarked</source>
        <translation>عليه علامة مرجعية</translation>
    </message>
    <message>
        <source>Bookmarked: {note}</source>
        <translation>عليه علامة مرجعية: {note}</translation>
    </message>
    <message>
        <source>See the text:</source>
        <translation>انظر النص:</translation>
    </message>
    <message>
        <source>Related provisions (Rights at Hand’s mapping, not a UN text):</source>
        <translation>أحكام ذات صلة (مقابلة أعدها Rights at Hand، وليست نصًا من نصوص الأمم المتحدة):</translation>
    </message>
    <message>
        <source>(not in this language)</source>
        <translation>(غير موجود بهذه اللغة)</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>{n} found</source>
        <translation>عدد النتائج: {n}</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>The document. Arrow keys move the caret; Ctrl+Tab goes to the next link and Enter follows it; Tab goes to the next control; Ctrl+F finds words in the page.</source>
        <translation>المستند. تحرّك مفاتيح الأسهم المؤشر؛ ينقل Ctrl+Tab إلى الرابط التالي ويفتحه Enter؛ ينقل Tab إلى عنصر التحكم التالي؛ يبحث Ctrl+F عن كلمات في الصفحة.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Via the subject index (the project’s own work): {entry}</source>
        <translation>عبر الفهرس الموضوعي (من عمل المشروع): {entry}</translation>
    </message>
    <message>
        <source>Via the guidance section: {section}</source>
        <translation>عبر قسم الإرشادات: {section}</translation>
    </message>
    <message>
        <source>The query has no words to search for.</source>
        <translation>لا يحتوي الاستعلام على كلمات للبحث عنها.</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>كل الوثائق</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>جارٍ إعداد فهرس البحث…</translation>
    </message>
    <message>
        <source>Search is not available: {reason}</source>
        <translation>البحث غير متاح: {reason}</translation>
    </message>
    <message>
        <source>Results: {n}</source>
        <translation>النتائج: {n}</translation>
    </message>
    <message>
        <source>No results. Did you mean:</source>
        <translation>لا توجد نتائج. هل تقصد:</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>لا توجد نتائج.</translation>
    </message>
    <message>
        <source>(searched as plain words)</source>
        <translation>(بُحث عن الكلمات وحدها)</translation>
    </message>
    <message>
        <source>NOT needs a word before it, as in: police NOT arrest</source>
        <translation>تحتاج NOT إلى كلمة قبلها، مثل: الشرطة NOT اعتقال</translation>
    </message>
    <message>
        <source>The query is longer than {words} words or {chars} characters: only its beginning was searched.</source>
        <translation>الاستعلام أطول من {words} كلمة أو {chars} حرف: بُحث عن بدايته فقط.</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>فشل البحث: {reason}</translation>
    </message>
    <message>
        <source>Search all texts…</source>
        <translation>البحث في كل النصوص…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Results appear as you type. Down arrow: go to the results; Enter: open.</source>
        <translation>تظهر النتائج أثناء الكتابة. السهم لأسفل: الانتقال إلى النتائج؛ Enter: الفتح.</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>البحث في لغة</translation>
    </message>
    <message>
        <source>Search one language or all</source>
        <translation>البحث في لغة واحدة أو في كل اللغات</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>ال&amp;وثيقة:</translation>
    </message>
    <message>
        <source>Search in document</source>
        <translation>البحث في وثيقة</translation>
    </message>
    <message>
        <source>Search one document or all</source>
        <translation>البحث في وثيقة واحدة أو في كل الوثائق</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>One passage per row. Enter opens it; Escape goes back to the search box.</source>
        <translation>مقطع واحد في كل صف. Enter لفتحه؛ وEsc للعودة إلى مربع البحث.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>حالة البحث</translation>
    </message>
</context>
<context>
    <name>SourceBanner</name>
    <message>
        <source>Warning: this copy of “{document}” differs from the text shipped with Rights at Hand. It may have been altered; check it against the official UN document.</source>
        <translation>تحذير: هذه النسخة من «{document}» تختلف عن النص المرفق مع Rights at Hand. ربما عُدِّلت؛ قارنها بوثيقة الأمم المتحدة الرسمية.</translation>
    </message>
    <message>
        <source>Official UN text ({language})</source>
        <translation>نص رسمي للأمم المتحدة ({language})</translation>
    </message>
    <message>
        <source>Unofficial translation ({language}) by {translator}, from {source}, {date}, not a UN text</source>
        <translation>ترجمة غير رسمية ({language})، الجهة المترجمة: {translator}، عن: {source}، {date}؛ ليست نصاً صادراً عن الأمم المتحدة</translation>
    </message>
    <message>
        <source>Rights at Hand guidance ({language}), not a UN text</source>
        <translation>دليل من Rights at Hand ({language})؛ ليس نصاً صادراً عن الأمم المتحدة</translation>
    </message>
    <message>
        <source>Not available in {language}; shown in this language.</source>
        <translation>غير متاح باللغة المطلوبة ({language})؛ يُعرض بهذه اللغة.</translation>
    </message>
    <message>
        <source>Rights at Hand project</source>
        <translation>مشروع Rights at Hand</translation>
    </message>
    <message>
        <source>not yet reviewed by a professional translator</source>
        <translation>لم يراجعها مترجم محترف بعد</translation>
    </message>
    <message>
        <source>{name}; {remark}</source>
        <translation>{name}؛ {remark}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>المصدر: {source}</translation>
    </message>
    <message>
        <source>The project&apos;s technical notes (in English): {notes}</source>
        <translation>ملاحظات المشروع التقنية (بالإنكليزية): {notes}</translation>
    </message>
    <message>
        <source>Content version: {version}</source>
        <translation>إصدار المحتوى: {version}</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>أقل</translation>
    </message>
    <message>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <source>Source and status of the text</source>
        <translation>مصدر النص ووضعه</translation>
    </message>
    <message>
        <source>Show where this text comes from and how it was prepared</source>
        <translation>عرض مصدر هذا النص وكيفية إعداده</translation>
    </message>
    <message>
        <source>More about the source</source>
        <translation>المزيد عن المصدر</translation>
    </message>
    <message>
        <source>Status of the text</source>
        <translation>وضع النص</translation>
    </message>
    <message>
        <source>Source of the text</source>
        <translation>مصدر النص</translation>
    </message>
    <message>
        <source>Note on the text</source>
        <translation>ملاحظة على النص</translation>
    </message>
    <message>
        <source>Warning about this copy of the text</source>
        <translation>تحذير بشأن هذه النسخة من النص</translation>
    </message>
</context>
<context>
    <name>UndoNames</name>
    <message>
        <source>Move folder</source>
        <translation>نقل المجلد</translation>
    </message>
    <message>
        <source>Rename bookmark</source>
        <translation>إعادة تسمية العلامة المرجعية</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <source>Move bookmark</source>
        <translation>نقل العلامة المرجعية</translation>
    </message>
    <message>
        <source>Delete bookmark</source>
        <translation>حذف العلامة المرجعية</translation>
    </message>
    <message>
        <source>Bookmark %1</source>
        <translation>إضافة علامة مرجعية: %1</translation>
    </message>
    <message>
        <source>New folder “%1”</source>
        <translation>مجلد جديد «%1»</translation>
    </message>
    <message>
        <source>Rename folder to “%1”</source>
        <translation>إعادة تسمية المجلد إلى «%1»</translation>
    </message>
    <message>
        <source>Delete folder “%1”</source>
        <translation>حذف المجلد «%1»</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <source>the last change to the bookmarks</source>
        <translation>آخر تغيير في العلامات المرجعية</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print a range</source>
        <translation>طباعة نطاق</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إ&amp;لى:</translation>
    </message>
</context>
<context>
    <name>IndexPanel</name>
    <message>
        <source>Index</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <source>Entries: {n}</source>
        <translation>المداخل: {n}</translation>
    </message>
    <message>
        <source>Everyday words and the passages they concern. This index is the project’s own work, not UN text.</source>
        <translation>الكلمات اليومية والفقرات المتعلقة بها. هذا الفهرس من عمل المشروع، وليس نصا من نصوص الأمم المتحدة.</translation>
    </message>
    <message>
        <source>About the subject index</source>
        <translation>حول الفهرس الموضوعي</translation>
    </message>
    <message>
        <source>Filter the index…</source>
        <translation>تصفية الفهرس…</translation>
    </message>
    <message>
        <source>Filter the index</source>
        <translation>تصفية الفهرس</translation>
    </message>
    <message>
        <source>Type a word to narrow the list. Down arrow: go to the list; Enter: open the first entry.</source>
        <translation>اكتب كلمة لتضييق القائمة. السهم لأسفل: الانتقال إلى القائمة؛ Enter: فتح المدخل الأول.</translation>
    </message>
    <message>
        <source>Subject index</source>
        <translation>الفهرس الموضوعي</translation>
    </message>
    <message>
        <source>Entries from A to Z under their letter. Enter on an entry opens its passages; Enter on a passage opens it in the reader.</source>
        <translation>المداخل مرتبة أبجديا تحت حرفها. Enter على مدخل يفتح فقراته؛ Enter على فقرة يفتحها في القارئ.</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>عدد المداخل المعروضة</translation>
    </message>
</context>
</TS>
