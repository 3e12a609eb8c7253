<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="38" />
            <source>File format</source>
            <translation>Formato do arquivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="48" />
            <source>About CX Designer</source>
            <translation>Sobre o CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="52" />
            <source>&lt;h2&gt;CX Designer %1&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;CX Designer %1&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="53" />
            <source>A desktop editor for customer experience maps.</source>
            <translation>Um editor de desktop para mapas da jornada do cliente.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="61" />
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="62" />
            <source>Licence: &lt;a href="%1"&gt;%2&lt;/a&gt;</source>
            <translation>Licença: &lt;a href="%1"&gt;%2&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="78" />
            <source>Copy Versions</source>
            <translation>Copiar versões</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/about.py" line="79" />
            <source>Copy the versions, for a bug report</source>
            <translation>Copiar as versões, para um relatório de erro</translation>
        </message>
    </context>
    <context>
        <name>AccessibleNames</name>
        <message>
            <location filename="../../cxdesigner/ui/accessible_names.py" line="29" />
            <source>Panel tabs</source>
            <translation>Abas dos painéis</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/accessible_names.py" line="32" />
            <source>Chart</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/accessible_names.py" line="36" />
            <source>%1 panel</source>
            <translation>Painel %1</translation>
        </message>
    </context>
    <context>
        <name>AnnotationEditor</name>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="44" />
            <source>Show entries of stage</source>
            <extracomment>The one touchpoint selected on the map: where a new entry goes.</extracomment>
            <translation>Mostrar entradas da etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="48" />
            <source>Show goals of persona</source>
            <translation>Mostrar objetivos da persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="68" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="75" />
            <source>1 minor … 5 blocking</source>
            <translation>1 leve … 5 bloqueante</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="79" />
            <source>not set</source>
            <translation>não definido</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="81" />
            <source>The change of satisfaction this action should bring, in the map's scale</source>
            <translation>A mudança de satisfação que esta ação deve trazer, na escala do mapa</translation>
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
            <translation>Até</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="109" />
            <source>Severity</source>
            <translation>Gravidade</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="110" />
            <source>Evidence</source>
            <translation>Evidência</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="111" />
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="240" />
            <source>Touchpoints</source>
            <translation>Pontos de contato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="113" />
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="115" />
            <source>Touchpoint</source>
            <translation>Ponto de contato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="115" />
            <source>Pain point</source>
            <translation>Ponto de dor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="116" />
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="116" />
            <source>Priority</source>
            <translation>Prioridade</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="116" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="119" />
            <source>Resources we have</source>
            <translation>Recursos disponíveis</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="120" />
            <source>Resources needed</source>
            <translation>Recursos necessários</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="124" />
            <source>Expected effect</source>
            <translation>Efeito esperado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="157" />
            <source>All stages</source>
            <translation>Todas as etapas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="166" />
            <source>All personas</source>
            <translation>Todas as personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="178" />
            <source>(no text)</source>
            <translation>(sem texto)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="201" />
            <source>None</source>
            <translation>Nenhum</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="240" />
            <source>Stages</source>
            <translation>Etapas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="266" />
            <source>New entry</source>
            <translation>Nova entrada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="269" />
            <source>A goal needs a persona and a stage on this map.</source>
            <translation>Um objetivo precisa de uma persona e de uma etapa neste mapa.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="275" />
            <source>Add a touchpoint to this map first.</source>
            <translation>Adicione primeiro um ponto de contato a este mapa.</translation>
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
            <translation>Pontos de dor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="308" />
            <source>Positive</source>
            <translation>Positivos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="309" />
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
    </context>
    <context>
        <name>CatalogEditor</name>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="36" />
            <source>Channels</source>
            <translation>Canais</translation>
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
            <translation>Ícone</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="92" />
            <source>New channel</source>
            <translation>Novo canal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="92" />
            <source>New department</source>
            <translation>Novo departamento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="106" />
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="106" />
            <source>%n touchpoint(s) use “%1”; they will have none. Delete it?</source>
            <translation>
                <numerusform>%n ponto de contato usa “%1”; ficará sem ele. Excluir?</numerusform>
                <numerusform>%n pontos de contato usam “%1”; ficarão sem ele. Excluir?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatalogPanel</name>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="119" />
            <source>Channels</source>
            <translation>Canais</translation>
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
            <translation>Irritado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="27" />
            <source>Unhappy</source>
            <translation>Insatisfeito</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="27" />
            <source>Neutral</source>
            <translation>Neutro</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="28" />
            <source>Content</source>
            <translation>Satisfeito</translation>
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
            <translation>sem valor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="145" />
            <source>A number (in %1)</source>
            <translation>Um número (em %1)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="146" />
            <source>A number</source>
            <translation>Um número</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="157" />
            <source>From the rating</source>
            <translation>Pela avaliação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="160" />
            <source>The face shown; until one is chosen it follows the rating</source>
            <translation>O rosto exibido; até que se escolha um, ele segue a avaliação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="163" />
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="178" />
            <source>Choose a picture, or drop one here</source>
            <translation>Escolha uma imagem ou solte-a aqui</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="179" />
            <source>Clear</source>
            <translation>Limpar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="180" />
            <source>Clear %1</source>
            <translation>Limpar %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="194" />
            <source>Choose a picture</source>
            <translation>Escolher uma imagem</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="195" />
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
            <translation>Imagens (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
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
            <translation>Suposição</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="14" />
            <source>assumption</source>
            <translation>suposição</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="15" />
            <source>Survey</source>
            <translation>Pesquisa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="15" />
            <source>survey</source>
            <translation>pesquisa</translation>
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
            <translation>Analytics</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="17" />
            <source>analytics</source>
            <translation>analytics</translation>
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
            <translation>Baixa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="21" />
            <source>low</source>
            <translation>baixa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="22" />
            <source>Medium</source>
            <translation>Média</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="22" />
            <source>medium</source>
            <translation>média</translation>
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
            <translation>Ideia</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="25" />
            <source>idea</source>
            <translation>ideia</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="26" />
            <source>Planned</source>
            <translation>Planejada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="26" />
            <source>planned</source>
            <translation>planejada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="27" />
            <source>In progress</source>
            <translation>Em andamento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="27" />
            <source>in progress</source>
            <translation>em andamento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="28" />
            <source>Done</source>
            <translation>Concluída</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="28" />
            <source>done</source>
            <translation>concluída</translation>
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
            <translation>Irritado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="30" />
            <source>angry</source>
            <translation>irritado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="31" />
            <source>Unhappy</source>
            <translation>Insatisfeito</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="31" />
            <source>unhappy</source>
            <translation>insatisfeito</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="32" />
            <source>Neutral</source>
            <translation>Neutro</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="32" />
            <source>neutral</source>
            <translation>neutro</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="33" />
            <source>Content</source>
            <translation>Satisfeito</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/words.py" line="33" />
            <source>content</source>
            <translation>contente</translation>
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
            <translation>Recor&amp;tar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="23" />
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="23" />
            <source>&amp;Paste</source>
            <translation>C&amp;olar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="24" />
            <source>Move the selected touchpoints</source>
            <translation>Mover os pontos de contato selecionados</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="25" />
            <source>Copy the selected touchpoints</source>
            <translation>Copiar os pontos de contato selecionados</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="26" />
            <source>Paste touchpoints here</source>
            <translation>Colar os pontos de contato aqui</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="50" />
            <source>Cut %n touchpoints</source>
            <translation>
                <numerusform>Recortar %n ponto de contato</numerusform>
                <numerusform>Recortar %n pontos de contato</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="57" />
            <source>The clipboard holds no touchpoints.</source>
            <translation>A área de transferência não contém pontos de contato.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="61" />
            <source>Add a stage to this map first.</source>
            <translation>Adicione primeiro uma etapa a este mapa.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/clipboard_actions.py" line="82" />
            <source>Paste %n touchpoints</source>
            <translation>
                <numerusform>Colar %n ponto de contato</numerusform>
                <numerusform>Colar %n pontos de contato</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="95" />
            <source>Add %1</source>
            <extracomment>``QUndoCommand.id()`` values for commands that merge.</extracomment>
            <translation>Adicionar %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="112" />
            <source>Delete %1</source>
            <translation>Excluir %1</translation>
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
            <translation>Mover pontos de contato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="237" />
            <source>Clear rating</source>
            <translation>Limpar avaliação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="237" />
            <source>Set rating</source>
            <translation>Avaliar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="277" />
            <source>Clear target</source>
            <translation>Limpar meta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="277" />
            <source>Set target</source>
            <translation>Definir meta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="305" />
            <source>Change scale</source>
            <translation>Mudar escala</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="331" />
            <source>Show persona on map</source>
            <translation>Mostrar persona no mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="348" />
            <source>Remove persona from map</source>
            <translation>Tirar persona do mapa</translation>
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
            <translation>ponto de dor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="368" />
            <source>positive moment</source>
            <translation>momento positivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="369" />
            <source>action</source>
            <translation>ação</translation>
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
            <translation>comentário</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="372" />
            <source>stage</source>
            <translation>etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="373" />
            <source>touchpoint</source>
            <translation>ponto de contato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="374" />
            <source>lane</source>
            <translation>raia</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="374" />
            <source>cell</source>
            <translation>célula</translation>
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
            <translation>projeto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="377" />
            <source>survey</source>
            <translation>pesquisa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/commands.py" line="378" />
            <source>Apply survey ratings</source>
            <translation>Aplicar avaliações da pesquisa</translation>
        </message>
    </context>
    <context>
        <name>CommentBadge</name>
        <message>
            <location filename="../../cxdesigner/canvas/comment_badges.py" line="37" />
            <source>%1 comments, %2 open: click to read them</source>
            <translation>%1 comentários, %2 abertos: clique para lê-los</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="36" />
            <source>Show resolved</source>
            <extracomment>A thread was clicked: the id of what it is about, to show on the map.</extracomment>
            <translation>Mostrar resolvidos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="40" />
            <source>Comments</source>
            <translation>Comentários</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="50" />
            <source>Comment text</source>
            <translation>Texto do comentário</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="51" />
            <source>Write a comment or a reply…</source>
            <translation>Escreva um comentário ou uma resposta…</translation>
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
            <translation>Excluir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="98" />
            <source>something removed</source>
            <translation>algo removido</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="101" />
            <source>the map</source>
            <translation>o mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="102" />
            <source>stage</source>
            <translation>etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="102" />
            <source>touchpoint</source>
            <translation>ponto de contato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="102" />
            <source>pain point</source>
            <translation>ponto de dor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="103" />
            <source>action</source>
            <translation>ação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="111" />
            <source>New comments go on %1.</source>
            <translation>Novos comentários vão para %1.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="180" />
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="196" />
            <source>Add comment</source>
            <translation>Adicionar comentário</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="200" />
            <source>Reply to comment</source>
            <translation>Responder ao comentário</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="209" />
            <source>Reopen comment</source>
            <translation>Reabrir comentário</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="209" />
            <source>Resolve comment</source>
            <translation>Resolver comentário</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/comments_panel.py" line="214" />
            <source>Delete comment</source>
            <translation>Excluir comentário</translation>
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="111" />
            <source>Differences</source>
            <translation>Diferenças</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="116" />
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="116" />
            <source>Next</source>
            <translation>Próxima</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="120" />
            <source>End Comparison</source>
            <translation>Encerrar comparação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="124" />
            <source>Comparison</source>
            <translation>Comparação</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/compare_mode.py" line="131" />
            <source>From %1 to this document: %n difference(s).</source>
            <translation>
                <numerusform>De %1 a este documento: %n diferença.</numerusform>
                <numerusform>De %1 a este documento: %n diferenças.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/compare_mode.py" line="133" />
            <source>This document and %1 hold the same project.</source>
            <translation>Este documento e %1 contêm o mesmo projeto.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="24" />
            <source>after %1</source>
            <translation>depois de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="24" />
            <source>first</source>
            <translation>primeiro</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="27" />
            <source>taken off</source>
            <translation>retirado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="27" />
            <source>kept</source>
            <translation>mantido</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="28" />
            <source>removed</source>
            <translation>removido</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="28" />
            <source>kept, with its changes</source>
            <translation>mantido, com suas alterações</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="52" />
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="52" />
            <source>Mine</source>
            <translation>Meu</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="53" />
            <source>Theirs</source>
            <translation>Deles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="57" />
            <source>Keep mine</source>
            <translation>Manter o meu</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="58" />
            <source>Keep theirs</source>
            <translation>Manter o deles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="59" />
            <source>My own:</source>
            <translation>Meu próprio:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="61" />
            <source>My own value</source>
            <translation>Meu próprio valor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="75" />
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="76" />
            <source>Next</source>
            <translation>Próxima</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="84" />
            <source>Merge</source>
            <translation>Mesclar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merge_dialog.py" line="93" />
            <source>Conflict %1 of %2</source>
            <translation>Conflito %1 de %2</translation>
        </message>
    </context>
    <context>
        <name>CopiesBar</name>
        <message>
            <location filename="../../cxdesigner/ui/copies_bar.py" line="33" />
            <source>Copies beside this file</source>
            <translation>Cópias ao lado deste arquivo</translation>
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
            <translation>Incorporá-la</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/copies_bar.py" line="66" />
            <source>Merge Them In</source>
            <translation>Incorporá-las</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <location filename="../../cxdesigner/editor/document.py" line="65" />
            <source>the file is read-only</source>
            <extracomment>The stamp of a file whose state when the work began is not known: it never matches a file on disk.</extracomment>
            <translation>o arquivo é somente leitura</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/document.py" line="67" />
            <source>its folder is read-only</source>
            <translation>a pasta dele é somente leitura</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/document.py" line="137" />
            <location filename="../../cxdesigner/editor/document.py" line="166" />
            <source>you opened it read-only</source>
            <extracomment>Every model event, as the model emitted it. The modified flag flipped (for the ``*`` in the title). The file path changed (Save As, first save). Undo or redo walked the stack (not a new edit): the ids its steps are about, to show them. ``try_push`` was refused: the model's one plain sentence, for the user. ``project`` is another object now (a version restored, a merge): views start again from it. The file as read or last saved: saving over a file someone else changed is refused. Why Save must go elsewhere (Save As), or None when the file may be written. A sentence to tell before the first save (an older file format is upgraded). Keep the replaced file as ``NAME.cxd.bak`` on each save. The file's revisions; each save adds one. Who saves and comments (``None``: the login name). What the window calls the document instead of its file's name (an earlier version).</extracomment>
            <translation>você o abriu como somente leitura</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/editor/document.py" line="224" />
            <source>%1 is open read-only (%2): use Save As to keep your changes in another file.</source>
            <translation>%1 está aberto como somente leitura (%2): use Salvar como para guardar suas alterações em outro arquivo.</translation>
        </message>
    </context>
    <context>
        <name>EarlierWave</name>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="25" />
            <source>Earlier Survey &amp;Wave</source>
            <translation>&amp;Onda anterior da pesquisa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="77" />
            <source>No map</source>
            <translation>Nenhum mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="81" />
            <source>&amp;None</source>
            <translation>&amp;Nenhuma</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="87" />
            <source>No survey waves yet: Map &gt; Import Survey…</source>
            <translation>Ainda não há ondas de pesquisa: Mapa &gt; Importar pesquisa…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/earlier_wave.py" line="93" />
            <source>Fieldwork %1</source>
            <translation>Campo %1</translation>
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
            <translation>Algo deu errado no CX Designer. Você pode continuar trabalhando.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/error_guard.py" line="96" />
            <source>Your unsaved work was copied to a recovery file.</source>
            <translation>Seu trabalho não salvo foi copiado para um arquivo de recuperação.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/error_guard.py" line="98" />
            <source>The details are also in %1.</source>
            <translation>Os detalhes também estão em %1.</translation>
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
            <translation>Pacote para as partes interessadas (PDF)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="28" />
            <source>SVG drawing</source>
            <translation>Desenho SVG</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="28" />
            <source>PNG image</source>
            <translation>Imagem PNG</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="29" />
            <source>CSV tables (spreadsheets)</source>
            <translation>Tabelas CSV (planilhas)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="30" />
            <source>Excel workbook (a sheet per table)</source>
            <translation>Pasta de trabalho do Excel (uma planilha por tabela)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="31" />
            <source>JSON (whole project)</source>
            <translation>JSON (projeto inteiro)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="32" />
            <source>Mermaid journey text</source>
            <translation>Texto de jornada Mermaid</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="33" />
            <source>Interactive map (HTML)</source>
            <translation>Mapa interativo (HTML)</translation>
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
            <translation>Mapas a exportar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="66" />
            <source>Maps</source>
            <translation>Mapas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="69" />
            <source>Add a summary of the journey scores</source>
            <translation>Adicionar um resumo das pontuações da jornada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="70" />
            <source>Each persona's mean satisfaction, peak-end score, NPS, weakest touchpoint and biggest drop, under the map</source>
            <translation>A satisfação média, a pontuação pico-fim, o NPS, o ponto de contato mais fraco e a maior queda de cada persona, abaixo do mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="74" />
            <source>Add the review comments as an appendix</source>
            <translation>Adicionar os comentários de revisão como apêndice</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="75" />
            <source>Every comment thread of the map, with its replies, open or resolved, after the insights</source>
            <translation>Cada conversa de comentários do mapa, com as respostas, aberta ou resolvida, depois das análises</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="79" />
            <source>All maps in one PDF</source>
            <translation>Todos os mapas em um PDF</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="82" />
            <source>Recorded in the PDF</source>
            <translation>Registrado no PDF</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="92" />
            <source>Make a Poster</source>
            <translation>Fazer um pôster</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="93" />
            <source>Tile the map over several sheets of this paper, text kept legible</source>
            <translation>Distribuir o mapa em várias folhas deste papel, com o texto legível</translation>
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
            <translation>Fundo transparente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="116" />
            <source>Resolution</source>
            <translation>Resolução</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="118" />
            <source>Image</source>
            <translation>Imagem</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="120" />
            <source>Byte-order mark, for Excel</source>
            <translation>Marca de ordem de bytes, para o Excel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="122" />
            <source>Lets spreadsheet programs recognise the UTF-8 text</source>
            <translation>Permite que as planilhas reconheçam o texto UTF-8</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="123" />
            <source>Tables</source>
            <translation>Tabelas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="127" />
            <source>Left out</source>
            <translation>Deixado de fora</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="131" />
            <location filename="../../cxdesigner/ui/export_dialog.py" line="284" />
            <source>Export to</source>
            <translation>Exportar para</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="134" />
            <source>Browse…</source>
            <translation>Procurar…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="139" />
            <source>Save as</source>
            <translation>Salvar como</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="149" />
            <source>Preview</source>
            <translation>Pré-visualização</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="238" />
            <source>No preview for this format</source>
            <translation>Sem pré-visualização para este formato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/export_dialog.py" line="248" />
            <source>Too small to read on this sheet</source>
            <translation>Pequeno demais para ler nesta folha</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/export_dialog.py" line="252" />
            <source>%n sheet(s) for this map</source>
            <translation>
                <numerusform>%n folha para este mapa</numerusform>
                <numerusform>%n folhas para este mapa</numerusform>
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
            <translation>Usar %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/export_dialog.py" line="294" />
            <source>Replace %n existing file(s)?</source>
            <translation>
                <numerusform>Substituir %n arquivo existente?</numerusform>
                <numerusform>Substituir %n arquivos existentes?</numerusform>
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
            <translation>Avaliação medida</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="29" />
            <source>The mean of the survey scores given to a touchpoint by the respondents of a persona, converted to the map's scale, with the number of answers, their standard deviation and the 95% confidence interval of the mean.</source>
            <translation>A média das notas de pesquisa dadas a um ponto de contato pelos respondentes de uma persona, convertida para a escala do mapa, com o número de respostas, seu desvio padrão e o intervalo de confiança de 95% da média.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="33" />
            <source>95% confidence interval</source>
            <translation>Intervalo de confiança de 95%</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="34" />
            <source>The mean plus or minus Student's t quantile (97.5%, n - 1 degrees of freedom) times the standard deviation divided by the square root of n: the range that holds the true mean in 95 of 100 surveys like this one.</source>
            <translation>A média mais ou menos o quantil t de Student (97,5%, n - 1 graus de liberdade) vezes o desvio padrão dividido pela raiz quadrada de n: a faixa que contém a média verdadeira em 95 de 100 pesquisas como esta.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="38" />
            <source>Few answers</source>
            <translation>Poucas respostas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="39" />
            <source>A measured rating that rests on fewer answers than the threshold (10 unless set otherwise), so that its interval is wide and it should be read with care.</source>
            <translation>Uma avaliação medida que se apoia em menos respostas que o limite (10, salvo outra configuração), de modo que seu intervalo é largo e ela deve ser lida com cuidado.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="42" />
            <source>Net Promoter Score</source>
            <translation>Net Promoter Score</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="43" />
            <source>The percentage of promoters (answers of 9 or 10 to the 0-10 recommendation question) minus the percentage of detractors (answers of 0 to 6), from -100 to +100.</source>
            <translation>A porcentagem de promotores (respostas 9 ou 10 à pergunta de recomendação de 0 a 10) menos a porcentagem de detratores (respostas de 0 a 6), de -100 a +100.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="46" />
            <source>NPS margin of error</source>
            <translation>Margem de erro do NPS</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="47" />
            <source>1.96 times the standard error of the answers coded +1 for a promoter, 0 for a passive and -1 for a detractor, times 100: the NPS lies within this many points of the true one with 95% confidence.</source>
            <translation>1,96 vezes o erro padrão das respostas codificadas +1 para um promotor, 0 para um neutro e -1 para um detrator, vezes 100: o NPS fica a essa quantidade de pontos do verdadeiro com 95% de confiança.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="50" />
            <source>Mean satisfaction</source>
            <translation>Satisfação média</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="51" />
            <source>The average of a persona's ratings over every rated touchpoint of the map, each touchpoint counting once.</source>
            <translation>A média das avaliações de uma persona em todos os pontos de contato avaliados do mapa, cada ponto de contato contando uma vez.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="53" />
            <source>Stage means</source>
            <translation>Médias por etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="54" />
            <source>The average of a persona's ratings over the rated touchpoints of each stage.</source>
            <translation>A média das avaliações de uma persona nos pontos de contato avaliados de cada etapa.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="56" />
            <source>Weakest touchpoints</source>
            <translation>Pontos de contato mais fracos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="57" />
            <source>The rated touchpoints with the lowest satisfaction for a persona, lowest first.</source>
            <translation>Os pontos de contato avaliados com a menor satisfação para uma persona, do menor para o maior.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="59" />
            <source>Strongest touchpoints</source>
            <translation>Pontos de contato mais fortes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="60" />
            <source>The rated touchpoints with the highest satisfaction for a persona, highest first.</source>
            <translation>Os pontos de contato avaliados com a maior satisfação para uma persona, do maior para o menor.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="62" />
            <source>Peak-end score</source>
            <translation>Pontuação pico-fim</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="63" />
            <source>The mean of the most intense moment (the rating furthest from the middle of the scale, the earlier of equals) and the last rated touchpoint, since people judge an experience mostly by its peak and its end.</source>
            <translation>A média do momento mais intenso (a avaliação mais distante do meio da escala, a primeira em caso de empate) e do último ponto de contato avaliado, já que as pessoas julgam uma experiência sobretudo pelo pico e pelo fim.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="66" />
            <source>Biggest drops</source>
            <translation>Maiores quedas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="67" />
            <source>The largest falls in satisfaction from one rated touchpoint to the next rated one, largest first.</source>
            <translation>As maiores quedas de satisfação de um ponto de contato avaliado para o seguinte, da maior para a menor.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="69" />
            <source>Persona comparison</source>
            <translation>Comparação de personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="70" />
            <source>Each persona's rating at every touchpoint side by side, with each persona's mean satisfaction and, at each touchpoint, the difference between the highest and the lowest persona.</source>
            <translation>A avaliação de cada persona em cada ponto de contato, lado a lado, com a satisfação média de cada persona e, em cada ponto de contato, a diferença entre a persona mais alta e a mais baixa.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="73" />
            <source>Gaps</source>
            <translation>Rupturas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="74" />
            <source>A seam between two consecutive touchpoints where the customer switches channel, device or department, with the change in each persona's satisfaction across it.</source>
            <translation>Uma costura entre dois pontos de contato consecutivos em que o cliente troca de canal, dispositivo ou departamento, com a mudança de satisfação de cada persona ao atravessá-la.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="77" />
            <source>Gap to target</source>
            <translation>Distância da meta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="78" />
            <source>The target satisfaction minus the current rating at a touchpoint: how far it still has to rise, negative when it already does better than its target.</source>
            <translation>A satisfação-meta menos a avaliação atual em um ponto de contato: quanto ainda falta subir; negativa quando já supera a meta.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="81" />
            <source>Survey waves</source>
            <translation>Ondas de pesquisa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="82" />
            <source>Each touchpoint's mean survey score and NPS in every wave of the map's surveys, with their 95% intervals, and an arrow only where the change from the wave before is statistically supported.</source>
            <translation>A pontuação média da pesquisa e o NPS de cada ponto de contato em cada onda das pesquisas do mapa, com seus intervalos de 95%, e uma seta só onde a mudança em relação à onda anterior tem respaldo estatístico.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="85" />
            <source>Supported change</source>
            <translation>Mudança respaldada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="86" />
            <source>A change between two consecutive waves that is unlikely to come from sampling alone: for a mean, Welch's two-sided t test at 95% (unequal variances, Welch-Satterthwaite degrees of freedom) has p under 0.05; for an NPS, the difference is larger than its margin of error, 1.96 times the square root of the sum of both scores' squared standard errors.</source>
            <translation>Uma mudança entre duas ondas consecutivas que dificilmente vem só da amostragem: para uma média, o teste t bilateral de Welch a 95% (variâncias desiguais, graus de liberdade de Welch-Satterthwaite) dá p abaixo de 0,05; para um NPS, a diferença é maior que sua margem de erro, 1,96 vez a raiz quadrada da soma dos quadrados dos erros padrão das duas pontuações.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="91" />
            <source>Next survey</source>
            <translation>Próxima pesquisa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="92" />
            <source>For each touchpoint, the answers its next survey needs for a 95% interval no wider than the chosen plus or minus (0.5 on a 1 to 5 scale unless set, carried onto the map's scale), from the spread in the latest wave that asked about it, and how many more that is than that wave had.</source>
            <translation>Para cada ponto de contato, as respostas de que sua próxima pesquisa precisa para um intervalo de 95% não mais largo que o mais ou menos escolhido (0,5 numa escala de 1 a 5, salvo outro valor, levado à escala do mapa), a partir da dispersão da última onda que perguntou sobre ele, e quantas a mais isso é do que essa onda teve.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="96" />
            <source>Projected mean</source>
            <translation>Média projetada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="97" />
            <source>The mean satisfaction the persona would have once the actions chosen for the projected line have their expected effects, each touchpoint's rating plus the effects of the actions acting on it, held within the scale.</source>
            <translation>A satisfação média que a persona teria quando as ações escolhidas para a linha projetada tiverem seus efeitos esperados: a avaliação de cada ponto de contato mais os efeitos das ações que atuam sobre ele, mantida dentro da escala.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="101" />
            <source>Projected peak-end</source>
            <translation>Pico-final projetado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/analysis/definitions.py" line="102" />
            <source>The peak-end score of the projected line: the same measure taken on the ratings the chosen actions are expected to bring.</source>
            <translation>A pontuação pico-final da linha projetada: a mesma medida tomada sobre as avaliações que as ações escolhidas devem trazer.</translation>
        </message>
    </context>
    <context>
        <name>FileLifecycle</name>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="57" />
            <source>New project</source>
            <translation>Novo projeto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="62" />
            <source>Open project</source>
            <translation>Abrir projeto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="86" />
            <source>Cannot open project</source>
            <translation>Não foi possível abrir o projeto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="102" />
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="111" />
            <source>Recover unsaved work</source>
            <translation>Recuperar trabalho não salvo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="124" />
            <source>File in use</source>
            <translation>Arquivo em uso</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="126" />
            <source>Open it read-only, or open it for editing anyway if they no longer have it open.</source>
            <translation>Abra-o como somente leitura, ou abra-o para edição mesmo assim se ninguém mais o estiver usando.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="128" />
            <source>Open Read-Only</source>
            <translation>Abrir como somente leitura</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="129" />
            <source>Open Anyway</source>
            <translation>Abrir mesmo assim</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="143" />
            <source>Colleagues opening this file will not be warned: %1.</source>
            <translation>Colegas que abrirem este arquivo não serão avisados: %1.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="163" />
            <source>Save project as</source>
            <translation>Salvar projeto como</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="176" />
            <source>Read-only</source>
            <translation>Somente leitura</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="177" />
            <source>You opened %1 read-only (%2), so it cannot be replaced. Choose another name for your version.</source>
            <translation>Você abriu %1 como somente leitura (%2), por isso ele não pode ser substituído. Escolha outro nome para a sua versão.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="181" />
            <source>Save in the new format?</source>
            <translation>Salvar no novo formato?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="188" />
            <source>Cannot save project</source>
            <translation>Não foi possível salvar o projeto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="194" />
            <source>Saved %1</source>
            <translation>%1 salvo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="200" />
            <source>File changed on disk</source>
            <translation>Arquivo alterado no disco</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="201" />
            <source>%1 was changed by someone else since you opened it.</source>
            <translation>%1 foi alterado por outra pessoa desde que você o abriu.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="204" />
            <source>Merge their changes into yours and save both, save yours as another file, overwrite theirs with yours, or reload theirs (your changes are kept as a recovery copy, offered the next time CX Designer starts).</source>
            <translation>Mescle as alterações deles com as suas e salve tudo, salve as suas como outro arquivo, sobrescreva as deles com as suas ou recarregue as deles (suas alterações ficam guardadas como cópia de recuperação, oferecida na próxima vez que o CX Designer iniciar).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="207" />
            <source>Merge Their Changes</source>
            <translation>Mesclar as alterações deles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="208" />
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="260" />
            <source>Save As…</source>
            <translation>Salvar como…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="209" />
            <source>Overwrite</source>
            <translation>Sobrescrever</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="210" />
            <source>Reload Theirs</source>
            <translation>Recarregar a deles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="228" />
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="235" />
            <source>Reload</source>
            <translation>Recarregar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="229" />
            <source>Your changes could not be kept as a recovery copy, so the file was not reloaded.</source>
            <translation>Não foi possível guardar suas alterações como cópia de recuperação, então o arquivo não foi recarregado.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="243" />
            <source>Reloaded %1. Your changes are kept as a recovery copy.</source>
            <translation>%1 recarregado. Suas alterações estão guardadas como cópia de recuperação.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="252" />
            <source>Save the changes to %1 before closing?</source>
            <translation>Salvar as alterações em %1 antes de fechar?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="254" />
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="257" />
            <source>Unsaved changes</source>
            <translation>Alterações não salvas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/file_lifecycle.py" line="259" />
            <source>You opened it read-only: your version goes to another file.</source>
            <translation>Você o abriu como somente leitura: sua versão vai para outro arquivo.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="86" />
            <source>Choose the survey file</source>
            <translation>Escolha o arquivo da pesquisa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="87" />
            <source>A survey tool's export (Qualtrics, SurveyMonkey, Google Forms, Microsoft Forms, Typeform, LimeSurvey), or a CSV file or Excel workbook with one row per respondent and a column per touchpoint, or one row per answer.</source>
            <translation>A exportação de uma ferramenta de pesquisa (Qualtrics, SurveyMonkey, Google Forms, Microsoft Forms, Typeform, LimeSurvey), ou um arquivo CSV ou pasta de trabalho do Excel com uma linha por respondente e uma coluna por ponto de contato, ou uma linha por resposta.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="93" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="136" />
            <source>Survey file</source>
            <translation>Arquivo da pesquisa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="94" />
            <source>Browse…</source>
            <translation>Procurar…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="98" />
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="100" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="104" />
            <source>Sheet</source>
            <translation>Planilha</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="101" />
            <source>The sheet of an Excel workbook that holds the answers</source>
            <translation>A planilha da pasta de trabalho do Excel que contém as respostas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="102" />
            <source>Only for Excel workbooks</source>
            <translation>Só para pastas de trabalho do Excel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="106" />
            <source>Importing a survey of the same name again replaces it</source>
            <translation>Importar de novo uma pesquisa com o mesmo nome a substitui</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="107" />
            <source>Name</source>
            <translation>Nome</translation>
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
            <translation>Onda</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="112" />
            <source>Which wave of this map's surveys this is: Insights compares the waves, and surveys of one wave are pooled</source>
            <translation>Qual onda das pesquisas deste mapa é esta: as Análises comparam as ondas, e as pesquisas de uma mesma onda são agrupadas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="117" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="127" />
            <source>Fieldwork from</source>
            <translation>Campo de</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="118" />
            <source>Fieldwork to</source>
            <translation>Campo até</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="119" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="122" />
            <source>When the answers were collected (leave empty when not known); it orders the waves</source>
            <translation>Quando as respostas foram coletadas (deixe vazio se não souber); isso ordena as ondas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="125" />
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="137" />
            <source>Survey files (*.csv *.txt *.tsv *.xlsx);;CSV files (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Arquivos de pesquisa (*.csv *.txt *.tsv *.xlsx);;Arquivos CSV (*.csv *.txt *.tsv);;Pastas de trabalho do Excel (*.xlsx);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="177" />
            <source>The file is larger than 200 MB.</source>
            <translation>O arquivo tem mais de 200 MB.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="181" />
            <source>Could not read %1: %2.</source>
            <translation>Não foi possível ler %1: %2.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="202" />
            <source>“%1” is not a date: write it as YYYY-MM-DD, such as 2026-07-01.</source>
            <translation>“%1” não é uma data: escreva-a como AAAA-MM-DD, por exemplo 2026-07-01.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="208" />
            <source>The fieldwork ends before it starts.</source>
            <translation>O campo termina antes de começar.</translation>
        </message>
    </context>
    <context>
        <name>GuideBrowser</name>
        <message>
            <location filename="../../cxdesigner/ui/guide.py" line="41" />
            <source>User guide</source>
            <translation>Guia do usuário</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <location filename="../../cxdesigner/ui/guide.py" line="76" />
            <source>CX Designer user guide</source>
            <translation>Guia do usuário do CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/guide.py" line="82" />
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/guide.py" line="86" />
            <source>Contents</source>
            <translation>Sumário</translation>
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
            <translation>Branco e amarelo sobre preto, para o editor e o mapa</translation>
        </message>
    </context>
    <context>
        <name>HtmlMap</name>
        <message>
            <location filename="../../cxdesigner/render/html_svg.py" line="180" />
            <source>Touchpoint %1 of %2: %3</source>
            <translation>Ponto de contato %1 de %2: %3</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_svg.py" line="298" />
            <source>Goal of %1</source>
            <translation>Objetivo de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="30" />
            <source>%1: %2 on a scale from %3 to %4</source>
            <translation>%1: %2 numa escala de %3 a %4</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="34" />
            <source>n = %1</source>
            <translation>n = %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="36" />
            <source>standard deviation %1</source>
            <translation>desvio padrão %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="38" />
            <source>95% interval %1 to %2</source>
            <translation>intervalo de 95% de %1 a %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="45" />
            <source>severity %1 of 5</source>
            <translation>gravidade %1 de 5</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="47" />
            <source>Also at: %1</source>
            <translation>Também em: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="54" />
            <source>%1 priority</source>
            <translation>prioridade %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="57" />
            <source>%1 expected</source>
            <translation>%1 esperado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="60" />
            <source>Resources available: %1</source>
            <translation>Recursos disponíveis: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="62" />
            <source>Resources still needed: %1</source>
            <translation>Recursos ainda necessários: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="69" />
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="69" />
            <source>Description</source>
            <translation>Descrição</translation>
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
            <translation>Começa</translation>
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
            <translation>O cliente faz</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="75" />
            <source>Thinks</source>
            <translation>Pensa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="76" />
            <source>Feels</source>
            <translation>Sente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="80" />
            <source>Rating</source>
            <translation>Avaliação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="81" />
            <source>%1: not rated</source>
            <translation>%1: sem avaliação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="84" />
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="94" />
            <source>Pain point</source>
            <translation>Ponto de dor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="97" />
            <source>Positive moment</source>
            <translation>Momento positivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="100" />
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="101" />
            <source>Resources available</source>
            <translation>Recursos disponíveis</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_details.py" line="102" />
            <source>Resources still needed</source>
            <translation>Recursos ainda necessários</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="55" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="55" />
            <source>Details</source>
            <translation>Detalhes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="117" />
            <source>Satisfaction from %1 to %2</source>
            <translation>Satisfação de %1 a %2</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="126" />
            <source>Stages</source>
            <translation>Etapas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="126" />
            <source>Touchpoints</source>
            <translation>Pontos de contato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="127" />
            <source>Pain points</source>
            <translation>Pontos de dor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="127" />
            <source>Positive moments</source>
            <translation>Momentos positivos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/html_map.py" line="128" />
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
    </context>
    <context>
        <name>InfoBar</name>
        <message>
            <location filename="../../cxdesigner/ui/info_bar.py" line="22" />
            <source>Document notice</source>
            <translation>Aviso do documento</translation>
        </message>
    </context>
    <context>
        <name>InsertMenu</name>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="19" />
            <source>&amp;Touchpoint</source>
            <translation>&amp;Ponto de contato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="19" />
            <source>After the selected touchpoint, or at the end of the map</source>
            <translation>Depois do ponto de contato selecionado, ou no fim do mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="20" />
            <source>&amp;Stage</source>
            <translation>&amp;Etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="20" />
            <source>After the selected touchpoint's stage, or at the end</source>
            <translation>Depois da etapa do ponto de contato selecionado, ou no fim</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="21" />
            <source>&amp;Persona</source>
            <translation>Pe&amp;rsona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="21" />
            <source>A new persona for the project</source>
            <translation>Uma nova persona para o projeto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="23" />
            <source>&amp;Goal</source>
            <translation>&amp;Objetivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="23" />
            <source>A goal at the selected touchpoint, or over the whole journey</source>
            <translation>Um objetivo no ponto de contato selecionado, ou sobre toda a jornada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="24" />
            <source>Pain P&amp;oint</source>
            <translation>Ponto de &amp;dor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="24" />
            <source>A pain point at the selected touchpoint</source>
            <translation>Um ponto de dor no ponto de contato selecionado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="25" />
            <source>Positive &amp;Moment</source>
            <translation>&amp;Momento positivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="25" />
            <source>A highlight at the selected touchpoint</source>
            <translation>Um destaque no ponto de contato selecionado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="26" />
            <source>&amp;Action</source>
            <translation>&amp;Ação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="26" />
            <source>An improvement action at the selected touchpoint</source>
            <translation>Uma ação de melhoria no ponto de contato selecionado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="27" />
            <source>Sticky &amp;Note</source>
            <translation>&amp;Nota adesiva</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="27" />
            <source>A free note under the lanes, where it covers nothing</source>
            <translation>Uma nota livre abaixo das raias, onde não cubra nada</translation>
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
            <translation>De quem é a jornada que as pontuações descrevem</translation>
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
            <translation>inalterado</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/insights_panel.py" line="257" />
            <source>and %n more on the map</source>
            <translation>
                <numerusform>e mais %n no mapa</numerusform>
                <numerusform>e mais %n no mapa</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="33" />
            <source>Description</source>
            <extracomment>A persona's rating or target was entered here: their line is the one last touched.</extracomment>
            <translation>Descrição</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="33" />
            <source>Customer does</source>
            <translation>O cliente faz</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="34" />
            <source>Thinks</source>
            <translation>Pensa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="34" />
            <source>Feels</source>
            <translation>Sente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="43" />
            <source>Select a touchpoint on the map to edit it here, or click a stage's title to edit the stage. Right-click a stage's title to add, move or delete stages.</source>
            <translation>Selecione um ponto de contato no mapa para editá-lo aqui, ou clique no título de uma etapa para editá-la. Clique com o botão direito no título de uma etapa para adicionar, mover ou excluir etapas.</translation>
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
            <translation>computador, celular, presencial…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="67" />
            <source>Device</source>
            <translation>Dispositivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="75" />
            <source>Satisfaction</source>
            <translation>Satisfação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="122" />
            <source>None</source>
            <translation>Nenhum</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/inspector.py" line="165" />
            <source>Move touchpoint to %1</source>
            <translation>Mover ponto de contato para %1</translation>
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
            <translation>Satisfação na versão comparada</translation>
        </message>
    </context>
    <context>
        <name>Lanes</name>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="26" />
            <source>Touchpoints</source>
            <translation>Pontos de contato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="26" />
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="26" />
            <source>Satisfaction</source>
            <translation>Satisfação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="27" />
            <source>Customer does</source>
            <translation>O cliente faz</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="27" />
            <source>Thinks</source>
            <translation>Pensa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="27" />
            <source>Feels</source>
            <translation>Sente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="27" />
            <source>Goals</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="28" />
            <source>Pain points</source>
            <translation>Pontos de dor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="28" />
            <source>Positive moments</source>
            <translation>Momentos positivos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="28" />
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="29" />
            <source>Channels</source>
            <translation>Canais</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="29" />
            <source>Departments</source>
            <translation>Departamentos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="30" />
            <source>Every contact, in the order it happens</source>
            <translation>Cada contato, na ordem em que acontece</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="31" />
            <source>Where the customer struggles</source>
            <translation>Onde o cliente tem dificuldade</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="31" />
            <source>What works and must be kept</source>
            <translation>O que funciona e deve ser mantido</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="32" />
            <source>What we will change</source>
            <translation>O que vamos mudar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="32" />
            <source>What each persona wants</source>
            <translation>O que cada persona quer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="33" />
            <source>Who owns it, backstage</source>
            <translation>Quem é responsável, nos bastidores</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="34" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="34" />
            <source>Pictures (storyboard)</source>
            <translation>Imagens (storyboard)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="34" />
            <source>Emotions</source>
            <translation>Emoções</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="35" />
            <source>Metric</source>
            <translation>Métrica</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="35" />
            <source>Frontstage actions</source>
            <translation>Ações de linha de frente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="36" />
            <source>Backstage actions</source>
            <translation>Ações de bastidores</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="36" />
            <source>Support processes</source>
            <translation>Processos de suporte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="37" />
            <source>What the customer sees us do</source>
            <translation>O que o cliente nos vê fazer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="37" />
            <source>What we do out of sight</source>
            <translation>O que fazemos longe da vista dele</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="38" />
            <source>The systems and partners behind it</source>
            <translation>Os sistemas e parceiros por trás</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="38" />
            <source>A face per persona</source>
            <translation>Um rosto por persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="39" />
            <source>A picture per step</source>
            <translation>Uma imagem por passo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="171" />
            <source>severity %1 of 5</source>
            <translation>gravidade %1 de 5</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="181" />
            <source>step %1</source>
            <translation>passo %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/lanes.py" line="183" />
            <source>%1 priority</source>
            <translation>prioridade %1</translation>
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
            <translation>Raias de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="39" />
            <source>Lanes</source>
            <translation>Raias</translation>
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
            <translation>Unidade</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="93" />
            <source>A map always shows its touchpoints</source>
            <translation>Um mapa sempre mostra seus pontos de contato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="63" />
            <source>Move Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="21" />
            <source>Frontstage actions</source>
            <translation>Ações de linha de frente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="21" />
            <source>Backstage actions</source>
            <translation>Ações de bastidores</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="22" />
            <source>Support processes</source>
            <translation>Processos de suporte</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="34" />
            <source>Tick the lanes to show; drag them, or use Move Up and Move Down, into the order you want. Add lanes of your own for anything else.</source>
            <translation>Marque as raias a mostrar; arraste-as, ou use Subir e Descer, para colocá-las na ordem desejada. Adicione raias próprias para qualquer outra coisa.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="49" />
            <source>Add Lane</source>
            <translation>Adicionar raia</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="53" />
            <source>Service blueprint (frontstage, backstage, support)</source>
            <translation>Blueprint de serviço (linha de frente, bastidores, suporte)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="55" />
            <source>Rename</source>
            <translation>Renomear</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="57" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="58" />
            <source>Remove the lane and what it holds (you can undo it)</source>
            <translation>Remover a raia e o que ela contém (pode ser desfeito)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="63" />
            <source>Move Down</source>
            <translation>Descer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/lanes_dialog.py" line="175" />
            <source>Change lanes</source>
            <translation>Alterar raias</translation>
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
            <translation>canais</translation>
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
            <translation>Compartilhar %1 com sua equipe pela biblioteca da equipe</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="175" />
            <source>Add from Library…</source>
            <translation>Adicionar da biblioteca…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="176" />
            <source>Update from Library</source>
            <translation>Atualizar da biblioteca</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="177" />
            <location filename="../../cxdesigner/ui/library_actions.py" line="264" />
            <source>Publish to Library</source>
            <translation>Publicar na biblioteca</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="178" />
            <source>Copy %1 from the team library into this project</source>
            <translation>Copiar %1 da biblioteca da equipe para este projeto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="179" />
            <source>Bring the library's version of this %1 (one step you can undo)</source>
            <translation>Trazer a versão da biblioteca para o item selecionado (%1), em um passo que você pode desfazer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="195" />
            <location filename="../../cxdesigner/ui/library_actions.py" line="222" />
            <source>Every %1 of the library is in this project already.</source>
            <translation>Todos os itens do tipo %1 da biblioteca já estão neste projeto.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="198" />
            <location filename="../../cxdesigner/ui/library_actions.py" line="246" />
            <source>This %1 did not come from the library.</source>
            <translation>Este item (%1) não veio da biblioteca.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="199" />
            <source>This %1 is the library's version.</source>
            <translation>Este item (%1) é a versão da biblioteca.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="202" />
            <source>Select a %1 to publish first.</source>
            <translation>Selecione primeiro um item (%1) para publicar.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="204" />
            <source>Replace the library's version with this one</source>
            <translation>Substituir a versão da biblioteca por esta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="205" />
            <source>Add this %1 to the library</source>
            <translation>Adicionar este item (%1) à biblioteca</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="212" />
            <source>Team Library</source>
            <translation>Biblioteca da equipe</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="224" />
            <source>Add from Library</source>
            <translation>Adicionar da biblioteca</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="235" />
            <source>Add %1 from library</source>
            <translation>Adicionar %1 da biblioteca</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="250" />
            <source>This %1 is the library's version already.</source>
            <translation>Este item (%1) já é a versão da biblioteca.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="252" />
            <source>Update %1 from library</source>
            <translation>Atualizar %1 da biblioteca</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="254" />
            <source>“%1” is now the library's version.</source>
            <translation>“%1” agora é a versão da biblioteca.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="265" />
            <source>Nothing was published: %1</source>
            <translation>Nada foi publicado: %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="267" />
            <source>“%1” is now in the team library.</source>
            <translation>“%1” agora está na biblioteca da equipe.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="268" />
            <source>“%1” replaced its version in the team library.</source>
            <translation>“%1” substituiu sua versão na biblioteca da equipe.</translation>
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
            <translation>Salvar como…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="111" />
            <source>&amp;New…</source>
            <translation>&amp;Novo…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="111" />
            <source>Start a project from a template</source>
            <translation>Começar um projeto a partir de um modelo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="113" />
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="113" />
            <source>Open a project file</source>
            <translation>Abrir um arquivo de projeto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="115" />
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="115" />
            <source>Save the project</source>
            <translation>Salvar o projeto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="117" />
            <source>Save &amp;As…</source>
            <translation>Salvar &amp;como…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="118" />
            <source>Save the project under a new name</source>
            <translation>Salvar o projeto com um novo nome</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="120" />
            <source>Project &amp;Settings…</source>
            <translation>Configurações do pro&amp;jeto…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="121" />
            <source>The project's name and description, shown on exports and prints</source>
            <translation>O nome e a descrição do projeto, exibidos em exportações e impressões</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="122" />
            <source>Team &amp;Library…</source>
            <translation>Bib&amp;lioteca da equipe…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="123" />
            <source>Choose the project file your team shares personas and channels from</source>
            <translation>Escolher o arquivo de projeto pelo qual sua equipe compartilha personas e canais</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="124" />
            <source>&amp;Close</source>
            <translation>&amp;Fechar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="124" />
            <source>Close this window</source>
            <translation>Fechar esta janela</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="125" />
            <source>&amp;Quit</source>
            <translation>Sa&amp;ir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="125" />
            <source>Quit CX Designer</source>
            <translation>Sair do CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="126" />
            <source>Keep a &amp;Backup on Save</source>
            <translation>Manter &amp;backup ao salvar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="127" />
            <source>On each save, keep the previous version as NAME.cxd.bak</source>
            <translation>A cada salvamento, manter a versão anterior como NOME.cxd.bak</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="130" />
            <source>&amp;Export…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="131" />
            <source>Export maps as PDF, SVG, PNG, CSV, Excel, JSON or Mermaid</source>
            <translation>Exportar mapas como PDF, SVG, PNG, CSV, Excel, JSON ou Mermaid</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="133" />
            <source>&amp;Spreadsheet…</source>
            <translation>&amp;Planilha…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="134" />
            <source>Import touchpoints, pain points and actions from an Excel workbook or CSV table (a map's own export)</source>
            <translation>Importar pontos de contato, pontos de dor e ações de uma pasta de trabalho do Excel ou tabela CSV (a exportação de um mapa)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="136" />
            <source>Page Set&amp;up…</source>
            <translation>Configurar pá&amp;gina…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="137" />
            <source>Paper size, orientation, one page or a poster</source>
            <translation>Tamanho do papel, orientação, uma página ou um pôster</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="138" />
            <source>Print Pre&amp;view…</source>
            <translation>&amp;Visualizar impressão…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="139" />
            <source>See the pages before printing</source>
            <translation>Ver as páginas antes de imprimir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="140" />
            <source>&amp;Print…</source>
            <translation>Im&amp;primir…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="141" />
            <source>Print the current map</source>
            <translation>Imprimir o mapa atual</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="142" />
            <source>&amp;Delete</source>
            <translation>&amp;Excluir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="142" />
            <source>Delete the selection</source>
            <translation>Excluir a seleção</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="143" />
            <source>Select &amp;All</source>
            <translation>Selecionar &amp;tudo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="144" />
            <source>Select every touchpoint of the map</source>
            <translation>Selecionar todos os pontos de contato do mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="145" />
            <source>Zoom &amp;In</source>
            <translation>&amp;Aumentar zoom</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="145" />
            <source>Zoom in</source>
            <translation>Aumentar zoom</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="146" />
            <source>Zoom &amp;Out</source>
            <translation>&amp;Diminuir zoom</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="146" />
            <source>Zoom out</source>
            <translation>Diminuir zoom</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="147" />
            <source>Zoom to &amp;Fit</source>
            <translation>Ajustar à &amp;janela</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="147" />
            <source>Show the whole map</source>
            <translation>Mostrar o mapa inteiro</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="148" />
            <source>&amp;Actual Size</source>
            <translation>Tamanho &amp;real</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="148" />
            <source>Zoom to 100%</source>
            <translation>Zoom em 100%</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="149" />
            <source>&amp;Present</source>
            <translation>&amp;Apresentar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="150" />
            <source>Show the map full screen and walk through it touchpoint by touchpoint with the arrow keys (Escape leaves)</source>
            <translation>Mostrar o mapa em tela cheia e percorrê-lo ponto de contato a ponto de contato com as setas (Esc sai)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="153" />
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="155" />
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;recente</translation>
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
            <translation>E&amp;xibir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="175" />
            <source>&amp;Overview</source>
            <translation>&amp;Visão geral</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="178" />
            <source>Show the whole map in miniature in the corner</source>
            <translation>Mostrar o mapa inteiro em miniatura no canto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="180" />
            <source>&amp;Gaps Between Touchpoints</source>
            <translation>&amp;Rupturas entre pontos de contato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="183" />
            <source>Mark where the customer switches channel, device or department</source>
            <translation>Marcar onde o cliente troca de canal, dispositivo ou departamento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="185" />
            <source>&amp;Compact Lanes</source>
            <translation>Raias &amp;compactas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="187" />
            <source>Keep lanes low and cut long texts (point at one to read it whole); exports and print always show everything</source>
            <translation>Manter as raias baixas e cortar textos longos (aponte para um para lê-lo inteiro); exportações e impressões sempre mostram tudo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="192" />
            <source>Satisfaction &amp;Lines</source>
            <translation>&amp;Linhas de satisfação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="204" />
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="211" />
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="212" />
            <source>&amp;User Guide</source>
            <translation>&amp;Guia do usuário</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="213" />
            <source>Read the user guide, from a blank project to a printed map</source>
            <translation>Ler o guia do usuário, de um projeto em branco a um mapa impresso</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="214" />
            <source>&amp;About CX Designer</source>
            <translation>&amp;Sobre o CX Designer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="228" />
            <source>Up and Down Keys Rate</source>
            <translation>As setas para cima e para baixo a&amp;valiam</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="247" />
            <source>No recent files</source>
            <translation>Nenhum arquivo recente</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="297" />
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="297" />
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="340" />
            <source> (read-only)</source>
            <translation> (somente leitura)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/main_window.py" line="343" />
            <source>Read-only: you opened %1 read-only (%2). Your changes can be saved in another file.</source>
            <translation>Somente leitura: você abriu %1 como somente leitura (%2). Suas alterações podem ser salvas em outro arquivo.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/main_window.py" line="421" />
            <source>%n selected</source>
            <translation>
                <numerusform>%n selecionado</numerusform>
                <numerusform>%n selecionados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/main_window.py" line="438" />
            <source>Delete %n items</source>
            <translation>
                <numerusform>Excluir %n item</numerusform>
                <numerusform>Excluir %n itens</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/main_window.py" line="508" />
            <source>Exported %n file(s) to %1</source>
            <translation>
                <numerusform>%n arquivo exportado para %1</numerusform>
                <numerusform>%n arquivos exportados para %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/insert_menu.py" line="16" />
            <source>&amp;Insert</source>
            <translation>&amp;Inserir</translation>
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
            <translation>de análise de dados</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="74" />
            <source>assumed</source>
            <translation>suposta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="85" />
            <source>Touchpoint %1 of %2, %3, stage %4</source>
            <translation>Ponto de contato %1 de %2, %3, etapa %4</translation>
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
            <translation>Uma imagem</translation>
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
            <translation>Mapa da jornada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/accessible.py" line="315" />
            <source>Tab and the arrow keys walk the touchpoints; Enter renames the selected one.</source>
            <translation>Tab e as setas percorrem os pontos de contato; Enter renomeia o selecionado.</translation>
        </message>
    </context>
    <context>
        <name>MapCounts</name>
        <message numerus="yes">
            <location filename="../../cxdesigner/canvas/accessible.py" line="43" />
            <source>%n answers</source>
            <translation>
                <numerusform>%n resposta</numerusform>
                <numerusform>%n respostas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/canvas/accessible.py" line="46" />
            <source>%n pain points</source>
            <translation>
                <numerusform>%n ponto de dor</numerusform>
                <numerusform>%n pontos de dor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/canvas/accessible.py" line="49" />
            <source>%n touchpoints</source>
            <translation>
                <numerusform>%n ponto de contato</numerusform>
                <numerusform>%n pontos de contato</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapMenu</name>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="20" />
            <source>Awareness</source>
            <translation>Descoberta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="20" />
            <source>Consideration</source>
            <translation>Consideração</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="20" />
            <source>Purchase</source>
            <translation>Compra</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="21" />
            <source>Use and service</source>
            <translation>Uso e serviço</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="21" />
            <source>Loyalty</source>
            <translation>Fidelização</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="31" />
            <source>&amp;New Map</source>
            <translation>&amp;Novo mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="31" />
            <source>Add a map with the five classic stages</source>
            <translation>Adicionar um mapa com as cinco etapas clássicas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="32" />
            <source>Map &amp;Settings…</source>
            <translation>&amp;Configurações do mapa…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="32" />
            <source>Name, description and satisfaction scale of the current map</source>
            <translation>Nome, descrição e escala de satisfação do mapa atual</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="33" />
            <source>&amp;Lanes…</source>
            <translation>&amp;Raias…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="33" />
            <source>Choose and order the lanes the current map shows</source>
            <translation>Escolher e ordenar as raias que o mapa atual mostra</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="34" />
            <source>&amp;Projected Line…</source>
            <translation>Linha pro&amp;jetada…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="35" />
            <source>Show each persona's line as it would be after the actions you choose</source>
            <translation>Mostrar a linha de cada persona como ficaria depois das ações que você escolher</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="36" />
            <source>&amp;Rename Map…</source>
            <translation>Re&amp;nomear mapa…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="36" />
            <source>Rename the current map</source>
            <translation>Renomear o mapa atual</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="37" />
            <source>D&amp;uplicate Map</source>
            <translation>D&amp;uplicar mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="37" />
            <source>Copy the current map with everything on it</source>
            <translation>Copiar o mapa atual com tudo o que ele contém</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="38" />
            <source>&amp;Delete Map…</source>
            <translation>&amp;Excluir mapa…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="38" />
            <source>Delete the current map</source>
            <translation>Excluir o mapa atual</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="39" />
            <source>&amp;Import Mermaid Journey…</source>
            <translation>&amp;Importar jornada Mermaid…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="39" />
            <source>Add a map from Mermaid journey text</source>
            <translation>Adicionar um mapa a partir de texto de jornada Mermaid</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="40" />
            <source>Import Sur&amp;vey…</source>
            <translation>Importar pes&amp;quisa…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="40" />
            <source>Measure the current map's satisfaction from survey answers</source>
            <translation>Medir a satisfação do mapa atual a partir de respostas de pesquisa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="41" />
            <source>Save as &amp;Template…</source>
            <translation>Salvar como mo&amp;delo…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="42" />
            <source>Keep the current map as a template to start new projects from</source>
            <translation>Guardar o mapa atual como modelo para começar novos projetos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="44" />
            <source>Move Map &amp;Left</source>
            <translation>Mover mapa para a &amp;esquerda</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="44" />
            <source>Move the current map's tab to the left</source>
            <translation>Mover a aba do mapa atual para a esquerda</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="45" />
            <source>Move Map Ri&amp;ght</source>
            <translation>Mover mapa para a &amp;direita</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="45" />
            <source>Move the current map's tab to the right</source>
            <translation>Mover a aba do mapa atual para a direita</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="52" />
            <source>Space Touchpoints by &amp;Time</source>
            <translation>Espaçar pontos de contato pelo &amp;tempo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="54" />
            <source>Spread touchpoints by the time between them, so waits show</source>
            <translation>Espaçar os pontos de contato pelo tempo entre eles, para que as esperas apareçam</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="77" />
            <location filename="../../cxdesigner/ui/map_menu.py" line="79" />
            <source>New map</source>
            <translation>Novo mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="115" />
            <source>Change spacing</source>
            <translation>Mudar espaçamento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="122" />
            <location filename="../../cxdesigner/ui/map_menu.py" line="124" />
            <source>Rename map</source>
            <translation>Renomear mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="122" />
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="131" />
            <source>%1 (copy)</source>
            <translation>%1 (cópia)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="133" />
            <source>Duplicate map</source>
            <translation>Duplicar mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="140" />
            <source>Delete map</source>
            <translation>Excluir mapa</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/map_menu.py" line="141" />
            <source>Delete the map “%1” with its %n touchpoint(s)? You can undo this.</source>
            <translation>
                <numerusform>Excluir o mapa “%1” com seu %n ponto de contato? Você pode desfazer isso.</numerusform>
                <numerusform>Excluir o mapa “%1” com seus %n pontos de contato? Você pode desfazer isso.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="152" />
            <location filename="../../cxdesigner/ui/map_menu.py" line="179" />
            <source>Import Mermaid journey</source>
            <translation>Importar jornada Mermaid</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="153" />
            <source>Mermaid journey (*.mmd *.mermaid *.txt);;All files (*)</source>
            <translation>Jornada Mermaid (*.mmd *.mermaid *.txt);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="159" />
            <source>it is not UTF-8 text</source>
            <translation>não é texto UTF-8</translation>
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
            <translation>Não foi possível ler %1: %2.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_menu.py" line="198" />
            <source>Saved the template “%1”: File &gt; New offers it.</source>
            <translation>Modelo “%1” salvo: Arquivo &gt; Novo o oferece.</translation>
        </message>
    </context>
    <context>
        <name>MapPicture</name>
        <message>
            <location filename="../../cxdesigner/render/picture.py" line="96" />
            <source>Satisfaction from %1 to %2</source>
            <extracomment>Scene units per inch: one unit is one pixel at 100% on a 96 dpi screen.</extracomment>
            <translation>Satisfação de %1 a %2</translation>
        </message>
    </context>
    <context>
        <name>MapSettingsDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="26" />
            <location filename="../../cxdesigner/ui/map_settings.py" line="126" />
            <source>Map settings</source>
            <translation>Configurações do mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="30" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="33" />
            <source>Description</source>
            <translation>Descrição</translation>
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
            <translation>passo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="41" />
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="45" />
            <source>Low end means</source>
            <translation>O extremo baixo significa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="46" />
            <source>High end means</source>
            <translation>O extremo alto significa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="47" />
            <source>Convert existing ratings to the new scale</source>
            <translation>Converter as avaliações existentes para a nova escala</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="49" />
            <source>Off: ratings keep their numbers, cut to the new ends</source>
            <translation>Desligado: as avaliações mantêm seus números, cortados nos novos extremos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="56" />
            <source>How ratings convert</source>
            <translation>Como as avaliações são convertidas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="57" />
            <source>Touchpoint</source>
            <translation>Ponto de contato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="57" />
            <source>Now</source>
            <translation>Agora</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/map_settings.py" line="57" />
            <source>After</source>
            <translation>Depois</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="219" />
            <source>Check what the columns mean</source>
            <translation>Confira o que as colunas significam</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="220" />
            <source>Questions were matched to touchpoints by title. Correct any match, and say which scale the survey used: its scores are converted to the map's scale.</source>
            <translation>As perguntas foram associadas aos pontos de contato pelo título. Corrija qualquer associação e informe qual escala a pesquisa usou: suas notas são convertidas para a escala do mapa.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="225" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="232" />
            <source>Layout</source>
            <translation>Layout</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="226" />
            <source>The survey tool that wrote the file: recognised from its header; choose another to read it differently</source>
            <translation>A ferramenta de pesquisa que gravou o arquivo: reconhecida pelo cabeçalho; escolha outra para lê-lo de outro modo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="229" />
            <source>%1 export</source>
            <translation>Exportação do %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="230" />
            <source>Plain table</source>
            <translation>Tabela simples</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="240" />
            <source>Question</source>
            <translation>Pergunta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="240" />
            <source>Touchpoint</source>
            <translation>Ponto de contato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="240" />
            <source>Match</source>
            <translation>Associação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="245" />
            <source>Questions and touchpoints</source>
            <translation>Perguntas e pontos de contato</translation>
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
            <translation>Rótulo da resposta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="253" />
            <source>Score</source>
            <translation>Pontuação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="257" />
            <source>Answer labels and scores</source>
            <translation>Rótulos das respostas e pontuações</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="258" />
            <source>The score each answer label stands for; a label not placed on the scale leaves its rows out, reported by line</source>
            <translation>A pontuação que cada rótulo de resposta representa; um rótulo fora da escala deixa suas linhas de fora, informadas por linha</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="263" />
            <source>The persona of respondents without a segment</source>
            <translation>A persona dos respondentes sem segmento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="264" />
            <source>Respondents without a segment</source>
            <translation>Respondentes sem segmento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="272" />
            <source>Survey scale, from – to</source>
            <translation>Escala da pesquisa, de – a</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="299" />
            <source>%n header row(s)</source>
            <translation>
                <numerusform>%n linha de cabeçalho</numerusform>
                <numerusform>%n linhas de cabeçalho</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="301" />
            <source>respondents from “%1”</source>
            <translation>respondentes de “%1”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="303" />
            <source>%n metadata column(s) ignored</source>
            <translation>
                <numerusform>%n coluna de metadados ignorada</numerusform>
                <numerusform>%n colunas de metadados ignoradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="306" />
            <source>%n unfinished response(s) left out (lines %1)</source>
            <translation>
                <numerusform>%n resposta incompleta deixada de fora (linhas %1)</numerusform>
                <numerusform>%n respostas incompletas deixadas de fora (linhas %1)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="308" />
            <source>Read as a plain table: %1.</source>
            <translation>Lido como tabela simples: %1.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="309" />
            <source>Read as a %2 export: %1.</source>
            <translation>Lido como exportação do %2: %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="335" />
            <source>%n row(s), one per respondent.</source>
            <translation>
                <numerusform>%n linha, uma por respondente.</numerusform>
                <numerusform>%n linhas, uma por respondente.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="336" />
            <source>%n row(s), one per answer.</source>
            <translation>
                <numerusform>%n linha, uma por resposta.</numerusform>
                <numerusform>%n linhas, uma por resposta.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="339" />
            <source>Recommendation (NPS, 0-10): “%1”.</source>
            <translation>Recomendação (NPS, 0-10): “%1”.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="348" />
            <source>— leave out —</source>
            <translation>— deixar de fora —</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="358" />
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="361" />
            <source>— no persona —</source>
            <translation>— sem persona —</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="373" />
            <source>— not placed —</source>
            <translation>— não colocado —</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="375" />
            <source>Score of %1</source>
            <translation>Pontuação de %1</translation>
        </message>
    </context>
    <context>
        <name>Merging</name>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="36" />
            <source>Merge</source>
            <translation>Mesclar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="56" />
            <source>their changes</source>
            <translation>as alterações deles</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="64" />
            <source>%1 is not a version of this project: they share no history to merge.</source>
            <translation>%1 não é uma versão deste projeto: eles não compartilham histórico para mesclar.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="69" />
            <source>This document and %1 share no saved version whose content is still kept, so what each side changed cannot be told apart. Compare them instead (File &gt; Compare With…).</source>
            <translation>Este documento e %1 não compartilham nenhuma versão salva cujo conteúdo ainda esteja guardado, então não é possível distinguir o que cada lado alterou. Compare-os em vez disso (Arquivo &gt; Comparar com…).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="89" />
            <source>%1 holds comments on another project.</source>
            <translation>%1 contém comentários sobre outro projeto.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="101" />
            <source>Some comments were about maps this project no longer has and were left out.</source>
            <translation>Alguns comentários eram sobre mapas que este projeto não tem mais e foram deixados de fora.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="114" />
            <location filename="../../cxdesigner/ui/merging.py" line="126" />
            <source>Merge %1</source>
            <translation>Mesclar %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="128" />
            <source>Merged %1.</source>
            <translation>%1 mesclado.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/merging.py" line="130" />
            <source>%1 holds nothing this document lacks.</source>
            <translation>%1 não contém nada que falte neste documento.</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <location filename="../../cxdesigner/canvas/overview.py" line="23" />
            <source>The whole map: click or drag to go there</source>
            <translation>O mapa inteiro: clique ou arraste para ir até lá</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/overview.py" line="24" />
            <source>Overview</source>
            <translation>Visão geral</translation>
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
            <translation>Ordem</translation>
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
            <translation>Ação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="43" />
            <location filename="../../cxdesigner/render/pack_text.py" line="52" />
            <source>Touchpoint</source>
            <translation>Ponto de contato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="44" />
            <location filename="../../cxdesigner/render/pack_text.py" line="53" />
            <location filename="../../cxdesigner/render/pack_text.py" line="59" />
            <source>Pain point</source>
            <translation>Ponto de dor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="44" />
            <location filename="../../cxdesigner/render/pack_text.py" line="53" />
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="45" />
            <source>Priority</source>
            <translation>Prioridade</translation>
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
            <translation>Recursos disponíveis</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="47" />
            <location filename="../../cxdesigner/render/pack_text.py" line="56" />
            <source>Resources needed</source>
            <translation>Recursos necessários</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="48" />
            <source>Expected effect</source>
            <translation>Efeito esperado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="54" />
            <source>Priority and status</source>
            <translation>Prioridade e status</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="57" />
            <source>Effect</source>
            <translation>Efeito</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="60" />
            <source>Severity</source>
            <translation>Gravidade</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="60" />
            <source>Evidence</source>
            <translation>Evidência</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="61" />
            <source>Touchpoints</source>
            <translation>Pontos de contato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="203" />
            <source>%1 years old</source>
            <translation>%1 anos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="206" />
            <source>Demographics</source>
            <translation>Dados demográficos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="206" />
            <source>Psychographics</source>
            <translation>Perfil psicográfico</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="207" />
            <source>Motivations</source>
            <translation>Motivações</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="207" />
            <source>Frustrations</source>
            <translation>Frustrações</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="208" />
            <source>Biography</source>
            <translation>Biografia</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="212" />
            <source>Goals along the journey</source>
            <translation>Objetivos ao longo da jornada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="215" />
            <source>Satisfaction along the journey</source>
            <translation>Satisfação ao longo da jornada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="264" />
            <source>Action plan</source>
            <translation>Plano de ação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="266" />
            <source>No actions yet.</source>
            <translation>Ainda não há ações.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="268" />
            <source>In the order to apply them.</source>
            <translation>Na ordem em que serão aplicadas.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="287" />
            <source>Pain points</source>
            <translation>Pontos de dor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="289" />
            <source>No pain points yet.</source>
            <translation>Ainda não há pontos de dor.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="294" />
            <source>%1 of 5</source>
            <translation>%1 de 5</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="298" />
            <source>Insights</source>
            <translation>Análises</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="300" />
            <source>No persona is on this map, so there are no scores.</source>
            <translation>Não há nenhuma persona neste mapa, então não há pontuações.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="307" />
            <source>Review comments</source>
            <translation>Comentários de revisão</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="310" />
            <source>No comments.</source>
            <translation>Sem comentários.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="313" />
            <source>Resolved</source>
            <translation>Resolvido</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="313" />
            <source>Open</source>
            <translation>Aberto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="324" />
            <location filename="../../cxdesigner/render/pack_text.py" line="333" />
            <source>The map</source>
            <translation>O mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="326" />
            <source>Stage “%1”</source>
            <translation>Etapa “%1”</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="328" />
            <source>Touchpoint “%1”</source>
            <translation>Ponto de contato “%1”</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="330" />
            <source>Pain point “%1”</source>
            <translation>Ponto de dor “%1”</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="332" />
            <source>Action “%1”</source>
            <translation>Ação “%1”</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pack_text.py" line="344" />
            <source>Someone</source>
            <translation>Alguém</translation>
        </message>
    </context>
    <context>
        <name>PageOptions</name>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="42" />
            <source>Paper size</source>
            <translation>Tamanho do papel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="43" />
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="44" />
            <source>Landscape</source>
            <translation>Paisagem</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="44" />
            <source>Portrait</source>
            <translation>Retrato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="46" />
            <source>Fit each map on one page</source>
            <translation>Ajustar cada mapa a uma página</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="47" />
            <source>Poster over several sheets</source>
            <translation>Pôster em várias folhas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="48" />
            <source>Tiles the map across sheets with overlaps and crop marks, so a wall-sized map prints on an office printer</source>
            <translation>Distribui o mapa em folhas com sobreposições e marcas de corte, para imprimir um mapa do tamanho de uma parede numa impressora de escritório</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="54" />
            <source> sheet(s) high</source>
            <translation> folha(s) de altura</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="55" />
            <source>Poster height in sheets</source>
            <translation>Altura do pôster em folhas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="56" />
            <source>Orientation</source>
            <translation>Orientação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/page_options.py" line="57" />
            <source>Layout</source>
            <translation>Layout</translation>
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
            <translation>Arraste para o mapa para adicionar um ponto de contato onde soltar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/palette.py" line="32" />
            <source>Touchpoint</source>
            <translation>Ponto de contato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/palette.py" line="37" />
            <source>Drag onto the map: a touchpoint on %1</source>
            <translation>Arraste para o mapa: um ponto de contato em %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/palette.py" line="38" />
            <source>Drag onto the map: a touchpoint</source>
            <translation>Arraste para o mapa: um ponto de contato</translation>
        </message>
    </context>
    <context>
        <name>PanelEdits</name>
        <message>
            <location filename="../../cxdesigner/ui/panel_edits.py" line="66" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/panel_edits.py" line="72" />
            <location filename="../../cxdesigner/ui/panel_edits.py" line="74" />
            <location filename="../../cxdesigner/ui/panel_edits.py" line="84" />
            <source>Colour</source>
            <translation>Cor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="61" />
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="40" />
            <location filename="../../cxdesigner/ui/personas_panel.py" line="51" />
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="61" />
            <source>Add one to this map</source>
            <translation>Adicionar um a este mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="62" />
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/annotations_panel.py" line="62" />
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="41" />
            <source>Delete the selected one</source>
            <translation>Excluir o selecionado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="40" />
            <source>Add one to the project</source>
            <translation>Adicionar um ao projeto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/catalog_panel.py" line="41" />
            <location filename="../../cxdesigner/ui/personas_panel.py" line="52" />
            <source>Delete…</source>
            <translation>Excluir…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="51" />
            <source>Add a persona</source>
            <translation>Adicionar uma persona</translation>
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
            <translation>Excluir esta persona com suas avaliações e objetivos</translation>
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
            <translation>Ocupação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="37" />
            <source>Demographics</source>
            <translation>Dados demográficos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="37" />
            <source>Psychographics</source>
            <translation>Perfil psicográfico</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="38" />
            <source>Motivations</source>
            <translation>Motivações</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="38" />
            <source>Frustrations</source>
            <translation>Frustrações</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="38" />
            <source>Quote</source>
            <translation>Citação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="39" />
            <source>Biography</source>
            <translation>Biografia</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="47" />
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="56" />
            <source>Shown on this map</source>
            <translation>Exibida neste mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="57" />
            <source>Draw this persona's satisfaction line on the current map</source>
            <translation>Desenhar a linha de satisfação desta persona no mapa atual</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="61" />
            <location filename="../../cxdesigner/ui/personas_panel.py" line="109" />
            <source>Choose…</source>
            <translation>Escolher…</translation>
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
            <translation>Escolha uma imagem ou solte-a neste painel</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="68" />
            <source>not set</source>
            <translation>não definido</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="71" />
            <source>Age</source>
            <translation>Idade</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="106" />
            <source>Change…</source>
            <translation>Alterar…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="122" />
            <source>New persona</source>
            <translation>Nova persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="126" />
            <source>Add persona</source>
            <translation>Adicionar persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="133" />
            <source>%1 (copy)</source>
            <translation>%1 (cópia)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="135" />
            <source>Duplicate persona</source>
            <translation>Duplicar persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="146" />
            <source>Delete persona</source>
            <translation>Excluir persona</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="147" />
            <source>Delete “%1”? %2 and %3 go with them. You can undo this.</source>
            <translation>Excluir “%1”? %2 e %3 vão junto. Você pode desfazer isso.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/personas_panel.py" line="148" />
            <source>Their %n rating(s)</source>
            <translation>
                <numerusform>Sua %n avaliação</numerusform>
                <numerusform>Suas %n avaliações</numerusform>
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
            <translation>Escolher uma foto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="161" />
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
            <translation>Imagens (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/personas_panel.py" line="185" />
            <source>That file is not an image CX Designer can read.</source>
            <translation>Esse arquivo não é uma imagem que o CX Designer consiga ler.</translation>
        </message>
    </context>
    <context>
        <name>PickDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="130" />
            <source>Copy into this project from “%1”:</source>
            <translation>Copiar para este projeto de “%1”:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="146" />
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
    </context>
    <context>
        <name>PictureButton</name>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="77" />
            <source>Change…</source>
            <translation>Alterar…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/cell_fields.py" line="77" />
            <source>Choose…</source>
            <translation>Escolher…</translation>
        </message>
    </context>
    <context>
        <name>PlanFields</name>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="22" />
            <source>now</source>
            <extracomment>Offered in the phase list in the editor's language (a phase is the words typed or chosen, kept as they are).</extracomment>
            <translation>agora</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="22" />
            <source>next</source>
            <translation>em seguida</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="23" />
            <source>later</source>
            <translation>depois</translation>
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
            <translation>Quando no plano: agora, em seguida, depois ou uma palavra sua</translation>
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
            <translation>Planejada para</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="46" />
            <source>The day the action is planned for, as year-month-day; empty for none</source>
            <translation>O dia para o qual a ação está planejada, como ano-mês-dia; vazio se não houver</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="52" />
            <source>Move Earlier</source>
            <translation>Antecipar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="52" />
            <source>Apply the selected action earlier</source>
            <translation>Aplicar a ação selecionada antes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="53" />
            <source>Move Later</source>
            <translation>Adiar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="53" />
            <source>Apply the selected action later</source>
            <translation>Aplicar a ação selecionada depois</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/plan_fields.py" line="88" />
            <source>A planned date is written year-month-day, such as 2026-03-01.</source>
            <translation>Uma data planejada se escreve ano-mês-dia, como 2026-03-01.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="39" />
            <source>Preferences</source>
            <extracomment>The languages the editor speaks, each named in itself (as people look for their own).</extracomment>
            <translation>Preferências</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="44" />
            <source>Your name</source>
            <translation>Seu nome</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="46" />
            <source>Each save records it in the file's versions, and each comment under its text.</source>
            <translation>Cada salvamento o registra nas versões do arquivo, e cada comentário abaixo do texto.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="51" />
            <source>As the system (%1)</source>
            <translation>Como o sistema (%1)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="55" />
            <source>The language of menus, panels, templates and exports</source>
            <translation>O idioma dos menus, painéis, modelos e exportações</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="56" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/preferences.py" line="58" />
            <source>A new language takes effect when you restart CX Designer.</source>
            <translation>Um novo idioma passa a valer quando você reiniciar o CX Designer.</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="71" />
            <location filename="../../cxdesigner/ui/presentation.py" line="72" />
            <source>Presentation</source>
            <extracomment>The presentation closed (the editor takes its focus back).</extracomment>
            <translation>Apresentação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="86" />
            <source>Map being presented</source>
            <translation>Mapa em apresentação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="91" />
            <source>Touchpoint details</source>
            <translation>Detalhes do ponto de contato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="93" />
            <source>→ or Space: next touchpoint · ←: previous · ↓ ↑: next or previous stage · Home, End: first, last · Esc: back to the editor</source>
            <translation>→ ou Espaço: próximo ponto de contato · ←: anterior · ↓ ↑: etapa seguinte ou anterior · Home, End: primeiro, último · Esc: voltar ao editor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="219" />
            <source>Pain points</source>
            <translation>Pontos de dor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="220" />
            <source>Positive moments</source>
            <translation>Momentos positivos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/presentation.py" line="221" />
            <source>Actions</source>
            <translation>Ações</translation>
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
            <translation>Visualizar impressão</translation>
        </message>
    </context>
    <context>
        <name>ProjectSettingsDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/project_settings.py" line="16" />
            <location filename="../../cxdesigner/ui/project_settings.py" line="42" />
            <source>Project settings</source>
            <translation>Configurações do projeto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/project_settings.py" line="21" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/project_settings.py" line="24" />
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/project_settings.py" line="26" />
            <source>The name heads every exported and printed map, and is proposed as the file's name.</source>
            <translation>O nome encabeça cada mapa exportado e impresso, e é proposto como nome do arquivo.</translation>
        </message>
    </context>
    <context>
        <name>ProjectionDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="20" />
            <source>&amp;Idea</source>
            <translation>&amp;Ideia</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="21" />
            <source>&amp;Planned</source>
            <translation>&amp;Planejadas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="22" />
            <source>In p&amp;rogress</source>
            <translation>Em an&amp;damento</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="23" />
            <source>&amp;Done</source>
            <translation>&amp;Concluídas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="24" />
            <source>Dr&amp;opped</source>
            <translation>Desca&amp;rtadas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="31" />
            <source>Projected Line of %1</source>
            <translation>Linha projetada de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="33" />
            <source>The projected line shows each persona's satisfaction once the chosen actions have their expected effects. Choose the actions by their status, and by date if you like.</source>
            <translation>A linha projetada mostra a satisfação de cada persona quando as ações escolhidas tiverem seus efeitos esperados. Escolha as ações pelo status e, se quiser, pela data.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="38" />
            <source>Apply the actions that are</source>
            <translation>Aplicar as ações que estão</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="48" />
            <source>Only those planned &amp;by</source>
            <translation>Só as planejadas a&amp;té</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="49" />
            <source>Leave out actions planned later and those with no planned date</source>
            <translation>Deixar de fora as ações planejadas para depois e as sem data planejada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="55" />
            <source>Planned by</source>
            <translation>Planejadas até</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="66" />
            <source>S&amp;witch Off</source>
            <translation>D&amp;esativar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="67" />
            <source>Take the projected line off the map</source>
            <translation>Tirar a linha projetada do mapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="90" />
            <source>No status is ticked: the map shows no projected line.</source>
            <translation>Nenhum status marcado: o mapa não mostra linha projetada.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="95" />
            <source>%n action(s) with an expected effect will be applied.</source>
            <translation>
                <numerusform>%n ação com efeito esperado será aplicada.</numerusform>
                <numerusform>%n ações com efeito esperado serão aplicadas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="103" />
            <source>Projected line</source>
            <translation>Linha projetada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/projection_dialog.py" line="103" />
            <source>Switch off the projected line</source>
            <translation>Desativar a linha projetada</translation>
        </message>
    </context>
    <context>
        <name>RatingFields</name>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="17" />
            <source>Assumption</source>
            <translation>Suposição</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="17" />
            <source>Survey</source>
            <translation>Pesquisa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="17" />
            <source>Interview</source>
            <translation>Entrevista</translation>
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
            <translation>não avaliado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="61" />
            <source>no target</source>
            <translation>sem meta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="62" />
            <source>Satisfaction of %1</source>
            <translation>Satisfação de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="63" />
            <source>Target satisfaction of %1</source>
            <translation>Satisfação-meta de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="64" />
            <source>Where this touchpoint should get to (the to-be line, drawn fainter)</source>
            <translation>Aonde este ponto de contato deve chegar (a linha desejada, desenhada mais clara)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="66" />
            <source>Evidence for %1</source>
            <translation>Evidência para %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/rating_fields.py" line="79" />
            <source>Target</source>
            <translation>Meta</translation>
        </message>
    </context>
    <context>
        <name>RatingHandle</name>
        <message>
            <location filename="../../cxdesigner/canvas/rating_handle.py" line="43" />
            <source>%1: not rated here. Drag up or down to rate.</source>
            <translation>%1: não avaliado aqui. Arraste para cima ou para baixo para avaliar.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="24" />
            <source>Recover unsaved work</source>
            <translation>Recuperar trabalho não salvo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="27" />
            <source>CX Designer closed without saving this work. Recover it to go on where you left off.</source>
            <translation>O CX Designer fechou sem salvar este trabalho. Recupere-o para continuar de onde parou.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="30" />
            <source>Unsaved work</source>
            <translation>Trabalho não salvo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="34" />
            <source>never saved</source>
            <translation>nunca salvo</translation>
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
            <translation>Mais tarde</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/recovery_dialog.py" line="44" />
            <source>Keep the copies and ask again at the next start</source>
            <translation>Manter as cópias e perguntar de novo na próxima inicialização</translation>
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
            <translation>Nada muda até você clicar em Concluir; Desfazer reverte tudo.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="404" />
            <source>Import summary</source>
            <translation>Resumo da importação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="407" />
            <source>Keep the current rating where fewer than %1 people answered</source>
            <translation>Manter a avaliação atual onde menos de %1 pessoas responderam</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="412" />
            <source>Touchpoint</source>
            <translation>Ponto de contato</translation>
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
            <translation>Média</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="413" />
            <source>95% interval</source>
            <translation>Intervalo de 95%</translation>
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
                <numerusform>%n respondente</numerusform>
                <numerusform>%n respondentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="449" />
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n resposta</numerusform>
                <numerusform>%n respostas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="450" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n linha</numerusform>
                <numerusform>%n linhas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="454" />
            <source>Wave “%1”, fieldwork %2.</source>
            <translation>Onda “%1”, campo %2.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="456" />
            <source>Wave “%1”.</source>
            <translation>Onda “%1”.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="458" />
            <source>Replaces the earlier import “%1”.</source>
            <translation>Substitui a importação anterior “%1”.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="461" />
            <source>%n row(s) left out:</source>
            <translation>
                <numerusform>%n linha deixada de fora:</numerusform>
                <numerusform>%n linhas deixadas de fora:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="475" />
            <source>Fewer than %1 answers: read with care</source>
            <translation>Menos de %1 respostas: leia com cuidado</translation>
        </message>
    </context>
    <context>
        <name>SatisfactionLine</name>
        <message>
            <location filename="../../cxdesigner/canvas/satisfaction.py" line="221" />
            <source>%1 after the chosen actions</source>
            <extracomment>The projected line's dash pattern, in pen widths: longer than any persona's own pattern. ``(touchpoint id, persona id, value)`` -&gt; None Told as a story (presentation mode): the index of the last point drawn, None for the whole line.</extracomment>
            <translation>%1 depois das ações escolhidas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/satisfaction.py" line="229" />
            <source>(assumed)</source>
            <translation>(suposta)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/satisfaction.py" line="234" />
            <source>few answers: read with care</source>
            <translation>poucas respostas: leia com cuidado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/satisfaction.py" line="236" />
            <source>95% interval %1 to %2</source>
            <translation>intervalo de 95% de %1 a %2</translation>
        </message>
    </context>
    <context>
        <name>SaveTemplateDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="30" />
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="62" />
            <source>Save as Template</source>
            <translation>Salvar como modelo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="32" />
            <source>New projects can start from this map, with its personas, channels, departments, lanes and everything on it. Survey answers and review comments stay here.</source>
            <translation>Novos projetos podem começar deste mapa, com suas personas, canais, departamentos, raias e tudo o que há nele. As respostas de pesquisa e os comentários de revisão ficam aqui.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="38" />
            <source>Template name</source>
            <translation>Nome do modelo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="39" />
            <source>The name the start page shows</source>
            <translation>O nome que a página inicial mostra</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="41" />
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="43" />
            <source>Template description</source>
            <translation>Descrição do modelo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="44" />
            <source>What the template is for; its first line shows on the start page</source>
            <translation>Para que serve o modelo; a primeira linha aparece na página inicial</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="47" />
            <source>&amp;Description:</source>
            <translation>&amp;Descrição:</translation>
        </message>
    </context>
    <context>
        <name>ScaleGuide</name>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="20" />
            <source>%1 actions</source>
            <translation>ações %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="22" />
            <source>, by %1</source>
            <translation>, até %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="105" />
            <source>measured</source>
            <translation>medida</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="105" />
            <source>assumed</source>
            <translation>suposta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/scale_guide.py" line="124" />
            <source>projected</source>
            <translation>projetada</translation>
        </message>
    </context>
    <context>
        <name>ScaleSpin</name>
        <message>
            <location filename="../../cxdesigner/ui/scale_spin.py" line="28" />
            <source>From %1 to %2, in steps of %3; below %1 means none</source>
            <translation>De %1 a %2, em passos de %3; abaixo de %1 significa nenhuma</translation>
        </message>
    </context>
    <context>
        <name>SceneGestures</name>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="62" />
            <source>Move touchpoint</source>
            <extracomment>What a palette entry carries when dragged: the channel id as UTF-8 (empty for none).</extracomment>
            <translation>Mover ponto de contato</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/canvas/gestures.py" line="62" />
            <source>Move %n touchpoints</source>
            <translation>
                <numerusform>Mover %n ponto de contato</numerusform>
                <numerusform>Mover %n pontos de contato</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="144" />
            <source>Rename touchpoint</source>
            <translation>Renomear ponto de contato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="162" />
            <source>Rename</source>
            <translation>Renomear</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="163" />
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="167" />
            <source>Clear rating of %1</source>
            <translation>Limpar a avaliação de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="170" />
            <source>Rate for %1</source>
            <translation>Avaliar para %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="183" />
            <source>Add Touchpoint Here</source>
            <translation>Adicionar ponto de contato aqui</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="185" />
            <source>Add Sticky Note Here</source>
            <translation>Adicionar nota adesiva aqui</translation>
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
            <translation>Este mapa não mostra nenhuma persona para avaliar.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="248" />
            <source>%1 rated %2 here. Up and Down rate this persona; View &gt; Satisfaction Lines chooses another.</source>
            <translation>%1 avaliou %2 aqui. As setas para cima e para baixo avaliam esta persona; Exibir &gt; Linhas de satisfação escolhe outra.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/gestures.py" line="286" />
            <source>Add a stage to this map first.</source>
            <translation>Adicione primeiro uma etapa a este mapa.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="54" />
            <location filename="../../cxdesigner/canvas/gestures.py" line="291" />
            <source>New touchpoint</source>
            <translation>Novo ponto de contato</translation>
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
            <translation>&amp;Versões…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="44" />
            <source>Every save of this file: name one, open it, restore it or compare with it</source>
            <translation>Cada salvamento deste arquivo: dê nome a um, abra-o, restaure-o ou compare com ele</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="46" />
            <source>Co&amp;mpare With…</source>
            <translation>Co&amp;mparar com…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="46" />
            <source>Show what differs from an earlier version or another file, on the map</source>
            <translation>Mostrar no mapa o que difere de uma versão anterior ou de outro arquivo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="48" />
            <source>&amp;Merge With…</source>
            <translation>Mes&amp;clar com…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="48" />
            <source>Bring in the changes of another copy of this file, or a colleague's comments</source>
            <translation>Trazer as alterações de outra cópia deste arquivo, ou os comentários de um colega</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="50" />
            <source>Save My &amp;Comments…</source>
            <translation>Salvar meus c&amp;omentários…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="50" />
            <source>Save the comments you wrote on this read-only file, for its owner to merge in</source>
            <translation>Salvar os comentários que você escreveu neste arquivo somente leitura, para que o dono os incorpore</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="52" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferências…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="52" />
            <source>Your name, as versions and comments record it</source>
            <translation>Seu nome, como as versões e os comentários o registram</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="139" />
            <source>A conflicted copy of this file lies beside it: %1 (made by %2). Merge its changes in, or compare it with yours.</source>
            <translation>Há uma cópia em conflito deste arquivo ao lado dele: %1 (feita por %2). Incorpore as alterações dela ou compare-a com a sua.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="143" />
            <source>%1's comments on this file lie beside it: %2.</source>
            <translation>Os comentários de %1 sobre este arquivo estão ao lado dele: %2.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="144" />
            <source>A reader</source>
            <translation>Um leitor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="151" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="155" />
            <source>Move to the trash?</source>
            <translation>Mover para a lixeira?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="152" />
            <source>The changes of %1 are now in your document (save it to keep them). Move %1 to the trash?</source>
            <translation>As alterações de %1 já estão no seu documento (salve-o para mantê-las). Mover %1 para a lixeira?</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="156" />
            <source>%1 could not be moved to the trash; remove it yourself when you no longer need it.</source>
            <translation>Não foi possível mover %1 para a lixeira; remova-o você mesmo quando não precisar mais dele.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="175" />
            <source>Versions</source>
            <translation>Versões</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="177" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="238" />
            <source>the version of %1</source>
            <translation>a versão de %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="179" />
            <source>Restore %1</source>
            <translation>Restaurar %1</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="192" />
            <source>The name is written into the file when it is saved.</source>
            <translation>O nome é gravado no arquivo ao salvar.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="198" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="203" />
            <source>Name This Version</source>
            <translation>Dar nome a esta versão</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="199" />
            <source>%1 was changed on disk by someone else; save your document first, then name the version.</source>
            <translation>%1 foi alterado no disco por outra pessoa; salve primeiro o seu documento e depois dê nome à versão.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="211" />
            <source>it is an earlier version</source>
            <translation>é uma versão anterior</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="229" />
            <source>Compare with</source>
            <translation>Comparar com</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="236" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="244" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="248" />
            <source>Compare With</source>
            <translation>Comparar com</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="245" />
            <source>%1 holds only comments: bring them in with File &gt; Merge With….</source>
            <translation>%1 contém só comentários: traga-os com Arquivo &gt; Mesclar com….</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="253" />
            <source>Merge with</source>
            <translation>Mesclar com</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="275" />
            <location filename="../../cxdesigner/ui/shared_files.py" line="289" />
            <source>Save My Comments</source>
            <translation>Salvar meus comentários</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="276" />
            <source>You have written no comments on this file since you opened it.</source>
            <translation>Você não escreveu comentários neste arquivo desde que o abriu.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="281" />
            <source>Save my comments</source>
            <translation>Salvar meus comentários</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/shared_files.py" line="291" />
            <source>Your comments are saved in %1: its owner can merge them in.</source>
            <translation>Seus comentários foram salvos em %1: o dono pode incorporá-los.</translation>
        </message>
    </context>
    <context>
        <name>SidePanels</name>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="32" />
            <source>Opened</source>
            <translation>Aberto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="34" />
            <source>Palette</source>
            <translation>Paleta</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="35" />
            <source>Channels</source>
            <translation>Canais</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="36" />
            <source>History</source>
            <translation>Histórico</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="37" />
            <source>Inspector</source>
            <translation>Inspetor</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="38" />
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="39" />
            <source>Goals &amp;&amp; actions</source>
            <translation>Objetivos &amp;&amp; ações</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="40" />
            <source>Insights</source>
            <translation>Análises</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/side_panels.py" line="41" />
            <source>Comments</source>
            <translation>Comentários</translation>
        </message>
    </context>
    <context>
        <name>StageEditor</name>
        <message>
            <location filename="../../cxdesigner/ui/stage_editor.py" line="25" />
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/stage_editor.py" line="26" />
            <source>Right-click the stage's title on the map to add a stage before or after it, move it or delete it.</source>
            <translation>Clique com o botão direito no título da etapa no mapa para adicionar uma etapa antes ou depois, movê-la ou excluí-la.</translation>
        </message>
    </context>
    <context>
        <name>StageGestures</name>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="29" />
            <source>Add Touchpoint to “%1”</source>
            <translation>Adicionar ponto de contato a “%1”</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="31" />
            <source>Rename Stage…</source>
            <translation>Renomear etapa…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="33" />
            <source>Stage Colour…</source>
            <translation>Cor da etapa…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="35" />
            <source>Add Stage Before</source>
            <translation>Adicionar etapa antes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="36" />
            <source>Add Stage After</source>
            <translation>Adicionar etapa depois</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="37" />
            <source>Move Stage Left</source>
            <translation>Mover etapa para a esquerda</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="39" />
            <source>Move Stage Right</source>
            <translation>Mover etapa para a direita</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="41" />
            <source>Delete Stage…</source>
            <translation>Excluir etapa…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="62" />
            <source>New stage</source>
            <translation>Nova etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="63" />
            <source>Add stage</source>
            <translation>Adicionar etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="73" />
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="76" />
            <source>Rename stage</source>
            <translation>Renomear etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="74" />
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="82" />
            <source>Stage colour</source>
            <translation>Cor da etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="84" />
            <source>Recolour stage</source>
            <translation>Mudar a cor da etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="93" />
            <source>Delete the stage %1 with its %n touchpoint(s)? You can undo this.</source>
            <translation>Excluir a etapa %1 com seus %n pontos de contato? Você pode desfazer isso.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="96" />
            <source>Delete the stages %1 with their %n touchpoint(s)? You can undo this.</source>
            <translation>Excluir as etapas %1 com seus %n pontos de contato? Você pode desfazer isso.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="99" />
            <source>Delete stage</source>
            <translation>Excluir etapa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/canvas/stage_gestures.py" line="108" />
            <source>Delete stages</source>
            <translation>Excluir etapas</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="108" />
            <source>&lt;h1&gt;CX Designer&lt;/h1&gt;&lt;p&gt;Map every contact your customers have with you, and how they feel at each one.&lt;/p&gt;</source>
            <translation>&lt;h1&gt;CX Designer&lt;/h1&gt;&lt;p&gt;Mapeie cada contato que seus clientes têm com você, e como eles se sentem em cada um.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="113" />
            <source>&lt;b&gt;Start from a template&lt;/b&gt;</source>
            <translation>&lt;b&gt;Começar com um modelo&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="116" />
            <source>The language the templates are written in</source>
            <translation>O idioma em que os modelos estão escritos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="117" />
            <source>Template language</source>
            <translation>Idioma dos modelos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="125" />
            <source>Templates &amp;in</source>
            <translation>Modelos &amp;em</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="137" />
            <source>Templates</source>
            <translation>Modelos</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="146" />
            <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
            <translation>&lt;b&gt;Projetos recentes&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="148" />
            <source>Open a project…</source>
            <translation>Abrir um projeto…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="153" />
            <source>Recent projects</source>
            <translation>Projetos recentes</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="175" />
            <source>%1 (your template: right-click to rename or delete it)</source>
            <translation>%1 (seu modelo: clique com o botão direito para renomeá-lo ou excluí-lo)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="208" />
            <source>Projects you open or save appear here.</source>
            <translation>Os projetos que você abre ou salva aparecem aqui.</translation>
        </message>
    </context>
    <context>
        <name>Story</name>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="47" />
            <source>the lowest</source>
            <extracomment>What a screen read from the back of a room holds: longer texts are cut, longer lists shortened.</extracomment>
            <translation>o mais baixo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="49" />
            <source>the highest</source>
            <translation>o mais alto</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="51" />
            <source>dissatisfied</source>
            <translation>insatisfeito</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="51" />
            <source>neutral</source>
            <translation>neutro</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="52" />
            <source>satisfied</source>
            <translation>satisfeito</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="53" />
            <source>%1 on a scale of %2 to %3: %4</source>
            <translation>%1 numa escala de %2 a %3: %4</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="61" />
            <source>%1 · touchpoint %2 of %3</source>
            <translation>%1 · ponto de contato %2 de %3</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="70" />
            <source>not rated yet</source>
            <translation>ainda sem avaliação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="77" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/story.py" line="86" />
            <source>and %1 more</source>
            <translation>e mais %1</translation>
        </message>
    </context>
    <context>
        <name>SurveyWizard</name>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="45" />
            <source>Import survey</source>
            <extracomment>The score spin box's lowest value, shown as "not placed": a label left off the scale.</extracomment>
            <translation>Importar pesquisa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/survey_wizard.py" line="74" />
            <source>Import survey %1</source>
            <translation>Importar pesquisa %1</translation>
        </message>
    </context>
    <context>
        <name>TableImportDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="32" />
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="100" />
            <source>Import Spreadsheet</source>
            <translation>Importar planilha</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="34" />
            <source>Touchpoints, pain points and actions from %1. Items already on the map are matched by title and changed; the others are added.</source>
            <translation>Pontos de contato, pontos de dor e ações de %1. Os itens que já estão no mapa são reconhecidos pelo título e alterados; os outros são adicionados.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="40" />
            <source>Import into</source>
            <translation>Importar em</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="41" />
            <source>The map the tables go into, or a new map</source>
            <translation>O mapa para onde vão as tabelas, ou um mapa novo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="44" />
            <source>A new map</source>
            <translation>Um mapa novo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="46" />
            <source>Import &amp;into</source>
            <translation>Importar &amp;em</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="50" />
            <source>What the import changes</source>
            <translation>O que a importação muda</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="54" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="55" />
            <source>Import as one step (Edit &gt; Undo takes it back)</source>
            <translation>Importar em um só passo (Editar &gt; Desfazer o reverte)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="76" />
            <source>Into a new map "%1".</source>
            <translation>Em um mapa novo “%1”.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="77" />
            <source>Into the map "%1".</source>
            <translation>No mapa “%1”.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="80" />
            <source>Rows left out (%n):</source>
            <translation>
                <numerusform>Linha deixada de fora (%n):</numerusform>
                <numerusform>Linhas deixadas de fora (%n):</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="92" />
            <source>Import spreadsheet</source>
            <translation>Importar planilha</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/table_import_dialog.py" line="93" />
            <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
            <translation>Planilhas (*.xlsx *.csv);;Pastas de trabalho do Excel (*.xlsx);;Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
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
            <translation>Nenhuma biblioteca da equipe foi escolhida (Arquivo &gt; Biblioteca da equipe…).</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="60" />
            <source>The team library is unavailable: %1</source>
            <translation>A biblioteca da equipe não está disponível: %1</translation>
        </message>
    </context>
    <context>
        <name>TeamLibraryDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="28" />
            <source>CX Designer projects (*.cxd);;All files (*)</source>
            <translation>Projetos do CX Designer (*.cxd);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="69" />
            <location filename="../../cxdesigner/ui/library_actions.py" line="105" />
            <source>Team Library</source>
            <translation>Biblioteca da equipe</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="71" />
            <source>A team library is a project file on a shared drive. Its personas, channels and departments can be added to any project, updated and published from the panels.</source>
            <translation>Uma biblioteca da equipe é um arquivo de projeto em uma unidade compartilhada. Suas personas, canais e departamentos podem ser adicionados a qualquer projeto, atualizados e publicados pelos painéis.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="81" />
            <source>Choose File…</source>
            <translation>Escolher arquivo…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="82" />
            <source>Choose the project file your team shares as its library</source>
            <translation>Escolher o arquivo de projeto que sua equipe compartilha como biblioteca</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="84" />
            <source>None</source>
            <translation>Nenhum</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="85" />
            <source>Use no team library; projects keep the items they copied</source>
            <translation>Não usar biblioteca da equipe; os projetos mantêm os itens que copiaram</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_actions.py" line="97" />
            <source>No team library is chosen.</source>
            <translation>Nenhuma biblioteca da equipe foi escolhida.</translation>
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
            <translation>&lt;b&gt;Biblioteca da equipe&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_templates.py" line="62" />
            <source>Team library</source>
            <translation>Biblioteca da equipe</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_templates.py" line="77" />
            <source>The team library holds no maps yet.</source>
            <translation>A biblioteca da equipe ainda não tem mapas.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_templates.py" line="83" />
            <source>%1 (from the team library %2)</source>
            <translation>%1 (da biblioteca da equipe %2)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/library_templates.py" line="97" />
            <source>New project</source>
            <translation>Novo projeto</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialogs</name>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="72" />
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="75" />
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="83" />
            <source>Rename template</source>
            <translation>Renomear modelo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="76" />
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="94" />
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="102" />
            <source>Delete template</source>
            <translation>Excluir modelo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="94" />
            <source>Delete the template “%1”? Projects made from it keep everything; the template cannot be brought back.</source>
            <translation>Excluir o modelo “%1”? Os projetos feitos a partir dele mantêm tudo; o modelo não pode ser recuperado.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="110" />
            <source>Save a copy of the template</source>
            <translation>Salvar uma cópia do modelo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="117" />
            <source>CX Designer template (*.json)</source>
            <translation>Modelo do CX Designer (*.json)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/template_dialogs.py" line="123" />
            <source>%1 could not be written: %2.</source>
            <translation>Não foi possível gravar %1: %2.</translation>
        </message>
    </context>
    <context>
        <name>TemplateList</name>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="78" />
            <source>&amp;Rename…</source>
            <translation>&amp;Renomear…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="79" />
            <source>&amp;Delete…</source>
            <translation>&amp;Excluir…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="81" />
            <source>Save a &amp;Copy…</source>
            <translation>Salvar uma &amp;cópia…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/start_page.py" line="82" />
            <source>A file to send to colleagues: cxdesigner templates --install FILE adds it</source>
            <translation>Um arquivo para enviar a colegas: cxdesigner templates --install FILE o adiciona</translation>
        </message>
    </context>
    <context>
        <name>TitleField</name>
        <message>
            <location filename="../../cxdesigner/canvas/title_editor.py" line="20" />
            <source>Touchpoint title</source>
            <translation>Título do ponto de contato</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="39" />
            <source>Compare With</source>
            <translation>Comparar com</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="39" />
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="48" />
            <source>Versions</source>
            <translation>Versões</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="42" />
            <source>Choose the version to compare this document with, or another file.</source>
            <translation>Escolha a versão com que comparar este documento, ou outro arquivo.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="43" />
            <source>Every save of this file, newest first. The content of named versions, of the last 30 days' saves and of the last 10 saves is kept.</source>
            <translation>Cada salvamento deste arquivo, do mais novo para o mais antigo. O conteúdo das versões com nome, dos salvamentos dos últimos 30 dias e dos 10 últimos salvamentos é guardado.</translation>
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
            <translation>Outro arquivo…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="56" />
            <source>Name This Version…</source>
            <translation>Dar nome a esta versão…</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="59" />
            <source>Open Read-Only</source>
            <translation>Abrir como somente leitura</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="59" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="76" />
            <source> — this file as saved</source>
            <translation> — este arquivo como foi salvo</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="78" />
            <source> — content no longer kept</source>
            <translation> — conteúdo não guardado mais</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="108" />
            <source>Name This Version</source>
            <translation>Dar nome a esta versão</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/versions_dialog.py" line="108" />
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
    </context>
    <context>
        <name>WaveGhost</name>
        <message>
            <location filename="../../cxdesigner/canvas/wave_ghost.py" line="53" />
            <source>Satisfaction in the survey wave %1 (every respondent)</source>
            <translation>Satisfação na onda de pesquisa %1 (todos os respondentes)</translation>
        </message>
    </context>
    <context>
        <name>WavesSection</name>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="53" />
            <source>Wave</source>
            <extracomment>Tints of a cell whose change is supported (light, so the text stays legible in either theme's table).</extracomment>
            <translation>Onda</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="53" />
            <source>Satisfaction</source>
            <translation>Satisfação</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="53" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="55" />
            <source>Survey waves</source>
            <translation>Ondas de pesquisa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="79" />
            <source>Interval to aim for</source>
            <translation>Intervalo desejado</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="80" />
            <source>The plus or minus the next survey's 95% intervals should stay within, on a 1 to 5 scale (carried onto the map's scale)</source>
            <translation>O mais ou menos dentro do qual os intervalos de 95% da próxima pesquisa devem ficar, numa escala de 1 a 5 (levado à escala do mapa)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="83" />
            <source>Interval to aim for (1–5 scale)</source>
            <translation>Intervalo desejado (escala 1–5)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="87" />
            <source>Next survey</source>
            <translation>Próxima pesquisa</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="106" />
            <source>No survey yet: Map &gt; Import Survey… adds one; a survey imported with a wave label each time is compared here.</source>
            <translation>Ainda não há pesquisa: Mapa &gt; Importar pesquisa… adiciona uma; pesquisas importadas a cada vez com um rótulo de onda são comparadas aqui.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="110" />
            <source>%n wave(s), every respondent; ▲ ▼ mark supported changes.</source>
            <translation>
                <numerusform>%n onda, todos os respondentes; ▲ ▼ marcam mudanças respaldadas.</numerusform>
                <numerusform>%n ondas, todos os respondentes; ▲ ▼ marcam mudanças respaldadas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="114" />
            <source>Journey NPS</source>
            <translation>NPS da jornada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="129" />
            <source>Fieldwork %1</source>
            <translation>Campo %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="145" />
            <source>Mean of %n answer(s)</source>
            <translation>
                <numerusform>Média de %n resposta</numerusform>
                <numerusform>Média de %n respostas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="148" />
            <location filename="../../cxdesigner/ui/wave_insights.py" line="165" />
            <source>a supported change</source>
            <translation>uma mudança respaldada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="148" />
            <location filename="../../cxdesigner/ui/wave_insights.py" line="165" />
            <source>not a supported change</source>
            <translation>não é uma mudança respaldada</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="149" />
            <source>%1 by %2 since %3: %4 (Welch's t = %5, df = %6, p = %7)</source>
            <translation>%1 %2 desde %3: %4 (t de Welch = %5, gl = %6, p = %7)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="150" />
            <source>Up</source>
            <translation>Subiu</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="150" />
            <source>Down</source>
            <translation>Caiu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="162" />
            <source>NPS of %n answer(s)</source>
            <translation>
                <numerusform>NPS de %n resposta</numerusform>
                <numerusform>NPS de %n respostas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="166" />
            <source>%1 ± %2 points since %3: %4</source>
            <translation>%1 ± %2 pontos desde %3: %4</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="195" />
            <source>%1: one answer so far, too few to plan from</source>
            <translation>%1: uma resposta até agora, poucas demais para planejar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="197" />
            <source>%1: enough (±%2 from %n answer(s))</source>
            <translation>
                <numerusform>%1: suficiente (±%2 com %n resposta)</numerusform>
                <numerusform>%1: suficiente (±%2 com %n respostas)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cxdesigner/ui/wave_insights.py" line="200" />
            <source>%1: &lt;b&gt;%n more answer(s)&lt;/b&gt;</source>
            <translation>
                <numerusform>%1: &lt;b&gt;mais %n resposta&lt;/b&gt;</numerusform>
                <numerusform>%1: &lt;b&gt;mais %n respostas&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="201" />
            <source>(%1 in all; ±%2 now)</source>
            <translation>(%1 no total; ±%2 agora)</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/ui/wave_insights.py" line="203" />
            <source>For 95% intervals of ±%1 on this map's scale:</source>
            <translation>Para intervalos de 95% de ±%1 na escala deste mapa:</translation>
        </message>
    </context>
    <context>
        <name>pages</name>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="46" />
            <source>landscape</source>
            <extracomment>No text on paper smaller than this, in points (``--min-font``). The smallest text a map draws, in points at 100% (the texts of ``canvas.text``; see ``scene_font``). Sheets offered, smallest first, when a map needs a larger one. A poster taller than this many sheets is no poster any more: refused.</extracomment>
            <translation>paisagem</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="47" />
            <source>portrait</source>
            <translation>retrato</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="49" />
            <source>“%1” would take more than %6 rows of %5 sheets to keep its text at %4 pt: choose larger sheets.</source>
            <translation>“%1” precisaria de mais de %6 fileiras de folhas %5 para manter o texto em %4 pt: escolha folhas maiores.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="53" />
            <source>“%1” needs %2 %3 or larger to keep its text at %4 pt or more on one page: choose %2, or a poster of %5 sheets.</source>
            <translation>“%1” precisa de %2 %3 ou maior para manter o texto em %4 pt ou mais numa página: escolha %2, ou um pôster de folhas %5.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="57" />
            <source>“%1” is too large for one page even on A0 %3 at %4 pt: make it a poster of %5 sheets.</source>
            <translation>“%1” é grande demais para uma página mesmo em A0 %3 a %4 pt: transforme-o em um pôster de folhas %5.</translation>
        </message>
        <message>
            <location filename="../../cxdesigner/render/pages.py" line="220" />
            <source>row %1 of %2, sheet %3 of %4</source>
            <translation>fileira %1 de %2, folha %3 de %4</translation>
        </message>
    </context>
</TS>
