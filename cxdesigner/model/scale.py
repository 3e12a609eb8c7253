"""The satisfaction scale of a journey map (e.g. 1 to 5, 1 to 10, -2 to +2)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from cxdesigner.model.base import RuleError
from cxdesigner.model.bounds import MAX_SCALE_STEPS, MAX_SCALE_VALUE


@dataclass(frozen=True)
class SatisfactionScale:
    """Ends, step and end labels of the Y axis of a map.

    Ratings must lie inside ``[low, high]``; ``step`` is what a drag snaps to.
    """

    low: float = 1.0
    high: float = 5.0
    step: float = 1.0
    low_label: str = "Very dissatisfied"
    high_label: str = "Very satisfied"

    def __post_init__(self) -> None:
        for name in ("low", "high", "step"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
                raise RuleError(f"The scale's {name} must be a number.")
        if not (-MAX_SCALE_VALUE <= self.low and self.high <= MAX_SCALE_VALUE):
            raise RuleError(f"A scale's ends lie between {-MAX_SCALE_VALUE:,.0f} and {MAX_SCALE_VALUE:,.0f}.")
        if self.low >= self.high:
            raise RuleError("The scale's low end must be below its high end.")
        if self.step <= 0 or self.step > self.high - self.low:
            raise RuleError("The scale's step must be positive and fit between its ends.")
        if (self.high - self.low) / self.step > MAX_SCALE_STEPS:
            raise RuleError(f"A scale has at most {MAX_SCALE_STEPS:,} steps between its ends.")

    @property
    def neutral(self) -> float:
        """The middle of the scale, drawn as the neutral line."""
        return (self.low + self.high) / 2

    def contains(self, value: float) -> bool:
        return math.isfinite(value) and self.low <= value <= self.high

    def clamp(self, value: float) -> float:
        return min(self.high, max(self.low, value))

    def snap(self, value: float) -> float:
        """The nearest step inside the scale, counted from the low end."""
        steps = round((self.clamp(value) - self.low) / self.step)
        return self.clamp(self.low + steps * self.step)

    def convert(self, value: float, target: SatisfactionScale) -> float:
        """Map ``value`` linearly from this scale onto ``target`` (ends onto ends)."""
        fraction = (value - self.low) / (self.high - self.low)
        return target.clamp(target.low + fraction * (target.high - target.low))
