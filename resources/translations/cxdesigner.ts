<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../cxdesigner/ui/about.py" line="39"/>
        <source>AboutDialog</source>
        <comment>File format</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../cxdesigner/ui/about.py" line="49"/>
        <source>About CX Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/about.py" line="53"/>
        <source>&lt;h2&gt;CX Designer %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/about.py" line="54"/>
        <source>A desktop editor for customer experience maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/about.py" line="62"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/about.py" line="63"/>
        <source>Licence: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/about.py" line="79"/>
        <source>Copy Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/about.py" line="80"/>
        <source>Copy the versions, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="42"/>
        <source>Show entries of stage</source>
        <extracomment>The one touchpoint selected on the map: where a new entry goes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="46"/>
        <source>Show goals of persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="66"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="73"/>
        <source>1 minor … 5 blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="77"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="79"/>
        <source>The change of satisfaction this action should bring, in the map&apos;s scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="103"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="105"/>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="229"/>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="117"/>
        <source>Expected effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="150"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="159"/>
        <source>All personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="168"/>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="191"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="229"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="255"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="258"/>
        <source>A goal needs a persona and a stage on this map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="264"/>
        <source>Add a touchpoint to this map first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="34"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="34"/>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="49"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="53"/>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="89"/>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="89"/>
        <source>New department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="103"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="103"/>
        <source>%n touchpoint(s) use “%1”; they will have none. Delete it?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="116"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="117"/>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipboardActions</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/clipboard_actions.py" line="50"/>
        <source>Cut %n touchpoints</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/clipboard_actions.py" line="57"/>
        <source>The clipboard holds no touchpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/clipboard_actions.py" line="61"/>
        <source>Add a stage to this map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/clipboard_actions.py" line="78"/>
        <source>Paste %n touchpoints</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../cxdesigner/editor/document.py" line="50"/>
        <source>the file is read-only</source>
        <extracomment>The stamp of a file whose state when the work began is not known: it never matches a file on disk.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/document.py" line="52"/>
        <source>its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/document.py" line="114"/>
        <location filename="../../cxdesigner/editor/document.py" line="140"/>
        <source>you opened it read-only</source>
        <extracomment>Every model event, as the model emitted it. The modified flag flipped (for the ``*`` in the title). The file path changed (Save As, first save). Undo or redo walked the stack (not a new edit): the ids its steps are about, to show them. ``try_push`` was refused: the model&apos;s one plain sentence, for the user. The file as read or last saved: saving over a file someone else changed is refused. Why Save must go elsewhere (Save As), or None when the file may be written. A sentence to tell before the first save (an older file format is upgraded). Keep the replaced file as ``NAME.cxd.bak`` on each save.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/document.py" line="197"/>
        <source>%1 is open read-only (%2): use Save As to keep your changes in another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorGuard</name>
    <message>
        <location filename="../../cxdesigner/ui/error_guard.py" line="91"/>
        <source>CX Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/error_guard.py" line="92"/>
        <source>Something went wrong inside CX Designer. You can go on working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/error_guard.py" line="96"/>
        <source>Your unsaved work was copied to a recovery file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/error_guard.py" line="98"/>
        <source>The details are also in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="37"/>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="120"/>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="228"/>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="247"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="47"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="50"/>
        <source>Maps to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="57"/>
        <source>Maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="60"/>
        <source>Add a summary of the journey scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="61"/>
        <source>Each persona&apos;s mean satisfaction, peak-end score, NPS, weakest touchpoint and biggest drop, under the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="65"/>
        <source>All maps in one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="68"/>
        <source>Recorded in the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="72"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="75"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="82"/>
        <source>Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="84"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="86"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="88"/>
        <source>Byte-order mark, for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="90"/>
        <source>Lets spreadsheet programs recognise the UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="91"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="95"/>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="218"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="98"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="103"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="113"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="192"/>
        <source>No preview for this format</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/export_dialog.py" line="198"/>
        <source>%n sheet(s) for this map</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="208"/>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/export_dialog.py" line="228"/>
        <source>Replace %n existing file(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="231"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="231"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileLifecycle</name>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="55"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="79"/>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="95"/>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="103"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="116"/>
        <source>File in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="118"/>
        <source>Open it read-only, or open it for editing anyway if they no longer have it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="120"/>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="121"/>
        <source>Open Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="135"/>
        <source>Colleagues opening this file will not be warned: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="155"/>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="168"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="169"/>
        <source>You opened %1 read-only (%2), so it cannot be replaced. Choose another name for your version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="173"/>
        <source>Save in the new format?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="180"/>
        <source>Cannot save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="186"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="191"/>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="192"/>
        <source>%1 was changed by someone else since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="195"/>
        <source>Save yours as another file, overwrite theirs with yours, or reload theirs (your changes are kept as a recovery copy, offered the next time CX Designer starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="197"/>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="247"/>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="198"/>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="199"/>
        <source>Reload Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="215"/>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="222"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="216"/>
        <source>Your changes could not be kept as a recovery copy, so the file was not reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="230"/>
        <source>Reloaded %1. Your changes are kept as a recovery copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="239"/>
        <source>Save the changes to %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="241"/>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="244"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="246"/>
        <source>You opened it read-only: your version goes to another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="71"/>
        <source>Choose the survey file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="72"/>
        <source>A CSV file as a spreadsheet or survey tool writes it: one row per respondent with a column per touchpoint, or one row per answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="77"/>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="94"/>
        <source>Survey file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="78"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="82"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="84"/>
        <source>Importing a survey of the same name again replaces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="85"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="95"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="112"/>
        <source>The file is larger than 200 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="116"/>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideBrowser</name>
    <message>
        <location filename="../../cxdesigner/ui/guide.py" line="41"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../cxdesigner/ui/guide.py" line="76"/>
        <source>CX Designer user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/guide.py" line="82"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/guide.py" line="86"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <location filename="../../cxdesigner/ui/info_bar.py" line="22"/>
        <source>Document notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <location filename="../../cxdesigner/ui/insights_panel.py" line="47"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insights_panel.py" line="48"/>
        <source>Whose journey the scores describe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insights_panel.py" line="134"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/insights_panel.py" line="223"/>
        <source>and %n more on the map</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="41"/>
        <source>Select a touchpoint on the map to edit it here, or click a stage&apos;s title to edit the stage. Right-click a stage&apos;s title to add, move or delete stages.</source>
        <extracomment>A persona&apos;s rating or target was entered here: their line is the one last touched.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="53"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="61"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="62"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="63"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="64"/>
        <source>desktop, mobile, in person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="65"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="71"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="118"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="152"/>
        <source>Move touchpoint to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message>
        <location filename="../../cxdesigner/canvas/scene.py" line="212"/>
        <location filename="../../cxdesigner/canvas/scene.py" line="218"/>
        <source>Move note</source>
        <extracomment>Touchpoint fields only its card shows; other fields feed lanes or spacing and need a rebuild. Something a gesture did that the user should hear about (for the status bar). The persona whose line was touched last (or chosen): the one Up and Down rate.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/scene.py" line="218"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanesDialog</name>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="18"/>
        <source>Lanes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="20"/>
        <source>Tick the lanes to show; drag them, or use Move Up and Move Down, into the order you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="25"/>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="32"/>
        <source>A map always shows its touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="39"/>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="39"/>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="57"/>
        <source>Maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="64"/>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="135"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="137"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="147"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="148"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="150"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="153"/>
        <source>Show the whole map in miniature in the corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="155"/>
        <source>&amp;Gaps Between Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="158"/>
        <source>Mark where the customer switches channel, device or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="161"/>
        <source>Satisfaction &amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="171"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="178"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="195"/>
        <source>Up and Down Keys Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="214"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="258"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="258"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="294"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="297"/>
        <source>Read-only: you opened %1 read-only (%2). Your changes can be saved in another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/main_window.py" line="365"/>
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/main_window.py" line="382"/>
        <source>Delete %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/main_window.py" line="452"/>
        <source>Exported %n file(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapMenu</name>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="45"/>
        <source>Space Touchpoints by &amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="47"/>
        <source>Spread touchpoints by the time between them, so waits show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="70"/>
        <location filename="../../cxdesigner/ui/map_menu.py" line="72"/>
        <source>New map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="90"/>
        <source>Change lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="97"/>
        <source>Change spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="104"/>
        <location filename="../../cxdesigner/ui/map_menu.py" line="106"/>
        <source>Rename map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="104"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="113"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="115"/>
        <source>Duplicate map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="122"/>
        <source>Delete map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/map_menu.py" line="123"/>
        <source>Delete the map “%1” with its %n touchpoint(s)? You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="134"/>
        <location filename="../../cxdesigner/ui/map_menu.py" line="161"/>
        <source>Import Mermaid journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="135"/>
        <source>Mermaid journey (*.mmd *.mermaid *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="141"/>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="142"/>
        <location filename="../../cxdesigner/ui/map_menu.py" line="146"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="142"/>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapSettingsDialog</name>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="26"/>
        <location filename="../../cxdesigner/ui/map_settings.py" line="126"/>
        <source>Map settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="30"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="33"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="38"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="38"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="38"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="41"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="45"/>
        <source>Low end means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="46"/>
        <source>High end means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="47"/>
        <source>Convert existing ratings to the new scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="49"/>
        <source>Off: ratings keep their numbers, cut to the new ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="56"/>
        <source>How ratings convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="57"/>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="57"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="57"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="131"/>
        <source>Check what the columns mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="132"/>
        <source>Questions were matched to touchpoints by title. Correct any match, and say which scale the survey used: its scores are converted to the map&apos;s scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="138"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="138"/>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="138"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="142"/>
        <source>Questions and touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="145"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="145"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="151"/>
        <source>The persona of respondents without a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="152"/>
        <source>Respondents without a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="160"/>
        <source>Survey scale, from – to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="177"/>
        <source>%n row(s), one per respondent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="178"/>
        <source>%n row(s), one per answer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="181"/>
        <source>Recommendation (NPS, 0-10): “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="188"/>
        <source>— leave out —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="198"/>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="201"/>
        <source>— no persona —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../cxdesigner/canvas/overview.py" line="23"/>
        <source>The whole map: click or drag to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/overview.py" line="24"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageOptions</name>
    <message>
        <location filename="../../cxdesigner/ui/page_options.py" line="42"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/page_options.py" line="43"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/page_options.py" line="44"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/page_options.py" line="44"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/page_options.py" line="46"/>
        <source>Fit each map on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/page_options.py" line="47"/>
        <source>Poster over several sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/page_options.py" line="48"/>
        <source>Tiles the map across sheets with overlaps and crop marks, so a wall-sized map prints on an office printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/page_options.py" line="54"/>
        <source> sheet(s) high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/page_options.py" line="55"/>
        <source>Poster height in sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/page_options.py" line="56"/>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/page_options.py" line="57"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../cxdesigner/ui/palette.py" line="27"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/palette.py" line="28"/>
        <source>Drag onto the map to add a touchpoint where you drop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/palette.py" line="32"/>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/palette.py" line="37"/>
        <source>Drag onto the map: a touchpoint on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/palette.py" line="38"/>
        <source>Drag onto the map: a touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelEdits</name>
    <message>
        <location filename="../../cxdesigner/ui/panel_edits.py" line="66"/>
        <location filename="../../cxdesigner/ui/panel_edits.py" line="68"/>
        <location filename="../../cxdesigner/ui/panel_edits.py" line="78"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="56"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="64"/>
        <source>Shown on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="65"/>
        <source>Draw this persona&apos;s satisfaction line on the current map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="69"/>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="117"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="70"/>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="73"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="71"/>
        <source>Choose an image, or drop one on this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="76"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="79"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="114"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="130"/>
        <source>New persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="134"/>
        <source>Add persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="141"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="143"/>
        <source>Duplicate persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="154"/>
        <source>Delete persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="155"/>
        <source>Delete “%1”? %2 and %3 go with them. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/personas_panel.py" line="156"/>
        <source>Their %n rating(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/personas_panel.py" line="156"/>
        <source>%n goal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="168"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="169"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="187"/>
        <source>That file is not an image CX Designer can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../cxdesigner/ui/printing.py" line="30"/>
        <source>Page Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/printing.py" line="59"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/printing.py" line="66"/>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSettingsDialog</name>
    <message>
        <location filename="../../cxdesigner/ui/project_settings.py" line="16"/>
        <location filename="../../cxdesigner/ui/project_settings.py" line="42"/>
        <source>Project settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/project_settings.py" line="21"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/project_settings.py" line="24"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/project_settings.py" line="26"/>
        <source>The name heads every exported and printed map, and is proposed as the file&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingFields</name>
    <message>
        <location filename="../../cxdesigner/ui/rating_fields.py" line="61"/>
        <source>not rated</source>
        <extracomment>A persona&apos;s rating or target was entered here (its id): the line last touched.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/rating_fields.py" line="61"/>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/rating_fields.py" line="62"/>
        <source>Satisfaction of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/rating_fields.py" line="63"/>
        <source>Target satisfaction of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/rating_fields.py" line="64"/>
        <source>Where this touchpoint should get to (the to-be line, drawn fainter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/rating_fields.py" line="66"/>
        <source>Evidence for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/rating_fields.py" line="79"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingHandle</name>
    <message>
        <location filename="../../cxdesigner/canvas/rating_handle.py" line="43"/>
        <source>%1: not rated here. Drag up or down to rate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../cxdesigner/ui/recovery_dialog.py" line="23"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/recovery_dialog.py" line="26"/>
        <source>CX Designer closed without saving this work. Recover it to go on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/recovery_dialog.py" line="29"/>
        <source>Unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/recovery_dialog.py" line="33"/>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/recovery_dialog.py" line="40"/>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/recovery_dialog.py" line="41"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/recovery_dialog.py" line="42"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/recovery_dialog.py" line="43"/>
        <source>Keep the copies and ask again at the next start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="225"/>
        <source>Review and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="226"/>
        <source>Nothing changes until you press Finish; Undo takes it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="230"/>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="233"/>
        <source>Keep the current rating where fewer than %1 people answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="238"/>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="238"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="238"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="239"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="239"/>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="274"/>
        <source>%1, %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="274"/>
        <source>%n respondent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="275"/>
        <source>%n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="276"/>
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="278"/>
        <source>Replaces the earlier import “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="281"/>
        <source>%n row(s) left out:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="295"/>
        <source>Fewer than %1 answers: read with care</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SatisfactionLine</name>
    <message>
        <location filename="../../cxdesigner/canvas/satisfaction.py" line="163"/>
        <source>(assumed)</source>
        <extracomment>``(touchpoint id, persona id, value)`` -&gt; None</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/satisfaction.py" line="168"/>
        <source>few answers: read with care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/satisfaction.py" line="170"/>
        <source>95% interval %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleSpin</name>
    <message>
        <location filename="../../cxdesigner/ui/scale_spin.py" line="28"/>
        <source>From %1 to %2, in steps of %3; below %1 means none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SceneGestures</name>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="61"/>
        <source>Move touchpoint</source>
        <extracomment>What a palette entry carries when dragged: the channel id as UTF-8 (empty for none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/canvas/gestures.py" line="61"/>
        <source>Move %n touchpoints</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="141"/>
        <source>Rename touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="159"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="160"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="164"/>
        <source>Clear rating of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="167"/>
        <source>Rate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="180"/>
        <source>Add Touchpoint Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="182"/>
        <source>Add Sticky Note Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="211"/>
        <location filename="../../cxdesigner/canvas/gestures.py" line="222"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="240"/>
        <source>This map shows no persona to rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="245"/>
        <source>%1 rated %2 here. Up and Down rate this persona; View &gt; Satisfaction Lines chooses another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="283"/>
        <source>Add a stage to this map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="48"/>
        <location filename="../../cxdesigner/canvas/gestures.py" line="288"/>
        <source>New touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePanels</name>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="30"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="32"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="33"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="34"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="35"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="36"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="37"/>
        <source>Goals &amp;&amp; actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="38"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <location filename="../../cxdesigner/ui/stage_editor.py" line="23"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/stage_editor.py" line="24"/>
        <source>Right-click the stage&apos;s title on the map to add a stage before or after it, move it or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageGestures</name>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="31"/>
        <source>Add Touchpoint to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="33"/>
        <source>Rename Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="34"/>
        <source>Stage Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="35"/>
        <source>Add Stage Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="36"/>
        <source>Add Stage After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="37"/>
        <source>Move Stage Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="39"/>
        <source>Move Stage Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="41"/>
        <source>Delete Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="55"/>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="57"/>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="63"/>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="66"/>
        <source>Rename stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="63"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="72"/>
        <source>Stage colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="74"/>
        <source>Recolour stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="84"/>
        <source>Delete the stage %1 with its %n touchpoint(s)? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="87"/>
        <source>Delete the stages %1 with their %n touchpoint(s)? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="90"/>
        <source>Delete stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="98"/>
        <source>Delete stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="50"/>
        <source>&lt;h1&gt;CX Designer&lt;/h1&gt;&lt;p&gt;Map every contact your customers have with you, and how they feel at each one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="54"/>
        <source>&lt;b&gt;Start from a template&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="62"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="71"/>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="73"/>
        <source>Open a project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="78"/>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="89"/>
        <source>Projects you open or save appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyWizard</name>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="36"/>
        <source>Import survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="59"/>
        <source>Import survey %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TitleField</name>
    <message>
        <location filename="../../cxdesigner/canvas/title_editor.py" line="20"/>
        <source>Touchpoint title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../cxdesigner/render/pages.py" line="147"/>
        <source>row %1 of %2, sheet %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="14"/>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="25"/>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
