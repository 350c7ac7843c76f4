"""Assembly brings the engines' audio to the programme's rate with one clean resampler."""

import numpy as np
from scipy.signal import welch

from briefing.audio.assembly import assemble
from briefing.script.templates import Segment
from briefing.voices.tts import AudioChunk


def test_no_image_of_the_speech_band_above_the_engines_nyquist():
    rate = 22050
    t = np.arange(rate * 2) / rate
    tone = (0.5 * np.sin(2 * np.pi * 5000 * t)).astype(np.float32)
    segment = Segment("lead", "Top story", "anchor", ("A tone.",), ("A tone.",), (0,))
    rendered = assemble([segment], [[AudioChunk(tone, rate, "A tone.")]], 0.3, 2.0, rate=44100)
    assert rendered.rate == 44100 and abs(rendered.samples.size - 2 * tone.size) <= 2
    f, power = welch(rendered.samples, 44100, nperseg=8192)
    signal = power[np.argmin(np.abs(f - 5000))]
    image = power[np.argmin(np.abs(f - (rate - 5000)))]  # 17.05 kHz: linear interpolation's
    assert 10 * np.log10(image / signal) < -60
    # The timeline is the engine's: the sentence lasts what it lasted at 22.05 kHz.
    assert rendered.sentences[0].end - rendered.sentences[0].start == 2.0
