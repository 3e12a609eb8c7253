<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="35"/>
        <source>Show entries of stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="39"/>
        <source>Show goals of persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="49"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="49"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="59"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="68"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="86"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="88"/>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="100"/>
        <source>Expected effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="141"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="150"/>
        <source>All personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="155"/>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="168"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="214"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="217"/>
        <source>A goal needs a persona and a stage on this map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/annotations_panel.py" line="222"/>
        <source>Add a touchpoint to this map first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="36"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="36"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="45"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="47"/>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="49"/>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="118"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="56"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="60"/>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="97"/>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="97"/>
        <source>New department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="109"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="109"/>
        <source>%1 touchpoints use “%2”; they will have none. Delete it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="129"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/catalog_panel.py" line="130"/>
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
    <name>InsertMenu</name>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="48"/>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="56"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="39"/>
        <source>Select a touchpoint on the map to edit it here.</source>
        <extracomment>A refused edit: the model&apos;s sentence, for the status bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="52"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="60"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="61"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="62"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="64"/>
        <source>desktop, mobile, in person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="66"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="79"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="130"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="176"/>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="177"/>
        <source>Satisfaction of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="179"/>
        <source>Evidence for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/inspector.py" line="206"/>
        <source>Move touchpoint to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message>
        <location filename="../../cxdesigner/canvas/scene.py" line="177"/>
        <source>Move note</source>
        <extracomment>A refused gesture: a plain sentence for the status bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/scene.py" line="177"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanesDialog</name>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="17"/>
        <source>Lanes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="19"/>
        <source>Tick the lanes to show; drag them into the order you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="22"/>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/lanes_dialog.py" line="29"/>
        <source>A map always shows its touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="49"/>
        <source>Maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="105"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="107"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="113"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="114"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="116"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="119"/>
        <source>Show the whole map in miniature in the corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="122"/>
        <source>Satisfaction &amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="131"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="137"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="156"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="192"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="192"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/main_window.py" line="273"/>
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cxdesigner/ui/main_window.py" line="287"/>
        <source>Delete %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="306"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="317"/>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="333"/>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="344"/>
        <source>Cannot save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="348"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="356"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="357"/>
        <source>Save the changes to %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="384"/>
        <source>About CX Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/main_window.py" line="385"/>
        <source>&lt;h3&gt;CX Designer %1&lt;/h3&gt;&lt;p&gt;A desktop editor for customer experience maps.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapMenu</name>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="39"/>
        <source>Space Touchpoints by &amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="41"/>
        <source>Spread touchpoints by the time between them, so waits show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="62"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="69"/>
        <location filename="../../cxdesigner/ui/map_menu.py" line="71"/>
        <source>New map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="89"/>
        <source>Change lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="96"/>
        <source>Change spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="103"/>
        <location filename="../../cxdesigner/ui/map_menu.py" line="105"/>
        <source>Rename map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="103"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="112"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="114"/>
        <source>Duplicate map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="121"/>
        <source>Delete map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="122"/>
        <source>Delete the map “%1” with its %2 touchpoints? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapSettingsDialog</name>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="24"/>
        <location filename="../../cxdesigner/ui/map_settings.py" line="110"/>
        <source>Map settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="28"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="31"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="36"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="36"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="36"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="39"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="41"/>
        <source>Low end means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="42"/>
        <source>High end means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="43"/>
        <source>Convert existing ratings to the new scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="45"/>
        <source>Off: ratings keep their numbers, cut to the new ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="52"/>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="52"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_settings.py" line="52"/>
        <source>After</source>
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
    <name>Palette</name>
    <message>
        <location filename="../../cxdesigner/ui/palette.py" line="38"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/palette.py" line="39"/>
        <source>Drag onto the map to add a touchpoint where you drop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/palette.py" line="51"/>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/palette.py" line="56"/>
        <source>Drag onto the map: a touchpoint on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/palette.py" line="57"/>
        <source>Drag onto the map: a touchpoint</source>
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
        <location filename="../../cxdesigner/ui/personas_panel.py" line="69"/>
        <source>Shown on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="70"/>
        <source>Draw this persona&apos;s satisfaction line on the current map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="75"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="77"/>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="79"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="80"/>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="146"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="81"/>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="84"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="82"/>
        <source>Choose an image, or drop one on this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="87"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="89"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="143"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="163"/>
        <source>New persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="171"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="173"/>
        <source>Duplicate persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="184"/>
        <source>Delete persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="185"/>
        <source>Delete “%1”? Their %2 ratings and %3 goals go with them. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="201"/>
        <source>Persona colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="206"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="207"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/personas_panel.py" line="225"/>
        <source>That file is not an image CX Designer can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SceneGestures</name>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="122"/>
        <source>Rename touchpoint</source>
        <extracomment>What a palette entry carries when dragged: the channel id as UTF-8 (empty for none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="140"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="141"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="145"/>
        <source>Clear rating of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="148"/>
        <source>Rate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="161"/>
        <source>This map shows no persona to rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="206"/>
        <source>Add a stage to this map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/canvas/gestures.py" line="209"/>
        <source>New touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePanels</name>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="27"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="29"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="30"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="31"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="32"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="33"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/side_panels.py" line="34"/>
        <source>Goals &amp;&amp; actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <location filename="../../cxdesigner/ui/stage_editor.py" line="26"/>
        <source>Stage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/stage_editor.py" line="28"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/stage_editor.py" line="31"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/stage_editor.py" line="33"/>
        <location filename="../../cxdesigner/ui/stage_editor.py" line="57"/>
        <source>Stage colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/stage_editor.py" line="35"/>
        <source>Colour</source>
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
    <name>TitleField</name>
    <message>
        <location filename="../../cxdesigner/canvas/title_editor.py" line="20"/>
        <source>Touchpoint title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../cxdesigner/ui/insert_menu.py" line="15"/>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxdesigner/ui/map_menu.py" line="21"/>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
