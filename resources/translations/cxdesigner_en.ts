<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CatalogEditor</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="104"/>
        <source>%n touchpoint(s) use “%1”; they will have none. Delete it?</source>
        <translation>
            <numerusform>%n touchpoint uses “%1”; it will have none. Delete it?</numerusform>
            <numerusform>%n touchpoints use “%1”; they will have none. Delete it?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipboardActions</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/clipboard_actions.py" line="50"/>
        <source>Cut %n touchpoints</source>
        <translation>
            <numerusform>Cut %n touchpoint</numerusform>
            <numerusform>Cut %n touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/clipboard_actions.py" line="82"/>
        <source>Paste %n touchpoints</source>
        <translation>
            <numerusform>Paste %n touchpoint</numerusform>
            <numerusform>Paste %n touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/compare_mode.py" line="131"/>
        <source>From %1 to this document: %n difference(s).</source>
        <translation>
            <numerusform>From %1 to this document: %n difference.</numerusform>
            <numerusform>From %1 to this document: %n differences.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/export_dialog.py" line="232"/>
        <source>%n sheet(s) for this map</source>
        <translation>
            <numerusform>%n sheet for this map</numerusform>
            <numerusform>%n sheets for this map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/export_dialog.py" line="274"/>
        <source>Replace %n existing file(s)?</source>
        <translation>
            <numerusform>Replace %n existing file?</numerusform>
            <numerusform>Replace %n existing files?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/insights_panel.py" line="229"/>
        <source>and %n more on the map</source>
        <translation>
            <numerusform>and %n more on the map</numerusform>
            <numerusform>and %n more on the map</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/main_window.py" line="391"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/main_window.py" line="408"/>
        <source>Delete %n items</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/main_window.py" line="478"/>
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Exported %n file to %1</numerusform>
            <numerusform>Exported %n files to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapMenu</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/map_menu.py" line="126"/>
        <source>Delete the map “%1” with its %n touchpoint(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete the map “%1” with its %n touchpoint? You can undo this.</numerusform>
            <numerusform>Delete the map “%1” with its %n touchpoints? You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="178"/>
        <source>%n row(s), one per respondent.</source>
        <translation>
            <numerusform>%n row, one per respondent.</numerusform>
            <numerusform>%n rows, one per respondent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="179"/>
        <source>%n row(s), one per answer.</source>
        <translation>
            <numerusform>%n row, one per answer.</numerusform>
            <numerusform>%n rows, one per answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/personas_panel.py" line="146"/>
        <source>Their %n rating(s)</source>
        <translation>
            <numerusform>Their %n rating</numerusform>
            <numerusform>Their %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/personas_panel.py" line="146"/>
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="275"/>
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n respondent</numerusform>
            <numerusform>%n respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="276"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="277"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="282"/>
        <source>%n row(s) left out:</source>
        <translation>
            <numerusform>%n row left out:</numerusform>
            <numerusform>%n rows left out:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SceneGestures</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/canvas/gestures.py" line="62"/>
        <source>Move %n touchpoints</source>
        <translation>
            <numerusform>Move %n touchpoint</numerusform>
            <numerusform>Move %n touchpoints</numerusform>
        </translation>
    </message>
</context>
</TS>
