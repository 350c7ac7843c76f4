"""Audio for air, measured on real renders by readers the tool does not use to write them
(scipy's WAV reader, pyloudnorm's meter)."""

import json
import warnings

import numpy as np
import pyloudnorm
from scipy.io import wavfile

from briefing.config import settings_from_cli
from briefing.pipeline import make


def test_sentences_of_a_piper_voice_sit_within_one_and_a_half_lu(tmp_path, wire_path):
    # Piper's sentences vary by 3-4 LU and the limiter takes most from the peaky ones:
    # the wire story's sign-off came out 1.7 LU under the rest before the level was
    # looked at again after the limiter.
    out = tmp_path / "joe.wav"
    result = make(settings_from_cli(str(wire_path), "60", voice="joe", output=str(out),
                                    audio_format="wav"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the BWF chunks scipy does not read
        rate, data = wavfile.read(out)
    samples = data.astype(np.float64) / 2 ** 31
    meter = pyloudnorm.Meter(rate)
    sentences = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["sentences"]
    levels = [meter.integrated_loudness(samples[round(s["start"] * rate):round(s["end"] * rate)])
              for s in sentences if s["end"] - s["start"] >= 0.5]
    assert len(levels) >= 4
    assert max(levels) - min(levels) <= 1.5
    # The programme still meets its preset, as an independent meter reads it.
    assert abs(meter.integrated_loudness(samples) - result.loudness.integrated_lufs) < 0.1
    assert abs(result.loudness.integrated_lufs + 16.0) < 0.2


def read(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rate, data = wavfile.read(path)
    return rate, data.astype(np.float64) / 2 ** 31


def test_a_room_tone_floor_fills_the_pauses_at_its_level(tmp_path, sample_path):
    plain, floored = tmp_path / "plain.wav", tmp_path / "floor.wav"
    for out, tone in ((plain, None), (floored, -66.0)):
        make(settings_from_cli(str(sample_path), "30", output=str(out), audio_format="wav",
                               room_tone=tone))
    sentences = json.loads(floored.with_suffix(".json").read_text(encoding="utf-8"))["sentences"]
    rate, quiet = read(plain)
    _, toned = read(floored)
    # The pauses between sentences: digital silence without a floor, the floor with one.
    pauses = [(round((a["end"] + 0.05) * rate), round((b["start"] - 0.05) * rate))
              for a, b in zip(sentences, sentences[1:], strict=False)]
    gaps = np.concatenate([toned[a:b] for a, b in pauses])
    assert np.all(np.concatenate([quiet[a:b] for a, b in pauses]) == 0.0)
    assert abs(20 * np.log10(np.sqrt(np.mean(gaps ** 2))) + 66.0) < 1.0
    # The same noise every run, and the speech itself unchanged beneath it.
    again = tmp_path / "again.wav"
    make(settings_from_cli(str(sample_path), "30", output=str(again), audio_format="wav",
                           room_tone=-66.0))
    assert np.array_equal(read(again)[1], toned)
    assert np.max(np.abs(toned - quiet)) < 10 ** (-40 / 20)
