<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="38" />
            <source>File format</source>
            <translation>Dateiformat</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="48" />
            <source>About CX Designer</source>
            <translation>Über CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="52" />
            <source>&lt;h2&gt;CX Designer %1&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;CX Designer %1&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="53" />
            <source>A desktop editor for customer experience maps.</source>
            <translation>Ein Desktop-Editor für Customer Journey Maps.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="61" />
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="62" />
            <source>Licence: &lt;a href="%1"&gt;%2&lt;/a&gt;</source>
            <translation>Lizenz: &lt;a href="%1"&gt;%2&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="78" />
            <source>Copy Versions</source>
            <translation>Versionen kopieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="79" />
            <source>Copy the versions, for a bug report</source>
            <translation>Die Versionen kopieren, für einen Fehlerbericht</translation>
        </message>
    </context>
    <context>
        <name>AccessibleNames</name>
        <message>
            <location filename="../../cxdesigner/ui/accessible_names.py" line="29" />
            <source>Panel tabs</source>
            <translation>Bereichsreiter</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/accessible_names.py" line="32" />
            <source>Chart</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/accessible_names.py" line="36" />
            <source>%1 panel</source>
            <translation>Bereich %1</translation>
        </message>
    </context>
    <context>
        <name>AnnotationEditor</name>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="44" />
            <source>Show entries of stage</source>
            <extracomment>The one touchpoint selected on the map: where a new entry goes.</extracomment>
            <translation>Einträge der Phase zeigen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="48" />
            <source>Show goals of persona</source>
            <translation>Ziele der Persona zeigen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="68" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="75" />
            <source>1 minor … 5 blocking</source>
            <translation>1 gering … 5 blockierend</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="79" />
            <source>not set</source>
            <translation>nicht gesetzt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="81" />
            <source>The change of satisfaction this action should bring, in the map's scale</source>
            <translation>Die Veränderung der Zufriedenheit, die diese Maßnahme bringen soll, in der Skala der Map</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="105" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="106" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="107" />
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="109" />
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="110" />
            <source>Evidence</source>
            <translation>Beleg</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="111" />
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="240" />
            <source>Touchpoints</source>
            <translation>Kontaktpunkte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="113" />
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="115" />
            <source>Touchpoint</source>
            <translation>Kontaktpunkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="115" />
            <source>Pain point</source>
            <translation>Schmerzpunkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="116" />
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="116" />
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="116" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="119" />
            <source>Resources we have</source>
            <translation>Vorhandene Ressourcen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="120" />
            <source>Resources needed</source>
            <translation>Benötigte Ressourcen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="124" />
            <source>Expected effect</source>
            <translation>Erwartete Wirkung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="157" />
            <source>All stages</source>
            <translation>Alle Phasen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="166" />
            <source>All personas</source>
            <translation>Alle Personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="178" />
            <source>(no text)</source>
            <translation>(kein Text)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="201" />
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="240" />
            <source>Stages</source>
            <translation>Phasen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="266" />
            <source>New entry</source>
            <translation>Neuer Eintrag</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="269" />
            <source>A goal needs a persona and a stage on this map.</source>
            <translation>Ein Ziel braucht eine Persona und eine Phase auf dieser Map.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="275" />
            <source>Add a touchpoint to this map first.</source>
            <translation>Fügen Sie dieser Map zuerst einen Kontaktpunkt hinzu.</translation>
        </message>
    </context>
    <context>
        <name>AnnotationsPanel</name>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="308" />
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="308" />
            <source>Pain points</source>
            <translation>Schmerzpunkte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="308" />
            <source>Positive</source>
            <translation>Positives</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="309" />
            <source>Actions</source>
            <translation>Maßnahmen</translation>
        </message>
    </context>
    <context>
        <name>CatalogEditor</name>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="36" />
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="36" />
            <source>Departments</source>
            <translation>Abteilungen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="52" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="56" />
            <source>Icon</source>
            <translation>Symbol</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="92" />
            <source>New channel</source>
            <translation>Neuer Kanal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="92" />
            <source>New department</source>
            <translation>Neue Abteilung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="106" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="106" />
            <source>%n touchpoint(s) use “%1”; they will have none. Delete it?</source>
            <translation>
                <numerusform>%n Kontaktpunkt nutzt „%1“ und hat danach keinen. Löschen?</numerusform>
                <numerusform>%n Kontaktpunkte nutzen „%1“ und haben danach keinen. Löschen?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatalogPanel</name>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="119" />
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="120" />
            <source>Departments</source>
            <translation>Abteilungen</translation>
        </message>
    </context>
    <context>
        <name>CellFields</name>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="27" />
            <source>Angry</source>
            <translation>Verärgert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="27" />
            <source>Unhappy</source>
            <translation>Unzufrieden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="27" />
            <source>Neutral</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="28" />
            <source>Content</source>
            <translation>Zufrieden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="28" />
            <source>Delighted</source>
            <translation>Begeistert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="144" />
            <source>no value</source>
            <extracomment>Every field, Clear buttons too, top to bottom: the order Tab goes through them.</extracomment>
            <translation>kein Wert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="145" />
            <source>A number (in %1)</source>
            <translation>Eine Zahl (in %1)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="146" />
            <source>A number</source>
            <translation>Eine Zahl</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="157" />
            <source>From the rating</source>
            <translation>Aus der Bewertung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="160" />
            <source>The face shown; until one is chosen it follows the rating</source>
            <translation>Das gezeigte Gesicht; bis eines gewählt ist, folgt es der Bewertung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="163" />
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="178" />
            <source>Choose a picture, or drop one here</source>
            <translation>Bild wählen oder hier ablegen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="179" />
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="180" />
            <source>Clear %1</source>
            <translation>%1 leeren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="194" />
            <source>Choose a picture</source>
            <translation>Bild wählen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="195" />
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="223" />
            <source>Edit %1</source>
            <translation>%1 bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>Choices</name>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="14" />
            <source>Assumption</source>
            <translation>Annahme</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="14" />
            <source>assumption</source>
            <translation>Annahme</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="15" />
            <source>Survey</source>
            <translation>Umfrage</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="15" />
            <source>survey</source>
            <translation>Umfrage</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="16" />
            <source>Interview</source>
            <translation>Interview</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="16" />
            <source>interview</source>
            <translation>Interview</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="17" />
            <source>Analytics</source>
            <translation>Analytics</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="17" />
            <source>analytics</source>
            <translation>Analytics</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="18" />
            <source>Digital</source>
            <translation>Digital</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="18" />
            <source>digital</source>
            <translation>digital</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="19" />
            <source>Physical</source>
            <translation>Physisch</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="19" />
            <source>physical</source>
            <translation>physisch</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="20" />
            <source>Human</source>
            <translation>Persönlich</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="20" />
            <source>human</source>
            <translation>persönlich</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="21" />
            <source>Low</source>
            <translation>Niedrig</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="21" />
            <source>low</source>
            <translation>niedrige</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="22" />
            <source>Medium</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="22" />
            <source>medium</source>
            <translation>mittlere</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="23" />
            <source>High</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="23" />
            <source>high</source>
            <translation>hohe</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="24" />
            <source>Critical</source>
            <translation>Kritisch</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="24" />
            <source>critical</source>
            <translation>kritische</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="25" />
            <source>Idea</source>
            <translation>Idee</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="25" />
            <source>idea</source>
            <translation>Idee</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="26" />
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="26" />
            <source>planned</source>
            <translation>geplant</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="27" />
            <source>In progress</source>
            <translation>In Arbeit</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="27" />
            <source>in progress</source>
            <translation>in Arbeit</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="28" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="28" />
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="29" />
            <source>Dropped</source>
            <translation>Verworfen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="29" />
            <source>dropped</source>
            <translation>verworfen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="30" />
            <source>Angry</source>
            <translation>Verärgert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="30" />
            <source>angry</source>
            <translation>verärgert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="31" />
            <source>Unhappy</source>
            <translation>Unzufrieden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="31" />
            <source>unhappy</source>
            <translation>unzufrieden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="32" />
            <source>Neutral</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="32" />
            <source>neutral</source>
            <translation>neutral</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="33" />
            <source>Content</source>
            <translation>Zufrieden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="33" />
            <source>content</source>
            <translation>zufrieden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="34" />
            <source>Delighted</source>
            <translation>Begeistert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="34" />
            <source>delighted</source>
            <translation>begeistert</translation>
        </message>
    </context>
    <context>
        <name>ClipboardActions</name>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="23" />
            <source>Cu&amp;t</source>
            <translation>&amp;Ausschneiden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="23" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="23" />
            <source>&amp;Paste</source>
            <translation>E&amp;infügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="24" />
            <source>Move the selected touchpoints</source>
            <translation>Die ausgewählten Kontaktpunkte verschieben</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="25" />
            <source>Copy the selected touchpoints</source>
            <translation>Die ausgewählten Kontaktpunkte kopieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="26" />
            <source>Paste touchpoints here</source>
            <translation>Kontaktpunkte hier einfügen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="50" />
            <source>Cut %n touchpoints</source>
            <translation>
                <numerusform>%n Kontaktpunkt ausschneiden</numerusform>
                <numerusform>%n Kontaktpunkte ausschneiden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="57" />
            <source>The clipboard holds no touchpoints.</source>
            <translation>Die Zwischenablage enthält keine Kontaktpunkte.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="61" />
            <source>Add a stage to this map first.</source>
            <translation>Fügen Sie dieser Map zuerst eine Phase hinzu.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="82" />
            <source>Paste %n touchpoints</source>
            <translation>
                <numerusform>%n Kontaktpunkt einfügen</numerusform>
                <numerusform>%n Kontaktpunkte einfügen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="95" />
            <source>Add %1</source>
            <extracomment>``QUndoCommand.id()`` values for commands that merge.</extracomment>
            <translation>%1 hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="112" />
            <source>Delete %1</source>
            <translation>%1 löschen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="136" />
            <source>Edit %1</source>
            <translation>%1 bearbeiten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="185" />
            <source>Move %1</source>
            <translation>%1 verschieben</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="210" />
            <source>Move touchpoints</source>
            <translation>Kontaktpunkte verschieben</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="237" />
            <source>Clear rating</source>
            <translation>Bewertung entfernen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="237" />
            <source>Set rating</source>
            <translation>Bewerten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="277" />
            <source>Clear target</source>
            <translation>Zielwert entfernen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="277" />
            <source>Set target</source>
            <translation>Zielwert setzen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="305" />
            <source>Change scale</source>
            <translation>Skala ändern</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="331" />
            <source>Show persona on map</source>
            <translation>Persona auf der Map zeigen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="348" />
            <source>Remove persona from map</source>
            <translation>Persona von der Map nehmen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="367" />
            <source>goal</source>
            <extracomment>Each kind of item in menu words ("Add pain point"), and labels other layers push with.</extracomment>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="367" />
            <source>pain point</source>
            <translation>Schmerzpunkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="368" />
            <source>positive moment</source>
            <translation>positiven Moment</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="369" />
            <source>action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="369" />
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="370" />
            <source>channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="371" />
            <source>department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="372" />
            <source>comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="372" />
            <source>stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="373" />
            <source>touchpoint</source>
            <translation>Kontaktpunkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="374" />
            <source>lane</source>
            <translation>Bahn</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="374" />
            <source>cell</source>
            <translation>Zelle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="375" />
            <source>map</source>
            <translation>Map</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="375" />
            <source>persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="376" />
            <source>project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="377" />
            <source>survey</source>
            <translation>Umfrage</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="378" />
            <source>Apply survey ratings</source>
            <translation>Umfragebewertungen übernehmen</translation>
        </message>
    </context>
    <context>
        <name>CommentBadge</name>
        <message>
            <location filename="../../cxdesigner/canvas/comment_badges.py" line="37" />
            <source>%1 comments, %2 open: click to read them</source>
            <translation>%1 Kommentare, %2 offen: zum Lesen klicken</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="36" />
            <source>Show resolved</source>
            <extracomment>A thread was clicked: the id of what it is about, to show on the map.</extracomment>
            <translation>Erledigte zeigen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="40" />
            <source>Comments</source>
            <translation>Kommentare</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="50" />
            <source>Comment text</source>
            <translation>Kommentartext</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="51" />
            <source>Write a comment or a reply…</source>
            <translation>Kommentar oder Antwort schreiben…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="56" />
            <source>Comment</source>
            <translation>Kommentieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="57" />
            <source>Reply</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="58" />
            <location filename="../../cxdesigner/ui/comments_panel.py" line="180" />
            <source>Resolve</source>
            <translation>Erledigen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="59" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="98" />
            <source>something removed</source>
            <translation>etwas Entferntes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="101" />
            <source>the map</source>
            <translation>die Map</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="102" />
            <source>stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="102" />
            <source>touchpoint</source>
            <translation>Kontaktpunkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="102" />
            <source>pain point</source>
            <translation>Schmerzpunkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="103" />
            <source>action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="111" />
            <source>New comments go on %1.</source>
            <translation>Neue Kommentare gehen an %1.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="180" />
            <source>Reopen</source>
            <translation>Wieder öffnen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="196" />
            <source>Add comment</source>
            <translation>Kommentar hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="200" />
            <source>Reply to comment</source>
            <translation>Auf Kommentar antworten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="209" />
            <source>Reopen comment</source>
            <translation>Kommentar wieder öffnen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="209" />
            <source>Resolve comment</source>
            <translation>Kommentar erledigen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="214" />
            <source>Delete comment</source>
            <translation>Kommentar löschen</translation>
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="111" />
            <source>Differences</source>
            <translation>Unterschiede</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="116" />
            <source>Previous</source>
            <translation>Vorheriger</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="116" />
            <source>Next</source>
            <translation>Nächster</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="120" />
            <source>End Comparison</source>
            <translation>Vergleich beenden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="124" />
            <source>Comparison</source>
            <translation>Vergleich</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/compare_mode.py" line="131" />
            <source>From %1 to this document: %n difference(s).</source>
            <translation>
                <numerusform>Von %1 zu diesem Dokument: %n Unterschied.</numerusform>
                <numerusform>Von %1 zu diesem Dokument: %n Unterschiede.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="133" />
            <source>This document and %1 hold the same project.</source>
            <translation>Dieses Dokument und %1 enthalten dasselbe Projekt.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="24" />
            <source>after %1</source>
            <translation>nach %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="24" />
            <source>first</source>
            <translation>zuerst</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="27" />
            <source>taken off</source>
            <translation>entfernt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="27" />
            <source>kept</source>
            <translation>behalten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="28" />
            <source>removed</source>
            <translation>gelöscht</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="28" />
            <source>kept, with its changes</source>
            <translation>behalten, mit seinen Änderungen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="52" />
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="52" />
            <source>Mine</source>
            <translation>Meine</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="53" />
            <source>Theirs</source>
            <translation>Ihre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="57" />
            <source>Keep mine</source>
            <translation>Meine behalten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="58" />
            <source>Keep theirs</source>
            <translation>Ihre behalten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="59" />
            <source>My own:</source>
            <translation>Eigener Wert:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="61" />
            <source>My own value</source>
            <translation>Mein eigener Wert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="75" />
            <source>Previous</source>
            <translation>Vorheriger</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="76" />
            <source>Next</source>
            <translation>Nächster</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="84" />
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="93" />
            <source>Conflict %1 of %2</source>
            <translation>Konflikt %1 von %2</translation>
        </message>
    </context>
    <context>
        <name>CopiesBar</name>
        <message>
            <location filename="../../cxdesigner/ui/copies_bar.py" line="33" />
            <source>Copies beside this file</source>
            <translation>Kopien neben dieser Datei</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/copies_bar.py" line="41" />
            <source>Compare</source>
            <translation>Vergleichen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/copies_bar.py" line="42" />
            <source>Ignore</source>
            <translation>Ignorieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/copies_bar.py" line="66" />
            <source>Merge It In</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/copies_bar.py" line="66" />
            <source>Merge Them In</source>
            <translation>Alle übernehmen</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <location filename="../../cxdesigner/editor/document.py" line="65" />
            <source>the file is read-only</source>
            <extracomment>The stamp of a file whose state when the work began is not known: it never matches a file on disk.</extracomment>
            <translation>die Datei ist schreibgeschützt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/document.py" line="67" />
            <source>its folder is read-only</source>
            <translation>ihr Ordner ist schreibgeschützt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/document.py" line="137" />
            <location filename="../../cxdesigner/editor/document.py" line="166" />
            <source>you opened it read-only</source>
            <extracomment>Every model event, as the model emitted it. The modified flag flipped (for the ``*`` in the title). The file path changed (Save As, first save). Undo or redo walked the stack (not a new edit): the ids its steps are about, to show them. ``try_push`` was refused: the model's one plain sentence, for the user. ``project`` is another object now (a version restored, a merge): views start again from it. The file as read or last saved: saving over a file someone else changed is refused. Why Save must go elsewhere (Save As), or None when the file may be written. A sentence to tell before the first save (an older file format is upgraded). Keep the replaced file as ``NAME.cxd.bak`` on each save. The file's revisions; each save adds one. Who saves and comments (``None``: the login name). What the window calls the document instead of its file's name (an earlier version).</extracomment>
            <translation>Sie haben sie schreibgeschützt geöffnet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/document.py" line="224" />
            <source>%1 is open read-only (%2): use Save As to keep your changes in another file.</source>
            <translation>%1 ist schreibgeschützt geöffnet (%2): Speichern Sie Ihre Änderungen mit „Speichern unter“ in einer anderen Datei.</translation>
        </message>
    </context>
    <context>
        <name>EarlierWave</name>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="25" />
            <source>Earlier Survey &amp;Wave</source>
            <translation>Frühere Umfrage&amp;welle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="77" />
            <source>No map</source>
            <translation>Keine Map</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="81" />
            <source>&amp;None</source>
            <translation>&amp;Keine</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="87" />
            <source>No survey waves yet: Map &gt; Import Survey…</source>
            <translation>Noch keine Umfragewellen: Map &gt; Umfrage importieren…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="93" />
            <source>Fieldwork %1</source>
            <translation>Feldzeit %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorGuard</name>
        <message>
            <location filename="../../cxdesigner/ui/error_guard.py" line="91" />
            <source>CX Designer</source>
            <translation>CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/error_guard.py" line="92" />
            <source>Something went wrong inside CX Designer. You can go on working.</source>
            <translation>In CX Designer ist etwas schiefgegangen. Sie können weiterarbeiten.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/error_guard.py" line="96" />
            <source>Your unsaved work was copied to a recovery file.</source>
            <translation>Ihre ungespeicherte Arbeit wurde in eine Wiederherstellungsdatei kopiert.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/error_guard.py" line="98" />
            <source>The details are also in %1.</source>
            <translation>Die Einzelheiten stehen auch in %1.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="26" />
            <source>PDF document</source>
            <translation>PDF-Dokument</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="27" />
            <source>Stakeholder pack (PDF)</source>
            <translation>Paket für Beteiligte (PDF)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="28" />
            <source>SVG drawing</source>
            <translation>SVG-Zeichnung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="28" />
            <source>PNG image</source>
            <translation>PNG-Bild</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="29" />
            <source>CSV tables (spreadsheets)</source>
            <translation>CSV-Tabellen (Tabellenkalkulation)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="30" />
            <source>Excel workbook (a sheet per table)</source>
            <translation>Excel-Arbeitsmappe (ein Blatt pro Tabelle)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="31" />
            <source>JSON (whole project)</source>
            <translation>JSON (ganzes Projekt)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="32" />
            <source>Mermaid journey text</source>
            <translation>Mermaid-Journey-Text</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="33" />
            <source>Interactive map (HTML)</source>
            <translation>Interaktive Map (HTML)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="46" />
            <location filename="../../cxdesigner/ui/export_dialog.py" line="156" />
            <location filename="../../cxdesigner/ui/export_dialog.py" line="294" />
            <location filename="../../cxdesigner/ui/export_dialog.py" line="313" />
            <source>Export</source>
            <extracomment>The choices of the Format list that write a PDF: the map itself, or the stakeholder pack.</extracomment>
            <translation>Exportieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="56" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="59" />
            <source>Maps to export</source>
            <translation>Zu exportierende Maps</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="66" />
            <source>Maps</source>
            <translation>Maps</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="69" />
            <source>Add a summary of the journey scores</source>
            <translation>Eine Übersicht der Journey-Kennzahlen hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="70" />
            <source>Each persona's mean satisfaction, peak-end score, NPS, weakest touchpoint and biggest drop, under the map</source>
            <translation>Mittlere Zufriedenheit, Peak-End-Wert, NPS, schwächster Kontaktpunkt und größter Einbruch jeder Persona, unter der Map</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="74" />
            <source>Add the review comments as an appendix</source>
            <translation>Die Review-Kommentare als Anhang beifügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="75" />
            <source>Every comment thread of the map, with its replies, open or resolved, after the insights</source>
            <translation>Jeder Kommentarverlauf der Map mit seinen Antworten, offen oder erledigt, nach der Auswertung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="79" />
            <source>All maps in one PDF</source>
            <translation>Alle Maps in einem PDF</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="82" />
            <source>Recorded in the PDF</source>
            <translation>Im PDF vermerkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="92" />
            <source>Make a Poster</source>
            <translation>Als Poster</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="93" />
            <source>Tile the map over several sheets of this paper, text kept legible</source>
            <translation>Die Map auf mehrere Blätter dieses Papiers verteilen, der Text bleibt lesbar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="104" />
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="107" />
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="114" />
            <source>Transparent background</source>
            <translation>Transparenter Hintergrund</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="116" />
            <source>Resolution</source>
            <translation>Auflösung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="118" />
            <source>Image</source>
            <translation>Bild</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="120" />
            <source>Byte-order mark, for Excel</source>
            <translation>Byte-Order-Mark, für Excel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="122" />
            <source>Lets spreadsheet programs recognise the UTF-8 text</source>
            <translation>Damit Tabellenprogramme den UTF-8-Text erkennen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="123" />
            <source>Tables</source>
            <translation>Tabellen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="127" />
            <source>Left out</source>
            <translation>Ausgelassen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="131" />
            <location filename="../../cxdesigner/ui/export_dialog.py" line="284" />
            <source>Export to</source>
            <translation>Exportieren nach</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="134" />
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="139" />
            <source>Save as</source>
            <translation>Speichern als</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="149" />
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="238" />
            <source>No preview for this format</source>
            <translation>Keine Vorschau für dieses Format</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="248" />
            <source>Too small to read on this sheet</source>
            <translation>Zu klein, um auf diesem Blatt lesbar zu sein</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/export_dialog.py" line="252" />
            <source>%n sheet(s) for this map</source>
            <translation>
                <numerusform>%n Blatt für diese Map</numerusform>
                <numerusform>%n Blätter für diese Map</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="262" />
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 Pixel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="275" />
            <source>Use %1</source>
            <translation>%1 verwenden</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/export_dialog.py" line="294" />
            <source>Replace %n existing file(s)?</source>
            <translation>
                <numerusform>%n vorhandene Datei ersetzen?</numerusform>
                <numerusform>%n vorhandene Dateien ersetzen?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="297" />
            <source>Exporting…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="297" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <location filename="../../cxdesigner/render/summary.py" line="20" />
            <source>Persona</source>
            <extracomment>The heading row: the same names the Insights panel and docs/insights.md give the figures.</extracomment>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="28" />
            <source>Measured rating</source>
            <translation>Gemessene Bewertung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="29" />
            <source>The mean of the survey scores given to a touchpoint by the respondents of a persona, converted to the map's scale, with the number of answers, their standard deviation and the 95% confidence interval of the mean.</source>
            <translation>Der Mittelwert der Umfragewerte, die die Befragten einer Persona einem Kontaktpunkt gegeben haben, umgerechnet auf die Skala der Map, mit der Zahl der Antworten, ihrer Standardabweichung und dem 95-%-Konfidenzintervall des Mittelwerts.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="33" />
            <source>95% confidence interval</source>
            <translation>95-%-Konfidenzintervall</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="34" />
            <source>The mean plus or minus Student's t quantile (97.5%, n - 1 degrees of freedom) times the standard deviation divided by the square root of n: the range that holds the true mean in 95 of 100 surveys like this one.</source>
            <translation>Der Mittelwert plus oder minus das t-Quantil nach Student (97,5 %, n - 1 Freiheitsgrade) mal die Standardabweichung geteilt durch die Quadratwurzel aus n: der Bereich, der in 95 von 100 solchen Umfragen den wahren Mittelwert enthält.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="38" />
            <source>Few answers</source>
            <translation>Wenige Antworten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="39" />
            <source>A measured rating that rests on fewer answers than the threshold (10 unless set otherwise), so that its interval is wide and it should be read with care.</source>
            <translation>Eine gemessene Bewertung, die auf weniger Antworten als dem Schwellenwert beruht (10, sofern nicht anders eingestellt), sodass ihr Intervall breit ist und sie mit Vorsicht zu lesen ist.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="42" />
            <source>Net Promoter Score</source>
            <translation>Net Promoter Score</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="43" />
            <source>The percentage of promoters (answers of 9 or 10 to the 0-10 recommendation question) minus the percentage of detractors (answers of 0 to 6), from -100 to +100.</source>
            <translation>Der Anteil der Promotoren (Antworten 9 oder 10 auf die Empfehlungsfrage von 0 bis 10) minus der Anteil der Detraktoren (Antworten 0 bis 6), von -100 bis +100.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="46" />
            <source>NPS margin of error</source>
            <translation>Fehlerspanne des NPS</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="47" />
            <source>1.96 times the standard error of the answers coded +1 for a promoter, 0 for a passive and -1 for a detractor, times 100: the NPS lies within this many points of the true one with 95% confidence.</source>
            <translation>1,96 mal der Standardfehler der Antworten, kodiert mit +1 für Promotoren, 0 für Passive und -1 für Detraktoren, mal 100: Der NPS liegt mit 95 % Sicherheit höchstens so viele Punkte vom wahren Wert entfernt.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="50" />
            <source>Mean satisfaction</source>
            <translation>Mittlere Zufriedenheit</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="51" />
            <source>The average of a persona's ratings over every rated touchpoint of the map, each touchpoint counting once.</source>
            <translation>Der Durchschnitt der Bewertungen einer Persona über alle bewerteten Kontaktpunkte der Map, jeder Kontaktpunkt einmal gezählt.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="53" />
            <source>Stage means</source>
            <translation>Mittelwerte je Phase</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="54" />
            <source>The average of a persona's ratings over the rated touchpoints of each stage.</source>
            <translation>Der Durchschnitt der Bewertungen einer Persona über die bewerteten Kontaktpunkte jeder Phase.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="56" />
            <source>Weakest touchpoints</source>
            <translation>Schwächste Kontaktpunkte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="57" />
            <source>The rated touchpoints with the lowest satisfaction for a persona, lowest first.</source>
            <translation>Die bewerteten Kontaktpunkte mit der niedrigsten Zufriedenheit einer Persona, der niedrigste zuerst.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="59" />
            <source>Strongest touchpoints</source>
            <translation>Stärkste Kontaktpunkte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="60" />
            <source>The rated touchpoints with the highest satisfaction for a persona, highest first.</source>
            <translation>Die bewerteten Kontaktpunkte mit der höchsten Zufriedenheit einer Persona, der höchste zuerst.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="62" />
            <source>Peak-end score</source>
            <translation>Peak-End-Wert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="63" />
            <source>The mean of the most intense moment (the rating furthest from the middle of the scale, the earlier of equals) and the last rated touchpoint, since people judge an experience mostly by its peak and its end.</source>
            <translation>Der Mittelwert aus dem intensivsten Moment (der Bewertung, die am weitesten von der Mitte der Skala entfernt ist, bei Gleichstand die frühere) und dem zuletzt bewerteten Kontaktpunkt, da Menschen ein Erlebnis vor allem nach seinem Höhepunkt und seinem Ende beurteilen.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="66" />
            <source>Biggest drops</source>
            <translation>Größte Einbrüche</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="67" />
            <source>The largest falls in satisfaction from one rated touchpoint to the next rated one, largest first.</source>
            <translation>Die stärksten Rückgänge der Zufriedenheit von einem bewerteten Kontaktpunkt zum nächsten, der stärkste zuerst.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="69" />
            <source>Persona comparison</source>
            <translation>Persona-Vergleich</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="70" />
            <source>Each persona's rating at every touchpoint side by side, with each persona's mean satisfaction and, at each touchpoint, the difference between the highest and the lowest persona.</source>
            <translation>Die Bewertung jeder Persona an jedem Kontaktpunkt nebeneinander, mit der mittleren Zufriedenheit jeder Persona und an jedem Kontaktpunkt dem Abstand zwischen höchster und niedrigster Persona.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="73" />
            <source>Gaps</source>
            <translation>Brüche</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="74" />
            <source>A seam between two consecutive touchpoints where the customer switches channel, device or department, with the change in each persona's satisfaction across it.</source>
            <translation>Eine Naht zwischen zwei aufeinanderfolgenden Kontaktpunkten, an der der Kunde Kanal, Gerät oder Abteilung wechselt, mit der Veränderung der Zufriedenheit jeder Persona darüber hinweg.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="77" />
            <source>Gap to target</source>
            <translation>Abstand zum Ziel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="78" />
            <source>The target satisfaction minus the current rating at a touchpoint: how far it still has to rise, negative when it already does better than its target.</source>
            <translation>Die Zielzufriedenheit minus die aktuelle Bewertung an einem Kontaktpunkt: wie weit sie noch steigen muss, negativ, wenn sie ihr Ziel schon übertrifft.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="81" />
            <source>Survey waves</source>
            <translation>Umfragewellen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="82" />
            <source>Each touchpoint's mean survey score and NPS in every wave of the map's surveys, with their 95% intervals, and an arrow only where the change from the wave before is statistically supported.</source>
            <translation>Mittlerer Umfragewert und NPS jedes Kontaktpunkts in jeder Welle der Umfragen der Map, mit ihren 95-%-Intervallen, und ein Pfeil nur dort, wo die Änderung gegenüber der vorigen Welle statistisch gestützt ist.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="85" />
            <source>Supported change</source>
            <translation>Gestützte Änderung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="86" />
            <source>A change between two consecutive waves that is unlikely to come from sampling alone: for a mean, Welch's two-sided t test at 95% (unequal variances, Welch-Satterthwaite degrees of freedom) has p under 0.05; for an NPS, the difference is larger than its margin of error, 1.96 times the square root of the sum of both scores' squared standard errors.</source>
            <translation>Eine Änderung zwischen zwei aufeinanderfolgenden Wellen, die kaum allein aus der Stichprobe stammt: für einen Mittelwert hat Welchs zweiseitiger t-Test bei 95 % (ungleiche Varianzen, Freiheitsgrade nach Welch-Satterthwaite) p unter 0,05; für einen NPS ist die Differenz größer als ihre Fehlermarge, das 1,96-Fache der Quadratwurzel der Summe der quadrierten Standardfehler beider Werte.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="91" />
            <source>Next survey</source>
            <translation>Nächste Umfrage</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="92" />
            <source>For each touchpoint, the answers its next survey needs for a 95% interval no wider than the chosen plus or minus (0.5 on a 1 to 5 scale unless set, carried onto the map's scale), from the spread in the latest wave that asked about it, and how many more that is than that wave had.</source>
            <translation>Für jeden Kontaktpunkt die Antworten, die seine nächste Umfrage für ein 95-%-Intervall braucht, das nicht breiter ist als das gewählte Plus-minus (0,5 auf einer Skala von 1 bis 5, sofern nicht anders eingestellt, auf die Skala der Map übertragen), aus der Streuung der letzten Welle, die danach fragte, und wie viele mehr das sind, als diese Welle hatte.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="96" />
            <source>Projected mean</source>
            <translation>Prognostizierter Mittelwert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="97" />
            <source>The mean satisfaction the persona would have once the actions chosen for the projected line have their expected effects, each touchpoint's rating plus the effects of the actions acting on it, held within the scale.</source>
            <translation>Die mittlere Zufriedenheit, die die Persona hätte, sobald die für die Prognoselinie gewählten Maßnahmen ihre erwartete Wirkung haben: die Bewertung jedes Kontaktpunkts plus die Wirkungen der Maßnahmen, die auf ihn wirken, innerhalb der Skala gehalten.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="101" />
            <source>Projected peak-end</source>
            <translation>Prognostizierter Peak-End-Wert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="102" />
            <source>The peak-end score of the projected line: the same measure taken on the ratings the chosen actions are expected to bring.</source>
            <translation>Der Peak-End-Wert der Prognoselinie: dasselbe Maß, berechnet auf den Bewertungen, die die gewählten Maßnahmen erwarten lassen.</translation>
        </message>
    </context>
    <context>
        <name>FileLifecycle</name>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="57" />
            <source>New project</source>
            <translation>Neues Projekt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="62" />
            <source>Open project</source>
            <translation>Projekt öffnen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="86" />
            <source>Cannot open project</source>
            <translation>Projekt kann nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="102" />
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="111" />
            <source>Recover unsaved work</source>
            <translation>Ungespeicherte Arbeit wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="124" />
            <source>File in use</source>
            <translation>Datei in Verwendung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="126" />
            <source>Open it read-only, or open it for editing anyway if they no longer have it open.</source>
            <translation>Öffnen Sie sie schreibgeschützt, oder trotzdem zum Bearbeiten, falls sie dort nicht mehr geöffnet ist.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="128" />
            <source>Open Read-Only</source>
            <translation>Schreibgeschützt öffnen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="129" />
            <source>Open Anyway</source>
            <translation>Trotzdem öffnen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="143" />
            <source>Colleagues opening this file will not be warned: %1.</source>
            <translation>Kollegen, die diese Datei öffnen, werden nicht gewarnt: %1.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="163" />
            <source>Save project as</source>
            <translation>Projekt speichern unter</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="176" />
            <source>Read-only</source>
            <translation>Schreibgeschützt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="177" />
            <source>You opened %1 read-only (%2), so it cannot be replaced. Choose another name for your version.</source>
            <translation>Sie haben %1 schreibgeschützt geöffnet (%2), daher kann die Datei nicht ersetzt werden. Wählen Sie einen anderen Namen für Ihre Fassung.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="181" />
            <source>Save in the new format?</source>
            <translation>Im neuen Format speichern?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="188" />
            <source>Cannot save project</source>
            <translation>Projekt kann nicht gespeichert werden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="194" />
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="200" />
            <source>File changed on disk</source>
            <translation>Datei auf dem Datenträger geändert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="201" />
            <source>%1 was changed by someone else since you opened it.</source>
            <translation>%1 wurde von jemand anderem geändert, seit Sie die Datei geöffnet haben.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="204" />
            <source>Merge their changes into yours and save both, save yours as another file, overwrite theirs with yours, or reload theirs (your changes are kept as a recovery copy, offered the next time CX Designer starts).</source>
            <translation>Führen Sie deren Änderungen mit Ihren zusammen und speichern Sie beides, speichern Sie Ihre als andere Datei, überschreiben Sie deren mit Ihren, oder laden Sie deren neu (Ihre Änderungen bleiben als Wiederherstellungskopie erhalten, die beim nächsten Start von CX Designer angeboten wird).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="207" />
            <source>Merge Their Changes</source>
            <translation>Änderungen zusammenführen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="208" />
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="260" />
            <source>Save As…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="209" />
            <source>Overwrite</source>
            <translation>Überschreiben</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="210" />
            <source>Reload Theirs</source>
            <translation>Deren Fassung laden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="228" />
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="235" />
            <source>Reload</source>
            <translation>Neu laden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="229" />
            <source>Your changes could not be kept as a recovery copy, so the file was not reloaded.</source>
            <translation>Ihre Änderungen konnten nicht als Wiederherstellungskopie gesichert werden, daher wurde die Datei nicht neu geladen.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="243" />
            <source>Reloaded %1. Your changes are kept as a recovery copy.</source>
            <translation>%1 neu geladen. Ihre Änderungen sind als Wiederherstellungskopie gesichert.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="252" />
            <source>Save the changes to %1 before closing?</source>
            <translation>Änderungen an %1 vor dem Schließen speichern?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="254" />
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="257" />
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="259" />
            <source>You opened it read-only: your version goes to another file.</source>
            <translation>Sie haben sie schreibgeschützt geöffnet: Ihre Fassung geht in eine andere Datei.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="86" />
            <source>Choose the survey file</source>
            <translation>Die Umfragedatei wählen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="87" />
            <source>A survey tool's export (Qualtrics, SurveyMonkey, Google Forms, Microsoft Forms, Typeform, LimeSurvey), or a CSV file or Excel workbook with one row per respondent and a column per touchpoint, or one row per answer.</source>
            <translation>Der Export eines Umfragewerkzeugs (Qualtrics, SurveyMonkey, Google Forms, Microsoft Forms, Typeform, LimeSurvey) oder eine CSV-Datei oder Excel-Arbeitsmappe mit einer Zeile pro Befragtem und einer Spalte pro Kontaktpunkt oder einer Zeile pro Antwort.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="93" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="136" />
            <source>Survey file</source>
            <translation>Umfragedatei</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="94" />
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="98" />
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="100" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="104" />
            <source>Sheet</source>
            <translation>Blatt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="101" />
            <source>The sheet of an Excel workbook that holds the answers</source>
            <translation>Das Blatt der Excel-Arbeitsmappe mit den Antworten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="102" />
            <source>Only for Excel workbooks</source>
            <translation>Nur für Excel-Arbeitsmappen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="106" />
            <source>Importing a survey of the same name again replaces it</source>
            <translation>Eine Umfrage gleichen Namens erneut zu importieren, ersetzt sie</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="107" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="110" />
            <source>such as 2026 Q3</source>
            <translation>etwa 2026 Q3</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="111" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="114" />
            <source>Wave</source>
            <translation>Welle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="112" />
            <source>Which wave of this map's surveys this is: Insights compares the waves, and surveys of one wave are pooled</source>
            <translation>Welche Welle der Umfragen dieser Map dies ist: die Auswertung vergleicht die Wellen, Umfragen derselben Welle werden zusammengefasst</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="117" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="127" />
            <source>Fieldwork from</source>
            <translation>Feldzeit von</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="118" />
            <source>Fieldwork to</source>
            <translation>Feldzeit bis</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="119" />
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-TT</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="122" />
            <source>When the answers were collected (leave empty when not known); it orders the waves</source>
            <translation>Wann die Antworten erhoben wurden (leer lassen, wenn unbekannt); es ordnet die Wellen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="125" />
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="137" />
            <source>Survey files (*.csv *.txt *.tsv *.xlsx);;CSV files (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Umfragedateien (*.csv *.txt *.tsv *.xlsx);;CSV-Dateien (*.csv *.txt *.tsv);;Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="177" />
            <source>The file is larger than 200 MB.</source>
            <translation>Die Datei ist größer als 200 MB.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="181" />
            <source>Could not read %1: %2.</source>
            <translation>%1 konnte nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="202" />
            <source>“%1” is not a date: write it as YYYY-MM-DD, such as 2026-07-01.</source>
            <translation>„%1“ ist kein Datum: schreiben Sie es als JJJJ-MM-TT, etwa 2026-07-01.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="208" />
            <source>The fieldwork ends before it starts.</source>
            <translation>Die Feldzeit endet, bevor sie beginnt.</translation>
        </message>
    </context>
    <context>
        <name>GuideBrowser</name>
        <message>
            <location filename="../../cxdesigner/ui/guide.py" line="41" />
            <source>User guide</source>
            <translation>Benutzerhandbuch</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <location filename="../../cxdesigner/ui/guide.py" line="76" />
            <source>CX Designer user guide</source>
            <translation>CX Designer – Benutzerhandbuch</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/guide.py" line="82" />
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/guide.py" line="86" />
            <source>Contents</source>
            <translation>Inhalt</translation>
        </message>
    </context>
    <context>
        <name>HighContrastAction</name>
        <message>
            <location filename="../../cxdesigner/ui/contrast.py" line="35" />
            <source>&amp;High Contrast</source>
            <translation>&amp;Hoher Kontrast</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/contrast.py" line="37" />
            <location filename="../../cxdesigner/ui/contrast.py" line="38" />
            <source>White and yellow on black, for the editor and the map</source>
            <translation>Weiß und Gelb auf Schwarz, für den Editor und die Karte</translation>
        </message>
    </context>
    <context>
        <name>HtmlMap</name>
        <message>
            <location filename="../../cxdesigner/render/html_svg.py" line="180" />
            <source>Touchpoint %1 of %2: %3</source>
            <translation>Kontaktpunkt %1 von %2: %3</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_svg.py" line="298" />
            <source>Goal of %1</source>
            <translation>Ziel von %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="30" />
            <source>%1: %2 on a scale from %3 to %4</source>
            <translation>%1: %2 auf einer Skala von %3 bis %4</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="34" />
            <source>n = %1</source>
            <translation>n = %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="36" />
            <source>standard deviation %1</source>
            <translation>Standardabweichung %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="38" />
            <source>95% interval %1 to %2</source>
            <translation>95-%-Intervall %1 bis %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="45" />
            <source>severity %1 of 5</source>
            <translation>Schweregrad %1 von 5</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="47" />
            <source>Also at: %1</source>
            <translation>Auch bei: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="54" />
            <source>%1 priority</source>
            <translation>%1 Priorität</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="57" />
            <source>%1 expected</source>
            <translation>%1 erwartet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="60" />
            <source>Resources available: %1</source>
            <translation>Vorhandene Ressourcen: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="62" />
            <source>Resources still needed: %1</source>
            <translation>Noch benötigte Ressourcen: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="69" />
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="69" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="70" />
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="71" />
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="71" />
            <source>Device</source>
            <translation>Gerät</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="72" />
            <source>Starts</source>
            <translation>Beginnt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="73" />
            <source>Takes</source>
            <translation>Dauert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="74" />
            <source>%1 minutes</source>
            <translation>%1 Minuten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="75" />
            <source>Customer does</source>
            <translation>Kunde tut</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="75" />
            <source>Thinks</source>
            <translation>Denkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="76" />
            <source>Feels</source>
            <translation>Fühlt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="80" />
            <source>Rating</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="81" />
            <source>%1: not rated</source>
            <translation>%1: nicht bewertet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="84" />
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="94" />
            <source>Pain point</source>
            <translation>Schmerzpunkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="97" />
            <source>Positive moment</source>
            <translation>Positiver Moment</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="100" />
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="101" />
            <source>Resources available</source>
            <translation>Vorhandene Ressourcen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="102" />
            <source>Resources still needed</source>
            <translation>Noch benötigte Ressourcen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="55" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="55" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="117" />
            <source>Satisfaction from %1 to %2</source>
            <translation>Zufriedenheit von %1 bis %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="126" />
            <source>Stages</source>
            <translation>Phasen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="126" />
            <source>Touchpoints</source>
            <translation>Kontaktpunkte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="127" />
            <source>Pain points</source>
            <translation>Schmerzpunkte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="127" />
            <source>Positive moments</source>
            <translation>Positive Momente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="128" />
            <source>Actions</source>
            <translation>Maßnahmen</translation>
        </message>
    </context>
    <context>
        <name>InfoBar</name>
        <message>
            <location filename="../../cxdesigner/ui/info_bar.py" line="22" />
            <source>Document notice</source>
            <translation>Hinweis zum Dokument</translation>
        </message>
    </context>
    <context>
        <name>InsertMenu</name>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="19" />
            <source>&amp;Touchpoint</source>
            <translation>&amp;Kontaktpunkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="19" />
            <source>After the selected touchpoint, or at the end of the map</source>
            <translation>Nach dem ausgewählten Kontaktpunkt oder am Ende der Map</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="20" />
            <source>&amp;Stage</source>
            <translation>&amp;Phase</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="20" />
            <source>After the selected touchpoint's stage, or at the end</source>
            <translation>Nach der Phase des ausgewählten Kontaktpunkts oder am Ende</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="21" />
            <source>&amp;Persona</source>
            <translation>P&amp;ersona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="21" />
            <source>A new persona for the project</source>
            <translation>Eine neue Persona für das Projekt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="23" />
            <source>&amp;Goal</source>
            <translation>&amp;Ziel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="23" />
            <source>A goal at the selected touchpoint, or over the whole journey</source>
            <translation>Ein Ziel am ausgewählten Kontaktpunkt oder über die ganze Journey</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="24" />
            <source>Pain P&amp;oint</source>
            <translation>&amp;Schmerzpunkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="24" />
            <source>A pain point at the selected touchpoint</source>
            <translation>Ein Schmerzpunkt am ausgewählten Kontaktpunkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="25" />
            <source>Positive &amp;Moment</source>
            <translation>Positiver &amp;Moment</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="25" />
            <source>A highlight at the selected touchpoint</source>
            <translation>Ein Höhepunkt am ausgewählten Kontaktpunkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="26" />
            <source>&amp;Action</source>
            <translation>M&amp;aßnahme</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="26" />
            <source>An improvement action at the selected touchpoint</source>
            <translation>Eine Verbesserungsmaßnahme am ausgewählten Kontaktpunkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="27" />
            <source>Sticky &amp;Note</source>
            <translation>&amp;Haftnotiz</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="27" />
            <source>A free note under the lanes, where it covers nothing</source>
            <translation>Eine freie Notiz unter den Bahnen, wo sie nichts verdeckt</translation>
        </message>
    </context>
    <context>
        <name>InsightsPanel</name>
        <message>
            <location filename="../../cxdesigner/ui/insights_panel.py" line="56" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insights_panel.py" line="57" />
            <source>Whose journey the scores describe</source>
            <translation>Wessen Journey die Kennzahlen beschreiben</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insights_panel.py" line="147" />
            <location filename="../../cxdesigner/ui/insights_panel.py" line="168" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insights_panel.py" line="177" />
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/insights_panel.py" line="257" />
            <source>and %n more on the map</source>
            <translation>
                <numerusform>und %n weiterer auf der Map</numerusform>
                <numerusform>und %n weitere auf der Map</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="33" />
            <source>Description</source>
            <extracomment>A persona's rating or target was entered here: their line is the one last touched.</extracomment>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="33" />
            <source>Customer does</source>
            <translation>Kunde tut</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="34" />
            <source>Thinks</source>
            <translation>Denkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="34" />
            <source>Feels</source>
            <translation>Fühlt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="43" />
            <source>Select a touchpoint on the map to edit it here, or click a stage's title to edit the stage. Right-click a stage's title to add, move or delete stages.</source>
            <translation>Wählen Sie einen Kontaktpunkt auf der Map, um ihn hier zu bearbeiten, oder klicken Sie auf den Titel einer Phase, um sie zu bearbeiten. Rechtsklick auf den Titel einer Phase fügt Phasen hinzu, verschiebt oder löscht sie.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="55" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="63" />
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="64" />
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="65" />
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="66" />
            <source>desktop, mobile, in person…</source>
            <translation>Desktop, mobil, persönlich…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="67" />
            <source>Device</source>
            <translation>Gerät</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="75" />
            <source>Satisfaction</source>
            <translation>Zufriedenheit</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="122" />
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="165" />
            <source>Move touchpoint to %1</source>
            <translation>Kontaktpunkt nach %1 verschieben</translation>
        </message>
    </context>
    <context>
        <name>JourneyScene</name>
        <message>
            <location filename="../../cxdesigner/canvas/scene.py" line="275" />
            <location filename="../../cxdesigner/canvas/scene.py" line="281" />
            <source>Move note</source>
            <extracomment>Touchpoint fields only its card shows; other fields feed lanes or spacing and need a rebuild. Something a gesture did that the user should hear about (for the status bar). The persona whose line was touched last (or chosen): the one Up and Down rate. Presentation mode: the touchpoint the lines are drawn up to (None: whole lines).</extracomment>
            <translation>Notiz verschieben</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/scene.py" line="281" />
            <source>Edit note</source>
            <translation>Notiz bearbeiten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/compare_overlay.py" line="179" />
            <source>Satisfaction in the version compared with</source>
            <extracomment>How each kind of change is marked. Above the cards, below the real satisfaction lines and their handles. Where each removed touchpoint's ghost stands (scene coordinates), for revealing it.</extracomment>
            <translation>Zufriedenheit in der verglichenen Fassung</translation>
        </message>
    </context>
    <context>
        <name>Lanes</name>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="26" />
            <source>Touchpoints</source>
            <translation>Kontaktpunkte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="26" />
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="26" />
            <source>Satisfaction</source>
            <translation>Zufriedenheit</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="27" />
            <source>Customer does</source>
            <translation>Kunde tut</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="27" />
            <source>Thinks</source>
            <translation>Denkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="27" />
            <source>Feels</source>
            <translation>Fühlt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="27" />
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="28" />
            <source>Pain points</source>
            <translation>Schmerzpunkte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="28" />
            <source>Positive moments</source>
            <translation>Positive Momente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="28" />
            <source>Actions</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="29" />
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="29" />
            <source>Departments</source>
            <translation>Abteilungen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="30" />
            <source>Every contact, in the order it happens</source>
            <translation>Jeder Kontakt, in der Reihenfolge, in der er geschieht</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="31" />
            <source>Where the customer struggles</source>
            <translation>Wo der Kunde sich schwertut</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="31" />
            <source>What works and must be kept</source>
            <translation>Was funktioniert und bleiben muss</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="32" />
            <source>What we will change</source>
            <translation>Was wir ändern werden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="32" />
            <source>What each persona wants</source>
            <translation>Was jede Persona will</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="33" />
            <source>Who owns it, backstage</source>
            <translation>Wer zuständig ist, hinter den Kulissen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="34" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="34" />
            <source>Pictures (storyboard)</source>
            <translation>Bilder (Storyboard)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="34" />
            <source>Emotions</source>
            <translation>Emotionen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="35" />
            <source>Metric</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="35" />
            <source>Frontstage actions</source>
            <translation>Frontstage-Aktionen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="36" />
            <source>Backstage actions</source>
            <translation>Backstage-Aktionen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="36" />
            <source>Support processes</source>
            <translation>Unterstützungsprozesse</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="37" />
            <source>What the customer sees us do</source>
            <translation>Was der Kunde uns tun sieht</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="37" />
            <source>What we do out of sight</source>
            <translation>Was wir außer Sicht tun</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="38" />
            <source>The systems and partners behind it</source>
            <translation>Die Systeme und Partner dahinter</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="38" />
            <source>A face per persona</source>
            <translation>Ein Gesicht pro Persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="39" />
            <source>A picture per step</source>
            <translation>Ein Bild pro Schritt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="171" />
            <source>severity %1 of 5</source>
            <translation>Schweregrad %1 von 5</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="181" />
            <source>step %1</source>
            <translation>Schritt %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="183" />
            <source>%1 priority</source>
            <translation>%1 Priorität</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="186" />
            <source>%1 expected</source>
            <translation>%1 erwartet</translation>
        </message>
    </context>
    <context>
        <name>LanesDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="32" />
            <source>Lanes of %1</source>
            <extracomment>The map's own lanes as they will be: existing ones (perhaps renamed) and new ones.</extracomment>
            <translation>Bahnen von %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="39" />
            <source>Lanes</source>
            <translation>Bahnen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="72" />
            <source>min, %, CSAT…</source>
            <translation>Min., %, CSAT…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="73" />
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="75" />
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="93" />
            <source>A map always shows its touchpoints</source>
            <translation>Eine Map zeigt immer ihre Kontaktpunkte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="63" />
            <source>Move Up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="21" />
            <source>Frontstage actions</source>
            <translation>Frontstage-Aktionen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="21" />
            <source>Backstage actions</source>
            <translation>Backstage-Aktionen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="22" />
            <source>Support processes</source>
            <translation>Unterstützungsprozesse</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="34" />
            <source>Tick the lanes to show; drag them, or use Move Up and Move Down, into the order you want. Add lanes of your own for anything else.</source>
            <translation>Haken Sie die Bahnen an, die erscheinen sollen; ziehen Sie sie oder nutzen Sie „Nach oben“ und „Nach unten“, um sie zu ordnen. Fügen Sie eigene Bahnen für alles Weitere hinzu.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="49" />
            <source>Add Lane</source>
            <translation>Bahn hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="53" />
            <source>Service blueprint (frontstage, backstage, support)</source>
            <translation>Service Blueprint (Frontstage, Backstage, Unterstützung)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="55" />
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="57" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="58" />
            <source>Remove the lane and what it holds (you can undo it)</source>
            <translation>Die Bahn und ihren Inhalt entfernen (rückgängig machbar)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="63" />
            <source>Move Down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="175" />
            <source>Change lanes</source>
            <translation>Bahnen ändern</translation>
        </message>
    </context>
    <context>
        <name>LibraryButton</name>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="30" />
            <source>persona</source>
            <extracomment>The word each kind's messages put in for %1, one and several, translated where they are used.</extracomment>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="30" />
            <source>personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="31" />
            <source>channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="31" />
            <source>channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="32" />
            <source>department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="33" />
            <source>departments</source>
            <translation>Abteilungen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="159" />
            <source>Library</source>
            <translation>Bibliothek</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="162" />
            <source>Share %1 with your team through the team library</source>
            <translation>%1 über die Teambibliothek mit Ihrem Team teilen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="175" />
            <source>Add from Library…</source>
            <translation>Aus der Bibliothek hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="176" />
            <source>Update from Library</source>
            <translation>Aus der Bibliothek aktualisieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="177" />
            <location filename="../../cxdesigner/ui/library_actions.py" line="264" />
            <source>Publish to Library</source>
            <translation>In der Bibliothek veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="178" />
            <source>Copy %1 from the team library into this project</source>
            <translation>%1 aus der Teambibliothek in dieses Projekt kopieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="179" />
            <source>Bring the library's version of this %1 (one step you can undo)</source>
            <translation>Die Fassung der Bibliothek für den gewählten Eintrag (%1) übernehmen, in einem Schritt, den Sie rückgängig machen können</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="195" />
            <location filename="../../cxdesigner/ui/library_actions.py" line="222" />
            <source>Every %1 of the library is in this project already.</source>
            <translation>Alle Einträge vom Typ %1 aus der Bibliothek sind schon in diesem Projekt.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="198" />
            <location filename="../../cxdesigner/ui/library_actions.py" line="246" />
            <source>This %1 did not come from the library.</source>
            <translation>Dieser Eintrag (%1) stammt nicht aus der Bibliothek.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="199" />
            <source>This %1 is the library's version.</source>
            <translation>Dieser Eintrag (%1) entspricht der Fassung der Bibliothek.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="202" />
            <source>Select a %1 to publish first.</source>
            <translation>Wählen Sie zuerst einen Eintrag (%1) zum Veröffentlichen.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="204" />
            <source>Replace the library's version with this one</source>
            <translation>Die Fassung der Bibliothek durch diese ersetzen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="205" />
            <source>Add this %1 to the library</source>
            <translation>Diesen Eintrag (%1) zur Bibliothek hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="212" />
            <source>Team Library</source>
            <translation>Teambibliothek</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="224" />
            <source>Add from Library</source>
            <translation>Aus der Bibliothek hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="235" />
            <source>Add %1 from library</source>
            <translation>%1 aus der Bibliothek hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="250" />
            <source>This %1 is the library's version already.</source>
            <translation>Dieser Eintrag (%1) entspricht schon der Fassung der Bibliothek.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="252" />
            <source>Update %1 from library</source>
            <translation>%1 aus der Bibliothek aktualisieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="254" />
            <source>“%1” is now the library's version.</source>
            <translation>„%1“ entspricht jetzt der Fassung der Bibliothek.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="265" />
            <source>Nothing was published: %1</source>
            <translation>Nichts wurde veröffentlicht: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="267" />
            <source>“%1” is now in the team library.</source>
            <translation>„%1“ ist jetzt in der Teambibliothek.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="268" />
            <source>“%1” replaced its version in the team library.</source>
            <translation>„%1“ hat die eigene Fassung in der Teambibliothek ersetzt.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="63" />
            <source>Maps</source>
            <translation>Maps</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="70" />
            <source>Save As…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="111" />
            <source>&amp;New…</source>
            <translation>&amp;Neu…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="111" />
            <source>Start a project from a template</source>
            <translation>Ein Projekt aus einer Vorlage beginnen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="113" />
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="113" />
            <source>Open a project file</source>
            <translation>Eine Projektdatei öffnen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="115" />
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="115" />
            <source>Save the project</source>
            <translation>Das Projekt speichern</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="117" />
            <source>Save &amp;As…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="118" />
            <source>Save the project under a new name</source>
            <translation>Das Projekt unter neuem Namen speichern</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="120" />
            <source>Project &amp;Settings…</source>
            <translation>Projekt&amp;einstellungen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="121" />
            <source>The project's name and description, shown on exports and prints</source>
            <translation>Name und Beschreibung des Projekts, gezeigt auf Exporten und Ausdrucken</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="122" />
            <source>Team &amp;Library…</source>
            <translation>Teambib&amp;liothek…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="123" />
            <source>Choose the project file your team shares personas and channels from</source>
            <translation>Die Projektdatei wählen, aus der Ihr Team Personas und Kanäle teilt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="124" />
            <source>&amp;Close</source>
            <translation>S&amp;chließen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="124" />
            <source>Close this window</source>
            <translation>Dieses Fenster schließen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="125" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="125" />
            <source>Quit CX Designer</source>
            <translation>CX Designer beenden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="126" />
            <source>Keep a &amp;Backup on Save</source>
            <translation>Beim Speichern Sicherungs&amp;kopie behalten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="127" />
            <source>On each save, keep the previous version as NAME.cxd.bak</source>
            <translation>Bei jedem Speichern die vorige Fassung als NAME.cxd.bak behalten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="130" />
            <source>&amp;Export…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="131" />
            <source>Export maps as PDF, SVG, PNG, CSV, Excel, JSON or Mermaid</source>
            <translation>Maps als PDF, SVG, PNG, CSV, Excel, JSON oder Mermaid exportieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="133" />
            <source>&amp;Spreadsheet…</source>
            <translation>&amp;Tabelle…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="134" />
            <source>Import touchpoints, pain points and actions from an Excel workbook or CSV table (a map's own export)</source>
            <translation>Kontaktpunkte, Schmerzpunkte und Maßnahmen aus einer Excel-Arbeitsmappe oder CSV-Tabelle importieren (dem Export einer Map)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="136" />
            <source>Page Set&amp;up…</source>
            <translation>Seite einric&amp;hten…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="137" />
            <source>Paper size, orientation, one page or a poster</source>
            <translation>Papierformat, Ausrichtung, eine Seite oder ein Poster</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="138" />
            <source>Print Pre&amp;view…</source>
            <translation>Druck&amp;vorschau…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="139" />
            <source>See the pages before printing</source>
            <translation>Die Seiten vor dem Drucken ansehen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="140" />
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="141" />
            <source>Print the current map</source>
            <translation>Die aktuelle Map drucken</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="142" />
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="142" />
            <source>Delete the selection</source>
            <translation>Die Auswahl löschen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="143" />
            <source>Select &amp;All</source>
            <translation>&amp;Alles auswählen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="144" />
            <source>Select every touchpoint of the map</source>
            <translation>Alle Kontaktpunkte der Map auswählen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="145" />
            <source>Zoom &amp;In</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="145" />
            <source>Zoom in</source>
            <translation>Vergrößern</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="146" />
            <source>Zoom &amp;Out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="146" />
            <source>Zoom out</source>
            <translation>Verkleinern</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="147" />
            <source>Zoom to &amp;Fit</source>
            <translation>&amp;Einpassen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="147" />
            <source>Show the whole map</source>
            <translation>Die ganze Map zeigen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="148" />
            <source>&amp;Actual Size</source>
            <translation>&amp;Originalgröße</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="148" />
            <source>Zoom to 100%</source>
            <translation>Auf 100 % zoomen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="149" />
            <source>&amp;Present</source>
            <translation>&amp;Präsentieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="150" />
            <source>Show the map full screen and walk through it touchpoint by touchpoint with the arrow keys (Escape leaves)</source>
            <translation>Die Map im Vollbild zeigen und mit den Pfeiltasten Kontaktpunkt für Kontaktpunkt durchgehen (Escape beendet)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="153" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="155" />
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="164" />
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="169" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="170" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="175" />
            <source>&amp;Overview</source>
            <translation>Ü&amp;bersicht</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="178" />
            <source>Show the whole map in miniature in the corner</source>
            <translation>Die ganze Map verkleinert in der Ecke zeigen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="180" />
            <source>&amp;Gaps Between Touchpoints</source>
            <translation>Br&amp;üche zwischen Kontaktpunkten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="183" />
            <source>Mark where the customer switches channel, device or department</source>
            <translation>Markieren, wo der Kunde Kanal, Gerät oder Abteilung wechselt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="185" />
            <source>&amp;Compact Lanes</source>
            <translation>Kompakte &amp;Bahnen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="187" />
            <source>Keep lanes low and cut long texts (point at one to read it whole); exports and print always show everything</source>
            <translation>Bahnen niedrig halten und lange Texte kürzen (zum Lesen darauf zeigen); Exporte und Ausdrucke zeigen immer alles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="192" />
            <source>Satisfaction &amp;Lines</source>
            <translation>&amp;Zufriedenheitslinien</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="204" />
            <source>Main</source>
            <translation>Haupt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="211" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="212" />
            <source>&amp;User Guide</source>
            <translation>&amp;Benutzerhandbuch</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="213" />
            <source>Read the user guide, from a blank project to a printed map</source>
            <translation>Das Benutzerhandbuch lesen, vom leeren Projekt bis zur gedruckten Map</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="214" />
            <source>&amp;About CX Designer</source>
            <translation>Ü&amp;ber CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="228" />
            <source>Up and Down Keys Rate</source>
            <translation>&amp;Pfeiltasten bewerten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="247" />
            <source>No recent files</source>
            <translation>Keine zuletzt geöffneten Dateien</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="297" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="297" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="340" />
            <source> (read-only)</source>
            <translation> (schreibgeschützt)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="343" />
            <source>Read-only: you opened %1 read-only (%2). Your changes can be saved in another file.</source>
            <translation>Schreibgeschützt: Sie haben %1 schreibgeschützt geöffnet (%2). Ihre Änderungen lassen sich in einer anderen Datei speichern.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/main_window.py" line="421" />
            <source>%n selected</source>
            <translation>
                <numerusform>%n ausgewählt</numerusform>
                <numerusform>%n ausgewählt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/main_window.py" line="438" />
            <source>Delete %n items</source>
            <translation>
                <numerusform>%n Element löschen</numerusform>
                <numerusform>%n Elemente löschen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/main_window.py" line="508" />
            <source>Exported %n file(s) to %1</source>
            <translation>
                <numerusform>%n Datei nach %1 exportiert</numerusform>
                <numerusform>%n Dateien nach %1 exportiert</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="16" />
            <source>&amp;Insert</source>
            <translation>E&amp;infügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="28" />
            <source>&amp;Map</source>
            <translation>&amp;Map</translation>
        </message>
    </context>
    <context>
        <name>MapAccessible</name>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="71" />
            <source>measured</source>
            <translation>gemessen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="72" />
            <source>from interviews</source>
            <translation>aus Interviews</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="73" />
            <source>from analytics</source>
            <translation>aus Analysedaten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="74" />
            <source>assumed</source>
            <translation>angenommen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="85" />
            <source>Touchpoint %1 of %2, %3, stage %4</source>
            <translation>Kontaktpunkt %1 von %2, %3, Phase %4</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="92" />
            <source>%1 %2 of %3, %4</source>
            <translation>%1: %2 von %3, %4</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="111" />
            <source>Stage %1 of %2, %3</source>
            <translation>Phase %1 von %2, %3</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="134" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="135" />
            <source>A picture</source>
            <translation>Ein Bild</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="141" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="313" />
            <location filename="../../cxdesigner/canvas/view.py" line="36" />
            <source>Journey map</source>
            <translation>Journey Map</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="315" />
            <source>Tab and the arrow keys walk the touchpoints; Enter renames the selected one.</source>
            <translation>Tab und die Pfeiltasten gehen durch die Kontaktpunkte; Eingabe benennt den ausgewählten um.</translation>
        </message>
    </context>
    <context>
        <name>MapCounts</name>
        <message numerus="yes">
            <location filename="../../cxdesigner/canvas/accessible.py" line="43" />
            <source>%n answers</source>
            <translation>
                <numerusform>%n Antwort</numerusform>
                <numerusform>%n Antworten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/canvas/accessible.py" line="46" />
            <source>%n pain points</source>
            <translation>
                <numerusform>%n Schmerzpunkt</numerusform>
                <numerusform>%n Schmerzpunkte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/canvas/accessible.py" line="49" />
            <source>%n touchpoints</source>
            <translation>
                <numerusform>%n Kontaktpunkt</numerusform>
                <numerusform>%n Kontaktpunkte</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapMenu</name>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="20" />
            <source>Awareness</source>
            <translation>Wahrnehmung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="20" />
            <source>Consideration</source>
            <translation>Abwägung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="20" />
            <source>Purchase</source>
            <translation>Kauf</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="21" />
            <source>Use and service</source>
            <translation>Nutzung und Service</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="21" />
            <source>Loyalty</source>
            <translation>Bindung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="31" />
            <source>&amp;New Map</source>
            <translation>&amp;Neue Map</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="31" />
            <source>Add a map with the five classic stages</source>
            <translation>Eine Map mit den fünf klassischen Phasen hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="32" />
            <source>Map &amp;Settings…</source>
            <translation>Map-&amp;Einstellungen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="32" />
            <source>Name, description and satisfaction scale of the current map</source>
            <translation>Name, Beschreibung und Zufriedenheitsskala der aktuellen Map</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="33" />
            <source>&amp;Lanes…</source>
            <translation>&amp;Bahnen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="33" />
            <source>Choose and order the lanes the current map shows</source>
            <translation>Die Bahnen der aktuellen Map wählen und ordnen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="34" />
            <source>&amp;Projected Line…</source>
            <translation>&amp;Prognoselinie…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="35" />
            <source>Show each persona's line as it would be after the actions you choose</source>
            <translation>Die Linie jeder Persona so zeigen, wie sie nach den gewählten Maßnahmen wäre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="36" />
            <source>&amp;Rename Map…</source>
            <translation>Map &amp;umbenennen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="36" />
            <source>Rename the current map</source>
            <translation>Die aktuelle Map umbenennen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="37" />
            <source>D&amp;uplicate Map</source>
            <translation>Map &amp;duplizieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="37" />
            <source>Copy the current map with everything on it</source>
            <translation>Die aktuelle Map mit allem darauf kopieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="38" />
            <source>&amp;Delete Map…</source>
            <translation>Map &amp;löschen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="38" />
            <source>Delete the current map</source>
            <translation>Die aktuelle Map löschen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="39" />
            <source>&amp;Import Mermaid Journey…</source>
            <translation>Mermaid-Journey &amp;importieren…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="39" />
            <source>Add a map from Mermaid journey text</source>
            <translation>Eine Map aus Mermaid-Journey-Text hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="40" />
            <source>Import Sur&amp;vey…</source>
            <translation>&amp;Umfrage importieren…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="40" />
            <source>Measure the current map's satisfaction from survey answers</source>
            <translation>Die Zufriedenheit der aktuellen Map aus Umfrageantworten messen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="41" />
            <source>Save as &amp;Template…</source>
            <translation>Als &amp;Vorlage speichern…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="42" />
            <source>Keep the current map as a template to start new projects from</source>
            <translation>Die aktuelle Map als Vorlage für neue Projekte behalten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="44" />
            <source>Move Map &amp;Left</source>
            <translation>Map nach &amp;links</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="44" />
            <source>Move the current map's tab to the left</source>
            <translation>Den Reiter der aktuellen Map nach links verschieben</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="45" />
            <source>Move Map Ri&amp;ght</source>
            <translation>Map nach &amp;rechts</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="45" />
            <source>Move the current map's tab to the right</source>
            <translation>Den Reiter der aktuellen Map nach rechts verschieben</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="52" />
            <source>Space Touchpoints by &amp;Time</source>
            <translation>Kontaktpunkte nach &amp;Zeit verteilen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="54" />
            <source>Spread touchpoints by the time between them, so waits show</source>
            <translation>Kontaktpunkte nach der Zeit zwischen ihnen verteilen, damit Wartezeiten sichtbar werden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="77" />
            <location filename="../../cxdesigner/ui/map_menu.py" line="79" />
            <source>New map</source>
            <translation>Neue Map</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="115" />
            <source>Change spacing</source>
            <translation>Abstände ändern</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="122" />
            <location filename="../../cxdesigner/ui/map_menu.py" line="124" />
            <source>Rename map</source>
            <translation>Map umbenennen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="122" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="131" />
            <source>%1 (copy)</source>
            <translation>%1 (Kopie)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="133" />
            <source>Duplicate map</source>
            <translation>Map duplizieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="140" />
            <source>Delete map</source>
            <translation>Map löschen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/map_menu.py" line="141" />
            <source>Delete the map “%1” with its %n touchpoint(s)? You can undo this.</source>
            <translation>
                <numerusform>Die Map „%1“ mit ihrem %n Kontaktpunkt löschen? Sie können das rückgängig machen.</numerusform>
                <numerusform>Die Map „%1“ mit ihren %n Kontaktpunkten löschen? Sie können das rückgängig machen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="152" />
            <location filename="../../cxdesigner/ui/map_menu.py" line="179" />
            <source>Import Mermaid journey</source>
            <translation>Mermaid-Journey importieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="153" />
            <source>Mermaid journey (*.mmd *.mermaid *.txt);;All files (*)</source>
            <translation>Mermaid-Journey (*.mmd *.mermaid *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="159" />
            <source>it is not UTF-8 text</source>
            <translation>es ist kein UTF-8-Text</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="160" />
            <location filename="../../cxdesigner/ui/map_menu.py" line="164" />
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="160" />
            <source>Could not read %1: %2.</source>
            <translation>%1 konnte nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="198" />
            <source>Saved the template “%1”: File &gt; New offers it.</source>
            <translation>Vorlage „%1“ gespeichert: Datei &gt; Neu bietet sie an.</translation>
        </message>
    </context>
    <context>
        <name>MapPicture</name>
        <message>
            <location filename="../../cxdesigner/render/picture.py" line="96" />
            <source>Satisfaction from %1 to %2</source>
            <extracomment>Scene units per inch: one unit is one pixel at 100% on a 96 dpi screen.</extracomment>
            <translation>Zufriedenheit von %1 bis %2</translation>
        </message>
    </context>
    <context>
        <name>MapSettingsDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="26" />
            <location filename="../../cxdesigner/ui/map_settings.py" line="126" />
            <source>Map settings</source>
            <translation>Map-Einstellungen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="30" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="33" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="38" />
            <source>from</source>
            <translation>von</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="38" />
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="38" />
            <source>step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="41" />
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="45" />
            <source>Low end means</source>
            <translation>Unteres Ende bedeutet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="46" />
            <source>High end means</source>
            <translation>Oberes Ende bedeutet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="47" />
            <source>Convert existing ratings to the new scale</source>
            <translation>Vorhandene Bewertungen auf die neue Skala umrechnen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="49" />
            <source>Off: ratings keep their numbers, cut to the new ends</source>
            <translation>Aus: Bewertungen behalten ihre Zahlen, auf die neuen Enden begrenzt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="56" />
            <source>How ratings convert</source>
            <translation>Wie Bewertungen umgerechnet werden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="57" />
            <source>Touchpoint</source>
            <translation>Kontaktpunkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="57" />
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="57" />
            <source>After</source>
            <translation>Danach</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="219" />
            <source>Check what the columns mean</source>
            <translation>Prüfen, was die Spalten bedeuten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="220" />
            <source>Questions were matched to touchpoints by title. Correct any match, and say which scale the survey used: its scores are converted to the map's scale.</source>
            <translation>Fragen wurden Kontaktpunkten nach ihrem Titel zugeordnet. Korrigieren Sie jede Zuordnung und geben Sie an, welche Skala die Umfrage nutzte: Ihre Werte werden auf die Skala der Map umgerechnet.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="225" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="232" />
            <source>Layout</source>
            <translation>Anordnung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="226" />
            <source>The survey tool that wrote the file: recognised from its header; choose another to read it differently</source>
            <translation>Das Umfragewerkzeug, das die Datei geschrieben hat: an der Kopfzeile erkannt; wählen Sie ein anderes, um sie anders zu lesen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="229" />
            <source>%1 export</source>
            <translation>%1-Export</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="230" />
            <source>Plain table</source>
            <translation>Einfache Tabelle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="240" />
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="240" />
            <source>Touchpoint</source>
            <translation>Kontaktpunkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="240" />
            <source>Match</source>
            <translation>Zuordnung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="245" />
            <source>Questions and touchpoints</source>
            <translation>Fragen und Kontaktpunkte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="248" />
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="248" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="253" />
            <source>Answer label</source>
            <translation>Antwortbezeichnung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="253" />
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="257" />
            <source>Answer labels and scores</source>
            <translation>Antwortbezeichnungen und Werte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="258" />
            <source>The score each answer label stands for; a label not placed on the scale leaves its rows out, reported by line</source>
            <translation>Der Wert, für den jede Antwortbezeichnung steht; eine nicht auf der Skala platzierte Bezeichnung lässt ihre Zeilen aus, nach Zeile gemeldet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="263" />
            <source>The persona of respondents without a segment</source>
            <translation>Die Persona der Befragten ohne Segment</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="264" />
            <source>Respondents without a segment</source>
            <translation>Befragte ohne Segment</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="272" />
            <source>Survey scale, from – to</source>
            <translation>Umfrageskala, von – bis</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="299" />
            <source>%n header row(s)</source>
            <translation>
                <numerusform>%n Kopfzeile</numerusform>
                <numerusform>%n Kopfzeilen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="301" />
            <source>respondents from “%1”</source>
            <translation>Befragte aus „%1“</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="303" />
            <source>%n metadata column(s) ignored</source>
            <translation>
                <numerusform>%n Metadatenspalte ignoriert</numerusform>
                <numerusform>%n Metadatenspalten ignoriert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="306" />
            <source>%n unfinished response(s) left out (lines %1)</source>
            <translation>
                <numerusform>%n unvollständige Antwort ausgelassen (Zeilen %1)</numerusform>
                <numerusform>%n unvollständige Antworten ausgelassen (Zeilen %1)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="308" />
            <source>Read as a plain table: %1.</source>
            <translation>Als einfache Tabelle gelesen: %1.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="309" />
            <source>Read as a %2 export: %1.</source>
            <translation>Als %2-Export gelesen: %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="335" />
            <source>%n row(s), one per respondent.</source>
            <translation>
                <numerusform>%n Zeile, eine pro Befragtem.</numerusform>
                <numerusform>%n Zeilen, eine pro Befragtem.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="336" />
            <source>%n row(s), one per answer.</source>
            <translation>
                <numerusform>%n Zeile, eine pro Antwort.</numerusform>
                <numerusform>%n Zeilen, eine pro Antwort.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="339" />
            <source>Recommendation (NPS, 0-10): “%1”.</source>
            <translation>Weiterempfehlung (NPS, 0-10): „%1“.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="348" />
            <source>— leave out —</source>
            <translation>— auslassen —</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="358" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="361" />
            <source>— no persona —</source>
            <translation>— keine Persona —</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="373" />
            <source>— not placed —</source>
            <translation>— nicht platziert —</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="375" />
            <source>Score of %1</source>
            <translation>Wert von %1</translation>
        </message>
    </context>
    <context>
        <name>Merging</name>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="36" />
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="56" />
            <source>their changes</source>
            <translation>deren Änderungen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="64" />
            <source>%1 is not a version of this project: they share no history to merge.</source>
            <translation>%1 ist keine Fassung dieses Projekts: Es gibt keinen gemeinsamen Verlauf zum Zusammenführen.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="69" />
            <source>This document and %1 share no saved version whose content is still kept, so what each side changed cannot be told apart. Compare them instead (File &gt; Compare With…).</source>
            <translation>Dieses Dokument und %1 haben keine gespeicherte Fassung gemeinsam, deren Inhalt noch erhalten ist, daher lässt sich nicht unterscheiden, was jede Seite geändert hat. Vergleichen Sie sie stattdessen (Datei &gt; Vergleichen mit…).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="89" />
            <source>%1 holds comments on another project.</source>
            <translation>%1 enthält Kommentare zu einem anderen Projekt.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="101" />
            <source>Some comments were about maps this project no longer has and were left out.</source>
            <translation>Einige Kommentare betrafen Maps, die dieses Projekt nicht mehr hat, und wurden ausgelassen.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="114" />
            <location filename="../../cxdesigner/ui/merging.py" line="126" />
            <source>Merge %1</source>
            <translation>%1 zusammenführen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="128" />
            <source>Merged %1.</source>
            <translation>%1 zusammengeführt.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="130" />
            <source>%1 holds nothing this document lacks.</source>
            <translation>%1 enthält nichts, was diesem Dokument fehlt.</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <location filename="../../cxdesigner/canvas/overview.py" line="23" />
            <source>The whole map: click or drag to go there</source>
            <translation>Die ganze Map: klicken oder ziehen, um dorthin zu gehen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/overview.py" line="24" />
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
    </context>
    <context>
        <name>Pack</name>
        <message>
            <location filename="../../cxdesigner/render/pack.py" line="31" />
            <source>Page %1 of %2</source>
            <extracomment>The most characters of one text on the pack's pages (about twenty pages of it); the map pages cut their texts shorter, as every exported map does.</extracomment>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="42" />
            <location filename="../../cxdesigner/render/pack_text.py" line="51" />
            <source>Order</source>
            <extracomment>The action plan's columns and their shares of the width (%).
----------
On a page narrower than ``WIDE_MM`` (A4 portrait, Letter), order, phase and date share a column, and so do priority and status, so no header or short word has to break.</extracomment>
            <translation>Reihenfolge</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="42" />
            <source>Phase</source>
            <translation>Planphase</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="43" />
            <location filename="../../cxdesigner/render/pack_text.py" line="51" />
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="43" />
            <location filename="../../cxdesigner/render/pack_text.py" line="52" />
            <source>Touchpoint</source>
            <translation>Kontaktpunkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="44" />
            <location filename="../../cxdesigner/render/pack_text.py" line="53" />
            <location filename="../../cxdesigner/render/pack_text.py" line="59" />
            <source>Pain point</source>
            <translation>Schmerzpunkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="44" />
            <location filename="../../cxdesigner/render/pack_text.py" line="53" />
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="45" />
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="45" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="46" />
            <location filename="../../cxdesigner/render/pack_text.py" line="55" />
            <source>Resources available</source>
            <translation>Vorhandene Ressourcen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="47" />
            <location filename="../../cxdesigner/render/pack_text.py" line="56" />
            <source>Resources needed</source>
            <translation>Benötigte Ressourcen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="48" />
            <source>Expected effect</source>
            <translation>Erwartete Wirkung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="54" />
            <source>Priority and status</source>
            <translation>Priorität und Status</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="57" />
            <source>Effect</source>
            <translation>Wirkung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="60" />
            <source>Severity</source>
            <translation>Schweregrad</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="60" />
            <source>Evidence</source>
            <translation>Beleg</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="61" />
            <source>Touchpoints</source>
            <translation>Kontaktpunkte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="203" />
            <source>%1 years old</source>
            <translation>%1 Jahre alt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="206" />
            <source>Demographics</source>
            <translation>Demografie</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="206" />
            <source>Psychographics</source>
            <translation>Psychografie</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="207" />
            <source>Motivations</source>
            <translation>Motivationen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="207" />
            <source>Frustrations</source>
            <translation>Frustrationen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="208" />
            <source>Biography</source>
            <translation>Biografie</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="212" />
            <source>Goals along the journey</source>
            <translation>Ziele entlang der Journey</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="215" />
            <source>Satisfaction along the journey</source>
            <translation>Zufriedenheit entlang der Journey</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="264" />
            <source>Action plan</source>
            <translation>Maßnahmenplan</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="266" />
            <source>No actions yet.</source>
            <translation>Noch keine Maßnahmen.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="268" />
            <source>In the order to apply them.</source>
            <translation>In der Reihenfolge ihrer Umsetzung.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="287" />
            <source>Pain points</source>
            <translation>Schmerzpunkte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="289" />
            <source>No pain points yet.</source>
            <translation>Noch keine Schmerzpunkte.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="294" />
            <source>%1 of 5</source>
            <translation>%1 von 5</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="298" />
            <source>Insights</source>
            <translation>Auswertung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="300" />
            <source>No persona is on this map, so there are no scores.</source>
            <translation>Auf dieser Map ist keine Persona, daher gibt es keine Werte.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="307" />
            <source>Review comments</source>
            <translation>Review-Kommentare</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="310" />
            <source>No comments.</source>
            <translation>Keine Kommentare.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="313" />
            <source>Resolved</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="313" />
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="324" />
            <location filename="../../cxdesigner/render/pack_text.py" line="333" />
            <source>The map</source>
            <translation>Die Map</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="326" />
            <source>Stage “%1”</source>
            <translation>Phase „%1“</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="328" />
            <source>Touchpoint “%1”</source>
            <translation>Kontaktpunkt „%1“</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="330" />
            <source>Pain point “%1”</source>
            <translation>Schmerzpunkt „%1“</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="332" />
            <source>Action “%1”</source>
            <translation>Maßnahme „%1“</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="344" />
            <source>Someone</source>
            <translation>Jemand</translation>
        </message>
    </context>
    <context>
        <name>PageOptions</name>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="42" />
            <source>Paper size</source>
            <translation>Papierformat</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="43" />
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="44" />
            <source>Landscape</source>
            <translation>Querformat</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="44" />
            <source>Portrait</source>
            <translation>Hochformat</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="46" />
            <source>Fit each map on one page</source>
            <translation>Jede Map auf eine Seite einpassen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="47" />
            <source>Poster over several sheets</source>
            <translation>Poster über mehrere Blätter</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="48" />
            <source>Tiles the map across sheets with overlaps and crop marks, so a wall-sized map prints on an office printer</source>
            <translation>Verteilt die Map mit Überlappungen und Schnittmarken auf Blätter, damit eine wandgroße Map auf einem Bürodrucker gedruckt werden kann</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="54" />
            <source> sheet(s) high</source>
            <translation> Blatt hoch</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="55" />
            <source>Poster height in sheets</source>
            <translation>Posterhöhe in Blättern</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="56" />
            <source>Orientation</source>
            <translation>Ausrichtung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="57" />
            <source>Layout</source>
            <translation>Anordnung</translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <location filename="../../cxdesigner/ui/palette.py" line="27" />
            <source>Palette</source>
            <translation>Palette</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/palette.py" line="28" />
            <source>Drag onto the map to add a touchpoint where you drop it</source>
            <translation>Auf die Map ziehen, um dort einen Kontaktpunkt hinzuzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/palette.py" line="32" />
            <source>Touchpoint</source>
            <translation>Kontaktpunkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/palette.py" line="37" />
            <source>Drag onto the map: a touchpoint on %1</source>
            <translation>Auf die Map ziehen: ein Kontaktpunkt über %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/palette.py" line="38" />
            <source>Drag onto the map: a touchpoint</source>
            <translation>Auf die Map ziehen: ein Kontaktpunkt</translation>
        </message>
    </context>
    <context>
        <name>PanelEdits</name>
        <message>
            <location filename="../../cxdesigner/ui/panel_edits.py" line="66" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/panel_edits.py" line="72" />
            <location filename="../../cxdesigner/ui/panel_edits.py" line="74" />
            <location filename="../../cxdesigner/ui/panel_edits.py" line="84" />
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="61" />
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="40" />
            <location filename="../../cxdesigner/ui/personas_panel.py" line="51" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="61" />
            <source>Add one to this map</source>
            <translation>Eins zu dieser Map hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="62" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="62" />
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="41" />
            <source>Delete the selected one</source>
            <translation>Das ausgewählte löschen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="40" />
            <source>Add one to the project</source>
            <translation>Eins zum Projekt hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="41" />
            <location filename="../../cxdesigner/ui/personas_panel.py" line="52" />
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="51" />
            <source>Add a persona</source>
            <translation>Eine Persona hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="51" />
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="51" />
            <source>Copy this persona</source>
            <translation>Diese Persona kopieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="52" />
            <source>Delete this persona with its ratings and goals</source>
            <translation>Diese Persona mit ihren Bewertungen und Zielen löschen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/stage_editor.py" line="22" />
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
    </context>
    <context>
        <name>PersonasPanel</name>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="37" />
            <source>Occupation</source>
            <translation>Beruf</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="37" />
            <source>Demographics</source>
            <translation>Demografie</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="37" />
            <source>Psychographics</source>
            <translation>Psychografie</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="38" />
            <source>Motivations</source>
            <translation>Motivationen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="38" />
            <source>Frustrations</source>
            <translation>Frustrationen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="38" />
            <source>Quote</source>
            <translation>Zitat</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="39" />
            <source>Biography</source>
            <translation>Biografie</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="47" />
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="56" />
            <source>Shown on this map</source>
            <translation>Auf dieser Map gezeigt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="57" />
            <source>Draw this persona's satisfaction line on the current map</source>
            <translation>Die Zufriedenheitslinie dieser Persona auf der aktuellen Map zeichnen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="61" />
            <location filename="../../cxdesigner/ui/personas_panel.py" line="109" />
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="62" />
            <location filename="../../cxdesigner/ui/personas_panel.py" line="65" />
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="63" />
            <source>Choose an image, or drop one on this panel</source>
            <translation>Ein Bild wählen oder auf diesem Bereich ablegen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="68" />
            <source>not set</source>
            <translation>nicht gesetzt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="71" />
            <source>Age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="106" />
            <source>Change…</source>
            <translation>Ändern…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="122" />
            <source>New persona</source>
            <translation>Neue Persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="126" />
            <source>Add persona</source>
            <translation>Persona hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="133" />
            <source>%1 (copy)</source>
            <translation>%1 (Kopie)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="135" />
            <source>Duplicate persona</source>
            <translation>Persona duplizieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="146" />
            <source>Delete persona</source>
            <translation>Persona löschen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="147" />
            <source>Delete “%1”? %2 and %3 go with them. You can undo this.</source>
            <translation>„%1“ löschen? %2 und %3 werden mit gelöscht. Sie können das rückgängig machen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/personas_panel.py" line="148" />
            <source>Their %n rating(s)</source>
            <translation>
                <numerusform>Ihre %n Bewertung</numerusform>
                <numerusform>Ihre %n Bewertungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/personas_panel.py" line="148" />
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="160" />
            <source>Choose a photo</source>
            <translation>Ein Foto wählen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="161" />
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="185" />
            <source>That file is not an image CX Designer can read.</source>
            <translation>Diese Datei ist kein Bild, das CX Designer lesen kann.</translation>
        </message>
    </context>
    <context>
        <name>PickDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="130" />
            <source>Copy into this project from “%1”:</source>
            <translation>Aus „%1“ in dieses Projekt kopieren:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="146" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>PictureButton</name>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="77" />
            <source>Change…</source>
            <translation>Ändern…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="77" />
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
    </context>
    <context>
        <name>PlanFields</name>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="22" />
            <source>now</source>
            <extracomment>Offered in the phase list in the editor's language (a phase is the words typed or chosen, kept as they are).</extracomment>
            <translation>jetzt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="22" />
            <source>next</source>
            <translation>als Nächstes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="23" />
            <source>later</source>
            <translation>später</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="39" />
            <location filename="../../cxdesigner/ui/plan_fields.py" line="43" />
            <source>Phase</source>
            <translation>Planphase</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="40" />
            <source>When in the plan: now, next, later, or a word of your own</source>
            <translation>Wann im Plan: jetzt, als Nächstes, später oder ein eigenes Wort</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="44" />
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-TT</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="45" />
            <location filename="../../cxdesigner/ui/plan_fields.py" line="47" />
            <source>Planned on</source>
            <translation>Geplant am</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="46" />
            <source>The day the action is planned for, as year-month-day; empty for none</source>
            <translation>Der Tag, für den die Maßnahme geplant ist, als Jahr-Monat-Tag; leer für keinen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="52" />
            <source>Move Earlier</source>
            <translation>Früher</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="52" />
            <source>Apply the selected action earlier</source>
            <translation>Die gewählte Maßnahme früher umsetzen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="53" />
            <source>Move Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="53" />
            <source>Apply the selected action later</source>
            <translation>Die gewählte Maßnahme später umsetzen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="88" />
            <source>A planned date is written year-month-day, such as 2026-03-01.</source>
            <translation>Ein geplantes Datum wird Jahr-Monat-Tag geschrieben, etwa 2026-03-01.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="39" />
            <source>Preferences</source>
            <extracomment>The languages the editor speaks, each named in itself (as people look for their own).</extracomment>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="44" />
            <source>Your name</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="46" />
            <source>Each save records it in the file's versions, and each comment under its text.</source>
            <translation>Jedes Speichern vermerkt ihn in den Versionen der Datei, jeder Kommentar unter seinem Text.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="51" />
            <source>As the system (%1)</source>
            <translation>Wie das System (%1)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="55" />
            <source>The language of menus, panels, templates and exports</source>
            <translation>Die Sprache von Menüs, Bereichen, Vorlagen und Exporten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="56" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="58" />
            <source>A new language takes effect when you restart CX Designer.</source>
            <translation>Eine neue Sprache gilt ab dem nächsten Start von CX Designer.</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="71" />
            <location filename="../../cxdesigner/ui/presentation.py" line="72" />
            <source>Presentation</source>
            <extracomment>The presentation closed (the editor takes its focus back).</extracomment>
            <translation>Präsentation</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="86" />
            <source>Map being presented</source>
            <translation>Präsentierte Map</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="91" />
            <source>Touchpoint details</source>
            <translation>Details des Kontaktpunkts</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="93" />
            <source>→ or Space: next touchpoint · ←: previous · ↓ ↑: next or previous stage · Home, End: first, last · Esc: back to the editor</source>
            <translation>→ oder Leertaste: nächster Kontaktpunkt · ←: vorheriger · ↓ ↑: nächste oder vorherige Phase · Pos1, Ende: erster, letzter · Esc: zurück zum Editor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="219" />
            <source>Pain points</source>
            <translation>Schmerzpunkte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="220" />
            <source>Positive moments</source>
            <translation>Positive Momente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="221" />
            <source>Actions</source>
            <translation>Maßnahmen</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../cxdesigner/ui/printing.py" line="30" />
            <source>Page Setup</source>
            <translation>Seite einrichten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/printing.py" line="59" />
            <location filename="../../cxdesigner/ui/printing.py" line="61" />
            <source>Print</source>
            <translation>Drucken</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/printing.py" line="68" />
            <source>Print Preview</source>
            <translation>Druckvorschau</translation>
        </message>
    </context>
    <context>
        <name>ProjectSettingsDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/project_settings.py" line="16" />
            <location filename="../../cxdesigner/ui/project_settings.py" line="42" />
            <source>Project settings</source>
            <translation>Projekteinstellungen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/project_settings.py" line="21" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/project_settings.py" line="24" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/project_settings.py" line="26" />
            <source>The name heads every exported and printed map, and is proposed as the file's name.</source>
            <translation>Der Name steht über jeder exportierten und gedruckten Map und wird als Dateiname vorgeschlagen.</translation>
        </message>
    </context>
    <context>
        <name>ProjectionDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="20" />
            <source>&amp;Idea</source>
            <translation>&amp;Idee</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="21" />
            <source>&amp;Planned</source>
            <translation>&amp;Geplant</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="22" />
            <source>In p&amp;rogress</source>
            <translation>In &amp;Arbeit</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="23" />
            <source>&amp;Done</source>
            <translation>&amp;Erledigt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="24" />
            <source>Dr&amp;opped</source>
            <translation>&amp;Verworfen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="31" />
            <source>Projected Line of %1</source>
            <translation>Prognoselinie von %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="33" />
            <source>The projected line shows each persona's satisfaction once the chosen actions have their expected effects. Choose the actions by their status, and by date if you like.</source>
            <translation>Die Prognoselinie zeigt die Zufriedenheit jeder Persona, sobald die gewählten Maßnahmen ihre erwartete Wirkung haben. Wählen Sie die Maßnahmen nach ihrem Status und, wenn Sie möchten, nach Datum.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="38" />
            <source>Apply the actions that are</source>
            <translation>Die Maßnahmen umsetzen, die</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="48" />
            <source>Only those planned &amp;by</source>
            <translation>Nur geplant &amp;bis</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="49" />
            <source>Leave out actions planned later and those with no planned date</source>
            <translation>Später geplante Maßnahmen und solche ohne geplantes Datum auslassen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="55" />
            <source>Planned by</source>
            <translation>Geplant bis</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="66" />
            <source>S&amp;witch Off</source>
            <translation>Aus&amp;schalten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="67" />
            <source>Take the projected line off the map</source>
            <translation>Die Prognoselinie von der Map nehmen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="90" />
            <source>No status is ticked: the map shows no projected line.</source>
            <translation>Kein Status ist angekreuzt: die Map zeigt keine Prognoselinie.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="95" />
            <source>%n action(s) with an expected effect will be applied.</source>
            <translation>
                <numerusform>%n Maßnahme mit erwarteter Wirkung wird umgesetzt.</numerusform>
                <numerusform>%n Maßnahmen mit erwarteter Wirkung werden umgesetzt.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="103" />
            <source>Projected line</source>
            <translation>Prognoselinie</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="103" />
            <source>Switch off the projected line</source>
            <translation>Die Prognoselinie ausschalten</translation>
        </message>
    </context>
    <context>
        <name>RatingFields</name>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="17" />
            <source>Assumption</source>
            <translation>Annahme</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="17" />
            <source>Survey</source>
            <translation>Umfrage</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="17" />
            <source>Interview</source>
            <translation>Interview</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="18" />
            <source>Analytics</source>
            <translation>Analytics</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="61" />
            <source>not rated</source>
            <extracomment>A persona's rating or target was entered here (its id): the line last touched.</extracomment>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="61" />
            <source>no target</source>
            <translation>kein Ziel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="62" />
            <source>Satisfaction of %1</source>
            <translation>Zufriedenheit von %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="63" />
            <source>Target satisfaction of %1</source>
            <translation>Zielzufriedenheit von %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="64" />
            <source>Where this touchpoint should get to (the to-be line, drawn fainter)</source>
            <translation>Wohin dieser Kontaktpunkt kommen soll (die Soll-Linie, blasser gezeichnet)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="66" />
            <source>Evidence for %1</source>
            <translation>Beleg für %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="79" />
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
    </context>
    <context>
        <name>RatingHandle</name>
        <message>
            <location filename="../../cxdesigner/canvas/rating_handle.py" line="43" />
            <source>%1: not rated here. Drag up or down to rate.</source>
            <translation>%1: hier nicht bewertet. Zum Bewerten nach oben oder unten ziehen.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="24" />
            <source>Recover unsaved work</source>
            <translation>Ungespeicherte Arbeit wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="27" />
            <source>CX Designer closed without saving this work. Recover it to go on where you left off.</source>
            <translation>CX Designer wurde beendet, ohne diese Arbeit zu speichern. Stellen Sie sie wieder her, um dort weiterzumachen, wo Sie aufgehört haben.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="30" />
            <source>Unsaved work</source>
            <translation>Ungespeicherte Arbeit</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="34" />
            <source>never saved</source>
            <translation>nie gespeichert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="41" />
            <source>Recover</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="42" />
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="43" />
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="44" />
            <source>Keep the copies and ask again at the next start</source>
            <translation>Die Kopien behalten und beim nächsten Start erneut fragen</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="399" />
            <source>Review and import</source>
            <translation>Prüfen und importieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="400" />
            <source>Nothing changes until you press Finish; Undo takes it all back.</source>
            <translation>Nichts ändert sich, bis Sie auf „Fertigstellen“ drücken; „Rückgängig“ nimmt alles zurück.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="404" />
            <source>Import summary</source>
            <translation>Importübersicht</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="407" />
            <source>Keep the current rating where fewer than %1 people answered</source>
            <translation>Die aktuelle Bewertung behalten, wo weniger als %1 Personen geantwortet haben</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="412" />
            <source>Touchpoint</source>
            <translation>Kontaktpunkt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="412" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="412" />
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="413" />
            <source>Mean</source>
            <translation>Mittelwert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="413" />
            <source>95% interval</source>
            <translation>95-%-Intervall</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="448" />
            <source>%1, %2 from %3.</source>
            <translation>%1, %2 aus %3.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="448" />
            <source>%n respondent(s)</source>
            <translation>
                <numerusform>%n Befragter</numerusform>
                <numerusform>%n Befragte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="449" />
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n Antwort</numerusform>
                <numerusform>%n Antworten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="450" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n Zeile</numerusform>
                <numerusform>%n Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="454" />
            <source>Wave “%1”, fieldwork %2.</source>
            <translation>Welle „%1“, Feldzeit %2.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="456" />
            <source>Wave “%1”.</source>
            <translation>Welle „%1“.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="458" />
            <source>Replaces the earlier import “%1”.</source>
            <translation>Ersetzt den früheren Import „%1“.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="461" />
            <source>%n row(s) left out:</source>
            <translation>
                <numerusform>%n Zeile ausgelassen:</numerusform>
                <numerusform>%n Zeilen ausgelassen:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="475" />
            <source>Fewer than %1 answers: read with care</source>
            <translation>Weniger als %1 Antworten: mit Vorsicht lesen</translation>
        </message>
    </context>
    <context>
        <name>SatisfactionLine</name>
        <message>
            <location filename="../../cxdesigner/canvas/satisfaction.py" line="221" />
            <source>%1 after the chosen actions</source>
            <extracomment>The projected line's dash pattern, in pen widths: longer than any persona's own pattern. ``(touchpoint id, persona id, value)`` -&gt; None Told as a story (presentation mode): the index of the last point drawn, None for the whole line.</extracomment>
            <translation>%1 nach den gewählten Maßnahmen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/satisfaction.py" line="229" />
            <source>(assumed)</source>
            <translation>(angenommen)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/satisfaction.py" line="234" />
            <source>few answers: read with care</source>
            <translation>wenige Antworten: mit Vorsicht lesen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/satisfaction.py" line="236" />
            <source>95% interval %1 to %2</source>
            <translation>95-%-Intervall %1 bis %2</translation>
        </message>
    </context>
    <context>
        <name>SaveTemplateDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="30" />
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="62" />
            <source>Save as Template</source>
            <translation>Als Vorlage speichern</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="32" />
            <source>New projects can start from this map, with its personas, channels, departments, lanes and everything on it. Survey answers and review comments stay here.</source>
            <translation>Neue Projekte können mit dieser Map beginnen, mit ihren Personas, Kanälen, Abteilungen, Bahnen und allem darauf. Umfrageantworten und Review-Kommentare bleiben hier.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="38" />
            <source>Template name</source>
            <translation>Name der Vorlage</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="39" />
            <source>The name the start page shows</source>
            <translation>Der Name, den die Startseite zeigt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="41" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="43" />
            <source>Template description</source>
            <translation>Beschreibung der Vorlage</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="44" />
            <source>What the template is for; its first line shows on the start page</source>
            <translation>Wofür die Vorlage gedacht ist; ihre erste Zeile erscheint auf der Startseite</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="47" />
            <source>&amp;Description:</source>
            <translation>&amp;Beschreibung:</translation>
        </message>
    </context>
    <context>
        <name>ScaleGuide</name>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="20" />
            <source>%1 actions</source>
            <translation>Maßnahmen: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="22" />
            <source>, by %1</source>
            <translation>, bis %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="105" />
            <source>measured</source>
            <translation>gemessen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="105" />
            <source>assumed</source>
            <translation>angenommen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="124" />
            <source>projected</source>
            <translation>Prognose</translation>
        </message>
    </context>
    <context>
        <name>ScaleSpin</name>
        <message>
            <location filename="../../cxdesigner/ui/scale_spin.py" line="28" />
            <source>From %1 to %2, in steps of %3; below %1 means none</source>
            <translation>Von %1 bis %2 in Schritten von %3; unter %1 bedeutet keine</translation>
        </message>
    </context>
    <context>
        <name>SceneGestures</name>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="62" />
            <source>Move touchpoint</source>
            <extracomment>What a palette entry carries when dragged: the channel id as UTF-8 (empty for none).</extracomment>
            <translation>Kontaktpunkt verschieben</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/canvas/gestures.py" line="62" />
            <source>Move %n touchpoints</source>
            <translation>
                <numerusform>%n Kontaktpunkt verschieben</numerusform>
                <numerusform>%n Kontaktpunkte verschieben</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="144" />
            <source>Rename touchpoint</source>
            <translation>Kontaktpunkt umbenennen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="162" />
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="163" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="167" />
            <source>Clear rating of %1</source>
            <translation>Bewertung für %1 entfernen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="170" />
            <source>Rate for %1</source>
            <translation>Für %1 bewerten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="183" />
            <source>Add Touchpoint Here</source>
            <translation>Kontaktpunkt hier hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="185" />
            <source>Add Sticky Note Here</source>
            <translation>Haftnotiz hier hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="214" />
            <location filename="../../cxdesigner/canvas/gestures.py" line="225" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="243" />
            <source>This map shows no persona to rate.</source>
            <translation>Diese Map zeigt keine Persona zum Bewerten.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="248" />
            <source>%1 rated %2 here. Up and Down rate this persona; View &gt; Satisfaction Lines chooses another.</source>
            <translation>%1 hat hier mit %2 bewertet. Pfeil nach oben und unten bewerten diese Persona; Ansicht &gt; Zufriedenheitslinien wählt eine andere.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="286" />
            <source>Add a stage to this map first.</source>
            <translation>Fügen Sie dieser Map zuerst eine Phase hinzu.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="54" />
            <location filename="../../cxdesigner/canvas/gestures.py" line="291" />
            <source>New touchpoint</source>
            <translation>Neuer Kontaktpunkt</translation>
        </message>
    </context>
    <context>
        <name>SeamMarker</name>
        <message>
            <location filename="../../cxdesigner/canvas/seams.py" line="25" />
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/seams.py" line="25" />
            <source>Device</source>
            <translation>Gerät</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/seams.py" line="25" />
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
    </context>
    <context>
        <name>SharedFiles</name>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="44" />
            <source>&amp;Versions…</source>
            <translation>&amp;Versionen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="44" />
            <source>Every save of this file: name one, open it, restore it or compare with it</source>
            <translation>Jedes Speichern dieser Datei: eines benennen, öffnen, wiederherstellen oder damit vergleichen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="46" />
            <source>Co&amp;mpare With…</source>
            <translation>Ver&amp;gleichen mit…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="46" />
            <source>Show what differs from an earlier version or another file, on the map</source>
            <translation>Auf der Map zeigen, was sich von einer früheren Version oder einer anderen Datei unterscheidet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="48" />
            <source>&amp;Merge With…</source>
            <translation>&amp;Zusammenführen mit…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="48" />
            <source>Bring in the changes of another copy of this file, or a colleague's comments</source>
            <translation>Die Änderungen einer anderen Kopie dieser Datei oder die Kommentare eines Kollegen übernehmen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="50" />
            <source>Save My &amp;Comments…</source>
            <translation>&amp;Meine Kommentare speichern…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="50" />
            <source>Save the comments you wrote on this read-only file, for its owner to merge in</source>
            <translation>Die Kommentare speichern, die Sie in dieser schreibgeschützten Datei geschrieben haben, damit ihr Besitzer sie übernimmt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="52" />
            <source>&amp;Preferences…</source>
            <translation>Ein&amp;stellungen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="52" />
            <source>Your name, as versions and comments record it</source>
            <translation>Ihr Name, wie Versionen und Kommentare ihn vermerken</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="139" />
            <source>A conflicted copy of this file lies beside it: %1 (made by %2). Merge its changes in, or compare it with yours.</source>
            <translation>Neben dieser Datei liegt eine Konfliktkopie: %1 (erstellt von %2). Übernehmen Sie ihre Änderungen oder vergleichen Sie sie mit Ihrer.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="143" />
            <source>%1's comments on this file lie beside it: %2.</source>
            <translation>Die Kommentare von %1 zu dieser Datei liegen daneben: %2.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="144" />
            <source>A reader</source>
            <translation>Ein Leser</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="151" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="155" />
            <source>Move to the trash?</source>
            <translation>In den Papierkorb verschieben?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="152" />
            <source>The changes of %1 are now in your document (save it to keep them). Move %1 to the trash?</source>
            <translation>Die Änderungen von %1 sind jetzt in Ihrem Dokument (speichern Sie es, um sie zu behalten). %1 in den Papierkorb verschieben?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="156" />
            <source>%1 could not be moved to the trash; remove it yourself when you no longer need it.</source>
            <translation>%1 konnte nicht in den Papierkorb verschoben werden; entfernen Sie die Datei selbst, wenn Sie sie nicht mehr brauchen.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="175" />
            <source>Versions</source>
            <translation>Versionen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="177" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="238" />
            <source>the version of %1</source>
            <translation>die Version von %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="179" />
            <source>Restore %1</source>
            <translation>%1 wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="192" />
            <source>The name is written into the file when it is saved.</source>
            <translation>Der Name wird beim Speichern in die Datei geschrieben.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="198" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="203" />
            <source>Name This Version</source>
            <translation>Diese Version benennen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="199" />
            <source>%1 was changed on disk by someone else; save your document first, then name the version.</source>
            <translation>%1 wurde von jemand anderem auf dem Datenträger geändert; speichern Sie zuerst Ihr Dokument, dann benennen Sie die Version.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="211" />
            <source>it is an earlier version</source>
            <translation>es ist eine frühere Version</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="229" />
            <source>Compare with</source>
            <translation>Vergleichen mit</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="236" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="244" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="248" />
            <source>Compare With</source>
            <translation>Vergleichen mit</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="245" />
            <source>%1 holds only comments: bring them in with File &gt; Merge With….</source>
            <translation>%1 enthält nur Kommentare: Übernehmen Sie sie mit Datei &gt; Zusammenführen mit….</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="253" />
            <source>Merge with</source>
            <translation>Zusammenführen mit</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="275" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="289" />
            <source>Save My Comments</source>
            <translation>Meine Kommentare speichern</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="276" />
            <source>You have written no comments on this file since you opened it.</source>
            <translation>Sie haben seit dem Öffnen keine Kommentare zu dieser Datei geschrieben.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="281" />
            <source>Save my comments</source>
            <translation>Meine Kommentare speichern</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="291" />
            <source>Your comments are saved in %1: its owner can merge them in.</source>
            <translation>Ihre Kommentare sind in %1 gespeichert: Der Besitzer kann sie übernehmen.</translation>
        </message>
    </context>
    <context>
        <name>SidePanels</name>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="32" />
            <source>Opened</source>
            <translation>Geöffnet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="34" />
            <source>Palette</source>
            <translation>Palette</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="35" />
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="36" />
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="37" />
            <source>Inspector</source>
            <translation>Eigenschaften</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="38" />
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="39" />
            <source>Goals &amp;&amp; actions</source>
            <translation>Ziele &amp;&amp; Maßnahmen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="40" />
            <source>Insights</source>
            <translation>Auswertung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="41" />
            <source>Comments</source>
            <translation>Kommentare</translation>
        </message>
    </context>
    <context>
        <name>StageEditor</name>
        <message>
            <location filename="../../cxdesigner/ui/stage_editor.py" line="25" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/stage_editor.py" line="26" />
            <source>Right-click the stage's title on the map to add a stage before or after it, move it or delete it.</source>
            <translation>Rechtsklicken Sie auf den Titel der Phase auf der Map, um davor oder danach eine Phase hinzuzufügen, sie zu verschieben oder zu löschen.</translation>
        </message>
    </context>
    <context>
        <name>StageGestures</name>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="29" />
            <source>Add Touchpoint to “%1”</source>
            <translation>Kontaktpunkt zu „%1“ hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="31" />
            <source>Rename Stage…</source>
            <translation>Phase umbenennen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="33" />
            <source>Stage Colour…</source>
            <translation>Farbe der Phase…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="35" />
            <source>Add Stage Before</source>
            <translation>Phase davor hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="36" />
            <source>Add Stage After</source>
            <translation>Phase danach hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="37" />
            <source>Move Stage Left</source>
            <translation>Phase nach links</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="39" />
            <source>Move Stage Right</source>
            <translation>Phase nach rechts</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="41" />
            <source>Delete Stage…</source>
            <translation>Phase löschen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="62" />
            <source>New stage</source>
            <translation>Neue Phase</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="63" />
            <source>Add stage</source>
            <translation>Phase hinzufügen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="73" />
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="76" />
            <source>Rename stage</source>
            <translation>Phase umbenennen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="74" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="82" />
            <source>Stage colour</source>
            <translation>Farbe der Phase</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="84" />
            <source>Recolour stage</source>
            <translation>Phase umfärben</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="93" />
            <source>Delete the stage %1 with its %n touchpoint(s)? You can undo this.</source>
            <translation>Die Phase %1 mit ihren %n Kontaktpunkten löschen? Sie können das rückgängig machen.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="96" />
            <source>Delete the stages %1 with their %n touchpoint(s)? You can undo this.</source>
            <translation>Die Phasen %1 mit ihren %n Kontaktpunkten löschen? Sie können das rückgängig machen.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="99" />
            <source>Delete stage</source>
            <translation>Phase löschen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="108" />
            <source>Delete stages</source>
            <translation>Phasen löschen</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="108" />
            <source>&lt;h1&gt;CX Designer&lt;/h1&gt;&lt;p&gt;Map every contact your customers have with you, and how they feel at each one.&lt;/p&gt;</source>
            <translation>&lt;h1&gt;CX Designer&lt;/h1&gt;&lt;p&gt;Bilden Sie jeden Kontakt Ihrer Kunden mit Ihnen ab – und wie sie sich dabei fühlen.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="113" />
            <source>&lt;b&gt;Start from a template&lt;/b&gt;</source>
            <translation>&lt;b&gt;Mit einer Vorlage beginnen&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="116" />
            <source>The language the templates are written in</source>
            <translation>Die Sprache, in der die Vorlagen geschrieben sind</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="117" />
            <source>Template language</source>
            <translation>Sprache der Vorlagen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="125" />
            <source>Templates &amp;in</source>
            <translation>Vorlagen &amp;in</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="137" />
            <source>Templates</source>
            <translation>Vorlagen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="146" />
            <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
            <translation>&lt;b&gt;Zuletzt geöffnete Projekte&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="148" />
            <source>Open a project…</source>
            <translation>Ein Projekt öffnen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="153" />
            <source>Recent projects</source>
            <translation>Zuletzt geöffnete Projekte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="175" />
            <source>%1 (your template: right-click to rename or delete it)</source>
            <translation>%1 (Ihre Vorlage: Rechtsklick zum Umbenennen oder Löschen)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="208" />
            <source>Projects you open or save appear here.</source>
            <translation>Projekte, die Sie öffnen oder speichern, erscheinen hier.</translation>
        </message>
    </context>
    <context>
        <name>Story</name>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="47" />
            <source>the lowest</source>
            <extracomment>What a screen read from the back of a room holds: longer texts are cut, longer lists shortened.</extracomment>
            <translation>der niedrigste Wert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="49" />
            <source>the highest</source>
            <translation>der höchste Wert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="51" />
            <source>dissatisfied</source>
            <translation>unzufrieden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="51" />
            <source>neutral</source>
            <translation>neutral</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="52" />
            <source>satisfied</source>
            <translation>zufrieden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="53" />
            <source>%1 on a scale of %2 to %3: %4</source>
            <translation>%1 auf einer Skala von %2 bis %3: %4</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="61" />
            <source>%1 · touchpoint %2 of %3</source>
            <translation>%1 · Kontaktpunkt %2 von %3</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="70" />
            <source>not rated yet</source>
            <translation>noch nicht bewertet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="77" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="86" />
            <source>and %1 more</source>
            <translation>und %1 weitere</translation>
        </message>
    </context>
    <context>
        <name>SurveyWizard</name>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="45" />
            <source>Import survey</source>
            <extracomment>The score spin box's lowest value, shown as "not placed": a label left off the scale.</extracomment>
            <translation>Umfrage importieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="74" />
            <source>Import survey %1</source>
            <translation>Umfrage %1 importieren</translation>
        </message>
    </context>
    <context>
        <name>TableImportDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="32" />
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="100" />
            <source>Import Spreadsheet</source>
            <translation>Tabelle importieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="34" />
            <source>Touchpoints, pain points and actions from %1. Items already on the map are matched by title and changed; the others are added.</source>
            <translation>Kontaktpunkte, Schmerzpunkte und Maßnahmen aus %1. Elemente, die schon auf der Map sind, werden am Titel erkannt und geändert; die übrigen werden hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="40" />
            <source>Import into</source>
            <translation>Importieren in</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="41" />
            <source>The map the tables go into, or a new map</source>
            <translation>Die Map, in die die Tabellen kommen, oder eine neue Map</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="44" />
            <source>A new map</source>
            <translation>Eine neue Map</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="46" />
            <source>Import &amp;into</source>
            <translation>Importieren &amp;in</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="50" />
            <source>What the import changes</source>
            <translation>Was der Import ändert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="54" />
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="55" />
            <source>Import as one step (Edit &gt; Undo takes it back)</source>
            <translation>In einem Schritt importieren (Bearbeiten &gt; Rückgängig nimmt ihn zurück)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="76" />
            <source>Into a new map "%1".</source>
            <translation>In eine neue Map „%1“.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="77" />
            <source>Into the map "%1".</source>
            <translation>In die Map „%1“.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="80" />
            <source>Rows left out (%n):</source>
            <translation>
                <numerusform>Ausgelassene Zeile (%n):</numerusform>
                <numerusform>Ausgelassene Zeilen (%n):</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="92" />
            <source>Import spreadsheet</source>
            <translation>Tabelle importieren</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="93" />
            <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
            <translation>Tabellen (*.xlsx *.csv);;Excel-Arbeitsmappen (*.xlsx);;CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="109" />
            <source>Import %1</source>
            <translation>%1 importieren</translation>
        </message>
    </context>
    <context>
        <name>TeamLibrary</name>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="56" />
            <source>No team library is chosen (File &gt; Team Library…).</source>
            <translation>Keine Teambibliothek gewählt (Datei &gt; Teambibliothek…).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="60" />
            <source>The team library is unavailable: %1</source>
            <translation>Die Teambibliothek ist nicht verfügbar: %1</translation>
        </message>
    </context>
    <context>
        <name>TeamLibraryDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="28" />
            <source>CX Designer projects (*.cxd);;All files (*)</source>
            <translation>CX-Designer-Projekte (*.cxd);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="69" />
            <location filename="../../cxdesigner/ui/library_actions.py" line="105" />
            <source>Team Library</source>
            <translation>Teambibliothek</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="71" />
            <source>A team library is a project file on a shared drive. Its personas, channels and departments can be added to any project, updated and published from the panels.</source>
            <translation>Eine Teambibliothek ist eine Projektdatei auf einem gemeinsamen Laufwerk. Ihre Personas, Kanäle und Abteilungen lassen sich zu jedem Projekt hinzufügen und in den Bereichen aktualisieren und veröffentlichen.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="81" />
            <source>Choose File…</source>
            <translation>Datei wählen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="82" />
            <source>Choose the project file your team shares as its library</source>
            <translation>Die Projektdatei wählen, die Ihr Team als Bibliothek teilt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="84" />
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="85" />
            <source>Use no team library; projects keep the items they copied</source>
            <translation>Keine Teambibliothek verwenden; Projekte behalten die kopierten Einträge</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="97" />
            <source>No team library is chosen.</source>
            <translation>Keine Teambibliothek gewählt.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="100" />
            <source>Library: %1</source>
            <translation>Bibliothek: %1</translation>
        </message>
    </context>
    <context>
        <name>TeamLibraryTemplates</name>
        <message>
            <location filename="../../cxdesigner/ui/library_templates.py" line="49" />
            <source>&lt;b&gt;Team library&lt;/b&gt;</source>
            <translation>&lt;b&gt;Teambibliothek&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_templates.py" line="62" />
            <source>Team library</source>
            <translation>Teambibliothek</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_templates.py" line="77" />
            <source>The team library holds no maps yet.</source>
            <translation>Die Teambibliothek enthält noch keine Karten.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_templates.py" line="83" />
            <source>%1 (from the team library %2)</source>
            <translation>%1 (aus der Teambibliothek %2)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_templates.py" line="97" />
            <source>New project</source>
            <translation>Neues Projekt</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialogs</name>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="72" />
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="75" />
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="83" />
            <source>Rename template</source>
            <translation>Vorlage umbenennen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="76" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="94" />
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="102" />
            <source>Delete template</source>
            <translation>Vorlage löschen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="94" />
            <source>Delete the template “%1”? Projects made from it keep everything; the template cannot be brought back.</source>
            <translation>Die Vorlage „%1“ löschen? Projekte daraus behalten alles; die Vorlage lässt sich nicht zurückholen.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="110" />
            <source>Save a copy of the template</source>
            <translation>Eine Kopie der Vorlage speichern</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="117" />
            <source>CX Designer template (*.json)</source>
            <translation>CX-Designer-Vorlage (*.json)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="123" />
            <source>%1 could not be written: %2.</source>
            <translation>%1 konnte nicht geschrieben werden: %2.</translation>
        </message>
    </context>
    <context>
        <name>TemplateList</name>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="78" />
            <source>&amp;Rename…</source>
            <translation>&amp;Umbenennen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="79" />
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="81" />
            <source>Save a &amp;Copy…</source>
            <translation>&amp;Kopie speichern…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="82" />
            <source>A file to send to colleagues: cxdesigner templates --install FILE adds it</source>
            <translation>Eine Datei für Kolleginnen und Kollegen: cxdesigner templates --install FILE fügt sie hinzu</translation>
        </message>
    </context>
    <context>
        <name>TitleField</name>
        <message>
            <location filename="../../cxdesigner/canvas/title_editor.py" line="20" />
            <source>Touchpoint title</source>
            <translation>Titel des Kontaktpunkts</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="39" />
            <source>Compare With</source>
            <translation>Vergleichen mit</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="39" />
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="48" />
            <source>Versions</source>
            <translation>Versionen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="42" />
            <source>Choose the version to compare this document with, or another file.</source>
            <translation>Wählen Sie die Version, mit der dieses Dokument verglichen werden soll, oder eine andere Datei.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="43" />
            <source>Every save of this file, newest first. The content of named versions, of the last 30 days' saves and of the last 10 saves is kept.</source>
            <translation>Jedes Speichern dieser Datei, das neueste zuerst. Der Inhalt benannter Versionen, der Speicherungen der letzten 30 Tage und der letzten 10 Speicherungen bleibt erhalten.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="54" />
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="59" />
            <source>Compare</source>
            <translation>Vergleichen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="54" />
            <source>Another File…</source>
            <translation>Andere Datei…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="56" />
            <source>Name This Version…</source>
            <translation>Diese Version benennen…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="59" />
            <source>Open Read-Only</source>
            <translation>Schreibgeschützt öffnen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="59" />
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="76" />
            <source> — this file as saved</source>
            <translation> — diese Datei wie gespeichert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="78" />
            <source> — content no longer kept</source>
            <translation> — Inhalt nicht mehr erhalten</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="108" />
            <source>Name This Version</source>
            <translation>Diese Version benennen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="108" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
    </context>
    <context>
        <name>WaveGhost</name>
        <message>
            <location filename="../../cxdesigner/canvas/wave_ghost.py" line="53" />
            <source>Satisfaction in the survey wave %1 (every respondent)</source>
            <translation>Zufriedenheit in der Umfragewelle %1 (alle Befragten)</translation>
        </message>
    </context>
    <context>
        <name>WavesSection</name>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="53" />
            <source>Wave</source>
            <extracomment>Tints of a cell whose change is supported (light, so the text stays legible in either theme's table).</extracomment>
            <translation>Welle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="53" />
            <source>Satisfaction</source>
            <translation>Zufriedenheit</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="53" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="55" />
            <source>Survey waves</source>
            <translation>Umfragewellen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="79" />
            <source>Interval to aim for</source>
            <translation>Angestrebtes Intervall</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="80" />
            <source>The plus or minus the next survey's 95% intervals should stay within, on a 1 to 5 scale (carried onto the map's scale)</source>
            <translation>Das Plus-minus, innerhalb dessen die 95-%-Intervalle der nächsten Umfrage bleiben sollen, auf einer Skala von 1 bis 5 (auf die Skala der Map übertragen)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="83" />
            <source>Interval to aim for (1–5 scale)</source>
            <translation>Angestrebtes Intervall (Skala 1–5)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="87" />
            <source>Next survey</source>
            <translation>Nächste Umfrage</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="106" />
            <source>No survey yet: Map &gt; Import Survey… adds one; a survey imported with a wave label each time is compared here.</source>
            <translation>Noch keine Umfrage: Map &gt; Umfrage importieren… fügt eine hinzu; Umfragen, die jedes Mal mit einer Wellenbezeichnung importiert werden, werden hier verglichen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="110" />
            <source>%n wave(s), every respondent; ▲ ▼ mark supported changes.</source>
            <translation>
                <numerusform>%n Welle, alle Befragten; ▲ ▼ markieren gestützte Änderungen.</numerusform>
                <numerusform>%n Wellen, alle Befragten; ▲ ▼ markieren gestützte Änderungen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="114" />
            <source>Journey NPS</source>
            <translation>NPS der Journey</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="129" />
            <source>Fieldwork %1</source>
            <translation>Feldzeit %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="145" />
            <source>Mean of %n answer(s)</source>
            <translation>
                <numerusform>Mittelwert aus %n Antwort</numerusform>
                <numerusform>Mittelwert aus %n Antworten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="148" />
            <location filename="../../cxdesigner/ui/wave_insights.py" line="165" />
            <source>a supported change</source>
            <translation>eine gestützte Änderung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="148" />
            <location filename="../../cxdesigner/ui/wave_insights.py" line="165" />
            <source>not a supported change</source>
            <translation>keine gestützte Änderung</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="149" />
            <source>%1 by %2 since %3: %4 (Welch's t = %5, df = %6, p = %7)</source>
            <translation>%1 um %2 seit %3: %4 (Welchs t = %5, FG = %6, p = %7)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="150" />
            <source>Up</source>
            <translation>Gestiegen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="150" />
            <source>Down</source>
            <translation>Gesunken</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="162" />
            <source>NPS of %n answer(s)</source>
            <translation>
                <numerusform>NPS aus %n Antwort</numerusform>
                <numerusform>NPS aus %n Antworten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="166" />
            <source>%1 ± %2 points since %3: %4</source>
            <translation>%1 ± %2 Punkte seit %3: %4</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="195" />
            <source>%1: one answer so far, too few to plan from</source>
            <translation>%1: bisher eine Antwort, zu wenige zum Planen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="197" />
            <source>%1: enough (±%2 from %n answer(s))</source>
            <translation>
                <numerusform>%1: genug (±%2 aus %n Antwort)</numerusform>
                <numerusform>%1: genug (±%2 aus %n Antworten)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="200" />
            <source>%1: &lt;b&gt;%n more answer(s)&lt;/b&gt;</source>
            <translation>
                <numerusform>%1: &lt;b&gt;%n weitere Antwort&lt;/b&gt;</numerusform>
                <numerusform>%1: &lt;b&gt;%n weitere Antworten&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="201" />
            <source>(%1 in all; ±%2 now)</source>
            <translation>(%1 insgesamt; jetzt ±%2)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="203" />
            <source>For 95% intervals of ±%1 on this map's scale:</source>
            <translation>Für 95-%-Intervalle von ±%1 auf der Skala dieser Map:</translation>
        </message>
    </context>
    <context>
        <name>pages</name>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="46" />
            <source>landscape</source>
            <extracomment>No text on paper smaller than this, in points (``--min-font``). The smallest text a map draws, in points at 100% (the texts of ``canvas.text``; see ``scene_font``). Sheets offered, smallest first, when a map needs a larger one. A poster taller than this many sheets is no poster any more: refused.</extracomment>
            <translation>Querformat</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="47" />
            <source>portrait</source>
            <translation>Hochformat</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="49" />
            <source>“%1” would take more than %6 rows of %5 sheets to keep its text at %4 pt: choose larger sheets.</source>
            <translation>„%1“ bräuchte mehr als %6 Reihen aus %5-Blättern, um den Text bei %4 pt zu halten: Wählen Sie größere Blätter.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="53" />
            <source>“%1” needs %2 %3 or larger to keep its text at %4 pt or more on one page: choose %2, or a poster of %5 sheets.</source>
            <translation>„%1“ braucht %2 %3 oder größer, um den Text auf einer Seite bei mindestens %4 pt zu halten: Wählen Sie %2 oder ein Poster aus %5-Blättern.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="57" />
            <source>“%1” is too large for one page even on A0 %3 at %4 pt: make it a poster of %5 sheets.</source>
            <translation>„%1“ ist selbst auf A0 %3 bei %4 pt zu groß für eine Seite: Machen Sie ein Poster aus %5-Blättern daraus.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="220" />
            <source>row %1 of %2, sheet %3 of %4</source>
            <translation>Reihe %1 von %2, Blatt %3 von %4</translation>
        </message>
    </context>
</TS>
