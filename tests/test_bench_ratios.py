"""The verdict the start-up benchmarks print for a "≤ 1.3 × the baseline" target (bench/ratios.py).

A table that says "yes" on a noisy run would tell the team a target is met when it is not.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "bench_ratios", Path(__file__).resolve().parent.parent / "bench" / "ratios.py")
assert _SPEC and _SPEC.loader
ratios = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(ratios)


def test_met_only_when_both_estimates_agree() -> None:
    base = [0.150, 0.152, 0.149, 0.151, 0.150]
    assert ratios.judge([b * 1.2 for b in base], base, 1.3).verdict == "yes"
    assert ratios.judge([b * 1.5 for b in base], base, 1.3).verdict == "NO"


def test_a_slow_spell_of_the_baseline_does_not_make_the_app_look_fast() -> None:
    # Three of the five baseline starts ran during a slow spell that spared the app's starts
    # beside them: the ratio of the medians alone would say 1.27x, "met"; start by start the
    # app took 1.27x to 1.69x its baseline (median 1.35x).
    base = [0.150, 0.150, 0.200, 0.200, 0.200]
    app = [0.254, 0.254, 0.254, 0.260, 0.270]
    verdict = ratios.judge(app, base, 1.3)
    assert verdict.of_medians < 1.3 < verdict.paired
    assert verdict.verdict == "unclear"
    assert "1.27× of the medians, 1.35× paired" in verdict.describe()


def test_unpaired_runs_are_refused() -> None:
    with pytest.raises(ValueError):
        ratios.judge([0.2, 0.2], [0.15], 1.3)
