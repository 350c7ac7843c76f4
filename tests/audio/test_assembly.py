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
    assert 10 * np.log10(image / signal) < -80
    # The timeline is the engine's: the sentence lasts what it lasted at 22.05 kHz.
    assert rendered.sentences[0].end - rendered.sentences[0].start == 2.0


def test_a_sweep_through_assembly_and_loudness_leaves_no_image_above_the_voice_band():
    from scipy.signal import chirp

    from briefing.audio.loudness import Preset, normalise

    rate = 22050
    t = np.arange(rate * 4) / rate
    sweep = (0.5 * chirp(t, 100, t[-1], 10000, method="logarithmic")).astype(np.float32)
    segment = Segment("lead", "Top story", "anchor", ("A sweep.",), ("A sweep.",), (0,))
    rendered = assemble([segment], [[AudioChunk(sweep, rate, "A sweep.")]], 0.3, 4.0,
                        rate=44100)
    out, _ = normalise(rendered.samples, 44100, Preset.PODCAST)
    f, power = welch(out.astype(np.float64), 44100, nperseg=4096, window="blackmanharris")
    band = power[f < 10200].sum()
    above = power[f > 11600].sum()  # images of 10.45-11.05 kHz fall below here
    assert 10 * np.log10(above / band) < -80
