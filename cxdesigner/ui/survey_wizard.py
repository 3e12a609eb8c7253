"""Import a survey: choose the CSV, check what its columns mean, review, confirm.

Parsing and statistics live in ``interchange.survey_csv`` and ``analysis.measured``;
this wizard shows their proposals, lets the user correct the mapping, lists the
rows left out by line, and only on Finish changes the project: the dataset (in
place of an earlier import of the same survey) and the measured ratings, as one
undo step.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWizard, QWizardPage)

from cxdesigner.analysis.measured import DEFAULT_MIN_ANSWERS, measure_ratings, rating_changes
from cxdesigner.editor.commands import AddItemCommand, MacroCommand, RemoveItemCommand, SetValueCommand
from cxdesigner.editor.document import Document
from cxdesigner.canvas.style import fixed_number
from cxdesigner.model import RATING
from cxdesigner.model.bounds import FIELDWORK_YEARS, MAX_WAVE_LABEL
from cxdesigner.interchange.survey_csv import (SurveyCsvError, SurveyImport, SurveyMapping, SurveyTable,
                                               build_survey, propose_mapping)
from cxdesigner.interchange.survey_layouts import GENERIC, LAYOUTS, recognise
from cxdesigner.interchange.survey_sources import survey_rows

MAX_FILE_BYTES = 200 * 1024 * 1024
MATCH_NOTES = {"exact": "same title", "near": "similar title", "none": "no match: choose"}
#: The score spin box's lowest value, shown as "not placed": a label left off the scale.
NOT_PLACED = -1001.0


class SurveyWizard(QWizard):
    def __init__(self, document: Document, map_id: str, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.document, self.map_id, self.settings = document, map_id, settings
        self.table: SurveyTable | None = None
        self.mapping: SurveyMapping | None = None
        self.result: SurveyImport | None = None
        self.split: tuple | None = None  # the file's rows, lines, encoding and delimiter, read once
        self.wave_fields: dict = {}
        self.setWindowTitle(self.tr("Import survey"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page, self.mapping_page, self.review_page = FilePage(self), MappingPage(self), ReviewPage(self)
        for page in (self.file_page, self.mapping_page, self.review_page):
            self.addPage(page)
        self.resize(800, 680)

    def read_as(self, layout: str | None) -> None:
        """Recognise the rows read in ``layout`` (``None``: the one their header names) and propose a mapping."""
        rows, lines, encoding, delimiter = self.split
        self.table = recognise(rows, lines, layout=layout, encoding=encoding, delimiter=delimiter)[0]
        self.mapping = propose_mapping(self.table, self.document.project, self.map_id)

    @property
    def jmap(self):
        return self.document.project.find(self.map_id)

    def accept(self) -> None:
        """Finish: the dataset and the measured ratings, as one undo step."""
        project, result = self.document.project, self.result
        commands = []
        index = None
        if result.replaces is not None:
            index = project.surveys.index(result.replaces)
            commands.append(RemoveItemCommand(project, result.replaces.id))
        commands.append(AddItemCommand(project, result.dataset, index=index))
        for change in self.review_page.changes():
            commands.append(SetValueCommand(project, RATING, change.map_id, change.touchpoint_id, change.persona_id,
                                            change.new.value, **change.details))
        label = self.tr("Import survey %1").replace("%1", result.dataset.name)
        try:
            self.document.push(MacroCommand(project, label, commands))
        except ValueError as error:
            self.review_page.summary.setPlainText(str(error))
            return
        super().accept()


class FilePage(QWizardPage):
    def __init__(self, wizard: SurveyWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose the survey file"))
        self.setSubTitle(self.tr("A survey tool's export (Qualtrics, SurveyMonkey, Google Forms, Microsoft Forms, "
                                 "Typeform, LimeSurvey), or a CSV file or Excel workbook with one row per "
                                 "respondent and a column per touchpoint, or one row per answer."))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Survey file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File"), row)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet.setToolTip(self.tr("The sheet of an Excel workbook that holds the answers"))
        self.sheet.setPlaceholderText(self.tr("Only for Excel workbooks"))
        self.sheet.setEnabled(False)
        form.addRow(self.tr("Sheet"), self.sheet)
        self.name = QLineEdit()
        self.name.setToolTip(self.tr("Importing a survey of the same name again replaces it"))
        form.addRow(self.tr("Name"), self.name)
        self.wave = QLineEdit()
        self.wave.setMaxLength(MAX_WAVE_LABEL)
        self.wave.setPlaceholderText(self.tr("such as 2026 Q3"))
        self.wave.setAccessibleName(self.tr("Wave"))
        self.wave.setToolTip(self.tr("Which wave of this map's surveys this is: Insights compares the waves, "
                                     "and surveys of one wave are pooled"))
        form.addRow(self.tr("Wave"), self.wave)
        period = QHBoxLayout()
        self.fieldwork_start, self.fieldwork_end = QLineEdit(), QLineEdit()
        for edit, name in ((self.fieldwork_start, self.tr("Fieldwork from")),
                           (self.fieldwork_end, self.tr("Fieldwork to"))):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            edit.setMaxLength(10)
            edit.setAccessibleName(name)
            edit.setToolTip(self.tr("When the answers were collected (leave empty when not known); it orders "
                                    "the waves"))
        period.addWidget(self.fieldwork_start)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.fieldwork_end)
        form.addRow(self.tr("Fieldwork from"), period)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c92a2a")
        form.addRow(self.problem)
        self.path.textChanged.connect(self._path_changed)

    def browse(self) -> None:
        folder = str(self.wizard().settings.value("files/last_folder", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Survey file"), folder,
                                              self.tr("Survey files (*.csv *.txt *.tsv *.xlsx);;"
                                                      "CSV files (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx);;"
                                                      "All files (*)"))
        if path:
            self.path.setText(path)

    def _path_changed(self, text: str) -> None:
        if text and not self.name.isModified():
            self.name.setText(Path(text).stem)
        self._offer_sheets(Path(text.strip()).expanduser())
        self.completeChanged.emit()

    def _offer_sheets(self, path: Path) -> None:
        """A workbook's sheets to choose from (the first chosen); a CSV file has none."""
        from cxdesigner.interchange.survey_sources import WORKBOOK_SUFFIXES
        from cxdesigner.interchange.workbook import MAX_BYTES, WorkbookError, sheet_titles
        self.sheet.clear()
        titles = []
        if path.suffix.lower() in WORKBOOK_SUFFIXES:
            from cxdesigner.inputs import InputError, read_limited
            try:
                titles = sheet_titles(read_limited(path, MAX_BYTES, "workbook"), name=path.name)
            except (InputError, WorkbookError):
                titles = []  # said when the page is left
        self.sheet.addItems(titles)
        self.sheet.setCurrentIndex(0 if titles else -1)
        self.sheet.setEnabled(bool(titles))

    def isComplete(self) -> bool:
        return bool(self.path.text().strip() and self.name.text().strip())

    def validatePage(self) -> bool:
        """Read the file now; a problem stays on this page as one sentence."""
        wizard, path = self.wizard(), Path(self.path.text().strip()).expanduser()
        fields = self._wave_fields()
        if fields is None:
            return False
        wizard.wave_fields = fields
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise SurveyCsvError(self.tr("The file is larger than 200 MB."))
            wizard.split = survey_rows(path, self.sheet.currentText() if self.sheet.isEnabled() else None)
            wizard.read_as(None)
        except OSError as error:
            self.problem.setText(self.tr("Could not read %1: %2.").replace("%1", path.name).replace(
                "%2", error.strerror or str(error)))
            return False
        except SurveyCsvError as error:
            text = str(error)  # a workbook's refusals name the file already
            self.problem.setText(text if text.startswith(path.name) else f"{path.name}: {text}")
            return False
        self.problem.clear()
        return True


    def _wave_fields(self) -> dict | None:
        """The wave label and fieldwork dates typed; ``None`` (and one sentence shown) when a date is wrong."""
        days = []
        for edit in (self.fieldwork_start, self.fieldwork_end):
            text = edit.text().strip()
            try:
                day = date.fromisoformat(text) if text else None
            except ValueError:
                day = date.min
            if day is not None and not FIELDWORK_YEARS[0] <= day.year <= FIELDWORK_YEARS[1]:
                self.problem.setText(self.tr("“%1” is not a date: write it as YYYY-MM-DD, such as 2026-07-01.")
                                     .replace("%1", text))
                edit.setFocus()
                return None
            days.append(day)
        if days[0] and days[1] and days[1] < days[0]:
            self.problem.setText(self.tr("The fieldwork ends before it starts."))
            self.fieldwork_end.setFocus()
            return None
        return {"wave": self.wave.text().strip(), "fieldwork_start": days[0], "fieldwork_end": days[1]}


