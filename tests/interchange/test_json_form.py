"""The JSON form: exact round trip, and plain refusals of what is not a project."""

import json

import pytest

from cxdesigner.interchange.json_form import FORMAT, VERSION, JsonFormError, dumps, loads


def test_round_trip_with_photo(project):
    project.personas[0].photo = b"\x89PNG\r\n\x1a\n\x00binary"
    text = dumps(project)
    document = json.loads(text)
    assert document["format"] == FORMAT and document["version"] == VERSION
    assert document["project"]["personas"][0]["photo"] == "iVBORw0KGgoAYmluYXJ5"
    assert loads(text) == project


def _edit(project, change):
    document = json.loads(dumps(project))
    change(document)
    return json.dumps(document)


@pytest.mark.parametrize("change,message", [
    (lambda d: d.update(format="something-else"), "not a CX Designer project"),
    (lambda d: d.update(version=VERSION + 1), f"version {VERSION + 1}.*up to {VERSION}"),
    (lambda d: d["project"]["maps"][0].update(lanes=["satisfaction"]), "always shows its touchpoints"),
    (lambda d: d["project"]["maps"][0].update(spacing="random"), "malformed"),
    (lambda d: d.update(version=0), "no valid format version"),
    (lambda d: d["project"]["maps"][0]["touchpoints"][0].update(title=7), "title must be text"),
    (lambda d: d["project"]["maps"][0]["touchpoints"][0].update(colour="red"), "unknown fields: colour"),
    (lambda d: d["project"]["maps"][0]["ratings"][0].update(value=99), "between 1 and 5"),
    (lambda d: d["project"]["maps"][0]["ratings"][0].update(value=True), "must be a number"),
    (lambda d: d["project"]["personas"][0].update(photo="***"), "not valid base64"),
    (lambda d: d["project"]["personas"][0].update(photo="\u0080"), "not valid base64"),
    (lambda d: d["project"]["maps"][0]["touchpoints"][0].update(stage_id="gone"), "inconsistent"),
    (lambda d: d["project"]["maps"][0]["touchpoints"][0].pop("title"), "malformed"),
    (lambda d: d["project"]["maps"][0]["scale"].update(low=9), "malformed.*low end"),
    (lambda d: d["project"]["maps"][0]["pain_points"][0].update(evidence="rumour"), "malformed"),
])
def test_bad_json_is_refused_plainly(project, change, message):
    with pytest.raises(JsonFormError, match=message) as caught:
        loads(_edit(project, change))
    assert "\n" not in str(caught.value)


def test_not_json_at_all():
    with pytest.raises(JsonFormError, match="not valid JSON"):
        loads("name,score\n")
    with pytest.raises(JsonFormError, match="not a CX Designer project"):
        loads("[1, 2]")


def test_version_1_documents_still_read_with_default_lanes(project):
    from cxdesigner.model import DEFAULT_LANES
    document = json.loads(dumps(project))
    document["version"] = 1
    for jmap in document["project"]["maps"]:
        del jmap["lanes"], jmap["spacing"]
    assert loads(json.dumps(document)).maps[0].lanes == DEFAULT_LANES


def _with_a_wave(project):
    from datetime import date

    from cxdesigner.model import SurveyAnswer, SurveyDataset
    jmap = project.maps[0]
    project.add(SurveyDataset(name="Summer", map_id=jmap.id, question_touchpoints={"Q1": jmap.touchpoints[0].id},
                              answers=[SurveyAnswer(respondent="r1", question="Q1", value=4.0)], wave="2026 Q3",
                              fieldwork_start=date(2026, 7, 1), fieldwork_end=date(2026, 7, 31)))
    return project


def test_a_surveys_wave_and_fieldwork_round_trip(project):
    _with_a_wave(project)
    document = json.loads(dumps(project))
    (survey,) = document["project"]["surveys"]
    assert (survey["wave"], survey["fieldwork_start"], survey["fieldwork_end"]) == ("2026 Q3", "2026-07-01",
                                                                                    "2026-07-31")
    assert loads(dumps(project)) == project


def test_version_5_documents_read_with_surveys_of_no_wave(project):
    document = json.loads(dumps(_with_a_wave(project)))
    document["version"] = 5
    for survey in document["project"]["surveys"]:
        del survey["wave"], survey["fieldwork_start"], survey["fieldwork_end"]
    (survey,) = loads(json.dumps(document)).surveys
    assert (survey.wave, survey.fieldwork_start, survey.fieldwork_end) == ("", None, None)


@pytest.mark.parametrize("change, message", [
    (lambda s: s.update(fieldwork_start="2026-08-01"), "fieldwork ends on or after the day it starts"),
    (lambda s: s.update(fieldwork_end="July"), r"fieldwork_end is not a date"),
    (lambda s: s.update(wave="x" * 101), "at most 100 characters"),
    (lambda s: s.update(wave=3), r"wave must be text"),
])
def test_a_wrong_wave_is_refused_in_one_sentence(project, change, message):
    document = json.loads(dumps(_with_a_wave(project)))
    change(document["project"]["surveys"][0])
    with pytest.raises(JsonFormError, match=message):
        loads(json.dumps(document))


def test_a_broken_rule_quoting_an_unprintable_id_is_still_one_printable_sentence(project):
    """Found by the JSON fuzz family: two items sharing the id U+D7FC (unassigned)."""
    document = json.loads(dumps(project))
    channels = document["project"]["channels"]
    channels[0]["id"] = channels[1]["id"] = "\ud7fc"
    with pytest.raises(JsonFormError) as refused:
        loads(json.dumps(document))
    assert str(refused.value) == "This JSON project is inconsistent: Two items share the id ?."
