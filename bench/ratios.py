"""One verdict for a "≤ N × the baseline" start-up target, shared by startup.py and bundle.py.

Start-up times on a shared 2-core machine move by tens of ms from one start to the next, and
a ratio of two medians inherits that noise from both: one slow run of baseline starts can
make the app look 10 % faster than it is. So a run only says the target is met when two
estimates agree: the ratio of the medians, and the median of the ratios of each app start
to the baseline start made just before it (the pairs share the machine's load of the
moment). When they disagree the verdict is "unclear", and the figures say why.
"""

from __future__ import annotations

import statistics
from typing import NamedTuple


class RatioVerdict(NamedTuple):
    of_medians: float  # median(app) / median(base)
    paired: float  # median of app[i] / base[i]
    paired_q1: float
    paired_q3: float
    paired_min: float
    paired_max: float
    verdict: str  # "yes" | "NO" | "unclear"

    def describe(self) -> str:
        """The figures a table shows beside the verdict."""
        return (f"{self.of_medians:.2f}× of the medians, {self.paired:.2f}× paired "
                f"(IQR {self.paired_q1:.2f}–{self.paired_q3:.2f}, "
                f"min–max {self.paired_min:.2f}–{self.paired_max:.2f})")


def quartiles(values: list[float]) -> tuple[float, float, float]:
    """First quartile, median, third quartile."""
    if len(values) < 2:
        v = values[0] if values else float("nan")
        return v, v, v
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q2, q3


def judge(app: list[float], base: list[float], target: float) -> RatioVerdict:
    """`app[i]` and `base[i]` must be starts made one after the other, alternating."""
    if not app or len(app) != len(base):
        raise ValueError("need as many app starts as baseline starts, at least one")
    of_medians = statistics.median(app) / statistics.median(base)
    pairs = [a / b for a, b in zip(app, base, strict=True)]
    q1, paired, q3 = quartiles(pairs)
    if of_medians <= target and paired <= target:
        verdict = "yes"
    elif of_medians > target and paired > target:
        verdict = "NO"
    else:
        verdict = "unclear"
    return RatioVerdict(of_medians, paired, q1, q3, min(pairs), max(pairs), verdict)