class MappingPage(QWizardPage):
    """Which touchpoint each question measures, which persona each segment is, and the survey's scale."""

    def __init__(self, wizard: SurveyWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Check what the columns mean"))
        self.setSubTitle(self.tr("Questions were matched to touchpoints by title. Correct any match, and say "
                                 "which scale the survey used: its scores are converted to the map's scale."))
        layout = QVBoxLayout(self)
        read = QFormLayout()
        self.layout_choice = QComboBox()
        self.layout_choice.setAccessibleName(self.tr("Layout"))
        self.layout_choice.setToolTip(self.tr("The survey tool that wrote the file: recognised from its header; "
                                              "choose another to read it differently"))
        for known in LAYOUTS:
            self.layout_choice.addItem(self.tr("%1 export").replace("%1", known.title), known.name)
        self.layout_choice.addItem(self.tr("Plain table"), GENERIC)
        self.layout_choice.activated.connect(self._layout_chosen)
        read.addRow(self.tr("Layout"), self.layout_choice)
        layout.addLayout(read)
        self.reading_note = QLabel()
        self.reading_note.setWordWrap(True)
        layout.addWidget(self.reading_note)
        self.form_note = QLabel()
        layout.addWidget(self.form_note)
        self.questions = QTableWidget(0, 3)
        self.questions.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Touchpoint"), self.tr("Match")])
        self.questions.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.questions.setColumnWidth(0, 240)
        self.questions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.questions.verticalHeader().hide()
        self.questions.setAccessibleName(self.tr("Questions and touchpoints"))
        layout.addWidget(self.questions, 2)
        self.segments = QTableWidget(0, 2)
        self.segments.setHorizontalHeaderLabels([self.tr("Segment"), self.tr("Persona")])
        self.segments.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.segments.verticalHeader().hide()
        layout.addWidget(self.segments, 1)
        self.labels = QTableWidget(0, 2)
        self.labels.setHorizontalHeaderLabels([self.tr("Answer label"), self.tr("Score")])
        self.labels.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.labels.setColumnWidth(1, 160)
        self.labels.verticalHeader().hide()
        self.labels.setAccessibleName(self.tr("Answer labels and scores"))
        self.labels.setToolTip(self.tr("The score each answer label stands for; a label not placed on the scale "
                                       "leaves its rows out, reported by line"))
        layout.addWidget(self.labels, 2)
        form = QFormLayout()
        self.default_persona = QComboBox()
        self.default_persona.setToolTip(self.tr("The persona of respondents without a segment"))
        form.addRow(self.tr("Respondents without a segment"), self.default_persona)
        scale = QHBoxLayout()
        self.low, self.high = QDoubleSpinBox(), QDoubleSpinBox()
        for spin in (self.low, self.high):
            spin.setRange(-1000, 1000)
            spin.setDecimals(1)
            scale.addWidget(spin)
        scale.addStretch()
        form.addRow(self.tr("Survey scale, from – to"), scale)
        layout.addLayout(form)

    def _persona_combo(self, current: str | None, empty: str) -> QComboBox:
        wizard = self.wizard()
        combo = QComboBox()
        combo.addItem(empty, None)
        for persona_id in wizard.jmap.persona_ids:
            combo.addItem(wizard.document.project.find(persona_id).name, persona_id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _layout_chosen(self, index: int) -> None:
        """Read the file again in the layout chosen; a problem is shown, the earlier reading kept."""
        wizard = self.wizard()
        before = (wizard.table, wizard.mapping)
        try:
            wizard.read_as(self.layout_choice.itemData(index))
        except SurveyCsvError as error:
            wizard.table, wizard.mapping = before
            self.initializePage()
            self.reading_note.setText(str(error))
            return
        self.initializePage()

    def _describe(self, reading) -> str:
        """How the file was read, as the plan says it: "Read as a Qualtrics export: 3 header rows, ..."."""
        parts = [self.tr("%n header row(s)", "", reading.header_rows)]
        if reading.respondent:
            parts.append(self.tr("respondents from “%1”").replace("%1", reading.respondent))
        if reading.ignored:
            parts.append(self.tr("%n metadata column(s) ignored", "", len(reading.ignored)))
        if reading.unfinished:
            lines = ", ".join(map(str, reading.unfinished[:10])) + (", …" if len(reading.unfinished) > 10 else "")
            parts.append(self.tr("%n unfinished response(s) left out (lines %1)", "",
                                 len(reading.unfinished)).replace("%1", lines))
        what = (self.tr("Read as a plain table: %1.") if reading.name == GENERIC else
                self.tr("Read as a %2 export: %1.").replace("%2", reading.layout.title))
        return what.replace("%1", ", ".join(parts))

    @staticmethod
    def _clear(table: QTableWidget) -> None:
        """Empty a table now: its cell widgets hidden at once (Qt deletes them later)."""
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                widget = table.cellWidget(row, column)
                if widget is not None:
                    widget.hide()
                    table.removeCellWidget(row, column)
        table.setRowCount(0)

    def initializePage(self) -> None:
        wizard = self.wizard()
        mapping, jmap = wizard.mapping, wizard.jmap
        table = wizard.table
        for shown in (self.questions, self.segments, self.labels):
            self._clear(shown)
        reading = table.reading
        if reading is not None:
            self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(reading.name)))
            self.reading_note.setText(self._describe(reading))
        self.reading_note.setVisible(reading is not None)
        rows = len(table.rows)
        note = (self.tr("%n row(s), one per respondent.", "", rows) if mapping.form == "wide"
                else self.tr("%n row(s), one per answer.", "", rows))
        nps = mapping.nps_column or mapping.nps_question
        if nps:
            note += " " + self.tr("Recommendation (NPS, 0-10): “%1”.").replace("%1", nps)
        self.form_note.setText(note)
        self.form_note.setWordWrap(True)
        self.questions.setRowCount(len(mapping.questions))
        for row, (question, touchpoint_id) in enumerate(mapping.questions.items()):
            item = QTableWidgetItem(question)
            item.setToolTip(question)
            self.questions.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("— leave out —"), None)
            for touchpoint in jmap.touchpoints:
                combo.addItem(touchpoint.title, touchpoint.id)
            combo.setCurrentIndex(max(0, combo.findData(touchpoint_id)))
            self.questions.setCellWidget(row, 1, combo)
            self.questions.setItem(row, 2, QTableWidgetItem(self.tr(MATCH_NOTES[mapping.matches.get(question,
                                                                                                   "none")])))
        self.segments.setRowCount(len(mapping.segments))
        for row, (segment, persona_id) in enumerate(mapping.segments.items()):
            self.segments.setItem(row, 0, QTableWidgetItem(segment))
            self.segments.setCellWidget(row, 1, self._persona_combo(persona_id, self.tr("— no persona —")))
        self.segments.setVisible(bool(mapping.segments))
        self.default_persona.clear()
        self.default_persona.addItem(self.tr("— no persona —"), None)
        for persona_id in jmap.persona_ids:
            self.default_persona.addItem(wizard.document.project.find(persona_id).name, persona_id)
        self.default_persona.setCurrentIndex(max(0, self.default_persona.findData(mapping.persona_id)))
        self.low.setValue(mapping.scale_low)
        self.high.setValue(mapping.scale_high)
        self.labels.setRowCount(len(mapping.labels))
        for row, (label, score) in enumerate(mapping.labels.items()):
            self.labels.setItem(row, 0, QTableWidgetItem(label))
            spin = QDoubleSpinBox()
            spin.setRange(NOT_PLACED, 1000)
            spin.setDecimals(1)
            spin.setSpecialValueText(self.tr("— not placed —"))
            spin.setValue(NOT_PLACED if score is None else score)
            spin.setAccessibleName(self.tr("Score of %1").replace("%1", label))
            self.labels.setCellWidget(row, 1, spin)
        self.labels.setVisible(bool(mapping.labels))

    def validatePage(self) -> bool:
        """Write the user's choices back into the mapping."""
        mapping = self.wizard().mapping
        for row in range(self.questions.rowCount()):
            mapping.questions[self.questions.item(row, 0).text()] = self.questions.cellWidget(row, 1).currentData()
        for row in range(self.segments.rowCount()):
            mapping.segments[self.segments.item(row, 0).text()] = self.segments.cellWidget(row, 1).currentData()
        mapping.persona_id = self.default_persona.currentData()
        mapping.scale_low, mapping.scale_high = self.low.value(), self.high.value()
        for row in range(self.labels.rowCount()):
            score = self.labels.cellWidget(row, 1).value()
            mapping.labels[self.labels.item(row, 0).text()] = None if score == NOT_PLACED else score
        return True


