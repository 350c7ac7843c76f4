"""Templates keep their word: each built-in runs the length its description states."""

from __future__ import annotations

import re

import pytest

from briefing.config import settings_from_cli
from briefing.core.errors import TemplateError
from briefing.core.resources import builtin_dir
from briefing.pipeline import preview
from briefing.script.template_check import frames_bulletin
from briefing.script.templates import _describe
from briefing.station import Station

BUILT_INS = sorted(builtin_dir("scripts").glob("*.j2"))
RESTATED = "\n\n".join([
    'Bridge closure ends early in Millbrook',
    'The Millbrook River bridge will reopen to traffic on Friday, three weeks ahead of '
    'schedule, the state transportation department said on Tuesday.',
    'The state transportation department said Tuesday that the Millbrook River bridge will '
    'reopen Friday, three weeks earlier than planned.',
    'Crews replaced the steel deck and repainted the railings during the closure, which began'
    ' in early March.',
    'About 18,000 vehicles cross the bridge each day, and detours had added up to twenty '
    'minutes to some commutes.',
    '"We are grateful for the patience of everyone who drives this route," project manager '
    'Lena Ortiz said in a statement.',
    'Local businesses near the bridge said sales had dropped by a third during the closure.',
])


def stated(description: str) -> tuple[float, float, float]:
    """(default, shortest, longest) seconds a description promises: "about 20 seconds (15 to
    25; ...)", "about 20 seconds" (give or take 5) or "60 seconds by default" (give or take 1)."""
    if m := re.search(r"about (\d+) seconds \((\d+) to (\d+)\b", description):
        return float(m.group(1)), float(m.group(2)), float(m.group(3))
    if m := re.search(r"about (\d+) seconds", description):
        return float(m.group(1)), float(m.group(1)) - 5, float(m.group(1)) + 5
    m = re.search(r"(\d+) seconds by default", description)
    assert m, f"the description does not state a length: {description!r}"
    return float(m.group(1)), float(m.group(1)) - 1, float(m.group(1)) + 1


def test_there_are_built_in_templates():
    assert {p.stem for p in BUILT_INS} >= {"brief", "headline"}


@pytest.mark.parametrize("path", BUILT_INS, ids=lambda p: p.stem)
def test_every_description_states_its_length_and_that_d_wins(path):
    description = _describe(path)
    stated(description)
    assert "follows -d" in description


@pytest.mark.parametrize("path", BUILT_INS, ids=lambda p: p.stem)
def test_each_template_runs_its_stated_length_by_default(path, sample_path):
    default, shortest, longest = stated(_describe(path))
    if frames_bulletin(path):  # a bulletin's own, over the bundled stories
        from briefing.pipeline import preview_bulletin
        from briefing.rundown import resolve_order

        stories = [str(p) for p in sorted(builtin_dir("samples").glob("*.txt"))]
        order = resolve_order(stories, None, 5, None, None, None, None, True, None,
                              bulletin=str(path))
        settings = settings_from_cli(stories[0], order.duration, order.template)
        planned = preview_bulletin(settings, order.entries, True, bulletin=order.bulletin)
    else:
        settings = settings_from_cli(str(sample_path), None, str(path))
        planned = preview(settings)
    assert settings.target_seconds == default
    assert shortest <= planned.timeline.total <= longest, planned.timeline.total


def test_headline_defaults_to_20_seconds_and_d_or_the_station_wins(sample_path):
    assert settings_from_cli(str(sample_path), None, "headline").target_seconds == 20.0
    assert settings_from_cli(str(sample_path), None, "brief").target_seconds == 60.0
    assert settings_from_cli(str(sample_path), "45", "headline").target_seconds == 45.0
    station = Station(duration="30")
    assert settings_from_cli(str(sample_path), None, "headline",
                             station=station).target_seconds == 30.0
    # The station's template brings its own length.
    assert settings_from_cli(str(sample_path), station=Station(template="headline"))\
        .target_seconds == 20.0


def test_a_template_declares_its_length(tmp_path, sample_path):
    path = tmp_path / "t.j2"
    path.write_text('{# description: ours, 90 seconds by default #}\n{# length: 1:30 #}\n'
                    '{% segment "a" %}{{ story.lead() }}{% endsegment %}', encoding="utf-8")
    assert settings_from_cli(str(sample_path), None, str(path)).target_seconds == 90.0
    path.write_text('{# length: soon #}\n{% segment "a" %}Hello.{% endsegment %}',
                    encoding="utf-8")
    with pytest.raises(TemplateError, match=r"t\.j2:1: length 'soon' is not a length"):
        settings_from_cli(str(sample_path), None, str(path))
    path.write_text('{#\n  A note.\n#}\n{# length: 0:02 #}\n', encoding="utf-8")
    with pytest.raises(TemplateError, match=r"t\.j2:4: length '0:02' is not a length from 5"):
        settings_from_cli(str(sample_path), None, str(path))


def test_an_unknown_template_is_reported_when_loaded_not_when_timed(sample_path):
    assert settings_from_cli(str(sample_path), None, "nope").target_seconds == 60.0


def test_headline_never_says_a_fact_twice(tmp_path):
    article = tmp_path / "bridge.txt"
    article.write_text(RESTATED, encoding="utf-8")
    planned = preview(settings_from_cli(str(article), None, "headline"))
    assert 15.0 <= planned.timeline.total <= 25.0
    [headline, *_] = planned.plan.script.segments
    # The lead, then different sentences; never the second one, which says the first again.
    assert headline.sources[0] == 0 and len(headline.sources) >= 2
    assert 1 not in headline.sources
    assert len(set(headline.sources)) == len(headline.sources)
    spoken = [i for seg in planned.plan.script.segments for i in seg.sources]
    assert len(spoken) == len(set(spoken))


def test_headline_made_for_real_lasts_15_to_25_seconds(tmp_path, sample_path):
    from mutagen.mp3 import MP3

    from briefing.pipeline import make

    out = tmp_path / "headline.mp3"
    made = make(settings_from_cli(str(sample_path), None, "headline", output=str(out)))
    seconds = MP3(str(made.audio)).info.length
    assert 15.0 <= seconds <= 25.0, seconds
