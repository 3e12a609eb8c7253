"""Every figure means the same on screen and on paper: one sentence, in the code and in docs/insights.md."""

from pathlib import Path

import pytest

from cxdesigner.analysis.definitions import FIGURES, definition

INSIGHTS = Path(__file__).parents[2] / "docs" / "insights.md"


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_each_definition_is_one_sentence_printed_in_the_docs(name):
    figure = FIGURES[name]
    text = figure.definition
    assert text == definition(name) and (text[0].isupper() or text[0].isdigit()) and text.endswith(".")
    assert ". " not in text.rstrip(".") and "\n" not in text
    assert f"- **{figure.title}** (`{name}`): {text}\n" in INSIGHTS.read_text(encoding="utf-8")


def test_the_docs_define_nothing_the_code_does_not():
    listed = [line for line in INSIGHTS.read_text(encoding="utf-8").splitlines() if line.startswith("- **")
              and "(`" in line]
    assert len(listed) == len(FIGURES)
