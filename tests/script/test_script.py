import pytest

from briefing.clock.plan import plan_script
from briefing.core.errors import TemplateError
from briefing.ingest.article import load_article
from briefing.script.templates import ScriptTemplate, find_template, list_templates
from briefing.voices.profiles import load_voice


def render(tmp_path, source: str, article):
    path = tmp_path / "t.j2"
    path.write_text(source, encoding="utf-8")
    return plan_script(article, ScriptTemplate(path), load_voice(), 60.0).script


def test_builtin_templates_listed_with_descriptions():
    names = {t.name: t for t in list_templates()}
    assert {"brief", "headline"} <= set(names)
    assert "60 seconds" in names["brief"].description


def test_brief_segments_and_provenance(sample_path):
    article = load_article(sample_path)
    plan = plan_script(article, ScriptTemplate(find_template("brief")), load_voice(), 60.0)
    ids = [s.id for s in plan.script.segments]
    assert ids == ["lead", "details", "quote", "close"]
    by_index = {s.index: s.text for s in article.sentences}
    for seg in plan.script.segments:
        if seg.id == "close":
            assert seg.sources == ()
            continue
        # Every spoken article sentence is one of the article's, as written, or rewritten
        # for the ear: no word that is not the sentence's own (or its dateline's place).
        assert list(seg.written) == [by_index[i] for i in seg.sources]
        place = article.dateline.place if article.dateline else ""
        for copy, written in zip(seg.copy, seg.written, strict=True):
            own = {w.strip('.,;:"').lower() for w in f"{written} {place} in".split()}
            assert {w.strip('.,;:"').lower() for w in copy.split()} <= own, copy
    spoken = [i for seg in plan.script.segments for i in seg.sources]
    assert len(spoken) == len(set(spoken))


def test_local_scripts_folder_wins(tmp_path, monkeypatch):
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "brief.j2").write_text(
        '{# description: ours #}{% segment "a" %}Hello there, listeners.{% endsegment %}',
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert find_template("brief") == tmp_path / "scripts" / "brief.j2"


def test_unknown_template_names_the_known_ones():
    with pytest.raises(TemplateError, match="unknown template 'nope'.*brief"):
        find_template("nope")


def test_syntax_error_names_file_and_line(tmp_path, sample_path):
    with pytest.raises(TemplateError, match=r"t\.j2:2: "):
        render(tmp_path, '{% segment "a" %}x{% endsegment %}\n{% if %}', load_article(sample_path))


def test_undefined_variable_names_file_and_line(tmp_path, sample_path):
    source = ('{% segment "a" %}fine{% endsegment %}\n'
              '{% segment "b" %}{{ artcle.title }}{% endsegment %}')
    with pytest.raises(TemplateError, match=r"t\.j2:2: 'artcle' is undefined"):
        render(tmp_path, source, load_article(sample_path))


def test_duplicate_segment_id_is_an_error(tmp_path, sample_path):
    source = '{% segment "a" %}One.{% endsegment %}{% segment "a" %}Two.{% endsegment %}'
    with pytest.raises(TemplateError, match="used twice"):
        render(tmp_path, source, load_article(sample_path))


def test_sandbox_blocks_python_internals(tmp_path, sample_path):
    source = '{% segment "a" %}{{ article.__class__.__mro__ }}{% endsegment %}'
    with pytest.raises(TemplateError):
        render(tmp_path, source, load_article(sample_path))


def test_empty_segments_are_dropped(tmp_path, sample_path):
    source = ('{% segment "a", title="A" %}{{ story.lead() }}{% endsegment %}'
              '{% segment "b", title="B" %}{% endsegment %}')
    script = render(tmp_path, source, load_article(sample_path))
    assert [s.id for s in script.segments] == ["a"]
    assert script.segments[0].title == "A"


def test_a_helper_speaks_its_sentences_once(tmp_path, sample_path):
    source = ('{% segment "a" %}{{ story.lead() }}{% endsegment %}'
              '{% segment "b" %}{{ story.lead() }}{% endsegment %}')
    script = render(tmp_path, source, load_article(sample_path))
    assert [s.id for s in script.segments] == ["a"]
