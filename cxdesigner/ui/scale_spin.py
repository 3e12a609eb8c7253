"""A number on a map's satisfaction scale, shown at the scale's own precision.

Whole-number scales read "4", not "4.00"; a measured mean keeps its decimals ("3.67").
One step below the scale's low end stands for "none" (not rated, no target). A value
is taken when the field is left or Return is pressed (or by an arrow step), not on
every keystroke, so typing "3.5" never records "3" on the way.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox

from cxdesigner.canvas.style import short_number
from cxdesigner.model import SatisfactionScale

DECIMALS = 2  # as many as short_number shows


class ScaleSpin(QDoubleSpinBox):
    def __init__(self, scale: SatisfactionScale, empty: str) -> None:
        super().__init__()
        self.scale = scale
        self.setRange(scale.low - scale.step, scale.high)
        self.setSingleStep(scale.step)
        self.setDecimals(DECIMALS)
        self.setSpecialValueText(empty)
        self.setKeyboardTracking(False)
        self.setToolTip(self.tr("From %1 to %2, in steps of %3; below %1 means none").replace(
            "%1", short_number(scale.low)).replace("%2", short_number(scale.high)).replace(
            "%3", short_number(scale.step)))

    @property
    def none(self) -> float:
        return self.minimum()

    def textFromValue(self, value: float) -> str:
        return short_number(value)

    def set_value(self, value: float | None) -> None:
        """Show ``value`` (``None``: the empty text) without echoing it back as an edit."""
        self.blockSignals(True)
        self.setValue(self.none if value is None else value)
        self.blockSignals(False)

    def current(self) -> float | None:
        """The value entered, or ``None`` when the field says none."""
        return None if self.value() < self.scale.low else self.value()
