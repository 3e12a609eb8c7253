<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CatalogEditor</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="106"/>
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
        <location filename="../../cxdesigner/ui/export_dialog.py" line="252"/>
        <source>%n sheet(s) for this map</source>
        <translation>
            <numerusform>%n sheet for this map</numerusform>
            <numerusform>%n sheets for this map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/export_dialog.py" line="294"/>
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
        <location filename="../../cxdesigner/ui/insights_panel.py" line="257"/>
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
        <location filename="../../cxdesigner/ui/main_window.py" line="421"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/main_window.py" line="438"/>
        <source>Delete %n items</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/main_window.py" line="508"/>
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Exported %n file to %1</numerusform>
            <numerusform>Exported %n files to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapCounts</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/canvas/accessible.py" line="43"/>
        <source>%n answers</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/canvas/accessible.py" line="46"/>
        <source>%n pain points</source>
        <translation>
            <numerusform>%n pain point</numerusform>
            <numerusform>%n pain points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/canvas/accessible.py" line="49"/>
        <source>%n touchpoints</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapMenu</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/map_menu.py" line="141"/>
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
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="299"/>
        <source>%n header row(s)</source>
        <translation>
            <numerusform>%n header row</numerusform>
            <numerusform>%n header rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="303"/>
        <source>%n metadata column(s) ignored</source>
        <translation>
            <numerusform>%n metadata column ignored</numerusform>
            <numerusform>%n metadata columns ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="306"/>
        <source>%n unfinished response(s) left out (lines %1)</source>
        <translation>
            <numerusform>%n unfinished response left out (line %1)</numerusform>
            <numerusform>%n unfinished responses left out (lines %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="335"/>
        <source>%n row(s), one per respondent.</source>
        <translation>
            <numerusform>%n row, one per respondent.</numerusform>
            <numerusform>%n rows, one per respondent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="336"/>
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
        <location filename="../../cxdesigner/ui/personas_panel.py" line="148"/>
        <source>Their %n rating(s)</source>
        <translation>
            <numerusform>Their %n rating</numerusform>
            <numerusform>Their %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/personas_panel.py" line="148"/>
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectionDialog</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/projection_dialog.py" line="95"/>
        <source>%n action(s) with an expected effect will be applied.</source>
        <translation>
            <numerusform>%n action with an expected effect will be applied.</numerusform>
            <numerusform>%n actions with an expected effect will be applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="448"/>
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n respondent</numerusform>
            <numerusform>%n respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="449"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="450"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="461"/>
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
<context>
    <name>TableImportDialog</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/table_import_dialog.py" line="80"/>
        <source>Rows left out (%n):</source>
        <translation>
            <numerusform>Row left out (%n):</numerusform>
            <numerusform>Rows left out (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WavesSection</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/wave_insights.py" line="110"/>
        <source>%n wave(s), every respondent; ▲ ▼ mark supported changes.</source>
        <translation>
            <numerusform>%n wave, every respondent; ▲ ▼ mark supported changes.</numerusform>
            <numerusform>%n waves, every respondent; ▲ ▼ mark supported changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/wave_insights.py" line="145"/>
        <source>Mean of %n answer(s)</source>
        <translation>
            <numerusform>Mean of %n answer</numerusform>
            <numerusform>Mean of %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/wave_insights.py" line="162"/>
        <source>NPS of %n answer(s)</source>
        <translation>
            <numerusform>NPS of %n answer</numerusform>
            <numerusform>NPS of %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/wave_insights.py" line="197"/>
        <source>%1: enough (±%2 from %n answer(s))</source>
        <translation>
            <numerusform>%1: enough (±%2 from %n answer)</numerusform>
            <numerusform>%1: enough (±%2 from %n answers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/wave_insights.py" line="200"/>
        <source>%1: &lt;b&gt;%n more answer(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>%1: &lt;b&gt;%n more answer&lt;/b&gt;</numerusform>
            <numerusform>%1: &lt;b&gt;%n more answers&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
</TS>
