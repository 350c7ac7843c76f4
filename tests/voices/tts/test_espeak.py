"""The real espeak-ng engine (from the espeakng-loader wheel) through pyttsx3."""

import pytest

from briefing.clock.timing import sentence_seconds
from briefing.voices.profiles import load_voice
from briefing.voices.tts import get_engine

WORDS = ("harbour ferry commuters council engineers pilings repairs landing storm riders "
         "schedule breakwater").split()


@pytest.fixture(scope="module")
def voice():
    return load_voice("default")


@pytest.fixture(scope="module")
def engine(voice):
    return get_engine(voice)


def test_300_word_segment_is_rendered_in_full(engine, voice):
    # pyttsx3's save_to_file drops long texts on espeak; the engine must not.
    sentences = [" ".join(WORDS[(i + j) % len(WORDS)] for j in range(15)) + "."
                 for i in range(20)]
    text = " ".join(sentences)
    assert len(text.split()) == 300
    chunk = engine.synthesize(text)
    expected = sum(sentence_seconds(s, voice) for s in sentences)
    # All 300 words at about 165 wpm is well over a minute; a dropped tail would be far short.
    assert chunk.seconds > 0.85 * expected
    assert chunk.seconds < 1.25 * expected
    assert chunk.seconds > 300 / voice.rate * 60 * 0.8


def test_same_text_same_length(engine):
    text = "The ferry returns on December 15, the mayor said on Monday."
    first = engine.synthesize(text)
    engine.synthesize("Something else in between, to move espeak's internal state along.")
    second = engine.synthesize(text)
    assert first.seconds == second.seconds
    assert first.sample_rate == 22050


def test_audio_is_trimmed_to_the_speech(engine):
    import array

    chunk = engine.synthesize("Good morning.")
    samples = array.array("h")
    samples.frombytes(chunk.pcm)
    head = max(abs(s) for s in samples[: int(0.01 * chunk.sample_rate)])
    assert head > 300  # speech starts within 10 ms: chapter marks sit on the onset


def test_text_without_words_gives_silence(engine):
    assert engine.synthesize(' " ').seconds == 0.0


def test_unknown_espeak_voice_is_a_clear_error(tmp_path):
    from briefing.core.errors import EngineError

    path = tmp_path / "odd.toml"
    path.write_text('engine = "pyttsx3"\nvoice = "xx/none"\n', encoding="utf-8")
    with pytest.raises(EngineError, match="no voice 'xx/none'"):
        get_engine(load_voice(str(path)))


def test_an_espeak_variant_changes_the_sound_not_the_timing(tmp_path, engine):
    import numpy as np

    from briefing.clock.fit import RenderCache
    from briefing.core.errors import EngineError

    text = (load_voice("default").path.read_text(encoding="utf-8"))
    path = tmp_path / "klatt.toml"
    path.write_text(text + '\n[engine_options]\nvariant = "klatt4"\n', encoding="utf-8")
    klatt = load_voice(str(path))
    said = "The harbour ferry returns next month, the council said."
    plain, varied = engine.synthesize(said), get_engine(klatt).synthesize(said)
    assert abs(plain.seconds - varied.seconds) < 0.05 * plain.seconds
    assert plain.samples.size != varied.samples.size or \
        not np.allclose(plain.samples, varied.samples, atol=1e-3)
    # The render cache tells the two apart: a cast may use both in one run.
    cache = RenderCache()
    assert cache.audio(load_voice("default"), said) is not cache.audio(klatt, said)
    assert cache.rendered == 2
    path.write_text(text + '\n[engine_options]\nvariant = "../../etc"\n', encoding="utf-8")
    with pytest.raises(EngineError, match="not an espeak-ng variant"):
        get_engine(load_voice(str(path)))


def test_accented_names_are_voiced_whole(engine):
    # espeak counts characters where the check counted UTF-8 bytes: with enough accents
    # the last word seemed never reached and the sentence was refused.
    said = "José Muñoz, Zoë Brontë and Renée Françoise met at noon, and it won."
    chunk = engine.synthesize(said)
    assert [w.text for w in chunk.words] == said.split()
    assert chunk.seconds > 3.0


def test_a_closing_contraction_does_not_read_as_lost_audio(engine):
    # espeak reports "that's" as the word "that" and gives the closing "it" no event of
    # its own: the sentence was refused as incomplete audio though it was whole.
    said = 'The mayor said on Tuesday that the plan "is going to work. If they don\'t, that\'s it."'
    chunk = engine.synthesize(said)
    assert chunk.seconds > 4.0
    assert [w.text for w in chunk.words] == said.split()
    # A date said as more words than written, and short closing words without events.
    dated = "As of 29 November 2018, thirty lanterns will light the old harbour for the " \
            "seventh year in a row."
    assert engine.synthesize(dated).seconds > 4.0
