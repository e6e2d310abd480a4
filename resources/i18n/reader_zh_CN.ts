<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/ui/menus.py" line="118"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="26"/>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="28"/>
        <source>Import folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="33"/>
        <source>Export notes…</source>
        <translation>导出笔记…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="36"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="119"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="153"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="155"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="37"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="42"/>
        <source>Filter the list</source>
        <translation>筛选列表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="43"/>
        <source>Manage tags…</source>
        <translation>管理标签…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="120"/>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="47"/>
        <source>Add note on selection…</source>
        <translation>为所选文字添加笔记…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="49"/>
        <source>Orphaned notes…</source>
        <translation>孤立笔记…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="122"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="55"/>
        <source>Group by file</source>
        <translation>按文件分组</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="30"/>
        <source>Import report…</source>
        <translation>导入报告…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="39"/>
        <source>Next hit</source>
        <translation>下一处命中</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="40"/>
        <source>Previous hit</source>
        <translation>上一处命中</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="57"/>
        <source>Group by county</source>
        <translation>按区县分组</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="60"/>
        <source>Clean text</source>
        <translation>整理后的正文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="62"/>
        <source>Clean text and source lines</source>
        <translation>正文与原始行对照</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="64"/>
        <source>Source lines only</source>
        <translation>仅原始行</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="67"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="69"/>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="70"/>
        <source>Normal size</source>
        <translation>正常大小</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="134"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="124"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="73"/>
        <source>Page view</source>
        <translation>页面视图</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="75"/>
        <source>Only articles to check</source>
        <translation>只看待核对的文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="244"/>
        <location filename="../../reader/ui/menus.py" line="84"/>
        <source>About Reader</source>
        <translation>关于读报</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="48"/>
        <source>Library gone</source>
        <translation>资料库文件不见了</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="54"/>
        <source>Save a copy…</source>
        <translation>另存一份…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="65"/>
        <source>Save a copy of the library</source>
        <translation>把资料库另存一份</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="72"/>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="82"/>
        <source>Note on “%1”:</source>
        <translation>关于“%1”的笔记：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="84"/>
        <location filename="../../reader/ui/actions.py" line="96"/>
        <source>Note:</source>
        <translation>笔记：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="85"/>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="95"/>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="106"/>
        <source>Import page files</source>
        <translation>导入版面文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="108"/>
        <source>Page files (*.txt *.pdf);;Text pages (*.txt);;PDF pages (*.pdf);;All files (*)</source>
        <translation>版面文件 (*.txt *.pdf);;文本版面 (*.txt);;PDF 版面 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="119"/>
        <source>Import a folder of pages</source>
        <translation>导入版面文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="138"/>
        <source>No search hits in this article: search with Ctrl+F.</source>
        <translation>本文没有搜索命中：请先用 Ctrl+F 搜索。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="170"/>
        <source>Export notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="185"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="238"/>
        <source>The language changes when Reader starts again.</source>
        <translation>重新启动读报后语言才会更改。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="245"/>
        <source>&lt;h3&gt;Reader %1&lt;/h3&gt;&lt;p&gt;Read and annotate Chinese local-newspaper pages offline: articles rebuilt from the page text, figures highlighted, tags and notes kept in a library file on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;读报 %1&lt;/h3&gt;&lt;p&gt;离线阅读和批注地方报纸版面：从版面文字还原文章，突出显示数字，标签和笔记保存在本机的资料库文件中。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="45"/>
        <source>Figures ledger…</source>
        <translation>数据台账…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../reader/ui/app.py" line="48"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="90"/>
        <source>Cannot open the library</source>
        <translation>无法打开资料库</translation>
    </message>
