<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="38" />
            <source>File format</source>
            <translation>Format de fichier</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="48" />
            <source>About CX Designer</source>
            <translation>À propos de CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="52" />
            <source>&lt;h2&gt;CX Designer %1&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;CX Designer %1&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="53" />
            <source>A desktop editor for customer experience maps.</source>
            <translation>Un éditeur de bureau pour les cartes du parcours client.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="61" />
            <source>%1:</source>
            <translation>%1 :</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="62" />
            <source>Licence: &lt;a href="%1"&gt;%2&lt;/a&gt;</source>
            <translation>Licence : &lt;a href="%1"&gt;%2&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="78" />
            <source>Copy Versions</source>
            <translation>Copier les versions</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="79" />
            <source>Copy the versions, for a bug report</source>
            <translation>Copier les versions, pour un rapport de bogue</translation>
        </message>
    </context>
    <context>
        <name>AccessibleNames</name>
        <message>
            <location filename="../../cxdesigner/ui/accessible_names.py" line="29" />
            <source>Panel tabs</source>
            <translation>Onglets des panneaux</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/accessible_names.py" line="32" />
            <source>Chart</source>
            <translation>Graphique</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/accessible_names.py" line="36" />
            <source>%1 panel</source>
            <translation>Panneau %1</translation>
        </message>
    </context>
    <context>
        <name>AnnotationEditor</name>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="44" />
            <source>Show entries of stage</source>
            <extracomment>The one touchpoint selected on the map: where a new entry goes.</extracomment>
            <translation>Afficher les entrées de l’étape</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="48" />
            <source>Show goals of persona</source>
            <translation>Afficher les objectifs de la persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="68" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="75" />
            <source>1 minor … 5 blocking</source>
            <translation>1 mineur … 5 bloquant</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="79" />
            <source>not set</source>
            <translation>non défini</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="81" />
            <source>The change of satisfaction this action should bring, in the map's scale</source>
            <translation>La variation de satisfaction que cette action devrait apporter, dans l’échelle de la carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="105" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="106" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="107" />
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="109" />
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="110" />
            <source>Evidence</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="111" />
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="240" />
            <source>Touchpoints</source>
            <translation>Points de contact</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="113" />
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="115" />
            <source>Touchpoint</source>
            <translation>Point de contact</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="115" />
            <source>Pain point</source>
            <translation>Point de friction</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="116" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="116" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="116" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="119" />
            <source>Resources we have</source>
            <translation>Ressources disponibles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="120" />
            <source>Resources needed</source>
            <translation>Ressources nécessaires</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="124" />
            <source>Expected effect</source>
            <translation>Effet attendu</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="157" />
            <source>All stages</source>
            <translation>Toutes les étapes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="166" />
            <source>All personas</source>
            <translation>Toutes les personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="178" />
            <source>(no text)</source>
            <translation>(sans texte)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="201" />
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="240" />
            <source>Stages</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="266" />
            <source>New entry</source>
            <translation>Nouvelle entrée</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="269" />
            <source>A goal needs a persona and a stage on this map.</source>
            <translation>Un objectif demande une persona et une étape sur cette carte.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="275" />
            <source>Add a touchpoint to this map first.</source>
            <translation>Ajoutez d’abord un point de contact à cette carte.</translation>
        </message>
    </context>
    <context>
        <name>AnnotationsPanel</name>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="308" />
            <source>Goals</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="308" />
            <source>Pain points</source>
            <translation>Points de friction</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="308" />
            <source>Positive</source>
            <translation>Positifs</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="309" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
    </context>
    <context>
        <name>CatalogEditor</name>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="36" />
            <source>Channels</source>
            <translation>Canaux</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="36" />
            <source>Departments</source>
            <translation>Services</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="52" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="56" />
            <source>Icon</source>
            <translation>Icône</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="92" />
            <source>New channel</source>
            <translation>Nouveau canal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="92" />
            <source>New department</source>
            <translation>Nouveau service</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="106" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="106" />
            <source>%n touchpoint(s) use “%1”; they will have none. Delete it?</source>
            <translation>
                <numerusform>%n point de contact utilise « %1 » ; il n’en aura plus. Le supprimer ?</numerusform>
                <numerusform>%n points de contact utilisent « %1 » ; ils n’en auront plus. Le supprimer ?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatalogPanel</name>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="119" />
            <source>Channels</source>
            <translation>Canaux</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="120" />
            <source>Departments</source>
            <translation>Services</translation>
        </message>
    </context>
    <context>
        <name>CellFields</name>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="27" />
            <source>Angry</source>
            <translation>En colère</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="27" />
            <source>Unhappy</source>
            <translation>Mécontent</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="27" />
            <source>Neutral</source>
            <translation>Neutre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="28" />
            <source>Content</source>
            <translation>Satisfait</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="28" />
            <source>Delighted</source>
            <translation>Ravi</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="144" />
            <source>no value</source>
            <extracomment>Every field, Clear buttons too, top to bottom: the order Tab goes through them.</extracomment>
            <translation>sans valeur</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="145" />
            <source>A number (in %1)</source>
            <translation>Un nombre (en %1)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="146" />
            <source>A number</source>
            <translation>Un nombre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="157" />
            <source>From the rating</source>
            <translation>D’après la note</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="160" />
            <source>The face shown; until one is chosen it follows the rating</source>
            <translation>Le visage affiché ; tant qu’aucun n’est choisi, il suit la note</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="163" />
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="178" />
            <source>Choose a picture, or drop one here</source>
            <translation>Choisissez une image ou déposez-la ici</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="179" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="180" />
            <source>Clear %1</source>
            <translation>Effacer %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="194" />
            <source>Choose a picture</source>
            <translation>Choisir une image</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="195" />
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
            <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="223" />
            <source>Edit %1</source>
            <translation>Modifier %1</translation>
        </message>
    </context>
    <context>
        <name>Choices</name>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="14" />
            <source>Assumption</source>
            <translation>Hypothèse</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="14" />
            <source>assumption</source>
            <translation>hypothèse</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="15" />
            <source>Survey</source>
            <translation>Enquête</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="15" />
            <source>survey</source>
            <translation>enquête</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="16" />
            <source>Interview</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="16" />
            <source>interview</source>
            <translation>entretien</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="17" />
            <source>Analytics</source>
            <translation>Analytique</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="17" />
            <source>analytics</source>
            <translation>analytique</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="18" />
            <source>Digital</source>
            <translation>Numérique</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="18" />
            <source>digital</source>
            <translation>numérique</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="19" />
            <source>Physical</source>
            <translation>Physique</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="19" />
            <source>physical</source>
            <translation>physique</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="20" />
            <source>Human</source>
            <translation>Humain</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="20" />
            <source>human</source>
            <translation>humain</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="21" />
            <source>Low</source>
            <translation>Basse</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="21" />
            <source>low</source>
            <translation>basse</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="22" />
            <source>Medium</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="22" />
            <source>medium</source>
            <translation>moyenne</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="23" />
            <source>High</source>
            <translation>Haute</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="23" />
            <source>high</source>
            <translation>haute</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="24" />
            <source>Critical</source>
            <translation>Critique</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="24" />
            <source>critical</source>
            <translation>critique</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="25" />
            <source>Idea</source>
            <translation>Idée</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="25" />
            <source>idea</source>
            <translation>idée</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="26" />
            <source>Planned</source>
            <translation>Planifiée</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="26" />
            <source>planned</source>
            <translation>planifiée</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="27" />
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="27" />
            <source>in progress</source>
            <translation>en cours</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="28" />
            <source>Done</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="28" />
            <source>done</source>
            <translation>terminée</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="29" />
            <source>Dropped</source>
            <translation>Abandonnée</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="29" />
            <source>dropped</source>
            <translation>abandonnée</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="30" />
            <source>Angry</source>
            <translation>En colère</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="30" />
            <source>angry</source>
            <translation>en colère</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="31" />
            <source>Unhappy</source>
            <translation>Mécontent</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="31" />
            <source>unhappy</source>
            <translation>mécontent</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="32" />
            <source>Neutral</source>
            <translation>Neutre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="32" />
            <source>neutral</source>
            <translation>neutre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="33" />
            <source>Content</source>
            <translation>Satisfait</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="33" />
            <source>content</source>
            <translation>content</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="34" />
            <source>Delighted</source>
            <translation>Ravi</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="34" />
            <source>delighted</source>
            <translation>ravi</translation>
        </message>
    </context>
    <context>
        <name>ClipboardActions</name>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="23" />
            <source>Cu&amp;t</source>
            <translation>Co&amp;uper</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="23" />
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="23" />
            <source>&amp;Paste</source>
            <translation>C&amp;oller</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="24" />
            <source>Move the selected touchpoints</source>
            <translation>Déplacer les points de contact sélectionnés</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="25" />
            <source>Copy the selected touchpoints</source>
            <translation>Copier les points de contact sélectionnés</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="26" />
            <source>Paste touchpoints here</source>
            <translation>Coller les points de contact ici</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="50" />
            <source>Cut %n touchpoints</source>
            <translation>
                <numerusform>Couper %n point de contact</numerusform>
                <numerusform>Couper %n points de contact</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="57" />
            <source>The clipboard holds no touchpoints.</source>
            <translation>Le presse-papiers ne contient aucun point de contact.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="61" />
            <source>Add a stage to this map first.</source>
            <translation>Ajoutez d’abord une étape à cette carte.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="82" />
            <source>Paste %n touchpoints</source>
            <translation>
                <numerusform>Coller %n point de contact</numerusform>
                <numerusform>Coller %n points de contact</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="95" />
            <source>Add %1</source>
            <extracomment>``QUndoCommand.id()`` values for commands that merge.</extracomment>
            <translation>Ajouter : %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="112" />
            <source>Delete %1</source>
            <translation>Supprimer : %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="136" />
            <source>Edit %1</source>
            <translation>Modifier %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="185" />
            <source>Move %1</source>
            <translation>Déplacer : %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="210" />
            <source>Move touchpoints</source>
            <translation>Déplacer les points de contact</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="237" />
            <source>Clear rating</source>
            <translation>Effacer la note</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="237" />
            <source>Set rating</source>
            <translation>Noter</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="277" />
            <source>Clear target</source>
            <translation>Effacer la cible</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="277" />
            <source>Set target</source>
            <translation>Fixer la cible</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="305" />
            <source>Change scale</source>
            <translation>Changer d’échelle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="331" />
            <source>Show persona on map</source>
            <translation>Afficher la persona sur la carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="348" />
            <source>Remove persona from map</source>
            <translation>Retirer la persona de la carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="367" />
            <source>goal</source>
            <extracomment>Each kind of item in menu words ("Add pain point"), and labels other layers push with.</extracomment>
            <translation>objectif</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="367" />
            <source>pain point</source>
            <translation>point de friction</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="368" />
            <source>positive moment</source>
            <translation>moment positif</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="369" />
            <source>action</source>
            <translation>action</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="369" />
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="370" />
            <source>channel</source>
            <translation>canal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="371" />
            <source>department</source>
            <translation>service</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="372" />
            <source>comment</source>
            <translation>commentaire</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="372" />
            <source>stage</source>
            <translation>étape</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="373" />
            <source>touchpoint</source>
            <translation>point de contact</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="374" />
            <source>lane</source>
            <translation>couloir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="374" />
            <source>cell</source>
            <translation>cellule</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="375" />
            <source>map</source>
            <translation>carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="375" />
            <source>persona</source>
            <translation>persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="376" />
            <source>project</source>
            <translation>projet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="377" />
            <source>survey</source>
            <translation>enquête</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="378" />
            <source>Apply survey ratings</source>
            <translation>Appliquer les notes de l’enquête</translation>
        </message>
    </context>
    <context>
        <name>CommentBadge</name>
        <message>
            <location filename="../../cxdesigner/canvas/comment_badges.py" line="37" />
            <source>%1 comments, %2 open: click to read them</source>
            <translation>%1 commentaires, %2 ouverts : cliquez pour les lire</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="36" />
            <source>Show resolved</source>
            <extracomment>A thread was clicked: the id of what it is about, to show on the map.</extracomment>
            <translation>Afficher les résolus</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="40" />
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="50" />
            <source>Comment text</source>
            <translation>Texte du commentaire</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="51" />
            <source>Write a comment or a reply…</source>
            <translation>Écrivez un commentaire ou une réponse…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="56" />
            <source>Comment</source>
            <translation>Commenter</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="57" />
            <source>Reply</source>
            <translation>Répondre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="58" />
            <location filename="../../cxdesigner/ui/comments_panel.py" line="180" />
            <source>Resolve</source>
            <translation>Résoudre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="59" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="98" />
            <source>something removed</source>
            <translation>un élément supprimé</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="101" />
            <source>the map</source>
            <translation>la carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="102" />
            <source>stage</source>
            <translation>étape</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="102" />
            <source>touchpoint</source>
            <translation>point de contact</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="102" />
            <source>pain point</source>
            <translation>point de friction</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="103" />
            <source>action</source>
            <translation>action</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="111" />
            <source>New comments go on %1.</source>
            <translation>Les nouveaux commentaires vont sur %1.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="180" />
            <source>Reopen</source>
            <translation>Rouvrir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="196" />
            <source>Add comment</source>
            <translation>Ajouter un commentaire</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="200" />
            <source>Reply to comment</source>
            <translation>Répondre au commentaire</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="209" />
            <source>Reopen comment</source>
            <translation>Rouvrir le commentaire</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="209" />
            <source>Resolve comment</source>
            <translation>Résoudre le commentaire</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="214" />
            <source>Delete comment</source>
            <translation>Supprimer le commentaire</translation>
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="111" />
            <source>Differences</source>
            <translation>Différences</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="116" />
            <source>Previous</source>
            <translation>Précédente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="116" />
            <source>Next</source>
            <translation>Suivante</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="120" />
            <source>End Comparison</source>
            <translation>Terminer la comparaison</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="124" />
            <source>Comparison</source>
            <translation>Comparaison</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/compare_mode.py" line="131" />
            <source>From %1 to this document: %n difference(s).</source>
            <translation>
                <numerusform>De %1 à ce document : %n différence.</numerusform>
                <numerusform>De %1 à ce document : %n différences.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="133" />
            <source>This document and %1 hold the same project.</source>
            <translation>Ce document et %1 contiennent le même projet.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="24" />
            <source>after %1</source>
            <translation>après %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="24" />
            <source>first</source>
            <translation>en premier</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="27" />
            <source>taken off</source>
            <translation>retiré</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="27" />
            <source>kept</source>
            <translation>conservé</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="28" />
            <source>removed</source>
            <translation>supprimé</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="28" />
            <source>kept, with its changes</source>
            <translation>conservé, avec ses modifications</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="52" />
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="52" />
            <source>Mine</source>
            <translation>La mienne</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="53" />
            <source>Theirs</source>
            <translation>La leur</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="57" />
            <source>Keep mine</source>
            <translation>Garder la mienne</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="58" />
            <source>Keep theirs</source>
            <translation>Garder la leur</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="59" />
            <source>My own:</source>
            <translation>La mienne propre :</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="61" />
            <source>My own value</source>
            <translation>Ma propre valeur</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="75" />
            <source>Previous</source>
            <translation>Précédente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="76" />
            <source>Next</source>
            <translation>Suivante</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="84" />
            <source>Merge</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="93" />
            <source>Conflict %1 of %2</source>
            <translation>Conflit %1 sur %2</translation>
        </message>
    </context>
    <context>
        <name>CopiesBar</name>
        <message>
            <location filename="../../cxdesigner/ui/copies_bar.py" line="33" />
            <source>Copies beside this file</source>
            <translation>Copies à côté de ce fichier</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/copies_bar.py" line="41" />
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/copies_bar.py" line="42" />
            <source>Ignore</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/copies_bar.py" line="66" />
            <source>Merge It In</source>
            <translation>L’intégrer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/copies_bar.py" line="66" />
            <source>Merge Them In</source>
            <translation>Les intégrer</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <location filename="../../cxdesigner/editor/document.py" line="65" />
            <source>the file is read-only</source>
            <extracomment>The stamp of a file whose state when the work began is not known: it never matches a file on disk.</extracomment>
            <translation>le fichier est en lecture seule</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/document.py" line="67" />
            <source>its folder is read-only</source>
            <translation>son dossier est en lecture seule</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/document.py" line="137" />
            <location filename="../../cxdesigner/editor/document.py" line="166" />
            <source>you opened it read-only</source>
            <extracomment>Every model event, as the model emitted it. The modified flag flipped (for the ``*`` in the title). The file path changed (Save As, first save). Undo or redo walked the stack (not a new edit): the ids its steps are about, to show them. ``try_push`` was refused: the model's one plain sentence, for the user. ``project`` is another object now (a version restored, a merge): views start again from it. The file as read or last saved: saving over a file someone else changed is refused. Why Save must go elsewhere (Save As), or None when the file may be written. A sentence to tell before the first save (an older file format is upgraded). Keep the replaced file as ``NAME.cxd.bak`` on each save. The file's revisions; each save adds one. Who saves and comments (``None``: the login name). What the window calls the document instead of its file's name (an earlier version).</extracomment>
            <translation>vous l’avez ouvert en lecture seule</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/document.py" line="224" />
            <source>%1 is open read-only (%2): use Save As to keep your changes in another file.</source>
            <translation>%1 est ouvert en lecture seule (%2) : utilisez Enregistrer sous pour garder vos modifications dans un autre fichier.</translation>
        </message>
    </context>
    <context>
        <name>EarlierWave</name>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="25" />
            <source>Earlier Survey &amp;Wave</source>
            <translation>&amp;Vague d’enquête précédente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="77" />
            <source>No map</source>
            <translation>Aucune carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="81" />
            <source>&amp;None</source>
            <translation>&amp;Aucune</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="87" />
            <source>No survey waves yet: Map &gt; Import Survey…</source>
            <translation>Pas encore de vague d’enquête : Carte &gt; Importer une enquête…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="93" />
            <source>Fieldwork %1</source>
            <translation>Terrain %1</translation>
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
            <translation>Une erreur s’est produite dans CX Designer. Vous pouvez continuer à travailler.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/error_guard.py" line="96" />
            <source>Your unsaved work was copied to a recovery file.</source>
            <translation>Votre travail non enregistré a été copié dans un fichier de récupération.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/error_guard.py" line="98" />
            <source>The details are also in %1.</source>
            <translation>Les détails se trouvent aussi dans %1.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="26" />
            <source>PDF document</source>
            <translation>Document PDF</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="27" />
            <source>Stakeholder pack (PDF)</source>
            <translation>Dossier pour les parties prenantes (PDF)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="28" />
            <source>SVG drawing</source>
            <translation>Dessin SVG</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="28" />
            <source>PNG image</source>
            <translation>Image PNG</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="29" />
            <source>CSV tables (spreadsheets)</source>
            <translation>Tableaux CSV (tableurs)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="30" />
            <source>Excel workbook (a sheet per table)</source>
            <translation>Classeur Excel (une feuille par tableau)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="31" />
            <source>JSON (whole project)</source>
            <translation>JSON (projet entier)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="32" />
            <source>Mermaid journey text</source>
            <translation>Texte de parcours Mermaid</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="33" />
            <source>Interactive map (HTML)</source>
            <translation>Carte interactive (HTML)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="46" />
            <location filename="../../cxdesigner/ui/export_dialog.py" line="156" />
            <location filename="../../cxdesigner/ui/export_dialog.py" line="294" />
            <location filename="../../cxdesigner/ui/export_dialog.py" line="313" />
            <source>Export</source>
            <extracomment>The choices of the Format list that write a PDF: the map itself, or the stakeholder pack.</extracomment>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="56" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="59" />
            <source>Maps to export</source>
            <translation>Cartes à exporter</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="66" />
            <source>Maps</source>
            <translation>Cartes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="69" />
            <source>Add a summary of the journey scores</source>
            <translation>Ajouter un résumé des scores du parcours</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="70" />
            <source>Each persona's mean satisfaction, peak-end score, NPS, weakest touchpoint and biggest drop, under the map</source>
            <translation>La satisfaction moyenne, le score pic-fin, le NPS, le point de contact le plus faible et la plus forte baisse de chaque persona, sous la carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="74" />
            <source>Add the review comments as an appendix</source>
            <translation>Ajouter les commentaires de relecture en annexe</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="75" />
            <source>Every comment thread of the map, with its replies, open or resolved, after the insights</source>
            <translation>Chaque fil de commentaires de la carte, avec ses réponses, ouvert ou résolu, après les analyses</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="79" />
            <source>All maps in one PDF</source>
            <translation>Toutes les cartes dans un PDF</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="82" />
            <source>Recorded in the PDF</source>
            <translation>Inscrit dans le PDF</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="92" />
            <source>Make a Poster</source>
            <translation>Faire une affiche</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="93" />
            <source>Tile the map over several sheets of this paper, text kept legible</source>
            <translation>Répartir la carte sur plusieurs feuilles de ce papier, texte lisible</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="104" />
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="107" />
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="114" />
            <source>Transparent background</source>
            <translation>Fond transparent</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="116" />
            <source>Resolution</source>
            <translation>Résolution</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="118" />
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="120" />
            <source>Byte-order mark, for Excel</source>
            <translation>Indicateur d’ordre des octets, pour Excel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="122" />
            <source>Lets spreadsheet programs recognise the UTF-8 text</source>
            <translation>Permet aux tableurs de reconnaître le texte UTF-8</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="123" />
            <source>Tables</source>
            <translation>Tableaux</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="127" />
            <source>Left out</source>
            <translation>Exclus</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="131" />
            <location filename="../../cxdesigner/ui/export_dialog.py" line="284" />
            <source>Export to</source>
            <translation>Exporter vers</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="134" />
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="139" />
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="149" />
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="238" />
            <source>No preview for this format</source>
            <translation>Pas d’aperçu pour ce format</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="248" />
            <source>Too small to read on this sheet</source>
            <translation>Trop petit pour être lu sur cette feuille</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/export_dialog.py" line="252" />
            <source>%n sheet(s) for this map</source>
            <translation>
                <numerusform>%n feuille pour cette carte</numerusform>
                <numerusform>%n feuilles pour cette carte</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="262" />
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 pixels</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="275" />
            <source>Use %1</source>
            <translation>Utiliser %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/export_dialog.py" line="294" />
            <source>Replace %n existing file(s)?</source>
            <translation>
                <numerusform>Remplacer %n fichier existant ?</numerusform>
                <numerusform>Remplacer %n fichiers existants ?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="297" />
            <source>Exporting…</source>
            <translation>Exportation…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="297" />
            <source>Cancel</source>
            <translation>Annuler</translation>
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
            <translation>Note mesurée</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="29" />
            <source>The mean of the survey scores given to a touchpoint by the respondents of a persona, converted to the map's scale, with the number of answers, their standard deviation and the 95% confidence interval of the mean.</source>
            <translation>La moyenne des scores d’enquête donnés à un point de contact par les répondants d’une persona, convertie à l’échelle de la carte, avec le nombre de réponses, leur écart type et l’intervalle de confiance à 95 % de la moyenne.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="33" />
            <source>95% confidence interval</source>
            <translation>Intervalle de confiance à 95 %</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="34" />
            <source>The mean plus or minus Student's t quantile (97.5%, n - 1 degrees of freedom) times the standard deviation divided by the square root of n: the range that holds the true mean in 95 of 100 surveys like this one.</source>
            <translation>La moyenne plus ou moins le quantile t de Student (97,5 %, n - 1 degrés de liberté) fois l’écart type divisé par la racine carrée de n : l’intervalle qui contient la vraie moyenne dans 95 enquêtes sur 100 comme celle-ci.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="38" />
            <source>Few answers</source>
            <translation>Peu de réponses</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="39" />
            <source>A measured rating that rests on fewer answers than the threshold (10 unless set otherwise), so that its interval is wide and it should be read with care.</source>
            <translation>Une note mesurée qui repose sur moins de réponses que le seuil (10 sauf réglage contraire), si bien que son intervalle est large et qu’elle doit être lue avec prudence.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="42" />
            <source>Net Promoter Score</source>
            <translation>Net Promoter Score</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="43" />
            <source>The percentage of promoters (answers of 9 or 10 to the 0-10 recommendation question) minus the percentage of detractors (answers of 0 to 6), from -100 to +100.</source>
            <translation>Le pourcentage de promoteurs (réponses 9 ou 10 à la question de recommandation de 0 à 10) moins le pourcentage de détracteurs (réponses de 0 à 6), de -100 à +100.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="46" />
            <source>NPS margin of error</source>
            <translation>Marge d’erreur du NPS</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="47" />
            <source>1.96 times the standard error of the answers coded +1 for a promoter, 0 for a passive and -1 for a detractor, times 100: the NPS lies within this many points of the true one with 95% confidence.</source>
            <translation>1,96 fois l’erreur type des réponses codées +1 pour un promoteur, 0 pour un passif et -1 pour un détracteur, fois 100 : le NPS se trouve à moins de ce nombre de points du vrai avec 95 % de confiance.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="50" />
            <source>Mean satisfaction</source>
            <translation>Satisfaction moyenne</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="51" />
            <source>The average of a persona's ratings over every rated touchpoint of the map, each touchpoint counting once.</source>
            <translation>La moyenne des notes d’une persona sur tous les points de contact notés de la carte, chaque point de contact comptant une fois.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="53" />
            <source>Stage means</source>
            <translation>Moyennes par étape</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="54" />
            <source>The average of a persona's ratings over the rated touchpoints of each stage.</source>
            <translation>La moyenne des notes d’une persona sur les points de contact notés de chaque étape.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="56" />
            <source>Weakest touchpoints</source>
            <translation>Points de contact les plus faibles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="57" />
            <source>The rated touchpoints with the lowest satisfaction for a persona, lowest first.</source>
            <translation>Les points de contact notés avec la satisfaction la plus basse pour une persona, du plus bas au plus haut.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="59" />
            <source>Strongest touchpoints</source>
            <translation>Points de contact les plus forts</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="60" />
            <source>The rated touchpoints with the highest satisfaction for a persona, highest first.</source>
            <translation>Les points de contact notés avec la satisfaction la plus haute pour une persona, du plus haut au plus bas.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="62" />
            <source>Peak-end score</source>
            <translation>Score pic-fin</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="63" />
            <source>The mean of the most intense moment (the rating furthest from the middle of the scale, the earlier of equals) and the last rated touchpoint, since people judge an experience mostly by its peak and its end.</source>
            <translation>La moyenne du moment le plus intense (la note la plus éloignée du milieu de l’échelle, la première en cas d’égalité) et du dernier point de contact noté, car on juge une expérience surtout par son pic et sa fin.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="66" />
            <source>Biggest drops</source>
            <translation>Plus fortes baisses</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="67" />
            <source>The largest falls in satisfaction from one rated touchpoint to the next rated one, largest first.</source>
            <translation>Les plus fortes chutes de satisfaction d’un point de contact noté au suivant, de la plus forte à la plus faible.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="69" />
            <source>Persona comparison</source>
            <translation>Comparaison des personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="70" />
            <source>Each persona's rating at every touchpoint side by side, with each persona's mean satisfaction and, at each touchpoint, the difference between the highest and the lowest persona.</source>
            <translation>La note de chaque persona à chaque point de contact, côte à côte, avec la satisfaction moyenne de chaque persona et, à chaque point de contact, l’écart entre la persona la plus haute et la plus basse.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="73" />
            <source>Gaps</source>
            <translation>Ruptures</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="74" />
            <source>A seam between two consecutive touchpoints where the customer switches channel, device or department, with the change in each persona's satisfaction across it.</source>
            <translation>Une jointure entre deux points de contact consécutifs où le client change de canal, d’appareil ou de service, avec la variation de satisfaction de chaque persona à son passage.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="77" />
            <source>Gap to target</source>
            <translation>Écart à la cible</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="78" />
            <source>The target satisfaction minus the current rating at a touchpoint: how far it still has to rise, negative when it already does better than its target.</source>
            <translation>La satisfaction cible moins la note actuelle à un point de contact : ce qu’il lui reste à gagner, négatif quand il dépasse déjà sa cible.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="81" />
            <source>Survey waves</source>
            <translation>Vagues d’enquête</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="82" />
            <source>Each touchpoint's mean survey score and NPS in every wave of the map's surveys, with their 95% intervals, and an arrow only where the change from the wave before is statistically supported.</source>
            <translation>Le score moyen d’enquête et le NPS de chaque point de contact dans chaque vague des enquêtes de la carte, avec leurs intervalles à 95 %, et une flèche seulement là où le changement depuis la vague précédente est statistiquement établi.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="85" />
            <source>Supported change</source>
            <translation>Changement établi</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="86" />
            <source>A change between two consecutive waves that is unlikely to come from sampling alone: for a mean, Welch's two-sided t test at 95% (unequal variances, Welch-Satterthwaite degrees of freedom) has p under 0.05; for an NPS, the difference is larger than its margin of error, 1.96 times the square root of the sum of both scores' squared standard errors.</source>
            <translation>Un changement entre deux vagues consécutives qui a peu de chances de venir du seul échantillonnage : pour une moyenne, le test t bilatéral de Welch à 95 % (variances inégales, degrés de liberté de Welch-Satterthwaite) donne p inférieur à 0,05 ; pour un NPS, la différence dépasse sa marge d’erreur, 1,96 fois la racine carrée de la somme des carrés des erreurs types des deux scores.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="91" />
            <source>Next survey</source>
            <translation>Prochaine enquête</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="92" />
            <source>For each touchpoint, the answers its next survey needs for a 95% interval no wider than the chosen plus or minus (0.5 on a 1 to 5 scale unless set, carried onto the map's scale), from the spread in the latest wave that asked about it, and how many more that is than that wave had.</source>
            <translation>Pour chaque point de contact, les réponses dont sa prochaine enquête a besoin pour un intervalle à 95 % pas plus large que le plus ou moins choisi (0,5 sur une échelle de 1 à 5 sauf réglage, reporté sur l’échelle de la carte), d’après la dispersion de la dernière vague qui l’a interrogé, et combien de plus cela fait que cette vague n’en avait.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="96" />
            <source>Projected mean</source>
            <translation>Moyenne projetée</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="97" />
            <source>The mean satisfaction the persona would have once the actions chosen for the projected line have their expected effects, each touchpoint's rating plus the effects of the actions acting on it, held within the scale.</source>
            <translation>La satisfaction moyenne qu’aurait la persona une fois que les actions choisies pour la ligne projetée ont leurs effets attendus : la note de chaque point de contact plus les effets des actions qui agissent sur lui, maintenue dans l’échelle.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="101" />
            <source>Projected peak-end</source>
            <translation>Pic-fin projeté</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="102" />
            <source>The peak-end score of the projected line: the same measure taken on the ratings the chosen actions are expected to bring.</source>
            <translation>Le score pic-fin de la ligne projetée : la même mesure prise sur les notes que les actions choisies devraient apporter.</translation>
        </message>
    </context>
    <context>
        <name>FileLifecycle</name>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="57" />
            <source>New project</source>
            <translation>Nouveau projet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="62" />
            <source>Open project</source>
            <translation>Ouvrir un projet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="86" />
            <source>Cannot open project</source>
            <translation>Impossible d’ouvrir le projet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="102" />
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="111" />
            <source>Recover unsaved work</source>
            <translation>Récupérer le travail non enregistré</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="124" />
            <source>File in use</source>
            <translation>Fichier en cours d’utilisation</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="126" />
            <source>Open it read-only, or open it for editing anyway if they no longer have it open.</source>
            <translation>Ouvrez-le en lecture seule, ou ouvrez-le quand même pour le modifier si plus personne ne l’a ouvert.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="128" />
            <source>Open Read-Only</source>
            <translation>Ouvrir en lecture seule</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="129" />
            <source>Open Anyway</source>
            <translation>Ouvrir quand même</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="143" />
            <source>Colleagues opening this file will not be warned: %1.</source>
            <translation>Les collègues qui ouvriront ce fichier ne seront pas avertis : %1.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="163" />
            <source>Save project as</source>
            <translation>Enregistrer le projet sous</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="176" />
            <source>Read-only</source>
            <translation>Lecture seule</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="177" />
            <source>You opened %1 read-only (%2), so it cannot be replaced. Choose another name for your version.</source>
            <translation>Vous avez ouvert %1 en lecture seule (%2), il ne peut donc pas être remplacé. Choisissez un autre nom pour votre version.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="181" />
            <source>Save in the new format?</source>
            <translation>Enregistrer dans le nouveau format ?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="188" />
            <source>Cannot save project</source>
            <translation>Impossible d’enregistrer le projet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="194" />
            <source>Saved %1</source>
            <translation>%1 enregistré</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="200" />
            <source>File changed on disk</source>
            <translation>Fichier modifié sur le disque</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="201" />
            <source>%1 was changed by someone else since you opened it.</source>
            <translation>%1 a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="204" />
            <source>Merge their changes into yours and save both, save yours as another file, overwrite theirs with yours, or reload theirs (your changes are kept as a recovery copy, offered the next time CX Designer starts).</source>
            <translation>Fusionnez leurs modifications avec les vôtres et enregistrez le tout, enregistrez les vôtres dans un autre fichier, écrasez les leurs avec les vôtres, ou rechargez les leurs (vos modifications sont gardées comme copie de récupération, proposée au prochain démarrage de CX Designer).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="207" />
            <source>Merge Their Changes</source>
            <translation>Fusionner leurs modifications</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="208" />
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="260" />
            <source>Save As…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="209" />
            <source>Overwrite</source>
            <translation>Écraser</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="210" />
            <source>Reload Theirs</source>
            <translation>Recharger la leur</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="228" />
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="235" />
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="229" />
            <source>Your changes could not be kept as a recovery copy, so the file was not reloaded.</source>
            <translation>Vos modifications n’ont pas pu être gardées comme copie de récupération : le fichier n’a donc pas été rechargé.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="243" />
            <source>Reloaded %1. Your changes are kept as a recovery copy.</source>
            <translation>%1 rechargé. Vos modifications sont gardées comme copie de récupération.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="252" />
            <source>Save the changes to %1 before closing?</source>
            <translation>Enregistrer les modifications de %1 avant de fermer ?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="254" />
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="257" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="259" />
            <source>You opened it read-only: your version goes to another file.</source>
            <translation>Vous l’avez ouvert en lecture seule : votre version va dans un autre fichier.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="86" />
            <source>Choose the survey file</source>
            <translation>Choisir le fichier d’enquête</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="87" />
            <source>A survey tool's export (Qualtrics, SurveyMonkey, Google Forms, Microsoft Forms, Typeform, LimeSurvey), or a CSV file or Excel workbook with one row per respondent and a column per touchpoint, or one row per answer.</source>
            <translation>L’export d’un outil d’enquête (Qualtrics, SurveyMonkey, Google Forms, Microsoft Forms, Typeform, LimeSurvey), ou un fichier CSV ou un classeur Excel avec une ligne par répondant et une colonne par point de contact, ou une ligne par réponse.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="93" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="136" />
            <source>Survey file</source>
            <translation>Fichier d’enquête</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="94" />
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="98" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="100" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="104" />
            <source>Sheet</source>
            <translation>Feuille</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="101" />
            <source>The sheet of an Excel workbook that holds the answers</source>
            <translation>La feuille du classeur Excel qui contient les réponses</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="102" />
            <source>Only for Excel workbooks</source>
            <translation>Seulement pour les classeurs Excel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="106" />
            <source>Importing a survey of the same name again replaces it</source>
            <translation>Importer à nouveau une enquête du même nom la remplace</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="107" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="110" />
            <source>such as 2026 Q3</source>
            <translation>comme 2026 T3</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="111" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="114" />
            <source>Wave</source>
            <translation>Vague</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="112" />
            <source>Which wave of this map's surveys this is: Insights compares the waves, and surveys of one wave are pooled</source>
            <translation>Quelle vague des enquêtes de cette carte c’est : les Analyses comparent les vagues, et les enquêtes d’une même vague sont regroupées</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="117" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="127" />
            <source>Fieldwork from</source>
            <translation>Terrain du</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="118" />
            <source>Fieldwork to</source>
            <translation>Terrain au</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="119" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="122" />
            <source>When the answers were collected (leave empty when not known); it orders the waves</source>
            <translation>Quand les réponses ont été recueillies (laisser vide si inconnu) ; cela ordonne les vagues</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="125" />
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="137" />
            <source>Survey files (*.csv *.txt *.tsv *.xlsx);;CSV files (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Fichiers d’enquête (*.csv *.txt *.tsv *.xlsx);;Fichiers CSV (*.csv *.txt *.tsv);;Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="177" />
            <source>The file is larger than 200 MB.</source>
            <translation>Le fichier dépasse 200 Mo.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="181" />
            <source>Could not read %1: %2.</source>
            <translation>Impossible de lire %1 : %2.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="202" />
            <source>“%1” is not a date: write it as YYYY-MM-DD, such as 2026-07-01.</source>
            <translation>« %1 » n’est pas une date : écrivez-la AAAA-MM-JJ, comme 2026-07-01.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="208" />
            <source>The fieldwork ends before it starts.</source>
            <translation>Le terrain se termine avant de commencer.</translation>
        </message>
    </context>
    <context>
        <name>GuideBrowser</name>
        <message>
            <location filename="../../cxdesigner/ui/guide.py" line="41" />
            <source>User guide</source>
            <translation>Guide de l’utilisateur</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <location filename="../../cxdesigner/ui/guide.py" line="76" />
            <source>CX Designer user guide</source>
            <translation>Guide de l’utilisateur de CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/guide.py" line="82" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/guide.py" line="86" />
            <source>Contents</source>
            <translation>Sommaire</translation>
        </message>
    </context>
    <context>
        <name>HighContrastAction</name>
        <message>
            <location filename="../../cxdesigner/ui/contrast.py" line="35" />
            <source>&amp;High Contrast</source>
            <translation>&amp;Contraste élevé</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/contrast.py" line="37" />
            <location filename="../../cxdesigner/ui/contrast.py" line="38" />
            <source>White and yellow on black, for the editor and the map</source>
            <translation>Blanc et jaune sur noir, pour l'éditeur et la carte</translation>
        </message>
    </context>
    <context>
        <name>HtmlMap</name>
        <message>
            <location filename="../../cxdesigner/render/html_svg.py" line="180" />
            <source>Touchpoint %1 of %2: %3</source>
            <translation>Point de contact %1 sur %2 : %3</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_svg.py" line="298" />
            <source>Goal of %1</source>
            <translation>Objectif de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="30" />
            <source>%1: %2 on a scale from %3 to %4</source>
            <translation>%1 : %2 sur une échelle de %3 à %4</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="34" />
            <source>n = %1</source>
            <translation>n = %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="36" />
            <source>standard deviation %1</source>
            <translation>écart type %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="38" />
            <source>95% interval %1 to %2</source>
            <translation>intervalle à 95 % de %1 à %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="45" />
            <source>severity %1 of 5</source>
            <translation>gravité %1 sur 5</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="47" />
            <source>Also at: %1</source>
            <translation>Aussi à : %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="54" />
            <source>%1 priority</source>
            <translation>priorité %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="57" />
            <source>%1 expected</source>
            <translation>%1 attendu</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="60" />
            <source>Resources available: %1</source>
            <translation>Ressources disponibles : %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="62" />
            <source>Resources still needed: %1</source>
            <translation>Ressources encore nécessaires : %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="69" />
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="69" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="70" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="71" />
            <source>Department</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="71" />
            <source>Device</source>
            <translation>Appareil</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="72" />
            <source>Starts</source>
            <translation>Commence</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="73" />
            <source>Takes</source>
            <translation>Dure</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="74" />
            <source>%1 minutes</source>
            <translation>%1 minutes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="75" />
            <source>Customer does</source>
            <translation>Le client fait</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="75" />
            <source>Thinks</source>
            <translation>Pense</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="76" />
            <source>Feels</source>
            <translation>Ressent</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="80" />
            <source>Rating</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="81" />
            <source>%1: not rated</source>
            <translation>%1 : non noté</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="84" />
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="94" />
            <source>Pain point</source>
            <translation>Point de friction</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="97" />
            <source>Positive moment</source>
            <translation>Moment positif</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="100" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="101" />
            <source>Resources available</source>
            <translation>Ressources disponibles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="102" />
            <source>Resources still needed</source>
            <translation>Ressources encore nécessaires</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="55" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="55" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="117" />
            <source>Satisfaction from %1 to %2</source>
            <translation>Satisfaction de %1 à %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="126" />
            <source>Stages</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="126" />
            <source>Touchpoints</source>
            <translation>Points de contact</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="127" />
            <source>Pain points</source>
            <translation>Points de friction</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="127" />
            <source>Positive moments</source>
            <translation>Moments positifs</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="128" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
    </context>
    <context>
        <name>InfoBar</name>
        <message>
            <location filename="../../cxdesigner/ui/info_bar.py" line="22" />
            <source>Document notice</source>
            <translation>Avis sur le document</translation>
        </message>
    </context>
    <context>
        <name>InsertMenu</name>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="19" />
            <source>&amp;Touchpoint</source>
            <translation>&amp;Point de contact</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="19" />
            <source>After the selected touchpoint, or at the end of the map</source>
            <translation>Après le point de contact sélectionné, ou à la fin de la carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="20" />
            <source>&amp;Stage</source>
            <translation>É&amp;tape</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="20" />
            <source>After the selected touchpoint's stage, or at the end</source>
            <translation>Après l’étape du point de contact sélectionné, ou à la fin</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="21" />
            <source>&amp;Persona</source>
            <translation>Pe&amp;rsona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="21" />
            <source>A new persona for the project</source>
            <translation>Une nouvelle persona pour le projet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="23" />
            <source>&amp;Goal</source>
            <translation>&amp;Objectif</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="23" />
            <source>A goal at the selected touchpoint, or over the whole journey</source>
            <translation>Un objectif au point de contact sélectionné, ou sur tout le parcours</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="24" />
            <source>Pain P&amp;oint</source>
            <translation>Point de &amp;friction</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="24" />
            <source>A pain point at the selected touchpoint</source>
            <translation>Un point de friction au point de contact sélectionné</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="25" />
            <source>Positive &amp;Moment</source>
            <translation>&amp;Moment positif</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="25" />
            <source>A highlight at the selected touchpoint</source>
            <translation>Un moment fort au point de contact sélectionné</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="26" />
            <source>&amp;Action</source>
            <translation>&amp;Action</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="26" />
            <source>An improvement action at the selected touchpoint</source>
            <translation>Une action d’amélioration au point de contact sélectionné</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="27" />
            <source>Sticky &amp;Note</source>
            <translation>&amp;Note adhésive</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="27" />
            <source>A free note under the lanes, where it covers nothing</source>
            <translation>Une note libre sous les couloirs, là où elle ne cache rien</translation>
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
            <translation>Le parcours de qui les scores décrivent</translation>
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
            <translation>inchangé</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/insights_panel.py" line="257" />
            <source>and %n more on the map</source>
            <translation>
                <numerusform>et %n autre sur la carte</numerusform>
                <numerusform>et %n autres sur la carte</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="33" />
            <source>Description</source>
            <extracomment>A persona's rating or target was entered here: their line is the one last touched.</extracomment>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="33" />
            <source>Customer does</source>
            <translation>Le client fait</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="34" />
            <source>Thinks</source>
            <translation>Pense</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="34" />
            <source>Feels</source>
            <translation>Ressent</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="43" />
            <source>Select a touchpoint on the map to edit it here, or click a stage's title to edit the stage. Right-click a stage's title to add, move or delete stages.</source>
            <translation>Sélectionnez un point de contact sur la carte pour le modifier ici, ou cliquez sur le titre d’une étape pour la modifier. Un clic droit sur le titre d’une étape permet d’ajouter, déplacer ou supprimer des étapes.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="55" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="63" />
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="64" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="65" />
            <source>Department</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="66" />
            <source>desktop, mobile, in person…</source>
            <translation>ordinateur, mobile, en personne…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="67" />
            <source>Device</source>
            <translation>Appareil</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="75" />
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="122" />
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="165" />
            <source>Move touchpoint to %1</source>
            <translation>Déplacer le point de contact vers %1</translation>
        </message>
    </context>
    <context>
        <name>JourneyScene</name>
        <message>
            <location filename="../../cxdesigner/canvas/scene.py" line="275" />
            <location filename="../../cxdesigner/canvas/scene.py" line="281" />
            <source>Move note</source>
            <extracomment>Touchpoint fields only its card shows; other fields feed lanes or spacing and need a rebuild. Something a gesture did that the user should hear about (for the status bar). The persona whose line was touched last (or chosen): the one Up and Down rate. Presentation mode: the touchpoint the lines are drawn up to (None: whole lines).</extracomment>
            <translation>Déplacer la note</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/scene.py" line="281" />
            <source>Edit note</source>
            <translation>Modifier la note</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/compare_overlay.py" line="179" />
            <source>Satisfaction in the version compared with</source>
            <extracomment>How each kind of change is marked. Above the cards, below the real satisfaction lines and their handles. Where each removed touchpoint's ghost stands (scene coordinates), for revealing it.</extracomment>
            <translation>Satisfaction dans la version comparée</translation>
        </message>
    </context>
    <context>
        <name>Lanes</name>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="26" />
            <source>Touchpoints</source>
            <translation>Points de contact</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="26" />
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="26" />
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="27" />
            <source>Customer does</source>
            <translation>Le client fait</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="27" />
            <source>Thinks</source>
            <translation>Pense</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="27" />
            <source>Feels</source>
            <translation>Ressent</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="27" />
            <source>Goals</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="28" />
            <source>Pain points</source>
            <translation>Points de friction</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="28" />
            <source>Positive moments</source>
            <translation>Moments positifs</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="28" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="29" />
            <source>Channels</source>
            <translation>Canaux</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="29" />
            <source>Departments</source>
            <translation>Services</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="30" />
            <source>Every contact, in the order it happens</source>
            <translation>Chaque contact, dans l’ordre où il se produit</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="31" />
            <source>Where the customer struggles</source>
            <translation>Là où le client peine</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="31" />
            <source>What works and must be kept</source>
            <translation>Ce qui marche et doit être gardé</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="32" />
            <source>What we will change</source>
            <translation>Ce que nous allons changer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="32" />
            <source>What each persona wants</source>
            <translation>Ce que veut chaque persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="33" />
            <source>Who owns it, backstage</source>
            <translation>Qui en est responsable, en coulisses</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="34" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="34" />
            <source>Pictures (storyboard)</source>
            <translation>Images (storyboard)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="34" />
            <source>Emotions</source>
            <translation>Émotions</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="35" />
            <source>Metric</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="35" />
            <source>Frontstage actions</source>
            <translation>Actions visibles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="36" />
            <source>Backstage actions</source>
            <translation>Actions en coulisses</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="36" />
            <source>Support processes</source>
            <translation>Processus de support</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="37" />
            <source>What the customer sees us do</source>
            <translation>Ce que le client nous voit faire</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="37" />
            <source>What we do out of sight</source>
            <translation>Ce que nous faisons hors de sa vue</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="38" />
            <source>The systems and partners behind it</source>
            <translation>Les systèmes et partenaires derrière</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="38" />
            <source>A face per persona</source>
            <translation>Un visage par persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="39" />
            <source>A picture per step</source>
            <translation>Une image par étape</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="171" />
            <source>severity %1 of 5</source>
            <translation>gravité %1 sur 5</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="181" />
            <source>step %1</source>
            <translation>étape %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="183" />
            <source>%1 priority</source>
            <translation>priorité %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="186" />
            <source>%1 expected</source>
            <translation>%1 attendu</translation>
        </message>
    </context>
    <context>
        <name>LanesDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="32" />
            <source>Lanes of %1</source>
            <extracomment>The map's own lanes as they will be: existing ones (perhaps renamed) and new ones.</extracomment>
            <translation>Couloirs de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="39" />
            <source>Lanes</source>
            <translation>Couloirs</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="72" />
            <source>min, %, CSAT…</source>
            <translation>min, %, CSAT…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="73" />
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="75" />
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="93" />
            <source>A map always shows its touchpoints</source>
            <translation>Une carte montre toujours ses points de contact</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="63" />
            <source>Move Up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="21" />
            <source>Frontstage actions</source>
            <translation>Actions visibles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="21" />
            <source>Backstage actions</source>
            <translation>Actions en coulisses</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="22" />
            <source>Support processes</source>
            <translation>Processus de support</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="34" />
            <source>Tick the lanes to show; drag them, or use Move Up and Move Down, into the order you want. Add lanes of your own for anything else.</source>
            <translation>Cochez les couloirs à afficher ; faites-les glisser, ou utilisez Monter et Descendre, pour les mettre dans l’ordre voulu. Ajoutez vos propres couloirs pour tout le reste.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="49" />
            <source>Add Lane</source>
            <translation>Ajouter un couloir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="53" />
            <source>Service blueprint (frontstage, backstage, support)</source>
            <translation>Blueprint de service (visible, coulisses, support)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="55" />
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="57" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="58" />
            <source>Remove the lane and what it holds (you can undo it)</source>
            <translation>Retirer le couloir et son contenu (annulable)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="63" />
            <source>Move Down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="175" />
            <source>Change lanes</source>
            <translation>Modifier les couloirs</translation>
        </message>
    </context>
    <context>
        <name>LibraryButton</name>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="30" />
            <source>persona</source>
            <extracomment>The word each kind's messages put in for %1, one and several, translated where they are used.</extracomment>
            <translation>persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="30" />
            <source>personas</source>
            <translation>personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="31" />
            <source>channel</source>
            <translation>canal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="31" />
            <source>channels</source>
            <translation>canaux</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="32" />
            <source>department</source>
            <translation>service</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="33" />
            <source>departments</source>
            <translation>services</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="159" />
            <source>Library</source>
            <translation>Bibliothèque</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="162" />
            <source>Share %1 with your team through the team library</source>
            <translation>Partager des %1 avec votre équipe grâce à la bibliothèque d'équipe</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="175" />
            <source>Add from Library…</source>
            <translation>Ajouter depuis la bibliothèque…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="176" />
            <source>Update from Library</source>
            <translation>Mettre à jour depuis la bibliothèque</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="177" />
            <location filename="../../cxdesigner/ui/library_actions.py" line="264" />
            <source>Publish to Library</source>
            <translation>Publier dans la bibliothèque</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="178" />
            <source>Copy %1 from the team library into this project</source>
            <translation>Copier des %1 de la bibliothèque d'équipe dans ce projet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="179" />
            <source>Bring the library's version of this %1 (one step you can undo)</source>
            <translation>Reprendre la version de la bibliothèque pour l'élément sélectionné (%1), en une étape que vous pouvez annuler</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="195" />
            <location filename="../../cxdesigner/ui/library_actions.py" line="222" />
            <source>Every %1 of the library is in this project already.</source>
            <translation>Tous les éléments de type %1 de la bibliothèque sont déjà dans ce projet.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="198" />
            <location filename="../../cxdesigner/ui/library_actions.py" line="246" />
            <source>This %1 did not come from the library.</source>
            <translation>Cet élément (%1) ne vient pas de la bibliothèque.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="199" />
            <source>This %1 is the library's version.</source>
            <translation>Cet élément (%1) est la version de la bibliothèque.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="202" />
            <source>Select a %1 to publish first.</source>
            <translation>Sélectionnez d'abord un élément (%1) à publier.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="204" />
            <source>Replace the library's version with this one</source>
            <translation>Remplacer la version de la bibliothèque par celle-ci</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="205" />
            <source>Add this %1 to the library</source>
            <translation>Ajouter cet élément (%1) à la bibliothèque</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="212" />
            <source>Team Library</source>
            <translation>Bibliothèque d'équipe</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="224" />
            <source>Add from Library</source>
            <translation>Ajouter depuis la bibliothèque</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="235" />
            <source>Add %1 from library</source>
            <translation>Ajouter %1 depuis la bibliothèque</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="250" />
            <source>This %1 is the library's version already.</source>
            <translation>Cet élément (%1) est déjà la version de la bibliothèque.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="252" />
            <source>Update %1 from library</source>
            <translation>Mettre à jour %1 depuis la bibliothèque</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="254" />
            <source>“%1” is now the library's version.</source>
            <translation>« %1 » est maintenant la version de la bibliothèque.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="265" />
            <source>Nothing was published: %1</source>
            <translation>Rien n'a été publié : %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="267" />
            <source>“%1” is now in the team library.</source>
            <translation>« %1 » est maintenant dans la bibliothèque d'équipe.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="268" />
            <source>“%1” replaced its version in the team library.</source>
            <translation>« %1 » a remplacé sa version dans la bibliothèque d'équipe.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="63" />
            <source>Maps</source>
            <translation>Cartes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="70" />
            <source>Save As…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="111" />
            <source>&amp;New…</source>
            <translation>&amp;Nouveau…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="111" />
            <source>Start a project from a template</source>
            <translation>Commencer un projet à partir d’un modèle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="113" />
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="113" />
            <source>Open a project file</source>
            <translation>Ouvrir un fichier de projet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="115" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="115" />
            <source>Save the project</source>
            <translation>Enregistrer le projet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="117" />
            <source>Save &amp;As…</source>
            <translation>Enregistrer &amp;sous…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="118" />
            <source>Save the project under a new name</source>
            <translation>Enregistrer le projet sous un nouveau nom</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="120" />
            <source>Project &amp;Settings…</source>
            <translation>Paramètres du pro&amp;jet…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="121" />
            <source>The project's name and description, shown on exports and prints</source>
            <translation>Le nom et la description du projet, affichés sur les exports et les impressions</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="122" />
            <source>Team &amp;Library…</source>
            <translation>&amp;Bibliothèque d'équipe…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="123" />
            <source>Choose the project file your team shares personas and channels from</source>
            <translation>Choisir le fichier de projet à partir duquel votre équipe partage personas et canaux</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="124" />
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="124" />
            <source>Close this window</source>
            <translation>Fermer cette fenêtre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="125" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="125" />
            <source>Quit CX Designer</source>
            <translation>Quitter CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="126" />
            <source>Keep a &amp;Backup on Save</source>
            <translation>Garder une copie de sauvegar&amp;de à l’enregistrement</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="127" />
            <source>On each save, keep the previous version as NAME.cxd.bak</source>
            <translation>À chaque enregistrement, garder la version précédente sous NOM.cxd.bak</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="130" />
            <source>&amp;Export…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="131" />
            <source>Export maps as PDF, SVG, PNG, CSV, Excel, JSON or Mermaid</source>
            <translation>Exporter les cartes en PDF, SVG, PNG, CSV, Excel, JSON ou Mermaid</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="133" />
            <source>&amp;Spreadsheet…</source>
            <translation>&amp;Tableur…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="134" />
            <source>Import touchpoints, pain points and actions from an Excel workbook or CSV table (a map's own export)</source>
            <translation>Importer des points de contact, points de friction et actions depuis un classeur Excel ou un tableau CSV (l’export d’une carte)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="136" />
            <source>Page Set&amp;up…</source>
            <translation>Mise en pa&amp;ge…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="137" />
            <source>Paper size, orientation, one page or a poster</source>
            <translation>Format du papier, orientation, une page ou une affiche</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="138" />
            <source>Print Pre&amp;view…</source>
            <translation>&amp;Aperçu avant impression…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="139" />
            <source>See the pages before printing</source>
            <translation>Voir les pages avant d’imprimer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="140" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="141" />
            <source>Print the current map</source>
            <translation>Imprimer la carte actuelle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="142" />
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="142" />
            <source>Delete the selection</source>
            <translation>Supprimer la sélection</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="143" />
            <source>Select &amp;All</source>
            <translation>&amp;Tout sélectionner</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="144" />
            <source>Select every touchpoint of the map</source>
            <translation>Sélectionner tous les points de contact de la carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="145" />
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;avant</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="145" />
            <source>Zoom in</source>
            <translation>Zoom avant</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="146" />
            <source>Zoom &amp;Out</source>
            <translation>Zoom a&amp;rrière</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="146" />
            <source>Zoom out</source>
            <translation>Zoom arrière</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="147" />
            <source>Zoom to &amp;Fit</source>
            <translation>&amp;Ajuster à la fenêtre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="147" />
            <source>Show the whole map</source>
            <translation>Afficher toute la carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="148" />
            <source>&amp;Actual Size</source>
            <translation>&amp;Taille réelle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="148" />
            <source>Zoom to 100%</source>
            <translation>Zoom à 100 %</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="149" />
            <source>&amp;Present</source>
            <translation>&amp;Présenter</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="150" />
            <source>Show the map full screen and walk through it touchpoint by touchpoint with the arrow keys (Escape leaves)</source>
            <translation>Afficher la carte en plein écran et la parcourir point de contact par point de contact avec les flèches (Échap pour quitter)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="153" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="155" />
            <source>Open &amp;Recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="164" />
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="169" />
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="170" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="175" />
            <source>&amp;Overview</source>
            <translation>&amp;Vue d’ensemble</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="178" />
            <source>Show the whole map in miniature in the corner</source>
            <translation>Afficher toute la carte en miniature dans le coin</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="180" />
            <source>&amp;Gaps Between Touchpoints</source>
            <translation>&amp;Ruptures entre points de contact</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="183" />
            <source>Mark where the customer switches channel, device or department</source>
            <translation>Marquer où le client change de canal, d’appareil ou de service</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="185" />
            <source>&amp;Compact Lanes</source>
            <translation>Couloirs &amp;compacts</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="187" />
            <source>Keep lanes low and cut long texts (point at one to read it whole); exports and print always show everything</source>
            <translation>Garder les couloirs bas et couper les textes longs (pointez-en un pour le lire en entier) ; les exports et l’impression montrent toujours tout</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="192" />
            <source>Satisfaction &amp;Lines</source>
            <translation>&amp;Lignes de satisfaction</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="204" />
            <source>Main</source>
            <translation>Principale</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="211" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="212" />
            <source>&amp;User Guide</source>
            <translation>&amp;Guide de l’utilisateur</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="213" />
            <source>Read the user guide, from a blank project to a printed map</source>
            <translation>Lire le guide de l’utilisateur, d’un projet vide à une carte imprimée</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="214" />
            <source>&amp;About CX Designer</source>
            <translation>À &amp;propos de CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="228" />
            <source>Up and Down Keys Rate</source>
            <translation>Les flèches haut et bas &amp;notent</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="247" />
            <source>No recent files</source>
            <translation>Aucun fichier récent</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="297" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="297" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="340" />
            <source> (read-only)</source>
            <translation> (lecture seule)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="343" />
            <source>Read-only: you opened %1 read-only (%2). Your changes can be saved in another file.</source>
            <translation>Lecture seule : vous avez ouvert %1 en lecture seule (%2). Vos modifications peuvent être enregistrées dans un autre fichier.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/main_window.py" line="421" />
            <source>%n selected</source>
            <translation>
                <numerusform>%n sélectionné</numerusform>
                <numerusform>%n sélectionnés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/main_window.py" line="438" />
            <source>Delete %n items</source>
            <translation>
                <numerusform>Supprimer %n élément</numerusform>
                <numerusform>Supprimer %n éléments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/main_window.py" line="508" />
            <source>Exported %n file(s) to %1</source>
            <translation>
                <numerusform>%n fichier exporté vers %1</numerusform>
                <numerusform>%n fichiers exportés vers %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="16" />
            <source>&amp;Insert</source>
            <translation>&amp;Insertion</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="28" />
            <source>&amp;Map</source>
            <translation>&amp;Carte</translation>
        </message>
    </context>
    <context>
        <name>MapAccessible</name>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="71" />
            <source>measured</source>
            <translation>mesurée</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="72" />
            <source>from interviews</source>
            <translation>d'après des entretiens</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="73" />
            <source>from analytics</source>
            <translation>d'après l'analytique</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="74" />
            <source>assumed</source>
            <translation>supposée</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="85" />
            <source>Touchpoint %1 of %2, %3, stage %4</source>
            <translation>Point de contact %1 sur %2, %3, étape %4</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="92" />
            <source>%1 %2 of %3, %4</source>
            <translation>%1 : %2 sur %3, %4</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="111" />
            <source>Stage %1 of %2, %3</source>
            <translation>Étape %1 sur %2, %3</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="134" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="135" />
            <source>A picture</source>
            <translation>Une image</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="141" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="313" />
            <location filename="../../cxdesigner/canvas/view.py" line="36" />
            <source>Journey map</source>
            <translation>Carte du parcours</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="315" />
            <source>Tab and the arrow keys walk the touchpoints; Enter renames the selected one.</source>
            <translation>Tab et les flèches parcourent les points de contact ; Entrée renomme celui qui est sélectionné.</translation>
        </message>
    </context>
    <context>
        <name>MapCounts</name>
        <message numerus="yes">
            <location filename="../../cxdesigner/canvas/accessible.py" line="43" />
            <source>%n answers</source>
            <translation>
                <numerusform>%n réponse</numerusform>
                <numerusform>%n réponses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/canvas/accessible.py" line="46" />
            <source>%n pain points</source>
            <translation>
                <numerusform>%n point de friction</numerusform>
                <numerusform>%n points de friction</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/canvas/accessible.py" line="49" />
            <source>%n touchpoints</source>
            <translation>
                <numerusform>%n point de contact</numerusform>
                <numerusform>%n points de contact</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapMenu</name>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="20" />
            <source>Awareness</source>
            <translation>Découverte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="20" />
            <source>Consideration</source>
            <translation>Considération</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="20" />
            <source>Purchase</source>
            <translation>Achat</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="21" />
            <source>Use and service</source>
            <translation>Utilisation et service</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="21" />
            <source>Loyalty</source>
            <translation>Fidélisation</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="31" />
            <source>&amp;New Map</source>
            <translation>&amp;Nouvelle carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="31" />
            <source>Add a map with the five classic stages</source>
            <translation>Ajouter une carte avec les cinq étapes classiques</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="32" />
            <source>Map &amp;Settings…</source>
            <translation>&amp;Paramètres de la carte…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="32" />
            <source>Name, description and satisfaction scale of the current map</source>
            <translation>Nom, description et échelle de satisfaction de la carte actuelle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="33" />
            <source>&amp;Lanes…</source>
            <translation>&amp;Couloirs…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="33" />
            <source>Choose and order the lanes the current map shows</source>
            <translation>Choisir et ordonner les couloirs que montre la carte actuelle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="34" />
            <source>&amp;Projected Line…</source>
            <translation>Ligne pro&amp;jetée…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="35" />
            <source>Show each persona's line as it would be after the actions you choose</source>
            <translation>Afficher la ligne de chaque persona telle qu’elle serait après les actions choisies</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="36" />
            <source>&amp;Rename Map…</source>
            <translation>&amp;Renommer la carte…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="36" />
            <source>Rename the current map</source>
            <translation>Renommer la carte actuelle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="37" />
            <source>D&amp;uplicate Map</source>
            <translation>D&amp;upliquer la carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="37" />
            <source>Copy the current map with everything on it</source>
            <translation>Copier la carte actuelle avec tout son contenu</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="38" />
            <source>&amp;Delete Map…</source>
            <translation>&amp;Supprimer la carte…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="38" />
            <source>Delete the current map</source>
            <translation>Supprimer la carte actuelle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="39" />
            <source>&amp;Import Mermaid Journey…</source>
            <translation>&amp;Importer un parcours Mermaid…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="39" />
            <source>Add a map from Mermaid journey text</source>
            <translation>Ajouter une carte à partir d’un texte de parcours Mermaid</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="40" />
            <source>Import Sur&amp;vey…</source>
            <translation>Importer une en&amp;quête…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="40" />
            <source>Measure the current map's satisfaction from survey answers</source>
            <translation>Mesurer la satisfaction de la carte actuelle à partir de réponses d’enquête</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="41" />
            <source>Save as &amp;Template…</source>
            <translation>Enregistrer comme &amp;modèle…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="42" />
            <source>Keep the current map as a template to start new projects from</source>
            <translation>Garder la carte courante comme modèle pour commencer de nouveaux projets</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="44" />
            <source>Move Map &amp;Left</source>
            <translation>Déplacer la carte à &amp;gauche</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="44" />
            <source>Move the current map's tab to the left</source>
            <translation>Déplacer l’onglet de la carte actuelle vers la gauche</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="45" />
            <source>Move Map Ri&amp;ght</source>
            <translation>Déplacer la carte à &amp;droite</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="45" />
            <source>Move the current map's tab to the right</source>
            <translation>Déplacer l’onglet de la carte actuelle vers la droite</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="52" />
            <source>Space Touchpoints by &amp;Time</source>
            <translation>Espacer les points de contact selon le &amp;temps</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="54" />
            <source>Spread touchpoints by the time between them, so waits show</source>
            <translation>Espacer les points de contact selon le temps qui les sépare, pour que les attentes se voient</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="77" />
            <location filename="../../cxdesigner/ui/map_menu.py" line="79" />
            <source>New map</source>
            <translation>Nouvelle carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="115" />
            <source>Change spacing</source>
            <translation>Changer l’espacement</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="122" />
            <location filename="../../cxdesigner/ui/map_menu.py" line="124" />
            <source>Rename map</source>
            <translation>Renommer la carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="122" />
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="131" />
            <source>%1 (copy)</source>
            <translation>%1 (copie)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="133" />
            <source>Duplicate map</source>
            <translation>Dupliquer la carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="140" />
            <source>Delete map</source>
            <translation>Supprimer la carte</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/map_menu.py" line="141" />
            <source>Delete the map “%1” with its %n touchpoint(s)? You can undo this.</source>
            <translation>
                <numerusform>Supprimer la carte « %1 » avec son %n point de contact ? Vous pouvez l’annuler.</numerusform>
                <numerusform>Supprimer la carte « %1 » avec ses %n points de contact ? Vous pouvez l’annuler.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="152" />
            <location filename="../../cxdesigner/ui/map_menu.py" line="179" />
            <source>Import Mermaid journey</source>
            <translation>Importer un parcours Mermaid</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="153" />
            <source>Mermaid journey (*.mmd *.mermaid *.txt);;All files (*)</source>
            <translation>Parcours Mermaid (*.mmd *.mermaid *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="159" />
            <source>it is not UTF-8 text</source>
            <translation>ce n’est pas du texte UTF-8</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="160" />
            <location filename="../../cxdesigner/ui/map_menu.py" line="164" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="160" />
            <source>Could not read %1: %2.</source>
            <translation>Impossible de lire %1 : %2.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="198" />
            <source>Saved the template “%1”: File &gt; New offers it.</source>
            <translation>Modèle « %1 » enregistré : Fichier &gt; Nouveau le propose.</translation>
        </message>
    </context>
    <context>
        <name>MapPicture</name>
        <message>
            <location filename="../../cxdesigner/render/picture.py" line="96" />
            <source>Satisfaction from %1 to %2</source>
            <extracomment>Scene units per inch: one unit is one pixel at 100% on a 96 dpi screen.</extracomment>
            <translation>Satisfaction de %1 à %2</translation>
        </message>
    </context>
    <context>
        <name>MapSettingsDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="26" />
            <location filename="../../cxdesigner/ui/map_settings.py" line="126" />
            <source>Map settings</source>
            <translation>Paramètres de la carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="30" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="33" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="38" />
            <source>from</source>
            <translation>de</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="38" />
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="38" />
            <source>step</source>
            <translation>pas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="41" />
            <source>Scale</source>
            <translation>Échelle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="45" />
            <source>Low end means</source>
            <translation>Le bas de l’échelle signifie</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="46" />
            <source>High end means</source>
            <translation>Le haut de l’échelle signifie</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="47" />
            <source>Convert existing ratings to the new scale</source>
            <translation>Convertir les notes existantes à la nouvelle échelle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="49" />
            <source>Off: ratings keep their numbers, cut to the new ends</source>
            <translation>Désactivé : les notes gardent leurs nombres, ramenés aux nouvelles bornes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="56" />
            <source>How ratings convert</source>
            <translation>Conversion des notes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="57" />
            <source>Touchpoint</source>
            <translation>Point de contact</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="57" />
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="57" />
            <source>After</source>
            <translation>Après</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="219" />
            <source>Check what the columns mean</source>
            <translation>Vérifier ce que signifient les colonnes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="220" />
            <source>Questions were matched to touchpoints by title. Correct any match, and say which scale the survey used: its scores are converted to the map's scale.</source>
            <translation>Les questions ont été associées aux points de contact par leur titre. Corrigez toute association et indiquez l’échelle de l’enquête : ses scores sont convertis à l’échelle de la carte.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="225" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="232" />
            <source>Layout</source>
            <translation>Disposition</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="226" />
            <source>The survey tool that wrote the file: recognised from its header; choose another to read it differently</source>
            <translation>L’outil d’enquête qui a écrit le fichier : reconnu d’après son en-tête ; choisissez-en un autre pour le lire autrement</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="229" />
            <source>%1 export</source>
            <translation>Export %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="230" />
            <source>Plain table</source>
            <translation>Tableau simple</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="240" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="240" />
            <source>Touchpoint</source>
            <translation>Point de contact</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="240" />
            <source>Match</source>
            <translation>Association</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="245" />
            <source>Questions and touchpoints</source>
            <translation>Questions et points de contact</translation>
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
            <translation>Libellé de réponse</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="253" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="257" />
            <source>Answer labels and scores</source>
            <translation>Libellés de réponse et scores</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="258" />
            <source>The score each answer label stands for; a label not placed on the scale leaves its rows out, reported by line</source>
            <translation>Le score que représente chaque libellé de réponse ; un libellé hors de l’échelle exclut ses lignes, signalées par numéro</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="263" />
            <source>The persona of respondents without a segment</source>
            <translation>La persona des répondants sans segment</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="264" />
            <source>Respondents without a segment</source>
            <translation>Répondants sans segment</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="272" />
            <source>Survey scale, from – to</source>
            <translation>Échelle de l’enquête, de – à</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="299" />
            <source>%n header row(s)</source>
            <translation>
                <numerusform>%n ligne d’en-tête</numerusform>
                <numerusform>%n lignes d’en-tête</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="301" />
            <source>respondents from “%1”</source>
            <translation>répondants de « %1 »</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="303" />
            <source>%n metadata column(s) ignored</source>
            <translation>
                <numerusform>%n colonne de métadonnées ignorée</numerusform>
                <numerusform>%n colonnes de métadonnées ignorées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="306" />
            <source>%n unfinished response(s) left out (lines %1)</source>
            <translation>
                <numerusform>%n réponse inachevée exclue (lignes %1)</numerusform>
                <numerusform>%n réponses inachevées exclues (lignes %1)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="308" />
            <source>Read as a plain table: %1.</source>
            <translation>Lu comme un tableau simple : %1.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="309" />
            <source>Read as a %2 export: %1.</source>
            <translation>Lu comme un export %2 : %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="335" />
            <source>%n row(s), one per respondent.</source>
            <translation>
                <numerusform>%n ligne, une par répondant.</numerusform>
                <numerusform>%n lignes, une par répondant.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="336" />
            <source>%n row(s), one per answer.</source>
            <translation>
                <numerusform>%n ligne, une par réponse.</numerusform>
                <numerusform>%n lignes, une par réponse.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="339" />
            <source>Recommendation (NPS, 0-10): “%1”.</source>
            <translation>Recommandation (NPS, 0-10) : « %1 ».</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="348" />
            <source>— leave out —</source>
            <translation>— exclure —</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="358" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="361" />
            <source>— no persona —</source>
            <translation>— aucune persona —</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="373" />
            <source>— not placed —</source>
            <translation>— non placé —</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="375" />
            <source>Score of %1</source>
            <translation>Score de %1</translation>
        </message>
    </context>
    <context>
        <name>Merging</name>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="36" />
            <source>Merge</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="56" />
            <source>their changes</source>
            <translation>leurs modifications</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="64" />
            <source>%1 is not a version of this project: they share no history to merge.</source>
            <translation>%1 n’est pas une version de ce projet : ils n’ont aucun historique commun à fusionner.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="69" />
            <source>This document and %1 share no saved version whose content is still kept, so what each side changed cannot be told apart. Compare them instead (File &gt; Compare With…).</source>
            <translation>Ce document et %1 ne partagent aucune version enregistrée dont le contenu soit encore gardé, on ne peut donc pas distinguer ce que chacun a modifié. Comparez-les plutôt (Fichier &gt; Comparer avec…).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="89" />
            <source>%1 holds comments on another project.</source>
            <translation>%1 contient des commentaires sur un autre projet.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="101" />
            <source>Some comments were about maps this project no longer has and were left out.</source>
            <translation>Certains commentaires portaient sur des cartes que ce projet n’a plus et ont été exclus.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="114" />
            <location filename="../../cxdesigner/ui/merging.py" line="126" />
            <source>Merge %1</source>
            <translation>Fusionner %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="128" />
            <source>Merged %1.</source>
            <translation>%1 fusionné.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="130" />
            <source>%1 holds nothing this document lacks.</source>
            <translation>%1 ne contient rien qui manque à ce document.</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <location filename="../../cxdesigner/canvas/overview.py" line="23" />
            <source>The whole map: click or drag to go there</source>
            <translation>Toute la carte : cliquez ou faites glisser pour y aller</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/overview.py" line="24" />
            <source>Overview</source>
            <translation>Vue d’ensemble</translation>
        </message>
    </context>
    <context>
        <name>Pack</name>
        <message>
            <location filename="../../cxdesigner/render/pack.py" line="31" />
            <source>Page %1 of %2</source>
            <extracomment>The most characters of one text on the pack's pages (about twenty pages of it); the map pages cut their texts shorter, as every exported map does.</extracomment>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="42" />
            <location filename="../../cxdesigner/render/pack_text.py" line="51" />
            <source>Order</source>
            <extracomment>The action plan's columns and their shares of the width (%).
----------
On a page narrower than ``WIDE_MM`` (A4 portrait, Letter), order, phase and date share a column, and so do priority and status, so no header or short word has to break.</extracomment>
            <translation>Ordre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="42" />
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="43" />
            <location filename="../../cxdesigner/render/pack_text.py" line="51" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="43" />
            <location filename="../../cxdesigner/render/pack_text.py" line="52" />
            <source>Touchpoint</source>
            <translation>Point de contact</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="44" />
            <location filename="../../cxdesigner/render/pack_text.py" line="53" />
            <location filename="../../cxdesigner/render/pack_text.py" line="59" />
            <source>Pain point</source>
            <translation>Point de friction</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="44" />
            <location filename="../../cxdesigner/render/pack_text.py" line="53" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="45" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="45" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="46" />
            <location filename="../../cxdesigner/render/pack_text.py" line="55" />
            <source>Resources available</source>
            <translation>Ressources disponibles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="47" />
            <location filename="../../cxdesigner/render/pack_text.py" line="56" />
            <source>Resources needed</source>
            <translation>Ressources nécessaires</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="48" />
            <source>Expected effect</source>
            <translation>Effet attendu</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="54" />
            <source>Priority and status</source>
            <translation>Priorité et statut</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="57" />
            <source>Effect</source>
            <translation>Effet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="60" />
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="60" />
            <source>Evidence</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="61" />
            <source>Touchpoints</source>
            <translation>Points de contact</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="203" />
            <source>%1 years old</source>
            <translation>%1 ans</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="206" />
            <source>Demographics</source>
            <translation>Données démographiques</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="206" />
            <source>Psychographics</source>
            <translation>Profil psychographique</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="207" />
            <source>Motivations</source>
            <translation>Motivations</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="207" />
            <source>Frustrations</source>
            <translation>Frustrations</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="208" />
            <source>Biography</source>
            <translation>Biographie</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="212" />
            <source>Goals along the journey</source>
            <translation>Objectifs au fil du parcours</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="215" />
            <source>Satisfaction along the journey</source>
            <translation>Satisfaction au fil du parcours</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="264" />
            <source>Action plan</source>
            <translation>Plan d’action</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="266" />
            <source>No actions yet.</source>
            <translation>Pas encore d’actions.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="268" />
            <source>In the order to apply them.</source>
            <translation>Dans l’ordre où les appliquer.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="287" />
            <source>Pain points</source>
            <translation>Points de friction</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="289" />
            <source>No pain points yet.</source>
            <translation>Pas encore de points de friction.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="294" />
            <source>%1 of 5</source>
            <translation>%1 sur 5</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="298" />
            <source>Insights</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="300" />
            <source>No persona is on this map, so there are no scores.</source>
            <translation>Aucune persona sur cette carte, donc aucun score.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="307" />
            <source>Review comments</source>
            <translation>Commentaires de relecture</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="310" />
            <source>No comments.</source>
            <translation>Aucun commentaire.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="313" />
            <source>Resolved</source>
            <translation>Résolu</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="313" />
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="324" />
            <location filename="../../cxdesigner/render/pack_text.py" line="333" />
            <source>The map</source>
            <translation>La carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="326" />
            <source>Stage “%1”</source>
            <translation>Étape « %1 »</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="328" />
            <source>Touchpoint “%1”</source>
            <translation>Point de contact « %1 »</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="330" />
            <source>Pain point “%1”</source>
            <translation>Point de friction « %1 »</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="332" />
            <source>Action “%1”</source>
            <translation>Action « %1 »</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="344" />
            <source>Someone</source>
            <translation>Quelqu’un</translation>
        </message>
    </context>
    <context>
        <name>PageOptions</name>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="42" />
            <source>Paper size</source>
            <translation>Format du papier</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="43" />
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="44" />
            <source>Landscape</source>
            <translation>Paysage</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="44" />
            <source>Portrait</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="46" />
            <source>Fit each map on one page</source>
            <translation>Ajuster chaque carte sur une page</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="47" />
            <source>Poster over several sheets</source>
            <translation>Affiche sur plusieurs feuilles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="48" />
            <source>Tiles the map across sheets with overlaps and crop marks, so a wall-sized map prints on an office printer</source>
            <translation>Répartit la carte sur des feuilles avec recouvrements et traits de coupe, pour imprimer une carte grande comme un mur sur une imprimante de bureau</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="54" />
            <source> sheet(s) high</source>
            <translation> feuille(s) de haut</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="55" />
            <source>Poster height in sheets</source>
            <translation>Hauteur de l’affiche en feuilles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="56" />
            <source>Orientation</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="57" />
            <source>Layout</source>
            <translation>Disposition</translation>
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
            <translation>Faites glisser sur la carte pour ajouter un point de contact là où vous le déposez</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/palette.py" line="32" />
            <source>Touchpoint</source>
            <translation>Point de contact</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/palette.py" line="37" />
            <source>Drag onto the map: a touchpoint on %1</source>
            <translation>Faites glisser sur la carte : un point de contact sur %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/palette.py" line="38" />
            <source>Drag onto the map: a touchpoint</source>
            <translation>Faites glisser sur la carte : un point de contact</translation>
        </message>
    </context>
    <context>
        <name>PanelEdits</name>
        <message>
            <location filename="../../cxdesigner/ui/panel_edits.py" line="66" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/panel_edits.py" line="72" />
            <location filename="../../cxdesigner/ui/panel_edits.py" line="74" />
            <location filename="../../cxdesigner/ui/panel_edits.py" line="84" />
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="61" />
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="40" />
            <location filename="../../cxdesigner/ui/personas_panel.py" line="51" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="61" />
            <source>Add one to this map</source>
            <translation>En ajouter un à cette carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="62" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="62" />
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="41" />
            <source>Delete the selected one</source>
            <translation>Supprimer l’élément sélectionné</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="40" />
            <source>Add one to the project</source>
            <translation>En ajouter un au projet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="41" />
            <location filename="../../cxdesigner/ui/personas_panel.py" line="52" />
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="51" />
            <source>Add a persona</source>
            <translation>Ajouter une persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="51" />
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="51" />
            <source>Copy this persona</source>
            <translation>Copier cette persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="52" />
            <source>Delete this persona with its ratings and goals</source>
            <translation>Supprimer cette persona avec ses notes et ses objectifs</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/stage_editor.py" line="22" />
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
    </context>
    <context>
        <name>PersonasPanel</name>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="37" />
            <source>Occupation</source>
            <translation>Profession</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="37" />
            <source>Demographics</source>
            <translation>Données démographiques</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="37" />
            <source>Psychographics</source>
            <translation>Profil psychographique</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="38" />
            <source>Motivations</source>
            <translation>Motivations</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="38" />
            <source>Frustrations</source>
            <translation>Frustrations</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="38" />
            <source>Quote</source>
            <translation>Citation</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="39" />
            <source>Biography</source>
            <translation>Biographie</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="47" />
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="56" />
            <source>Shown on this map</source>
            <translation>Affichée sur cette carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="57" />
            <source>Draw this persona's satisfaction line on the current map</source>
            <translation>Tracer la ligne de satisfaction de cette persona sur la carte actuelle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="61" />
            <location filename="../../cxdesigner/ui/personas_panel.py" line="109" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="62" />
            <location filename="../../cxdesigner/ui/personas_panel.py" line="65" />
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="63" />
            <source>Choose an image, or drop one on this panel</source>
            <translation>Choisissez une image ou déposez-la sur ce panneau</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="68" />
            <source>not set</source>
            <translation>non défini</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="71" />
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="106" />
            <source>Change…</source>
            <translation>Changer…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="122" />
            <source>New persona</source>
            <translation>Nouvelle persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="126" />
            <source>Add persona</source>
            <translation>Ajouter une persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="133" />
            <source>%1 (copy)</source>
            <translation>%1 (copie)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="135" />
            <source>Duplicate persona</source>
            <translation>Dupliquer la persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="146" />
            <source>Delete persona</source>
            <translation>Supprimer la persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="147" />
            <source>Delete “%1”? %2 and %3 go with them. You can undo this.</source>
            <translation>Supprimer « %1 » ? %2 et %3 partent avec elle. Vous pouvez l’annuler.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/personas_panel.py" line="148" />
            <source>Their %n rating(s)</source>
            <translation>
                <numerusform>Sa %n note</numerusform>
                <numerusform>Ses %n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/personas_panel.py" line="148" />
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n objectif</numerusform>
                <numerusform>%n objectifs</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="160" />
            <source>Choose a photo</source>
            <translation>Choisir une photo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="161" />
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
            <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="185" />
            <source>That file is not an image CX Designer can read.</source>
            <translation>Ce fichier n’est pas une image que CX Designer sait lire.</translation>
        </message>
    </context>
    <context>
        <name>PickDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="130" />
            <source>Copy into this project from “%1”:</source>
            <translation>Copier dans ce projet depuis « %1 » :</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="146" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
    </context>
    <context>
        <name>PictureButton</name>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="77" />
            <source>Change…</source>
            <translation>Changer…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="77" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
    </context>
    <context>
        <name>PlanFields</name>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="22" />
            <source>now</source>
            <extracomment>Offered in the phase list in the editor's language (a phase is the words typed or chosen, kept as they are).</extracomment>
            <translation>maintenant</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="22" />
            <source>next</source>
            <translation>ensuite</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="23" />
            <source>later</source>
            <translation>plus tard</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="39" />
            <location filename="../../cxdesigner/ui/plan_fields.py" line="43" />
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="40" />
            <source>When in the plan: now, next, later, or a word of your own</source>
            <translation>Quand dans le plan : maintenant, ensuite, plus tard, ou un mot à vous</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="44" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="45" />
            <location filename="../../cxdesigner/ui/plan_fields.py" line="47" />
            <source>Planned on</source>
            <translation>Prévue le</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="46" />
            <source>The day the action is planned for, as year-month-day; empty for none</source>
            <translation>Le jour prévu pour l’action, en année-mois-jour ; vide s’il n’y en a pas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="52" />
            <source>Move Earlier</source>
            <translation>Avancer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="52" />
            <source>Apply the selected action earlier</source>
            <translation>Appliquer l’action sélectionnée plus tôt</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="53" />
            <source>Move Later</source>
            <translation>Reculer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="53" />
            <source>Apply the selected action later</source>
            <translation>Appliquer l’action sélectionnée plus tard</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="88" />
            <source>A planned date is written year-month-day, such as 2026-03-01.</source>
            <translation>Une date prévue s’écrit année-mois-jour, comme 2026-03-01.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="39" />
            <source>Preferences</source>
            <extracomment>The languages the editor speaks, each named in itself (as people look for their own).</extracomment>
            <translation>Préférences</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="44" />
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="46" />
            <source>Each save records it in the file's versions, and each comment under its text.</source>
            <translation>Chaque enregistrement l’inscrit dans les versions du fichier, et chaque commentaire sous son texte.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="51" />
            <source>As the system (%1)</source>
            <translation>Comme le système (%1)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="55" />
            <source>The language of menus, panels, templates and exports</source>
            <translation>La langue des menus, des panneaux, des modèles et des exports</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="56" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="58" />
            <source>A new language takes effect when you restart CX Designer.</source>
            <translation>Une nouvelle langue s’applique au prochain démarrage de CX Designer.</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="71" />
            <location filename="../../cxdesigner/ui/presentation.py" line="72" />
            <source>Presentation</source>
            <extracomment>The presentation closed (the editor takes its focus back).</extracomment>
            <translation>Présentation</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="86" />
            <source>Map being presented</source>
            <translation>Carte présentée</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="91" />
            <source>Touchpoint details</source>
            <translation>Détails du point de contact</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="93" />
            <source>→ or Space: next touchpoint · ←: previous · ↓ ↑: next or previous stage · Home, End: first, last · Esc: back to the editor</source>
            <translation>→ ou Espace : point de contact suivant · ← : précédent · ↓ ↑ : étape suivante ou précédente · Début, Fin : premier, dernier · Échap : retour à l’éditeur</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="219" />
            <source>Pain points</source>
            <translation>Points de friction</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="220" />
            <source>Positive moments</source>
            <translation>Moments positifs</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="221" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../cxdesigner/ui/printing.py" line="30" />
            <source>Page Setup</source>
            <translation>Mise en page</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/printing.py" line="59" />
            <location filename="../../cxdesigner/ui/printing.py" line="61" />
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/printing.py" line="68" />
            <source>Print Preview</source>
            <translation>Aperçu avant impression</translation>
        </message>
    </context>
    <context>
        <name>ProjectSettingsDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/project_settings.py" line="16" />
            <location filename="../../cxdesigner/ui/project_settings.py" line="42" />
            <source>Project settings</source>
            <translation>Paramètres du projet</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/project_settings.py" line="21" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/project_settings.py" line="24" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/project_settings.py" line="26" />
            <source>The name heads every exported and printed map, and is proposed as the file's name.</source>
            <translation>Le nom figure en tête de chaque carte exportée ou imprimée, et il est proposé comme nom de fichier.</translation>
        </message>
    </context>
    <context>
        <name>ProjectionDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="20" />
            <source>&amp;Idea</source>
            <translation>&amp;Idée</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="21" />
            <source>&amp;Planned</source>
            <translation>&amp;Planifiées</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="22" />
            <source>In p&amp;rogress</source>
            <translation>En &amp;cours</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="23" />
            <source>&amp;Done</source>
            <translation>&amp;Terminées</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="24" />
            <source>Dr&amp;opped</source>
            <translation>Aba&amp;ndonnées</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="31" />
            <source>Projected Line of %1</source>
            <translation>Ligne projetée de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="33" />
            <source>The projected line shows each persona's satisfaction once the chosen actions have their expected effects. Choose the actions by their status, and by date if you like.</source>
            <translation>La ligne projetée montre la satisfaction de chaque persona une fois que les actions choisies ont leurs effets attendus. Choisissez les actions par leur statut, et par date si vous voulez.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="38" />
            <source>Apply the actions that are</source>
            <translation>Appliquer les actions qui sont</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="48" />
            <source>Only those planned &amp;by</source>
            <translation>Seulement celles prévues &amp;d’ici le</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="49" />
            <source>Leave out actions planned later and those with no planned date</source>
            <translation>Exclure les actions prévues plus tard et celles sans date prévue</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="55" />
            <source>Planned by</source>
            <translation>Prévues d’ici le</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="66" />
            <source>S&amp;witch Off</source>
            <translation>Dés&amp;activer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="67" />
            <source>Take the projected line off the map</source>
            <translation>Retirer la ligne projetée de la carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="90" />
            <source>No status is ticked: the map shows no projected line.</source>
            <translation>Aucun statut n’est coché : la carte n’affiche pas de ligne projetée.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="95" />
            <source>%n action(s) with an expected effect will be applied.</source>
            <translation>
                <numerusform>%n action avec un effet attendu sera appliquée.</numerusform>
                <numerusform>%n actions avec un effet attendu seront appliquées.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="103" />
            <source>Projected line</source>
            <translation>Ligne projetée</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="103" />
            <source>Switch off the projected line</source>
            <translation>Désactiver la ligne projetée</translation>
        </message>
    </context>
    <context>
        <name>RatingFields</name>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="17" />
            <source>Assumption</source>
            <translation>Hypothèse</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="17" />
            <source>Survey</source>
            <translation>Enquête</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="17" />
            <source>Interview</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="18" />
            <source>Analytics</source>
            <translation>Analytique</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="61" />
            <source>not rated</source>
            <extracomment>A persona's rating or target was entered here (its id): the line last touched.</extracomment>
            <translation>non noté</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="61" />
            <source>no target</source>
            <translation>sans cible</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="62" />
            <source>Satisfaction of %1</source>
            <translation>Satisfaction de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="63" />
            <source>Target satisfaction of %1</source>
            <translation>Satisfaction cible de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="64" />
            <source>Where this touchpoint should get to (the to-be line, drawn fainter)</source>
            <translation>Le niveau que ce point de contact devrait atteindre (la ligne cible, tracée plus pâle)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="66" />
            <source>Evidence for %1</source>
            <translation>Source pour %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="79" />
            <source>Target</source>
            <translation>Cible</translation>
        </message>
    </context>
    <context>
        <name>RatingHandle</name>
        <message>
            <location filename="../../cxdesigner/canvas/rating_handle.py" line="43" />
            <source>%1: not rated here. Drag up or down to rate.</source>
            <translation>%1 : non noté ici. Faites glisser vers le haut ou le bas pour noter.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="24" />
            <source>Recover unsaved work</source>
            <translation>Récupérer le travail non enregistré</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="27" />
            <source>CX Designer closed without saving this work. Recover it to go on where you left off.</source>
            <translation>CX Designer s’est fermé sans enregistrer ce travail. Récupérez-le pour reprendre là où vous en étiez.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="30" />
            <source>Unsaved work</source>
            <translation>Travail non enregistré</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="34" />
            <source>never saved</source>
            <translation>jamais enregistré</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="41" />
            <source>Recover</source>
            <translation>Récupérer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="42" />
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="43" />
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="44" />
            <source>Keep the copies and ask again at the next start</source>
            <translation>Garder les copies et redemander au prochain démarrage</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="399" />
            <source>Review and import</source>
            <translation>Vérifier et importer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="400" />
            <source>Nothing changes until you press Finish; Undo takes it all back.</source>
            <translation>Rien ne change avant d’appuyer sur Terminer ; Annuler revient sur tout.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="404" />
            <source>Import summary</source>
            <translation>Résumé de l’import</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="407" />
            <source>Keep the current rating where fewer than %1 people answered</source>
            <translation>Garder la note actuelle là où moins de %1 personnes ont répondu</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="412" />
            <source>Touchpoint</source>
            <translation>Point de contact</translation>
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
            <translation>Moyenne</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="413" />
            <source>95% interval</source>
            <translation>Intervalle à 95 %</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="448" />
            <source>%1, %2 from %3.</source>
            <translation>%1, %2 sur %3.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="448" />
            <source>%n respondent(s)</source>
            <translation>
                <numerusform>%n répondant</numerusform>
                <numerusform>%n répondants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="449" />
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n réponse</numerusform>
                <numerusform>%n réponses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="450" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n ligne</numerusform>
                <numerusform>%n lignes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="454" />
            <source>Wave “%1”, fieldwork %2.</source>
            <translation>Vague « %1 », terrain %2.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="456" />
            <source>Wave “%1”.</source>
            <translation>Vague « %1 ».</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="458" />
            <source>Replaces the earlier import “%1”.</source>
            <translation>Remplace l’import précédent « %1 ».</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="461" />
            <source>%n row(s) left out:</source>
            <translation>
                <numerusform>%n ligne exclue :</numerusform>
                <numerusform>%n lignes exclues :</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="475" />
            <source>Fewer than %1 answers: read with care</source>
            <translation>Moins de %1 réponses : à lire avec prudence</translation>
        </message>
    </context>
    <context>
        <name>SatisfactionLine</name>
        <message>
            <location filename="../../cxdesigner/canvas/satisfaction.py" line="221" />
            <source>%1 after the chosen actions</source>
            <extracomment>The projected line's dash pattern, in pen widths: longer than any persona's own pattern. ``(touchpoint id, persona id, value)`` -&gt; None Told as a story (presentation mode): the index of the last point drawn, None for the whole line.</extracomment>
            <translation>%1 après les actions choisies</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/satisfaction.py" line="229" />
            <source>(assumed)</source>
            <translation>(supposée)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/satisfaction.py" line="234" />
            <source>few answers: read with care</source>
            <translation>peu de réponses : à lire avec prudence</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/satisfaction.py" line="236" />
            <source>95% interval %1 to %2</source>
            <translation>intervalle à 95 % de %1 à %2</translation>
        </message>
    </context>
    <context>
        <name>SaveTemplateDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="30" />
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="62" />
            <source>Save as Template</source>
            <translation>Enregistrer comme modèle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="32" />
            <source>New projects can start from this map, with its personas, channels, departments, lanes and everything on it. Survey answers and review comments stay here.</source>
            <translation>De nouveaux projets peuvent partir de cette carte, avec ses personas, canaux, services, couloirs et tout ce qu’elle contient. Les réponses d’enquête et les commentaires de relecture restent ici.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="38" />
            <source>Template name</source>
            <translation>Nom du modèle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="39" />
            <source>The name the start page shows</source>
            <translation>Le nom qu’affiche la page d’accueil</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="41" />
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="43" />
            <source>Template description</source>
            <translation>Description du modèle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="44" />
            <source>What the template is for; its first line shows on the start page</source>
            <translation>À quoi sert le modèle ; sa première ligne s’affiche sur la page d’accueil</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="47" />
            <source>&amp;Description:</source>
            <translation>&amp;Description :</translation>
        </message>
    </context>
    <context>
        <name>ScaleGuide</name>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="20" />
            <source>%1 actions</source>
            <translation>actions %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="22" />
            <source>, by %1</source>
            <translation>, d’ici le %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="105" />
            <source>measured</source>
            <translation>mesurée</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="105" />
            <source>assumed</source>
            <translation>supposée</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="124" />
            <source>projected</source>
            <translation>projetée</translation>
        </message>
    </context>
    <context>
        <name>ScaleSpin</name>
        <message>
            <location filename="../../cxdesigner/ui/scale_spin.py" line="28" />
            <source>From %1 to %2, in steps of %3; below %1 means none</source>
            <translation>De %1 à %2, par pas de %3 ; en dessous de %1 signifie aucune</translation>
        </message>
    </context>
    <context>
        <name>SceneGestures</name>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="62" />
            <source>Move touchpoint</source>
            <extracomment>What a palette entry carries when dragged: the channel id as UTF-8 (empty for none).</extracomment>
            <translation>Déplacer le point de contact</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/canvas/gestures.py" line="62" />
            <source>Move %n touchpoints</source>
            <translation>
                <numerusform>Déplacer %n point de contact</numerusform>
                <numerusform>Déplacer %n points de contact</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="144" />
            <source>Rename touchpoint</source>
            <translation>Renommer le point de contact</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="162" />
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="163" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="167" />
            <source>Clear rating of %1</source>
            <translation>Effacer la note de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="170" />
            <source>Rate for %1</source>
            <translation>Noter pour %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="183" />
            <source>Add Touchpoint Here</source>
            <translation>Ajouter un point de contact ici</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="185" />
            <source>Add Sticky Note Here</source>
            <translation>Ajouter une note adhésive ici</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="214" />
            <location filename="../../cxdesigner/canvas/gestures.py" line="225" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="243" />
            <source>This map shows no persona to rate.</source>
            <translation>Cette carte ne montre aucune persona à noter.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="248" />
            <source>%1 rated %2 here. Up and Down rate this persona; View &gt; Satisfaction Lines chooses another.</source>
            <translation>%1 a noté %2 ici. Les flèches haut et bas notent cette persona ; Affichage &gt; Lignes de satisfaction en choisit une autre.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="286" />
            <source>Add a stage to this map first.</source>
            <translation>Ajoutez d’abord une étape à cette carte.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="54" />
            <location filename="../../cxdesigner/canvas/gestures.py" line="291" />
            <source>New touchpoint</source>
            <translation>Nouveau point de contact</translation>
        </message>
    </context>
    <context>
        <name>SeamMarker</name>
        <message>
            <location filename="../../cxdesigner/canvas/seams.py" line="25" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/seams.py" line="25" />
            <source>Device</source>
            <translation>Appareil</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/seams.py" line="25" />
            <source>Department</source>
            <translation>Service</translation>
        </message>
    </context>
    <context>
        <name>SharedFiles</name>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="44" />
            <source>&amp;Versions…</source>
            <translation>&amp;Versions…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="44" />
            <source>Every save of this file: name one, open it, restore it or compare with it</source>
            <translation>Chaque enregistrement de ce fichier : nommez-en un, ouvrez-le, restaurez-le ou comparez-le</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="46" />
            <source>Co&amp;mpare With…</source>
            <translation>Co&amp;mparer avec…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="46" />
            <source>Show what differs from an earlier version or another file, on the map</source>
            <translation>Montrer sur la carte ce qui diffère d’une version antérieure ou d’un autre fichier</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="48" />
            <source>&amp;Merge With…</source>
            <translation>F&amp;usionner avec…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="48" />
            <source>Bring in the changes of another copy of this file, or a colleague's comments</source>
            <translation>Intégrer les modifications d’une autre copie de ce fichier, ou les commentaires d’un collègue</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="50" />
            <source>Save My &amp;Comments…</source>
            <translation>Enregistrer mes comme&amp;ntaires…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="50" />
            <source>Save the comments you wrote on this read-only file, for its owner to merge in</source>
            <translation>Enregistrer les commentaires que vous avez écrits sur ce fichier en lecture seule, pour que son propriétaire les intègre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="52" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="52" />
            <source>Your name, as versions and comments record it</source>
            <translation>Votre nom, tel que les versions et les commentaires l’inscrivent</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="139" />
            <source>A conflicted copy of this file lies beside it: %1 (made by %2). Merge its changes in, or compare it with yours.</source>
            <translation>Une copie en conflit de ce fichier se trouve à côté : %1 (faite par %2). Intégrez ses modifications ou comparez-la avec la vôtre.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="143" />
            <source>%1's comments on this file lie beside it: %2.</source>
            <translation>Les commentaires de %1 sur ce fichier se trouvent à côté : %2.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="144" />
            <source>A reader</source>
            <translation>Un lecteur</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="151" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="155" />
            <source>Move to the trash?</source>
            <translation>Mettre à la corbeille ?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="152" />
            <source>The changes of %1 are now in your document (save it to keep them). Move %1 to the trash?</source>
            <translation>Les modifications de %1 sont maintenant dans votre document (enregistrez-le pour les garder). Mettre %1 à la corbeille ?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="156" />
            <source>%1 could not be moved to the trash; remove it yourself when you no longer need it.</source>
            <translation>%1 n’a pas pu être mis à la corbeille ; supprimez-le vous-même quand vous n’en aurez plus besoin.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="175" />
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="177" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="238" />
            <source>the version of %1</source>
            <translation>la version de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="179" />
            <source>Restore %1</source>
            <translation>Restaurer %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="192" />
            <source>The name is written into the file when it is saved.</source>
            <translation>Le nom est écrit dans le fichier à l’enregistrement.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="198" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="203" />
            <source>Name This Version</source>
            <translation>Nommer cette version</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="199" />
            <source>%1 was changed on disk by someone else; save your document first, then name the version.</source>
            <translation>%1 a été modifié sur le disque par quelqu’un d’autre ; enregistrez d’abord votre document, puis nommez la version.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="211" />
            <source>it is an earlier version</source>
            <translation>c’est une version antérieure</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="229" />
            <source>Compare with</source>
            <translation>Comparer avec</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="236" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="244" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="248" />
            <source>Compare With</source>
            <translation>Comparer avec</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="245" />
            <source>%1 holds only comments: bring them in with File &gt; Merge With….</source>
            <translation>%1 ne contient que des commentaires : intégrez-les avec Fichier &gt; Fusionner avec….</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="253" />
            <source>Merge with</source>
            <translation>Fusionner avec</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="275" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="289" />
            <source>Save My Comments</source>
            <translation>Enregistrer mes commentaires</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="276" />
            <source>You have written no comments on this file since you opened it.</source>
            <translation>Vous n’avez écrit aucun commentaire sur ce fichier depuis son ouverture.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="281" />
            <source>Save my comments</source>
            <translation>Enregistrer mes commentaires</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="291" />
            <source>Your comments are saved in %1: its owner can merge them in.</source>
            <translation>Vos commentaires sont enregistrés dans %1 : son propriétaire peut les intégrer.</translation>
        </message>
    </context>
    <context>
        <name>SidePanels</name>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="32" />
            <source>Opened</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="34" />
            <source>Palette</source>
            <translation>Palette</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="35" />
            <source>Channels</source>
            <translation>Canaux</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="36" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="37" />
            <source>Inspector</source>
            <translation>Inspecteur</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="38" />
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="39" />
            <source>Goals &amp;&amp; actions</source>
            <translation>Objectifs &amp;&amp; actions</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="40" />
            <source>Insights</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="41" />
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
    </context>
    <context>
        <name>StageEditor</name>
        <message>
            <location filename="../../cxdesigner/ui/stage_editor.py" line="25" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/stage_editor.py" line="26" />
            <source>Right-click the stage's title on the map to add a stage before or after it, move it or delete it.</source>
            <translation>Faites un clic droit sur le titre de l’étape sur la carte pour ajouter une étape avant ou après, la déplacer ou la supprimer.</translation>
        </message>
    </context>
    <context>
        <name>StageGestures</name>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="29" />
            <source>Add Touchpoint to “%1”</source>
            <translation>Ajouter un point de contact à « %1 »</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="31" />
            <source>Rename Stage…</source>
            <translation>Renommer l’étape…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="33" />
            <source>Stage Colour…</source>
            <translation>Couleur de l’étape…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="35" />
            <source>Add Stage Before</source>
            <translation>Ajouter une étape avant</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="36" />
            <source>Add Stage After</source>
            <translation>Ajouter une étape après</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="37" />
            <source>Move Stage Left</source>
            <translation>Déplacer l’étape à gauche</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="39" />
            <source>Move Stage Right</source>
            <translation>Déplacer l’étape à droite</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="41" />
            <source>Delete Stage…</source>
            <translation>Supprimer l’étape…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="62" />
            <source>New stage</source>
            <translation>Nouvelle étape</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="63" />
            <source>Add stage</source>
            <translation>Ajouter une étape</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="73" />
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="76" />
            <source>Rename stage</source>
            <translation>Renommer l’étape</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="74" />
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="82" />
            <source>Stage colour</source>
            <translation>Couleur de l’étape</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="84" />
            <source>Recolour stage</source>
            <translation>Recolorer l’étape</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="93" />
            <source>Delete the stage %1 with its %n touchpoint(s)? You can undo this.</source>
            <translation>Supprimer l’étape %1 avec ses %n points de contact ? Vous pouvez l’annuler.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="96" />
            <source>Delete the stages %1 with their %n touchpoint(s)? You can undo this.</source>
            <translation>Supprimer les étapes %1 avec leurs %n points de contact ? Vous pouvez l’annuler.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="99" />
            <source>Delete stage</source>
            <translation>Supprimer l’étape</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="108" />
            <source>Delete stages</source>
            <translation>Supprimer les étapes</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="108" />
            <source>&lt;h1&gt;CX Designer&lt;/h1&gt;&lt;p&gt;Map every contact your customers have with you, and how they feel at each one.&lt;/p&gt;</source>
            <translation>&lt;h1&gt;CX Designer&lt;/h1&gt;&lt;p&gt;Cartographiez chaque contact de vos clients avec vous, et ce qu’ils ressentent à chacun.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="113" />
            <source>&lt;b&gt;Start from a template&lt;/b&gt;</source>
            <translation>&lt;b&gt;Partir d’un modèle&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="116" />
            <source>The language the templates are written in</source>
            <translation>La langue dans laquelle les modèles sont écrits</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="117" />
            <source>Template language</source>
            <translation>Langue des modèles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="125" />
            <source>Templates &amp;in</source>
            <translation>Modèles &amp;en</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="137" />
            <source>Templates</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="146" />
            <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
            <translation>&lt;b&gt;Projets récents&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="148" />
            <source>Open a project…</source>
            <translation>Ouvrir un projet…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="153" />
            <source>Recent projects</source>
            <translation>Projets récents</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="175" />
            <source>%1 (your template: right-click to rename or delete it)</source>
            <translation>%1 (votre modèle : clic droit pour le renommer ou le supprimer)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="208" />
            <source>Projects you open or save appear here.</source>
            <translation>Les projets que vous ouvrez ou enregistrez apparaissent ici.</translation>
        </message>
    </context>
    <context>
        <name>Story</name>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="47" />
            <source>the lowest</source>
            <extracomment>What a screen read from the back of a room holds: longer texts are cut, longer lists shortened.</extracomment>
            <translation>le plus bas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="49" />
            <source>the highest</source>
            <translation>le plus haut</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="51" />
            <source>dissatisfied</source>
            <translation>insatisfait</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="51" />
            <source>neutral</source>
            <translation>neutre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="52" />
            <source>satisfied</source>
            <translation>satisfait</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="53" />
            <source>%1 on a scale of %2 to %3: %4</source>
            <translation>%1 sur une échelle de %2 à %3 : %4</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="61" />
            <source>%1 · touchpoint %2 of %3</source>
            <translation>%1 · point de contact %2 sur %3</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="70" />
            <source>not rated yet</source>
            <translation>pas encore noté</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="77" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="86" />
            <source>and %1 more</source>
            <translation>et %1 de plus</translation>
        </message>
    </context>
    <context>
        <name>SurveyWizard</name>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="45" />
            <source>Import survey</source>
            <extracomment>The score spin box's lowest value, shown as "not placed": a label left off the scale.</extracomment>
            <translation>Importer une enquête</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="74" />
            <source>Import survey %1</source>
            <translation>Importer l’enquête %1</translation>
        </message>
    </context>
    <context>
        <name>TableImportDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="32" />
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="100" />
            <source>Import Spreadsheet</source>
            <translation>Importer un tableur</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="34" />
            <source>Touchpoints, pain points and actions from %1. Items already on the map are matched by title and changed; the others are added.</source>
            <translation>Points de contact, points de friction et actions de %1. Les éléments déjà sur la carte sont reconnus par leur titre et modifiés ; les autres sont ajoutés.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="40" />
            <source>Import into</source>
            <translation>Importer dans</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="41" />
            <source>The map the tables go into, or a new map</source>
            <translation>La carte où vont les tableaux, ou une nouvelle carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="44" />
            <source>A new map</source>
            <translation>Une nouvelle carte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="46" />
            <source>Import &amp;into</source>
            <translation>Importer &amp;dans</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="50" />
            <source>What the import changes</source>
            <translation>Ce que change l’import</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="54" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="55" />
            <source>Import as one step (Edit &gt; Undo takes it back)</source>
            <translation>Importer en une seule étape (Édition &gt; Annuler la défait)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="76" />
            <source>Into a new map "%1".</source>
            <translation>Dans une nouvelle carte « %1 ».</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="77" />
            <source>Into the map "%1".</source>
            <translation>Dans la carte « %1 ».</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="80" />
            <source>Rows left out (%n):</source>
            <translation>
                <numerusform>Ligne exclue (%n) :</numerusform>
                <numerusform>Lignes exclues (%n) :</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="92" />
            <source>Import spreadsheet</source>
            <translation>Importer un tableur</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="93" />
            <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
            <translation>Tableurs (*.xlsx *.csv);;Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="109" />
            <source>Import %1</source>
            <translation>Importer %1</translation>
        </message>
    </context>
    <context>
        <name>TeamLibrary</name>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="56" />
            <source>No team library is chosen (File &gt; Team Library…).</source>
            <translation>Aucune bibliothèque d'équipe n'est choisie (Fichier &gt; Bibliothèque d'équipe…).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="60" />
            <source>The team library is unavailable: %1</source>
            <translation>La bibliothèque d'équipe n'est pas disponible : %1</translation>
        </message>
    </context>
    <context>
        <name>TeamLibraryDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="28" />
            <source>CX Designer projects (*.cxd);;All files (*)</source>
            <translation>Projets CX Designer (*.cxd);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="69" />
            <location filename="../../cxdesigner/ui/library_actions.py" line="105" />
            <source>Team Library</source>
            <translation>Bibliothèque d'équipe</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="71" />
            <source>A team library is a project file on a shared drive. Its personas, channels and departments can be added to any project, updated and published from the panels.</source>
            <translation>Une bibliothèque d'équipe est un fichier de projet sur un lecteur partagé. Ses personas, canaux et services peuvent être ajoutés à tout projet, mis à jour et publiés depuis les panneaux.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="81" />
            <source>Choose File…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="82" />
            <source>Choose the project file your team shares as its library</source>
            <translation>Choisir le fichier de projet que votre équipe partage comme bibliothèque</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="84" />
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="85" />
            <source>Use no team library; projects keep the items they copied</source>
            <translation>N'utiliser aucune bibliothèque d'équipe ; les projets gardent les éléments copiés</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="97" />
            <source>No team library is chosen.</source>
            <translation>Aucune bibliothèque d'équipe n'est choisie.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="100" />
            <source>Library: %1</source>
            <translation>Bibliothèque : %1</translation>
        </message>
    </context>
    <context>
        <name>TeamLibraryTemplates</name>
        <message>
            <location filename="../../cxdesigner/ui/library_templates.py" line="49" />
            <source>&lt;b&gt;Team library&lt;/b&gt;</source>
            <translation>&lt;b&gt;Bibliothèque d'équipe&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_templates.py" line="62" />
            <source>Team library</source>
            <translation>Bibliothèque d'équipe</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_templates.py" line="77" />
            <source>The team library holds no maps yet.</source>
            <translation>La bibliothèque d'équipe ne contient encore aucune carte.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_templates.py" line="83" />
            <source>%1 (from the team library %2)</source>
            <translation>%1 (de la bibliothèque d'équipe %2)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_templates.py" line="97" />
            <source>New project</source>
            <translation>Nouveau projet</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialogs</name>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="72" />
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="75" />
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="83" />
            <source>Rename template</source>
            <translation>Renommer le modèle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="76" />
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="94" />
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="102" />
            <source>Delete template</source>
            <translation>Supprimer le modèle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="94" />
            <source>Delete the template “%1”? Projects made from it keep everything; the template cannot be brought back.</source>
            <translation>Supprimer le modèle « %1 » ? Les projets créés à partir de lui gardent tout ; le modèle ne pourra pas être récupéré.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="110" />
            <source>Save a copy of the template</source>
            <translation>Enregistrer une copie du modèle</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="117" />
            <source>CX Designer template (*.json)</source>
            <translation>Modèle CX Designer (*.json)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="123" />
            <source>%1 could not be written: %2.</source>
            <translation>Impossible d’écrire %1 : %2.</translation>
        </message>
    </context>
    <context>
        <name>TemplateList</name>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="78" />
            <source>&amp;Rename…</source>
            <translation>&amp;Renommer…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="79" />
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="81" />
            <source>Save a &amp;Copy…</source>
            <translation>Enregistrer une &amp;copie…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="82" />
            <source>A file to send to colleagues: cxdesigner templates --install FILE adds it</source>
            <translation>Un fichier à envoyer à des collègues : cxdesigner templates --install FILE l’ajoute</translation>
        </message>
    </context>
    <context>
        <name>TitleField</name>
        <message>
            <location filename="../../cxdesigner/canvas/title_editor.py" line="20" />
            <source>Touchpoint title</source>
            <translation>Titre du point de contact</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="39" />
            <source>Compare With</source>
            <translation>Comparer avec</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="39" />
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="48" />
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="42" />
            <source>Choose the version to compare this document with, or another file.</source>
            <translation>Choisissez la version avec laquelle comparer ce document, ou un autre fichier.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="43" />
            <source>Every save of this file, newest first. The content of named versions, of the last 30 days' saves and of the last 10 saves is kept.</source>
            <translation>Chaque enregistrement de ce fichier, du plus récent au plus ancien. Le contenu des versions nommées, des enregistrements des 30 derniers jours et des 10 derniers enregistrements est gardé.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="54" />
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="59" />
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="54" />
            <source>Another File…</source>
            <translation>Autre fichier…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="56" />
            <source>Name This Version…</source>
            <translation>Nommer cette version…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="59" />
            <source>Open Read-Only</source>
            <translation>Ouvrir en lecture seule</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="59" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="76" />
            <source> — this file as saved</source>
            <translation> — ce fichier tel qu’enregistré</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="78" />
            <source> — content no longer kept</source>
            <translation> — contenu plus gardé</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="108" />
            <source>Name This Version</source>
            <translation>Nommer cette version</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="108" />
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
    </context>
    <context>
        <name>WaveGhost</name>
        <message>
            <location filename="../../cxdesigner/canvas/wave_ghost.py" line="53" />
            <source>Satisfaction in the survey wave %1 (every respondent)</source>
            <translation>Satisfaction dans la vague d’enquête %1 (tous les répondants)</translation>
        </message>
    </context>
    <context>
        <name>WavesSection</name>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="53" />
            <source>Wave</source>
            <extracomment>Tints of a cell whose change is supported (light, so the text stays legible in either theme's table).</extracomment>
            <translation>Vague</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="53" />
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="53" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="55" />
            <source>Survey waves</source>
            <translation>Vagues d’enquête</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="79" />
            <source>Interval to aim for</source>
            <translation>Intervalle visé</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="80" />
            <source>The plus or minus the next survey's 95% intervals should stay within, on a 1 to 5 scale (carried onto the map's scale)</source>
            <translation>Le plus ou moins dans lequel les intervalles à 95 % de la prochaine enquête doivent rester, sur une échelle de 1 à 5 (reporté sur l’échelle de la carte)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="83" />
            <source>Interval to aim for (1–5 scale)</source>
            <translation>Intervalle visé (échelle 1–5)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="87" />
            <source>Next survey</source>
            <translation>Prochaine enquête</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="106" />
            <source>No survey yet: Map &gt; Import Survey… adds one; a survey imported with a wave label each time is compared here.</source>
            <translation>Pas encore d’enquête : Carte &gt; Importer une enquête… en ajoute une ; les enquêtes importées chaque fois avec un libellé de vague sont comparées ici.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="110" />
            <source>%n wave(s), every respondent; ▲ ▼ mark supported changes.</source>
            <translation>
                <numerusform>%n vague, tous les répondants ; ▲ ▼ marquent les changements établis.</numerusform>
                <numerusform>%n vagues, tous les répondants ; ▲ ▼ marquent les changements établis.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="114" />
            <source>Journey NPS</source>
            <translation>NPS du parcours</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="129" />
            <source>Fieldwork %1</source>
            <translation>Terrain %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="145" />
            <source>Mean of %n answer(s)</source>
            <translation>
                <numerusform>Moyenne de %n réponse</numerusform>
                <numerusform>Moyenne de %n réponses</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="148" />
            <location filename="../../cxdesigner/ui/wave_insights.py" line="165" />
            <source>a supported change</source>
            <translation>un changement établi</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="148" />
            <location filename="../../cxdesigner/ui/wave_insights.py" line="165" />
            <source>not a supported change</source>
            <translation>pas un changement établi</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="149" />
            <source>%1 by %2 since %3: %4 (Welch's t = %5, df = %6, p = %7)</source>
            <translation>%1 de %2 depuis %3 : %4 (t de Welch = %5, ddl = %6, p = %7)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="150" />
            <source>Up</source>
            <translation>En hausse</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="150" />
            <source>Down</source>
            <translation>En baisse</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="162" />
            <source>NPS of %n answer(s)</source>
            <translation>
                <numerusform>NPS de %n réponse</numerusform>
                <numerusform>NPS de %n réponses</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="166" />
            <source>%1 ± %2 points since %3: %4</source>
            <translation>%1 ± %2 points depuis %3 : %4</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="195" />
            <source>%1: one answer so far, too few to plan from</source>
            <translation>%1 : une seule réponse pour l’instant, trop peu pour planifier</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="197" />
            <source>%1: enough (±%2 from %n answer(s))</source>
            <translation>
                <numerusform>%1 : assez (±%2 sur %n réponse)</numerusform>
                <numerusform>%1 : assez (±%2 sur %n réponses)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="200" />
            <source>%1: &lt;b&gt;%n more answer(s)&lt;/b&gt;</source>
            <translation>
                <numerusform>%1 : &lt;b&gt;%n réponse de plus&lt;/b&gt;</numerusform>
                <numerusform>%1 : &lt;b&gt;%n réponses de plus&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="201" />
            <source>(%1 in all; ±%2 now)</source>
            <translation>(%1 en tout ; ±%2 aujourd’hui)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="203" />
            <source>For 95% intervals of ±%1 on this map's scale:</source>
            <translation>Pour des intervalles à 95 % de ±%1 sur l’échelle de cette carte :</translation>
        </message>
    </context>
    <context>
        <name>pages</name>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="46" />
            <source>landscape</source>
            <extracomment>No text on paper smaller than this, in points (``--min-font``). The smallest text a map draws, in points at 100% (the texts of ``canvas.text``; see ``scene_font``). Sheets offered, smallest first, when a map needs a larger one. A poster taller than this many sheets is no poster any more: refused.</extracomment>
            <translation>paysage</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="47" />
            <source>portrait</source>
            <translation>portrait</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="49" />
            <source>“%1” would take more than %6 rows of %5 sheets to keep its text at %4 pt: choose larger sheets.</source>
            <translation>« %1 » demanderait plus de %6 rangées de feuilles %5 pour garder son texte à %4 pt : choisissez de plus grandes feuilles.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="53" />
            <source>“%1” needs %2 %3 or larger to keep its text at %4 pt or more on one page: choose %2, or a poster of %5 sheets.</source>
            <translation>« %1 » demande du %2 %3 ou plus grand pour garder son texte à %4 pt ou plus sur une page : choisissez %2, ou une affiche de feuilles %5.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="57" />
            <source>“%1” is too large for one page even on A0 %3 at %4 pt: make it a poster of %5 sheets.</source>
            <translation>« %1 » est trop grand pour une page même en A0 %3 à %4 pt : faites-en une affiche de feuilles %5.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="220" />
            <source>row %1 of %2, sheet %3 of %4</source>
            <translation>rangée %1 sur %2, feuille %3 sur %4</translation>
        </message>
    </context>
</TS>
