"""Answer labels as scores: every label set in English, Spanish, French, German and Portuguese, with
mixed case and extra spaces; a label set no one knows is reported by line, never guessed."""

import pytest

from cxdesigner.analysis.matching import fold
from cxdesigner.interchange.survey_csv import build_survey, propose_mapping, read_survey_table
from cxdesigner.interchange.survey_labels import KNOWN, LABEL_SETS, label_scale, label_score
from cxdesigner.interchange.templates import load_template

#: Written here again, on purpose, from each language's usual wording (not read from the module).
SETS = {
    "satisfaction": {
        "en": ["Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied",
               "Very satisfied"],
        "es": ["Muy insatisfecho", "Insatisfecho", "Ni satisfecho ni insatisfecho", "Satisfecho", "Muy satisfecho"],
        "fr": ["Très insatisfait", "Insatisfait", "Ni satisfait ni insatisfait", "Satisfait", "Très satisfait"],
        "de": ["Sehr unzufrieden", "Unzufrieden", "Weder zufrieden noch unzufrieden", "Zufrieden", "Sehr zufrieden"],
        "pt": ["Muito insatisfeito", "Insatisfeito", "Nem satisfeito nem insatisfeito", "Satisfeito",
               "Muito satisfeito"]},
    "agreement": {
        "en": ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"],
        "es": ["Totalmente en desacuerdo", "En desacuerdo", "Ni de acuerdo ni en desacuerdo", "De acuerdo",
               "Totalmente de acuerdo"],
        "fr": ["Pas du tout d'accord", "Pas d'accord", "Ni d'accord ni pas d'accord", "D'accord",
               "Tout à fait d'accord"],
        "de": ["Stimme überhaupt nicht zu", "Stimme nicht zu", "Stimme weder zu noch nicht zu", "Stimme zu",
               "Stimme voll und ganz zu"],
        "pt": ["Discordo totalmente", "Discordo", "Não concordo nem discordo", "Concordo", "Concordo totalmente"]},
    "quality": {
        "en": ["Poor", "Fair", "Good", "Very good", "Excellent"],
        "es": ["Malo", "Regular", "Bueno", "Muy bueno", "Excelente"],
        "fr": ["Médiocre", "Passable", "Bon", "Très bon", "Excellent"],
        "de": ["Schlecht", "Ausreichend", "Gut", "Sehr gut", "Ausgezeichnet"],
        "pt": ["Ruim", "Razoável", "Bom", "Muito bom", "Excelente"]},
}
LIKELY = {"en": ("Not at all likely", "Extremely likely"), "es": ("Nada probable", "Extremadamente probable"),
          "fr": ("Pas du tout probable", "Extrêmement probable"),
          "de": ("Überhaupt nicht wahrscheinlich", "Äußerst wahrscheinlich"),
          "pt": ("Nada provável", "Extremamente provável")}


def messy(label: str) -> str:
    """The label as people and tools mistype it: case changed, spaces doubled and around."""
    return "  " + "  ".join(word.upper() if i % 2 else word.lower() for i, word in enumerate(label.split())) + " "


@pytest.mark.parametrize("kind, language", [(k, lang) for k in SETS for lang in SETS[k]])
def test_every_label_set_in_every_language_maps_to_one_to_five(kind, language):
    labels = SETS[kind][language]
    assert [label_score(label) for label in labels] == [1, 2, 3, 4, 5]
    assert [label_score(messy(label)) for label in labels] == [1, 2, 3, 4, 5]
    assert label_scale(labels) == (1, 5)


@pytest.mark.parametrize("language", LIKELY)
def test_the_ends_of_the_recommendation_question(language):
    low, high = LIKELY[language]
    assert label_score(low) == 0 and label_score(high) == 10
    assert label_score(f"0 - {low}") == 0 and label_score(f"10 - {high}") == 10
    assert label_scale([low, high]) is None  # the 0-10 NPS question says nothing of the survey's scale


def test_numbered_labels_and_what_is_no_label():
    assert label_score("0 - Not at all likely") == 0 and label_score("5 = Very satisfied") == 5
    assert label_score("(4) Good") == 4 and label_score("3: Neutral") == 3
    for text in ("Meh", "5", "11/10/2026 10:02", "2026-11-01", "", "   ", "Satisfied-ish", "Very very satisfied"):
        assert label_score(text) is None, text


def test_no_wording_stands_for_two_scores():
    wordings = [(fold(w), label_set.first + point) for label_set in LABEL_SETS
                for point, words in enumerate(label_set.points) for w in words]
    assert all(KNOWN[folded][0] == score for folded, score in wordings)
    assert len(wordings) == len(KNOWN) > 100  # no wording repeated, in one set or two


def survey(text):
    hotel = load_template("hotel")
    jmap = hotel.maps[0]
    table = read_survey_table(text)
    mapping = propose_mapping(table, hotel, jmap.id)
    return mapping, build_survey(table, mapping, hotel, jmap.id, name="Labels")


def test_labels_become_scores_and_the_mapping_shows_them():
    mapping, result = survey("Respondent,Arrives at the reception,Pays for the stay\n"
                             "a,very SATISFIED,Good\nb,  neither satisfied nor dissatisfied ,Excellent\n"
                             "c,Dissatisfied,poor\n")
    assert (mapping.scale_low, mapping.scale_high) == (1, 5)
    assert mapping.labels == {"Dissatisfied": 2, "neither satisfied nor dissatisfied": 3, "very SATISFIED": 5,
                              "poor": 1, "Good": 3, "Excellent": 5}
    assert not result.problems
    assert sorted((a.respondent, a.value) for a in result.dataset.answers) == [
        ("a", 3), ("a", 5), ("b", 3), ("b", 5), ("c", 1), ("c", 2)]


def test_an_unknown_label_set_is_reported_by_line_not_guessed():
    mapping, result = survey("Respondent,Arrives at the reception\n"
                             "a,Meh\nb,Kinda ok\nc,Meh\nd,4\n")
    assert mapping.labels == {"Kinda ok": None, "Meh": None}
    assert [str(p) for p in result.problems] == [
        "Line 2: 'Meh' for 'Arrives at the reception' is not a number or a known answer label",
        "Line 3: 'Kinda ok' for 'Arrives at the reception' is not a number or a known answer label",
        "Line 4: 'Meh' for 'Arrives at the reception' is not a number or a known answer label"]
    assert "Unknown answer labels, their rows left out: 'Meh' (lines 2, 4); 'Kinda ok' (line 3)." in result.notes
    assert [a.value for a in result.dataset.answers] == [4]


def test_a_label_the_user_places_is_used_and_one_taken_off_the_scale_is_reported():
    hotel = load_template("hotel")
    jmap = hotel.maps[0]
    table = read_survey_table("Respondent,Arrives at the reception\na,Meh\nb,Satisfied\n")
    mapping = propose_mapping(table, hotel, jmap.id)
    mapping.labels["Meh"] = 3
    mapping.labels["Satisfied"] = None
    result = build_survey(table, mapping, hotel, jmap.id, name="Labels")
    assert [a.value for a in result.dataset.answers] == [3]
    assert [p.line for p in result.problems] == [3]


def test_free_text_columns_are_no_label_sets():
    mapping, _ = survey("Respondent,Arrives at the reception,What did you think?\n" + "".join(
        f"r{i},4,Words number {i} here\n" for i in range(40)))
    assert mapping.labels == {}
