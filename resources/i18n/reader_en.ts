<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ImportJob</name>
        <message numerus="yes">
            <source>%1 / %n file(s) done</source>
            <translation>
                <numerusform>%1 / %n file done</numerusform>
                <numerusform>%1 / %n files done</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import: %1 added, %2 replaced, %3 unchanged; %n article(s).</source>
            <translation>
                <numerusform>Import: %1 added, %2 replaced, %3 unchanged; %n article.</numerusform>
                <numerusform>Import: %1 added, %2 replaced, %3 unchanged; %n articles.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) failed, first %1 (see the import report).</source>
            <translation>
                <numerusform>%n file failed, first %1 (see the import report).</numerusform>
                <numerusform>%n files failed, first %1 (see the import report).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) lost their passage (Notes ▸ Orphaned notes).</source>
            <translation>
                <numerusform>%n note lost their passage (Notes ▸ Orphaned notes).</numerusform>
                <numerusform>%n notes lost their passage (Notes ▸ Orphaned notes).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n character(s) could not be read and were replaced (%1).</source>
            <translation>
                <numerusform>%n character could not be read and were replaced (%1).</numerusform>
                <numerusform>%n characters could not be read and were replaced (%1).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reading</name>
        <message numerus="yes">
            <source>Only the first %n articles are printed.</source>
            <translation>
                <numerusform>Only the first %n articles are printed.</numerusform>
                <numerusform>Only the first %n articles are printed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message numerus="yes">
            <source>No results here; the whole library has %n. Remove a chip to see them.</source>
            <translation>
                <numerusform>No results here; the whole library has %n. Remove a chip to see them.</numerusform>
                <numerusform>No results here; the whole library has %n. Remove a chip to see them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The best %1 of %n results</source>
            <translation>
                <numerusform>The best %1 of %n results</numerusform>
                <numerusform>The best %1 of %n results</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SourceView</name>
        <message numerus="yes">
            <source>%n line(s) not in this article</source>
            <translation>
                <numerusform>%n line not in this article</numerusform>
                <numerusform>%n lines not in this article</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatusInfo</name>
        <message numerus="yes">
            <source>%n article(s) in the library</source>
            <translation>
                <numerusform>%n article in the library</numerusform>
                <numerusform>%n articles in the library</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) in %1</source>
            <translation>
                <numerusform>%n article in %1</numerusform>
                <numerusform>%n articles in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) on this article</source>
            <translation>
                <numerusform>%n note on this article</numerusform>
                <numerusform>%n notes on this article</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n character(s) selected</source>
            <translation>
                <numerusform>%n character selected</numerusform>
                <numerusform>%n characters selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import report: %n file(s) failed</source>
            <translation>
                <numerusform>Import report: %n file failed</numerusform>
                <numerusform>Import report: %n files failed</numerusform>
            </translation>
        </message>
    </context>
</TS>
