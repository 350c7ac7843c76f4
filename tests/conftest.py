"""Shared fixtures: our own sample articles and a real render made once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# The same examples on every run: a property test that fails, fails every time (CI lands
# or not on the code, never on the draw). Run with HYPOTHESIS_PROFILE=explore to search.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE = ROOT / "samples" / "harbour-ferry.txt"
WIRE = FIXTURES / "wire-story.txt"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def wire_path() -> Path:
    return WIRE


@pytest.fixture(scope="session")
def rendered(tmp_path_factory):
    """The sample article rendered for real at 30 s: (Briefing, mp3 path)."""
    from briefing.config import settings_from_cli
    from briefing.pipeline import make

    out = tmp_path_factory.mktemp("render") / "ferry.mp3"
    result = make(settings_from_cli(str(SAMPLE), "30", "brief", "default", str(out)))
    return result


class FakeEngine:
    """A stand-in voice for the clock's tests: each sentence lasts what the calibrated
    estimate says times ``factor`` (a voice slower or quicker than its profile thinks),
    as a quiet tone, deterministic and a thousand times quicker than a real engine."""

    def __init__(self, voice, factor: float = 1.0) -> None:  # noqa: ANN001 - a Voice
        self.voice, self.factor, self.spoken = voice, factor, []

    def synthesize(self, text: str):  # noqa: ANN201 - an AudioChunk
        import numpy as np

        from briefing.clock.timing import sentence_seconds
        from briefing.voices.tts import AudioChunk

        self.spoken.append(text)
        rate = 22050
        n = round(sentence_seconds(text, self.voice) * self.factor * rate)
        tone = (0.1 * np.sin(np.arange(n) * 2 * np.pi * 220 / rate)).astype(np.float32)
        return AudioChunk(tone, rate, text)


@pytest.fixture
def fake_engines():
    """A factory for RenderCache(engines=...): every voice spoken by a FakeEngine; the
    engines made are in ``make.made``."""
    def make(factor: float = 1.0):
        def engine(voice):  # noqa: ANN001, ANN202 - a Voice, an engine
            made = FakeEngine(voice, factor)
            make.made.append(made)
            return made
        return engine
    make.made = []
    return make
