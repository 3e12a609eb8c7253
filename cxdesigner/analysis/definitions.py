"""What each figure of the Insights means, in one sentence.

The same sentences are shown in the application (as tooltips and captions) and
printed in ``docs/insights.md``; a test keeps the two identical, so a figure
never means one thing on screen and another on paper.
"""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802
    """Marks a text for Qt's lupdate (which knows it by this name) while this module stays free of Qt."""
    return text


@dataclass(frozen=True)
class Figure:
    """A figure's name for headings and its one-sentence definition."""

    title: str
    definition: str


FIGURES: dict[str, Figure] = {
    "measured_rating": Figure(
        QT_TRANSLATE_NOOP("Figures", "Measured rating"),
        QT_TRANSLATE_NOOP("Figures", "The mean of the survey scores given to a touchpoint by the respondents of a persona, converted to the "
        "map's scale, with the number of answers, their standard deviation and the 95% confidence interval of "
        "the mean.")),
    "confidence_interval": Figure(
        QT_TRANSLATE_NOOP("Figures", "95% confidence interval"),
        QT_TRANSLATE_NOOP("Figures", "The mean plus or minus Student's t quantile (97.5%, n - 1 degrees of freedom) times the standard "
        "deviation divided by the square root of n: the range that holds the true mean in 95 of 100 surveys "
        "like this one.")),
    "few_answers": Figure(
        QT_TRANSLATE_NOOP("Figures", "Few answers"),
        QT_TRANSLATE_NOOP("Figures", "A measured rating that rests on fewer answers than the threshold (10 unless set otherwise), so that its "
        "interval is wide and it should be read with care.")),
    "nps": Figure(
        QT_TRANSLATE_NOOP("Figures", "Net Promoter Score"),
        QT_TRANSLATE_NOOP("Figures", "The percentage of promoters (answers of 9 or 10 to the 0-10 recommendation question) minus the "
        "percentage of detractors (answers of 0 to 6), from -100 to +100.")),
    "nps_margin": Figure(
        QT_TRANSLATE_NOOP("Figures", "NPS margin of error"),
        QT_TRANSLATE_NOOP("Figures", "1.96 times the standard error of the answers coded +1 for a promoter, 0 for a passive and -1 for a "
        "detractor, times 100: the NPS lies within this many points of the true one with 95% confidence.")),
    "mean_satisfaction": Figure(
        QT_TRANSLATE_NOOP("Figures", "Mean satisfaction"),
        QT_TRANSLATE_NOOP("Figures", "The average of a persona's ratings over every rated touchpoint of the map, each touchpoint counting once.")),
    "stage_means": Figure(
        QT_TRANSLATE_NOOP("Figures", "Stage means"),
        QT_TRANSLATE_NOOP("Figures", "The average of a persona's ratings over the rated touchpoints of each stage.")),
    "weakest_touchpoints": Figure(
        QT_TRANSLATE_NOOP("Figures", "Weakest touchpoints"),
        QT_TRANSLATE_NOOP("Figures", "The rated touchpoints with the lowest satisfaction for a persona, lowest first.")),
    "strongest_touchpoints": Figure(
        QT_TRANSLATE_NOOP("Figures", "Strongest touchpoints"),
        QT_TRANSLATE_NOOP("Figures", "The rated touchpoints with the highest satisfaction for a persona, highest first.")),
    "peak_end": Figure(
        QT_TRANSLATE_NOOP("Figures", "Peak-end score"),
        QT_TRANSLATE_NOOP("Figures", "The mean of the most intense moment (the rating furthest from the middle of the scale, the earlier of "
        "equals) and the last rated touchpoint, since people judge an experience mostly by its peak and its end.")),
    "biggest_drops": Figure(
        QT_TRANSLATE_NOOP("Figures", "Biggest drops"),
        QT_TRANSLATE_NOOP("Figures", "The largest falls in satisfaction from one rated touchpoint to the next rated one, largest first.")),
    "persona_comparison": Figure(
        QT_TRANSLATE_NOOP("Figures", "Persona comparison"),
        QT_TRANSLATE_NOOP("Figures", "Each persona's rating at every touchpoint side by side, with each persona's mean satisfaction and, at "
        "each touchpoint, the difference between the highest and the lowest persona.")),
    "gaps": Figure(
        QT_TRANSLATE_NOOP("Figures", "Gaps"),
        QT_TRANSLATE_NOOP("Figures", "A seam between two consecutive touchpoints where the customer switches channel, device or department, "
        "with the change in each persona's satisfaction across it.")),
    "target_gap": Figure(
        QT_TRANSLATE_NOOP("Figures", "Gap to target"),
        QT_TRANSLATE_NOOP("Figures", "The target satisfaction minus the current rating at a touchpoint: how far it still has to rise, "
        "negative when it already does better than its target.")),
    "survey_waves": Figure(
        QT_TRANSLATE_NOOP("Figures", "Survey waves"),
        QT_TRANSLATE_NOOP("Figures", "Each touchpoint's mean survey score and NPS in every wave of the map's surveys, with their 95% intervals, "
        "and an arrow only where the change from the wave before is statistically supported.")),
    "supported_change": Figure(
        QT_TRANSLATE_NOOP("Figures", "Supported change"),
        QT_TRANSLATE_NOOP("Figures", "A change between two consecutive waves that is unlikely to come from sampling alone: for a mean, "
        "Welch's two-sided t test at 95% (unequal variances, Welch-Satterthwaite degrees of freedom) has p "
        "under 0.05; for an NPS, the difference is larger than its margin of error, 1.96 times the square root "
        "of the sum of both scores' squared standard errors.")),
    "next_survey": Figure(
        QT_TRANSLATE_NOOP("Figures", "Next survey"),
        QT_TRANSLATE_NOOP("Figures", "For each touchpoint, the answers its next survey needs for a 95% interval no wider than the chosen "
        "plus or minus (0.5 on a 1 to 5 scale unless set, carried onto the map's scale), from the spread in the "
        "latest wave that asked about it, and how many more that is than that wave had.")),
    "projected_mean": Figure(
        QT_TRANSLATE_NOOP("Figures", "Projected mean"),
        QT_TRANSLATE_NOOP("Figures", "The mean satisfaction the persona would have once the actions chosen for the projected line have "
        "their expected effects, each touchpoint's rating plus the effects of the actions acting on it, held "
        "within the scale.")),
    "projected_peak_end": Figure(
        QT_TRANSLATE_NOOP("Figures", "Projected peak-end"),
        QT_TRANSLATE_NOOP("Figures", "The peak-end score of the projected line: the same measure taken on the ratings the chosen actions "
        "are expected to bring.")),
}


def definition(name: str) -> str:
    """The one-sentence definition of figure ``name`` (a key of ``FIGURES``)."""
    return FIGURES[name].definition
