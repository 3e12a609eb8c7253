<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="38" />
            <source>File format</source>
            <translation>Formato de archivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="48" />
            <source>About CX Designer</source>
            <translation>Acerca de CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="52" />
            <source>&lt;h2&gt;CX Designer %1&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;CX Designer %1&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="53" />
            <source>A desktop editor for customer experience maps.</source>
            <translation>Un editor de escritorio para mapas de experiencia del cliente.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="61" />
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="62" />
            <source>Licence: &lt;a href="%1"&gt;%2&lt;/a&gt;</source>
            <translation>Licencia: &lt;a href="%1"&gt;%2&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="78" />
            <source>Copy Versions</source>
            <translation>Copiar versiones</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="79" />
            <source>Copy the versions, for a bug report</source>
            <translation>Copiar las versiones, para un informe de error</translation>
        </message>
    </context>
    <context>
        <name>AccessibleNames</name>
        <message>
            <location filename="../../cxdesigner/ui/accessible_names.py" line="29" />
            <source>Panel tabs</source>
            <translation>Pestañas de paneles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/accessible_names.py" line="32" />
            <source>Chart</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/accessible_names.py" line="36" />
            <source>%1 panel</source>
            <translation>Panel %1</translation>
        </message>
    </context>
    <context>
        <name>AnnotationEditor</name>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="44" />
            <source>Show entries of stage</source>
            <extracomment>The one touchpoint selected on the map: where a new entry goes.</extracomment>
            <translation>Mostrar entradas de la etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="48" />
            <source>Show goals of persona</source>
            <translation>Mostrar objetivos de la persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="68" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="75" />
            <source>1 minor … 5 blocking</source>
            <translation>1 menor … 5 bloqueante</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="79" />
            <source>not set</source>
            <translation>sin definir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="81" />
            <source>The change of satisfaction this action should bring, in the map's scale</source>
            <translation>El cambio de satisfacción que debería traer esta acción, en la escala del mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="105" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="106" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="107" />
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="109" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="110" />
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="111" />
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="240" />
            <source>Touchpoints</source>
            <translation>Puntos de contacto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="113" />
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="115" />
            <source>Touchpoint</source>
            <translation>Punto de contacto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="115" />
            <source>Pain point</source>
            <translation>Punto de dolor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="116" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="116" />
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="116" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="119" />
            <source>Resources we have</source>
            <translation>Recursos disponibles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="120" />
            <source>Resources needed</source>
            <translation>Recursos necesarios</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="124" />
            <source>Expected effect</source>
            <translation>Efecto esperado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="157" />
            <source>All stages</source>
            <translation>Todas las etapas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="166" />
            <source>All personas</source>
            <translation>Todas las personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="178" />
            <source>(no text)</source>
            <translation>(sin texto)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="201" />
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="240" />
            <source>Stages</source>
            <translation>Etapas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="266" />
            <source>New entry</source>
            <translation>Nueva entrada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="269" />
            <source>A goal needs a persona and a stage on this map.</source>
            <translation>Un objetivo necesita una persona y una etapa en este mapa.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="275" />
            <source>Add a touchpoint to this map first.</source>
            <translation>Añada primero un punto de contacto a este mapa.</translation>
        </message>
    </context>
    <context>
        <name>AnnotationsPanel</name>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="308" />
            <source>Goals</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="308" />
            <source>Pain points</source>
            <translation>Puntos de dolor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="308" />
            <source>Positive</source>
            <translation>Positivos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="309" />
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
    </context>
    <context>
        <name>CatalogEditor</name>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="36" />
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="36" />
            <source>Departments</source>
            <translation>Departamentos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="52" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="56" />
            <source>Icon</source>
            <translation>Icono</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="92" />
            <source>New channel</source>
            <translation>Nuevo canal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="92" />
            <source>New department</source>
            <translation>Nuevo departamento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="106" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="106" />
            <source>%n touchpoint(s) use “%1”; they will have none. Delete it?</source>
            <translation>
                <numerusform>%n punto de contacto usa «%1»; se quedará sin él. ¿Eliminarlo?</numerusform>
                <numerusform>%n puntos de contacto usan «%1»; se quedarán sin él. ¿Eliminarlo?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatalogPanel</name>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="119" />
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="120" />
            <source>Departments</source>
            <translation>Departamentos</translation>
        </message>
    </context>
    <context>
        <name>CellFields</name>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="27" />
            <source>Angry</source>
            <translation>Enfadado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="27" />
            <source>Unhappy</source>
            <translation>Descontento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="27" />
            <source>Neutral</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="28" />
            <source>Content</source>
            <translation>Satisfecho</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="28" />
            <source>Delighted</source>
            <translation>Encantado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="144" />
            <source>no value</source>
            <extracomment>Every field, Clear buttons too, top to bottom: the order Tab goes through them.</extracomment>
            <translation>sin valor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="145" />
            <source>A number (in %1)</source>
            <translation>Un número (en %1)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="146" />
            <source>A number</source>
            <translation>Un número</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="157" />
            <source>From the rating</source>
            <translation>Según la valoración</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="160" />
            <source>The face shown; until one is chosen it follows the rating</source>
            <translation>La cara que se muestra; hasta que se elija una, sigue la valoración</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="163" />
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="178" />
            <source>Choose a picture, or drop one here</source>
            <translation>Elija una imagen o suéltela aquí</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="179" />
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="180" />
            <source>Clear %1</source>
            <translation>Borrar %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="194" />
            <source>Choose a picture</source>
            <translation>Elegir una imagen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="195" />
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="223" />
            <source>Edit %1</source>
            <translation>Editar %1</translation>
        </message>
    </context>
    <context>
        <name>Choices</name>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="14" />
            <source>Assumption</source>
            <translation>Suposición</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="14" />
            <source>assumption</source>
            <translation>suposición</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="15" />
            <source>Survey</source>
            <translation>Encuesta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="15" />
            <source>survey</source>
            <translation>encuesta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="16" />
            <source>Interview</source>
            <translation>Entrevista</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="16" />
            <source>interview</source>
            <translation>entrevista</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="17" />
            <source>Analytics</source>
            <translation>Analítica</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="17" />
            <source>analytics</source>
            <translation>analítica</translation>
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
            <translation>Físico</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="19" />
            <source>physical</source>
            <translation>físico</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="20" />
            <source>Human</source>
            <translation>Humano</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="20" />
            <source>human</source>
            <translation>humano</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="21" />
            <source>Low</source>
            <translation>Baja</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="21" />
            <source>low</source>
            <translation>baja</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="22" />
            <source>Medium</source>
            <translation>Media</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="22" />
            <source>medium</source>
            <translation>media</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="23" />
            <source>High</source>
            <translation>Alta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="23" />
            <source>high</source>
            <translation>alta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="24" />
            <source>Critical</source>
            <translation>Crítica</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="24" />
            <source>critical</source>
            <translation>crítica</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="25" />
            <source>Idea</source>
            <translation>Idea</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="25" />
            <source>idea</source>
            <translation>idea</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="26" />
            <source>Planned</source>
            <translation>Planificada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="26" />
            <source>planned</source>
            <translation>planificada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="27" />
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="27" />
            <source>in progress</source>
            <translation>en curso</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="28" />
            <source>Done</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="28" />
            <source>done</source>
            <translation>hecha</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="29" />
            <source>Dropped</source>
            <translation>Descartada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="29" />
            <source>dropped</source>
            <translation>descartada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="30" />
            <source>Angry</source>
            <translation>Enfadado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="30" />
            <source>angry</source>
            <translation>enfadado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="31" />
            <source>Unhappy</source>
            <translation>Descontento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="31" />
            <source>unhappy</source>
            <translation>descontento</translation>
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
            <translation>Satisfecho</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="33" />
            <source>content</source>
            <translation>contento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="34" />
            <source>Delighted</source>
            <translation>Encantado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="34" />
            <source>delighted</source>
            <translation>encantado</translation>
        </message>
    </context>
    <context>
        <name>ClipboardActions</name>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="23" />
            <source>Cu&amp;t</source>
            <translation>Cor&amp;tar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="23" />
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="23" />
            <source>&amp;Paste</source>
            <translation>&amp;Pegar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="24" />
            <source>Move the selected touchpoints</source>
            <translation>Mover los puntos de contacto seleccionados</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="25" />
            <source>Copy the selected touchpoints</source>
            <translation>Copiar los puntos de contacto seleccionados</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="26" />
            <source>Paste touchpoints here</source>
            <translation>Pegar los puntos de contacto aquí</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="50" />
            <source>Cut %n touchpoints</source>
            <translation>
                <numerusform>Cortar %n punto de contacto</numerusform>
                <numerusform>Cortar %n puntos de contacto</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="57" />
            <source>The clipboard holds no touchpoints.</source>
            <translation>El portapapeles no contiene puntos de contacto.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="61" />
            <source>Add a stage to this map first.</source>
            <translation>Añada primero una etapa a este mapa.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="82" />
            <source>Paste %n touchpoints</source>
            <translation>
                <numerusform>Pegar %n punto de contacto</numerusform>
                <numerusform>Pegar %n puntos de contacto</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="95" />
            <source>Add %1</source>
            <extracomment>``QUndoCommand.id()`` values for commands that merge.</extracomment>
            <translation>Añadir %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="112" />
            <source>Delete %1</source>
            <translation>Eliminar %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="136" />
            <source>Edit %1</source>
            <translation>Editar %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="185" />
            <source>Move %1</source>
            <translation>Mover %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="210" />
            <source>Move touchpoints</source>
            <translation>Mover puntos de contacto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="237" />
            <source>Clear rating</source>
            <translation>Borrar valoración</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="237" />
            <source>Set rating</source>
            <translation>Valorar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="277" />
            <source>Clear target</source>
            <translation>Borrar objetivo de satisfacción</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="277" />
            <source>Set target</source>
            <translation>Fijar objetivo de satisfacción</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="305" />
            <source>Change scale</source>
            <translation>Cambiar escala</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="331" />
            <source>Show persona on map</source>
            <translation>Mostrar persona en el mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="348" />
            <source>Remove persona from map</source>
            <translation>Quitar persona del mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="367" />
            <source>goal</source>
            <extracomment>Each kind of item in menu words ("Add pain point"), and labels other layers push with.</extracomment>
            <translation>objetivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="367" />
            <source>pain point</source>
            <translation>punto de dolor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="368" />
            <source>positive moment</source>
            <translation>momento positivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="369" />
            <source>action</source>
            <translation>acción</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="369" />
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="370" />
            <source>channel</source>
            <translation>canal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="371" />
            <source>department</source>
            <translation>departamento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="372" />
            <source>comment</source>
            <translation>comentario</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="372" />
            <source>stage</source>
            <translation>etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="373" />
            <source>touchpoint</source>
            <translation>punto de contacto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="374" />
            <source>lane</source>
            <translation>carril</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="374" />
            <source>cell</source>
            <translation>celda</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="375" />
            <source>map</source>
            <translation>mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="375" />
            <source>persona</source>
            <translation>persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="376" />
            <source>project</source>
            <translation>proyecto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="377" />
            <source>survey</source>
            <translation>encuesta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="378" />
            <source>Apply survey ratings</source>
            <translation>Aplicar valoraciones de la encuesta</translation>
        </message>
    </context>
    <context>
        <name>CommentBadge</name>
        <message>
            <location filename="../../cxdesigner/canvas/comment_badges.py" line="37" />
            <source>%1 comments, %2 open: click to read them</source>
            <translation>%1 comentarios, %2 abiertos: haga clic para leerlos</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="36" />
            <source>Show resolved</source>
            <extracomment>A thread was clicked: the id of what it is about, to show on the map.</extracomment>
            <translation>Mostrar resueltos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="40" />
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="50" />
            <source>Comment text</source>
            <translation>Texto del comentario</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="51" />
            <source>Write a comment or a reply…</source>
            <translation>Escriba un comentario o una respuesta…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="56" />
            <source>Comment</source>
            <translation>Comentar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="57" />
            <source>Reply</source>
            <translation>Responder</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="58" />
            <location filename="../../cxdesigner/ui/comments_panel.py" line="180" />
            <source>Resolve</source>
            <translation>Resolver</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="59" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="98" />
            <source>something removed</source>
            <translation>algo eliminado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="101" />
            <source>the map</source>
            <translation>el mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="102" />
            <source>stage</source>
            <translation>etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="102" />
            <source>touchpoint</source>
            <translation>punto de contacto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="102" />
            <source>pain point</source>
            <translation>punto de dolor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="103" />
            <source>action</source>
            <translation>acción</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="111" />
            <source>New comments go on %1.</source>
            <translation>Los comentarios nuevos van en %1.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="180" />
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="196" />
            <source>Add comment</source>
            <translation>Añadir comentario</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="200" />
            <source>Reply to comment</source>
            <translation>Responder al comentario</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="209" />
            <source>Reopen comment</source>
            <translation>Reabrir comentario</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="209" />
            <source>Resolve comment</source>
            <translation>Resolver comentario</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="214" />
            <source>Delete comment</source>
            <translation>Eliminar comentario</translation>
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="111" />
            <source>Differences</source>
            <translation>Diferencias</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="116" />
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="116" />
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="120" />
            <source>End Comparison</source>
            <translation>Terminar comparación</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="124" />
            <source>Comparison</source>
            <translation>Comparación</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/compare_mode.py" line="131" />
            <source>From %1 to this document: %n difference(s).</source>
            <translation>
                <numerusform>De %1 a este documento: %n diferencia.</numerusform>
                <numerusform>De %1 a este documento: %n diferencias.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="133" />
            <source>This document and %1 hold the same project.</source>
            <translation>Este documento y %1 contienen el mismo proyecto.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="24" />
            <source>after %1</source>
            <translation>después de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="24" />
            <source>first</source>
            <translation>primero</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="27" />
            <source>taken off</source>
            <translation>retirado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="27" />
            <source>kept</source>
            <translation>conservado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="28" />
            <source>removed</source>
            <translation>eliminado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="28" />
            <source>kept, with its changes</source>
            <translation>conservado, con sus cambios</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="52" />
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="52" />
            <source>Mine</source>
            <translation>Mío</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="53" />
            <source>Theirs</source>
            <translation>Suyo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="57" />
            <source>Keep mine</source>
            <translation>Conservar el mío</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="58" />
            <source>Keep theirs</source>
            <translation>Conservar el suyo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="59" />
            <source>My own:</source>
            <translation>El mío propio:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="61" />
            <source>My own value</source>
            <translation>Mi propio valor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="75" />
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="76" />
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="84" />
            <source>Merge</source>
            <translation>Combinar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="93" />
            <source>Conflict %1 of %2</source>
            <translation>Conflicto %1 de %2</translation>
        </message>
    </context>
    <context>
        <name>CopiesBar</name>
        <message>
            <location filename="../../cxdesigner/ui/copies_bar.py" line="33" />
            <source>Copies beside this file</source>
            <translation>Copias junto a este archivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/copies_bar.py" line="41" />
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/copies_bar.py" line="42" />
            <source>Ignore</source>
            <translation>Ignorar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/copies_bar.py" line="66" />
            <source>Merge It In</source>
            <translation>Incorporarla</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/copies_bar.py" line="66" />
            <source>Merge Them In</source>
            <translation>Incorporarlas</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <location filename="../../cxdesigner/editor/document.py" line="65" />
            <source>the file is read-only</source>
            <extracomment>The stamp of a file whose state when the work began is not known: it never matches a file on disk.</extracomment>
            <translation>el archivo es de solo lectura</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/document.py" line="67" />
            <source>its folder is read-only</source>
            <translation>su carpeta es de solo lectura</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/document.py" line="137" />
            <location filename="../../cxdesigner/editor/document.py" line="166" />
            <source>you opened it read-only</source>
            <extracomment>Every model event, as the model emitted it. The modified flag flipped (for the ``*`` in the title). The file path changed (Save As, first save). Undo or redo walked the stack (not a new edit): the ids its steps are about, to show them. ``try_push`` was refused: the model's one plain sentence, for the user. ``project`` is another object now (a version restored, a merge): views start again from it. The file as read or last saved: saving over a file someone else changed is refused. Why Save must go elsewhere (Save As), or None when the file may be written. A sentence to tell before the first save (an older file format is upgraded). Keep the replaced file as ``NAME.cxd.bak`` on each save. The file's revisions; each save adds one. Who saves and comments (``None``: the login name). What the window calls the document instead of its file's name (an earlier version).</extracomment>
            <translation>lo abrió en solo lectura</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/document.py" line="224" />
            <source>%1 is open read-only (%2): use Save As to keep your changes in another file.</source>
            <translation>%1 está abierto en solo lectura (%2): use Guardar como para conservar sus cambios en otro archivo.</translation>
        </message>
    </context>
    <context>
        <name>EarlierWave</name>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="25" />
            <source>Earlier Survey &amp;Wave</source>
            <translation>&amp;Oleada anterior de la encuesta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="77" />
            <source>No map</source>
            <translation>Ningún mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="81" />
            <source>&amp;None</source>
            <translation>&amp;Ninguna</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="87" />
            <source>No survey waves yet: Map &gt; Import Survey…</source>
            <translation>Aún no hay oleadas de encuesta: Mapa &gt; Importar encuesta…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="93" />
            <source>Fieldwork %1</source>
            <translation>Trabajo de campo %1</translation>
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
            <translation>Algo ha fallado dentro de CX Designer. Puede seguir trabajando.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/error_guard.py" line="96" />
            <source>Your unsaved work was copied to a recovery file.</source>
            <translation>Su trabajo sin guardar se copió en un archivo de recuperación.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/error_guard.py" line="98" />
            <source>The details are also in %1.</source>
            <translation>Los detalles también están en %1.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="26" />
            <source>PDF document</source>
            <translation>Documento PDF</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="27" />
            <source>Stakeholder pack (PDF)</source>
            <translation>Dosier para las partes interesadas (PDF)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="28" />
            <source>SVG drawing</source>
            <translation>Dibujo SVG</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="28" />
            <source>PNG image</source>
            <translation>Imagen PNG</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="29" />
            <source>CSV tables (spreadsheets)</source>
            <translation>Tablas CSV (hojas de cálculo)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="30" />
            <source>Excel workbook (a sheet per table)</source>
            <translation>Libro de Excel (una hoja por tabla)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="31" />
            <source>JSON (whole project)</source>
            <translation>JSON (proyecto completo)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="32" />
            <source>Mermaid journey text</source>
            <translation>Texto de recorrido Mermaid</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="33" />
            <source>Interactive map (HTML)</source>
            <translation>Mapa interactivo (HTML)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="46" />
            <location filename="../../cxdesigner/ui/export_dialog.py" line="156" />
            <location filename="../../cxdesigner/ui/export_dialog.py" line="294" />
            <location filename="../../cxdesigner/ui/export_dialog.py" line="313" />
            <source>Export</source>
            <extracomment>The choices of the Format list that write a PDF: the map itself, or the stakeholder pack.</extracomment>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="56" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="59" />
            <source>Maps to export</source>
            <translation>Mapas que exportar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="66" />
            <source>Maps</source>
            <translation>Mapas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="69" />
            <source>Add a summary of the journey scores</source>
            <translation>Añadir un resumen de las puntuaciones del recorrido</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="70" />
            <source>Each persona's mean satisfaction, peak-end score, NPS, weakest touchpoint and biggest drop, under the map</source>
            <translation>La satisfacción media, la puntuación pico-final, el NPS, el punto de contacto más débil y la mayor caída de cada persona, bajo el mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="74" />
            <source>Add the review comments as an appendix</source>
            <translation>Añadir los comentarios de revisión como anexo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="75" />
            <source>Every comment thread of the map, with its replies, open or resolved, after the insights</source>
            <translation>Cada hilo de comentarios del mapa, con sus respuestas, abierto o resuelto, tras el análisis</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="79" />
            <source>All maps in one PDF</source>
            <translation>Todos los mapas en un PDF</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="82" />
            <source>Recorded in the PDF</source>
            <translation>Registrado en el PDF</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="92" />
            <source>Make a Poster</source>
            <translation>Hacer un póster</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="93" />
            <source>Tile the map over several sheets of this paper, text kept legible</source>
            <translation>Repartir el mapa en varias hojas de este papel, con el texto legible</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="104" />
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="107" />
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="114" />
            <source>Transparent background</source>
            <translation>Fondo transparente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="116" />
            <source>Resolution</source>
            <translation>Resolución</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="118" />
            <source>Image</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="120" />
            <source>Byte-order mark, for Excel</source>
            <translation>Marca de orden de bytes, para Excel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="122" />
            <source>Lets spreadsheet programs recognise the UTF-8 text</source>
            <translation>Permite a las hojas de cálculo reconocer el texto UTF-8</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="123" />
            <source>Tables</source>
            <translation>Tablas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="127" />
            <source>Left out</source>
            <translation>Omitido</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="131" />
            <location filename="../../cxdesigner/ui/export_dialog.py" line="284" />
            <source>Export to</source>
            <translation>Exportar a</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="134" />
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="139" />
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="149" />
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="238" />
            <source>No preview for this format</source>
            <translation>Sin vista previa para este formato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="248" />
            <source>Too small to read on this sheet</source>
            <translation>Demasiado pequeño para leerse en esta hoja</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/export_dialog.py" line="252" />
            <source>%n sheet(s) for this map</source>
            <translation>
                <numerusform>%n hoja para este mapa</numerusform>
                <numerusform>%n hojas para este mapa</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="262" />
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 píxeles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="275" />
            <source>Use %1</source>
            <translation>Usar %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/export_dialog.py" line="294" />
            <source>Replace %n existing file(s)?</source>
            <translation>
                <numerusform>¿Reemplazar %n archivo existente?</numerusform>
                <numerusform>¿Reemplazar %n archivos existentes?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="297" />
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="297" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
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
            <translation>Valoración medida</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="29" />
            <source>The mean of the survey scores given to a touchpoint by the respondents of a persona, converted to the map's scale, with the number of answers, their standard deviation and the 95% confidence interval of the mean.</source>
            <translation>La media de las puntuaciones de encuesta dadas a un punto de contacto por los encuestados de una persona, convertida a la escala del mapa, con el número de respuestas, su desviación típica y el intervalo de confianza del 95 % de la media.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="33" />
            <source>95% confidence interval</source>
            <translation>Intervalo de confianza del 95 %</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="34" />
            <source>The mean plus or minus Student's t quantile (97.5%, n - 1 degrees of freedom) times the standard deviation divided by the square root of n: the range that holds the true mean in 95 of 100 surveys like this one.</source>
            <translation>La media más o menos el cuantil t de Student (97,5 %, n - 1 grados de libertad) por la desviación típica dividida por la raíz cuadrada de n: el intervalo que contiene la media real en 95 de cada 100 encuestas como esta.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="38" />
            <source>Few answers</source>
            <translation>Pocas respuestas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="39" />
            <source>A measured rating that rests on fewer answers than the threshold (10 unless set otherwise), so that its interval is wide and it should be read with care.</source>
            <translation>Una valoración medida que se basa en menos respuestas que el umbral (10 salvo que se indique otro), por lo que su intervalo es amplio y debe leerse con cuidado.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="42" />
            <source>Net Promoter Score</source>
            <translation>Net Promoter Score</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="43" />
            <source>The percentage of promoters (answers of 9 or 10 to the 0-10 recommendation question) minus the percentage of detractors (answers of 0 to 6), from -100 to +100.</source>
            <translation>El porcentaje de promotores (respuestas de 9 o 10 a la pregunta de recomendación de 0 a 10) menos el porcentaje de detractores (respuestas de 0 a 6), de -100 a +100.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="46" />
            <source>NPS margin of error</source>
            <translation>Margen de error del NPS</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="47" />
            <source>1.96 times the standard error of the answers coded +1 for a promoter, 0 for a passive and -1 for a detractor, times 100: the NPS lies within this many points of the true one with 95% confidence.</source>
            <translation>1,96 veces el error típico de las respuestas codificadas +1 para un promotor, 0 para un pasivo y -1 para un detractor, por 100: el NPS está a esa distancia en puntos del real con un 95 % de confianza.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="50" />
            <source>Mean satisfaction</source>
            <translation>Satisfacción media</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="51" />
            <source>The average of a persona's ratings over every rated touchpoint of the map, each touchpoint counting once.</source>
            <translation>La media de las valoraciones de una persona en todos los puntos de contacto valorados del mapa, contando cada punto de contacto una vez.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="53" />
            <source>Stage means</source>
            <translation>Medias por etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="54" />
            <source>The average of a persona's ratings over the rated touchpoints of each stage.</source>
            <translation>La media de las valoraciones de una persona en los puntos de contacto valorados de cada etapa.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="56" />
            <source>Weakest touchpoints</source>
            <translation>Puntos de contacto más débiles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="57" />
            <source>The rated touchpoints with the lowest satisfaction for a persona, lowest first.</source>
            <translation>Los puntos de contacto valorados con la satisfacción más baja para una persona, del más bajo al más alto.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="59" />
            <source>Strongest touchpoints</source>
            <translation>Puntos de contacto más fuertes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="60" />
            <source>The rated touchpoints with the highest satisfaction for a persona, highest first.</source>
            <translation>Los puntos de contacto valorados con la satisfacción más alta para una persona, del más alto al más bajo.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="62" />
            <source>Peak-end score</source>
            <translation>Puntuación pico-final</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="63" />
            <source>The mean of the most intense moment (the rating furthest from the middle of the scale, the earlier of equals) and the last rated touchpoint, since people judge an experience mostly by its peak and its end.</source>
            <translation>La media del momento más intenso (la valoración más alejada del centro de la escala, la primera en caso de empate) y del último punto de contacto valorado, ya que las personas juzgan una experiencia sobre todo por su pico y su final.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="66" />
            <source>Biggest drops</source>
            <translation>Mayores caídas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="67" />
            <source>The largest falls in satisfaction from one rated touchpoint to the next rated one, largest first.</source>
            <translation>Los mayores descensos de satisfacción de un punto de contacto valorado al siguiente, del mayor al menor.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="69" />
            <source>Persona comparison</source>
            <translation>Comparación de personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="70" />
            <source>Each persona's rating at every touchpoint side by side, with each persona's mean satisfaction and, at each touchpoint, the difference between the highest and the lowest persona.</source>
            <translation>La valoración de cada persona en cada punto de contacto, lado a lado, con la satisfacción media de cada persona y, en cada punto de contacto, la diferencia entre la persona más alta y la más baja.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="73" />
            <source>Gaps</source>
            <translation>Saltos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="74" />
            <source>A seam between two consecutive touchpoints where the customer switches channel, device or department, with the change in each persona's satisfaction across it.</source>
            <translation>Una costura entre dos puntos de contacto consecutivos donde el cliente cambia de canal, dispositivo o departamento, con el cambio de satisfacción de cada persona al cruzarla.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="77" />
            <source>Gap to target</source>
            <translation>Distancia al objetivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="78" />
            <source>The target satisfaction minus the current rating at a touchpoint: how far it still has to rise, negative when it already does better than its target.</source>
            <translation>La satisfacción objetivo menos la valoración actual en un punto de contacto: cuánto le falta por subir; negativa cuando ya supera su objetivo.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="81" />
            <source>Survey waves</source>
            <translation>Oleadas de encuesta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="82" />
            <source>Each touchpoint's mean survey score and NPS in every wave of the map's surveys, with their 95% intervals, and an arrow only where the change from the wave before is statistically supported.</source>
            <translation>La puntuación media de encuesta y el NPS de cada punto de contacto en cada oleada de las encuestas del mapa, con sus intervalos del 95 %, y una flecha solo donde el cambio respecto a la oleada anterior está respaldado estadísticamente.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="85" />
            <source>Supported change</source>
            <translation>Cambio respaldado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="86" />
            <source>A change between two consecutive waves that is unlikely to come from sampling alone: for a mean, Welch's two-sided t test at 95% (unequal variances, Welch-Satterthwaite degrees of freedom) has p under 0.05; for an NPS, the difference is larger than its margin of error, 1.96 times the square root of the sum of both scores' squared standard errors.</source>
            <translation>Un cambio entre dos oleadas consecutivas que difícilmente se debe solo al muestreo: para una media, la prueba t bilateral de Welch al 95 % (varianzas desiguales, grados de libertad de Welch-Satterthwaite) da p menor que 0,05; para un NPS, la diferencia supera su margen de error, 1,96 veces la raíz cuadrada de la suma de los errores estándar al cuadrado de ambas puntuaciones.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="91" />
            <source>Next survey</source>
            <translation>Próxima encuesta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="92" />
            <source>For each touchpoint, the answers its next survey needs for a 95% interval no wider than the chosen plus or minus (0.5 on a 1 to 5 scale unless set, carried onto the map's scale), from the spread in the latest wave that asked about it, and how many more that is than that wave had.</source>
            <translation>Para cada punto de contacto, las respuestas que necesita su próxima encuesta para un intervalo del 95 % no más ancho que el más/menos elegido (0,5 en una escala de 1 a 5 salvo que se indique otro, llevado a la escala del mapa), según la dispersión de la última oleada que preguntó por él, y cuántas más son que las que tuvo esa oleada.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="96" />
            <source>Projected mean</source>
            <translation>Media proyectada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="97" />
            <source>The mean satisfaction the persona would have once the actions chosen for the projected line have their expected effects, each touchpoint's rating plus the effects of the actions acting on it, held within the scale.</source>
            <translation>La satisfacción media que tendría la persona una vez que las acciones elegidas para la línea proyectada tengan sus efectos esperados: la valoración de cada punto de contacto más los efectos de las acciones que actúan sobre él, dentro de la escala.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="101" />
            <source>Projected peak-end</source>
            <translation>Pico-final proyectado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="102" />
            <source>The peak-end score of the projected line: the same measure taken on the ratings the chosen actions are expected to bring.</source>
            <translation>La puntuación pico-final de la línea proyectada: la misma medida tomada sobre las valoraciones que se espera que traigan las acciones elegidas.</translation>
        </message>
    </context>
    <context>
        <name>FileLifecycle</name>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="57" />
            <source>New project</source>
            <translation>Nuevo proyecto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="62" />
            <source>Open project</source>
            <translation>Abrir proyecto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="86" />
            <source>Cannot open project</source>
            <translation>No se puede abrir el proyecto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="102" />
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="111" />
            <source>Recover unsaved work</source>
            <translation>Recuperar trabajo sin guardar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="124" />
            <source>File in use</source>
            <translation>Archivo en uso</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="126" />
            <source>Open it read-only, or open it for editing anyway if they no longer have it open.</source>
            <translation>Ábralo en solo lectura, o ábralo para editar de todos modos si ya no lo tienen abierto.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="128" />
            <source>Open Read-Only</source>
            <translation>Abrir en solo lectura</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="129" />
            <source>Open Anyway</source>
            <translation>Abrir de todos modos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="143" />
            <source>Colleagues opening this file will not be warned: %1.</source>
            <translation>Los compañeros que abran este archivo no serán avisados: %1.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="163" />
            <source>Save project as</source>
            <translation>Guardar proyecto como</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="176" />
            <source>Read-only</source>
            <translation>Solo lectura</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="177" />
            <source>You opened %1 read-only (%2), so it cannot be replaced. Choose another name for your version.</source>
            <translation>Abrió %1 en solo lectura (%2), así que no se puede reemplazar. Elija otro nombre para su versión.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="181" />
            <source>Save in the new format?</source>
            <translation>¿Guardar en el formato nuevo?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="188" />
            <source>Cannot save project</source>
            <translation>No se puede guardar el proyecto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="194" />
            <source>Saved %1</source>
            <translation>Guardado %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="200" />
            <source>File changed on disk</source>
            <translation>Archivo cambiado en el disco</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="201" />
            <source>%1 was changed by someone else since you opened it.</source>
            <translation>Otra persona cambió %1 desde que usted lo abrió.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="204" />
            <source>Merge their changes into yours and save both, save yours as another file, overwrite theirs with yours, or reload theirs (your changes are kept as a recovery copy, offered the next time CX Designer starts).</source>
            <translation>Combine sus cambios con los suyos y guarde ambos, guarde los suyos como otro archivo, sobrescriba los de ellos con los suyos o recargue los de ellos (sus cambios se guardan como copia de recuperación, que se ofrecerá la próxima vez que se inicie CX Designer).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="207" />
            <source>Merge Their Changes</source>
            <translation>Combinar sus cambios</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="208" />
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="260" />
            <source>Save As…</source>
            <translation>Guardar como…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="209" />
            <source>Overwrite</source>
            <translation>Sobrescribir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="210" />
            <source>Reload Theirs</source>
            <translation>Recargar el suyo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="228" />
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="235" />
            <source>Reload</source>
            <translation>Recargar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="229" />
            <source>Your changes could not be kept as a recovery copy, so the file was not reloaded.</source>
            <translation>Sus cambios no se pudieron conservar como copia de recuperación, así que el archivo no se recargó.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="243" />
            <source>Reloaded %1. Your changes are kept as a recovery copy.</source>
            <translation>Recargado %1. Sus cambios se conservan como copia de recuperación.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="252" />
            <source>Save the changes to %1 before closing?</source>
            <translation>¿Guardar los cambios de %1 antes de cerrar?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="254" />
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="257" />
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="259" />
            <source>You opened it read-only: your version goes to another file.</source>
            <translation>Lo abrió en solo lectura: su versión va a otro archivo.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="86" />
            <source>Choose the survey file</source>
            <translation>Elija el archivo de la encuesta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="87" />
            <source>A survey tool's export (Qualtrics, SurveyMonkey, Google Forms, Microsoft Forms, Typeform, LimeSurvey), or a CSV file or Excel workbook with one row per respondent and a column per touchpoint, or one row per answer.</source>
            <translation>La exportación de una herramienta de encuestas (Qualtrics, SurveyMonkey, Google Forms, Microsoft Forms, Typeform, LimeSurvey), o un archivo CSV o libro de Excel con una fila por encuestado y una columna por punto de contacto, o una fila por respuesta.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="93" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="136" />
            <source>Survey file</source>
            <translation>Archivo de encuesta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="94" />
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="98" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="100" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="104" />
            <source>Sheet</source>
            <translation>Hoja</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="101" />
            <source>The sheet of an Excel workbook that holds the answers</source>
            <translation>La hoja del libro de Excel que contiene las respuestas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="102" />
            <source>Only for Excel workbooks</source>
            <translation>Solo para libros de Excel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="106" />
            <source>Importing a survey of the same name again replaces it</source>
            <translation>Importar de nuevo una encuesta con el mismo nombre la reemplaza</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="107" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="110" />
            <source>such as 2026 Q3</source>
            <translation>como 2026 T3</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="111" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="114" />
            <source>Wave</source>
            <translation>Oleada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="112" />
            <source>Which wave of this map's surveys this is: Insights compares the waves, and surveys of one wave are pooled</source>
            <translation>Qué oleada de las encuestas de este mapa es: Análisis compara las oleadas, y las encuestas de una misma oleada se agrupan</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="117" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="127" />
            <source>Fieldwork from</source>
            <translation>Trabajo de campo desde</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="118" />
            <source>Fieldwork to</source>
            <translation>Trabajo de campo hasta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="119" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="122" />
            <source>When the answers were collected (leave empty when not known); it orders the waves</source>
            <translation>Cuándo se recogieron las respuestas (déjelo vacío si no se sabe); ordena las oleadas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="125" />
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="137" />
            <source>Survey files (*.csv *.txt *.tsv *.xlsx);;CSV files (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Archivos de encuesta (*.csv *.txt *.tsv *.xlsx);;Archivos CSV (*.csv *.txt *.tsv);;Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="177" />
            <source>The file is larger than 200 MB.</source>
            <translation>El archivo ocupa más de 200 MB.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="181" />
            <source>Could not read %1: %2.</source>
            <translation>No se pudo leer %1: %2.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="202" />
            <source>“%1” is not a date: write it as YYYY-MM-DD, such as 2026-07-01.</source>
            <translation>«%1» no es una fecha: escríbala como AAAA-MM-DD, por ejemplo 2026-07-01.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="208" />
            <source>The fieldwork ends before it starts.</source>
            <translation>El trabajo de campo termina antes de empezar.</translation>
        </message>
    </context>
    <context>
        <name>GuideBrowser</name>
        <message>
            <location filename="../../cxdesigner/ui/guide.py" line="41" />
            <source>User guide</source>
            <translation>Guía del usuario</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <location filename="../../cxdesigner/ui/guide.py" line="76" />
            <source>CX Designer user guide</source>
            <translation>Guía del usuario de CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/guide.py" line="82" />
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/guide.py" line="86" />
            <source>Contents</source>
            <translation>Contenido</translation>
        </message>
    </context>
    <context>
        <name>HighContrastAction</name>
        <message>
            <location filename="../../cxdesigner/ui/contrast.py" line="35" />
            <source>&amp;High Contrast</source>
            <translation>Alto &amp;contraste</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/contrast.py" line="37" />
            <location filename="../../cxdesigner/ui/contrast.py" line="38" />
            <source>White and yellow on black, for the editor and the map</source>
            <translation>Blanco y amarillo sobre negro, para el editor y el mapa</translation>
        </message>
    </context>
    <context>
        <name>HtmlMap</name>
        <message>
            <location filename="../../cxdesigner/render/html_svg.py" line="180" />
            <source>Touchpoint %1 of %2: %3</source>
            <translation>Punto de contacto %1 de %2: %3</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_svg.py" line="298" />
            <source>Goal of %1</source>
            <translation>Objetivo de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="30" />
            <source>%1: %2 on a scale from %3 to %4</source>
            <translation>%1: %2 en una escala de %3 a %4</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="34" />
            <source>n = %1</source>
            <translation>n = %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="36" />
            <source>standard deviation %1</source>
            <translation>desviación estándar %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="38" />
            <source>95% interval %1 to %2</source>
            <translation>intervalo del 95 % de %1 a %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="45" />
            <source>severity %1 of 5</source>
            <translation>gravedad %1 de 5</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="47" />
            <source>Also at: %1</source>
            <translation>También en: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="54" />
            <source>%1 priority</source>
            <translation>prioridad %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="57" />
            <source>%1 expected</source>
            <translation>%1 esperado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="60" />
            <source>Resources available: %1</source>
            <translation>Recursos disponibles: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="62" />
            <source>Resources still needed: %1</source>
            <translation>Recursos aún necesarios: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="69" />
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="69" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="70" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="71" />
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="71" />
            <source>Device</source>
            <translation>Dispositivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="72" />
            <source>Starts</source>
            <translation>Empieza</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="73" />
            <source>Takes</source>
            <translation>Dura</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="74" />
            <source>%1 minutes</source>
            <translation>%1 minutos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="75" />
            <source>Customer does</source>
            <translation>El cliente hace</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="75" />
            <source>Thinks</source>
            <translation>Piensa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="76" />
            <source>Feels</source>
            <translation>Siente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="80" />
            <source>Rating</source>
            <translation>Valoración</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="81" />
            <source>%1: not rated</source>
            <translation>%1: sin valorar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="84" />
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="94" />
            <source>Pain point</source>
            <translation>Punto de dolor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="97" />
            <source>Positive moment</source>
            <translation>Momento positivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="100" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="101" />
            <source>Resources available</source>
            <translation>Recursos disponibles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="102" />
            <source>Resources still needed</source>
            <translation>Recursos aún necesarios</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="55" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="55" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="117" />
            <source>Satisfaction from %1 to %2</source>
            <translation>Satisfacción de %1 a %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="126" />
            <source>Stages</source>
            <translation>Etapas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="126" />
            <source>Touchpoints</source>
            <translation>Puntos de contacto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="127" />
            <source>Pain points</source>
            <translation>Puntos de dolor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="127" />
            <source>Positive moments</source>
            <translation>Momentos positivos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="128" />
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
    </context>
    <context>
        <name>InfoBar</name>
        <message>
            <location filename="../../cxdesigner/ui/info_bar.py" line="22" />
            <source>Document notice</source>
            <translation>Aviso del documento</translation>
        </message>
    </context>
    <context>
        <name>InsertMenu</name>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="19" />
            <source>&amp;Touchpoint</source>
            <translation>&amp;Punto de contacto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="19" />
            <source>After the selected touchpoint, or at the end of the map</source>
            <translation>Tras el punto de contacto seleccionado, o al final del mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="20" />
            <source>&amp;Stage</source>
            <translation>&amp;Etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="20" />
            <source>After the selected touchpoint's stage, or at the end</source>
            <translation>Tras la etapa del punto de contacto seleccionado, o al final</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="21" />
            <source>&amp;Persona</source>
            <translation>Pe&amp;rsona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="21" />
            <source>A new persona for the project</source>
            <translation>Una persona nueva para el proyecto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="23" />
            <source>&amp;Goal</source>
            <translation>&amp;Objetivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="23" />
            <source>A goal at the selected touchpoint, or over the whole journey</source>
            <translation>Un objetivo en el punto de contacto seleccionado, o sobre todo el recorrido</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="24" />
            <source>Pain P&amp;oint</source>
            <translation>Punto de &amp;dolor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="24" />
            <source>A pain point at the selected touchpoint</source>
            <translation>Un punto de dolor en el punto de contacto seleccionado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="25" />
            <source>Positive &amp;Moment</source>
            <translation>&amp;Momento positivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="25" />
            <source>A highlight at the selected touchpoint</source>
            <translation>Un momento destacado en el punto de contacto seleccionado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="26" />
            <source>&amp;Action</source>
            <translation>&amp;Acción</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="26" />
            <source>An improvement action at the selected touchpoint</source>
            <translation>Una acción de mejora en el punto de contacto seleccionado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="27" />
            <source>Sticky &amp;Note</source>
            <translation>&amp;Nota adhesiva</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="27" />
            <source>A free note under the lanes, where it covers nothing</source>
            <translation>Una nota libre bajo los carriles, donde no tape nada</translation>
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
            <translation>De quién es el recorrido que describen las puntuaciones</translation>
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
            <translation>sin cambios</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/insights_panel.py" line="257" />
            <source>and %n more on the map</source>
            <translation>
                <numerusform>y %n más en el mapa</numerusform>
                <numerusform>y %n más en el mapa</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="33" />
            <source>Description</source>
            <extracomment>A persona's rating or target was entered here: their line is the one last touched.</extracomment>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="33" />
            <source>Customer does</source>
            <translation>El cliente hace</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="34" />
            <source>Thinks</source>
            <translation>Piensa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="34" />
            <source>Feels</source>
            <translation>Siente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="43" />
            <source>Select a touchpoint on the map to edit it here, or click a stage's title to edit the stage. Right-click a stage's title to add, move or delete stages.</source>
            <translation>Seleccione un punto de contacto en el mapa para editarlo aquí, o haga clic en el título de una etapa para editarla. Haga clic derecho en el título de una etapa para añadir, mover o eliminar etapas.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="55" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="63" />
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="64" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="65" />
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="66" />
            <source>desktop, mobile, in person…</source>
            <translation>ordenador, móvil, en persona…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="67" />
            <source>Device</source>
            <translation>Dispositivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="75" />
            <source>Satisfaction</source>
            <translation>Satisfacción</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="122" />
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="165" />
            <source>Move touchpoint to %1</source>
            <translation>Mover punto de contacto a %1</translation>
        </message>
    </context>
    <context>
        <name>JourneyScene</name>
        <message>
            <location filename="../../cxdesigner/canvas/scene.py" line="275" />
            <location filename="../../cxdesigner/canvas/scene.py" line="281" />
            <source>Move note</source>
            <extracomment>Touchpoint fields only its card shows; other fields feed lanes or spacing and need a rebuild. Something a gesture did that the user should hear about (for the status bar). The persona whose line was touched last (or chosen): the one Up and Down rate. Presentation mode: the touchpoint the lines are drawn up to (None: whole lines).</extracomment>
            <translation>Mover nota</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/scene.py" line="281" />
            <source>Edit note</source>
            <translation>Editar nota</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/compare_overlay.py" line="179" />
            <source>Satisfaction in the version compared with</source>
            <extracomment>How each kind of change is marked. Above the cards, below the real satisfaction lines and their handles. Where each removed touchpoint's ghost stands (scene coordinates), for revealing it.</extracomment>
            <translation>Satisfacción en la versión comparada</translation>
        </message>
    </context>
    <context>
        <name>Lanes</name>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="26" />
            <source>Touchpoints</source>
            <translation>Puntos de contacto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="26" />
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="26" />
            <source>Satisfaction</source>
            <translation>Satisfacción</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="27" />
            <source>Customer does</source>
            <translation>El cliente hace</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="27" />
            <source>Thinks</source>
            <translation>Piensa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="27" />
            <source>Feels</source>
            <translation>Siente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="27" />
            <source>Goals</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="28" />
            <source>Pain points</source>
            <translation>Puntos de dolor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="28" />
            <source>Positive moments</source>
            <translation>Momentos positivos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="28" />
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="29" />
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="29" />
            <source>Departments</source>
            <translation>Departamentos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="30" />
            <source>Every contact, in the order it happens</source>
            <translation>Cada contacto, en el orden en que ocurre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="31" />
            <source>Where the customer struggles</source>
            <translation>Donde el cliente tiene dificultades</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="31" />
            <source>What works and must be kept</source>
            <translation>Lo que funciona y hay que conservar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="32" />
            <source>What we will change</source>
            <translation>Lo que vamos a cambiar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="32" />
            <source>What each persona wants</source>
            <translation>Lo que quiere cada persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="33" />
            <source>Who owns it, backstage</source>
            <translation>Quién se encarga, entre bastidores</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="34" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="34" />
            <source>Pictures (storyboard)</source>
            <translation>Imágenes (storyboard)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="34" />
            <source>Emotions</source>
            <translation>Emociones</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="35" />
            <source>Metric</source>
            <translation>Métrica</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="35" />
            <source>Frontstage actions</source>
            <translation>Acciones visibles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="36" />
            <source>Backstage actions</source>
            <translation>Acciones internas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="36" />
            <source>Support processes</source>
            <translation>Procesos de soporte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="37" />
            <source>What the customer sees us do</source>
            <translation>Lo que el cliente nos ve hacer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="37" />
            <source>What we do out of sight</source>
            <translation>Lo que hacemos fuera de su vista</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="38" />
            <source>The systems and partners behind it</source>
            <translation>Los sistemas y socios que lo sostienen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="38" />
            <source>A face per persona</source>
            <translation>Una cara por persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="39" />
            <source>A picture per step</source>
            <translation>Una imagen por paso</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="171" />
            <source>severity %1 of 5</source>
            <translation>gravedad %1 de 5</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="181" />
            <source>step %1</source>
            <translation>paso %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="183" />
            <source>%1 priority</source>
            <translation>prioridad %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="186" />
            <source>%1 expected</source>
            <translation>%1 esperado</translation>
        </message>
    </context>
    <context>
        <name>LanesDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="32" />
            <source>Lanes of %1</source>
            <extracomment>The map's own lanes as they will be: existing ones (perhaps renamed) and new ones.</extracomment>
            <translation>Carriles de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="39" />
            <source>Lanes</source>
            <translation>Carriles</translation>
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
            <translation>Unidad</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="93" />
            <source>A map always shows its touchpoints</source>
            <translation>Un mapa siempre muestra sus puntos de contacto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="63" />
            <source>Move Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="21" />
            <source>Frontstage actions</source>
            <translation>Acciones visibles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="21" />
            <source>Backstage actions</source>
            <translation>Acciones internas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="22" />
            <source>Support processes</source>
            <translation>Procesos de soporte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="34" />
            <source>Tick the lanes to show; drag them, or use Move Up and Move Down, into the order you want. Add lanes of your own for anything else.</source>
            <translation>Marque los carriles que quiere mostrar; arrástrelos, o use Subir y Bajar, para ordenarlos. Añada carriles propios para cualquier otra cosa.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="49" />
            <source>Add Lane</source>
            <translation>Añadir carril</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="53" />
            <source>Service blueprint (frontstage, backstage, support)</source>
            <translation>Blueprint de servicio (visible, interno, soporte)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="55" />
            <source>Rename</source>
            <translation>Renombrar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="57" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="58" />
            <source>Remove the lane and what it holds (you can undo it)</source>
            <translation>Quitar el carril y lo que contiene (puede deshacerlo)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="63" />
            <source>Move Down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="175" />
            <source>Change lanes</source>
            <translation>Cambiar carriles</translation>
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
            <translation>canales</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="32" />
            <source>department</source>
            <translation>departamento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="33" />
            <source>departments</source>
            <translation>departamentos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="159" />
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="162" />
            <source>Share %1 with your team through the team library</source>
            <translation>Compartir %1 con su equipo mediante la biblioteca del equipo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="175" />
            <source>Add from Library…</source>
            <translation>Añadir desde la biblioteca…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="176" />
            <source>Update from Library</source>
            <translation>Actualizar desde la biblioteca</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="177" />
            <location filename="../../cxdesigner/ui/library_actions.py" line="264" />
            <source>Publish to Library</source>
            <translation>Publicar en la biblioteca</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="178" />
            <source>Copy %1 from the team library into this project</source>
            <translation>Copiar %1 de la biblioteca del equipo a este proyecto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="179" />
            <source>Bring the library's version of this %1 (one step you can undo)</source>
            <translation>Traer la versión de la biblioteca para el elemento seleccionado (%1), en un paso que puede deshacer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="195" />
            <location filename="../../cxdesigner/ui/library_actions.py" line="222" />
            <source>Every %1 of the library is in this project already.</source>
            <translation>Todos los elementos de tipo %1 de la biblioteca ya están en este proyecto.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="198" />
            <location filename="../../cxdesigner/ui/library_actions.py" line="246" />
            <source>This %1 did not come from the library.</source>
            <translation>Este elemento (%1) no proviene de la biblioteca.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="199" />
            <source>This %1 is the library's version.</source>
            <translation>Este elemento (%1) es la versión de la biblioteca.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="202" />
            <source>Select a %1 to publish first.</source>
            <translation>Seleccione primero un elemento (%1) para publicar.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="204" />
            <source>Replace the library's version with this one</source>
            <translation>Reemplazar la versión de la biblioteca por esta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="205" />
            <source>Add this %1 to the library</source>
            <translation>Añadir este elemento (%1) a la biblioteca</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="212" />
            <source>Team Library</source>
            <translation>Biblioteca del equipo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="224" />
            <source>Add from Library</source>
            <translation>Añadir desde la biblioteca</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="235" />
            <source>Add %1 from library</source>
            <translation>Añadir %1 desde la biblioteca</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="250" />
            <source>This %1 is the library's version already.</source>
            <translation>Este elemento (%1) ya es la versión de la biblioteca.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="252" />
            <source>Update %1 from library</source>
            <translation>Actualizar %1 desde la biblioteca</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="254" />
            <source>“%1” is now the library's version.</source>
            <translation>“%1” es ahora la versión de la biblioteca.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="265" />
            <source>Nothing was published: %1</source>
            <translation>No se publicó nada: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="267" />
            <source>“%1” is now in the team library.</source>
            <translation>“%1” está ahora en la biblioteca del equipo.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="268" />
            <source>“%1” replaced its version in the team library.</source>
            <translation>“%1” reemplazó su versión en la biblioteca del equipo.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="63" />
            <source>Maps</source>
            <translation>Mapas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="70" />
            <source>Save As…</source>
            <translation>Guardar como…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="111" />
            <source>&amp;New…</source>
            <translation>&amp;Nuevo…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="111" />
            <source>Start a project from a template</source>
            <translation>Empezar un proyecto a partir de una plantilla</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="113" />
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="113" />
            <source>Open a project file</source>
            <translation>Abrir un archivo de proyecto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="115" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="115" />
            <source>Save the project</source>
            <translation>Guardar el proyecto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="117" />
            <source>Save &amp;As…</source>
            <translation>Guardar &amp;como…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="118" />
            <source>Save the project under a new name</source>
            <translation>Guardar el proyecto con otro nombre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="120" />
            <source>Project &amp;Settings…</source>
            <translation>Configuración del pro&amp;yecto…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="121" />
            <source>The project's name and description, shown on exports and prints</source>
            <translation>El nombre y la descripción del proyecto, que aparecen en exportaciones e impresiones</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="122" />
            <source>Team &amp;Library…</source>
            <translation>Bib&amp;lioteca del equipo…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="123" />
            <source>Choose the project file your team shares personas and channels from</source>
            <translation>Elegir el archivo de proyecto desde el que su equipo comparte personas y canales</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="124" />
            <source>&amp;Close</source>
            <translation>C&amp;errar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="124" />
            <source>Close this window</source>
            <translation>Cerrar esta ventana</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="125" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="125" />
            <source>Quit CX Designer</source>
            <translation>Salir de CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="126" />
            <source>Keep a &amp;Backup on Save</source>
            <translation>Conservar copia de seg&amp;uridad al guardar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="127" />
            <source>On each save, keep the previous version as NAME.cxd.bak</source>
            <translation>Al guardar, conservar la versión anterior como NOMBRE.cxd.bak</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="130" />
            <source>&amp;Export…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="131" />
            <source>Export maps as PDF, SVG, PNG, CSV, Excel, JSON or Mermaid</source>
            <translation>Exportar mapas como PDF, SVG, PNG, CSV, Excel, JSON o Mermaid</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="133" />
            <source>&amp;Spreadsheet…</source>
            <translation>&amp;Hoja de cálculo…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="134" />
            <source>Import touchpoints, pain points and actions from an Excel workbook or CSV table (a map's own export)</source>
            <translation>Importar puntos de contacto, puntos de dolor y acciones desde un libro de Excel o una tabla CSV (la exportación de un mapa)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="136" />
            <source>Page Set&amp;up…</source>
            <translation>Configurar &amp;página…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="137" />
            <source>Paper size, orientation, one page or a poster</source>
            <translation>Tamaño del papel, orientación, una página o un póster</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="138" />
            <source>Print Pre&amp;view…</source>
            <translation>&amp;Vista previa de impresión…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="139" />
            <source>See the pages before printing</source>
            <translation>Ver las páginas antes de imprimir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="140" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="141" />
            <source>Print the current map</source>
            <translation>Imprimir el mapa actual</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="142" />
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="142" />
            <source>Delete the selection</source>
            <translation>Eliminar la selección</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="143" />
            <source>Select &amp;All</source>
            <translation>Seleccionar t&amp;odo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="144" />
            <source>Select every touchpoint of the map</source>
            <translation>Seleccionar todos los puntos de contacto del mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="145" />
            <source>Zoom &amp;In</source>
            <translation>&amp;Acercar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="145" />
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="146" />
            <source>Zoom &amp;Out</source>
            <translation>A&amp;lejar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="146" />
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="147" />
            <source>Zoom to &amp;Fit</source>
            <translation>Ajustar a la &amp;ventana</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="147" />
            <source>Show the whole map</source>
            <translation>Mostrar el mapa entero</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="148" />
            <source>&amp;Actual Size</source>
            <translation>&amp;Tamaño real</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="148" />
            <source>Zoom to 100%</source>
            <translation>Zoom al 100 %</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="149" />
            <source>&amp;Present</source>
            <translation>&amp;Presentar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="150" />
            <source>Show the map full screen and walk through it touchpoint by touchpoint with the arrow keys (Escape leaves)</source>
            <translation>Mostrar el mapa a pantalla completa y recorrerlo punto de contacto a punto de contacto con las flechas (Escape sale)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="153" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="155" />
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="164" />
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="169" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="170" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="175" />
            <source>&amp;Overview</source>
            <translation>Vista &amp;general</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="178" />
            <source>Show the whole map in miniature in the corner</source>
            <translation>Mostrar el mapa entero en miniatura en la esquina</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="180" />
            <source>&amp;Gaps Between Touchpoints</source>
            <translation>Sal&amp;tos entre puntos de contacto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="183" />
            <source>Mark where the customer switches channel, device or department</source>
            <translation>Marcar dónde el cliente cambia de canal, dispositivo o departamento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="185" />
            <source>&amp;Compact Lanes</source>
            <translation>Carriles &amp;compactos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="187" />
            <source>Keep lanes low and cut long texts (point at one to read it whole); exports and print always show everything</source>
            <translation>Mantener bajos los carriles y recortar los textos largos (señale uno para leerlo entero); las exportaciones y la impresión siempre lo muestran todo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="192" />
            <source>Satisfaction &amp;Lines</source>
            <translation>&amp;Líneas de satisfacción</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="204" />
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="211" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="212" />
            <source>&amp;User Guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="213" />
            <source>Read the user guide, from a blank project to a printed map</source>
            <translation>Leer la guía del usuario, desde un proyecto en blanco hasta un mapa impreso</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="214" />
            <source>&amp;About CX Designer</source>
            <translation>&amp;Acerca de CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="228" />
            <source>Up and Down Keys Rate</source>
            <translation>Las teclas Arriba y Abajo &amp;valoran</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="247" />
            <source>No recent files</source>
            <translation>No hay archivos recientes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="297" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="297" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="340" />
            <source> (read-only)</source>
            <translation> (solo lectura)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="343" />
            <source>Read-only: you opened %1 read-only (%2). Your changes can be saved in another file.</source>
            <translation>Solo lectura: abrió %1 en solo lectura (%2). Sus cambios se pueden guardar en otro archivo.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/main_window.py" line="421" />
            <source>%n selected</source>
            <translation>
                <numerusform>%n seleccionado</numerusform>
                <numerusform>%n seleccionados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/main_window.py" line="438" />
            <source>Delete %n items</source>
            <translation>
                <numerusform>Eliminar %n elemento</numerusform>
                <numerusform>Eliminar %n elementos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/main_window.py" line="508" />
            <source>Exported %n file(s) to %1</source>
            <translation>
                <numerusform>%n archivo exportado a %1</numerusform>
                <numerusform>%n archivos exportados a %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="16" />
            <source>&amp;Insert</source>
            <translation>&amp;Insertar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="28" />
            <source>&amp;Map</source>
            <translation>&amp;Mapa</translation>
        </message>
    </context>
    <context>
        <name>MapAccessible</name>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="71" />
            <source>measured</source>
            <translation>medida</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="72" />
            <source>from interviews</source>
            <translation>de entrevistas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="73" />
            <source>from analytics</source>
            <translation>de analítica</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="74" />
            <source>assumed</source>
            <translation>supuesta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="85" />
            <source>Touchpoint %1 of %2, %3, stage %4</source>
            <translation>Punto de contacto %1 de %2, %3, etapa %4</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="92" />
            <source>%1 %2 of %3, %4</source>
            <translation>%1: %2 de %3, %4</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="111" />
            <source>Stage %1 of %2, %3</source>
            <translation>Etapa %1 de %2, %3</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="134" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="135" />
            <source>A picture</source>
            <translation>Una imagen</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="141" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="313" />
            <location filename="../../cxdesigner/canvas/view.py" line="36" />
            <source>Journey map</source>
            <translation>Mapa del recorrido</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="315" />
            <source>Tab and the arrow keys walk the touchpoints; Enter renames the selected one.</source>
            <translation>Tab y las flechas recorren los puntos de contacto; Intro cambia el nombre del seleccionado.</translation>
        </message>
    </context>
    <context>
        <name>MapCounts</name>
        <message numerus="yes">
            <location filename="../../cxdesigner/canvas/accessible.py" line="43" />
            <source>%n answers</source>
            <translation>
                <numerusform>%n respuesta</numerusform>
                <numerusform>%n respuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/canvas/accessible.py" line="46" />
            <source>%n pain points</source>
            <translation>
                <numerusform>%n punto de dolor</numerusform>
                <numerusform>%n puntos de dolor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/canvas/accessible.py" line="49" />
            <source>%n touchpoints</source>
            <translation>
                <numerusform>%n punto de contacto</numerusform>
                <numerusform>%n puntos de contacto</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapMenu</name>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="20" />
            <source>Awareness</source>
            <translation>Descubrimiento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="20" />
            <source>Consideration</source>
            <translation>Consideración</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="20" />
            <source>Purchase</source>
            <translation>Compra</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="21" />
            <source>Use and service</source>
            <translation>Uso y servicio</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="21" />
            <source>Loyalty</source>
            <translation>Fidelización</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="31" />
            <source>&amp;New Map</source>
            <translation>&amp;Nuevo mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="31" />
            <source>Add a map with the five classic stages</source>
            <translation>Añadir un mapa con las cinco etapas clásicas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="32" />
            <source>Map &amp;Settings…</source>
            <translation>&amp;Configuración del mapa…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="32" />
            <source>Name, description and satisfaction scale of the current map</source>
            <translation>Nombre, descripción y escala de satisfacción del mapa actual</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="33" />
            <source>&amp;Lanes…</source>
            <translation>&amp;Carriles…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="33" />
            <source>Choose and order the lanes the current map shows</source>
            <translation>Elegir y ordenar los carriles que muestra el mapa actual</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="34" />
            <source>&amp;Projected Line…</source>
            <translation>Línea pro&amp;yectada…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="35" />
            <source>Show each persona's line as it would be after the actions you choose</source>
            <translation>Mostrar la línea de cada persona tal como quedaría tras las acciones que elija</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="36" />
            <source>&amp;Rename Map…</source>
            <translation>&amp;Renombrar mapa…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="36" />
            <source>Rename the current map</source>
            <translation>Renombrar el mapa actual</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="37" />
            <source>D&amp;uplicate Map</source>
            <translation>D&amp;uplicar mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="37" />
            <source>Copy the current map with everything on it</source>
            <translation>Copiar el mapa actual con todo lo que contiene</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="38" />
            <source>&amp;Delete Map…</source>
            <translation>&amp;Eliminar mapa…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="38" />
            <source>Delete the current map</source>
            <translation>Eliminar el mapa actual</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="39" />
            <source>&amp;Import Mermaid Journey…</source>
            <translation>&amp;Importar recorrido Mermaid…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="39" />
            <source>Add a map from Mermaid journey text</source>
            <translation>Añadir un mapa a partir de texto de recorrido Mermaid</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="40" />
            <source>Import Sur&amp;vey…</source>
            <translation>Importar encue&amp;sta…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="40" />
            <source>Measure the current map's satisfaction from survey answers</source>
            <translation>Medir la satisfacción del mapa actual a partir de respuestas de encuesta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="41" />
            <source>Save as &amp;Template…</source>
            <translation>Guardar como plan&amp;tilla…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="42" />
            <source>Keep the current map as a template to start new projects from</source>
            <translation>Guardar el mapa actual como plantilla para empezar proyectos nuevos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="44" />
            <source>Move Map &amp;Left</source>
            <translation>Mover mapa a la i&amp;zquierda</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="44" />
            <source>Move the current map's tab to the left</source>
            <translation>Mover la pestaña del mapa actual a la izquierda</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="45" />
            <source>Move Map Ri&amp;ght</source>
            <translation>Mover mapa a la &amp;derecha</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="45" />
            <source>Move the current map's tab to the right</source>
            <translation>Mover la pestaña del mapa actual a la derecha</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="52" />
            <source>Space Touchpoints by &amp;Time</source>
            <translation>Espaciar puntos de contacto por &amp;tiempo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="54" />
            <source>Spread touchpoints by the time between them, so waits show</source>
            <translation>Separar los puntos de contacto según el tiempo entre ellos, para que se vean las esperas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="77" />
            <location filename="../../cxdesigner/ui/map_menu.py" line="79" />
            <source>New map</source>
            <translation>Nuevo mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="115" />
            <source>Change spacing</source>
            <translation>Cambiar espaciado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="122" />
            <location filename="../../cxdesigner/ui/map_menu.py" line="124" />
            <source>Rename map</source>
            <translation>Renombrar mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="122" />
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="131" />
            <source>%1 (copy)</source>
            <translation>%1 (copia)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="133" />
            <source>Duplicate map</source>
            <translation>Duplicar mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="140" />
            <source>Delete map</source>
            <translation>Eliminar mapa</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/map_menu.py" line="141" />
            <source>Delete the map “%1” with its %n touchpoint(s)? You can undo this.</source>
            <translation>
                <numerusform>¿Eliminar el mapa «%1» con su %n punto de contacto? Puede deshacerlo.</numerusform>
                <numerusform>¿Eliminar el mapa «%1» con sus %n puntos de contacto? Puede deshacerlo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="152" />
            <location filename="../../cxdesigner/ui/map_menu.py" line="179" />
            <source>Import Mermaid journey</source>
            <translation>Importar recorrido Mermaid</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="153" />
            <source>Mermaid journey (*.mmd *.mermaid *.txt);;All files (*)</source>
            <translation>Recorrido Mermaid (*.mmd *.mermaid *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="159" />
            <source>it is not UTF-8 text</source>
            <translation>no es texto UTF-8</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="160" />
            <location filename="../../cxdesigner/ui/map_menu.py" line="164" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="160" />
            <source>Could not read %1: %2.</source>
            <translation>No se pudo leer %1: %2.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="198" />
            <source>Saved the template “%1”: File &gt; New offers it.</source>
            <translation>Plantilla «%1» guardada: Archivo &gt; Nuevo la ofrece.</translation>
        </message>
    </context>
    <context>
        <name>MapPicture</name>
        <message>
            <location filename="../../cxdesigner/render/picture.py" line="96" />
            <source>Satisfaction from %1 to %2</source>
            <extracomment>Scene units per inch: one unit is one pixel at 100% on a 96 dpi screen.</extracomment>
            <translation>Satisfacción de %1 a %2</translation>
        </message>
    </context>
    <context>
        <name>MapSettingsDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="26" />
            <location filename="../../cxdesigner/ui/map_settings.py" line="126" />
            <source>Map settings</source>
            <translation>Configuración del mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="30" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="33" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="38" />
            <source>from</source>
            <translation>de</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="38" />
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="38" />
            <source>step</source>
            <translation>paso</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="41" />
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="45" />
            <source>Low end means</source>
            <translation>El extremo bajo significa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="46" />
            <source>High end means</source>
            <translation>El extremo alto significa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="47" />
            <source>Convert existing ratings to the new scale</source>
            <translation>Convertir las valoraciones existentes a la nueva escala</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="49" />
            <source>Off: ratings keep their numbers, cut to the new ends</source>
            <translation>Desactivado: las valoraciones conservan sus números, recortados a los nuevos extremos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="56" />
            <source>How ratings convert</source>
            <translation>Cómo se convierten las valoraciones</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="57" />
            <source>Touchpoint</source>
            <translation>Punto de contacto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="57" />
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="57" />
            <source>After</source>
            <translation>Después</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="219" />
            <source>Check what the columns mean</source>
            <translation>Compruebe qué significan las columnas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="220" />
            <source>Questions were matched to touchpoints by title. Correct any match, and say which scale the survey used: its scores are converted to the map's scale.</source>
            <translation>Las preguntas se asociaron a los puntos de contacto por su título. Corrija cualquier asociación e indique qué escala usó la encuesta: sus puntuaciones se convierten a la escala del mapa.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="225" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="232" />
            <source>Layout</source>
            <translation>Disposición</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="226" />
            <source>The survey tool that wrote the file: recognised from its header; choose another to read it differently</source>
            <translation>La herramienta de encuestas que escribió el archivo: reconocida por su encabezado; elija otra para leerlo de otro modo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="229" />
            <source>%1 export</source>
            <translation>Exportación de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="230" />
            <source>Plain table</source>
            <translation>Tabla simple</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="240" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="240" />
            <source>Touchpoint</source>
            <translation>Punto de contacto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="240" />
            <source>Match</source>
            <translation>Asociación</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="245" />
            <source>Questions and touchpoints</source>
            <translation>Preguntas y puntos de contacto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="248" />
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="248" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="253" />
            <source>Answer label</source>
            <translation>Etiqueta de respuesta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="253" />
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="257" />
            <source>Answer labels and scores</source>
            <translation>Etiquetas de respuesta y puntuaciones</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="258" />
            <source>The score each answer label stands for; a label not placed on the scale leaves its rows out, reported by line</source>
            <translation>La puntuación que representa cada etiqueta de respuesta; una etiqueta fuera de la escala deja fuera sus filas, indicadas por línea</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="263" />
            <source>The persona of respondents without a segment</source>
            <translation>La persona de los encuestados sin segmento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="264" />
            <source>Respondents without a segment</source>
            <translation>Encuestados sin segmento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="272" />
            <source>Survey scale, from – to</source>
            <translation>Escala de la encuesta, de – a</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="299" />
            <source>%n header row(s)</source>
            <translation>
                <numerusform>%n fila de encabezado</numerusform>
                <numerusform>%n filas de encabezado</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="301" />
            <source>respondents from “%1”</source>
            <translation>encuestados de «%1»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="303" />
            <source>%n metadata column(s) ignored</source>
            <translation>
                <numerusform>%n columna de metadatos ignorada</numerusform>
                <numerusform>%n columnas de metadatos ignoradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="306" />
            <source>%n unfinished response(s) left out (lines %1)</source>
            <translation>
                <numerusform>%n respuesta sin terminar omitida (líneas %1)</numerusform>
                <numerusform>%n respuestas sin terminar omitidas (líneas %1)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="308" />
            <source>Read as a plain table: %1.</source>
            <translation>Leído como tabla simple: %1.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="309" />
            <source>Read as a %2 export: %1.</source>
            <translation>Leído como exportación de %2: %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="335" />
            <source>%n row(s), one per respondent.</source>
            <translation>
                <numerusform>%n fila, una por encuestado.</numerusform>
                <numerusform>%n filas, una por encuestado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="336" />
            <source>%n row(s), one per answer.</source>
            <translation>
                <numerusform>%n fila, una por respuesta.</numerusform>
                <numerusform>%n filas, una por respuesta.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="339" />
            <source>Recommendation (NPS, 0-10): “%1”.</source>
            <translation>Recomendación (NPS, 0-10): «%1».</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="348" />
            <source>— leave out —</source>
            <translation>— omitir —</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="358" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="361" />
            <source>— no persona —</source>
            <translation>— sin persona —</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="373" />
            <source>— not placed —</source>
            <translation>— sin colocar —</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="375" />
            <source>Score of %1</source>
            <translation>Puntuación de %1</translation>
        </message>
    </context>
    <context>
        <name>Merging</name>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="36" />
            <source>Merge</source>
            <translation>Combinar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="56" />
            <source>their changes</source>
            <translation>sus cambios</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="64" />
            <source>%1 is not a version of this project: they share no history to merge.</source>
            <translation>%1 no es una versión de este proyecto: no comparten historial que combinar.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="69" />
            <source>This document and %1 share no saved version whose content is still kept, so what each side changed cannot be told apart. Compare them instead (File &gt; Compare With…).</source>
            <translation>Este documento y %1 no comparten ninguna versión guardada cuyo contenido se conserve, así que no se puede distinguir lo que cambió cada parte. Compárelos en su lugar (Archivo &gt; Comparar con…).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="89" />
            <source>%1 holds comments on another project.</source>
            <translation>%1 contiene comentarios sobre otro proyecto.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="101" />
            <source>Some comments were about maps this project no longer has and were left out.</source>
            <translation>Algunos comentarios trataban de mapas que este proyecto ya no tiene y se omitieron.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="114" />
            <location filename="../../cxdesigner/ui/merging.py" line="126" />
            <source>Merge %1</source>
            <translation>Combinar %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="128" />
            <source>Merged %1.</source>
            <translation>Combinado %1.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="130" />
            <source>%1 holds nothing this document lacks.</source>
            <translation>%1 no contiene nada que falte en este documento.</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <location filename="../../cxdesigner/canvas/overview.py" line="23" />
            <source>The whole map: click or drag to go there</source>
            <translation>El mapa entero: haga clic o arrastre para ir allí</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/overview.py" line="24" />
            <source>Overview</source>
            <translation>Vista general</translation>
        </message>
    </context>
    <context>
        <name>Pack</name>
        <message>
            <location filename="../../cxdesigner/render/pack.py" line="31" />
            <source>Page %1 of %2</source>
            <extracomment>The most characters of one text on the pack's pages (about twenty pages of it); the map pages cut their texts shorter, as every exported map does.</extracomment>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="42" />
            <location filename="../../cxdesigner/render/pack_text.py" line="51" />
            <source>Order</source>
            <extracomment>The action plan's columns and their shares of the width (%).
----------
On a page narrower than ``WIDE_MM`` (A4 portrait, Letter), order, phase and date share a column, and so do priority and status, so no header or short word has to break.</extracomment>
            <translation>Orden</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="42" />
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="43" />
            <location filename="../../cxdesigner/render/pack_text.py" line="51" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="43" />
            <location filename="../../cxdesigner/render/pack_text.py" line="52" />
            <source>Touchpoint</source>
            <translation>Punto de contacto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="44" />
            <location filename="../../cxdesigner/render/pack_text.py" line="53" />
            <location filename="../../cxdesigner/render/pack_text.py" line="59" />
            <source>Pain point</source>
            <translation>Punto de dolor</translation>
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
            <translation>Prioridad</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="45" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="46" />
            <location filename="../../cxdesigner/render/pack_text.py" line="55" />
            <source>Resources available</source>
            <translation>Recursos disponibles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="47" />
            <location filename="../../cxdesigner/render/pack_text.py" line="56" />
            <source>Resources needed</source>
            <translation>Recursos necesarios</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="48" />
            <source>Expected effect</source>
            <translation>Efecto esperado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="54" />
            <source>Priority and status</source>
            <translation>Prioridad y estado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="57" />
            <source>Effect</source>
            <translation>Efecto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="60" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="60" />
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="61" />
            <source>Touchpoints</source>
            <translation>Puntos de contacto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="203" />
            <source>%1 years old</source>
            <translation>%1 años</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="206" />
            <source>Demographics</source>
            <translation>Datos demográficos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="206" />
            <source>Psychographics</source>
            <translation>Rasgos psicográficos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="207" />
            <source>Motivations</source>
            <translation>Motivaciones</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="207" />
            <source>Frustrations</source>
            <translation>Frustraciones</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="208" />
            <source>Biography</source>
            <translation>Biografía</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="212" />
            <source>Goals along the journey</source>
            <translation>Objetivos a lo largo del recorrido</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="215" />
            <source>Satisfaction along the journey</source>
            <translation>Satisfacción a lo largo del recorrido</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="264" />
            <source>Action plan</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="266" />
            <source>No actions yet.</source>
            <translation>Aún no hay acciones.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="268" />
            <source>In the order to apply them.</source>
            <translation>En el orden en que se aplican.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="287" />
            <source>Pain points</source>
            <translation>Puntos de dolor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="289" />
            <source>No pain points yet.</source>
            <translation>Aún no hay puntos de dolor.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="294" />
            <source>%1 of 5</source>
            <translation>%1 de 5</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="298" />
            <source>Insights</source>
            <translation>Análisis</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="300" />
            <source>No persona is on this map, so there are no scores.</source>
            <translation>No hay ninguna persona en este mapa, así que no hay puntuaciones.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="307" />
            <source>Review comments</source>
            <translation>Comentarios de revisión</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="310" />
            <source>No comments.</source>
            <translation>Sin comentarios.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="313" />
            <source>Resolved</source>
            <translation>Resuelto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="313" />
            <source>Open</source>
            <translation>Abierto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="324" />
            <location filename="../../cxdesigner/render/pack_text.py" line="333" />
            <source>The map</source>
            <translation>El mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="326" />
            <source>Stage “%1”</source>
            <translation>Etapa «%1»</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="328" />
            <source>Touchpoint “%1”</source>
            <translation>Punto de contacto «%1»</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="330" />
            <source>Pain point “%1”</source>
            <translation>Punto de dolor «%1»</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="332" />
            <source>Action “%1”</source>
            <translation>Acción «%1»</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="344" />
            <source>Someone</source>
            <translation>Alguien</translation>
        </message>
    </context>
    <context>
        <name>PageOptions</name>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="42" />
            <source>Paper size</source>
            <translation>Tamaño del papel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="43" />
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="44" />
            <source>Landscape</source>
            <translation>Horizontal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="44" />
            <source>Portrait</source>
            <translation>Vertical</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="46" />
            <source>Fit each map on one page</source>
            <translation>Ajustar cada mapa a una página</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="47" />
            <source>Poster over several sheets</source>
            <translation>Póster en varias hojas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="48" />
            <source>Tiles the map across sheets with overlaps and crop marks, so a wall-sized map prints on an office printer</source>
            <translation>Reparte el mapa en hojas con solapes y marcas de corte, para imprimir un mapa del tamaño de una pared en una impresora de oficina</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="54" />
            <source> sheet(s) high</source>
            <translation> hoja(s) de alto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="55" />
            <source>Poster height in sheets</source>
            <translation>Altura del póster en hojas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="56" />
            <source>Orientation</source>
            <translation>Orientación</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="57" />
            <source>Layout</source>
            <translation>Disposición</translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <location filename="../../cxdesigner/ui/palette.py" line="27" />
            <source>Palette</source>
            <translation>Paleta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/palette.py" line="28" />
            <source>Drag onto the map to add a touchpoint where you drop it</source>
            <translation>Arrástrelo al mapa para añadir un punto de contacto donde lo suelte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/palette.py" line="32" />
            <source>Touchpoint</source>
            <translation>Punto de contacto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/palette.py" line="37" />
            <source>Drag onto the map: a touchpoint on %1</source>
            <translation>Arrástrelo al mapa: un punto de contacto en %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/palette.py" line="38" />
            <source>Drag onto the map: a touchpoint</source>
            <translation>Arrástrelo al mapa: un punto de contacto</translation>
        </message>
    </context>
    <context>
        <name>PanelEdits</name>
        <message>
            <location filename="../../cxdesigner/ui/panel_edits.py" line="66" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/panel_edits.py" line="72" />
            <location filename="../../cxdesigner/ui/panel_edits.py" line="74" />
            <location filename="../../cxdesigner/ui/panel_edits.py" line="84" />
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="61" />
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="40" />
            <location filename="../../cxdesigner/ui/personas_panel.py" line="51" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="61" />
            <source>Add one to this map</source>
            <translation>Añadir uno a este mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="62" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="62" />
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="41" />
            <source>Delete the selected one</source>
            <translation>Eliminar el seleccionado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="40" />
            <source>Add one to the project</source>
            <translation>Añadir uno al proyecto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="41" />
            <location filename="../../cxdesigner/ui/personas_panel.py" line="52" />
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="51" />
            <source>Add a persona</source>
            <translation>Añadir una persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="51" />
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="51" />
            <source>Copy this persona</source>
            <translation>Copiar esta persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="52" />
            <source>Delete this persona with its ratings and goals</source>
            <translation>Eliminar esta persona con sus valoraciones y objetivos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/stage_editor.py" line="22" />
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
    </context>
    <context>
        <name>PersonasPanel</name>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="37" />
            <source>Occupation</source>
            <translation>Ocupación</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="37" />
            <source>Demographics</source>
            <translation>Datos demográficos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="37" />
            <source>Psychographics</source>
            <translation>Rasgos psicográficos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="38" />
            <source>Motivations</source>
            <translation>Motivaciones</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="38" />
            <source>Frustrations</source>
            <translation>Frustraciones</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="38" />
            <source>Quote</source>
            <translation>Cita</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="39" />
            <source>Biography</source>
            <translation>Biografía</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="47" />
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="56" />
            <source>Shown on this map</source>
            <translation>Mostrada en este mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="57" />
            <source>Draw this persona's satisfaction line on the current map</source>
            <translation>Dibujar la línea de satisfacción de esta persona en el mapa actual</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="61" />
            <location filename="../../cxdesigner/ui/personas_panel.py" line="109" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
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
            <translation>Elija una imagen o suéltela en este panel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="68" />
            <source>not set</source>
            <translation>sin definir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="71" />
            <source>Age</source>
            <translation>Edad</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="106" />
            <source>Change…</source>
            <translation>Cambiar…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="122" />
            <source>New persona</source>
            <translation>Nueva persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="126" />
            <source>Add persona</source>
            <translation>Añadir persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="133" />
            <source>%1 (copy)</source>
            <translation>%1 (copia)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="135" />
            <source>Duplicate persona</source>
            <translation>Duplicar persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="146" />
            <source>Delete persona</source>
            <translation>Eliminar persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="147" />
            <source>Delete “%1”? %2 and %3 go with them. You can undo this.</source>
            <translation>¿Eliminar a «%1»? %2 y %3 se van con ella. Puede deshacerlo.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/personas_panel.py" line="148" />
            <source>Their %n rating(s)</source>
            <translation>
                <numerusform>Su %n valoración</numerusform>
                <numerusform>Sus %n valoraciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/personas_panel.py" line="148" />
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n objetivo</numerusform>
                <numerusform>%n objetivos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="160" />
            <source>Choose a photo</source>
            <translation>Elegir una foto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="161" />
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="185" />
            <source>That file is not an image CX Designer can read.</source>
            <translation>Ese archivo no es una imagen que CX Designer pueda leer.</translation>
        </message>
    </context>
    <context>
        <name>PickDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="130" />
            <source>Copy into this project from “%1”:</source>
            <translation>Copiar a este proyecto desde “%1”:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="146" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
    </context>
    <context>
        <name>PictureButton</name>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="77" />
            <source>Change…</source>
            <translation>Cambiar…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="77" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
    </context>
    <context>
        <name>PlanFields</name>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="22" />
            <source>now</source>
            <extracomment>Offered in the phase list in the editor's language (a phase is the words typed or chosen, kept as they are).</extracomment>
            <translation>ahora</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="22" />
            <source>next</source>
            <translation>después</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="23" />
            <source>later</source>
            <translation>más tarde</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="39" />
            <location filename="../../cxdesigner/ui/plan_fields.py" line="43" />
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="40" />
            <source>When in the plan: now, next, later, or a word of your own</source>
            <translation>Cuándo en el plan: ahora, después, más tarde o una palabra propia</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="44" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="45" />
            <location filename="../../cxdesigner/ui/plan_fields.py" line="47" />
            <source>Planned on</source>
            <translation>Planificada para</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="46" />
            <source>The day the action is planned for, as year-month-day; empty for none</source>
            <translation>El día para el que se planifica la acción, como año-mes-día; vacío si no hay</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="52" />
            <source>Move Earlier</source>
            <translation>Adelantar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="52" />
            <source>Apply the selected action earlier</source>
            <translation>Aplicar antes la acción seleccionada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="53" />
            <source>Move Later</source>
            <translation>Retrasar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="53" />
            <source>Apply the selected action later</source>
            <translation>Aplicar después la acción seleccionada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="88" />
            <source>A planned date is written year-month-day, such as 2026-03-01.</source>
            <translation>Una fecha planificada se escribe año-mes-día, como 2026-03-01.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="39" />
            <source>Preferences</source>
            <extracomment>The languages the editor speaks, each named in itself (as people look for their own).</extracomment>
            <translation>Preferencias</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="44" />
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="46" />
            <source>Each save records it in the file's versions, and each comment under its text.</source>
            <translation>Cada guardado lo registra en las versiones del archivo, y cada comentario bajo su texto.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="51" />
            <source>As the system (%1)</source>
            <translation>Como el sistema (%1)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="55" />
            <source>The language of menus, panels, templates and exports</source>
            <translation>El idioma de los menús, los paneles, las plantillas y las exportaciones</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="56" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="58" />
            <source>A new language takes effect when you restart CX Designer.</source>
            <translation>Un idioma nuevo se aplica cuando reinicia CX Designer.</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="71" />
            <location filename="../../cxdesigner/ui/presentation.py" line="72" />
            <source>Presentation</source>
            <extracomment>The presentation closed (the editor takes its focus back).</extracomment>
            <translation>Presentación</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="86" />
            <source>Map being presented</source>
            <translation>Mapa que se presenta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="91" />
            <source>Touchpoint details</source>
            <translation>Detalles del punto de contacto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="93" />
            <source>→ or Space: next touchpoint · ←: previous · ↓ ↑: next or previous stage · Home, End: first, last · Esc: back to the editor</source>
            <translation>→ o Espacio: siguiente punto de contacto · ←: anterior · ↓ ↑: etapa siguiente o anterior · Inicio, Fin: primero, último · Esc: volver al editor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="219" />
            <source>Pain points</source>
            <translation>Puntos de dolor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="220" />
            <source>Positive moments</source>
            <translation>Momentos positivos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="221" />
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../cxdesigner/ui/printing.py" line="30" />
            <source>Page Setup</source>
            <translation>Configurar página</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/printing.py" line="59" />
            <location filename="../../cxdesigner/ui/printing.py" line="61" />
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/printing.py" line="68" />
            <source>Print Preview</source>
            <translation>Vista previa de impresión</translation>
        </message>
    </context>
    <context>
        <name>ProjectSettingsDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/project_settings.py" line="16" />
            <location filename="../../cxdesigner/ui/project_settings.py" line="42" />
            <source>Project settings</source>
            <translation>Configuración del proyecto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/project_settings.py" line="21" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/project_settings.py" line="24" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/project_settings.py" line="26" />
            <source>The name heads every exported and printed map, and is proposed as the file's name.</source>
            <translation>El nombre encabeza cada mapa exportado e impreso, y se propone como nombre del archivo.</translation>
        </message>
    </context>
    <context>
        <name>ProjectionDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="20" />
            <source>&amp;Idea</source>
            <translation>&amp;Idea</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="21" />
            <source>&amp;Planned</source>
            <translation>&amp;Planificadas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="22" />
            <source>In p&amp;rogress</source>
            <translation>En c&amp;urso</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="23" />
            <source>&amp;Done</source>
            <translation>H&amp;echas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="24" />
            <source>Dr&amp;opped</source>
            <translation>Desc&amp;artadas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="31" />
            <source>Projected Line of %1</source>
            <translation>Línea proyectada de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="33" />
            <source>The projected line shows each persona's satisfaction once the chosen actions have their expected effects. Choose the actions by their status, and by date if you like.</source>
            <translation>La línea proyectada muestra la satisfacción de cada persona una vez que las acciones elegidas tengan sus efectos esperados. Elija las acciones por su estado y, si quiere, por fecha.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="38" />
            <source>Apply the actions that are</source>
            <translation>Aplicar las acciones que estén</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="48" />
            <source>Only those planned &amp;by</source>
            <translation>Solo las planificadas &amp;hasta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="49" />
            <source>Leave out actions planned later and those with no planned date</source>
            <translation>Dejar fuera las acciones planificadas más tarde y las que no tienen fecha</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="55" />
            <source>Planned by</source>
            <translation>Planificadas hasta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="66" />
            <source>S&amp;witch Off</source>
            <translation>&amp;Desactivar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="67" />
            <source>Take the projected line off the map</source>
            <translation>Quitar la línea proyectada del mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="90" />
            <source>No status is ticked: the map shows no projected line.</source>
            <translation>No hay ningún estado marcado: el mapa no muestra línea proyectada.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="95" />
            <source>%n action(s) with an expected effect will be applied.</source>
            <translation>
                <numerusform>Se aplicará %n acción con efecto esperado.</numerusform>
                <numerusform>Se aplicarán %n acciones con efecto esperado.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="103" />
            <source>Projected line</source>
            <translation>Línea proyectada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="103" />
            <source>Switch off the projected line</source>
            <translation>Desactivar la línea proyectada</translation>
        </message>
    </context>
    <context>
        <name>RatingFields</name>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="17" />
            <source>Assumption</source>
            <translation>Suposición</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="17" />
            <source>Survey</source>
            <translation>Encuesta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="17" />
            <source>Interview</source>
            <translation>Entrevista</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="18" />
            <source>Analytics</source>
            <translation>Analítica</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="61" />
            <source>not rated</source>
            <extracomment>A persona's rating or target was entered here (its id): the line last touched.</extracomment>
            <translation>sin valorar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="61" />
            <source>no target</source>
            <translation>sin objetivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="62" />
            <source>Satisfaction of %1</source>
            <translation>Satisfacción de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="63" />
            <source>Target satisfaction of %1</source>
            <translation>Satisfacción objetivo de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="64" />
            <source>Where this touchpoint should get to (the to-be line, drawn fainter)</source>
            <translation>Adónde debería llegar este punto de contacto (la línea deseada, dibujada más tenue)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="66" />
            <source>Evidence for %1</source>
            <translation>Evidencia para %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="79" />
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
    </context>
    <context>
        <name>RatingHandle</name>
        <message>
            <location filename="../../cxdesigner/canvas/rating_handle.py" line="43" />
            <source>%1: not rated here. Drag up or down to rate.</source>
            <translation>%1: sin valorar aquí. Arrastre arriba o abajo para valorar.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="24" />
            <source>Recover unsaved work</source>
            <translation>Recuperar trabajo sin guardar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="27" />
            <source>CX Designer closed without saving this work. Recover it to go on where you left off.</source>
            <translation>CX Designer se cerró sin guardar este trabajo. Recupérelo para seguir donde lo dejó.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="30" />
            <source>Unsaved work</source>
            <translation>Trabajo sin guardar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="34" />
            <source>never saved</source>
            <translation>nunca guardado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="41" />
            <source>Recover</source>
            <translation>Recuperar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="42" />
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="43" />
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="44" />
            <source>Keep the copies and ask again at the next start</source>
            <translation>Conservar las copias y volver a preguntar en el próximo inicio</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="399" />
            <source>Review and import</source>
            <translation>Revisar e importar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="400" />
            <source>Nothing changes until you press Finish; Undo takes it all back.</source>
            <translation>Nada cambia hasta que pulse Finalizar; Deshacer lo revierte todo.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="404" />
            <source>Import summary</source>
            <translation>Resumen de la importación</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="407" />
            <source>Keep the current rating where fewer than %1 people answered</source>
            <translation>Conservar la valoración actual donde respondieron menos de %1 personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="412" />
            <source>Touchpoint</source>
            <translation>Punto de contacto</translation>
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
            <translation>Media</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="413" />
            <source>95% interval</source>
            <translation>Intervalo del 95 %</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="448" />
            <source>%1, %2 from %3.</source>
            <translation>%1, %2 de %3.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="448" />
            <source>%n respondent(s)</source>
            <translation>
                <numerusform>%n encuestado</numerusform>
                <numerusform>%n encuestados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="449" />
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n respuesta</numerusform>
                <numerusform>%n respuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="450" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="454" />
            <source>Wave “%1”, fieldwork %2.</source>
            <translation>Oleada «%1», trabajo de campo %2.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="456" />
            <source>Wave “%1”.</source>
            <translation>Oleada «%1».</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="458" />
            <source>Replaces the earlier import “%1”.</source>
            <translation>Reemplaza la importación anterior «%1».</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="461" />
            <source>%n row(s) left out:</source>
            <translation>
                <numerusform>%n fila omitida:</numerusform>
                <numerusform>%n filas omitidas:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="475" />
            <source>Fewer than %1 answers: read with care</source>
            <translation>Menos de %1 respuestas: léase con cuidado</translation>
        </message>
    </context>
    <context>
        <name>SatisfactionLine</name>
        <message>
            <location filename="../../cxdesigner/canvas/satisfaction.py" line="221" />
            <source>%1 after the chosen actions</source>
            <extracomment>The projected line's dash pattern, in pen widths: longer than any persona's own pattern. ``(touchpoint id, persona id, value)`` -&gt; None Told as a story (presentation mode): the index of the last point drawn, None for the whole line.</extracomment>
            <translation>%1 tras las acciones elegidas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/satisfaction.py" line="229" />
            <source>(assumed)</source>
            <translation>(supuesta)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/satisfaction.py" line="234" />
            <source>few answers: read with care</source>
            <translation>pocas respuestas: léase con cuidado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/satisfaction.py" line="236" />
            <source>95% interval %1 to %2</source>
            <translation>intervalo del 95 % de %1 a %2</translation>
        </message>
    </context>
    <context>
        <name>SaveTemplateDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="30" />
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="62" />
            <source>Save as Template</source>
            <translation>Guardar como plantilla</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="32" />
            <source>New projects can start from this map, with its personas, channels, departments, lanes and everything on it. Survey answers and review comments stay here.</source>
            <translation>Los proyectos nuevos pueden empezar desde este mapa, con sus personas, canales, departamentos, carriles y todo lo que contiene. Las respuestas de encuestas y los comentarios de revisión se quedan aquí.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="38" />
            <source>Template name</source>
            <translation>Nombre de la plantilla</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="39" />
            <source>The name the start page shows</source>
            <translation>El nombre que muestra la página de inicio</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="41" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="43" />
            <source>Template description</source>
            <translation>Descripción de la plantilla</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="44" />
            <source>What the template is for; its first line shows on the start page</source>
            <translation>Para qué sirve la plantilla; su primera línea aparece en la página de inicio</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="47" />
            <source>&amp;Description:</source>
            <translation>&amp;Descripción:</translation>
        </message>
    </context>
    <context>
        <name>ScaleGuide</name>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="20" />
            <source>%1 actions</source>
            <translation>acciones %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="22" />
            <source>, by %1</source>
            <translation>, hasta el %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="105" />
            <source>measured</source>
            <translation>medida</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="105" />
            <source>assumed</source>
            <translation>supuesta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="124" />
            <source>projected</source>
            <translation>proyectada</translation>
        </message>
    </context>
    <context>
        <name>ScaleSpin</name>
        <message>
            <location filename="../../cxdesigner/ui/scale_spin.py" line="28" />
            <source>From %1 to %2, in steps of %3; below %1 means none</source>
            <translation>De %1 a %2, en pasos de %3; por debajo de %1 significa ninguna</translation>
        </message>
    </context>
    <context>
        <name>SceneGestures</name>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="62" />
            <source>Move touchpoint</source>
            <extracomment>What a palette entry carries when dragged: the channel id as UTF-8 (empty for none).</extracomment>
            <translation>Mover punto de contacto</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/canvas/gestures.py" line="62" />
            <source>Move %n touchpoints</source>
            <translation>
                <numerusform>Mover %n punto de contacto</numerusform>
                <numerusform>Mover %n puntos de contacto</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="144" />
            <source>Rename touchpoint</source>
            <translation>Renombrar punto de contacto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="162" />
            <source>Rename</source>
            <translation>Renombrar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="163" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="167" />
            <source>Clear rating of %1</source>
            <translation>Borrar la valoración de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="170" />
            <source>Rate for %1</source>
            <translation>Valorar para %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="183" />
            <source>Add Touchpoint Here</source>
            <translation>Añadir punto de contacto aquí</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="185" />
            <source>Add Sticky Note Here</source>
            <translation>Añadir nota adhesiva aquí</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="214" />
            <location filename="../../cxdesigner/canvas/gestures.py" line="225" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="243" />
            <source>This map shows no persona to rate.</source>
            <translation>Este mapa no muestra ninguna persona que valorar.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="248" />
            <source>%1 rated %2 here. Up and Down rate this persona; View &gt; Satisfaction Lines chooses another.</source>
            <translation>%1 valoró %2 aquí. Arriba y Abajo valoran a esta persona; Ver &gt; Líneas de satisfacción elige otra.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="286" />
            <source>Add a stage to this map first.</source>
            <translation>Añada primero una etapa a este mapa.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="54" />
            <location filename="../../cxdesigner/canvas/gestures.py" line="291" />
            <source>New touchpoint</source>
            <translation>Nuevo punto de contacto</translation>
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
            <translation>Dispositivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/seams.py" line="25" />
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
    </context>
    <context>
        <name>SharedFiles</name>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="44" />
            <source>&amp;Versions…</source>
            <translation>&amp;Versiones…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="44" />
            <source>Every save of this file: name one, open it, restore it or compare with it</source>
            <translation>Cada guardado de este archivo: nombre uno, ábralo, restáurelo o compárelo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="46" />
            <source>Co&amp;mpare With…</source>
            <translation>Co&amp;mparar con…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="46" />
            <source>Show what differs from an earlier version or another file, on the map</source>
            <translation>Mostrar en el mapa lo que difiere de una versión anterior o de otro archivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="48" />
            <source>&amp;Merge With…</source>
            <translation>Com&amp;binar con…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="48" />
            <source>Bring in the changes of another copy of this file, or a colleague's comments</source>
            <translation>Incorporar los cambios de otra copia de este archivo, o los comentarios de un compañero</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="50" />
            <source>Save My &amp;Comments…</source>
            <translation>Guardar mis c&amp;omentarios…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="50" />
            <source>Save the comments you wrote on this read-only file, for its owner to merge in</source>
            <translation>Guardar los comentarios que escribió en este archivo de solo lectura, para que su propietario los incorpore</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="52" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="52" />
            <source>Your name, as versions and comments record it</source>
            <translation>Su nombre, tal como lo registran las versiones y los comentarios</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="139" />
            <source>A conflicted copy of this file lies beside it: %1 (made by %2). Merge its changes in, or compare it with yours.</source>
            <translation>Junto a este archivo hay una copia en conflicto: %1 (hecha por %2). Incorpore sus cambios o compárela con la suya.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="143" />
            <source>%1's comments on this file lie beside it: %2.</source>
            <translation>Los comentarios de %1 sobre este archivo están junto a él: %2.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="144" />
            <source>A reader</source>
            <translation>Un lector</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="151" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="155" />
            <source>Move to the trash?</source>
            <translation>¿Mover a la papelera?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="152" />
            <source>The changes of %1 are now in your document (save it to keep them). Move %1 to the trash?</source>
            <translation>Los cambios de %1 ya están en su documento (guárdelo para conservarlos). ¿Mover %1 a la papelera?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="156" />
            <source>%1 could not be moved to the trash; remove it yourself when you no longer need it.</source>
            <translation>%1 no se pudo mover a la papelera; elimínelo usted cuando ya no lo necesite.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="175" />
            <source>Versions</source>
            <translation>Versiones</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="177" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="238" />
            <source>the version of %1</source>
            <translation>la versión de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="179" />
            <source>Restore %1</source>
            <translation>Restaurar %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="192" />
            <source>The name is written into the file when it is saved.</source>
            <translation>El nombre se escribe en el archivo al guardarlo.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="198" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="203" />
            <source>Name This Version</source>
            <translation>Nombrar esta versión</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="199" />
            <source>%1 was changed on disk by someone else; save your document first, then name the version.</source>
            <translation>Otra persona cambió %1 en el disco; guarde primero su documento y luego nombre la versión.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="211" />
            <source>it is an earlier version</source>
            <translation>es una versión anterior</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="229" />
            <source>Compare with</source>
            <translation>Comparar con</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="236" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="244" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="248" />
            <source>Compare With</source>
            <translation>Comparar con</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="245" />
            <source>%1 holds only comments: bring them in with File &gt; Merge With….</source>
            <translation>%1 solo contiene comentarios: incorpórelos con Archivo &gt; Combinar con….</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="253" />
            <source>Merge with</source>
            <translation>Combinar con</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="275" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="289" />
            <source>Save My Comments</source>
            <translation>Guardar mis comentarios</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="276" />
            <source>You have written no comments on this file since you opened it.</source>
            <translation>No ha escrito comentarios en este archivo desde que lo abrió.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="281" />
            <source>Save my comments</source>
            <translation>Guardar mis comentarios</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="291" />
            <source>Your comments are saved in %1: its owner can merge them in.</source>
            <translation>Sus comentarios se guardaron en %1: su propietario puede incorporarlos.</translation>
        </message>
    </context>
    <context>
        <name>SidePanels</name>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="32" />
            <source>Opened</source>
            <translation>Abierto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="34" />
            <source>Palette</source>
            <translation>Paleta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="35" />
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="36" />
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="37" />
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="38" />
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="39" />
            <source>Goals &amp;&amp; actions</source>
            <translation>Objetivos &amp;&amp; acciones</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="40" />
            <source>Insights</source>
            <translation>Análisis</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="41" />
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
    </context>
    <context>
        <name>StageEditor</name>
        <message>
            <location filename="../../cxdesigner/ui/stage_editor.py" line="25" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/stage_editor.py" line="26" />
            <source>Right-click the stage's title on the map to add a stage before or after it, move it or delete it.</source>
            <translation>Haga clic derecho en el título de la etapa en el mapa para añadir una etapa antes o después, moverla o eliminarla.</translation>
        </message>
    </context>
    <context>
        <name>StageGestures</name>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="29" />
            <source>Add Touchpoint to “%1”</source>
            <translation>Añadir punto de contacto a «%1»</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="31" />
            <source>Rename Stage…</source>
            <translation>Renombrar etapa…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="33" />
            <source>Stage Colour…</source>
            <translation>Color de la etapa…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="35" />
            <source>Add Stage Before</source>
            <translation>Añadir etapa antes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="36" />
            <source>Add Stage After</source>
            <translation>Añadir etapa después</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="37" />
            <source>Move Stage Left</source>
            <translation>Mover etapa a la izquierda</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="39" />
            <source>Move Stage Right</source>
            <translation>Mover etapa a la derecha</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="41" />
            <source>Delete Stage…</source>
            <translation>Eliminar etapa…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="62" />
            <source>New stage</source>
            <translation>Nueva etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="63" />
            <source>Add stage</source>
            <translation>Añadir etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="73" />
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="76" />
            <source>Rename stage</source>
            <translation>Renombrar etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="74" />
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="82" />
            <source>Stage colour</source>
            <translation>Color de la etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="84" />
            <source>Recolour stage</source>
            <translation>Cambiar color de la etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="93" />
            <source>Delete the stage %1 with its %n touchpoint(s)? You can undo this.</source>
            <translation>¿Eliminar la etapa %1 con sus %n puntos de contacto? Puede deshacerlo.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="96" />
            <source>Delete the stages %1 with their %n touchpoint(s)? You can undo this.</source>
            <translation>¿Eliminar las etapas %1 con sus %n puntos de contacto? Puede deshacerlo.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="99" />
            <source>Delete stage</source>
            <translation>Eliminar etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="108" />
            <source>Delete stages</source>
            <translation>Eliminar etapas</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="108" />
            <source>&lt;h1&gt;CX Designer&lt;/h1&gt;&lt;p&gt;Map every contact your customers have with you, and how they feel at each one.&lt;/p&gt;</source>
            <translation>&lt;h1&gt;CX Designer&lt;/h1&gt;&lt;p&gt;Dibuje cada contacto que sus clientes tienen con usted, y cómo se sienten en cada uno.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="113" />
            <source>&lt;b&gt;Start from a template&lt;/b&gt;</source>
            <translation>&lt;b&gt;Empezar desde una plantilla&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="116" />
            <source>The language the templates are written in</source>
            <translation>El idioma en que están escritas las plantillas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="117" />
            <source>Template language</source>
            <translation>Idioma de las plantillas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="125" />
            <source>Templates &amp;in</source>
            <translation>Plantillas &amp;en</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="137" />
            <source>Templates</source>
            <translation>Plantillas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="146" />
            <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
            <translation>&lt;b&gt;Proyectos recientes&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="148" />
            <source>Open a project…</source>
            <translation>Abrir un proyecto…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="153" />
            <source>Recent projects</source>
            <translation>Proyectos recientes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="175" />
            <source>%1 (your template: right-click to rename or delete it)</source>
            <translation>%1 (su plantilla: clic derecho para renombrarla o eliminarla)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="208" />
            <source>Projects you open or save appear here.</source>
            <translation>Aquí aparecen los proyectos que abre o guarda.</translation>
        </message>
    </context>
    <context>
        <name>Story</name>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="47" />
            <source>the lowest</source>
            <extracomment>What a screen read from the back of a room holds: longer texts are cut, longer lists shortened.</extracomment>
            <translation>lo más bajo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="49" />
            <source>the highest</source>
            <translation>lo más alto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="51" />
            <source>dissatisfied</source>
            <translation>insatisfecho</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="51" />
            <source>neutral</source>
            <translation>neutral</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="52" />
            <source>satisfied</source>
            <translation>satisfecho</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="53" />
            <source>%1 on a scale of %2 to %3: %4</source>
            <translation>%1 en una escala de %2 a %3: %4</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="61" />
            <source>%1 · touchpoint %2 of %3</source>
            <translation>%1 · punto de contacto %2 de %3</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="70" />
            <source>not rated yet</source>
            <translation>aún sin valorar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="77" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="86" />
            <source>and %1 more</source>
            <translation>y %1 más</translation>
        </message>
    </context>
    <context>
        <name>SurveyWizard</name>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="45" />
            <source>Import survey</source>
            <extracomment>The score spin box's lowest value, shown as "not placed": a label left off the scale.</extracomment>
            <translation>Importar encuesta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="74" />
            <source>Import survey %1</source>
            <translation>Importar encuesta %1</translation>
        </message>
    </context>
    <context>
        <name>TableImportDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="32" />
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="100" />
            <source>Import Spreadsheet</source>
            <translation>Importar hoja de cálculo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="34" />
            <source>Touchpoints, pain points and actions from %1. Items already on the map are matched by title and changed; the others are added.</source>
            <translation>Puntos de contacto, puntos de dolor y acciones de %1. Los elementos que ya están en el mapa se emparejan por título y se modifican; los demás se añaden.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="40" />
            <source>Import into</source>
            <translation>Importar en</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="41" />
            <source>The map the tables go into, or a new map</source>
            <translation>El mapa al que van las tablas, o un mapa nuevo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="44" />
            <source>A new map</source>
            <translation>Un mapa nuevo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="46" />
            <source>Import &amp;into</source>
            <translation>Importar &amp;en</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="50" />
            <source>What the import changes</source>
            <translation>Lo que cambia la importación</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="54" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="55" />
            <source>Import as one step (Edit &gt; Undo takes it back)</source>
            <translation>Importar en un solo paso (Editar &gt; Deshacer lo revierte)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="76" />
            <source>Into a new map "%1".</source>
            <translation>En un mapa nuevo «%1».</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="77" />
            <source>Into the map "%1".</source>
            <translation>En el mapa «%1».</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="80" />
            <source>Rows left out (%n):</source>
            <translation>
                <numerusform>Fila omitida (%n):</numerusform>
                <numerusform>Filas omitidas (%n):</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="92" />
            <source>Import spreadsheet</source>
            <translation>Importar hoja de cálculo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="93" />
            <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
            <translation>Hojas de cálculo (*.xlsx *.csv);;Libros de Excel (*.xlsx);;Archivos CSV (*.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="109" />
            <source>Import %1</source>
            <translation>Importar %1</translation>
        </message>
    </context>
    <context>
        <name>TeamLibrary</name>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="56" />
            <source>No team library is chosen (File &gt; Team Library…).</source>
            <translation>No se ha elegido ninguna biblioteca del equipo (Archivo &gt; Biblioteca del equipo…).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="60" />
            <source>The team library is unavailable: %1</source>
            <translation>La biblioteca del equipo no está disponible: %1</translation>
        </message>
    </context>
    <context>
        <name>TeamLibraryDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="28" />
            <source>CX Designer projects (*.cxd);;All files (*)</source>
            <translation>Proyectos de CX Designer (*.cxd);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="69" />
            <location filename="../../cxdesigner/ui/library_actions.py" line="105" />
            <source>Team Library</source>
            <translation>Biblioteca del equipo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="71" />
            <source>A team library is a project file on a shared drive. Its personas, channels and departments can be added to any project, updated and published from the panels.</source>
            <translation>Una biblioteca del equipo es un archivo de proyecto en una unidad compartida. Sus personas, canales y departamentos pueden añadirse a cualquier proyecto, actualizarse y publicarse desde los paneles.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="81" />
            <source>Choose File…</source>
            <translation>Elegir archivo…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="82" />
            <source>Choose the project file your team shares as its library</source>
            <translation>Elegir el archivo de proyecto que su equipo comparte como biblioteca</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="84" />
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="85" />
            <source>Use no team library; projects keep the items they copied</source>
            <translation>No usar ninguna biblioteca del equipo; los proyectos conservan los elementos que copiaron</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="97" />
            <source>No team library is chosen.</source>
            <translation>No se ha elegido ninguna biblioteca del equipo.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="100" />
            <source>Library: %1</source>
            <translation>Biblioteca: %1</translation>
        </message>
    </context>
    <context>
        <name>TeamLibraryTemplates</name>
        <message>
            <location filename="../../cxdesigner/ui/library_templates.py" line="49" />
            <source>&lt;b&gt;Team library&lt;/b&gt;</source>
            <translation>&lt;b&gt;Biblioteca del equipo&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_templates.py" line="62" />
            <source>Team library</source>
            <translation>Biblioteca del equipo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_templates.py" line="77" />
            <source>The team library holds no maps yet.</source>
            <translation>La biblioteca del equipo aún no contiene mapas.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_templates.py" line="83" />
            <source>%1 (from the team library %2)</source>
            <translation>%1 (de la biblioteca del equipo %2)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_templates.py" line="97" />
            <source>New project</source>
            <translation>Nuevo proyecto</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialogs</name>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="72" />
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="75" />
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="83" />
            <source>Rename template</source>
            <translation>Renombrar plantilla</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="76" />
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="94" />
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="102" />
            <source>Delete template</source>
            <translation>Eliminar plantilla</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="94" />
            <source>Delete the template “%1”? Projects made from it keep everything; the template cannot be brought back.</source>
            <translation>¿Eliminar la plantilla «%1»? Los proyectos creados con ella lo conservan todo; la plantilla no se puede recuperar.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="110" />
            <source>Save a copy of the template</source>
            <translation>Guardar una copia de la plantilla</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="117" />
            <source>CX Designer template (*.json)</source>
            <translation>Plantilla de CX Designer (*.json)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="123" />
            <source>%1 could not be written: %2.</source>
            <translation>No se pudo escribir %1: %2.</translation>
        </message>
    </context>
    <context>
        <name>TemplateList</name>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="78" />
            <source>&amp;Rename…</source>
            <translation>&amp;Renombrar…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="79" />
            <source>&amp;Delete…</source>
            <translation>&amp;Eliminar…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="81" />
            <source>Save a &amp;Copy…</source>
            <translation>Guardar una &amp;copia…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="82" />
            <source>A file to send to colleagues: cxdesigner templates --install FILE adds it</source>
            <translation>Un archivo para enviar a colegas: cxdesigner templates --install FILE la añade</translation>
        </message>
    </context>
    <context>
        <name>TitleField</name>
        <message>
            <location filename="../../cxdesigner/canvas/title_editor.py" line="20" />
            <source>Touchpoint title</source>
            <translation>Título del punto de contacto</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="39" />
            <source>Compare With</source>
            <translation>Comparar con</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="39" />
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="48" />
            <source>Versions</source>
            <translation>Versiones</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="42" />
            <source>Choose the version to compare this document with, or another file.</source>
            <translation>Elija la versión con la que comparar este documento, u otro archivo.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="43" />
            <source>Every save of this file, newest first. The content of named versions, of the last 30 days' saves and of the last 10 saves is kept.</source>
            <translation>Cada guardado de este archivo, del más reciente al más antiguo. Se conserva el contenido de las versiones con nombre, de los guardados de los últimos 30 días y de los 10 últimos guardados.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="54" />
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="59" />
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="54" />
            <source>Another File…</source>
            <translation>Otro archivo…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="56" />
            <source>Name This Version…</source>
            <translation>Nombrar esta versión…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="59" />
            <source>Open Read-Only</source>
            <translation>Abrir en solo lectura</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="59" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="76" />
            <source> — this file as saved</source>
            <translation> — este archivo tal como se guardó</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="78" />
            <source> — content no longer kept</source>
            <translation> — contenido ya no conservado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="108" />
            <source>Name This Version</source>
            <translation>Nombrar esta versión</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="108" />
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
    </context>
    <context>
        <name>WaveGhost</name>
        <message>
            <location filename="../../cxdesigner/canvas/wave_ghost.py" line="53" />
            <source>Satisfaction in the survey wave %1 (every respondent)</source>
            <translation>Satisfacción en la oleada de encuesta %1 (todos los encuestados)</translation>
        </message>
    </context>
    <context>
        <name>WavesSection</name>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="53" />
            <source>Wave</source>
            <extracomment>Tints of a cell whose change is supported (light, so the text stays legible in either theme's table).</extracomment>
            <translation>Oleada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="53" />
            <source>Satisfaction</source>
            <translation>Satisfacción</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="53" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="55" />
            <source>Survey waves</source>
            <translation>Oleadas de encuesta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="79" />
            <source>Interval to aim for</source>
            <translation>Intervalo buscado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="80" />
            <source>The plus or minus the next survey's 95% intervals should stay within, on a 1 to 5 scale (carried onto the map's scale)</source>
            <translation>El más/menos dentro del que deben quedar los intervalos del 95 % de la próxima encuesta, en una escala de 1 a 5 (llevado a la escala del mapa)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="83" />
            <source>Interval to aim for (1–5 scale)</source>
            <translation>Intervalo buscado (escala 1–5)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="87" />
            <source>Next survey</source>
            <translation>Próxima encuesta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="106" />
            <source>No survey yet: Map &gt; Import Survey… adds one; a survey imported with a wave label each time is compared here.</source>
            <translation>Aún no hay encuesta: Mapa &gt; Importar encuesta… añade una; las encuestas importadas con una etiqueta de oleada cada vez se comparan aquí.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="110" />
            <source>%n wave(s), every respondent; ▲ ▼ mark supported changes.</source>
            <translation>
                <numerusform>%n oleada, todos los encuestados; ▲ ▼ marcan cambios respaldados.</numerusform>
                <numerusform>%n oleadas, todos los encuestados; ▲ ▼ marcan cambios respaldados.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="114" />
            <source>Journey NPS</source>
            <translation>NPS del recorrido</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="129" />
            <source>Fieldwork %1</source>
            <translation>Trabajo de campo %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="145" />
            <source>Mean of %n answer(s)</source>
            <translation>
                <numerusform>Media de %n respuesta</numerusform>
                <numerusform>Media de %n respuestas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="148" />
            <location filename="../../cxdesigner/ui/wave_insights.py" line="165" />
            <source>a supported change</source>
            <translation>un cambio respaldado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="148" />
            <location filename="../../cxdesigner/ui/wave_insights.py" line="165" />
            <source>not a supported change</source>
            <translation>no es un cambio respaldado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="149" />
            <source>%1 by %2 since %3: %4 (Welch's t = %5, df = %6, p = %7)</source>
            <translation>%1 %2 desde %3: %4 (t de Welch = %5, gl = %6, p = %7)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="150" />
            <source>Up</source>
            <translation>Sube</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="150" />
            <source>Down</source>
            <translation>Baja</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="162" />
            <source>NPS of %n answer(s)</source>
            <translation>
                <numerusform>NPS de %n respuesta</numerusform>
                <numerusform>NPS de %n respuestas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="166" />
            <source>%1 ± %2 points since %3: %4</source>
            <translation>%1 ± %2 puntos desde %3: %4</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="195" />
            <source>%1: one answer so far, too few to plan from</source>
            <translation>%1: una respuesta hasta ahora, muy pocas para planificar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="197" />
            <source>%1: enough (±%2 from %n answer(s))</source>
            <translation>
                <numerusform>%1: suficiente (±%2 con %n respuesta)</numerusform>
                <numerusform>%1: suficiente (±%2 con %n respuestas)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="200" />
            <source>%1: &lt;b&gt;%n more answer(s)&lt;/b&gt;</source>
            <translation>
                <numerusform>%1: &lt;b&gt;%n respuesta más&lt;/b&gt;</numerusform>
                <numerusform>%1: &lt;b&gt;%n respuestas más&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="201" />
            <source>(%1 in all; ±%2 now)</source>
            <translation>(%1 en total; ±%2 ahora)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="203" />
            <source>For 95% intervals of ±%1 on this map's scale:</source>
            <translation>Para intervalos del 95 % de ±%1 en la escala de este mapa:</translation>
        </message>
    </context>
    <context>
        <name>pages</name>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="46" />
            <source>landscape</source>
            <extracomment>No text on paper smaller than this, in points (``--min-font``). The smallest text a map draws, in points at 100% (the texts of ``canvas.text``; see ``scene_font``). Sheets offered, smallest first, when a map needs a larger one. A poster taller than this many sheets is no poster any more: refused.</extracomment>
            <translation>horizontal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="47" />
            <source>portrait</source>
            <translation>vertical</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="49" />
            <source>“%1” would take more than %6 rows of %5 sheets to keep its text at %4 pt: choose larger sheets.</source>
            <translation>«%1» necesitaría más de %6 filas de %5 hojas para mantener su texto a %4 pt: elija hojas más grandes.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="53" />
            <source>“%1” needs %2 %3 or larger to keep its text at %4 pt or more on one page: choose %2, or a poster of %5 sheets.</source>
            <translation>«%1» necesita %2 %3 o mayor para mantener su texto a %4 pt o más en una página: elija %2, o un póster de %5 hojas.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="57" />
            <source>“%1” is too large for one page even on A0 %3 at %4 pt: make it a poster of %5 sheets.</source>
            <translation>«%1» es demasiado grande para una página incluso en A0 %3 a %4 pt: conviértalo en un póster de %5 hojas.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="220" />
            <source>row %1 of %2, sheet %3 of %4</source>
            <translation>fila %1 de %2, hoja %3 de %4</translation>
        </message>
    </context>
</TS>
