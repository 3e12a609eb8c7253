"""``cxdesigner info --waves`` and the waves and plan in ``info --json``: a map's survey waves side by side.

Per touchpoint and wave, the mean score with its 95% interval and the NPS with its margin;
a change from the wave before is called supported only where the test says so (Welch's t
for means, the NPS margin for NPS, see ``analysis/waves.py``). The plan for the next
survey says how many more answers bring each touchpoint's interval under a half-width.
"""

from __future__ import annotations

import math
from datetime import date

from cxdesigner.console import UserError
from cxdesigner.model.bounds import FIELDWORK_YEARS, MAX_WAVE_LABEL
from cxdesigner.plain import clip


def wave_fields(options) -> dict:
    """The survey's wave fields from ``--wave`` and ``--fieldwork START END`` (one sentence when wrong)."""
    label = (options.wave or "").strip()
    if len(label) > MAX_WAVE_LABEL or not label.isprintable():
        raise UserError(f"A wave's label is at most {MAX_WAVE_LABEL} printable characters, such as \"2026 Q3\".")
    start = end = None
    if options.fieldwork is not None:
        start, end = (_day(text) for text in options.fieldwork)
        if start is not None and end is not None and end < start:
            raise UserError(f"The fieldwork ends ({end.isoformat()}) before it starts ({start.isoformat()}).")
    return {"wave": label, "fieldwork_start": start, "fieldwork_end": end}


def _day(text: str) -> date | None:
    if text.strip() in ("", "-"):
        return None
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"{clip(text, 40)!r} is not a date; give it as YYYY-MM-DD (or - when it is not known).") \
            from None
    if not FIELDWORK_YEARS[0] <= day.year <= FIELDWORK_YEARS[1]:
        raise UserError(f"{day.isoformat()} is not a fieldwork date CX Designer accepts "
                        f"(years {FIELDWORK_YEARS[0]} to {FIELDWORK_YEARS[1]}).")
    return day


def check_half_width(value: float) -> float:
    if not (math.isfinite(value) and 0.01 <= value <= 4):
        raise UserError("The half-width to plan for lies between 0.01 and 4 (on a 1 to 5 scale).")
    return value


