"""Templates from colleagues and downloads: they read only what they are given, and a
render has a budget of time, memory, output and segments."""

from __future__ import annotations

import pytest

from .conftest import refused, succeeded

STATION = '[station]\nname = "Valley Radio"\nslogan = "News on the hour"\n'
SEG = '{% segment "lead" %}{{ story.lead() }}{% endsegment %}'

# (template source, fragments the one-line error must name)
ATTACKS = [
    ('{% segment "a" %}{{ station.path.with_name("pwned").write_text("x") }}{% endsegment %}',
     ["t.j2:1"]),
    ('{% segment "a" %}{{ station.path.joinpath("/etc/hostname").read_text() }}'
     '{% endsegment %}', ["t.j2:1"]),
    ('{% segment "a" %}{{ article.__class__.__mro__ }}{% endsegment %}', ["unsafe"]),
    ('{% segment "a" %}{{ "".__class__.__base__.__subclasses__() }}{% endsegment %}',
     ["unsafe"]),
    ('{% segment "a" %}{{ cycler.__init__.__globals__ }}{% endsegment %}', ["t.j2:1"]),
    ('{% segment "a" %}{{ story._render.selection }}{% endsegment %}', ["unsafe"]),
    ('{% segment "a" %}{{ _render.segments }}{% endsegment %}', ["unsafe"]),
    ('{% segment "a" %}{{ article.sentences.append(1) }}{% endsegment %}', ["unsafe"]),
    ('{% segment "a" %}{{ article.sentences[0].text.format(1) }}{% endsegment %}',
     ["unsafe"]),
    ('{% segment "a" %}{{ article.published.__class__ }}{% endsegment %}', ["unsafe"]),
    ('{% segment "a" %}{{ self.__dict__ }}{% endsegment %}', ["t.j2:1"]),
    ('{% segment "a" %}{{ lipsum(10**6) }}{% endsegment %}', ["lipsum", "undefined"]),
    ('{% segment "a" %}{{ "a" * 10**9 }}{% endsegment %}', ["limit"]),
    ('{{ "a" * 10**9 }}{% segment "a" %}Hello there.{% endsegment %}', ["limit"]),
    ('{% set x = [1] * 10**8 %}{% segment "a" %}Hello there.{% endsegment %}', ["limit"]),
    ('{% segment "a" %}{{ (2**1000)**1000 }}{% endsegment %}', ["too large"]),
    ('{% segment "a" %}{{ "x"|center(10**9) }}{% endsegment %}', ["limit"]),
    ('{% segment "a" %}{{ "x"|indent(10**9, true) }}{% endsegment %}', ["limit"]),
    ('{% segment "a" %}{{ "%999999999s"|format("a") }}{% endsegment %}', ["t.j2"]),
    ('{% segment "a" %}{% for i in range(10**7) %}x{% endfor %}{% endsegment %}',
     ["range"]),
    ('{% for i in range(500) %}{% segment "s" ~ i %}Hello.{% endsegment %}{% endfor %}',
     ["more than 60 segments"]),
    ('{% segment "a" %}{% for i in range(90000) %}word {% endfor %}{% endsegment %}',
     ["characters"]),
    ('{% set ns = namespace(s="ab") %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}'
     '{% endfor %}' + SEG, ["memory"]),
    ('{% include "t.j2" %}', ["itself"]),
    ('{% extends "t.j2" %}', ["itself"]),
    ('{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{% segment "a" %}{{ f(1) }}{% endsegment %}',
     ["itself"]),
    ('{% include "/etc/passwd" %}' + SEG, ["/etc/passwd"]),
    ('{% include "../story.txt" %}' + SEG, ["story.txt"]),
    ('Just some words, no segment at all.', ["no segment"]),
    ('{% segment "" %}Hello there.{% endsegment %}', ["segment id is empty"]),
    ('{% segment "a" %}One.{% endsegment %}{% segment "a" %}Two.{% endsegment %}',
     ["used twice"]),
    ('{% segment "a", colour="red" %}Hi.{% endsegment %}', ["unknown segment option"]),
    ('{% segment "a" %}{{ artcle.title }}{% endsegment %}', ["artcle", "undefined"]),
    ('{% segment "a" %}{{ story.lead( }}{% endsegment %}', ["t.j2:1"]),
    ('{% segment "a" %}{{ 1 / 0 }}{% endsegment %}', ["division"]),
    ('{% segment "a" %}{{ config.items() }}{% endsegment %}', ["config"]),
]


@pytest.mark.parametrize("source, fragments", ATTACKS, ids=range(len(ATTACKS)))
def test_template_attack_is_refused_and_touches_nothing(desk, source, fragments):
    desk.write("briefing.toml", STATION)
    desk.write("scripts/t.j2", source)
    with desk.unchanged():
        for command in ("preview", "make"):
            refused(desk.run(command, "story.txt", "-t", "scripts/t.j2", "-d", "20"),
                    *fragments)
    assert not (desk.root / "scripts" / "pwned").exists()


def test_a_slow_template_is_stopped(desk, monkeypatch):
    monkeypatch.setattr("briefing.script.sandbox.MAX_RENDER_SECONDS", 0.5)
    desk.write("scripts/t.j2", '{% for i in range(100000) %}{% for j in range(100000) %}'
                               '{% endfor %}{% endfor %}' + SEG)
    with desk.unchanged():
        refused(desk.run("preview", "story.txt", "-t", "scripts/t.j2"), "took more than")


def test_a_template_that_is_not_text(desk):
    desk.write("scripts/t.j2", b"\xff\xfe\x00binary\x00")
    with desk.unchanged():
        refused(desk.run("preview", "story.txt", "-t", "scripts/t.j2"), "not UTF-8")


def test_station_values_reach_a_template_as_plain_text(desk):
    """The allowed surface still works: station keys, article fields, dates, loops."""
    desk.write("briefing.toml", STATION)
    desk.write("scripts/t.j2",
               '{% segment "hello" %}This is {{ station.name }}, {{ station.slogan|lower }}.'
               '{% endsegment %}{% segment "lead" %}{{ story.lead() }}{% endsegment %}'
               '{% segment "count" %}{% for p in article.paragraphs[:1] %}'
               'The story has {{ article.words }} words.{% endfor %}{% endsegment %}')
    out = desk.run("preview", "story.txt", "-t", "scripts/t.j2", "--json")
    succeeded(out)
    assert "This is Valley Radio, news on the hour." in out.stdout
    assert "words." in out.stdout


def test_station_path_is_not_visible(desk):
    desk.write("briefing.toml", STATION)
    desk.write("scripts/t.j2", '{% segment "a" %}Path {{ station.path }}.{% endsegment %}')
    out = desk.run("preview", "story.txt", "-t", "scripts/t.j2", "--json")
    succeeded(out)
    assert "briefing.toml" not in out.stdout and "Path None." in out.stdout
