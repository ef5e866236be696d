<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>A11yNames</name>
    <message>
        <source>Show the tabs to the left</source>
        <translation>显示左侧的标签页</translation>
    </message>
    <message>
        <source>Show the tabs to the right</source>
        <translation>显示右侧的标签页</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>See the pages before printing</source>
        <translation>打印前查看页面</translation>
    </message>
    <message>
        <source>Print a &amp;range…</source>
        <translation>打印范围(&amp;R)…</translation>
    </message>
    <message>
        <source>Print from one article or paragraph to another</source>
        <translation>从一个条款或段落打印到另一个</translation>
    </message>
    <message>
        <source>Print the selected passages, or the current passage, with citations</source>
        <translation>打印选中的段落（或当前段落）及其引文</translation>
    </message>
    <message>
        <source>Print &amp;whole document…</source>
        <translation>打印整个文档(&amp;W)…</translation>
    </message>
    <message>
        <source>Print the whole document on screen with citations</source>
        <translation>打印屏幕上的整个文档及其引文</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the selected passages, or the current passage, as a PDF file</source>
        <translation>将选中的段落（或当前段落）保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Export whole &amp;document as PDF…</source>
        <translation>将整个文档导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the whole document on screen as a PDF file</source>
        <translation>将屏幕上的整个文档保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Keep no history, last position or recent searches</source>
        <translation>不保存历史记录、上次阅读位置和最近的搜索</translation>
    </message>
    <message>
        <source>&amp;Quick exit</source>
        <translation>快速退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close at once, clear copied text, save nothing about this session</source>
        <translation>立即关闭，清除复制的文本，不保存本次使用的任何信息</translation>
    </message>
    <message>
        <source>Pr&amp;ivate mode</source>
        <translation>隐私模式(&amp;I)</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>关闭应用程序</translation>
    </message>
    <message>
        <source>Q&amp;uit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>复制选中的文本</translation>
    </message>
    <message>
        <source>Copy with c&amp;itation</source>
        <translation>连同引文复制(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the selected passages with their citation</source>
        <translation>复制选中的段落及其引文</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select the whole text</source>
        <translation>选中全部文本</translation>
    </message>
    <message>
        <source>&amp;Find in page…</source>
        <translation>在本页中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find words in this text</source>
        <translation>在本文中查找字词</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <source>Text at normal size</source>
        <translation>文字恢复正常大小</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>并排(&amp;S)</translation>
    </message>
    <message>
        <source>Show a second language beside the text</source>
        <translation>在文本旁显示第二种语言</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>Show the list of documents</source>
        <translation>显示文件列表</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Go back to the previous passage</source>
        <translation>返回上一个段落</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>再次前进</translation>
    </message>
    <message>
        <source>&amp;Go to passage…</source>
        <translation>转到段落(&amp;G)…</translation>
    </message>
    <message>
        <source>Type a reference such as “art 12” or “64/163 para 7”</source>
        <translation>输入出处，例如“第十二条”或“64/163 第7段”</translation>
    </message>
    <message>
        <source>&amp;Search all texts…</source>
        <translation>搜索全部文本(&amp;S)…</translation>
    </message>
    <message>
        <source>Search every document in every language</source>
        <translation>在所有文件、所有语言中搜索</translation>
    </message>
    <message>
        <source>Ne&amp;xt passage</source>
        <translation>下一段(&amp;X)</translation>
    </message>
    <message>
        <source>Next passage</source>
        <translation>下一段</translation>
    </message>
    <message>
        <source>Pre&amp;vious passage</source>
        <translation>上一段(&amp;V)</translation>
    </message>
    <message>
        <source>Previous passage</source>
        <translation>上一段</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>列出键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;About Rights at Hand</source>
        <translation>关于 Rights at Hand(&amp;A)</translation>
    </message>
    <message>
        <source>Version, sources and licence</source>
        <translation>版本、来源和许可证</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>配色主题</translation>
    </message>
    <message>
        <source>Say &amp;where I am</source>
        <translation>朗读当前位置(&amp;W)</translation>
    </message>
    <message>
        <source>Say the citation of the passage at the caret and the status of its text</source>
        <translation>朗读光标所在段落的引文及其文本性质</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Filter by note…</source>
        <translation>按笔记筛选…</translation>
    </message>
    <message>
        <source>Filter bookmarks by the text of their notes</source>
        <translation>按笔记内容筛选书签</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Bookmarks and folders</source>
        <translation>书签和文件夹</translation>
    </message>
    <message>
        <source>Enter opens a bookmark, F2 renames, Delete deletes, Ctrl+Z undoes</source>
        <translation>Enter 打开书签，F2 重命名，Delete 删除，Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>笔记(&amp;N)：</translation>
    </message>
    <message>
        <source>Note of the selected bookmark</source>
        <translation>所选书签的笔记</translation>
    </message>
    <message>
        <source>Your note (saved when you leave this box)</source>
        <translation>您的笔记（离开此框时保存）</translation>
    </message>
    <message>
        <source>Bookmarks messages</source>
        <translation>书签消息</translation>
    </message>
    <message>
        <source>Your bookmarks are protected with a passphrase and are locked. The texts can be read without it.</source>
        <translation>您的书签已用密码短语保护并已锁定。无需密码短语也可阅读文本。</translation>
    </message>
    <message>
        <source>&amp;Unlock bookmarks…</source>
        <translation>解锁书签(&amp;U)…</translation>
    </message>
    <message>
        <source>Unlock bookmarks</source>
        <translation>解锁书签</translation>
    </message>
    <message>
        <source>Anyone who gets this computer or stick can read your bookmarks and notes. Protect them with a passphrase? (Also in the File menu, at any time.)</source>
        <translation>任何拿到这台电脑或U盘的人都能读到您的书签和笔记。要用密码短语保护它们吗？（随时也可在“文件”菜单中设置。）</translation>
    </message>
    <message>
        <source>&amp;Set a passphrase…</source>
        <translation>设置密码短语(&amp;S)…</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>以后再说(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Bookmark this passage</source>
        <translation>为此段落添加书签(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmark the current passage or the selected passages</source>
        <translation>为当前段落或选中的段落添加书签</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show the bookmarked passages</source>
        <translation>显示加了书签的段落</translation>
    </message>
    <message>
        <source>Make a new folder</source>
        <translation>新建一个文件夹</translation>
    </message>
    <message>
        <source>Rename the bookmark or folder</source>
        <translation>重命名书签或文件夹</translation>
    </message>
    <message>
        <source>&amp;Move to folder…</source>
        <translation>移到文件夹(&amp;M)…</translation>
    </message>
    <message>
        <source>Move to another folder</source>
        <translation>移到另一个文件夹</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete (can be undone)</source>
        <translation>删除（可撤销）</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last change to the bookmarks</source>
        <translation>撤销对书签的最后一次更改</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>重做刚撤销的更改</translation>
    </message>
    <message>
        <source>&amp;Export bookmarks…</source>
        <translation>导出书签(&amp;E)…</translation>
    </message>
    <message>
        <source>Save all bookmarks and notes to a file</source>
        <translation>将所有书签和笔记保存到文件</translation>
    </message>
    <message>
        <source>&amp;Import bookmarks…</source>
        <translation>导入书签(&amp;I)…</translation>
    </message>
    <message>
        <source>Add bookmarks from a file made by Export</source>
        <translation>从“导出”生成的文件添加书签</translation>
    </message>
    <message>
        <source>&amp;Print folder…</source>
        <translation>打印文件夹(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the folder with its notes</source>
        <translation>打印文件夹及其笔记</translation>
    </message>
    <message>
        <source>Ne&amp;w folder…</source>
        <translation>新建文件夹(&amp;W)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Folder as PDF…</source>
        <translation>文件夹导出为 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>Save the folder with its notes as a PDF file</source>
        <translation>将文件夹及其笔记保存为 PDF 文件</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>More bookmark actions</source>
        <translation>更多书签操作</translation>
    </message>
    <message>
        <source>Rename, move, print, export and import</source>
        <translation>重命名、移动、打印、导出和导入</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>文件夹 %1</translation>
    </message>
    <message>
        <source>Open a passage first, then bookmark it.</source>
        <translation>请先打开一个段落，再为其添加书签。</translation>
    </message>
    <message>
        <source>Bookmarked: %1</source>
        <translation>已添加书签：%1</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>文件夹名称：</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>移到文件夹</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>已删除“%1”。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>Encrypted bookmarks (*.bookmarks)</source>
        <translation>加密的书签 (*.bookmarks)</translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>导出书签</translation>
    </message>
    <message>
        <source>Bookmarks (*.json)</source>
        <translation>书签 (*.json)</translation>
    </message>
    <message>
        <source>%1 bookmarks saved to %2</source>
        <translation>已将 %1 个书签保存到 %2</translation>
    </message>
    <message>
        <source>Your bookmarks are protected, but a bookmarks file in JSON can be read by anyone who gets it.</source>
        <translation>您的书签受到保护，但 JSON 格式的书签文件任何拿到它的人都能读取。</translation>
    </message>
    <message>
        <source>An encrypted file can only be imported with the passphrase you choose for it.</source>
        <translation>加密文件只能用您为它设置的密码短语导入。</translation>
    </message>
    <message>
        <source>&amp;Encrypted file…</source>
        <translation>加密文件(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Readable JSON file…</source>
        <translation>可读的 JSON 文件(&amp;R)…</translation>
    </message>
    <message>
        <source>Encrypt the bookmarks file</source>
        <translation>加密书签文件</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. It is needed to import it; tell it to the person who will import it another way than the file itself.</source>
        <translation>请为此文件设置密码短语。导入时需要它；请通过文件以外的途径把它告诉将要导入的人。</translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation>导入书签</translation>
    </message>
    <message>
        <source>Bookmarks (*.json *.bookmarks);;All files (*)</source>
        <translation>书签 (*.json *.bookmarks);;所有文件 (*)</translation>
    </message>
    <message>
        <source>That passphrase does not open this file. Nothing was changed.</source>
        <translation>该密码短语无法打开此文件。未作任何更改。</translation>
    </message>
    <message>
        <source>This bookmarks file is encrypted. Type its passphrase.</source>
        <translation>此书签文件已加密。请输入它的密码短语。</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Bookmarks are locked.</source>
        <translation>书签已锁定。</translation>
    </message>
    <message>
        <source>Bookmarks are read-only: %1</source>
        <translation>书签为只读：%1</translation>
    </message>
    <message>
        <source>Your bookmarks were updated to the new format.</source>
        <translation>您的书签已更新为新格式。</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>无备注</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page:</source>
        <translation>在本页中查找：</translation>
    </message>
    <message>
        <source>Word or phrase</source>
        <translation>字词或短语</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>在本页中查找</translation>
    </message>
    <message>
        <source>Enter: next match. Shift+Enter: previous match. Escape: close.</source>
        <translation>Enter：下一个匹配项。Shift+Enter：上一个匹配项。Esc：关闭。</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close find in page</source>
        <translation>关闭页内查找</translation>
    </message>
    <message>
        <source>Number of matches</source>
        <translation>匹配数</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>{part}: articles {first} to {last}</source>
        <translation>{part}：第{first}条至第{last}条</translation>
    </message>
    <message>
        <source>{part}: article {n}</source>
        <translation>{part}：第{n}条</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Adopting resolution</source>
        <translation>通过宣言的决议</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>序言</translation>
    </message>
    <message>
        <source>Operative paragraphs</source>
        <translation>执行部分</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>脚注</translation>
    </message>
    <message>
        <source>Article {n}</source>
        <translation>第{n}条</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Documents, their parts, articles and paragraphs, guidance and topics. Arrow keys move, Enter opens.</source>
        <translation>文件及其部分、条款和段落、指南和主题。方向键移动，Enter 键打开。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not found: “{text}”: {title} has no such article or paragraph.</source>
        <translation>未找到：“{text}”：{title}中没有这一条或款。</translation>
    </message>
    <message>
        <source>Note for the new bookmark</source>
        <translation>新书签的备注</translation>
    </message>
    <message>
        <source>Note for this bookmark (optional):</source>
        <translation>此书签的备注（可选）：</translation>
    </message>
    <message>
        <source>Bookmark this passage</source>
        <translation>为此段落添加书签</translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation>未保存任何内容。{reason}</translation>
    </message>
    <message>
        <source>Your bookmarks are read-only.</source>
        <translation>您的书签为只读。</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>已加书签</translation>
    </message>
    <message>
        <source>Bookmarked: {note}</source>
        <translation>已加书签：{note}</translation>
    </message>
    <message>
        <source>Not found: “{text}” is not a reference or a title here. Press Enter again to search the texts for it.</source>
        <translation>未找到：“{text}”既不是引用，也不是标题。再按一次回车键，即可在文本中搜索。</translation>
    </message>
    <message>
        <source>Rights at Hand is already open with the same bookmarks and settings. Switch to its window: it may be minimised or on another desktop.</source>
        <translation>Rights at Hand 已经打开，使用的是同一份书签和设置。请切换到它的窗口：它可能已最小化，或在另一个桌面上。</translation>
    </message>
    <message>
        <source>Not found: {reason}</source>
        <translation>未找到：{reason}</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Citation of the current passage</source>
        <translation>当前段落的引文</translation>
    </message>
    <message>
        <source>Text size: {n} %</source>
        <translation>文字大小：{n}%</translation>
    </message>
    <message>
        <source>About Rights at Hand</source>
        <translation>关于 Rights at Hand</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rights at Hand&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;The UN Declaration on Human Rights Defenders (A/RES/53/144) and General Assembly resolution 64/163, with guidance, in the six UN languages.&lt;/p&gt;&lt;p&gt;Works offline: it never connects to the Internet.&lt;/p&gt;&lt;p&gt;Texts marked “unofficial translation” or “guidance” are not UN texts; the source of each text is shown above it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rights at Hand&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;联合国《人权维护者宣言》（A/RES/53/144）和大会第64/163号决议，附指南，提供联合国六种语文版本。&lt;/p&gt;&lt;p&gt;离线使用：本应用从不连接互联网。&lt;/p&gt;&lt;p&gt;标有“非正式译文”或“指南”的文本不是联合国文件；每个文本的来源都显示在其上方。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Some texts could not be read and are left out: {files}</source>
        <translation>部分文本无法读取，已略去：{files}</translation>
    </message>
    <message>
        <source>The list of topics could not be read and is left out: {file}</source>
        <translation>主题列表无法读取，已略去：{file}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Contents and search</source>
        <translation>目录和搜索</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>Contents, search and other panels</source>
        <translation>目录、搜索和其他面板</translation>
    </message>
    <message>
        <source>Settings cannot be saved</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Bookmarks are read-only: {reason}</source>
        <translation>书签为只读：{reason}</translation>
    </message>
    <message>
        <source>The bookmarks file is damaged ({reason}) and could not be moved aside, so bookmarks cannot be changed.</source>
        <translation>书签文件已损坏（{reason}），且无法移到一旁，因此无法更改书签。</translation>
    </message>
    <message>
        <source>The bookmarks file was damaged ({reason}) and was kept as {file}. A new file holds what could be recovered (bookmarks: {bookmarks}, folders: {folders}).</source>
        <translation>书签文件已损坏（{reason}），已保留为 {file}。新文件包含了能够恢复的内容（书签：{bookmarks}，文件夹：{folders}）。</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <source>Select a passage first</source>
        <translation>请先选择一个段落</translation>
    </message>
    <message>
        <source>The texts could not be read, so the app cannot open.</source>
        <translation>无法读取文本，因此应用程序无法打开。</translation>
    </message>
    <message>
        <source>There is no folder for your bookmarks and settings, so the app cannot open.</source>
        <translation>没有用于保存书签和设置的文件夹，因此应用程序无法打开。</translation>
    </message>
    <message>
        <source>A file stands where that folder should be:
%1
Move or rename the file, then start the app again.</source>
        <translation>该文件夹应在的位置上有一个文件：
%1
请移动该文件或为其重命名，然后重新启动应用程序。</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>G&amp;o to:</source>
        <translation>转到(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. art 12, 64/163 para 7</source>
        <translation>例如：第十二条、64/163 第7段</translation>
    </message>
    <message>
        <source>Type an article or paragraph, in any of the six languages, and press Enter</source>
        <translation>用六种语文中的任何一种输入条款或段落，然后按 Enter 键</translation>
    </message>
    <message>
        <source>Go to passage</source>
        <translation>转到段落</translation>
    </message>
    <message>
        <source>Go to: error</source>
        <translation>转到：错误</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation>文本语言</translation>
    </message>
    <message>
        <source>The language the document is shown in</source>
        <translation>文件显示所用的语言</translation>
    </message>
    <message>
        <source>&amp;Side by side:</source>
        <translation>并排(&amp;S)：</translation>
    </message>
    <message>
        <source>Second language side by side</source>
        <translation>并排显示的第二种语言</translation>
    </message>
    <message>
        <source>Show a second language beside the text, passage by passage</source>
        <translation>在文本旁逐段显示第二种语言</translation>
    </message>
    <message>
        <source>Private mode</source>
        <translation>隐私模式</translation>
    </message>
    <message>
        <source>Private mode is on</source>
        <translation>隐私模式已开启</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>快速退出</translation>
    </message>
    <message>
        <source>Close at once ({keys}): clears text copied from the app and saves nothing about this session</source>
        <translation>立即关闭（{keys}）：清除从本应用复制的文本，不保存本次使用的任何信息</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新密码短语(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>再输入一次(&amp;T)：</translation>
    </message>
    <message>
        <source>Passphrase message</source>
        <translation>密码短语提示</translation>
    </message>
    <message>
        <source>I &amp;forgot the passphrase…</source>
        <translation>我忘记了密码短语(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>PresentationActions</name>
    <message>
        <source>Print passage card</source>
        <translation>打印段落卡片</translation>
    </message>
    <message>
        <source>{chosen} is too long for a passage card: a card holds up to {max} passages on one page, and this has {n}. Print it with File › Print…, or select one article and print its card.</source>
        <translation>{chosen}太长，无法印成段落卡片：一张卡片一页最多容纳{max}个段落，而此处有{n}个。请用“文件 › 打印…”打印，或选中一条再打印其卡片。</translation>
    </message>
    <message>
        <source>S&amp;how to an official</source>
        <translation>出示给官员(&amp;H)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出示</translation>
    </message>
    <message>
        <source>Show the current passage full screen in large print, beside a second language, to show an official ({keys})</source>
        <translation>以全屏大字显示当前段落，并排显示第二种语言，便于出示给官员（{keys}）</translation>
    </message>
    <message>
        <source>Print passage &amp;card…</source>
        <translation>打印段落卡片(&amp;C)…</translation>
    </message>
    <message>
        <source>Print the current passage on one page in large print, beside a second language</source>
        <translation>将当前段落以大字打印在一页上，并排显示第二种语言</translation>
    </message>
    <message>
        <source>Show to an official</source>
        <translation>出示给官员</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>{chosen} is longer than one screen holds, so it is shown a piece at a time: this is {shown} ({n} of {total}). Next ({next}) and Previous ({previous}) show the others.</source>
        <translation>{chosen}超出一屏所能容纳的长度，因此分段显示：这是{shown}（第{n}段，共{total}段）。“下一个”（{next}）和“上一个”（{previous}）显示其余各段。</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous passage</source>
        <translation>上一段</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next passage</source>
        <translation>下一段</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close and go back to the app</source>
        <translation>关闭并返回应用</translation>
    </message>
    <message>
        <source>&amp;Beside it:</source>
        <translation>并排(&amp;B)：</translation>
    </message>
    <message>
        <source>Second language beside the passage</source>
        <translation>段落旁的第二种语言</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Passage shown to an official</source>
        <translation>出示给官员的段落</translation>
    </message>
    <message>
        <source>Show to an official</source>
        <translation>出示给官员</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy and protection</source>
        <translation>隐私与保护</translation>
    </message>
    <message>
        <source>&amp;Keep reading history and recent searches between sessions</source>
        <translation>在会话之间保留阅读历史和最近的搜索(&amp;K)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Lock protected bookmarks after this long without use:</source>
        <translation>闲置多久后锁定受保护的书签(&amp;L)：</translation>
    </message>
    <message>
        <source>Quick exit also &amp;erases bookmarks, notes, exports and caches</source>
        <translation>快速退出时同时清除书签、笔记、导出文件和缓存(&amp;E)</translation>
    </message>
    <message>
        <source>Quick exit will then destroy your bookmarks and notes (the key of protected bookmarks is overwritten, so they can never be opened again) and remove your exported files and the app&apos;s caches. This cannot be undone. Turn it on?</source>
        <translation>这样，快速退出将销毁您的书签和笔记（受保护书签的密钥会被覆盖，之后再也无法打开），并删除您导出的文件和本应用的缓存。此操作无法撤销。要开启吗？</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <source>These older copies could not be read whole and are not protected; delete them if you do not need them: {files}</source>
        <translation>这些较早的副本无法完整读取，未受保护；如不需要，请删除它们：{files}</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters.</source>
        <translation>密码短语至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The bookmarks could not be protected: {reason}</source>
        <translation>无法保护书签：{reason}</translation>
    </message>
    <message>
        <source>Your bookmarks are now protected with a passphrase.</source>
        <translation>您的书签现已用密码短语保护。</translation>
    </message>
    <message>
        <source>That passphrase does not open your bookmarks (or their file is damaged). Nothing was changed.</source>
        <translation>该密码短语无法打开您的书签（或书签文件已损坏）。未作任何更改。</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>密码短语已更改。</translation>
    </message>
    <message>
        <source>A new, empty bookmarks store was started. The locked one was kept as {file}.</source>
        <translation>已新建一个空的书签库。已锁定的书签库保存为 {file}。</translation>
    </message>
    <message>
        <source>Protect bookmarks with a passphrase</source>
        <translation>用密码短语保护书签</translation>
    </message>
    <message>
        <source>Your bookmarks and notes, their folders and dates will be encrypted. You will need the passphrase to see them; the texts can always be read without it. If you forget it, nobody can recover your notes, not even the project.</source>
        <translation>您的书签和笔记及其文件夹和日期都将被加密。查看它们需要密码短语；阅读文本则始终不需要。如果忘记密码短语，任何人都无法恢复您的笔记，包括本项目。</translation>
    </message>
    <message>
        <source>Unlock bookmarks</source>
        <translation>解锁书签</translation>
    </message>
    <message>
        <source>Type the passphrase of your bookmarks.</source>
        <translation>请输入书签的密码短语。</translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered, and without it nobody can read these bookmarks and notes: not you, not the project.</source>
        <translation>忘记的密码短语无法找回；没有它，任何人都无法读取这些书签和笔记：您不能，本项目也不能。</translation>
    </message>
    <message>
        <source>You can start a new, empty bookmarks store. The locked file is not deleted: it is kept under a new name in the data folder, in case the passphrase comes back to you.</source>
        <translation>您可以新建一个空的书签库。已锁定的文件不会被删除：它会以新名称保存在数据文件夹中，以防您日后想起密码短语。</translation>
    </message>
    <message>
        <source>&amp;Start a new store</source>
        <translation>新建书签库(&amp;S)</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <source>Your bookmarks will be encrypted again with the new passphrase.</source>
        <translation>您的书签将用新的密码短语重新加密。</translation>
    </message>
    <message>
        <source>Pro&amp;tect bookmarks with a passphrase…</source>
        <translation>用密码短语保护书签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Lock bookmarks</source>
        <translation>锁定书签(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase…</source>
        <translation>更改密码短语(&amp;H)…</translation>
    </message>
    <message>
        <source>Privac&amp;y and protection…</source>
        <translation>隐私与保护(&amp;Y)…</translation>
    </message>
    <message>
        <source>U&amp;nlock bookmarks…</source>
        <translation>解锁书签(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Bookmarked</source>
        <translation>已加书签</translation>
    </message>
    <message>
        <source>Bookmarked: {note}</source>
        <translation>已加书签：{note}</translation>
    </message>
    <message>
        <source>See the text:</source>
        <translation>参见原文：</translation>
    </message>
    <message>
        <source>Related provisions (Rights at Hand’s mapping, not a UN text):</source>
        <translation>相关条款（Rights at Hand 的对照，非联合国文本）：</translation>
    </message>
    <message>
        <source>(not in this language)</source>
        <translation>（本语文中没有）</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>{n} found</source>
        <translation>找到 {n} 处</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>The document. Arrow keys move the caret; Ctrl+Tab goes to the next link and Enter follows it; Tab goes to the next control; Ctrl+F finds words in the page.</source>
        <translation>文档。方向键移动光标；Ctrl+Tab 转到下一个链接，Enter 打开该链接；Tab 转到下一个控件；Ctrl+F 在页面中查找词语。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Via the subject index (the project’s own work): {entry}</source>
        <translation>经由主题索引（本项目编写）：{entry}</translation>
    </message>
    <message>
        <source>Via the guidance section: {section}</source>
        <translation>经由指南章节：{section}</translation>
    </message>
    <message>
        <source>The query has no words to search for.</source>
        <translation>查询中没有可搜索的词。</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>正在准备搜索索引…</translation>
    </message>
    <message>
        <source>Search is not available: {reason}</source>
        <translation>无法使用搜索：{reason}</translation>
    </message>
    <message>
        <source>Results: {n}</source>
        <translation>结果：{n}</translation>
    </message>
    <message>
        <source>No results. Did you mean:</source>
        <translation>没有结果。您是不是要找：</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>没有结果。</translation>
    </message>
    <message>
        <source>(searched as plain words)</source>
        <translation>（按普通字词搜索）</translation>
    </message>
    <message>
        <source>NOT needs a word before it, as in: police NOT arrest</source>
        <translation>NOT 前面需要一个词，例如：警察 NOT 逮捕</translation>
    </message>
    <message>
        <source>The query is longer than {words} words or {chars} characters: only its beginning was searched.</source>
        <translation>查询超过 {words} 个词或 {chars} 个字符：只搜索了开头部分。</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>搜索失败：{reason}</translation>
    </message>
    <message>
        <source>Search all texts…</source>
        <translation>搜索全部文本…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Results appear as you type. Down arrow: go to the results; Enter: open.</source>
        <translation>输入时即显示结果。向下键：转到结果；Enter 键：打开。</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>语言(&amp;A)：</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>搜索语言</translation>
    </message>
    <message>
        <source>Search one language or all</source>
        <translation>在一种语言或所有语言中搜索</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文件(&amp;D)：</translation>
    </message>
    <message>
        <source>Search in document</source>
        <translation>搜索文件</translation>
    </message>
    <message>
        <source>Search one document or all</source>
        <translation>在一个文件或所有文件中搜索</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>One passage per row. Enter opens it; Escape goes back to the search box.</source>
        <translation>每行一个段落。Enter 键打开；Esc 键返回搜索框。</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>搜索状态</translation>
    </message>
</context>
<context>
    <name>SourceBanner</name>
    <message>
        <source>Warning: this copy of “{document}” differs from the text shipped with Rights at Hand. It may have been altered; check it against the official UN document.</source>
        <translation>警告：此份“{document}”与 Rights at Hand 随附的文本不一致，可能已被改动；请与联合国正式文件核对。</translation>
    </message>
    <message>
        <source>Official UN text ({language})</source>
        <translation>联合国正式文本（{language}）</translation>
    </message>
    <message>
        <source>Unofficial translation ({language}) by {translator}, from {source}, {date}, not a UN text</source>
        <translation>非正式译文（{language}），译者：{translator}，译自：{source}，{date}；不是联合国文本</translation>
    </message>
    <message>
        <source>Rights at Hand guidance ({language}), not a UN text</source>
        <translation>Rights at Hand 指南（{language}）；不是联合国文本</translation>
    </message>
    <message>
        <source>Not available in {language}; shown in this language.</source>
        <translation>没有所选语言（{language}）的版本；以本语言显示。</translation>
    </message>
    <message>
        <source>Rights at Hand project</source>
        <translation>Rights at Hand 项目</translation>
    </message>
    <message>
        <source>not yet reviewed by a professional translator</source>
        <translation>尚未经专业译者审校</translation>
    </message>
    <message>
        <source>{name}; {remark}</source>
        <translation>{name}；{remark}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>The project&apos;s technical notes (in English): {notes}</source>
        <translation>本项目的技术说明（英文）：{notes}</translation>
    </message>
    <message>
        <source>Content version: {version}</source>
        <translation>内容版本：{version}</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Source and status of the text</source>
        <translation>文本的来源和性质</translation>
    </message>
    <message>
        <source>Show where this text comes from and how it was prepared</source>
        <translation>显示本文本的来源及整理方式</translation>
    </message>
    <message>
        <source>More about the source</source>
        <translation>有关来源的更多信息</translation>
    </message>
    <message>
        <source>Status of the text</source>
        <translation>文本性质</translation>
    </message>
    <message>
        <source>Source of the text</source>
        <translation>文本来源</translation>
    </message>
    <message>
        <source>Note on the text</source>
        <translation>关于文本的说明</translation>
    </message>
    <message>
        <source>Warning about this copy of the text</source>
        <translation>关于本文本副本的警告</translation>
    </message>
</context>
<context>
    <name>UndoNames</name>
    <message>
        <source>Move folder</source>
        <translation>移动文件夹</translation>
    </message>
    <message>
        <source>Rename bookmark</source>
        <translation>重命名书签</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Move bookmark</source>
        <translation>移动书签</translation>
    </message>
    <message>
        <source>Delete bookmark</source>
        <translation>删除书签</translation>
    </message>
    <message>
        <source>Bookmark %1</source>
        <translation>添加书签：%1</translation>
    </message>
    <message>
        <source>New folder “%1”</source>
        <translation>新建文件夹“%1”</translation>
    </message>
    <message>
        <source>Rename folder to “%1”</source>
        <translation>将文件夹重命名为“%1”</translation>
    </message>
    <message>
        <source>Delete folder “%1”</source>
        <translation>删除文件夹“%1”</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>the last change to the bookmarks</source>
        <translation>对书签的最近一次更改</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print a range</source>
        <translation>打印范围</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>IndexPanel</name>
    <message>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Entries: {n}</source>
        <translation>条目：{n}</translation>
    </message>
    <message>
        <source>Everyday words and the passages they concern. This index is the project’s own work, not UN text.</source>
        <translation>日常用语及其相关段落。本索引由本项目编写，不是联合国文本。</translation>
    </message>
    <message>
        <source>About the subject index</source>
        <translation>关于主题索引</translation>
    </message>
    <message>
        <source>Filter the index…</source>
        <translation>筛选索引…</translation>
    </message>
    <message>
        <source>Filter the index</source>
        <translation>筛选索引</translation>
    </message>
    <message>
        <source>Type a word to narrow the list. Down arrow: go to the list; Enter: open the first entry.</source>
        <translation>输入一个词以缩小列表。下箭头：转到列表；回车：打开第一个条目。</translation>
    </message>
    <message>
        <source>Subject index</source>
        <translation>主题索引</translation>
    </message>
    <message>
        <source>Entries from A to Z under their letter. Enter on an entry opens its passages; Enter on a passage opens it in the reader.</source>
        <translation>条目按首字排列。在条目上按回车可打开其段落；在段落上按回车可在阅读区打开。</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>显示的条目数</translation>
    </message>
</context>
</TS>
