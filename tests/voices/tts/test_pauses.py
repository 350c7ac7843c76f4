"""Pauses keep their order for every built-in voice: the engine's own pause at a comma <
the sentence pause at its shortest < the segment pause (real engines, measured)."""

import numpy as np
import pytest

from briefing.clock.ranges import PAUSE_RANGE
from briefing.voices.profiles import load_voice
from briefing.voices.tts import get_engine
from briefing.voices.tts.trim import longest_pause

COMMAS = ("The ferry returns on Monday, after ten weeks of repairs, the council said.",
          "Tickets, passes and permits will be free, and the first boat leaves at seven.",
          "In the north, rain is likely; in the south, a dry and sunny day.",
          "The council closed the old pier after months of warnings from the engineers who "
          "had inspected it, which the harbour's residents had feared since the storm in "
          "early February.",
          "She later wrote, on the council's own website, that the meeting had paid close "
          "attention \"to the ways the town could rebuild its waterfront.\"")


def test_a_quiet_run_inside_a_sentence_is_measured():
    rate = 22050
    tone = np.sin(np.arange(rate // 2) / 5.0) * 0.3
    audio = np.concatenate([tone, np.zeros(int(0.3 * rate)), tone, np.zeros(int(0.05 * rate)),
                            tone])
    assert longest_pause(audio, rate) == pytest.approx(0.3, abs=0.002)
    assert longest_pause(tone, rate) == 0.0


@pytest.mark.parametrize("name", ["default", "reader", "joe"])
def test_a_voice_s_sentence_pause_stays_above_its_engine_s_own_pauses(name):
    voice = load_voice(name)
    engine = get_engine(voice)
    own = max(longest_pause(c.samples, c.sample_rate)
              for c in (engine.synthesize(t) for t in COMMAS))
    assert own > 0.1  # the engine does pause at commas
    assert voice.sentence_pause * PAUSE_RANGE[0] > own, (voice.sentence_pause, own)
    assert voice.segment_pause > voice.sentence_pause