</context>
<context>
    <name>ArticlePicker</name>
    <message>
        <location filename="../../reader/ui/article_picker.py" line="30"/>
        <source>Find an article by title…</source>
        <translation>按标题查找文章…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_picker.py" line="78"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../reader/ui/corrections.py" line="187"/>
        <location filename="../../reader/ui/menus.py" line="121"/>
        <source>&amp;Corrections</source>
        <translation>更正(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/commands.py" line="36"/>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <location filename="../../reader/ui/commands.py" line="37"/>
        <source>Brief</source>
        <translation>简讯</translation>
    </message>
    <message>
        <location filename="../../reader/ui/commands.py" line="38"/>
        <source>Photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../reader/ui/commands.py" line="103"/>
        <source>No article there on this page.</source>
        <translation>本版该位置没有文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/commands.py" line="106"/>
        <source>Merge articles</source>
        <translation>合并文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/commands.py" line="117"/>
        <source>Put the cursor in the paragraph the second part starts with.</source>
        <translation>请把光标放在第二部分开头的段落中。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/commands.py" line="127"/>
        <location filename="../../reader/ui/corrections.py" line="107"/>
        <source>Split article</source>
        <translation>拆分文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/commands.py" line="136"/>
        <location filename="../../reader/ui/corrections.py" line="89"/>
        <source>Change headline</source>
        <translation>更换标题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/commands.py" line="141"/>
        <location filename="../../reader/ui/corrections.py" line="119"/>
        <source>Send line to leftovers</source>
        <translation>移入剩余行</translation>
    </message>
    <message>
        <location filename="../../reader/ui/commands.py" line="146"/>
        <location filename="../../reader/ui/corrections.py" line="131"/>
        <source>Take leftover line</source>
        <translation>收回剩余行</translation>
    </message>
    <message>
        <location filename="../../reader/ui/commands.py" line="161"/>
        <location filename="../../reader/ui/corrections.py" line="146"/>
        <source>Swap headlines</source>
        <translation>交换标题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/commands.py" line="170"/>
        <source>Set kind</source>
        <translation>设置类型</translation>
    </message>
    <message>
        <location filename="../../reader/ui/commands.py" line="178"/>
        <location filename="../../reader/ui/pickers.py" line="70"/>
        <source>Set county</source>
        <translation>设置县区</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pickers.py" line="68"/>
        <source>%1 (city-wide)</source>
        <translation>%1（全市）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pickers.py" line="71"/>
        <source>The article is about:</source>
        <translation>文章所属地区：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="90"/>
        <source>The article&apos;s headline is the line:</source>
        <translation>以这一行作为文章标题：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="108"/>
        <source>The second part&apos;s headline is the line:</source>
        <translation>以这一行作为后一部分的标题：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="120"/>
        <source>This line is page furniture, in no article:</source>
        <translation>这一行是版面杂项，不属于任何文章：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="132"/>
        <source>This leftover line belongs to the article:</source>
        <translation>这一剩余行属于本文：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="147"/>
        <source>Swap headlines with:</source>
        <translation>与这篇文章交换标题：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="158"/>
        <source>Merge with the next article</source>
        <translation>与下一篇文章合并</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="160"/>
        <source>Merge with the previous article</source>
        <translation>与上一篇文章合并</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="162"/>
        <source>Split before this paragraph</source>
        <translation>在此段之前拆分</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="165"/>
        <source>Split before this paragraph, with a headline…</source>
        <translation>在此段前拆分，并选定标题…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="168"/>
        <source>Headline from a line of the page…</source>
        <translation>从版面行中选取标题…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="170"/>
        <source>Swap headline with…</source>
        <translation>与另一篇文章交换标题…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="171"/>
        <source>Send a line to the leftovers…</source>
        <translation>将一行移入剩余行…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="173"/>
        <source>Take a leftover line…</source>
        <translation>收回一行剩余行…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="175"/>
        <source>Set county…</source>
        <translation>设置县区…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="177"/>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reader/ui/export.py" line="78"/>
        <source>Export notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export.py" line="83"/>
        <source>Include the figures of each noted passage</source>
        <translation>附上每条笔记所标段落中的数据</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export.py" line="85"/>
        <source>Each note also lists the ledger&apos;s figures of the passage it marks.</source>
        <translation>每条笔记另列出其所标段落在数据台账中的数据。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export.py" line="87"/>
        <source>All notes</source>
        <translation>全部笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export.py" line="88"/>
        <source>This article: %1</source>
        <translation>本文：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export.py" line="139"/>
        <source>no place</source>
        <translation>未提地名</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export.py" line="140"/>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export.py" line="90"/>
        <source>This county: %1</source>
        <translation>本区县：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export.py" line="92"/>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export.py" line="111"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../reader/ui/importer.py" line="122"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="122"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="124"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="178"/>
        <source>%1 / %n file(s) done</source>
        <translation>已完成 %1 / %n 个文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="189"/>
        <source>Import: %1 added, %2 replaced, %3 unchanged; %n article(s).</source>
        <translation>导入：新增 %1 个，替换 %2 个，未变 %3 个；共 %n 篇文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="199"/>
        <source>%n file(s) failed, first %1 (see the import report).</source>
        <translation>%n 个文件导入失败，第一个：%1（详见导入报告）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="206"/>
        <source>%n note(s) lost their passage (Notes ▸ Orphaned notes).</source>
        <translation>%n 条笔记失去了所标注的段落（笔记 ▸ 孤立笔记）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="221"/>
        <source>%n character(s) could not be read and were replaced (%1).</source>
        <translation>%n 个字符无法读取，已替换（%1）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="195"/>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../reader/ui/reasons.py" line="24"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="25"/>
        <location filename="../../reader/ui/reasons.py" line="26"/>
        <source>no such file or folder</source>
        <translation>找不到该文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="27"/>
        <source>permission denied: the file cannot be read</source>
        <translation>没有读取权限：无法读取此文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="30"/>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="31"/>
        <source>the file name is too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="32"/>
        <source>the disk could not be read</source>
        <translation>磁盘读取出错</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="33"/>
        <source>the PDF has no text to read (a scan?); OCR is not supported</source>
        <translation>PDF 中没有可读的文字（扫描件？），不支持文字识别（OCR）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="37"/>
        <source>the PDF&apos;s text cannot be read (its fonts map no characters); OCR is not supported</source>
        <translation>PDF 的字体没有字符映射，文字无法读取，不支持文字识别（OCR）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="42"/>
        <source>the PDF is encrypted (password protected)</source>
        <translation>PDF 已加密（需要密码）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="45"/>
        <source>the PDF is damaged and cannot be read</source>
        <translation>PDF 文件已损坏，无法读取</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="61"/>
        <source>the PDF is too large (%1 MB, at most %2 MB)</source>
        <translation>PDF 文件过大（%1 MB，上限 %2 MB）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="65"/>
        <source>the PDF has %1 pages, at most %2 can be read</source>
        <translation>PDF 共 %1 页，最多读取 %2 页</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="69"/>
        <source>a page holds %1 headline and text blocks, at most %2 can be read</source>
        <translation>一页有 %1 个标题和正文块，最多读取 %2 个</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="75"/>
        <source>a page holds %1 characters, at most %2 can be read</source>
        <translation>一页有 %1 个字符，最多读取 %2 个</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="83"/>
        <source>a PDF document</source>
        <translation>PDF文档</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="84"/>
        <source>a ZIP archive or Office document</source>
        <translation>ZIP压缩包或Office文档</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="87"/>
        <source>a PNG image</source>
        <translation>PNG图片</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="88"/>
        <source>a JPEG image</source>
        <translation>JPEG图片</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="89"/>
        <source>a GIF image</source>
        <translation>GIF图片</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="90"/>
        <source>a program</source>
        <translation>程序文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="91"/>
        <source>a gzip archive</source>
        <translation>gzip压缩包</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="92"/>
        <source>a 7-Zip archive</source>
        <translation>7-Zip压缩包</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="93"/>
        <source>a RAR archive</source>
        <translation>RAR压缩包</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="94"/>
        <source>an SQLite database</source>
        <translation>SQLite数据库</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="95"/>
        <source>an old Office document</source>
        <translation>旧版Office文档</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="96"/>
        <source>a binary file</source>
        <translation>二进制文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="55"/>
        <source>the page could not be reconstructed (an error in reader: %1)</source>
        <translation>无法重建此版面（reader 内部错误：%1）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="110"/>
        <source>this is %1, not text</source>
        <translation>这是%1，不是文本</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reasons.py" line="111"/>
        <source>could not be imported: %1</source>
        <translation>无法导入：%1</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../reader/ui/import_report.py" line="32"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="38"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="38"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_report.py" line="38"/>
        <source>Folder</source>
        <translation>所在文件夹</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../../reader/ui/ledger.py" line="58"/>
        <source>Figures ledger</source>
        <translation>数据台账</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="95"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="101"/>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="102"/>
        <source>Count</source>
        <translation>条数</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="104"/>
        <source>Filter: what it counts, headline…</source>
        <translation>筛选：统计对象、标题…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="106"/>
        <source>Search articles…</source>
        <translation>检索文章…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="124"/>
        <source>Export %1…</source>
        <translation>导出 %1…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="157"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="203"/>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="203"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="205"/>
        <source>%1 figures · %2</source>
        <translation>%1 条数据 · %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_chart.py" line="44"/>
        <source>100 million %1</source>
        <translation>亿%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_chart.py" line="46"/>
        <source>10,000 %1</source>
        <translation>万%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_chart.py" line="62"/>
        <source>No figures match the filters.</source>
        <translation>没有符合筛选条件的数据。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_chart.py" line="88"/>
        <source>Sum per county (%1)</source>
        <translation>各县区合计（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_chart.py" line="86"/>
        <source>Figures per county</source>
        <translation>各县区数据条数</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="238"/>
        <source>Export the ledger</source>
        <translation>导出数据台账</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="249"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="223"/>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="36"/>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="37"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="38"/>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="39"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="40"/>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="49"/>
        <source>%1 (city-wide)</source>
        <translation>%1（全市）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="50"/>
        <source>(no place)</source>
        <translation>（无地名）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="66"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="67"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="68"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="69"/>
        <source>What it counts</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="70"/>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="71"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message>
        <location filename="../../reader/ui/tree_model.py" line="47"/>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tree_model.py" line="47"/>
        <source>no place</source>
        <translation>未提地名</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tree_model.py" line="47"/>
        <source>page %1</source>
        <translation>第%1版</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/window.py" line="39"/>
        <source>Reader</source>
        <translation>读报</translation>
    </message>
    <message>
        <location filename="../../reader/ui/layout.py" line="25"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/layout.py" line="26"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="103"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../reader/ui/notes.py" line="222"/>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes.py" line="239"/>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes.py" line="252"/>
        <source>Delete note</source>
        <translation>删除笔记</translation>
    </message>
</context>
<context>
    <name>NotesBox</name>
    <message>
        <location filename="../../reader/ui/notes.py" line="111"/>
        <location filename="../../reader/ui/notes.py" line="163"/>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes.py" line="112"/>
        <location filename="../../reader/ui/notes.py" line="165"/>
        <source>Select a passage in the text, then add a note on it</source>
        <translation>在正文中选择一段文字，然后为它添加笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes.py" line="113"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes.py" line="114"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes.py" line="160"/>
        <source>Add note on selection</source>
        <translation>为选中文字加笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes.py" line="161"/>
        <source>Add a note anchored to the selected passage</source>
        <translation>添加一条锚定在选中段落上的笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes.py" line="116"/>
        <source>Tags of the selected note (a, b), Enter</source>
        <translation>选中笔记的标签（用逗号分隔），按回车保存</translation>
    </message>
</context>
<context>
    <name>OrphansDialog</name>
    <message>
        <location filename="../../reader/ui/orphans.py" line="48"/>
        <source>Orphaned notes</source>
        <translation>孤立笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/orphans.py" line="54"/>
        <source>These notes lost their passage when their page was imported again.</source>
        <translation>这些笔记所在的版面被重新导入后，失去了原文位置。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/orphans.py" line="61"/>
        <source>Attach to the chosen article</source>
        <translation>附加到所选文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/orphans.py" line="68"/>
        <source>Attach to:</source>
        <translation>附加到：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/orphans.py" line="62"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../reader/ui/pageview.py" line="68"/>
        <source>headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pageview.py" line="69"/>
        <source>byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pageview.py" line="70"/>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pageview.py" line="71"/>
        <source>leftover (in no article)</source>
        <translation>剩余行（不属于任何文章）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pageview.py" line="171"/>
        <source>%1 · %2 lines</source>
        <translation>%1 · %2 行</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pageview.py" line="204"/>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pageview.py" line="265"/>
        <source>Make this line the headline</source>
        <translation>以此行作为标题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pageview.py" line="268"/>
        <source>Send this line to the leftovers</source>
        <translation>将此行移入剩余行</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pageview.py" line="271"/>
        <source>Take this line into the article</source>
        <translation>将此行收入本文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pageview.py" line="275"/>
        <source>Split the article before this paragraph</source>
        <translation>在此段前拆分文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pageview.py" line="278"/>
        <source>Split before here, this line the new headline</source>
        <translation>在此拆分，以此行作为新标题</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../../reader/ui/pdfview.py" line="63"/>
        <source>the PDF is no longer at %1: showing its text</source>
        <translation>PDF 已不在 %1：改为显示它的文本</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pdfview.py" line="68"/>
        <source>the PDF at %1 has changed since it was imported</source>
        <translation>%1 处的 PDF 在导入后已被改动</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pdfview.py" line="190"/>
        <source>the PDF cannot be read (%1): showing its text</source>
        <translation>无法读取 PDF（%1）：改为显示它的文本</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pdfview.py" line="197"/>
        <source>%1 › page %2 of %3</source>
        <translation>%1 › 第 %2 版（共 %3 版）</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../reader/ui/menus.py" line="123"/>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_actions.py" line="31"/>
        <source>Previous article</source>
        <translation>上一篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_actions.py" line="33"/>
        <source>Next article</source>
        <translation>下一篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_actions.py" line="36"/>
        <source>Copy with citation</source>
        <translation>带出处复制</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_actions.py" line="39"/>
        <source>Print article…</source>
        <translation>打印文章…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_actions.py" line="41"/>
        <source>Print the articles in view…</source>
        <translation>打印当前范围的文章…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_actions.py" line="43"/>
        <source>Save article as PDF…</source>
        <translation>将文章存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_actions.py" line="45"/>
        <source>Save the articles in view as PDF…</source>
        <translation>将当前范围的文章存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_actions.py" line="56"/>
        <source>Copied with its source.</source>
        <translation>已连同出处复制。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_actions.py" line="68"/>
        <source>Only the first %n articles are printed.</source>
        <translation>只打印了前 %n 篇文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_actions.py" line="96"/>
        <source>Save as PDF</source>
        <translation>存为 PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_actions.py" line="105"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_actions.py" line="116"/>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../reader/ui/reading.py" line="135"/>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading.py" line="136"/>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading.py" line="137"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading.py" line="138"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading.py" line="139"/>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading.py" line="143"/>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading.py" line="144"/>
        <source>dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading.py" line="145"/>
        <source>place</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading.py" line="146"/>
        <source>note</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>Readout</name>
    <message>
        <location filename="../../reader/ui/readout.py" line="31"/>
        <source>No notes yet. Select a passage in the text, then Add note.</source>
        <translation>还没有笔记。在正文中选中一段文字，然后点“添加笔记”。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/readout.py" line="53"/>
        <source>Importing the sample pages… their articles appear here when it is done.</source>
        <translation>正在导入示例版面…完成后文章会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/readout.py" line="64"/>
        <source>The library is empty. Import page files with File ▸ Import, or drop them here.</source>
        <translation>文库是空的。请用“文件 ▸ 导入文件”导入版面文件，或把文件拖到这里。</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../reader/ui/refusals.py" line="38"/>
        <source>lines of a PDF page cannot be moved; merge, split, or set the county or kind</source>
        <translation>PDF 版面上的行不能移动；可以合并、拆分，或设置县区、类型</translation>
    </message>
    <message>
        <location filename="../../reader/ui/refusals.py" line="42"/>
        <source>an article cannot be merged with itself</source>
        <translation>文章不能与自身合并</translation>
    </message>
    <message>
        <location filename="../../reader/ui/refusals.py" line="45"/>
        <source>only neighbouring articles of one page can be merged</source>
        <translation>只能合并同一版面上相邻的文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/refusals.py" line="48"/>
        <source>headlines are swapped between two articles of one page</source>
        <translation>只能在同一版面的两篇文章之间交换标题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/refusals.py" line="22"/>
        <source>the PDF can no longer be read at %1: import it from where it is now</source>
        <translation>无法再从 %1 读取 PDF：请从它现在的位置重新导入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/refusals.py" line="28"/>
        <source>the PDF at %1 changed since it was imported: import it again</source>
        <translation>%1 处的 PDF 在导入后已改变：请重新导入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/refusals.py" line="61"/>
        <source>the correction was not made: %1</source>
        <translation>未能更正：%1</translation>
    </message>
</context>
<context>
    <name>ScopeChips</name>
    <message>
        <location filename="../../reader/ui/chips.py" line="23"/>
        <source>In:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/chips.py" line="24"/>
        <source>the whole library</source>
        <translation>整个文库</translation>
    </message>
    <message>
        <location filename="../../reader/ui/chips.py" line="34"/>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../reader/ui/chips.py" line="34"/>
        <source>no place</source>
        <translation>未提地名</translation>
    </message>
    <message>
        <location filename="../../reader/ui/chips.py" line="34"/>
        <source>to check</source>
        <translation>待核对</translation>
    </message>
    <message>
        <location filename="../../reader/ui/chips.py" line="46"/>
        <source>Search beyond %1</source>
        <translation>不再限于 %1</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../reader/ui/search.py" line="52"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="100"/>
        <source>Preparing…</source>
        <translation>准备中…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="159"/>
        <source>No results. Try fewer words, or shorter ones.</source>
        <translation>没有结果。试试少用几个词，或用更短的词。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search.py" line="165"/>
        <source>No results here; the whole library has %n. Remove a chip to see them.</source>
        <translation>
            <numerusform>此范围内没有结果；整个文库有 %n 条。去掉一个范围标签即可看到。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="170"/>
        <source>Type words to search the whole library.</source>
        <translation>输入词语，在整个文库中搜索。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="171"/>
        <source>Type words to search in %1.</source>
        <translation>输入词语，在 %1 中搜索。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="178"/>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="179"/>
        <source>no place</source>
        <translation>未提地名</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="180"/>
        <source>to check</source>
        <translation>待核对</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="58"/>
        <source>Words to find…</source>
        <translation>要查找的词…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="174"/>
        <source>Only in %1</source>
        <translation>仅在 %1 中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search.py" line="157"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search.py" line="155"/>
        <source>The best %1 of %n results</source>
        <translation>
            <numerusform>最相关的 %1 条（共 %n 条结果）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../reader/ui/session.py" line="82"/>
        <source>That article is no longer in the library.</source>
        <translation>资料库中已没有这篇文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/session.py" line="176"/>
        <source>Preparing… the note is saved in a moment.</source>
        <translation>准备中…笔记稍后即保存。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/session.py" line="205"/>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/session.py" line="223"/>
        <source>Importing the sample pages…</source>
        <translation>正在导入示例版面…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/session.py" line="250"/>
        <source>The article you were reading is no longer on its page after the import. Pick another in the list.</source>
        <translation>重新导入后，你正在读的文章已不在此版面上。请在列表中另选一篇。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/session.py" line="274"/>
        <source>Notes exported to %1</source>
        <translation>笔记已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/session.py" line="279"/>
        <source>Saved a copy at {path}</source>
        <translation>已另存一份到 {path}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="60"/>
        <source>Filter by title or tag (#tag: exactly)</source>
        <translation>按标题或标签筛选（#标签：精确匹配）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="67"/>
        <source>By file</source>
        <translation>按文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="68"/>
        <source>By county</source>
        <translation>按区县</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message numerus="yes">
        <location filename="../../reader/ui/source_view.py" line="55"/>
        <source>%n line(s) not in this article</source>
        <translation>
            <numerusform>%n 行不在本文中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusInfo</name>
    <message numerus="yes">
        <location filename="../../reader/ui/statusbar.py" line="43"/>
        <source>%n article(s) in the library</source>
        <translation>
            <numerusform>文库共 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/statusbar.py" line="46"/>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../reader/ui/statusbar.py" line="47"/>
        <source>no place</source>
        <translation>未提地名</translation>
    </message>
    <message>
        <location filename="../../reader/ui/statusbar.py" line="48"/>
        <source>to check</source>
        <translation>待核对</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/statusbar.py" line="50"/>
        <source>%n article(s) in %1</source>
        <translation>
            <numerusform>%1：%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/statusbar.py" line="58"/>
        <source>%n note(s) on this article</source>
        <translation>
            <numerusform>本文 %n 条笔记</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/statusbar.py" line="60"/>
        <source>No notes yet: select a passage, then Add note</source>
        <translation>还没有笔记：选中一段文字，再点“添加笔记”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/statusbar.py" line="64"/>
        <source>%n character(s) selected</source>
        <translation>
            <numerusform>已选 %n 字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/statusbar.py" line="71"/>
        <source>Import report: %n file(s) failed</source>
        <translation>
            <numerusform>导入报告：%n 个文件失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/statusbar.py" line="73"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../reader/ui/tags.py" line="35"/>
        <source>Add a tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags.py" line="43"/>
        <source>Suggested:</source>
        <translation>推荐：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags.py" line="65"/>
        <source>Remove the tag “%1”</source>
        <translation>移除标签“%1”</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <location filename="../../reader/ui/tagmanager.py" line="38"/>
        <source>Manage tags</source>
        <translation>管理标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tagmanager.py" line="43"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tagmanager.py" line="43"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tagmanager.py" line="43"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tagmanager.py" line="43"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tagmanager.py" line="52"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tagmanager.py" line="53"/>
        <source>Renaming onto an existing tag merges the two</source>
        <translation>重命名为已有的标签会把两者合并</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tagmanager.py" line="54"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tagmanager.py" line="119"/>
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tagmanager.py" line="120"/>
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tagmanager.py" line="128"/>
        <source>Merge tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tagmanager.py" line="129"/>
        <source>“%1” exists already. Merge “%2” into it?</source>
        <translation>“%1”已存在。要把“%2”合并进去吗？</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tagmanager.py" line="142"/>
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tagmanager.py" line="143"/>
        <source>Remove the tag “%1” from every article and note?</source>
        <translation>从所有文章和笔记上删除标签“%1”？</translation>
    </message>
</context>
<context>
    <name>Upgrade</name>
    <message>
        <location filename="../../reader/ui/upgrade.py" line="18"/>
        <source>articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/upgrade.py" line="19"/>
        <source>search index</source>
        <translation>搜索索引</translation>
    </message>
    <message>
        <location filename="../../reader/ui/upgrade.py" line="20"/>
        <source>figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../reader/ui/upgrade.py" line="21"/>
        <source>pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../reader/ui/upgrade.py" line="22"/>
        <source>compacting the file</source>
        <translation>整理文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/upgrade.py" line="39"/>
        <source>Upgrading the library: %1</source>
        <translation>正在升级资料库：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/upgrade.py" line="55"/>
        <source>The library was upgraded; the old file is kept as %1</source>
        <translation>资料库已升级，旧文件保存为 %1</translation>
    </message>
</context>
</TS>
