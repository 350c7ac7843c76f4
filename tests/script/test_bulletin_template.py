"""A bulletin's own template: the producer's words around the stories, each item read
where the template reads it; each mistake is one line with the fix."""

import datetime as dt
import subprocess
import sys

import pytest

from briefing.bulletin import Entry, headline
from briefing.config import settings_from_cli
from briefing.core.errors import TemplateError
from briefing.ingest.article import parse_article
from briefing.pipeline import preview_bulletin
from briefing.station import Station

STORIES = ("wire-story.txt", "local-news.txt", "bbc-shape.txt")
OURS = """{# length: 1:40 #}
{% segment "top", title="Top of the hour" %}
{{ bulletin.time_said }} You're listening to {{ station.name }}.
{% if bulletin.headlines %} In the news:
{% for s in stories %}{{ s.headline() }} {% endfor %}{% endif %}
{% endsegment %}
{% for item in running_order if item.kind == "text" %}{{ item.read() }}{% endfor %}
{% for item in running_order if item.kind == "story" %}{{ item.read() }}{% endfor %}
{% segment "back", title="Back to the music" %}
More news on {{ station.name }} at {{ bulletin.stories + 1 }}.{% endsegment %}
"""


def entries(fixtures_dir, weather):
    first, *rest = (str(fixtures_dir / name) for name in STORIES)
    return [Entry(first), Entry(str(weather), text=True, title="Weather"),
            *(Entry(s) for s in rest)]


@pytest.fixture
def weather(tmp_path):
    path = tmp_path / "weather.txt"
    path.write_text("Rain clearing by noon, then bright and cold.\n", encoding="utf-8")
    return path


def test_the_template_says_the_station_and_time_and_places_each_item(tmp_path, fixtures_dir,
                                                                     weather):
    frame = tmp_path / "top.j2"
    frame.write_text(OURS, encoding="utf-8")
    settings = settings_from_cli(str(fixtures_dir / STORIES[0]), "1:40", "story",
                                 station=Station(name="Valley Radio"))
    planned = preview_bulletin(settings, entries(fixtures_dir, weather), headlines=True,
                               at=dt.time(16, 0), bulletin=str(frame))
    segments = planned.plan.script.segments
    order = []
    for seg in segments:
        if not order or order[-1] != seg.item:
            order.append(seg.item)
    # The weather where the template reads it: before the stories, not in running order.
    assert order == ["top", "t1", "s1", "s2", "s3", "back"]
    top, back = segments[0], segments[-1]
    assert top.title == "Top of the hour"
    assert " ".join(top.copy).startswith("It's four o'clock. You're listening to Valley "
                                         "Radio. In the news:")
    titles = [parse_article((fixtures_dir / n).read_text(encoding="utf-8")).title
              for n in STORIES]
    places = [" ".join(top.copy).find(t) for t in titles]
    assert all(p > 0 for p in places) and places == sorted(places)
    assert back.copy == ("More news on Valley Radio at 4.",)
    assert abs(planned.timeline.total - 100.0) <= 0.5


@pytest.mark.parametrize("body, fragment", [
    ('{% segment "a" %}Hi. {% for i in running_order %}{{ i.read() }}{% endfor %}'
     '{% endsegment %}', "inside a segment: call item.read() between segments"),
    ('{% for i in running_order %}{{ i.read() }}{{ i.read() }}{% endfor %}'
     '{% segment "a" %}Bye.{% endsegment %}', "is read twice"),
    ('{% segment "a" %}{% for s in stories %}{{ s.headline() }}{% endfor %}{% endsegment %}'
     '{% for i in running_order if i.kind == "story" %}{{ i.read() }}{% endfor %}',
     "'Weather' is never read"),
    ('{% segment "s1-lead" %}Hi.{% endsegment %}{% for i in running_order %}{{ i.read() }}'
     '{% endfor %}', "segment id 's1-lead' is a story's too"),
])
def test_a_frame_that_loses_or_repeats_an_item_is_refused(tmp_path, fixtures_dir, weather,
                                                          body, fragment):
    frame = tmp_path / "bad.j2"
    frame.write_text(body, encoding="utf-8")
    settings = settings_from_cli(str(fixtures_dir / STORIES[0]), "1:30", "story")
    with pytest.raises(TemplateError, match="bad.j2") as caught:
        preview_bulletin(settings, entries(fixtures_dir, weather), bulletin=str(frame))
    assert fragment in str(caught.value)


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "briefing.cli", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd)


def test_a_template_used_for_the_wrong_job_is_one_line(fixtures_dir, sample_path):
    made = run("preview", str(sample_path), "-t", "bulletin")
    assert made.returncode == 1 and made.stderr.count("\n") == 1
    assert "frames a bulletin" in made.stderr and "-b" in made.stderr
    read = run("bulletin", *(str(fixtures_dir / n) for n in STORIES), "-b", "brief",
               "--preview")
    assert read.returncode == 1 and read.stderr.count("\n") == 1
    assert "not a running order" in read.stderr


def test_templates_check_knows_a_bulletin(tmp_path):
    ok = run("templates", "check", "bulletin")
    assert ok.returncode == 0, ok.stderr
    assert "s3" in ok.stdout and "back" in ok.stdout  # the running order, not one brief
    typo = tmp_path / "typo.j2"
    typo.write_text('{% segment "a" %}{{ bulletin.time_sad }}{% for s in stories %}'
                    '{{ s.headlin() }}{% endfor %}{% endsegment %}'
                    '{% for i in running_order %}{{ i.read() }}{% endfor %}', encoding="utf-8")
    bad = run("templates", "check", str(typo))
    assert bad.returncode == 1
    assert "unknown bulletin value 'time_sad' (did you mean 'time_said'?)" in bad.stderr
    assert "unknown item field 'headlin' (did you mean 'headline'?)" in bad.stderr
    silent = tmp_path / "silent.j2"
    silent.write_text('{% segment "a" %}{{ bulletin.time_said }} The news.{% endsegment %}',
                      encoding="utf-8")
    bad = run("templates", "check", str(silent))
    assert bad.returncode == 1 and "never reads its stories" in bad.stderr


BODY = ("The county council voted on Tuesday to close the Elm Road depot by the end of "
        "next year.\n\nThe move will save about $400,000 a year, officials said.\n\n"
        "The depot has stood since 1961.\n")


@pytest.mark.parametrize("title, said", [
    ("Council votes to close Elm Road depot", "Council votes to close Elm Road depot."),
    ('"We had no choice," council says of depot closure', ""),
    ("Depot: council votes to close it next year", ""),
    ("BREAKING: Council votes to close Elm Road depot", "Council votes to close Elm Road "
                                                        "depot."),
    ("Depot closure | Valley Courier", ""),
    ("The 5 best ways to reach the tip after the depot closes", ""),
    ("COUNCIL VOTES TO CLOSE ELM ROAD DEPOT", ""),
    ("How to get to the tip now the Elm Road depot is closing", ""),
    ("5 things to know about the Elm Road depot closure", ""),
    ("Is this the end for the Elm Road depot?", ""),
    ("Why you will miss the Elm Road depot", ""),
    ("November 19th, 2026 at 9:08 GMT 1 day ago", ""),
    ("Council votes to close the Elm Road depot after a long night of debate over costs, "
     "snow and the future of the ploughs", ""),
])
def test_a_headline_is_the_title_when_it_says_on_air_else_none(title, said):
    article = parse_article(f"{title}\n\n{BODY}", force=True)
    assert headline(article) == said
