"""Mean, standard deviation and t interval against hand-worked cases, the statistics module,
published t tables and (when installed) SciPy."""

import math
import random
import statistics

import pytest

from cxdesigner.analysis.stats import incomplete_beta, summarize, t_cdf, t_quantile

#: Two-sided 95% critical values of Student's t (the 0.975 quantile), as printed in statistics textbooks.
T_TABLE_975 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306, 9: 2.262,
               10: 2.228, 11: 2.201, 12: 2.179, 13: 2.160, 14: 2.145, 15: 2.131, 16: 2.120, 17: 2.110,
               18: 2.101, 19: 2.093, 20: 2.086, 25: 2.060, 29: 2.045, 30: 2.042, 40: 2.021, 60: 2.000,
               120: 1.980}
T_TABLE_995 = {1: 63.657, 2: 9.925, 5: 4.032, 10: 3.169, 30: 2.750}


@pytest.mark.parametrize("df,expected", sorted(T_TABLE_975.items()))
def test_t_quantile_matches_the_printed_table(df, expected):
    assert round(t_quantile(0.975, df), 3) == expected


@pytest.mark.parametrize("df,expected", sorted(T_TABLE_995.items()))
def test_t_quantile_at_99_percent(df, expected):
    assert round(t_quantile(0.995, df), 3) == expected


def test_t_quantile_closed_forms_symmetry_and_the_normal_limit():
    for p in (0.6, 0.9, 0.975, 0.999):
        assert t_quantile(p, 1) == pytest.approx(math.tan(math.pi * (p - 0.5)), rel=1e-12)
        assert t_quantile(p, 2) == pytest.approx((2 * p - 1) / math.sqrt(2 * p * (1 - p)), rel=1e-12)
        for df in (1, 3, 7.5, 40):
            assert t_quantile(1 - p, df) == -t_quantile(p, df)
            assert t_cdf(t_quantile(p, df), df) == pytest.approx(p, abs=1e-13)
    assert t_quantile(0.5, 12) == 0
    assert t_quantile(0.975, 1e7) == pytest.approx(statistics.NormalDist().inv_cdf(0.975), rel=1e-6)
    for bad in ((0, 5), (1, 5), (0.9, 0), (0.9, -1)):
        with pytest.raises(ValueError):
            t_quantile(*bad)


def test_incomplete_beta_special_cases():
    # I_x(1, 1) = x, I_x(a, 1) = x^a, I_x(1, b) = 1 - (1 - x)^b
    for x in (0.01, 0.3, 0.5, 0.77, 0.999):
        assert incomplete_beta(1, 1, x) == pytest.approx(x, rel=1e-13)
        assert incomplete_beta(3.5, 1, x) == pytest.approx(x ** 3.5, rel=1e-12)
        assert incomplete_beta(1, 4, x) == pytest.approx(1 - (1 - x) ** 4, rel=1e-12)
    assert incomplete_beta(2, 3, 0) == 0 and incomplete_beta(2, 3, 1) == 1


def test_t_against_scipy_when_installed():
    stats = pytest.importorskip("scipy.stats")
    for df in (1, 2, 3, 4, 5, 7, 9, 10, 14, 19, 29, 49, 99, 250, 1000, 10_000, 2.5, 0.7):
        for p in (0.75, 0.9, 0.95, 0.975, 0.99, 0.995, 0.9995):
            assert t_quantile(p, df) == pytest.approx(stats.t.ppf(p, df), rel=1e-9), (p, df)
        for t in (-4.0, -1.0, 0.3, 2.0, 8.0):
            assert t_cdf(t, df) == pytest.approx(stats.t.cdf(t, df), abs=1e-10), (t, df)


def test_summary_of_a_hand_worked_sample():
    # 3, 4, 5: mean 4, deviations -1 0 1, sample variance 2 / 2 = 1, so sd 1;
    # half-width = t(0.975, 2) * 1 / sqrt(3) = 4.302653 / 1.732051 = 2.484138.
    summary = summarize([3, 4, 5])
    assert (summary.n, summary.mean, summary.sd) == (3, 4, 1)
    assert summary.low == pytest.approx(1.515862, abs=1e-6)
    assert summary.high == pytest.approx(6.484138, abs=1e-6)
    assert summary.margin == pytest.approx(2.484138, abs=1e-6)


def test_summary_agrees_with_the_statistics_module():
    rng = random.Random(7)
    for n in (2, 3, 10, 57, 400):
        values = [rng.choice([1, 2, 3, 4, 5]) + rng.random() for _ in range(n)]
        summary = summarize(values)
        assert summary.mean == pytest.approx(statistics.mean(values), rel=1e-14)
        assert summary.sd == pytest.approx(statistics.stdev(values), rel=1e-12)
        half = t_quantile(0.975, n - 1) * statistics.stdev(values) / math.sqrt(n)
        assert (summary.low, summary.high) == pytest.approx((statistics.mean(values) - half,
                                                             statistics.mean(values) + half), rel=1e-12)


def test_summary_edges():
    assert summarize([]) is None
    one = summarize([4.5])
    assert (one.n, one.mean, one.sd, one.low, one.high, one.margin) == (1, 4.5, None, None, None, None)
    same = summarize([2, 2, 2, 2])
    assert (same.sd, same.low, same.high) == (0, 2, 2)
    wider = summarize([1, 5], confidence=0.99)
    assert wider.margin == pytest.approx(t_quantile(0.995, 1) * statistics.stdev([1, 5]) / math.sqrt(2))
