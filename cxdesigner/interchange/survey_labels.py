"""Answer labels as scores: survey tools export choices as their text ("Very satisfied").

A label is placed on the scale only when it belongs to a label set known here, in
English, Spanish, French, German or Portuguese, or when it starts with its own number
("0 - Not at all likely", "4 = Good"). Matching ignores case, accents, punctuation and
extra spaces; anything else is left for the caller to report by line, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cxdesigner.analysis.matching import fold


@dataclass(frozen=True)
class LabelSet:
    """The labels of one answer scale from its low end (score ``first``) up; each point may have
    several wordings (languages, genders, the words of different tools)."""

    name: str
    points: tuple[tuple[str, ...], ...]
    first: int = 1

    @property
    def low(self) -> int:
        return self.first

    @property
    def high(self) -> int:
        return self.first + len(self.points) - 1


LABEL_SETS = (
    LabelSet("satisfaction", (
        ("Very dissatisfied", "Extremely dissatisfied", "Muy insatisfecho", "Muy insatisfecha", "Très insatisfait",
         "Très insatisfaite", "Sehr unzufrieden", "Muito insatisfeito", "Muito insatisfeita"),
        ("Dissatisfied", "Somewhat dissatisfied", "Insatisfecho", "Insatisfecha", "Algo insatisfecho",
         "Insatisfait", "Insatisfaite", "Plutôt insatisfait", "Unzufrieden", "Eher unzufrieden", "Insatisfeito",
         "Insatisfeita"),
        ("Neither satisfied nor dissatisfied", "Neutral", "Ni satisfecho ni insatisfecho", "Neutro",
         "Ni satisfait ni insatisfait", "Neutre", "Weder zufrieden noch unzufrieden",
         "Nem satisfeito nem insatisfeito"),
        ("Satisfied", "Somewhat satisfied", "Satisfecho", "Satisfecha", "Algo satisfecho", "Satisfait",
         "Satisfaite", "Plutôt satisfait", "Zufrieden", "Eher zufrieden", "Satisfeito", "Satisfeita"),
        ("Very satisfied", "Extremely satisfied", "Muy satisfecho", "Muy satisfecha", "Très satisfait",
         "Très satisfaite", "Sehr zufrieden", "Muito satisfeito", "Muito satisfeita"))),
    LabelSet("agreement", (
        ("Strongly disagree", "Totalmente en desacuerdo", "Muy en desacuerdo", "Pas du tout d'accord",
         "Fortement en désaccord", "Stimme überhaupt nicht zu", "Stimme gar nicht zu", "Discordo totalmente",
         "Discordo fortemente"),
        ("Disagree", "Somewhat disagree", "En desacuerdo", "Pas d'accord", "Plutôt pas d'accord", "En désaccord",
         "Stimme nicht zu", "Stimme eher nicht zu", "Discordo", "Discordo parcialmente"),
        ("Neither agree nor disagree", "Ni de acuerdo ni en desacuerdo", "Ni d'accord ni pas d'accord",
         "Ni en accord ni en désaccord", "Stimme weder zu noch nicht zu", "Teils teils",
         "Não concordo nem discordo", "Nem concordo nem discordo"),
        ("Agree", "Somewhat agree", "De acuerdo", "D'accord", "Plutôt d'accord", "Stimme zu", "Stimme eher zu",
         "Concordo", "Concordo parcialmente"),
        ("Strongly agree", "Totalmente de acuerdo", "Muy de acuerdo", "Tout à fait d'accord",
         "Fortement d'accord", "Stimme voll und ganz zu", "Stimme voll zu", "Concordo totalmente",
         "Concordo fortemente"))),
    LabelSet("quality", (
        ("Poor", "Malo", "Mala", "Mauvais", "Médiocre", "Schlecht", "Ruim", "Fraco"),
        ("Fair", "Regular", "Passable", "Moyen", "Ausreichend", "Mittelmäßig", "Razoável"),
        ("Good", "Bueno", "Buena", "Bon", "Gut", "Bom", "Boa"),
        ("Very good", "Muy bueno", "Muy buena", "Très bon", "Sehr gut", "Muito bom", "Muito boa"),
        ("Excellent", "Excelente", "Ausgezeichnet", "Hervorragend"))),
    # The two ends of the 0-10 recommendation question written alone (the points between are digits).
    LabelSet("likelihood", (
        ("Not at all likely", "Nada probable", "Nada provável", "Pas du tout probable",
         "Überhaupt nicht wahrscheinlich", "Äußerst unwahrscheinlich"),
        *((),) * 9,
        ("Extremely likely", "Extremadamente probable", "Extrêmement probable", "Äußerst wahrscheinlich",
         "Extremamente provável")), first=0),
)

#: Folded label -> (score, the set it belongs to).
KNOWN: dict[str, tuple[int, LabelSet]] = {
    fold(wording): (label_set.first + point, label_set)
    for label_set in LABEL_SETS for point, wordings in enumerate(label_set.points) for wording in wordings}
#: "0 - Not at all likely", "5 = Very satisfied", "3: Neutral", "(4) Good": a number and its words.
_NUMBERED = re.compile(r"\s*\(?\s*([+-]?\d{1,3})\s*\)?\s*(?:[-–—=:.)]\s*)?([^\W\d_].*)$", re.DOTALL)


def label_score(text: str) -> float | None:
    """The score a label stands for, or ``None`` when it is not one this module can place."""
    numbered = _NUMBERED.match(text)
    if numbered:
        return float(numbered.group(1))
    found = KNOWN.get(fold(text))
    return None if found is None else float(found[0])


def label_scale(labels: list[str]) -> tuple[float, float] | None:
    """The scale of the known label sets the ``labels`` come from (the widest they span), or ``None``."""
    sets = {KNOWN[fold(label)][1] for label in labels if fold(label) in KNOWN}
    sets.discard(LABEL_SETS[-1])  # the recommendation's ends belong to the 0-10 NPS, not to the scale
    if not sets:
        return None
    return float(min(s.low for s in sets)), float(max(s.high for s in sets))
