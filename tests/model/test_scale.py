import pytest

from cxdesigner.model import SatisfactionScale


def test_snap_and_convert():
    five = SatisfactionScale()
    ten = SatisfactionScale(low=1, high=10, step=0.5)
    assert five.snap(3.4) == 3 and five.snap(9) == 5 and five.snap(-3) == 1
    assert ten.snap(7.3) == 7.5
    assert five.convert(5, ten) == 10 and five.convert(1, ten) == 1 and five.convert(3, ten) == 5.5
    assert SatisfactionScale(low=-2, high=2).neutral == 0


@pytest.mark.parametrize("low,high,step", [(5, 1, 1), (1, 1, 1), (1, 5, 0), (1, 5, 9), (1, float("inf"), 1)])
def test_bad_scales_are_refused(low, high, step):
    with pytest.raises(ValueError):
        SatisfactionScale(low=low, high=high, step=step)