def _number(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def map_waves_json(project, jmap, half_width: float) -> dict:
    """The waves of one map and the plan for its next survey, as ``info --json`` gives them."""
    from cxdesigner.analysis.planning import half_width_on, plan_next_survey
    from cxdesigner.analysis.stats import CONFIDENCE
    from cxdesigner.analysis.waves import wave_table
    table = wave_table(project, jmap.id)
    titles = {t.id: t.title for t in jmap.touchpoints}
    waves = [{"label": w.label, "fieldwork_start": w.start and w.start.isoformat(),
              "fieldwork_end": w.end and w.end.isoformat(), "surveys": [d.name for d in w.surveys],
              "respondents": _respondents(w), "nps": _nps(cell.nps), "nps_change": _nps_change(cell.nps_change)}
             for w, cell in zip(table.waves, table.journey)]
    rows = [{"touchpoint": titles[tp], "waves": [
        {"wave": w.label, "satisfaction": _summary(c.satisfaction), "change": _welch(c.satisfaction_change),
         "nps": _nps(c.nps), "nps_change": _nps_change(c.nps_change)} for w, c in zip(table.waves, cells)]}
        for tp, cells in table.rows.items()]
    plans = [{"touchpoint": titles[p.touchpoint_id], "wave": p.wave, "answers": p.n, "sd": _number(p.sd),
              "half_width_now": _number(p.margin), "needed": p.needed, "more": p.more}
             for p in plan_next_survey(project, jmap.id, half_width)]
    return {"waves": waves, "touchpoints_by_wave": rows,
            "next_survey": {"half_width": _number(half_width_on(jmap.scale, half_width)),
                            "half_width_on_1_to_5": half_width, "confidence": CONFIDENCE, "touchpoints": plans}}


def _respondents(wave) -> int:
    return sum(len({a.respondent for a in d.answers}) for d in wave.surveys)


def _summary(s):
    return None if s is None else {"n": s.n, "mean": _number(s.mean), "low": _number(s.low), "high": _number(s.high)}


def _welch(w):
    return None if w is None else {"difference": _number(w.difference), "t": _number(w.t), "df": _number(w.df, 2),
                                   "p": _number(w.p, 6), "supported": w.supported, "test": "welch"}


def _nps(n):
    return None if n is None else {"n": n.n, "score": _number(n.score, 2), "margin": _number(n.margin, 2)}


def _nps_change(c):
    return None if c is None else {"difference": _number(c.difference, 2), "margin": _number(c.margin, 2),
                                   "supported": c.supported, "test": "nps margin"}


def print_waves(project, jmap, half_width: float) -> None:
    """The text of ``info --waves`` for one map."""
    from cxdesigner.analysis.planning import half_width_on, plan_next_survey
    from cxdesigner.analysis.waves import wave_table
    table = wave_table(project, jmap.id)
    if not table.waves:
        print("  No survey waves.")
        return
    width = max(len(clip(w.label, 40)) for w in table.waves)
    print(f"  Survey waves ({len(table.waves)}):")
    for wave in table.waves:
        period = f", fieldwork {wave.period}" if wave.period else ""
        print(f"    {clip(wave.label, 40)}{period}, {_respondents(wave)} respondents")
    if any(c.nps for c in table.journey):
        print("  Journey NPS:")
        for wave, cell in zip(table.waves, table.journey):
            if cell.nps:
                print(f"    {clip(wave.label, 40):<{width}}  {_nps_text(cell.nps)}{_nps_change_text(cell.nps_change)}")
    titles = {t.id: t.title for t in jmap.touchpoints}
    numbers = {t.id: i for i, t in enumerate(jmap.touchpoints, start=1)}
    for touchpoint_id, cells in table.rows.items():
        print(f"  {numbers[touchpoint_id]:>3}. {clip(titles[touchpoint_id], 80)}")
        for wave, cell in zip(table.waves, cells):
            parts = []
            if cell.satisfaction:
                parts.append(_summary_text(cell.satisfaction) + _welch_text(cell.satisfaction_change))
            if cell.nps:
                parts.append("NPS " + _nps_text(cell.nps) + _nps_change_text(cell.nps_change))
            print(f"       {clip(wave.label, 40):<{width}}  {'; '.join(parts) or 'no answers'}")
    plans = plan_next_survey(project, jmap.id, half_width)
    if plans:
        print(f"  Next survey, for an interval of ±{half_width_on(jmap.scale, half_width):.2f} (95%):")
        for plan in plans:
            title = clip(titles[plan.touchpoint_id], 60)
            if plan.needed is None:
                print(f"    {title}: {plan.n} answer in {clip(plan.wave, 40)}, too few to plan from")
            elif plan.more == 0:
                print(f"    {title}: enough ({plan.n} answers give ±{plan.margin:.2f})")
            else:
                print(f"    {title}: {plan.more} more answers ({plan.needed} in all; "
                      f"±{plan.margin:.2f} from {plan.n} now)")


def _summary_text(s) -> str:
    interval = f"{s.low:.2f} to {s.high:.2f}, " if s.low is not None else ""
    return f"{s.mean:.2f} ({interval}n={s.n})"


def _welch_text(w) -> str:
    if w is None:
        return ""
    way = "up" if w.difference > 0 else "down" if w.difference < 0 else "unchanged"
    verdict = "a supported change" if w.supported else "not a supported change"
    return f", {way} {abs(w.difference):.2f}: {verdict} (Welch p = {w.p:.3f})"


def _nps_text(n) -> str:
    return f"{n.score:+.0f} ± {n.margin:.0f} (n={n.n})"


def _nps_change_text(c) -> str:
    if c is None:
        return ""
    verdict = "a supported change" if c.supported else "not a supported change"
    return f", {c.difference:+.0f} ± {c.margin:.0f}: {verdict}"
