"""Pure-Python analysis of journey maps: no Qt, no database.

The satisfaction curve, survey statistics (measured ratings with confidence
intervals, NPS), journey scores, gaps and targets. Each figure's meaning is one
sentence in ``definitions.FIGURES``, shared with the interface and ``docs/insights.md``.
"""
