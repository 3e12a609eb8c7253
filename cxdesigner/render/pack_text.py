"""What a stakeholder pack says after the map: its pages as one rich-text document.

For one map: a page per persona (photo, profile, quote, goals along the journey, their
line drawn small), the action plan as a table in plan order, the pain points with
severity and evidence, the insights summary and, when asked, the review comments. A
``QTextDocument`` wraps every text whole (long words too), breaks tables over pages with
their header row repeated, and keeps the text as text in the PDF; ``pack.py`` pages it.

Sizes are in points converted to the device's pixels (``Style``), never below the
paper's smallest text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QUrl, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QImage, QPainter, QPaintDevice, QTextBlockFormat, QTextCharFormat, QTextCursor,
                           QTextDocument, QTextFormat, QTextFrameFormat, QTextImageFormat, QTextLength,
                           QTextOption, QTextTableFormat)
from PySide6.QtWidgets import QApplication

from cxdesigner.canvas.style import short_number
from cxdesigner.canvas.words import choice_name
from cxdesigner.model import Action, JourneyMap, PainPoint, Persona, Project, Stage, Touchpoint
from cxdesigner.model.comments import Comment
from cxdesigner.render.persona_line import LINE_OBJECT, PersonaLineObject, line_data, line_format
from cxdesigner.render.summary import COLUMNS as SUMMARY_COLUMNS, summary_rows

MM_PER_INCH = 25.4
PHOTO_MM = 22.0
MUTED = QColor("#4b5563")
RULE = QColor("#c3c9d3")
HEADER_FILL = QColor("#eef1f6")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Pack", text)


#: The action plan's columns and their shares of the width (%).
PLAN_COLUMNS = ((QT_TRANSLATE_NOOP("Pack", "Order"), 5), (QT_TRANSLATE_NOOP("Pack", "Phase"), 5),
                (QT_TRANSLATE_NOOP("Pack", "Action"), 19), (QT_TRANSLATE_NOOP("Pack", "Touchpoint"), 9),
                (QT_TRANSLATE_NOOP("Pack", "Pain point"), 13), (QT_TRANSLATE_NOOP("Pack", "Owner"), 9),
                (QT_TRANSLATE_NOOP("Pack", "Priority"), 6), (QT_TRANSLATE_NOOP("Pack", "Status"), 7),
                (QT_TRANSLATE_NOOP("Pack", "Resources available"), 10),
                (QT_TRANSLATE_NOOP("Pack", "Resources needed"), 10),
                (QT_TRANSLATE_NOOP("Pack", "Expected effect"), 7))
#: On a page narrower than ``WIDE_MM`` (A4 portrait, Letter), order, phase and date share a column,
#: and so do priority and status, so no header or short word has to break.
NARROW_PLAN_COLUMNS = ((QT_TRANSLATE_NOOP("Pack", "Order"), 6), (QT_TRANSLATE_NOOP("Pack", "Action"), 19),
                       (QT_TRANSLATE_NOOP("Pack", "Touchpoint"), 10),
                       (QT_TRANSLATE_NOOP("Pack", "Pain point"), 13), (QT_TRANSLATE_NOOP("Pack", "Owner"), 12),
                       (QT_TRANSLATE_NOOP("Pack", "Priority and status"), 12),
                       (QT_TRANSLATE_NOOP("Pack", "Resources available"), 11),
                       (QT_TRANSLATE_NOOP("Pack", "Resources needed"), 11),
                       (QT_TRANSLATE_NOOP("Pack", "Effect"), 6))
WIDE_MM = 250.0
PAIN_COLUMNS = (("#", 4), (QT_TRANSLATE_NOOP("Pack", "Pain point"), 46),
                (QT_TRANSLATE_NOOP("Pack", "Severity"), 10), (QT_TRANSLATE_NOOP("Pack", "Evidence"), 12),
                (QT_TRANSLATE_NOOP("Pack", "Touchpoints"), 28))


@dataclass(frozen=True)
class Style:
    """Point sizes for a device of ``dpi``, scaled up when the paper's smallest text is above 7 pt."""

    dpi: float
    min_font: float = 7.0

    @property
    def factor(self) -> float:
        return max(1.0, self.min_font / 7.0)

    @staticmethod
    def px(points: float) -> float:
        """A length of the document's formats (margins, borders, image sizes): Qt lays those out
        in pixels of a 96 dpi screen and scales them to the device itself."""
        return points / 72 * 96

    def font(self, points: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(QApplication.font())
        font.setPointSizeF(points * self.factor)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def chars(self, points: float, *, bold: bool = False, italic: bool = False,
              color: QColor | None = None) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFont(self.font(points, bold, italic))
        if color is not None:
            fmt.setForeground(QBrush(color))
        return fmt


def pack_document(project: Project, jmap: JourneyMap, style: Style, width: float, *,
                  comments: bool = False, device: QPaintDevice | None = None) -> QTextDocument:
    """The pages after ``jmap``'s picture, for a text area ``width`` pixels wide on ``device``
    (whose resolution turns the points into pixels)."""
    document = QTextDocument()
    if device is not None:
        document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setDefaultFont(style.font(9))
    option = QTextOption(document.defaultTextOption())
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setTextWidth(width)
    handler = PersonaLineObject(style.dpi, width, style.font(7), document)
    document.documentLayout().registerHandler(LINE_OBJECT, handler)
    writer = _Writer(document, style, project, jmap, width / style.dpi * MM_PER_INCH >= WIDE_MM)
    writer.cursor.beginEditBlock()  # laid out once at the end: a table re-laid after every cell is quadratic
    for persona_id in jmap.persona_ids:
        writer.persona(project.find(persona_id))
    writer.plan()
    writer.pain_points()
    writer.insights()
    if comments:
        writer.comments()
    writer.cursor.endEditBlock()
    return document


class _Writer:
    """Appends the pack's sections to a document through one cursor."""

    def __init__(self, document: QTextDocument, style: Style, project: Project, jmap: JourneyMap,
                 wide: bool = True) -> None:
        self.document, self.style, self.project, self.jmap, self.wide = document, style, project, jmap, wide
        self.cursor = QTextCursor(document)
        self.first = True
        self.titles = {t.id: t.title for t in jmap.touchpoints}

    # -- blocks ------------------------------------------------------------------------------

    def heading(self, text: str, points: float = 15, *, new_page: bool = False) -> None:
        block = QTextBlockFormat()
        block.setTopMargin(0 if new_page else self.style.px(points * 0.8))
        block.setBottomMargin(self.style.px(5))
        if new_page and not self.first:  # the document's first page is a new page already
            block.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        self._block(block)
        self.cursor.insertText(text, self.style.chars(points, bold=True))

    def paragraph(self, text: str, points: float = 9, *, bold: bool = False, italic: bool = False,
                  color: QColor | None = None, indent: float = 0, after: float = 3) -> None:
        block = QTextBlockFormat()
        block.setBottomMargin(self.style.px(after))
        block.setLeftMargin(self.style.px(indent))
        self._block(block)
        self.cursor.insertText(text, self.style.chars(points, bold=bold, italic=italic, color=color))

    def labelled(self, label: str, text: str) -> None:
        """``Label:`` in bold, then the text, as one paragraph."""
        if not text.strip():
            return
        block = QTextBlockFormat()
        block.setBottomMargin(self.style.px(4))
        self._block(block)
        self.cursor.insertText(label + "  ", self.style.chars(9, bold=True))
        self.cursor.insertText(text, self.style.chars(9))

    def _block(self, block: QTextBlockFormat) -> None:
        """A new paragraph (the document's first one is already there)."""
        if self.first:
            self.cursor.setBlockFormat(block)
            self.first = False
        else:
            self.cursor.insertBlock(block)

    def table(self, columns: tuple[tuple[str, int], ...], rows: list[tuple[str, ...]]) -> None:
        """A ruled table whose header row repeats on every page it runs onto; cells wrap their whole text."""
        self._block(QTextBlockFormat())
        fmt = QTextTableFormat()
        fmt.setHeaderRowCount(1)
        fmt.setCellPadding(self.style.px(2.5))
        fmt.setCellSpacing(0)
        fmt.setBorder(1.0)  # one pixel of a 96 dpi screen: about 0.75 pt
        fmt.setBorderBrush(QBrush(RULE))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderCollapse(True)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, share)
                                       for _, share in columns])
        table = self.cursor.insertTable(len(rows) + 1, len(columns), fmt)
        for column, (title, _) in enumerate(columns):
            cell = table.cellAt(0, column)
            cell_format = cell.format()
            cell_format.setBackground(QBrush(HEADER_FILL))
            cell.setFormat(cell_format)
            cell.firstCursorPosition().insertText(_tr(title), self.style.chars(7.5, bold=True))
        for row, values in enumerate(rows, 1):
            for column, value in enumerate(values):
                table.cellAt(row, column).firstCursorPosition().insertText(value, self.style.chars(8))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    # -- sections ------------------------------------------------------------------------------

    def persona(self, persona: Persona) -> None:
        self.heading(persona.name, 16, new_page=True)
        facts = " · ".join(part for part in (
            _tr(QT_TRANSLATE_NOOP("Pack", "%1 years old")).replace("%1", str(persona.age)) if persona.age is not None else "",
            persona.occupation) if part)
        self._profile_card(persona, facts)
        for label, text in ((_tr(QT_TRANSLATE_NOOP("Pack", "Demographics")), persona.demographics), (_tr(QT_TRANSLATE_NOOP("Pack", "Psychographics")), persona.psychographics),
                            (_tr(QT_TRANSLATE_NOOP("Pack", "Motivations")), persona.motivations), (_tr(QT_TRANSLATE_NOOP("Pack", "Frustrations")), persona.frustrations),
                            (_tr(QT_TRANSLATE_NOOP("Pack", "Biography")), persona.biography)):
            self.labelled(label, text)
        goals = [g for g in self.jmap.goals if g.persona_id == persona.id]
        if goals:
            self.heading(_tr(QT_TRANSLATE_NOOP("Pack", "Goals along the journey")), 11)
            for goal in goals:
                self.paragraph(f"• {goal.text}  ({self._span(goal.first_id, goal.last_id)})", indent=4)
        self.heading(_tr(QT_TRANSLATE_NOOP("Pack", "Satisfaction along the journey")), 11)
        self._block(QTextBlockFormat())
        self.cursor.insertText("\ufffc", line_format(line_data(self.jmap, persona.id, persona.color)))
        key = "   ".join(f"{number} {touchpoint.title}"
                         for number, touchpoint in enumerate(self.jmap.touchpoints, 1))
        self.paragraph(key, 7.5, color=MUTED)

    def _profile_card(self, persona: Persona, facts: str) -> None:
        """The photo (or initial) at the left; at its right the age and occupation, and the quote."""
        photo = _photo(persona)
        name = f"persona-photo:{persona.id}"
        self.document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), photo)
        image = QTextImageFormat()
        image.setName(name)
        side = self.style.px(PHOTO_MM / MM_PER_INCH * 72)
        image.setWidth(side)
        image.setHeight(side * photo.height() / max(1, photo.width()))
        self._block(QTextBlockFormat())
        fmt = QTextTableFormat()
        fmt.setBorder(0)
        fmt.setCellPadding(0)
        fmt.setCellSpacing(0)
        fmt.setBottomMargin(self.style.px(8))
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.FixedLength, side + self.style.px(12)),
                                       QTextLength(QTextLength.Type.VariableLength, 0)])
        table = self.cursor.insertTable(1, 2, fmt)
        table.cellAt(0, 0).firstCursorPosition().insertImage(image)
        cursor = table.cellAt(0, 1).firstCursorPosition()
        block = QTextBlockFormat()
        block.setBottomMargin(self.style.px(6))
        cursor.setBlockFormat(block)
        if facts:
            cursor.insertText(facts, self.style.chars(10, color=MUTED))
        if persona.quote.strip():
            if facts:
                cursor.insertBlock(block)
            cursor.insertText(f"“{persona.quote.strip()}”", self.style.chars(12, italic=True))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def _span(self, first_id: str, last_id: str) -> str:
        names = []
        for item_id in (first_id, last_id):
            found = self.project.lookup(item_id)
            item = found[0] if found else None
            names.append(item.name if isinstance(item, Stage) else item.title if isinstance(item, Touchpoint) else "")
        return names[0] if names[0] == names[1] else f"{names[0]} → {names[1]}"

    def plan(self) -> None:
        self.heading(_tr(QT_TRANSLATE_NOOP("Pack", "Action plan")), new_page=True)
        if not self.jmap.actions:
            self.paragraph(_tr(QT_TRANSLATE_NOOP("Pack", "No actions yet.")), color=MUTED)
            return
        self.paragraph(_tr(QT_TRANSLATE_NOOP("Pack", "In the order to apply them.")), color=MUTED)
        pains = {p.id: p.text for p in self.jmap.pain_points}
        departments = {d.id: d.name for d in self.project.departments}
        rows = [self._action_row(number, action, pains, departments) for number, action in
                enumerate(self.jmap.actions, 1)]
        if self.wide:
            self.table(PLAN_COLUMNS, rows)
        else:
            self.table(NARROW_PLAN_COLUMNS, [_narrow(row) for row in rows])

    def _action_row(self, number: int, action: Action, pains: dict, departments: dict) -> tuple[str, ...]:
        order = "\n".join(filter(None, (str(number), action.planned_on.isoformat() if action.planned_on else "")))
        effect = "" if action.expected_effect is None else short_number(action.expected_effect, sign=True)
        return (order, action.phase, action.text, self.titles.get(action.touchpoint_id or "", ""),
                pains.get(action.pain_point_id or "", ""), departments.get(action.owner_id or "", ""),
                _word(action.priority.value), _word(action.status.value), action.resources_available,
                action.resources_needed, effect)

    def pain_points(self) -> None:
        self.heading(_tr(QT_TRANSLATE_NOOP("Pack", "Pain points")), new_page=True)
        if not self.jmap.pain_points:
            self.paragraph(_tr(QT_TRANSLATE_NOOP("Pack", "No pain points yet.")), color=MUTED)
            return
        self.table(PAIN_COLUMNS, [self._pain_row(number, pain) for number, pain in enumerate(self.jmap.pain_points, 1)])

    def _pain_row(self, number: int, pain: PainPoint) -> tuple[str, ...]:
        return (str(number), pain.text, _tr(QT_TRANSLATE_NOOP("Pack", "%1 of 5")).replace("%1", str(pain.severity)), _word(pain.evidence.value),
                "\n".join(self.titles[t] for t in pain.touchpoint_ids if t in self.titles))

    def insights(self) -> None:
        self.heading(_tr(QT_TRANSLATE_NOOP("Pack", "Insights")))
        if not self.jmap.persona_ids:
            self.paragraph(_tr(QT_TRANSLATE_NOOP("Pack", "No persona is on this map, so there are no scores.")), color=MUTED)
            return
        shares = (16, 12, 12, 14, 22, 24)
        self.table(tuple((QCoreApplication.translate("SummaryBlock", c), s) for c, s in zip(SUMMARY_COLUMNS, shares)),
                   summary_rows(self.project, self.jmap))

    def comments(self) -> None:
        self.heading(_tr(QT_TRANSLATE_NOOP("Pack", "Review comments")), new_page=True)
        threads = [c for c in self.jmap.comments if c.reply_to_id is None]
        if not threads:
            self.paragraph(_tr(QT_TRANSLATE_NOOP("Pack", "No comments.")), color=MUTED)
            return
        for thread in threads:
            state = _tr(QT_TRANSLATE_NOOP("Pack", "Resolved")) if thread.resolved else _tr(QT_TRANSLATE_NOOP("Pack", "Open"))
            self.paragraph(f"{self._about(thread.target_id)} · {state}", 9.5, bold=True, after=2)
            for comment in [thread, *(c for c in self.jmap.comments if c.reply_to_id == thread.id)]:
                reply = comment is not thread
                self.paragraph(_said(comment), 7.5, color=MUTED, indent=14 if reply else 0, after=0)
                self.paragraph(comment.text, indent=14 if reply else 0, after=5)

    def _about(self, target_id: str) -> str:
        found = self.project.lookup(target_id)
        item = found[0] if found else None
        if isinstance(item, JourneyMap) or item is None:
            return _tr(QT_TRANSLATE_NOOP("Pack", "The map"))
        if isinstance(item, Stage):
            return _tr(QT_TRANSLATE_NOOP("Pack", "Stage “%1”")).replace("%1", item.name)
        if isinstance(item, Touchpoint):
            return _tr(QT_TRANSLATE_NOOP("Pack", "Touchpoint “%1”")).replace("%1", item.title)
        if isinstance(item, PainPoint):
            return _tr(QT_TRANSLATE_NOOP("Pack", "Pain point “%1”")).replace("%1", item.text)
        if isinstance(item, Action):
            return _tr(QT_TRANSLATE_NOOP("Pack", "Action “%1”")).replace("%1", item.text)
        return _tr(QT_TRANSLATE_NOOP("Pack", "The map"))


