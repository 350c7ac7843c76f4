"""The programme's clock: one meaning for every length."""

import pytest

from briefing.clock.programme import Clock
from briefing.clock.timing import SegmentTime, Timeline


def test_the_voice_gets_what_the_intro_outro_and_decoder_delay_leave():
    clock = Clock(60.0, intro=4.0, outro=6.0, encoder_delay=0.05)
    assert clock.voice == pytest.approx(49.95)
    assert clock.voice_starts == pytest.approx(4.05)
    assert clock.in_voice(10.05) == pytest.approx(6.0)
    assert clock.heard(59.95) == pytest.approx(60.0)


def test_a_voice_timeline_is_placed_in_the_file():
    voice = Timeline((SegmentTime("lead", 0.0, 10.0), SegmentTime("close", 10.4, 49.9)),
                     49.9, measured=False)
    placed = Clock(60.0, intro=4.0, outro=6.0, encoder_delay=0.05).placed(voice)
    assert [(t.start, t.end) for t in placed.segments] == [(4.05, 14.05), (14.45, 53.95)]
    assert placed.total == pytest.approx(59.95)  # the outro counted
    assert not placed.measured
    measured = Clock(30.0).placed(Timeline(voice.segments, 49.9, measured=True), total=50.0)
    assert measured.total == 50.0 and measured.measured


def test_preview_and_make_read_the_same_clock(tmp_path, sample_path):
    from briefing.config import settings_from_cli
    from briefing.pipeline import make, preview

    settings = settings_from_cli(str(sample_path), "45", output=str(tmp_path / "b.mp3"))
    planned = preview(settings)
    assert planned.clock.programme == 45.0
    assert planned.plan.script.target_seconds == pytest.approx(planned.clock.voice)
    result = make(settings)
    # The first chapter starts where the voice does: after the decoder's delay.
    assert result.timeline.segments[0].start == pytest.approx(planned.clock.voice_starts,
                                                              abs=0.001)
    assert abs(result.timeline.total - 45.0) <= 0.5
