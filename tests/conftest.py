"""Shared fixtures: our own sample articles and a real render made once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

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
