"""Import a survey: choose the CSV, check what its columns mean, review, confirm.

Parsing and statistics live in ``interchange.survey_csv`` and ``analysis.measured``;
this wizard shows their proposals, lets the user correct the mapping, lists the
rows left out by line, and only on Finish changes the project: the dataset (in
place of an earlier import of the same survey) and the measured ratings, as one
undo step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWizard, QWizardPage)

from cxdesigner.analysis.measured import DEFAULT_MIN_ANSWERS, measure_ratings, rating_changes
from cxdesigner.editor.commands import AddItemCommand, MacroCommand, RemoveItemCommand, SetRatingCommand
from cxdesigner.editor.document import Document
from cxdesigner.canvas.style import fixed_number
from cxdesigner.interchange.survey_csv import (SurveyCsvError, SurveyImport, SurveyMapping, SurveyTable,
                                               build_survey, propose_mapping, read_survey_table)

MAX_FILE_BYTES = 200 * 1024 * 1024
MATCH_NOTES = {"exact": "same title", "near": "similar title", "none": "no match: choose"}


class SurveyWizard(QWizard):
    def __init__(self, document: Document, map_id: str, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.document, self.map_id, self.settings = document, map_id, settings
        self.table: SurveyTable | None = None
        self.mapping: SurveyMapping | None = None
        self.result: SurveyImport | None = None
        self.setWindowTitle(self.tr("Import survey"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page, self.mapping_page, self.review_page = FilePage(self), MappingPage(self), ReviewPage(self)
        for page in (self.file_page, self.mapping_page, self.review_page):
            self.addPage(page)
        self.resize(760, 560)

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
            commands.append(SetRatingCommand(project, change.map_id, change.touchpoint_id, change.persona_id,
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
        self.setSubTitle(self.tr("A CSV file as a spreadsheet or survey tool writes it: one row per respondent "
                                 "with a column per touchpoint, or one row per answer."))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Survey file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File"), row)
        self.name = QLineEdit()
        self.name.setToolTip(self.tr("Importing a survey of the same name again replaces it"))
        form.addRow(self.tr("Name"), self.name)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c92a2a")
        form.addRow(self.problem)
        self.path.textChanged.connect(self._path_changed)

    def browse(self) -> None:
        folder = str(self.wizard().settings.value("files/last_folder", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Survey file"), folder,
                                              self.tr("CSV files (*.csv *.txt *.tsv);;All files (*)"))
        if path:
            self.path.setText(path)

    def _path_changed(self, text: str) -> None:
        if text and not self.name.isModified():
            self.name.setText(Path(text).stem)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path.text().strip() and self.name.text().strip())

    def validatePage(self) -> bool:
        """Read the file now; a problem stays on this page as one sentence."""
        wizard, path = self.wizard(), Path(self.path.text().strip()).expanduser()
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise SurveyCsvError(self.tr("The file is larger than 200 MB."))
            wizard.table = read_survey_table(path.read_bytes())
            wizard.mapping = propose_mapping(wizard.table, wizard.document.project, wizard.map_id)
        except OSError as error:
            self.problem.setText(self.tr("Could not read %1: %2.").replace("%1", path.name).replace(
                "%2", error.strerror or str(error)))
            return False
        except SurveyCsvError as error:
            self.problem.setText(f"{path.name}: {error}")
            return False
        self.problem.clear()
        return True


class MappingPage(QWizardPage):
    """Which touchpoint each question measures, which persona each segment is, and the survey's scale."""

    def __init__(self, wizard: SurveyWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Check what the columns mean"))
        self.setSubTitle(self.tr("Questions were matched to touchpoints by title. Correct any match, and say "
                                 "which scale the survey used: its scores are converted to the map's scale."))
        layout = QVBoxLayout(self)
        self.form_note = QLabel()
        layout.addWidget(self.form_note)
        self.questions = QTableWidget(0, 3)
        self.questions.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Touchpoint"), self.tr("Match")])
        self.questions.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.questions.setColumnWidth(0, 240)
        self.questions.verticalHeader().hide()
        self.questions.setAccessibleName(self.tr("Questions and touchpoints"))
        layout.addWidget(self.questions, 2)
        self.segments = QTableWidget(0, 2)
        self.segments.setHorizontalHeaderLabels([self.tr("Segment"), self.tr("Persona")])
        self.segments.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.segments.verticalHeader().hide()
        layout.addWidget(self.segments, 1)
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

    def initializePage(self) -> None:
        wizard = self.wizard()
        mapping, jmap = wizard.mapping, wizard.jmap
        table = wizard.table
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
            self.questions.setItem(row, 0, QTableWidgetItem(question))
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

    def validatePage(self) -> bool:
        """Write the user's choices back into the mapping."""
        mapping = self.wizard().mapping
        for row in range(self.questions.rowCount()):
            mapping.questions[self.questions.item(row, 0).text()] = self.questions.cellWidget(row, 1).currentData()
        for row in range(self.segments.rowCount()):
            mapping.segments[self.segments.item(row, 0).text()] = self.segments.cellWidget(row, 1).currentData()
        mapping.persona_id = self.default_persona.currentData()
        mapping.scale_low, mapping.scale_high = self.low.value(), self.high.value()
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
                                         name=name, source=Path(source).name)
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
