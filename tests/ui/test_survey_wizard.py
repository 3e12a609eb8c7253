"""The survey wizard, driven page by page on the bundled hotel survey and on a bad file."""

from importlib import resources

import pytest
from PySide6.QtCore import QSettings

from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import Evidence
from cxdesigner.ui.survey_wizard import SurveyWizard


@pytest.fixture
def wizard(qtbot, tmp_path):
    document = Document(load_template("hotel"))
    wizard = SurveyWizard(document, document.project.maps[0].id,
                          QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def sample_survey():
    return str(resources.files("cxdesigner.resources") / "samples" / "hotel-survey.csv")


def test_the_hotel_survey_imports_as_one_undo_step_with_measured_ratings(wizard):
    document = wizard.document
    project, jmap = document.project, document.project.maps[0]
    wizard.file_page.path.setText(sample_survey())
    assert wizard.file_page.name.text() == "hotel-survey"
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert wizard.mapping_page.questions.rowCount() >= len(jmap.touchpoints)
    wizard.next()
    review = wizard.review_page
    assert wizard.currentPage() is review and "respondents" in review.summary.toPlainText()
    assert review.ratings.rowCount() > 0 and not project.surveys  # nothing imported yet
    wizard.accept()
    assert len(project.surveys) == 1 and document.undo_stack.count() == 1
    measured = [r for r in jmap.ratings.values() if r.evidence == Evidence.SURVEY]
    assert measured and all(r.n and r.interval_low <= r.value <= r.interval_high for r in measured)
    document.undo_stack.undo()
    assert not project.surveys and not any(r.evidence == Evidence.SURVEY for r in jmap.ratings.values())


def test_a_bad_file_stays_on_the_first_page_with_one_sentence(wizard, tmp_path):
    bad = tmp_path / "empty.csv"
    bad.write_bytes(b"")
    wizard.file_page.path.setText(str(bad))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.problem.text().startswith("empty.csv: ")
    wizard.file_page.path.setText(str(tmp_path / "missing.csv"))
    wizard.next()
    assert "Could not read missing.csv" in wizard.file_page.problem.text()


def test_the_wave_and_its_fieldwork_are_asked_and_kept(wizard):
    from datetime import date
    page = wizard.file_page
    page.path.setText(sample_survey())
    page.wave.setText(" 2026 Q3 ")
    page.fieldwork_start.setText("2026-07-01")
    page.fieldwork_end.setText("2026-06-30")
    wizard.next()
    assert wizard.currentPage() is page and page.problem.text() == "The fieldwork ends before it starts."
    page.fieldwork_end.setText("31/07/2026")
    wizard.next()
    assert wizard.currentPage() is page and "“31/07/2026” is not a date" in page.problem.text()
    page.fieldwork_end.setText("")
    wizard.next()
    wizard.next()
    assert "Wave “2026 Q3”, fieldwork 2026-07-01 – ?." in wizard.review_page.summary.toPlainText()
    wizard.accept()
    (survey,) = wizard.document.project.surveys
    assert (survey.wave, survey.fieldwork_start, survey.fieldwork_end) == ("2026 Q3", date(2026, 7, 1), None)
