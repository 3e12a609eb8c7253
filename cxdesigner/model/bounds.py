"""The largest numbers a project may hold: what can still be drawn, summed and printed.

A value the rules accept reaches Qt as a coordinate, a length or a loop count
and goes through sums of millions of answers. Every bound here is far beyond
what a real map uses and far below where doubles overflow or Qt's integer
device coordinates wrap. ``docs/file-safety.md`` lists them.
"""

from __future__ import annotations

#: Scale ends, survey scales, survey answers and expected effects: |value| at most this.
MAX_SCALE_VALUE = 1_000_000.0
#: A scale has at most this many steps between its ends (guide lines, snapping).
MAX_SCALE_STEPS = 10_000
#: A rating's 95% interval may reach this many scale spans beyond either end (few answers make wide ones).
INTERVAL_SPANS = 10
#: A note's place on the canvas, in scene units (1 unit = 1 pixel at 100%): |x|, |y| at most this.
MAX_COORDINATE = 100_000_000.0
#: A note's width and height, in scene units.
MAX_NOTE_SIZE = 100_000.0
#: A touchpoint's duration, in minutes: a hundred years.
MAX_DURATION_MINUTES = 100 * 365.25 * 24 * 60
#: A metric lane's unit ("min", "%", "CSAT"), in characters.
MAX_UNIT_LENGTH = 40
#: A survey wave's label ("2026 Q3"), in characters: it heads a column in Insights.
MAX_WAVE_LABEL = 100
#: The years a survey's fieldwork may be given in, at import.
FIELDWORK_YEARS = (1900, 2999)
