"""The natural ranges a briefing may be stretched within to land on the clock.

Shared by the planner (how much overrun it may choose), the fit and the assembly.
"""

PAUSE_RANGE = (0.8, 1.6)
"""How far inserted pauses may shrink or stretch to land on the target. They shrink at
most to 0.8x, so a voice's pauses keep their order: each profile's sentence pause at
0.8x is longer than its engine's own pauses at commas (tests/voices/tts/test_pauses.py),
and its segment pause longer still. Beyond ``NATURAL_PAUSES`` only when the story cannot
fill its time otherwise, and `make` says so."""
NATURAL_PAUSES = (0.8, 1.2)
"""The pauses a listener hears as the voice's own: the planner and the fit spend sentences
and speaking rate first so that pauses stay within this range."""
RATE_RANGE = (0.92, 1.08)
"""How far the speaking rate may move from the profile's to land on the target."""


def natural(scale: float) -> bool:
    """Whether pauses scaled by ``scale`` still sound like the voice's own (rounded as
    reported)."""
    return NATURAL_PAUSES[0] <= round(scale, 2) <= NATURAL_PAUSES[1]


def pause_scale(speech: float, pauses: float, target: float) -> float:
    """The factor on pauses that makes speech + pauses equal the target, within range."""
    if pauses <= 0:
        return 1.0
    scale = (target - speech) / pauses
    return min(PAUSE_RANGE[1], max(PAUSE_RANGE[0], scale))
