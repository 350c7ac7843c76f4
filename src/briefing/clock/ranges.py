"""The natural ranges a briefing may be stretched within to land on the clock.

Shared by the planner (how much overrun it may choose), the fit and the assembly.
"""

PAUSE_RANGE = (0.6, 1.6)
"""How far inserted pauses may shrink or stretch to land on the target."""
RATE_RANGE = (0.92, 1.08)
"""How far the speaking rate may move from the profile's to land on the target."""


def pause_scale(speech: float, pauses: float, target: float) -> float:
    """The factor on pauses that makes speech + pauses equal the target, within range."""
    if pauses <= 0:
        return 1.0
    scale = (target - speech) / pauses
    return min(PAUSE_RANGE[1], max(PAUSE_RANGE[0], scale))
