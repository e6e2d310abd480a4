<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="94"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="38"/>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="40"/>
        <source>Import folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="43"/>
        <source>Export notes…</source>
        <translation>导出笔记…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="46"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="95"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="128"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="130"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="47"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="48"/>
        <source>Filter the list</source>
        <translation>筛选列表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="49"/>
        <source>Manage tags…</source>
        <translation>管理标签…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="96"/>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="53"/>
        <source>Add note on selection…</source>
        <translation>为所选文字添加笔记…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="55"/>
        <source>Orphaned notes…</source>
        <translation>孤立笔记…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="98"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="61"/>
        <source>Group by file</source>
        <translation>按文件分组</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="63"/>
        <source>Group by county</source>
        <translation>按区县分组</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="66"/>
        <source>Clean text</source>
        <translation>整理后的正文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="68"/>
        <source>Clean text and source lines</source>
        <translation>正文与原始行对照</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="70"/>
        <source>Source lines only</source>
        <translation>仅原始行</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="73"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="75"/>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="76"/>
        <source>Normal size</source>
        <translation>正常大小</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="109"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="99"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="51"/>
        <source>Figures ledger…</source>
        <translation>数据台账…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="79"/>
        <source>Page view</source>
        <translation>页面视图</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="87"/>
        <location filename="../../reader/ui/actions.py" line="315"/>
        <source>About Reader</source>
        <translation>关于读报</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="154"/>
        <source>Library gone</source>
        <translation>资料库文件不见了</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="160"/>
        <source>Save a copy…</source>
        <translation>另存一份…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="171"/>
        <source>Save a copy of the library</source>
        <translation>把资料库另存一份</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="178"/>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="188"/>
        <source>Note on “%1”:</source>
        <translation>关于“%1”的笔记：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="190"/>
        <location filename="../../reader/ui/actions.py" line="202"/>
        <source>Note:</source>
        <translation>笔记：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="191"/>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="201"/>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="212"/>
        <source>Import page files</source>
        <translation>导入版面文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="214"/>
        <source>Page files (*.txt);;All files (*)</source>
        <translation>版面文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="222"/>
        <source>Import a folder of pages</source>
        <translation>导入版面文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="253"/>
        <source>Export notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="263"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="309"/>
        <source>The language changes when Reader starts again.</source>
        <translation>重新启动读报后语言才会更改。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="316"/>
        <source>&lt;h3&gt;Reader %1&lt;/h3&gt;&lt;p&gt;Read and annotate Chinese local-newspaper pages offline: articles rebuilt from the page text, figures highlighted, tags and notes kept in a library file on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;读报 %1&lt;/h3&gt;&lt;p&gt;离线阅读和批注地方报纸版面：从版面文字还原文章，突出显示数字，标签和笔记保存在本机的资料库文件中。&lt;/p&gt;</translation>
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
        <location filename="../../reader/ui/app.py" line="84"/>
        <source>Cannot open the library</source>
        <translation>无法打开资料库</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="97"/>
        <location filename="../../reader/ui/corrections.py" line="243"/>
        <source>&amp;Corrections</source>
        <translation>更正(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="42"/>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="43"/>
        <source>Brief</source>
        <translation>简讯</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="44"/>
        <source>Photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="106"/>
        <source>No article there on this page.</source>
        <translation>本版该位置没有文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="109"/>
        <source>Merge articles</source>
        <translation>合并文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="119"/>
        <source>Put the cursor in the paragraph the second part starts with.</source>
        <translation>请把光标放在第二部分开头的段落中。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="122"/>
        <source>Split article</source>
        <translation>拆分文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="132"/>
        <source>Set kind</source>
        <translation>设置类型</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="140"/>
        <location filename="../../reader/ui/corrections.py" line="177"/>
        <source>Set county</source>
        <translation>设置县区</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="179"/>
        <source>%1 (city-wide)</source>
        <translation>%1（全市）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="192"/>
        <source>The article is about:</source>
        <translation>文章所属地区：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="224"/>
        <source>Merge with the next article</source>
        <translation>与下一篇文章合并</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="226"/>
        <source>Merge with the previous article</source>
        <translation>与上一篇文章合并</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="228"/>
        <source>Split before this paragraph</source>
        <translation>在此段之前拆分</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="231"/>
        <source>Set county…</source>
        <translation>设置县区…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/corrections.py" line="233"/>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reader/ui/export.py" line="67"/>
        <source>Export notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export.py" line="72"/>
        <source>All notes</source>
        <translation>全部笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export.py" line="73"/>
        <source>This article: %1</source>
        <translation>本文：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export.py" line="107"/>
        <source>no place</source>
        <translation>未提地名</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export.py" line="108"/>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export.py" line="75"/>
        <source>This county: %1</source>
        <translation>本区县：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export.py" line="77"/>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export.py" line="96"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../reader/ui/importer.py" line="119"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="119"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="121"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="152"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="181"/>
        <source>Import: %1 added, %2 replaced, %3 unchanged; %4 article(s).</source>
        <translation>导入：新增 %1 个文件，替换 %2 个，未变 %3 个；共 %4 篇文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="187"/>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="190"/>
        <source>%1 file(s) failed: %2</source>
        <translation>%1 个文件失败：%2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="196"/>
        <source>%1 note(s) lost their passage (Notes ▸ Orphaned notes).</source>
        <translation>%1 条笔记失去了原文位置（笔记 ▸ 孤立笔记）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="210"/>
        <source>%1 character(s) could not be read and were replaced (%2).</source>
        <translation>%1 个字符无法读取，已替换（%2）。</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../../reader/ui/ledger.py" line="94"/>
        <source>Figures ledger</source>
        <translation>数据台账</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="128"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="134"/>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="135"/>
        <source>Count</source>
        <translation>条数</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="137"/>
        <source>Filter: what it counts, headline…</source>
        <translation>筛选：统计对象、标题…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="139"/>
        <source>Search articles…</source>
        <translation>检索文章…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="157"/>
        <source>Export %1…</source>
        <translation>导出 %1…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="187"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="202"/>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="202"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="204"/>
        <source>%1 figures · %2</source>
        <translation>%1 条数据 · %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="218"/>
        <source>Sum per county (%1)</source>
        <translation>各县区合计（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="220"/>
        <source>Figures per county</source>
        <translation>各县区数据条数</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="232"/>
        <source>Export the ledger</source>
        <translation>导出数据台账</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger.py" line="241"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="26"/>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="27"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="28"/>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="29"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="30"/>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="39"/>
        <source>%1 (city-wide)</source>
        <translation>%1（全市）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="40"/>
        <source>(no place)</source>
        <translation>（无地名）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="56"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="57"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="58"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="59"/>
        <source>What it counts</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="60"/>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <location filename="../../reader/ui/ledger_model.py" line="61"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message>
        <location filename="../../reader/ui/tree_model.py" line="92"/>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tree_model.py" line="93"/>
        <source>no place</source>
        <translation>未提地名</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/window.py" line="38"/>
        <source>Reader</source>
        <translation>读报</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="80"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="81"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="144"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../reader/ui/notes.py" line="170"/>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes.py" line="187"/>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes.py" line="200"/>
        <source>Delete note</source>
        <translation>删除笔记</translation>
    </message>
</context>
<context>
    <name>NotesBox</name>
    <message>
        <location filename="../../reader/ui/notes.py" line="83"/>
        <location filename="../../reader/ui/notes.py" line="114"/>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes.py" line="84"/>
        <location filename="../../reader/ui/notes.py" line="116"/>
        <source>Select a passage in the text, then add a note on it</source>
        <translation>在正文中选择一段文字，然后为它添加笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes.py" line="85"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes.py" line="86"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes.py" line="111"/>
        <source>Add note on selection</source>
        <translation>为选中文字加笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes.py" line="112"/>
        <source>Add a note anchored to the selected passage</source>
        <translation>添加一条锚定在选中段落上的笔记</translation>
    </message>
</context>
<context>
    <name>OrphansDialog</name>
    <message>
        <location filename="../../reader/ui/orphans.py" line="45"/>
        <source>Orphaned notes</source>
        <translation>孤立笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/orphans.py" line="52"/>
        <source>These notes lost their passage when their page was imported again.</source>
        <translation>这些笔记所在的版面被重新导入后，失去了原文位置。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/orphans.py" line="57"/>
        <source>Attach to “%1”</source>
        <translation>附加到“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/orphans.py" line="60"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../reader/ui/pageview.py" line="76"/>
        <source>headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pageview.py" line="77"/>
        <source>byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pageview.py" line="78"/>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pageview.py" line="79"/>
        <source>leftover (in no article)</source>
        <translation>剩余行（不属于任何文章）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pageview.py" line="176"/>
        <source>%1 · %2 lines</source>
        <translation>%1 · %2 行</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pageview.py" line="199"/>
        <source>Page</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../reader/ui/reading.py" line="110"/>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading.py" line="111"/>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading.py" line="112"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading.py" line="113"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading.py" line="114"/>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading.py" line="118"/>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading.py" line="119"/>
        <source>dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading.py" line="120"/>
        <source>place</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading.py" line="121"/>
        <source>note</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../reader/ui/search.py" line="118"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="122"/>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="122"/>
        <source>no place</source>
        <translation>未提地名</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="125"/>
        <source>Words to find…</source>
        <translation>要查找的词…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="127"/>
        <source>Only in %1</source>
        <translation>仅在 %1 中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search.py" line="164"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../reader/ui/session.py" line="68"/>
        <source>That article is no longer in the library.</source>
        <translation>资料库中已没有这篇文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/session.py" line="169"/>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/session.py" line="186"/>
        <source>Importing the sample pages…</source>
        <translation>正在导入示例版面…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/session.py" line="213"/>
        <source>Notes exported to %1</source>
        <translation>笔记已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/session.py" line="218"/>
        <source>Saved a copy at {path}</source>
        <translation>已另存一份到 {path}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="54"/>
        <source>Filter by title or tag (#tag: exactly)</source>
        <translation>按标题或标签筛选（#标签：精确匹配）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="61"/>
        <source>By file</source>
        <translation>按文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="62"/>
        <source>By county</source>
        <translation>按区县</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../reader/ui/tags.py" line="31"/>
        <source>Add a tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags.py" line="39"/>
        <source>Suggested:</source>
        <translation>推荐：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags.py" line="61"/>
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
</TS>
