"""Mermaid journey text from a grammar of real and broken lines: each a sound project or one sentence."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from fuzz_harness import EXAMPLES, assert_drawable, check_run, cli, fingerprint, plain_message
from cxdesigner.interchange.mermaid import MermaidError, mermaid_to_project

WORDS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
LINES = st.one_of(
    st.just("journey"), WORDS.map(lambda w: f"title {w}"), WORDS.map(lambda w: f"section {w}"),
    st.tuples(WORDS, st.integers(-2, 9), st.lists(WORDS, max_size=3)).map(
        lambda t: f"  {t[0]}: {t[1]}: {', '.join(t[2])}"),
    st.tuples(WORDS, st.sampled_from(["1", "5", "05", "1" * 500, "3.5", ""])).map(lambda t: f"{t[0]}: {t[1]}"),
    st.sampled_from(["%% unrated", "%% new touchpoint", "%% actors: Ann, Bob", "accTitle: t", "accDescr: d",
                     "accDescr {", "}", "---", "title: front", "  ", "#", ";", "journey", "\x1b[2J", "\x00",
                     "%%" + "x" * 5000, "a" * 20_000 + ": 3: b"]),
    WORDS)


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(st.lists(LINES, max_size=30), st.booleans())
def test_any_lines_are_a_sound_project_or_one_plain_sentence(lines, header):
    text = "\n".join((["journey"] if header else []) + lines)
    try:
        project = mermaid_to_project(text)
    except MermaidError as error:
        plain_message(error)
    else:
        assert_drawable(project)


def test_hostile_mermaid_through_the_command(tmp_path):
    texts = ["", "journey\n" + "section s\n" * 20_001, "journey\n  accDescr {\n" + "x\n" * 100_000,
             "journey\n" + "  t: 3: " + ", ".join(f"a{i}" for i in range(1_001)), "\ufeffjourney\ntitle \x1b]0;x\x07"]
    for index, text in enumerate(texts):
        source = tmp_path / f"in{index}.mmd"
        source.write_text(text)
        before = fingerprint(tmp_path)
        run = check_run(cli("import", source, "--output", tmp_path / f"out{index}.cxd"))
        if run.code == 1:
            assert fingerprint(tmp_path) == before
