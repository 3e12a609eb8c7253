"""Small-sample statistics: the mean, its spread and its t-based confidence interval.

Survey samples per touchpoint and persona are often small (a dozen answers),
where the normal approximation is too narrow: the interval uses Student's t.
The t quantile is computed here (regularised incomplete beta, then Newton's
method) so that the application needs no SciPy.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

#: The confidence level of every interval CX Designer shows.
CONFIDENCE = 0.95


@dataclass(frozen=True)
class Summary:
    """The mean of ``n`` values, their sample standard deviation and the confidence
    interval of the mean; ``sd`` and the interval are ``None`` below two values."""

    n: int
    mean: float
    sd: float | None
    low: float | None
    high: float | None

    @property
    def margin(self) -> float | None:
        """Half the interval's width: the "plus or minus" of the mean."""
        return None if self.low is None else (self.high - self.low) / 2


def summarize(values: Sequence[float], confidence: float = CONFIDENCE) -> Summary | None:
    """Mean, sample standard deviation (n - 1) and t interval of ``values``; ``None`` for none."""
    n = len(values)
    if n == 0:
        return None
    mean = math.fsum(values) / n
    if n == 1:
        return Summary(1, mean, None, None, None)
    sd = math.sqrt(math.fsum((v - mean) ** 2 for v in values) / (n - 1))
    half = t_quantile(1 - (1 - confidence) / 2, n - 1) * sd / math.sqrt(n)
    return Summary(n, mean, sd, mean - half, mean + half)


def summarize_counts(counts: Mapping[float, int], confidence: float = CONFIDENCE) -> Summary | None:
    """``summarize`` of values given as value -> how many times it occurs (a survey's answers take few
    distinct values: a million answers are summed in a handful of steps)."""
    n = sum(counts.values())
    if n == 0:
        return None
    mean = math.fsum(value * count for value, count in counts.items()) / n
    if n == 1:
        return Summary(1, mean, None, None, None)
    sd = math.sqrt(math.fsum(count * (value - mean) ** 2 for value, count in counts.items()) / (n - 1))
    half = t_quantile(1 - (1 - confidence) / 2, n - 1) * sd / math.sqrt(n)
    return Summary(n, mean, sd, mean - half, mean + half)


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with ``df`` degrees of freedom."""
    if df <= 0:
        raise ValueError("Degrees of freedom must be positive.")
    if math.isinf(t):
        return 1.0 if t > 0 else 0.0
    tail = _upper_tail(abs(t), df)
    return 1 - tail if t > 0 else tail


def t_two_sided(t: float, df: float) -> float:
    """P(|T| >= |t|): the two-sided p-value of a t statistic, from the upper tail (precise far out)."""
    if df <= 0:
        raise ValueError("Degrees of freedom must be positive.")
    if math.isinf(t):
        return 0.0
    return min(1.0, 2 * _upper_tail(abs(t), df))


def _upper_tail(t: float, df: float) -> float:
    """P(T > t) for t >= 0, from I_x(df/2, 1/2) with x and 1 - x both computed directly,
    so that values of t near 0 keep their precision."""
    square = t * t
    return 0.5 * incomplete_beta(df / 2, 0.5, df / (df + square), square / (df + square))


@lru_cache(maxsize=1024)
def t_quantile(p: float, df: float) -> float:
    """The ``t`` with P(T <= t) = ``p``: e.g. ``t_quantile(0.975, 9)`` = 2.2622 for a 95% interval of 10 values."""
    if not 0 < p < 1:
        raise ValueError("A quantile needs a probability between 0 and 1.")
    if df <= 0:
        raise ValueError("Degrees of freedom must be positive.")
    if p < 0.5:
        return -t_quantile(1 - p, df)
    if p == 0.5:
        return 0.0
    if df == 1:  # Cauchy
        return math.tan(math.pi * (p - 0.5))
    if df == 2:
        return (2 * p - 1) / math.sqrt(2 * p * (1 - p))
    # Start from the normal quantile (Cornish-Fisher corrected), then Newton steps on the
    # upper tail, which keeps full precision far out; a bracket guards every step.
    z = _normal_quantile(p)
    t = z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2)
    low, high = 0.0, math.inf
    upper = 1 - p
    log_norm = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
    for _ in range(100):
        tail = _upper_tail(t, df)
        if tail > upper:
            low = t
        else:
            high = t
        density = math.exp(log_norm - (df + 1) / 2 * math.log1p(t * t / df))
        step = (tail - upper) / density
        candidate = t + step
        if not low < candidate < high:
            candidate = (low + high) / 2 if math.isfinite(high) else 2 * max(t, 1.0)
        if abs(candidate - t) <= 1e-14 * max(1.0, abs(t)):
            return candidate
        t = candidate
    return t


def _normal_quantile(p: float) -> float:
    from statistics import NormalDist
    return NormalDist().inv_cdf(p)


def incomplete_beta(a: float, b: float, x: float, y: float | None = None) -> float:
    """The regularised incomplete beta function I_x(a, b), by its continued fraction.

    ``y`` is ``1 - x`` when the caller knows it more precisely than the subtraction would.
    """
    y = 1 - x if y is None else y
    if x <= 0:
        return 0.0
    if y <= 0:
        return 1.0
    log_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log(y)
    if x < (a + 1) / (a + b + 2):
        return math.exp(log_front) * _beta_fraction(a, b, x) / a
    return 1 - math.exp(log_front) * _beta_fraction(b, a, y) / b


def _beta_fraction(a: float, b: float, x: float) -> float:
    """Lentz's evaluation of the continued fraction for I_x(a, b)."""
    tiny = 1e-300
    c, d = 1.0, 1 - (a + b) * x / (a + 1)
    d = 1 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 500):
        for numerator in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                          -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1 + numerator * d
            d = 1 / (d if abs(d) > tiny else tiny)
            c = 1 + numerator / c
            c = c if abs(c) > tiny else tiny
            result *= c * d
        if abs(c * d - 1) < 1e-16:
            break
    return result