class ReviewPage(QWizardPage):
    """What the import will do: respondents, rows left out (by line), and the measured ratings."""

    def __init__(self, wizard: SurveyWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Review and import"))
        self.setSubTitle(self.tr("Nothing changes until you press Finish; Undo takes it all back."))
        layout = QVBoxLayout(self)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(self.tr("Import summary"))
        self.summary.setMaximumHeight(120)
        layout.addWidget(self.summary, 1)
        self.skip_few = QCheckBox(self.tr("Keep the current rating where fewer than %1 people answered").replace(
            "%1", str(DEFAULT_MIN_ANSWERS)))
        self.skip_few.toggled.connect(self._show)
        layout.addWidget(self.skip_few)
        self.ratings = QTableWidget(0, 5)
        self.ratings.setHorizontalHeaderLabels([self.tr("Touchpoint"), self.tr("Persona"), self.tr("n"),
                                                self.tr("Mean"), self.tr("95% interval")])
        header = self.ratings.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ratings.setColumnWidth(1, 200)
        self.ratings.verticalHeader().hide()
        layout.addWidget(self.ratings, 2)

    def initializePage(self) -> None:
        wizard = self.wizard()
        name = wizard.file_page.name.text().strip()
        source = wizard.file_page.path.text().strip()
        self.problem = None
        try:
            wizard.result = build_survey(wizard.table, wizard.mapping, wizard.document.project, wizard.map_id,
                                         name=name, source=Path(source).name, **wizard.wave_fields)
        except SurveyCsvError as error:
            wizard.result, self.problem = None, str(error)
        self._show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wizard().result is not None

    def changes(self):
        wizard = self.wizard()
        return rating_changes(wizard.document.project, wizard.result.dataset, skip_few=self.skip_few.isChecked())

    def _show(self) -> None:
        wizard, result = self.wizard(), self.wizard().result
        if result is None:
            self.summary.setPlainText(self.problem or "")
            self.ratings.setRowCount(0)
            return
        lines = [self.tr("%1, %2 from %3.").replace("%1", self.tr("%n respondent(s)", "", result.respondents))
                 .replace("%2", self.tr("%n answer(s)", "", len(result.dataset.answers)))
                 .replace("%3", self.tr("%n row(s)", "", result.rows_read))]
        dataset = result.dataset
        if dataset.wave:
            days = " – ".join(d.isoformat() if d else "?" for d in (dataset.fieldwork_start, dataset.fieldwork_end))
            lines.append(self.tr("Wave “%1”, fieldwork %2.").replace("%1", dataset.wave).replace("%2", days)
                         if dataset.fieldwork_start or dataset.fieldwork_end
                         else self.tr("Wave “%1”.").replace("%1", dataset.wave))
        if result.replaces is not None:
            lines.append(self.tr("Replaces the earlier import “%1”.").replace("%1", result.replaces.name))
        lines += result.notes
        if result.problems:
            lines.append(self.tr("%n row(s) left out:", "", len(result.problems)))
            lines += [f"  {problem}" for problem in result.problems[:200]]
        self.summary.setPlainText("\n".join(lines))
        project, jmap = wizard.document.project, wizard.jmap
        titles = {t.id: t.title for t in jmap.touchpoints}
        measured = measure_ratings(project, result.dataset)
        self.ratings.setRowCount(len(measured))
        for row, m in enumerate(measured):
            interval = "—" if m.interval_low is None else f"{fixed_number(m.interval_low)} – {fixed_number(m.interval_high)}"
            cells = (titles[m.touchpoint_id], project.find(m.persona_id).name,
                     f"{m.n}" + (" ⚠" if m.few_answers else ""), fixed_number(m.mean), interval)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if m.few_answers:
                    item.setToolTip(self.tr("Fewer than %1 answers: read with care").replace(
                        "%1", str(DEFAULT_MIN_ANSWERS)))
                self.ratings.setItem(row, column, item)
