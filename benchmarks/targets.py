"""The headline figures of the benchmarks, each beside its floor and its target, as one table.

A benchmark's ``run()`` may return a list of ``Figure``; ``run.py`` gathers them and
prints ``table`` at the end, so ``make bench`` ends with one verdict per target.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One measured figure: ``ours`` and ``floor`` in ``unit``, met when ``ours <= target``.

    ``floor`` or ``target`` may be None where there is none; ``runs`` says how many
    runs the median is of.
    """

    name: str
    ours: float
    floor: float | None
    target: float | None
    unit: str = "ms"
    runs: int = 1

    @property
    def ratio(self) -> float | None:
        return self.ours / self.floor if self.floor else None

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.ours <= self.target


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "ms":
        return f"{value:,.2f} ms" if value < 10 else f"{value:,.0f} ms"
    if unit == "MB":
        return f"{value:,.2f} MB" if value < 10 else f"{value:,.0f} MB"
    return f"{value:,.2f} {unit}"


def table(figures: list[Figure]) -> str:
    """A plain-text table: figure | ours | floor | ratio | target | met? | runs."""
    head = ("figure", "ours", "floor", "ratio", "target", "met?", "runs")
    rows = [(f.name, _value(f.ours, f.unit), _value(f.floor, f.unit),
             "–" if f.ratio is None else f"{f.ratio:.1f}x",
             "–" if f.target is None else f"≤ {_value(f.target, f.unit)}",
             {True: "yes", False: "MISSED", None: "–"}[f.met], str(f.runs)) for f in figures]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
             for r in [head, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
