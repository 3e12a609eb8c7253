"""Survey answers from an Excel workbook: the same survey as the CSV file it was saved from, on the command line
and in the wizard, any sheet of it."""

from __future__ import annotations

import csv
import io
from importlib import resources

import pytest
from PySide6.QtCore import QSettings

from workbooks import workbook_bytes
from cxdesigner.cli import main
from cxdesigner.editor.document import Document
from cxdesigner.interchange.survey_csv import SurveyCsvError, build_survey, propose_mapping, read_survey_table
from cxdesigner.interchange.survey_sources import read_survey_source
from cxdesigner.interchange.templates import load_template
from cxdesigner.storage import open_project


def _cell(text: str):
    """As a spreadsheet holds what it read from CSV: numbers as numbers."""
    try:
        return int(text)
    except ValueError:
        return text or None


def hotel_survey() -> tuple[bytes, bytes]:
    """The bundled hotel survey as CSV, and as a workbook whose second sheet holds it (numbers as numbers)."""
    data = (resources.files("cxdesigner.resources") / "samples" / "hotel-survey.csv").read_bytes()
    rows = [[_cell(c) for c in row] for row in csv.reader(io.StringIO(data.decode("utf-8")))]
    return data, workbook_bytes(("Notes", [["Fieldwork in March"]]), ("Answers", rows))


def _answers(table):
    project = load_template("hotel")
    jmap = project.maps[0]
    mapping = propose_mapping(table, project, jmap.id)
    result = build_survey(table, mapping, project, jmap.id, name="Survey")
    titles = {t.id: t.title for t in jmap.touchpoints}
    questions = {q: titles.get(t) for q, t in mapping.questions.items()}
    return (mapping.form, mapping.scale_low, mapping.scale_high, mapping.nps_column, questions), [(a.respondent, a.question, a.value, a.segment, a.comment) for a in result.dataset.answers]


def test_a_sheet_makes_the_same_survey_as_the_csv_it_was_saved_from(tmp_path):
    data, book = hotel_survey()
    (tmp_path / "answers.xlsx").write_bytes(book)
    from_csv = _answers(read_survey_table(data))
    table = read_survey_source(tmp_path / "answers.xlsx", "Answers")
    assert table.encoding == "sheet 'Answers'" and table.lines[0] == 2
    assert _answers(table) == from_csv
    with pytest.raises(SurveyCsvError, match="holds no table"):
        read_survey_source(tmp_path / "answers.xlsx")  # the first sheet: a note, not a table
    (tmp_path / "answers.csv").write_bytes(data)
    with pytest.raises(SurveyCsvError, match="has no sheets"):
        read_survey_source(tmp_path / "answers.csv", "Answers")


def test_the_survey_command_reads_a_workbook_sheet(tmp_path, capsys):
    _, book = hotel_survey()
    path, answers = tmp_path / "hotel.cxd", tmp_path / "answers.xlsx"
    answers.write_bytes(book)
    assert main(["new", str(path), "--template", "hotel"]) == 0
    assert main(["survey", str(path), str(answers), "--sheet", "Wave 9"]) == 1
    assert capsys.readouterr().err == "cxdesigner: answers.xlsx has no sheet called 'Wave 9'; its sheets are 'Notes', 'Answers'.\n"
    assert main(["survey", str(path), str(answers), "--sheet", "Answers", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "sheet 'Answers', wide form, scale 1 to 5" in out and "Imported " in out
    (survey,) = open_project(path).surveys
    assert survey.source == "answers.xlsx" and survey.nps_question.startswith("How likely")


def test_the_wizard_offers_the_sheets_of_a_workbook(qtbot, tmp_path):
    from cxdesigner.ui.survey_wizard import SurveyWizard
    _, book = hotel_survey()
    (tmp_path / "answers.xlsx").write_bytes(book)
    document = Document(load_template("hotel"))
    wizard = SurveyWizard(document, document.project.maps[0].id,
                          QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    page.path.setText(str(tmp_path / "answers.xlsx"))
    assert page.sheet.isEnabled() and [page.sheet.itemText(i) for i in range(page.sheet.count())] == [
        "Notes", "Answers"]
    wizard.next()
    assert wizard.currentPage() is page and "holds no table" in page.problem.text()
    page.sheet.setCurrentText("Answers")
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    wizard.accept()
    assert len(document.project.surveys) == 1 and document.undo_stack.count() == 1
