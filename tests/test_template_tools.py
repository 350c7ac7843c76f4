"""The producer's workflow, as a new user would run it."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args, cwd, stdin=None):
    return subprocess.run([sys.executable, "-m", "briefing.cli", *args], capture_output=True,
                          text=True, cwd=cwd, input=stdin, timeout=180)


def test_new_user_adds_a_segment_and_it_becomes_a_chapter(tmp_path, sample_path):
    assert run("init", "--name", "Valley Radio", cwd=tmp_path).returncode == 0
    assert (tmp_path / "briefing.toml").is_file() and (tmp_path / "scripts").is_dir()
    assert run("templates", "new", "mybrief", "--from", "brief", cwd=tmp_path).returncode == 0
    mine = tmp_path / "scripts" / "mybrief.j2"
    mine.write_text(mine.read_text(encoding="utf-8").replace(
        '{% segment "lead"',
        '{% segment "welcome", title="Welcome" %}This is {{ station.name }}.{% endsegment %}\n'
        '{% segment "lead"', 1), encoding="utf-8")
    check = run("templates", "check", "mybrief", cwd=tmp_path)
    assert check.returncode == 0, check.stderr
    assert "no problems" in check.stdout and "welcome" in check.stdout
    made = run("make", str(sample_path), "-t", "mybrief", "-d", "40", "-o", "out.mp3",
               cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    sidecar = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert sidecar["segments"][0]["id"] == "welcome"
    assert sidecar["segments"][0]["text"] == "This is Valley Radio."
    from mutagen.id3 import ID3

    titles = [c.sub_frames["TIT2"].text[0] for c in ID3(str(tmp_path / "out.mp3")).getall("CHAP")]
    assert "Welcome" in titles


@pytest.mark.parametrize(("body", "line", "words"), [
    ('{% segment "a" %}One.{% endsegment %}\n{% segmnt "b" %}Two.{% endsegment %}', 2,
     ["unknown tag 'segmnt'", "did you mean 'segment'"]),
    ('{% segment "a" %}One.{% endsegment %}\n{% segment "b" %}{{ artcle.title }}{% endsegment %}',
     2, ["unknown variable 'artcle'", "did you mean 'article'"]),
    ('{% segment "a" %}One.{% endsegment %}\n\n{% segment "a" %}Two.{% endsegment %}', 3,
     ["segment id 'a' is used twice", "first on line 1"]),
    ('{% segment "a" %}{{ story.leed() }}{% endsegment %}', 1,
     ["unknown story helper 'leed'", "did you mean 'lead'"]),
    ('{% segment "a" %}{{ article.titel }}{% endsegment %}', 1,
     ["unknown article field 'titel'", "did you mean 'title'"]),
    ('{% segment "a" %}{{ article.author }}{% endsegment %}', 1,
     ["unknown article field 'author'", "fields are byline, credit, dateline, kind"]),
])
def test_check_names_file_line_and_hint(tmp_path, body, line, words):
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "bad.j2").write_text(body, encoding="utf-8")
    result = run("templates", "check", "bad", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert re.search(rf"bad\.j2:{line}: ", result.stderr), result.stderr
    for word in words:
        assert word in result.stderr


def test_templates_show_prints_source_and_place(tmp_path):
    result = run("templates", "show", "headline", cwd=tmp_path)
    assert result.stdout.startswith("# ") and "headline.j2" in result.stdout.splitlines()[0]
    assert "{% segment" in result.stdout


def test_templates_new_never_overwrites(tmp_path):
    assert run("templates", "new", "mine", cwd=tmp_path).returncode == 0
    again = run("templates", "new", "mine", cwd=tmp_path)
    assert again.returncode == 1 and "already exists" in again.stderr


def test_docs_cover_every_helper_and_variable():
    from briefing.ingest.article import Article
    from briefing.script.template_check import VARIABLES, article_fields, story_helpers

    docs = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
    for helper in story_helpers():
        assert f"story.{helper}()" in docs, helper
    for variable in VARIABLES:
        assert f"`{variable}" in docs, variable
    assert {"title", "byline", "source", "published", "sentences", "words"} <= \
        set(article_fields())
    for field in article_fields():
        assert hasattr(Article, field) or field in Article.__dataclass_fields__
        assert f"article.{field}" in docs, field
    assert "{% segment" in docs and "role=" in docs and "title=" in docs


def test_station_settings_apply_and_cli_overrides(tmp_path, sample_path):
    (tmp_path / "briefing.toml").write_text(
        '[station]\nname = "Harbour FM"\n[defaults]\ntemplate = "headline"\nduration = "20"\n'
        'output = "out"\n', encoding="utf-8")
    deeper = tmp_path / "desk" / "monday"
    deeper.mkdir(parents=True)
    preview = json.loads(run("preview", str(sample_path), "--json", cwd=deeper).stdout)
    assert preview["template"] == "headline" and preview["target_seconds"] == 20.0
    override = json.loads(run("preview", str(sample_path), "--json", "-d", "30", "-t", "brief",
                              cwd=deeper).stdout)
    assert override["template"] == "brief" and override["target_seconds"] == 30.0
    made = run("make", str(sample_path), cwd=deeper)
    assert made.returncode == 0, made.stderr
    assert list((tmp_path / "out").glob("*.mp3"))


def test_script_round_trip_gives_the_same_audio(tmp_path, sample_path):
    import miniaudio

    script = tmp_path / "ferry.md"
    assert run("script", str(sample_path), "-d", "30", "-o", str(script), cwd=tmp_path)\
        .returncode == 0
    text = script.read_text(encoding="utf-8")
    assert "## lead | Top story | anchor |" in text and "<!-- sources: 0 -->" in text
    assert run("make", "--script", str(script), "-d", "30", "-o", "a.mp3", cwd=tmp_path)\
        .returncode == 0
    assert run("make", str(sample_path), "-d", "30", "-o", "b.mp3", cwd=tmp_path).returncode == 0
    a = miniaudio.decode_file(str(tmp_path / "a.mp3")).samples
    b = miniaudio.decode_file(str(tmp_path / "b.mp3")).samples
    assert len(a) == len(b) and a == b
    sa = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    sb = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert [s["start"] for s in sa["segments"]] == [s["start"] for s in sb["segments"]]
    assert [s["sources"] for s in sa["segments"]] == [s["sources"] for s in sb["segments"]]


def test_edited_script_is_voiced_as_written(tmp_path, sample_path):
    import miniaudio

    script = tmp_path / "ferry.md"
    run("script", str(sample_path), "-d", "45", "-o", str(script), cwd=tmp_path)
    text = script.read_text(encoding="utf-8")
    details = text.split("## details")[1].split("## ")[0]
    spoken = [ln for ln in details.splitlines()[1:] if ln and not ln.startswith("<!--")]
    removed, reworded = spoken[-1], spoken[0]
    new_line = "Our reporter says the ferry is the busiest in the valley."
    text = text.replace(removed + "\n", "").replace(reworded, new_line)
    script.write_text(text, encoding="utf-8")
    made = run("make", "--script", str(script), "-d", "45", "-o", "e.mp3", "--sidecars",
               "json,vtt", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    sidecar = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    said = [s["text"] for s in sidecar["sentences"]]
    assert new_line in said and removed not in said and reworded not in said
    samples = miniaudio.decode_file(str(tmp_path / "e.mp3"), nchannels=1,
                                    sample_rate=44100).samples
    assert abs(len(samples) / 44100 - sidecar["duration_seconds"]) < 0.06
    for seg in sidecar["segments"]:
        start = round(seg["start"] * 44100)
        onset = next(i for i in range(max(0, start - 6615), len(samples))
                     if abs(samples[i]) > 500)
        assert abs(onset - start) / 44100 <= 0.010, seg["id"]
    preview = run("preview", "--script", str(script), "-d", "45", cwd=tmp_path)
    assert preview.returncode == 0 and "details" in preview.stdout


def test_watch_reprints_when_the_article_changes(tmp_path, sample_path):
    import time

    article = tmp_path / "story.txt"
    article.write_text(sample_path.read_text(encoding="utf-8"), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "briefing.cli", "preview", str(article),
                             "--watch", "--watch-limit", "1"], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = []
    for line in proc.stdout:  # wait for the first table: the watcher is running after it
        first.append(line)
        if line.startswith("total "):
            break
    time.sleep(1.0)  # past the watcher's first look at the files (and mtime resolution)
    article.write_text(article.read_text(encoding="utf-8").replace(
        "The city of Port Alder will restart", "The town of Port Alder will restart"),
        encoding="utf-8")
    rest, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    tables = ("".join(first) + rest).split("─" * 72)
    assert len(tables) == 3  # the first table, then one after the change
    assert "The city of Port" in tables[1] and "The town of Port" in tables[2]


def test_script_that_no_longer_fits_is_voiced_with_a_warning(tmp_path, sample_path):
    script = tmp_path / "ferry.md"
    run("script", str(sample_path), "-d", "45", "-o", str(script), cwd=tmp_path)
    text = script.read_text(encoding="utf-8")
    head, _, rest = text.partition("## details")
    script.write_text(head + "## close" + rest.partition("## close")[2], encoding="utf-8")
    made = run("make", "--script", str(script), "-d", "45", "-o", "short.mp3", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "no longer fits" in made.stderr and "45.0 s" in made.stderr
    assert (tmp_path / "short.mp3").is_file()