def _narrow(row: tuple[str, ...]) -> tuple[str, ...]:
    """A plan row for ``NARROW_PLAN_COLUMNS``: phase under the order and date, status under priority."""
    order, phase, action, touchpoint, pain, owner, priority, status, available, needed, effect = row
    return ("\n".join(filter(None, (order, phase))), action, touchpoint, pain, owner, f"{priority}\n{status}",
            available, needed, effect)


def _said(comment: Comment) -> str:
    who = comment.author or _tr(QT_TRANSLATE_NOOP("Pack", "Someone"))
    return who + (f", {comment.created_at:%Y-%m-%d %H:%M}" if comment.created_at else "")


def _word(value: str) -> str:
    """An enum's value as a word for people: "in_progress" -> "In progress"."""
    return choice_name(value)


def _photo(persona: Persona) -> QImage:
    """The persona's photo, or (as on the map) their initial in a disc of their colour."""
    image = QImage.fromData(persona.photo) if persona.photo else QImage()
    if not image.isNull():
        return image
    side = 240
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(persona.color))
    painter.drawEllipse(QRectF(0, 0, side, side))
    font = QFont(QApplication.font())
    font.setPixelSize(side // 2)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, persona.name[:1].upper())
    painter.end()
    return image


__all__ = ["NARROW_PLAN_COLUMNS", "PAIN_COLUMNS", "PLAN_COLUMNS", "Style", "pack_document"]
