"""JSON projects, mutated: any value anywhere replaced by a hostile one, fields dropped or added,
raw numbers no float can hold. Each is a sound project or one plain sentence."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings, strategies as st

from fuzz_harness import EXAMPLES, assert_drawable, check_run, cli, fingerprint, plain_message
from cxdesigner.interchange.json_form import JsonFormError, dumps, loads
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import SurveyAnswer, SurveyDataset

#: Tokens written into the text as they are: what json.dumps would never produce.
RAW = ["9" * 4301, "7" * 401, "-" + "1" * 31, "1e400", "-1e400", "NaN", "Infinity", "-Infinity", "1e308",
       "9223372036854775807", "-0.0", "4.9e-324", "123456789012345678901234567890"]
HOSTILE = st.one_of(
    st.sampled_from([None, True, False, 0, -1, 1.5, 1e308, -1e308, 2**63, "", " ", "\x00", "\x1b[2J", "#zzz",
                     "survey\x00", "#", "x" * 10_000, [], {}, [[[]]], {"x": 1}, "2024-13-45T99:99"]),
    st.text(max_size=30), st.integers(), st.floats(), st.lists(st.integers(), max_size=3),
    st.sampled_from(RAW).map(lambda raw: _Raw(raw)))


class _Raw:
    def __init__(self, token: str) -> None:
        self.token = token


def _base() -> dict:
    project = load_template("hotel")
    jmap = project.maps[0]
    project.surveys.append(SurveyDataset(
        name="Answers", map_id=jmap.id, question_touchpoints={"Q": jmap.touchpoints[0].id}, nps_question=None,
        answers=[SurveyAnswer(respondent=str(i), question="Q", value=float(1 + i % 5)) for i in range(5)]))
    return json.loads(dumps(project))


BASE = _base()


def _places(node, path=()):
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _places(value, (*path, index))


PLACES = [p for p in _places(BASE) if p]


def _text(document) -> str:
    raws = {}

    def swap(node):
        if isinstance(node, _Raw):
            key = f"@@raw{len(raws)}@@"
            raws[key] = node.token
            return key
        if isinstance(node, dict):
            return {k: swap(v) for k, v in node.items()}
        if isinstance(node, list):
            return [swap(v) for v in node]
        return node

    text = json.dumps(swap(document))
    for key, token in raws.items():
        text = text.replace(f'"{key}"', token)
    return text


@st.composite
def mutated(draw):
    document = json.loads(json.dumps(BASE))
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(PLACES))
        parent = document
        try:
            for step in path[:-1]:
                parent = parent[step]
            action = draw(st.sampled_from(["replace", "replace", "drop", "add"]))
            if action == "drop" and isinstance(parent, dict):
                parent.pop(path[-1], None)
            elif action == "add" and isinstance(parent, dict):
                parent[draw(st.sampled_from(["colour", "id", "extra", "\x1b"]))] = draw(HOSTILE)
            else:
                parent[path[-1]] = draw(HOSTILE)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change took that place away
    return _text(document)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_json_is_a_sound_project_or_one_plain_sentence(text):
    try:
        project = loads(text)
    except JsonFormError as error:
        plain_message(error)
    else:
        assert_drawable(project)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.text(max_size=200) | st.binary(max_size=200).map(lambda b: b.decode("latin-1")))
def test_any_text_is_a_project_or_one_plain_sentence(text):
    try:
        loads(text)
    except JsonFormError as error:
        plain_message(error)


def test_hostile_json_through_the_command(tmp_path):
    """A few of each kind through the real command: exit 1, one line, the source unchanged, nothing written."""
    texts = [_text({**BASE, "project": {**BASE["project"], "name": _Raw(raw)}}) for raw in RAW[:6]]
    texts += ["", "{", "[]", "{" * 100_000, '{"format": "cxdesigner-project", "version": ' + "9" * 5000 + "}"]
    for index, text in enumerate(texts):
        source = tmp_path / f"in{index}.json"
        source.write_text(text)
        before = fingerprint(tmp_path)
        run = check_run(cli("import", source, "--output", tmp_path / "out.cxd"))
        assert run.code == 1 and fingerprint(tmp_path) == before, text[:80]
