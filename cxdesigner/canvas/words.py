"""The names of the model's choices (evidence, priority, status, channel kind, emotion) as people read them.

The model keeps plain English values in the file; these are what a menu (``choice_name``)
or a running sentence (``choice_word``) shows, translated in the one context "Choices".
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

NAMES = {
    "assumption": (QT_TRANSLATE_NOOP("Choices", "Assumption"), QT_TRANSLATE_NOOP("Choices", "assumption")),
    "survey": (QT_TRANSLATE_NOOP("Choices", "Survey"), QT_TRANSLATE_NOOP("Choices", "survey")),
    "interview": (QT_TRANSLATE_NOOP("Choices", "Interview"), QT_TRANSLATE_NOOP("Choices", "interview")),
    "analytics": (QT_TRANSLATE_NOOP("Choices", "Analytics"), QT_TRANSLATE_NOOP("Choices", "analytics")),
    "digital": (QT_TRANSLATE_NOOP("Choices", "Digital"), QT_TRANSLATE_NOOP("Choices", "digital")),
    "physical": (QT_TRANSLATE_NOOP("Choices", "Physical"), QT_TRANSLATE_NOOP("Choices", "physical")),
    "human": (QT_TRANSLATE_NOOP("Choices", "Human"), QT_TRANSLATE_NOOP("Choices", "human")),
    "low": (QT_TRANSLATE_NOOP("Choices", "Low"), QT_TRANSLATE_NOOP("Choices", "low")),
    "medium": (QT_TRANSLATE_NOOP("Choices", "Medium"), QT_TRANSLATE_NOOP("Choices", "medium")),
    "high": (QT_TRANSLATE_NOOP("Choices", "High"), QT_TRANSLATE_NOOP("Choices", "high")),
    "critical": (QT_TRANSLATE_NOOP("Choices", "Critical"), QT_TRANSLATE_NOOP("Choices", "critical")),
    "idea": (QT_TRANSLATE_NOOP("Choices", "Idea"), QT_TRANSLATE_NOOP("Choices", "idea")),
    "planned": (QT_TRANSLATE_NOOP("Choices", "Planned"), QT_TRANSLATE_NOOP("Choices", "planned")),
    "in_progress": (QT_TRANSLATE_NOOP("Choices", "In progress"), QT_TRANSLATE_NOOP("Choices", "in progress")),
    "done": (QT_TRANSLATE_NOOP("Choices", "Done"), QT_TRANSLATE_NOOP("Choices", "done")),
    "dropped": (QT_TRANSLATE_NOOP("Choices", "Dropped"), QT_TRANSLATE_NOOP("Choices", "dropped")),
    "angry": (QT_TRANSLATE_NOOP("Choices", "Angry"), QT_TRANSLATE_NOOP("Choices", "angry")),
    "unhappy": (QT_TRANSLATE_NOOP("Choices", "Unhappy"), QT_TRANSLATE_NOOP("Choices", "unhappy")),
    "neutral": (QT_TRANSLATE_NOOP("Choices", "Neutral"), QT_TRANSLATE_NOOP("Choices", "neutral")),
    "content": (QT_TRANSLATE_NOOP("Choices", "Content"), QT_TRANSLATE_NOOP("Choices", "content")),
    "delighted": (QT_TRANSLATE_NOOP("Choices", "Delighted"), QT_TRANSLATE_NOOP("Choices", "delighted")),
}


def choice_name(value: StrEnum | str) -> str:
    """The value as a menu lists it ("High")."""
    pair = NAMES.get(str(value))
    return QCoreApplication.translate("Choices", pair[0]) if pair else str(value).replace("_", " ").capitalize()


def choice_word(value: StrEnum | str) -> str:
    """The value inside a sentence ("high")."""
    pair = NAMES.get(str(value))
    return QCoreApplication.translate("Choices", pair[1]) if pair else str(value).replace("_", " ")
