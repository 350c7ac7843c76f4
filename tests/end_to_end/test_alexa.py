"""An Alexa Flash Briefing feed: its item, and its audio measured by meters of our own
choosing (miniaudio decodes, pyloudnorm and libebur128 measure), as Alexa requires."""

import json

import miniaudio
import numpy as np
import pyloudnorm
import pytest

from briefing.config import settings_from_cli
from briefing.core.errors import OptionError
from briefing.pipeline import make


def test_the_feed_item_and_its_audio_meet_alexa_s_rules(tmp_path, sample_path, wire_path):
    feed = tmp_path / "alexa.json"
    first = tmp_path / "ferry.mp3"
    make(settings_from_cli(str(sample_path), "45", output=str(first), alexa_feed=str(feed),
                           base_url="https://radio.example/news/"))
    items = json.loads(feed.read_text(encoding="utf-8"))
    assert len(items) == 1
    item = items[0]
    assert set(item) == {"uid", "updateDate", "titleText", "mainText", "streamUrl"}
    assert item["streamUrl"] == "https://radio.example/news/ferry.mp3"
    assert item["updateDate"].endswith(".0Z") and item["titleText"].startswith("Port Alder")
    audio = miniaudio.decode_file(str(first), output_format=miniaudio.SampleFormat.FLOAT32,
                                  nchannels=1, sample_rate=44100)
    samples = np.asarray(audio.samples, dtype=np.float64)
    assert abs(pyloudnorm.Meter(44100).integrated_loudness(samples) + 14.0) <= 0.5
    pyebur128 = pytest.importorskip("pyebur128")
    state = pyebur128.R128State(1, 44100, pyebur128.MeasurementMode.MODE_TRUE_PEAK)
    state.add_frames(samples, len(samples))
    assert 20 * np.log10(pyebur128.get_true_peak(state, 0)) <= -2.0
    # A second briefing goes first; the first keeps its uid.
    make(settings_from_cli(str(wire_path), "30", output=str(tmp_path / "levy.mp3"),
                           alexa_feed=str(feed), base_url="https://radio.example/news"))
    again = json.loads(feed.read_text(encoding="utf-8"))
    assert [i["streamUrl"].rsplit("/", 1)[1] for i in again] == ["levy.mp3", "ferry.mp3"]
    assert again[1]["uid"] == item["uid"]


@pytest.mark.parametrize(("options", "message"), [
    ({"loudness": "ebu"}, "drop --loudness ebu"),
    ({}, "--alexa-feed needs --base-url"),
    ({"base_url": "https://x.example", "duration": "11:00"}, "at most 10 minutes"),
    ({"base_url": "https://x.example", "audio_format": "wav", "output": "x.wav"},
     "streams an MP3"),
])
def test_what_alexa_would_refuse_is_refused_first(options, message):
    options = {"duration": "60", **options}
    duration = options.pop("duration")
    with pytest.raises(OptionError, match=message):
        settings_from_cli("a.txt", duration, alexa_feed="feed.json", **options)
