<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CatalogEditor</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="103"/>
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
        <location filename="../../cxdesigner/ui/clipboard_actions.py" line="78"/>
        <source>Paste %n touchpoints</source>
        <translation>
            <numerusform>Paste %n touchpoint</numerusform>
            <numerusform>Paste %n touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/export_dialog.py" line="180"/>
        <source>%n sheet(s) for this map</source>
        <translation>
            <numerusform>%n sheet for this map</numerusform>
            <numerusform>%n sheets for this map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/export_dialog.py" line="210"/>
        <source>Replace %n existing file(s)?</source>
        <translation>
            <numerusform>Replace %n existing file?</numerusform>
            <numerusform>Replace %n existing files?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/main_window.py" line="347"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/main_window.py" line="364"/>
        <source>Delete %n items</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/main_window.py" line="372"/>
        <source>Delete the stage %1 with its %n touchpoint(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete the stage %1 with its %n touchpoint? You can undo this.</numerusform>
            <numerusform>Delete the stage %1 with its %n touchpoints? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/main_window.py" line="374"/>
        <source>Delete the stages %1 with their %n touchpoint(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete the stages %1 with their %n touchpoint? You can undo this.</numerusform>
            <numerusform>Delete the stages %1 with their %n touchpoints? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/main_window.py" line="440"/>
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Exported %n file to %1</numerusform>
            <numerusform>Exported %n files to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/personas_panel.py" line="156"/>
        <source>Their %n rating(s)</source>
        <translation>
            <numerusform>Their %n rating</numerusform>
            <numerusform>Their %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/personas_panel.py" line="156"/>
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
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="279"/>
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
        <location filename="../../cxdesigner/canvas/gestures.py" line="61"/>
        <source>Move %n touchpoints</source>
        <translation>
            <numerusform>Move %n touchpoint</numerusform>
            <numerusform>Move %n touchpoints</numerusform>
        </translation>
    </message>
</context>
</TS>
