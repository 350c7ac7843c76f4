"""Silence trimming shared by the engines: chapter marks sit on the speech onset and the
pauses between sentences are ours to set."""

from __future__ import annotations

import numpy as np

SILENCE = 300 / 32768
"""|sample| below this (about -40 dBFS) counts as silence."""
LEAD_IN = 0.003
"""Seconds kept before the first sound."""
TAIL = 0.02
"""Seconds kept after the last sound, for the decay."""


def trim(samples: np.ndarray, rate: int) -> np.ndarray:
    """Float samples without leading and trailing silence (short edges kept)."""
    loud = np.flatnonzero(np.abs(samples) > SILENCE)
    if loud.size == 0:
        return samples[:0]
    start = max(0, loud[0] - int(LEAD_IN * rate))
    end = min(samples.size, loud[-1] + 1 + int(TAIL * rate))
    return samples[start:end]
