"""The natural ranges a briefing may be stretched within to land on the clock.

Shared by the planner (how much overrun it may choose), the fit and the assembly.
"""

PAUSE_RANGE = (0.8, 1.6)
"""How far inserted pauses may shrink or stretch to land on the target. They shrink at
most to 0.8x, so a voice's pauses keep their order: each profile's sentence pause at
0.8x is longer than its engine's own pauses at commas (tests/voices/tts/test_pauses.py),
and its segment pause longer still. (Stretching only to 1.2x cost a second and third
render pass at 60 and 90 s and 0.2 s of landing at 15 and 30 s: measured, left out.)"""
RATE_RANGE = (0.92, 1.08)
"""How far the speaking rate may move from the profile's to land on the target."""


def pause_scale(speech: float, pauses: float, target: float) -> float:
    """The factor on pauses that makes speech + pauses equal the target, within range."""
    if pauses <= 0:
        return 1.0
    scale = (target - speech) / pauses
    return min(PAUSE_RANGE[1], max(PAUSE_RANGE[0], scale))
