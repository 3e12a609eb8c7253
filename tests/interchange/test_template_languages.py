"""Each template in Spanish, German, French and Portuguese: the same map, every text translated."""

import json
from importlib import resources

import pytest

from cxdesigner.interchange.json_form import to_json_dict
from cxdesigner.interchange.templates import (NOT_TEXT, best_language, load_template, template_languages,
                                              template_names, template_summary, template_title)

LANGUAGES = ["es", "de", "fr", "pt_BR"]
FOLDER = resources.files("cxdesigner.resources") / "templates"


def prose(node, key="") -> list[str]:
    """The texts a person reads in a template, in order (what a translation must cover)."""
    if isinstance(node, dict):
        return [t for k, v in node.items() for t in prose(v, k)]
    if isinstance(node, list):
        return [t for v in node for t in prose(v, key)]
    if isinstance(node, str) and node.strip() and key not in NOT_TEXT and key != "id" \
            and not key.endswith(("_id", "_ids")):
        return [node]
    return []


def shape(node):
    """The structure of a project with its texts blanked: what must not change with the language."""
    if isinstance(node, dict):
        return {k: ("" if k == "id" or k.endswith(("_id", "_ids")) else shape(v)) for k, v in node.items()
                if k != "id"}
    if isinstance(node, list):
        return [shape(v) for v in node]
    return "" if isinstance(node, str) and len(node) < 2000 else node


def pictures(node) -> list:
    """Every storyboard picture and persona photo, in order."""
    if isinstance(node, dict):
        return [p for k, v in node.items() for p in ([v] if k in ("image", "photo") else pictures(v))]
    if isinstance(node, list):
        return [p for v in node for p in pictures(v)]
    return []


@pytest.mark.parametrize("name", template_names())
def test_every_template_is_written_in_every_language(name):
    assert template_languages(name) == ["en", *sorted(LANGUAGES)]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", template_names())
def test_every_text_of_the_template_has_its_translation(name, language):
    english = json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8"))
    texts = json.loads((FOLDER / "i18n" / f"{name}.{language}.json").read_text(encoding="utf-8"))["texts"]
    missing = [t for t in prose(english["project"]) if t not in texts]
    assert missing == [], f"{name}.{language}.json lacks {len(missing)} texts, first {missing[:1]}"
    unused = set(texts) - set(prose(english["project"]))
    assert unused == set(), f"{name}.{language}.json translates texts the template no longer has"
    for source, translation in texts.items():
        assert translation.strip(), source
        assert source.count("\n") == translation.count("\n"), source


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", template_names())
def test_a_translated_template_is_the_same_map_with_the_same_pictures(name, language):
    english, translated = load_template(name), load_template(name, language)
    assert translated.problems() == []
    assert shape(to_json_dict(translated)) == shape(to_json_dict(english))
    assert pictures(to_json_dict(translated)) == pictures(to_json_dict(english))
    assert translated.maps[0].stages[0].name != english.maps[0].stages[0].name
    assert template_summary(name, language) != template_summary(name)
    assert template_title(name, language)


def test_the_language_asked_for_or_its_nearest():
    assert best_language("hotel", "pt_BR") == "pt_BR"
    assert best_language("hotel", "pt_PT") == "pt_BR"
    assert best_language("hotel", "de_AT") == "de"
    assert best_language("hotel", "ja_JP") == "en"
    with pytest.raises(KeyError):
        load_template("hotel", "ja")
