"""Which touchpoint or persona a piece of text names: survey questions, segments, column headers.

Spreadsheets rarely repeat a title letter for letter: case, accents, punctuation,
numbering ("Q3.") and small typos differ. Matching is therefore loose, but never
ambiguous: a text two touchpoints or personas could claim matches neither.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from cxdesigner.model import JourneyMap, Project

#: Similarity (difflib's ratio) from which two folded titles are "nearly" the same.
NEAR = 0.85
_NUMBERING = re.compile(r"^(q\s*\d+[a-z]?|\d+)\s+")


def fold(text: str) -> str:
    """``text`` for loose comparison: no accents, case, punctuation or repeated spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.casefold().split())


def match_touchpoints(questions: list[str], jmap: JourneyMap) -> tuple[dict[str, str | None], dict[str, str]]:
    """Each question -> the id of the touchpoint whose title it is (each touchpoint at most once), and how:
    ``"exact"``, ``"near"`` or ``"none"``.

    Exact: the same words once case, accents, punctuation and numbering such as "Q3."
    are dropped. Near: a close spelling (similarity ``NEAR`` or more), or the whole title
    standing inside the question ("Satisfaction: arrives at the reception"). The best
    matches are taken first.
    """
    titles = [(t.id, fold(t.title)) for t in jmap.touchpoints]
    candidates = []
    for question in questions:
        folded = _NUMBERING.sub("", fold(question))
        for touchpoint_id, title in titles:
            if folded == title:
                candidates.append((2.0, question, touchpoint_id))
                continue
            # The cheap upper bounds first: a long header against a short title costs nothing.
            matcher = difflib.SequenceMatcher(None, folded, title)
            close = matcher.real_quick_ratio() >= NEAR and matcher.quick_ratio() >= NEAR
            ratio = matcher.ratio() if close else 0.0
            if ratio >= NEAR or (title and f" {title} " in f" {folded} "):
                candidates.append((ratio, question, touchpoint_id))
    chosen: dict[str, str | None] = dict.fromkeys(questions)
    how = dict.fromkeys(questions, "none")
    used = set()
    for score, question, touchpoint_id in sorted(candidates, key=lambda c: -c[0]):
        if chosen[question] is None and touchpoint_id not in used:
            chosen[question], how[question] = touchpoint_id, "exact" if score == 2.0 else "near"
            used.add(touchpoint_id)
    return chosen, how


def match_personas(segments: list[str], project: Project, jmap: JourneyMap) -> dict[str, str | None]:
    """Each segment -> the id of the map's persona it names: the whole name, or words that stand in
    only one persona's name ("business" for "Claire (business traveller)"); otherwise ``None``."""
    personas = [(p, fold(project.find(p).name)) for p in jmap.persona_ids]
    found: dict[str, str | None] = {}
    for segment in segments:
        folded = fold(segment)
        exact = [p for p, name in personas if name == folded]
        within = [p for p, name in personas if folded and f" {folded} " in f" {name} "]
        found[segment] = exact[0] if len(exact) == 1 else within[0] if not exact and len(within) == 1 else None
    return found
