"""The espeak-ng stumble checker, and the speech forms that leave nothing for it to find.

Every sentence here is one we wrote; the corpus is measured by bench/stumbles.py only.
"""

from __future__ import annotations

import importlib.util
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.voices.stumbles import phonemes, stumbles, tokens
from briefing.writing.style import speech_text

ROOT = Path(__file__).resolve().parent.parent.parent


def kinds(text: str) -> set[str]:
    return {s.kind for s in stumbles(text)}


def test_phonemes_come_from_espeak():
    assert phonemes("dash") == "d'aS"
    assert phonemes("") == ""


@pytest.mark.parametrize(("text", "kind"), [
    ("The vote was 61-22.", "dash"),
    ("Call me and/or write.", "slash"),
    ("The XB.1 variant spread.", "dot"),
    ("The #MeToo movement grew.", "hash"),
    ("Follow @ledger today.", "at"),
    ("Ms Brandt spoke.", "letters"),
    ("It was a 5km run.", "letters"),
    ("Flight ZX4102 landed.", "code"),
    ("Music of the 1990s returned.", "code"),
    ("The GOP has a plan.", "acronym"),
    ("The QXZ said so.", "initialism"),
])
def test_checker_finds_what_the_voice_would_stumble_on(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "NATO and NASA met the FBI.",
    "COVID-19 cases fell in the U S.",
    "Mister Ruiz paid a dash of salt, dot com style.",
    "You'll see the 19th and the 21st.",
    "She won 3 to 2 at 9:15.",
    "The G-O-P has a plan.",
])
def test_checker_is_quiet_on_what_the_voice_says_well(text):
    assert stumbles(text) == []


def test_the_word_after_decides_how_capitals_are_read():
    # espeak says "GOP has" as a word and "GOP said" as letters: each run is judged in
    # its clause.
    assert "acronym" in kinds("The GOP has won.")
    assert "acronym" not in kinds("The GOP said no.")


def test_tokens_carry_the_next_word_of_their_clause():
    assert tokens('The EPA said, "no." Then') == [
        ("The", "EPA"), ("EPA", "said"), ("said", ""), ("no", ""), ("Then", "")]


TRICKY = [
    "The Senate voted 61-22 on Tuesday after the Gulls won 3-2 and the Terns lost 4-1.",
    "Voters ages 18-24 turned out in 2019-2021, pages 10-12 of the report say.",
    "Call the tip line at 555-867-5309 about the 2024-05-01 filing.",
    "The Vireo B737-800 and the A350-900 flew as flight ZX4102 on I-405 traffic.",
    "The XB.1 and XBB.1.5 variants spread, not the older ones.",
    "Read it and/or sign it, 24/7, with 1/2 cup of sugar and 1-1/2 cups of flour.",
    "Ms Brandt met Mr Ruiz and Dr Lee in Madison, WI on Monday.",
    "The court set a $250,000 fine and a $5 million bond, not $40-50 billion.",
    "It ran 5km at 10 mph in 3°C heat, 20 cents/kWh, at 60fps.",
    "Q&A with AT&T and PG&E staff & friends about #MeToo and @ledger_news.",
    "Kickoff is at 9:15 p.m. ET; the 9:15 ET feed and v2.1 app follow.",
    "The GOP has a plan, the EPA has a rule, and the AP has the story.",
    "Music of the 1990s and the '80s filled the 1,000th show in WWII hangars.",
    "The score was 100-9, a 500-1 shot, on Oct. 18-21.",
    'The sign read "Route 66" and "61-22", and they did not win 3-2.',
]


@pytest.mark.parametrize("sentence", TRICKY)
def test_no_stumble_remains_after_speech_text(sentence):
    spoken = speech_text(sentence)
    assert stumbles(spoken) == [], spoken


def test_tricky_sentences_do_stumble_as_written():
    # The same sentences, given to the voice as printed, trip it: the test above is no
    # accident of a quiet checker.
    assert sum(1 for s in TRICKY if stumbles(s)) >= len(TRICKY) - 1


def test_checker_is_safe_across_threads():
    words = ["61-22", "and/or", "XB.1", "Ms", "km", "ZX4102"] * 20
    expected = [phonemes(w) for w in words]
    phonemes.cache_clear()
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(phonemes, words)) == expected


def test_the_engine_still_speaks_after_the_checker():
    from briefing.voices.profiles import load_voice
    from briefing.voices.tts.espeak import Pyttsx3Engine

    stumbles("The vote was 61-22.")
    chunk = Pyttsx3Engine(load_voice("default")).synthesize("The vote was 61 to 22.")
    assert len(chunk.pcm) > 1000


PIECES = ["61-22", "3-2", "B737-800", "XB.1", "ZX4102", "and/or", "WI", "Ms ", "Mr ", "Dr ",
          "$250,000 fine", "a ", "5km", "10 mph", "3°C", "&", "#tag", "@handle", "9:15 p.m. ET",
          "v2.1", "1990s", "'80s", "2024-05-01", "555-867-5309", "1/2", "1-1/2", "GOP", "AT&T",
          "Madison, ", "the ", " ", ".", ",", "-", "/", "~", "*", "2019-2021", "Oct. 18-21",
          "1,000,000,000,000,000,000th", "0", "9", "1", ":", "$", "$$", "x", "A", "s", "'"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
                st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)),
                         max_size=20).map("".join)))
def test_speech_forms_are_stable(text):
    once = speech_text(text)
    assert speech_text(once) == speech_text(speech_text(once))


def _bench(monkeypatch):
    # The bench runs as a script beside bench/corpus.py, which it imports.
    monkeypatch.syspath_prepend(str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("bench_stumbles", ROOT / "bench" / "stumbles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_without_a_corpus_says_so(tmp_path, capsys, monkeypatch):
    bench = _bench(monkeypatch)
    bench.CORPUS = tmp_path / "missing"
    assert bench.main([]) == 0
    assert "no corpus" in capsys.readouterr().out


def test_bench_held_out_split_is_fixed(monkeypatch):
    bench = _bench(monkeypatch)
    import hashlib

    for stem in ("01-page", "b002-other", "x"):
        assert bench.held_out(stem) == (int(hashlib.sha256(stem.encode()).hexdigest(), 16) % 3
                                        == 0)
