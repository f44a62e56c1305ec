"""Measured figures and the arithmetic on them: medians over rounds and ratios between targets."""

import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Metric:
    """One figure from one run of one workload on one target."""
    group: str            # table section, e.g. 'per-draw overhead'
    name: str             # row name, unique within the group
    value: float
    unit: str
    higher_is_better: bool

    @property
    def key(self):
        return (self.group, self.name)


@dataclass(frozen=True)
class Row:
    """A table row: the median of each target's samples."""
    group: str
    name: str
    unit: str
    higher_is_better: bool
    medians: dict         # target -> median value
    samples: dict         # target -> number of samples

    def advantage(self, first, second):
        """How much better `first` is than `second` (×, >1 = first better), or None.

        For throughput that is first/second; for times and sizes it is second/first, so every
        ratio in the report and the chart reads the same way."""
        a, b = self.medians.get(first), self.medians.get(second)
        if a is None or b is None or a <= 0 or b <= 0:
            return None
        return a / b if self.higher_is_better else b / a


def rows(samples_by_target, target_order):
    """samples_by_target: {target: [Metric, ...]} over all rounds -> [Row] in first-seen order."""
    order, info, values = [], {}, {}
    for target in target_order:
        for m in samples_by_target.get(target, []):
            if m.key not in info:
                order.append(m.key)
                info[m.key] = m
            values.setdefault(m.key, {}).setdefault(target, []).append(m.value)
    result = []
    for key in order:
        m = info[key]
        per_target = values[key]
        result.append(Row(m.group, m.name, m.unit, m.higher_is_better,
                          {t: statistics.median(v) for t, v in per_target.items()},
                          {t: len(v) for t, v in per_target.items()}))
    return result
