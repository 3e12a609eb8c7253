<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../cxdesigner/ui/about.py" line="38"/>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/about.py" line="48"/>
        <source>About CX Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/about.py" line="52"/>
        <source>&lt;h2&gt;CX Designer %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/about.py" line="53"/>
        <source>A desktop editor for customer experience maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/about.py" line="61"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/about.py" line="62"/>
        <source>Licence: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/about.py" line="78"/>
        <source>Copy Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/about.py" line="79"/>
        <source>Copy the versions, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <location filename="../../cxdesigner/ui/accessible_names.py" line="29"/>
        <source>Panel tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/accessible_names.py" line="32"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/accessible_names.py" line="36"/>
        <source>%1 panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="44"/>
        <source>Show entries of stage</source>
        <extracomment>The one touchpoint selected on the map: where a new entry goes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="48"/>
        <source>Show goals of persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="68"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="75"/>
        <source>1 minor … 5 blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="79"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="81"/>
        <source>The change of satisfaction this action should bring, in the map&apos;s scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="105"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="106"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="107"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="109"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="110"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="111"/>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="240"/>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="113"/>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="115"/>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="115"/>
        <source>Pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="116"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="116"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="116"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="119"/>
        <source>Resources we have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="120"/>
        <source>Resources needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="124"/>
        <source>Expected effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="157"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="166"/>
        <source>All personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="178"/>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="201"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="240"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="266"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="269"/>
        <source>A goal needs a persona and a stage on this map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="275"/>
        <source>Add a touchpoint to this map first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="308"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="308"/>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="308"/>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="309"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="36"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="36"/>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="52"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="56"/>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="92"/>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="92"/>
        <source>New department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="106"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="106"/>
        <source>%n touchpoint(s) use “%1”; they will have none. Delete it?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="119"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="120"/>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellFields</name>
    <message>
        <location filename="../../cxdesigner/ui/cell_fields.py" line="27"/>
        <source>Angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/cell_fields.py" line="27"/>
        <source>Unhappy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/cell_fields.py" line="27"/>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/cell_fields.py" line="28"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/cell_fields.py" line="28"/>
        <source>Delighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/cell_fields.py" line="144"/>
        <source>no value</source>
        <extracomment>Every field, Clear buttons too, top to bottom: the order Tab goes through them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/cell_fields.py" line="145"/>
        <source>A number (in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/cell_fields.py" line="146"/>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/cell_fields.py" line="157"/>
        <source>From the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/cell_fields.py" line="160"/>
        <source>The face shown; until one is chosen it follows the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/cell_fields.py" line="163"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/cell_fields.py" line="178"/>
        <source>Choose a picture, or drop one here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/cell_fields.py" line="179"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/cell_fields.py" line="180"/>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/cell_fields.py" line="194"/>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/cell_fields.py" line="195"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/cell_fields.py" line="223"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="14"/>
        <source>Assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="14"/>
        <source>assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="15"/>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="15"/>
        <source>survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="16"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="16"/>
        <source>interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="17"/>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="17"/>
        <source>analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="18"/>
        <source>Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="18"/>
        <source>digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="19"/>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="19"/>
        <source>physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="20"/>
        <source>Human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="20"/>
        <source>human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="21"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="21"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="22"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="22"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="23"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="23"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="24"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="24"/>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="25"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="25"/>
        <source>idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="26"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="26"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="27"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="27"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="28"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="28"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="29"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="29"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="30"/>
        <source>Angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="30"/>
        <source>angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="31"/>
        <source>Unhappy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="31"/>
        <source>unhappy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="32"/>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="32"/>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="33"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="33"/>
        <source>content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="34"/>
        <source>Delighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/words.py" line="34"/>
        <source>delighted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipboardActions</name>
    <message>
        <location filename="../../cxdesigner/ui/clipboard_actions.py" line="23"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/clipboard_actions.py" line="23"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/clipboard_actions.py" line="23"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/clipboard_actions.py" line="24"/>
        <source>Move the selected touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/clipboard_actions.py" line="25"/>
        <source>Copy the selected touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/clipboard_actions.py" line="26"/>
        <source>Paste touchpoints here</source>
        <translation type="unfinished"></translation>
    </message>
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
        <location filename="../../cxdesigner/ui/clipboard_actions.py" line="82"/>
        <source>Paste %n touchpoints</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="95"/>
        <source>Add %1</source>
        <extracomment>``QUndoCommand.id()`` values for commands that merge.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="112"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="136"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="185"/>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="210"/>
        <source>Move touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="237"/>
        <source>Clear rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="237"/>
        <source>Set rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="277"/>
        <source>Clear target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="277"/>
        <source>Set target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="305"/>
        <source>Change scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="331"/>
        <source>Show persona on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="348"/>
        <source>Remove persona from map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="367"/>
        <source>goal</source>
        <extracomment>Each kind of item in menu words (&quot;Add pain point&quot;), and labels other layers push with.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="367"/>
        <source>pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="368"/>
        <source>positive moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="369"/>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="369"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="370"/>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="371"/>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="372"/>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="372"/>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="373"/>
        <source>touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="374"/>
        <source>lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="374"/>
        <source>cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="375"/>
        <source>map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="375"/>
        <source>persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="376"/>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="377"/>
        <source>survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/commands.py" line="378"/>
        <source>Apply survey ratings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentBadge</name>
    <message>
        <location filename="../../cxdesigner/canvas/comment_badges.py" line="37"/>
        <source>%1 comments, %2 open: click to read them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="36"/>
        <source>Show resolved</source>
        <extracomment>A thread was clicked: the id of what it is about, to show on the map.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="40"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="50"/>
        <source>Comment text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="51"/>
        <source>Write a comment or a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="56"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="57"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="58"/>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="180"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="59"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="98"/>
        <source>something removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="101"/>
        <source>the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="102"/>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="102"/>
        <source>touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="102"/>
        <source>pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="103"/>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="111"/>
        <source>New comments go on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="180"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="196"/>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="200"/>
        <source>Reply to comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="209"/>
        <source>Reopen comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="209"/>
        <source>Resolve comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/comments_panel.py" line="214"/>
        <source>Delete comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../cxdesigner/ui/compare_mode.py" line="111"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/compare_mode.py" line="116"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/compare_mode.py" line="116"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/compare_mode.py" line="120"/>
        <source>End Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/compare_mode.py" line="124"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/compare_mode.py" line="131"/>
        <source>From %1 to this document: %n difference(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/compare_mode.py" line="133"/>
        <source>This document and %1 hold the same project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../cxdesigner/ui/merge_dialog.py" line="24"/>
        <source>after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merge_dialog.py" line="24"/>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merge_dialog.py" line="27"/>
        <source>taken off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merge_dialog.py" line="27"/>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merge_dialog.py" line="28"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merge_dialog.py" line="28"/>
        <source>kept, with its changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merge_dialog.py" line="52"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merge_dialog.py" line="52"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merge_dialog.py" line="53"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merge_dialog.py" line="57"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merge_dialog.py" line="58"/>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merge_dialog.py" line="59"/>
        <source>My own:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merge_dialog.py" line="61"/>
        <source>My own value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merge_dialog.py" line="75"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merge_dialog.py" line="76"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merge_dialog.py" line="84"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merge_dialog.py" line="93"/>
        <source>Conflict %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopiesBar</name>
    <message>
        <location filename="../../cxdesigner/ui/copies_bar.py" line="33"/>
        <source>Copies beside this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/copies_bar.py" line="41"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/copies_bar.py" line="42"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/copies_bar.py" line="66"/>
        <source>Merge It In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/copies_bar.py" line="66"/>
        <source>Merge Them In</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../cxdesigner/editor/document.py" line="65"/>
        <source>the file is read-only</source>
        <extracomment>The stamp of a file whose state when the work began is not known: it never matches a file on disk.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/document.py" line="67"/>
        <source>its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/document.py" line="137"/>
        <location filename="../../cxdesigner/editor/document.py" line="166"/>
        <source>you opened it read-only</source>
        <extracomment>Every model event, as the model emitted it. The modified flag flipped (for the ``*`` in the title). The file path changed (Save As, first save). Undo or redo walked the stack (not a new edit): the ids its steps are about, to show them. ``try_push`` was refused: the model&apos;s one plain sentence, for the user. ``project`` is another object now (a version restored, a merge): views start again from it. The file as read or last saved: saving over a file someone else changed is refused. Why Save must go elsewhere (Save As), or None when the file may be written. A sentence to tell before the first save (an older file format is upgraded). Keep the replaced file as ``NAME.cxd.bak`` on each save. The file&apos;s revisions; each save adds one. Who saves and comments (``None``: the login name). What the window calls the document instead of its file&apos;s name (an earlier version).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/editor/document.py" line="224"/>
        <source>%1 is open read-only (%2): use Save As to keep your changes in another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarlierWave</name>
    <message>
        <location filename="../../cxdesigner/ui/earlier_wave.py" line="25"/>
        <source>Earlier Survey &amp;Wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/earlier_wave.py" line="77"/>
        <source>No map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/earlier_wave.py" line="81"/>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/earlier_wave.py" line="87"/>
        <source>No survey waves yet: Map &gt; Import Survey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/earlier_wave.py" line="93"/>
        <source>Fieldwork %1</source>
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
        <location filename="../../cxdesigner/ui/export_dialog.py" line="26"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="27"/>
        <source>Stakeholder pack (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="28"/>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="28"/>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="29"/>
        <source>CSV tables (spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="30"/>
        <source>Excel workbook (a sheet per table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="31"/>
        <source>JSON (whole project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="32"/>
        <source>Mermaid journey text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="33"/>
        <source>Interactive map (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="46"/>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="156"/>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="294"/>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="313"/>
        <source>Export</source>
        <extracomment>The choices of the Format list that write a PDF: the map itself, or the stakeholder pack.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="56"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="59"/>
        <source>Maps to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="66"/>
        <source>Maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="69"/>
        <source>Add a summary of the journey scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="70"/>
        <source>Each persona&apos;s mean satisfaction, peak-end score, NPS, weakest touchpoint and biggest drop, under the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="74"/>
        <source>Add the review comments as an appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="75"/>
        <source>Every comment thread of the map, with its replies, open or resolved, after the insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="79"/>
        <source>All maps in one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="82"/>
        <source>Recorded in the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="92"/>
        <source>Make a Poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="93"/>
        <source>Tile the map over several sheets of this paper, text kept legible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="104"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="107"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="114"/>
        <source>Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="116"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="118"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="120"/>
        <source>Byte-order mark, for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="122"/>
        <source>Lets spreadsheet programs recognise the UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="123"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="127"/>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="131"/>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="284"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="134"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="139"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="149"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="238"/>
        <source>No preview for this format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="248"/>
        <source>Too small to read on this sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/export_dialog.py" line="252"/>
        <source>%n sheet(s) for this map</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="262"/>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="275"/>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/export_dialog.py" line="294"/>
        <source>Replace %n existing file(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="297"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/export_dialog.py" line="297"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../cxdesigner/render/summary.py" line="20"/>
        <source>Persona</source>
        <extracomment>The heading row: the same names the Insights panel and docs/insights.md give the figures.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="28"/>
        <source>Measured rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="29"/>
        <source>The mean of the survey scores given to a touchpoint by the respondents of a persona, converted to the map&apos;s scale, with the number of answers, their standard deviation and the 95% confidence interval of the mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="33"/>
        <source>95% confidence interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="34"/>
        <source>The mean plus or minus Student&apos;s t quantile (97.5%, n - 1 degrees of freedom) times the standard deviation divided by the square root of n: the range that holds the true mean in 95 of 100 surveys like this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="38"/>
        <source>Few answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="39"/>
        <source>A measured rating that rests on fewer answers than the threshold (10 unless set otherwise), so that its interval is wide and it should be read with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="42"/>
        <source>Net Promoter Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="43"/>
        <source>The percentage of promoters (answers of 9 or 10 to the 0-10 recommendation question) minus the percentage of detractors (answers of 0 to 6), from -100 to +100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="46"/>
        <source>NPS margin of error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="47"/>
        <source>1.96 times the standard error of the answers coded +1 for a promoter, 0 for a passive and -1 for a detractor, times 100: the NPS lies within this many points of the true one with 95% confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="50"/>
        <source>Mean satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="51"/>
        <source>The average of a persona&apos;s ratings over every rated touchpoint of the map, each touchpoint counting once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="53"/>
        <source>Stage means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="54"/>
        <source>The average of a persona&apos;s ratings over the rated touchpoints of each stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="56"/>
        <source>Weakest touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="57"/>
        <source>The rated touchpoints with the lowest satisfaction for a persona, lowest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="59"/>
        <source>Strongest touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="60"/>
        <source>The rated touchpoints with the highest satisfaction for a persona, highest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="62"/>
        <source>Peak-end score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="63"/>
        <source>The mean of the most intense moment (the rating furthest from the middle of the scale, the earlier of equals) and the last rated touchpoint, since people judge an experience mostly by its peak and its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="66"/>
        <source>Biggest drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="67"/>
        <source>The largest falls in satisfaction from one rated touchpoint to the next rated one, largest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="69"/>
        <source>Persona comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="70"/>
        <source>Each persona&apos;s rating at every touchpoint side by side, with each persona&apos;s mean satisfaction and, at each touchpoint, the difference between the highest and the lowest persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="73"/>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="74"/>
        <source>A seam between two consecutive touchpoints where the customer switches channel, device or department, with the change in each persona&apos;s satisfaction across it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="77"/>
        <source>Gap to target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="78"/>
        <source>The target satisfaction minus the current rating at a touchpoint: how far it still has to rise, negative when it already does better than its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="81"/>
        <source>Survey waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="82"/>
        <source>Each touchpoint&apos;s mean survey score and NPS in every wave of the map&apos;s surveys, with their 95% intervals, and an arrow only where the change from the wave before is statistically supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="85"/>
        <source>Supported change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="86"/>
        <source>A change between two consecutive waves that is unlikely to come from sampling alone: for a mean, Welch&apos;s two-sided t test at 95% (unequal variances, Welch-Satterthwaite degrees of freedom) has p under 0.05; for an NPS, the difference is larger than its margin of error, 1.96 times the square root of the sum of both scores&apos; squared standard errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="91"/>
        <source>Next survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="92"/>
        <source>For each touchpoint, the answers its next survey needs for a 95% interval no wider than the chosen plus or minus (0.5 on a 1 to 5 scale unless set, carried onto the map&apos;s scale), from the spread in the latest wave that asked about it, and how many more that is than that wave had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="96"/>
        <source>Projected mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="97"/>
        <source>The mean satisfaction the persona would have once the actions chosen for the projected line have their expected effects, each touchpoint&apos;s rating plus the effects of the actions acting on it, held within the scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="101"/>
        <source>Projected peak-end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/analysis/definitions.py" line="102"/>
        <source>The peak-end score of the projected line: the same measure taken on the ratings the chosen actions are expected to bring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileLifecycle</name>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="57"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="62"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="86"/>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="102"/>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="111"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="124"/>
        <source>File in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="126"/>
        <source>Open it read-only, or open it for editing anyway if they no longer have it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="128"/>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="129"/>
        <source>Open Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="143"/>
        <source>Colleagues opening this file will not be warned: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="163"/>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="176"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="177"/>
        <source>You opened %1 read-only (%2), so it cannot be replaced. Choose another name for your version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="181"/>
        <source>Save in the new format?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="188"/>
        <source>Cannot save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="194"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="200"/>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="201"/>
        <source>%1 was changed by someone else since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="204"/>
        <source>Merge their changes into yours and save both, save yours as another file, overwrite theirs with yours, or reload theirs (your changes are kept as a recovery copy, offered the next time CX Designer starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="207"/>
        <source>Merge Their Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="208"/>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="260"/>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="209"/>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="210"/>
        <source>Reload Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="228"/>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="235"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="229"/>
        <source>Your changes could not be kept as a recovery copy, so the file was not reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="243"/>
        <source>Reloaded %1. Your changes are kept as a recovery copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="252"/>
        <source>Save the changes to %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="254"/>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="257"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/file_lifecycle.py" line="259"/>
        <source>You opened it read-only: your version goes to another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="86"/>
        <source>Choose the survey file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="87"/>
        <source>A survey tool&apos;s export (Qualtrics, SurveyMonkey, Google Forms, Microsoft Forms, Typeform, LimeSurvey), or a CSV file or Excel workbook with one row per respondent and a column per touchpoint, or one row per answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="93"/>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="136"/>
        <source>Survey file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="94"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="98"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="100"/>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="104"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="101"/>
        <source>The sheet of an Excel workbook that holds the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="102"/>
        <source>Only for Excel workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="106"/>
        <source>Importing a survey of the same name again replaces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="107"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="110"/>
        <source>such as 2026 Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="111"/>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="114"/>
        <source>Wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="112"/>
        <source>Which wave of this map&apos;s surveys this is: Insights compares the waves, and surveys of one wave are pooled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="117"/>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="127"/>
        <source>Fieldwork from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="118"/>
        <source>Fieldwork to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="119"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="122"/>
        <source>When the answers were collected (leave empty when not known); it orders the waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="125"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="137"/>
        <source>Survey files (*.csv *.txt *.tsv *.xlsx);;CSV files (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="177"/>
        <source>The file is larger than 200 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="181"/>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="202"/>
        <source>“%1” is not a date: write it as YYYY-MM-DD, such as 2026-07-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="208"/>
        <source>The fieldwork ends before it starts.</source>
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
    <name>HighContrastAction</name>
    <message>
        <location filename="../../cxdesigner/ui/contrast.py" line="35"/>
        <source>&amp;High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/contrast.py" line="37"/>
        <location filename="../../cxdesigner/ui/contrast.py" line="38"/>
        <source>White and yellow on black, for the editor and the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlMap</name>
    <message>
        <location filename="../../cxdesigner/render/html_svg.py" line="180"/>
        <source>Touchpoint %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_svg.py" line="298"/>
        <source>Goal of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="30"/>
        <source>%1: %2 on a scale from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="34"/>
        <source>n = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="36"/>
        <source>standard deviation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="38"/>
        <source>95% interval %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="45"/>
        <source>severity %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="47"/>
        <source>Also at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="54"/>
        <source>%1 priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="57"/>
        <source>%1 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="60"/>
        <source>Resources available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="62"/>
        <source>Resources still needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="69"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="69"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="70"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="71"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="71"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="72"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="73"/>
        <source>Takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="74"/>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="75"/>
        <source>Customer does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="75"/>
        <source>Thinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="76"/>
        <source>Feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="80"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="81"/>
        <source>%1: not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="84"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="94"/>
        <source>Pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="97"/>
        <source>Positive moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="100"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="101"/>
        <source>Resources available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_details.py" line="102"/>
        <source>Resources still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_map.py" line="55"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_map.py" line="55"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_map.py" line="117"/>
        <source>Satisfaction from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_map.py" line="126"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_map.py" line="126"/>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_map.py" line="127"/>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_map.py" line="127"/>
        <source>Positive moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/html_map.py" line="128"/>
        <source>Actions</source>
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
    <name>InsertMenu</name>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="19"/>
        <source>&amp;Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="19"/>
        <source>After the selected touchpoint, or at the end of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="20"/>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="20"/>
        <source>After the selected touchpoint&apos;s stage, or at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="21"/>
        <source>&amp;Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="21"/>
        <source>A new persona for the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="23"/>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="23"/>
        <source>A goal at the selected touchpoint, or over the whole journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="24"/>
        <source>Pain P&amp;oint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="24"/>
        <source>A pain point at the selected touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="25"/>
        <source>Positive &amp;Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="25"/>
        <source>A highlight at the selected touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="26"/>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="26"/>
        <source>An improvement action at the selected touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="27"/>
        <source>Sticky &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="27"/>
        <source>A free note under the lanes, where it covers nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <location filename="../../cxdesigner/ui/insights_panel.py" line="56"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insights_panel.py" line="57"/>
        <source>Whose journey the scores describe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insights_panel.py" line="147"/>
        <location filename="../../cxdesigner/ui/insights_panel.py" line="168"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insights_panel.py" line="177"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/insights_panel.py" line="257"/>
        <source>and %n more on the map</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="33"/>
        <source>Description</source>
        <extracomment>A persona&apos;s rating or target was entered here: their line is the one last touched.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="33"/>
        <source>Customer does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="34"/>
        <source>Thinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="34"/>
        <source>Feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="43"/>
        <source>Select a touchpoint on the map to edit it here, or click a stage&apos;s title to edit the stage. Right-click a stage&apos;s title to add, move or delete stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="55"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="63"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="64"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="65"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="66"/>
        <source>desktop, mobile, in person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="67"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="75"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="122"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="165"/>
        <source>Move touchpoint to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message>
        <location filename="../../cxdesigner/canvas/scene.py" line="275"/>
        <location filename="../../cxdesigner/canvas/scene.py" line="281"/>
        <source>Move note</source>
        <extracomment>Touchpoint fields only its card shows; other fields feed lanes or spacing and need a rebuild. Something a gesture did that the user should hear about (for the status bar). The persona whose line was touched last (or chosen): the one Up and Down rate. Presentation mode: the touchpoint the lines are drawn up to (None: whole lines).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/scene.py" line="281"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/compare_overlay.py" line="179"/>
        <source>Satisfaction in the version compared with</source>
        <extracomment>How each kind of change is marked. Above the cards, below the real satisfaction lines and their handles. Where each removed touchpoint&apos;s ghost stands (scene coordinates), for revealing it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="26"/>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="26"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="26"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="27"/>
        <source>Customer does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="27"/>
        <source>Thinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="27"/>
        <source>Feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="27"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="28"/>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="28"/>
        <source>Positive moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="28"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="29"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="29"/>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="30"/>
        <source>Every contact, in the order it happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="31"/>
        <source>Where the customer struggles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="31"/>
        <source>What works and must be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="32"/>
        <source>What we will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="32"/>
        <source>What each persona wants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="33"/>
        <source>Who owns it, backstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="34"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="34"/>
        <source>Pictures (storyboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="34"/>
        <source>Emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="35"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="35"/>
        <source>Frontstage actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="36"/>
        <source>Backstage actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="36"/>
        <source>Support processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="37"/>
        <source>What the customer sees us do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="37"/>
        <source>What we do out of sight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="38"/>
        <source>The systems and partners behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="38"/>
        <source>A face per persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="39"/>
        <source>A picture per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="171"/>
        <source>severity %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="181"/>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="183"/>
        <source>%1 priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/lanes.py" line="186"/>
        <source>%1 expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanesDialog</name>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="32"/>
        <source>Lanes of %1</source>
        <extracomment>The map&apos;s own lanes as they will be: existing ones (perhaps renamed) and new ones.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="39"/>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="72"/>
        <source>min, %, CSAT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="73"/>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="75"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="93"/>
        <source>A map always shows its touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="63"/>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="21"/>
        <source>Frontstage actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="21"/>
        <source>Backstage actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="22"/>
        <source>Support processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="34"/>
        <source>Tick the lanes to show; drag them, or use Move Up and Move Down, into the order you want. Add lanes of your own for anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="49"/>
        <source>Add Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="53"/>
        <source>Service blueprint (frontstage, backstage, support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="55"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="57"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="58"/>
        <source>Remove the lane and what it holds (you can undo it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="63"/>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="175"/>
        <source>Change lanes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryButton</name>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="30"/>
        <source>persona</source>
        <extracomment>The word each kind&apos;s messages put in for %1, one and several, translated where they are used.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="30"/>
        <source>personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="31"/>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="31"/>
        <source>channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="32"/>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="33"/>
        <source>departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="159"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="162"/>
        <source>Share %1 with your team through the team library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="175"/>
        <source>Add from Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="176"/>
        <source>Update from Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="177"/>
        <location filename="../../cxdesigner/ui/library_actions.py" line="264"/>
        <source>Publish to Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="178"/>
        <source>Copy %1 from the team library into this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="179"/>
        <source>Bring the library&apos;s version of this %1 (one step you can undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="195"/>
        <location filename="../../cxdesigner/ui/library_actions.py" line="222"/>
        <source>Every %1 of the library is in this project already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="198"/>
        <location filename="../../cxdesigner/ui/library_actions.py" line="246"/>
        <source>This %1 did not come from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="199"/>
        <source>This %1 is the library&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="202"/>
        <source>Select a %1 to publish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="204"/>
        <source>Replace the library&apos;s version with this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="205"/>
        <source>Add this %1 to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="212"/>
        <source>Team Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="224"/>
        <source>Add from Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="235"/>
        <source>Add %1 from library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="250"/>
        <source>This %1 is the library&apos;s version already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="252"/>
        <source>Update %1 from library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="254"/>
        <source>“%1” is now the library&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="265"/>
        <source>Nothing was published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="267"/>
        <source>“%1” is now in the team library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="268"/>
        <source>“%1” replaced its version in the team library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="63"/>
        <source>Maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="70"/>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="111"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="111"/>
        <source>Start a project from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="113"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="113"/>
        <source>Open a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="115"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="115"/>
        <source>Save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="117"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="118"/>
        <source>Save the project under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="120"/>
        <source>Project &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="121"/>
        <source>The project&apos;s name and description, shown on exports and prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="122"/>
        <source>Team &amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="123"/>
        <source>Choose the project file your team shares personas and channels from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="124"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="124"/>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="125"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="125"/>
        <source>Quit CX Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="126"/>
        <source>Keep a &amp;Backup on Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="127"/>
        <source>On each save, keep the previous version as NAME.cxd.bak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="130"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="131"/>
        <source>Export maps as PDF, SVG, PNG, CSV, Excel, JSON or Mermaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="133"/>
        <source>&amp;Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="134"/>
        <source>Import touchpoints, pain points and actions from an Excel workbook or CSV table (a map&apos;s own export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="136"/>
        <source>Page Set&amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="137"/>
        <source>Paper size, orientation, one page or a poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="138"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="139"/>
        <source>See the pages before printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="140"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="141"/>
        <source>Print the current map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="142"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="142"/>
        <source>Delete the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="143"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="144"/>
        <source>Select every touchpoint of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="145"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="145"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="146"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="146"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="147"/>
        <source>Zoom to &amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="147"/>
        <source>Show the whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="148"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="148"/>
        <source>Zoom to 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="149"/>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="150"/>
        <source>Show the map full screen and walk through it touchpoint by touchpoint with the arrow keys (Escape leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="153"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="155"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="164"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="169"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="170"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="175"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="178"/>
        <source>Show the whole map in miniature in the corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="180"/>
        <source>&amp;Gaps Between Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="183"/>
        <source>Mark where the customer switches channel, device or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="185"/>
        <source>&amp;Compact Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="187"/>
        <source>Keep lanes low and cut long texts (point at one to read it whole); exports and print always show everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="192"/>
        <source>Satisfaction &amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="204"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="211"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="212"/>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="213"/>
        <source>Read the user guide, from a blank project to a printed map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="214"/>
        <source>&amp;About CX Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="228"/>
        <source>Up and Down Keys Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="247"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="297"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="297"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="340"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="343"/>
        <source>Read-only: you opened %1 read-only (%2). Your changes can be saved in another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/main_window.py" line="421"/>
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/main_window.py" line="438"/>
        <source>Delete %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/main_window.py" line="508"/>
        <source>Exported %n file(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="16"/>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="28"/>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapAccessible</name>
    <message>
        <location filename="../../cxdesigner/canvas/accessible.py" line="71"/>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/accessible.py" line="72"/>
        <source>from interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/accessible.py" line="73"/>
        <source>from analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/accessible.py" line="74"/>
        <source>assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/accessible.py" line="85"/>
        <source>Touchpoint %1 of %2, %3, stage %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/accessible.py" line="92"/>
        <source>%1 %2 of %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/accessible.py" line="111"/>
        <source>Stage %1 of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/accessible.py" line="134"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/accessible.py" line="135"/>
        <source>A picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/accessible.py" line="141"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/accessible.py" line="313"/>
        <location filename="../../cxdesigner/canvas/view.py" line="36"/>
        <source>Journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/accessible.py" line="315"/>
        <source>Tab and the arrow keys walk the touchpoints; Enter renames the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapCounts</name>
    <message numerus="yes">
        <location filename="../../cxdesigner/canvas/accessible.py" line="43"/>
        <source>%n answers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/canvas/accessible.py" line="46"/>
        <source>%n pain points</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/canvas/accessible.py" line="49"/>
        <source>%n touchpoints</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapMenu</name>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="20"/>
        <source>Awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="20"/>
        <source>Consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="20"/>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="21"/>
        <source>Use and service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="21"/>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="31"/>
        <source>&amp;New Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="31"/>
        <source>Add a map with the five classic stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="32"/>
        <source>Map &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="32"/>
        <source>Name, description and satisfaction scale of the current map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="33"/>
        <source>&amp;Lanes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="33"/>
        <source>Choose and order the lanes the current map shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="34"/>
        <source>&amp;Projected Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="35"/>
        <source>Show each persona&apos;s line as it would be after the actions you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="36"/>
        <source>&amp;Rename Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="36"/>
        <source>Rename the current map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="37"/>
        <source>D&amp;uplicate Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="37"/>
        <source>Copy the current map with everything on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="38"/>
        <source>&amp;Delete Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="38"/>
        <source>Delete the current map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="39"/>
        <source>&amp;Import Mermaid Journey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="39"/>
        <source>Add a map from Mermaid journey text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="40"/>
        <source>Import Sur&amp;vey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="40"/>
        <source>Measure the current map&apos;s satisfaction from survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="41"/>
        <source>Save as &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="42"/>
        <source>Keep the current map as a template to start new projects from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="44"/>
        <source>Move Map &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="44"/>
        <source>Move the current map&apos;s tab to the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="45"/>
        <source>Move Map Ri&amp;ght</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="45"/>
        <source>Move the current map&apos;s tab to the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="52"/>
        <source>Space Touchpoints by &amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="54"/>
        <source>Spread touchpoints by the time between them, so waits show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="77"/>
        <location filename="../../cxdesigner/ui/map_menu.py" line="79"/>
        <source>New map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="115"/>
        <source>Change spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="122"/>
        <location filename="../../cxdesigner/ui/map_menu.py" line="124"/>
        <source>Rename map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="122"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="131"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="133"/>
        <source>Duplicate map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="140"/>
        <source>Delete map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/map_menu.py" line="141"/>
        <source>Delete the map “%1” with its %n touchpoint(s)? You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="152"/>
        <location filename="../../cxdesigner/ui/map_menu.py" line="179"/>
        <source>Import Mermaid journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="153"/>
        <source>Mermaid journey (*.mmd *.mermaid *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="159"/>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="160"/>
        <location filename="../../cxdesigner/ui/map_menu.py" line="164"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="160"/>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="198"/>
        <source>Saved the template “%1”: File &gt; New offers it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPicture</name>
    <message>
        <location filename="../../cxdesigner/render/picture.py" line="96"/>
        <source>Satisfaction from %1 to %2</source>
        <extracomment>Scene units per inch: one unit is one pixel at 100% on a 96 dpi screen.</extracomment>
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
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="219"/>
        <source>Check what the columns mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="220"/>
        <source>Questions were matched to touchpoints by title. Correct any match, and say which scale the survey used: its scores are converted to the map&apos;s scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="225"/>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="232"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="226"/>
        <source>The survey tool that wrote the file: recognised from its header; choose another to read it differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="229"/>
        <source>%1 export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="230"/>
        <source>Plain table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="240"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="240"/>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="240"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="245"/>
        <source>Questions and touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="248"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="248"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="253"/>
        <source>Answer label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="253"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="257"/>
        <source>Answer labels and scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="258"/>
        <source>The score each answer label stands for; a label not placed on the scale leaves its rows out, reported by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="263"/>
        <source>The persona of respondents without a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="264"/>
        <source>Respondents without a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="272"/>
        <source>Survey scale, from – to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="299"/>
        <source>%n header row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="301"/>
        <source>respondents from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="303"/>
        <source>%n metadata column(s) ignored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="306"/>
        <source>%n unfinished response(s) left out (lines %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="308"/>
        <source>Read as a plain table: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="309"/>
        <source>Read as a %2 export: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="335"/>
        <source>%n row(s), one per respondent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="336"/>
        <source>%n row(s), one per answer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="339"/>
        <source>Recommendation (NPS, 0-10): “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="348"/>
        <source>— leave out —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="358"/>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="361"/>
        <source>— no persona —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="373"/>
        <source>— not placed —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="375"/>
        <source>Score of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Merging</name>
    <message>
        <location filename="../../cxdesigner/ui/merging.py" line="36"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merging.py" line="56"/>
        <source>their changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merging.py" line="64"/>
        <source>%1 is not a version of this project: they share no history to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merging.py" line="69"/>
        <source>This document and %1 share no saved version whose content is still kept, so what each side changed cannot be told apart. Compare them instead (File &gt; Compare With…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merging.py" line="89"/>
        <source>%1 holds comments on another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merging.py" line="101"/>
        <source>Some comments were about maps this project no longer has and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merging.py" line="114"/>
        <location filename="../../cxdesigner/ui/merging.py" line="126"/>
        <source>Merge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merging.py" line="128"/>
        <source>Merged %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/merging.py" line="130"/>
        <source>%1 holds nothing this document lacks.</source>
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
    <name>Pack</name>
    <message>
        <location filename="../../cxdesigner/render/pack.py" line="31"/>
        <source>Page %1 of %2</source>
        <extracomment>The most characters of one text on the pack&apos;s pages (about twenty pages of it); the map pages cut their texts shorter, as every exported map does.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="42"/>
        <location filename="../../cxdesigner/render/pack_text.py" line="51"/>
        <source>Order</source>
        <extracomment>The action plan&apos;s columns and their shares of the width (%).
----------
On a page narrower than ``WIDE_MM`` (A4 portrait, Letter), order, phase and date share a column, and so do priority and status, so no header or short word has to break.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="42"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="43"/>
        <location filename="../../cxdesigner/render/pack_text.py" line="51"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="43"/>
        <location filename="../../cxdesigner/render/pack_text.py" line="52"/>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="44"/>
        <location filename="../../cxdesigner/render/pack_text.py" line="53"/>
        <location filename="../../cxdesigner/render/pack_text.py" line="59"/>
        <source>Pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="44"/>
        <location filename="../../cxdesigner/render/pack_text.py" line="53"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="45"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="45"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="46"/>
        <location filename="../../cxdesigner/render/pack_text.py" line="55"/>
        <source>Resources available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="47"/>
        <location filename="../../cxdesigner/render/pack_text.py" line="56"/>
        <source>Resources needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="48"/>
        <source>Expected effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="54"/>
        <source>Priority and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="57"/>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="60"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="60"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="61"/>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="203"/>
        <source>%1 years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="206"/>
        <source>Demographics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="206"/>
        <source>Psychographics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="207"/>
        <source>Motivations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="207"/>
        <source>Frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="208"/>
        <source>Biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="212"/>
        <source>Goals along the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="215"/>
        <source>Satisfaction along the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="264"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="266"/>
        <source>No actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="268"/>
        <source>In the order to apply them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="287"/>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="289"/>
        <source>No pain points yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="294"/>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="298"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="300"/>
        <source>No persona is on this map, so there are no scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="307"/>
        <source>Review comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="310"/>
        <source>No comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="313"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="313"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="324"/>
        <location filename="../../cxdesigner/render/pack_text.py" line="333"/>
        <source>The map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="326"/>
        <source>Stage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="328"/>
        <source>Touchpoint “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="330"/>
        <source>Pain point “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="332"/>
        <source>Action “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pack_text.py" line="344"/>
        <source>Someone</source>
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
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/panel_edits.py" line="72"/>
        <location filename="../../cxdesigner/ui/panel_edits.py" line="74"/>
        <location filename="../../cxdesigner/ui/panel_edits.py" line="84"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="61"/>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="40"/>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="51"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="61"/>
        <source>Add one to this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="62"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="62"/>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="41"/>
        <source>Delete the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="40"/>
        <source>Add one to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="41"/>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="52"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="51"/>
        <source>Add a persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="51"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="51"/>
        <source>Copy this persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="52"/>
        <source>Delete this persona with its ratings and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/stage_editor.py" line="22"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="37"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="37"/>
        <source>Demographics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="37"/>
        <source>Psychographics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="38"/>
        <source>Motivations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="38"/>
        <source>Frustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="38"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="39"/>
        <source>Biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="47"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="56"/>
        <source>Shown on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="57"/>
        <source>Draw this persona&apos;s satisfaction line on the current map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="61"/>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="109"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="62"/>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="65"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="63"/>
        <source>Choose an image, or drop one on this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="68"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="71"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="106"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="122"/>
        <source>New persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="126"/>
        <source>Add persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="133"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="135"/>
        <source>Duplicate persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="146"/>
        <source>Delete persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="147"/>
        <source>Delete “%1”? %2 and %3 go with them. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/personas_panel.py" line="148"/>
        <source>Their %n rating(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/personas_panel.py" line="148"/>
        <source>%n goal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="160"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="161"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="185"/>
        <source>That file is not an image CX Designer can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="130"/>
        <source>Copy into this project from “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="146"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureButton</name>
    <message>
        <location filename="../../cxdesigner/ui/cell_fields.py" line="77"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/cell_fields.py" line="77"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <location filename="../../cxdesigner/ui/plan_fields.py" line="22"/>
        <source>now</source>
        <extracomment>Offered in the phase list in the editor&apos;s language (a phase is the words typed or chosen, kept as they are).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/plan_fields.py" line="22"/>
        <source>next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/plan_fields.py" line="23"/>
        <source>later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/plan_fields.py" line="39"/>
        <location filename="../../cxdesigner/ui/plan_fields.py" line="43"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/plan_fields.py" line="40"/>
        <source>When in the plan: now, next, later, or a word of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/plan_fields.py" line="44"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/plan_fields.py" line="45"/>
        <location filename="../../cxdesigner/ui/plan_fields.py" line="47"/>
        <source>Planned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/plan_fields.py" line="46"/>
        <source>The day the action is planned for, as year-month-day; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/plan_fields.py" line="52"/>
        <source>Move Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/plan_fields.py" line="52"/>
        <source>Apply the selected action earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/plan_fields.py" line="53"/>
        <source>Move Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/plan_fields.py" line="53"/>
        <source>Apply the selected action later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/plan_fields.py" line="88"/>
        <source>A planned date is written year-month-day, such as 2026-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../cxdesigner/ui/preferences.py" line="39"/>
        <source>Preferences</source>
        <extracomment>The languages the editor speaks, each named in itself (as people look for their own).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/preferences.py" line="44"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/preferences.py" line="46"/>
        <source>Each save records it in the file&apos;s versions, and each comment under its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/preferences.py" line="51"/>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/preferences.py" line="55"/>
        <source>The language of menus, panels, templates and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/preferences.py" line="56"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/preferences.py" line="58"/>
        <source>A new language takes effect when you restart CX Designer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../cxdesigner/ui/presentation.py" line="71"/>
        <location filename="../../cxdesigner/ui/presentation.py" line="72"/>
        <source>Presentation</source>
        <extracomment>The presentation closed (the editor takes its focus back).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/presentation.py" line="86"/>
        <source>Map being presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/presentation.py" line="91"/>
        <source>Touchpoint details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/presentation.py" line="93"/>
        <source>→ or Space: next touchpoint · ←: previous · ↓ ↑: next or previous stage · Home, End: first, last · Esc: back to the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/presentation.py" line="219"/>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/presentation.py" line="220"/>
        <source>Positive moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/presentation.py" line="221"/>
        <source>Actions</source>
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
        <location filename="../../cxdesigner/ui/printing.py" line="61"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/printing.py" line="68"/>
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
    <name>ProjectionDialog</name>
    <message>
        <location filename="../../cxdesigner/ui/projection_dialog.py" line="20"/>
        <source>&amp;Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/projection_dialog.py" line="21"/>
        <source>&amp;Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/projection_dialog.py" line="22"/>
        <source>In p&amp;rogress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/projection_dialog.py" line="23"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/projection_dialog.py" line="24"/>
        <source>Dr&amp;opped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/projection_dialog.py" line="31"/>
        <source>Projected Line of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/projection_dialog.py" line="33"/>
        <source>The projected line shows each persona&apos;s satisfaction once the chosen actions have their expected effects. Choose the actions by their status, and by date if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/projection_dialog.py" line="38"/>
        <source>Apply the actions that are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/projection_dialog.py" line="48"/>
        <source>Only those planned &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/projection_dialog.py" line="49"/>
        <source>Leave out actions planned later and those with no planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/projection_dialog.py" line="55"/>
        <source>Planned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/projection_dialog.py" line="66"/>
        <source>S&amp;witch Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/projection_dialog.py" line="67"/>
        <source>Take the projected line off the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/projection_dialog.py" line="90"/>
        <source>No status is ticked: the map shows no projected line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/projection_dialog.py" line="95"/>
        <source>%n action(s) with an expected effect will be applied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/projection_dialog.py" line="103"/>
        <source>Projected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/projection_dialog.py" line="103"/>
        <source>Switch off the projected line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingFields</name>
    <message>
        <location filename="../../cxdesigner/ui/rating_fields.py" line="17"/>
        <source>Assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/rating_fields.py" line="17"/>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/rating_fields.py" line="17"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/rating_fields.py" line="18"/>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
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
        <location filename="../../cxdesigner/ui/recovery_dialog.py" line="24"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/recovery_dialog.py" line="27"/>
        <source>CX Designer closed without saving this work. Recover it to go on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/recovery_dialog.py" line="30"/>
        <source>Unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/recovery_dialog.py" line="34"/>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/recovery_dialog.py" line="41"/>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/recovery_dialog.py" line="42"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/recovery_dialog.py" line="43"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/recovery_dialog.py" line="44"/>
        <source>Keep the copies and ask again at the next start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="399"/>
        <source>Review and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="400"/>
        <source>Nothing changes until you press Finish; Undo takes it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="404"/>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="407"/>
        <source>Keep the current rating where fewer than %1 people answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="412"/>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="412"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="412"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="413"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="413"/>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="448"/>
        <source>%1, %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="448"/>
        <source>%n respondent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="449"/>
        <source>%n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="450"/>
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="454"/>
        <source>Wave “%1”, fieldwork %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="456"/>
        <source>Wave “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="458"/>
        <source>Replaces the earlier import “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="461"/>
        <source>%n row(s) left out:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="475"/>
        <source>Fewer than %1 answers: read with care</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SatisfactionLine</name>
    <message>
        <location filename="../../cxdesigner/canvas/satisfaction.py" line="221"/>
        <source>%1 after the chosen actions</source>
        <extracomment>The projected line&apos;s dash pattern, in pen widths: longer than any persona&apos;s own pattern. ``(touchpoint id, persona id, value)`` -&gt; None Told as a story (presentation mode): the index of the last point drawn, None for the whole line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/satisfaction.py" line="229"/>
        <source>(assumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/satisfaction.py" line="234"/>
        <source>few answers: read with care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/satisfaction.py" line="236"/>
        <source>95% interval %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <location filename="../../cxdesigner/ui/template_dialogs.py" line="30"/>
        <location filename="../../cxdesigner/ui/template_dialogs.py" line="62"/>
        <source>Save as Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/template_dialogs.py" line="32"/>
        <source>New projects can start from this map, with its personas, channels, departments, lanes and everything on it. Survey answers and review comments stay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/template_dialogs.py" line="38"/>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/template_dialogs.py" line="39"/>
        <source>The name the start page shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/template_dialogs.py" line="41"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/template_dialogs.py" line="43"/>
        <source>Template description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/template_dialogs.py" line="44"/>
        <source>What the template is for; its first line shows on the start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/template_dialogs.py" line="47"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleGuide</name>
    <message>
        <location filename="../../cxdesigner/canvas/scale_guide.py" line="20"/>
        <source>%1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/scale_guide.py" line="22"/>
        <source>, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/scale_guide.py" line="105"/>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/scale_guide.py" line="105"/>
        <source>assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/scale_guide.py" line="124"/>
        <source>projected</source>
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
        <location filename="../../cxdesigner/canvas/gestures.py" line="62"/>
        <source>Move touchpoint</source>
        <extracomment>What a palette entry carries when dragged: the channel id as UTF-8 (empty for none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/canvas/gestures.py" line="62"/>
        <source>Move %n touchpoints</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="144"/>
        <source>Rename touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="162"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="163"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="167"/>
        <source>Clear rating of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="170"/>
        <source>Rate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="183"/>
        <source>Add Touchpoint Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="185"/>
        <source>Add Sticky Note Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="214"/>
        <location filename="../../cxdesigner/canvas/gestures.py" line="225"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="243"/>
        <source>This map shows no persona to rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="248"/>
        <source>%1 rated %2 here. Up and Down rate this persona; View &gt; Satisfaction Lines chooses another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="286"/>
        <source>Add a stage to this map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="54"/>
        <location filename="../../cxdesigner/canvas/gestures.py" line="291"/>
        <source>New touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeamMarker</name>
    <message>
        <location filename="../../cxdesigner/canvas/seams.py" line="25"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/seams.py" line="25"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/seams.py" line="25"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedFiles</name>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="44"/>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="44"/>
        <source>Every save of this file: name one, open it, restore it or compare with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="46"/>
        <source>Co&amp;mpare With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="46"/>
        <source>Show what differs from an earlier version or another file, on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="48"/>
        <source>&amp;Merge With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="48"/>
        <source>Bring in the changes of another copy of this file, or a colleague&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="50"/>
        <source>Save My &amp;Comments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="50"/>
        <source>Save the comments you wrote on this read-only file, for its owner to merge in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="52"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="52"/>
        <source>Your name, as versions and comments record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="139"/>
        <source>A conflicted copy of this file lies beside it: %1 (made by %2). Merge its changes in, or compare it with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="143"/>
        <source>%1&apos;s comments on this file lie beside it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="144"/>
        <source>A reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="151"/>
        <location filename="../../cxdesigner/ui/shared_files.py" line="155"/>
        <source>Move to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="152"/>
        <source>The changes of %1 are now in your document (save it to keep them). Move %1 to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="156"/>
        <source>%1 could not be moved to the trash; remove it yourself when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="175"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="177"/>
        <location filename="../../cxdesigner/ui/shared_files.py" line="238"/>
        <source>the version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="179"/>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="192"/>
        <source>The name is written into the file when it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="198"/>
        <location filename="../../cxdesigner/ui/shared_files.py" line="203"/>
        <source>Name This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="199"/>
        <source>%1 was changed on disk by someone else; save your document first, then name the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="211"/>
        <source>it is an earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="229"/>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="236"/>
        <location filename="../../cxdesigner/ui/shared_files.py" line="244"/>
        <location filename="../../cxdesigner/ui/shared_files.py" line="248"/>
        <source>Compare With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="245"/>
        <source>%1 holds only comments: bring them in with File &gt; Merge With….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="253"/>
        <source>Merge with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="275"/>
        <location filename="../../cxdesigner/ui/shared_files.py" line="289"/>
        <source>Save My Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="276"/>
        <source>You have written no comments on this file since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="281"/>
        <source>Save my comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/shared_files.py" line="291"/>
        <source>Your comments are saved in %1: its owner can merge them in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePanels</name>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="32"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="34"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="35"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="36"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="37"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="38"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="39"/>
        <source>Goals &amp;&amp; actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="40"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="41"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <location filename="../../cxdesigner/ui/stage_editor.py" line="25"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/stage_editor.py" line="26"/>
        <source>Right-click the stage&apos;s title on the map to add a stage before or after it, move it or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageGestures</name>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="29"/>
        <source>Add Touchpoint to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="31"/>
        <source>Rename Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="33"/>
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
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="62"/>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="63"/>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="73"/>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="76"/>
        <source>Rename stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="74"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="82"/>
        <source>Stage colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="84"/>
        <source>Recolour stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="93"/>
        <source>Delete the stage %1 with its %n touchpoint(s)? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="96"/>
        <source>Delete the stages %1 with their %n touchpoint(s)? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="99"/>
        <source>Delete stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/stage_gestures.py" line="108"/>
        <source>Delete stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="108"/>
        <source>&lt;h1&gt;CX Designer&lt;/h1&gt;&lt;p&gt;Map every contact your customers have with you, and how they feel at each one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="113"/>
        <source>&lt;b&gt;Start from a template&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="116"/>
        <source>The language the templates are written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="117"/>
        <source>Template language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="125"/>
        <source>Templates &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="137"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="146"/>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="148"/>
        <source>Open a project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="153"/>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="175"/>
        <source>%1 (your template: right-click to rename or delete it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="208"/>
        <source>Projects you open or save appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Story</name>
    <message>
        <location filename="../../cxdesigner/ui/story.py" line="47"/>
        <source>the lowest</source>
        <extracomment>What a screen read from the back of a room holds: longer texts are cut, longer lists shortened.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/story.py" line="49"/>
        <source>the highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/story.py" line="51"/>
        <source>dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/story.py" line="51"/>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/story.py" line="52"/>
        <source>satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/story.py" line="53"/>
        <source>%1 on a scale of %2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/story.py" line="61"/>
        <source>%1 · touchpoint %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/story.py" line="70"/>
        <source>not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/story.py" line="77"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/story.py" line="86"/>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyWizard</name>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="45"/>
        <source>Import survey</source>
        <extracomment>The score spin box&apos;s lowest value, shown as &quot;not placed&quot;: a label left off the scale.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/survey_wizard.py" line="74"/>
        <source>Import survey %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <location filename="../../cxdesigner/ui/table_import_dialog.py" line="32"/>
        <location filename="../../cxdesigner/ui/table_import_dialog.py" line="100"/>
        <source>Import Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/table_import_dialog.py" line="34"/>
        <source>Touchpoints, pain points and actions from %1. Items already on the map are matched by title and changed; the others are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/table_import_dialog.py" line="40"/>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/table_import_dialog.py" line="41"/>
        <source>The map the tables go into, or a new map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/table_import_dialog.py" line="44"/>
        <source>A new map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/table_import_dialog.py" line="46"/>
        <source>Import &amp;into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/table_import_dialog.py" line="50"/>
        <source>What the import changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/table_import_dialog.py" line="54"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/table_import_dialog.py" line="55"/>
        <source>Import as one step (Edit &gt; Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/table_import_dialog.py" line="76"/>
        <source>Into a new map &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/table_import_dialog.py" line="77"/>
        <source>Into the map &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/table_import_dialog.py" line="80"/>
        <source>Rows left out (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/table_import_dialog.py" line="92"/>
        <source>Import spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/table_import_dialog.py" line="93"/>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/table_import_dialog.py" line="109"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamLibrary</name>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="56"/>
        <source>No team library is chosen (File &gt; Team Library…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="60"/>
        <source>The team library is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamLibraryDialog</name>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="28"/>
        <source>CX Designer projects (*.cxd);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="69"/>
        <location filename="../../cxdesigner/ui/library_actions.py" line="105"/>
        <source>Team Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="71"/>
        <source>A team library is a project file on a shared drive. Its personas, channels and departments can be added to any project, updated and published from the panels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="81"/>
        <source>Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="82"/>
        <source>Choose the project file your team shares as its library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="84"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="85"/>
        <source>Use no team library; projects keep the items they copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="97"/>
        <source>No team library is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_actions.py" line="100"/>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamLibraryTemplates</name>
    <message>
        <location filename="../../cxdesigner/ui/library_templates.py" line="49"/>
        <source>&lt;b&gt;Team library&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_templates.py" line="62"/>
        <source>Team library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_templates.py" line="77"/>
        <source>The team library holds no maps yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_templates.py" line="83"/>
        <source>%1 (from the team library %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/library_templates.py" line="97"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDialogs</name>
    <message>
        <location filename="../../cxdesigner/ui/template_dialogs.py" line="72"/>
        <location filename="../../cxdesigner/ui/template_dialogs.py" line="75"/>
        <location filename="../../cxdesigner/ui/template_dialogs.py" line="83"/>
        <source>Rename template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/template_dialogs.py" line="76"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/template_dialogs.py" line="94"/>
        <location filename="../../cxdesigner/ui/template_dialogs.py" line="102"/>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/template_dialogs.py" line="94"/>
        <source>Delete the template “%1”? Projects made from it keep everything; the template cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/template_dialogs.py" line="110"/>
        <source>Save a copy of the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/template_dialogs.py" line="117"/>
        <source>CX Designer template (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/template_dialogs.py" line="123"/>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateList</name>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="78"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="79"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="81"/>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/start_page.py" line="82"/>
        <source>A file to send to colleagues: cxdesigner templates --install FILE adds it</source>
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
    <name>VersionsDialog</name>
    <message>
        <location filename="../../cxdesigner/ui/versions_dialog.py" line="39"/>
        <source>Compare With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/versions_dialog.py" line="39"/>
        <location filename="../../cxdesigner/ui/versions_dialog.py" line="48"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/versions_dialog.py" line="42"/>
        <source>Choose the version to compare this document with, or another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/versions_dialog.py" line="43"/>
        <source>Every save of this file, newest first. The content of named versions, of the last 30 days&apos; saves and of the last 10 saves is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/versions_dialog.py" line="54"/>
        <location filename="../../cxdesigner/ui/versions_dialog.py" line="59"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/versions_dialog.py" line="54"/>
        <source>Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/versions_dialog.py" line="56"/>
        <source>Name This Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/versions_dialog.py" line="59"/>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/versions_dialog.py" line="59"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/versions_dialog.py" line="76"/>
        <source> — this file as saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/versions_dialog.py" line="78"/>
        <source> — content no longer kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/versions_dialog.py" line="108"/>
        <source>Name This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/versions_dialog.py" line="108"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaveGhost</name>
    <message>
        <location filename="../../cxdesigner/canvas/wave_ghost.py" line="53"/>
        <source>Satisfaction in the survey wave %1 (every respondent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WavesSection</name>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="53"/>
        <source>Wave</source>
        <extracomment>Tints of a cell whose change is supported (light, so the text stays legible in either theme&apos;s table).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="53"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="53"/>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="55"/>
        <source>Survey waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="79"/>
        <source>Interval to aim for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="80"/>
        <source>The plus or minus the next survey&apos;s 95% intervals should stay within, on a 1 to 5 scale (carried onto the map&apos;s scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="83"/>
        <source>Interval to aim for (1–5 scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="87"/>
        <source>Next survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="106"/>
        <source>No survey yet: Map &gt; Import Survey… adds one; a survey imported with a wave label each time is compared here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/wave_insights.py" line="110"/>
        <source>%n wave(s), every respondent; ▲ ▼ mark supported changes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="114"/>
        <source>Journey NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="129"/>
        <source>Fieldwork %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/wave_insights.py" line="145"/>
        <source>Mean of %n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="148"/>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="165"/>
        <source>a supported change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="148"/>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="165"/>
        <source>not a supported change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="149"/>
        <source>%1 by %2 since %3: %4 (Welch&apos;s t = %5, df = %6, p = %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="150"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="150"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/wave_insights.py" line="162"/>
        <source>NPS of %n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="166"/>
        <source>%1 ± %2 points since %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="195"/>
        <source>%1: one answer so far, too few to plan from</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/wave_insights.py" line="197"/>
        <source>%1: enough (±%2 from %n answer(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/wave_insights.py" line="200"/>
        <source>%1: &lt;b&gt;%n more answer(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="201"/>
        <source>(%1 in all; ±%2 now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/wave_insights.py" line="203"/>
        <source>For 95% intervals of ±%1 on this map&apos;s scale:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../cxdesigner/render/pages.py" line="46"/>
        <source>landscape</source>
        <extracomment>No text on paper smaller than this, in points (``--min-font``). The smallest text a map draws, in points at 100% (the texts of ``canvas.text``; see ``scene_font``). Sheets offered, smallest first, when a map needs a larger one. A poster taller than this many sheets is no poster any more: refused.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pages.py" line="47"/>
        <source>portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pages.py" line="49"/>
        <source>“%1” would take more than %6 rows of %5 sheets to keep its text at %4 pt: choose larger sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pages.py" line="53"/>
        <source>“%1” needs %2 %3 or larger to keep its text at %4 pt or more on one page: choose %2, or a poster of %5 sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pages.py" line="57"/>
        <source>“%1” is too large for one page even on A0 %3 at %4 pt: make it a poster of %5 sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/render/pages.py" line="220"/>
        <source>row %1 of %2, sheet %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
