"""Cases an independent attack found after the first round of fixes, one test each."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

import numpy as np
import pytest

from briefing.core.errors import EngineError

from .conftest import SAMPLE, refused, succeeded


def test_a_voice_profile_cannot_import_a_module_from_the_working_folder(desk):
    desk.write("evilmod/__init__.py", "open('PWNED', 'w').write('x')\n")
    desk.write("evilmod/model.onnx", b"not a model")
    desk.write("voices/pw.toml", 'engine = "piper"\nvoice = "evilmod"\n')
    for voice_id in ("evilmod", "os", "json"):
        desk.write("voices/pw.toml", f'engine = "piper"\nvoice = "{voice_id}"\n')
        out = desk.process("make", "story.txt", "-v", "pw", "-d", "10", "-o", "pw.mp3")
        refused(out, voice_id)
    assert not desk.path("PWNED").exists() and not desk.path("pw.mp3").exists()


def test_the_espeak_voice_file_is_never_written_through_a_planted_link(desk):
    victim = desk.path("victim")
    victim.write_text("precious", encoding="utf-8")
    planted = os.path.join(tempfile.gettempdir(), "briefing-espeak-gmw_en-us")
    if os.path.lexists(planted):
        os.unlink(planted)
    os.symlink(victim, planted)
    try:
        succeeded(desk.process("preview", "story.txt"))
        from briefing.voices.profiles import load_voice
        from briefing.voices.tts import get_engine

        get_engine(load_voice("default")).synthesize("A short test.")
    finally:
        os.unlink(planted)
    assert victim.read_text(encoding="utf-8") == "precious"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["make", "missing.txt"], ["preview", "story.txt", "-d", "0"]])
def test_an_error_still_fails_when_stderr_is_full(desk, args):
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "briefing.cli", *args], cwd=desk.root,
                                stdout=subprocess.DEVNULL, stderr=full, timeout=120)
    assert result.returncode == 1


def test_preview_with_stdout_closed(desk):
    result = subprocess.run([sys.executable, "-c", "import os, sys; os.close(1); "
                             "from briefing.cli import main; "
                             "sys.argv = ['briefing', 'preview', 'story.txt']; main()"],
                            cwd=desk.root, stderr=subprocess.PIPE, timeout=120)
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err and "could not print" in err


def test_a_silent_voice_is_an_error_not_a_silent_file(monkeypatch, tmp_path):
    """A render that comes out silent stops the run (the real engine never does this on
    its own, so its output is silenced on the way to assembly)."""
    from briefing.audio import assembly as audio
    from briefing.config import settings_from_cli
    from briefing.pipeline import make

    assert not audio.audible(np.zeros(44100, dtype=np.float32))
    assert audio.audible(np.full(10, 0.2, dtype=np.float32))
    real = audio.assemble

    def silenced(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        rendered = real(*args, **kwargs)
        rendered.samples[:] = 0.0
        return rendered

    monkeypatch.setattr(audio, "assemble", silenced)
    with pytest.raises(EngineError, match="came out silent"):
        make(settings_from_cli(str(SAMPLE), "8", output=str(tmp_path / "never.mp3")))
    assert list(tmp_path.iterdir()) == []


def test_a_barely_audible_volume_is_refused_in_the_profile(desk):
    desk.write("voices/quiet.toml", "volume = 0.01\n")
    with desk.unchanged():
        refused(desk.run("make", "story.txt", "-v", "voices/quiet.toml", "-d", "8"), "volume")


def test_fixed_wording_far_past_the_target(desk):
    wording = "The harbour ferry will return next month after repairs. " * 1200
    desk.write("scripts/long.j2", '{% segment "a" %}' + wording + "{% endsegment %}")
    with desk.unchanged():
        refused(desk.run("make", "story.txt", "-t", "scripts/long.j2", "-d", "5"),
                "fixed wording alone runs")


def test_a_script_far_past_the_target(desk):
    lines = "\n".join("The ferry returns next month after the storm repairs." for _ in
                      range(400))
    desk.write("edit.md", "---\ntitle: T\n---\n## a | A | anchor\n" + lines + "\n")
    with desk.unchanged():
        refused(desk.run("make", "--script", "edit.md", "-d", "30"), "far past")


@pytest.mark.parametrize("front, fragment", [("rate: -165", "outside 80 to 400"),
                                             ("rate: 0", "outside 80 to 400"),
                                             ("target_seconds: nan", "not a length")])
def test_nonsense_script_front_matter(desk, front, fragment):
    desk.write("edit.md", f"---\ntitle: T\n{front}\n---\n## a | A | anchor\nHello there all.\n")
    with desk.unchanged():
        refused(desk.run("make", "--script", "edit.md", "-d", "10"), fragment)


def test_a_script_of_only_punctuation(desk):
    desk.write("edit.md", "---\ntitle: T\n---\n## a | A | anchor\n...!!!???\n")
    with desk.unchanged():
        refused(desk.run("make", "--script", "edit.md", "-d", "10"), "no segments with text")


@pytest.mark.parametrize("args", [["-d", "1\n2"], ["-t", "a\nb"], ["-o", "x\ny.mp3"],
                                  ["--sidecars", "json\nvtt"], ["-v", "a\nb"]])
def test_a_newline_in_an_argument_stays_on_one_line(desk, args):
    with desk.unchanged():
        command = "make" if args[0] in ("-o", "--sidecars") else "preview"
        refused(desk.run(command, "story.txt", *args))


def test_an_output_folder_that_is_a_file_fails_before_rendering(desk):
    with desk.unchanged():
        refused(desk.run("make", "story.txt", "-o", "story.txt/x.mp3", "-d", "8"),
                "is a file, not a folder")


def test_a_station_output_folder_that_is_a_file(desk):
    desk.write("briefing.toml", '[defaults]\noutput = "story.txt"\n')
    with desk.unchanged():
        refused(desk.run("make", "story.txt", "-d", "8"), "is a file, not a folder")


def test_init_with_a_backslash_and_newline_in_the_name(desk):
    succeeded(desk.run("init", "--name", "Foo\\"))
    out = desk.run("preview", "story.txt")
    succeeded(out)
    assert "{{ station.name }}" in desk.path("briefing.toml").read_text(encoding="utf-8")


def test_templates_new_never_writes_through_a_dangling_link(desk):
    desk.path("scripts").mkdir()
    os.symlink(desk.root.parent / "elsewhere.j2", desk.path("scripts/w.j2"))
    refused(desk.run("templates", "new", "w"), "already exists")
    assert not (desk.root.parent / "elsewhere.j2").exists()


def test_an_include_outside_the_template_folder_is_named(desk):
    desk.write("scripts/t.j2", '{% include "../story.txt" %}')
    with desk.unchanged():
        refused(desk.run("preview", "story.txt", "-t", "scripts/t.j2"),
                "is not a template in", "own folder")


def test_a_sentences_file_of_one_endless_line(desk):
    desk.write("s.txt", "word " * 100_000)
    with desk.unchanged():
        refused(desk.run("voices", "calibrate", "default", "--sentences", "s.txt"),
                "under 100 words")


def test_a_text_too_long_for_the_engine():
    from briefing.voices.profiles import load_voice
    from briefing.voices.tts import get_engine

    with pytest.raises(EngineError, match="too long to voice"):
        get_engine(load_voice("default")).synthesize("word " * 5000)


CALIBRATED = ('engine = "pyttsx3"\nrate = 165\n\n[calibration]\n# fitted on [v2] data\n'
              'syllable = 0.03\n\n[pauses]\nsentence = 0.3\n')


def test_calibrate_keeps_a_profile_valid_whatever_its_comments(desk):
    desk.write("voices/mine.toml", CALIBRATED)
    sentences = "\n".join(f"The council met on day {i} to talk about the harbour plan."
                          for i in range(12))
    desk.write("s.txt", sentences)
    succeeded(desk.run("voices", "calibrate", "voices/mine.toml", "--sentences", "s.txt"))
    from briefing.voices.profiles import load_voice

    voice = load_voice("voices/mine.toml")
    assert voice.sentence_pause == 0.3 and voice.calibration.syllable != 0.03


def test_calibrate_refuses_an_inline_calibration_table(desk):
    desk.write("voices/mine.toml", 'rate = 165\ncalibration = { syllable = 0.03 }\n')
    desk.write("s.txt", "\n".join(f"The council met on day {i} about the plan." for i in
                                  range(12)))
    with desk.unchanged():
        refused(desk.run("voices", "calibrate", "voices/mine.toml", "--sentences", "s.txt"),
                "[calibration] table")


def test_calibrate_copies_a_built_in_profile_instead_of_editing_it(desk):
    from briefing.core.resources import builtin_dir

    shipped = builtin_dir("voices") / "default.toml"
    before = shipped.read_bytes()
    desk.write("s.txt", "\n".join(f"The council met on day {i} about the plan." for i in
                                  range(12)))
    succeeded(desk.run("voices", "calibrate", "default", "--sentences", "s.txt"))
    assert shipped.read_bytes() == before
    assert desk.path("voices/default.toml").is_file()


# ---------------------------------------------------------------- the second round


def _story_with(desk, sentence: str, name: str = "x.txt") -> str:
    story = desk.path("story.txt").read_text(encoding="utf-8")
    first = story.index("The city of Port Alder")
    desk.write(name, story[:first] + sentence + "\n\n" + story[first:])
    return name


def _spoken(out) -> str:
    import json

    return " ".join(s["text"] for s in json.loads(out.stdout)["segments"])


@pytest.mark.parametrize("number", ["$" + "9" * 320, "9" * 320 + "%", "1" + ",000" * 110,
                                    "$" + "9" * 320 + ".50", "$" + ",".join(["999"] * 40)])
def test_numbers_too_large_for_words_are_read_as_digits(desk, number):
    name = _story_with(desk, f"The harbour fund holds {number} today, officials said on "
                             "Monday at the council meeting.")
    out = desk.run("preview", name, "--json", "-d", "120")
    succeeded(out)
    assert "Traceback" not in out.stderr


def test_a_template_date_format_too_long_for_words(desk):
    desk.write("scripts/t.j2", '{% segment "a" %}In {{ article.published.strftime("%Y" * 200) }}'
                               '.{% endsegment %}')
    out = desk.run("preview", "story.txt", "-t", "scripts/t.j2")
    assert out.code in (0, 1) and "unexpected" not in out.stderr


@pytest.mark.parametrize("symbols", ["😀😀", "👨‍👩‍👧‍👦", "😀😀😀", "♪♪"])
def test_emoji_are_dropped_not_refused(desk, symbols):
    name = _story_with(desk, f"The city of Port Alder said riders cheered {symbols} when the "
                             "ferry news came through on Monday morning.")
    out = desk.run("make", name, "-d", "60", "-o", "e.mp3")
    succeeded(out)
    import json

    sidecar = json.loads(desk.path("e.json").read_text(encoding="utf-8"))
    spoken = " ".join(s["text"] for s in sidecar["segments"])
    assert "riders cheered when" in spoken
    assert not any(ch in spoken for ch in symbols)


def test_fullwidth_letters_are_read_as_letters(desk):
    name = _story_with(desk, "Ｆｕｌｌｗｉｄｔｈ ｃｒｅｗｓ worked for ３ weeks on the ferry "
                             "ramp at Port Alder, the city said.")
    succeeded(desk.run("make", name, "-d", "60", "-o", "f.mp3"))


def test_an_edited_script_keeps_its_target_without_d(desk):
    succeeded(desk.run("script", "story.txt", "-d", "20", "-o", "s.md"))
    out = desk.run("make", "--script", "s.md", "-o", "s.mp3")
    succeeded(out)
    assert "target 20.0 s" in out.stdout and "no longer fits" not in out.stderr


def test_titles_with_controls_make_clean_chapters_and_labels(desk):
    from mutagen.id3 import ID3

    desk.write("scripts/t.j2", '{% segment "lead", '
                               'title="Top\\x00story\\r\\n\\x1b[31mRED\\u202e" %}'
                               '{{ story.lead() }}{% endsegment %}'
                               '{% segment "b", title="Sign\\toff \\ud800" %}Goodbye for now.'
                               '{% endsegment %}')
    succeeded(desk.run("make", "story.txt", "-t", "scripts/t.j2", "-d", "15", "-o", "t.mp3",
                       "--sidecars", "json,labels"))
    labels = desk.path("t.labels.txt").read_text(encoding="utf-8").splitlines()
    assert len(labels) == 2 and all(line.count("\t") == 2 for line in labels)
    titles = [f.sub_frames["TIT2"].text for f in ID3(desk.path("t.mp3")).getall("CHAP")]
    assert all(len(t) == 1 and t[0].isprintable() for t in titles)


def test_a_stray_windows_byte_keeps_the_accents(desk):
    story = desk.path("story.txt").read_text(encoding="utf-8") + \
        "\nMayor Delia Okafór thanked the crews.\n"
    data = story.encode("utf-8").replace(b"the crews", b"the \x96crews")
    desk.write("w.txt", data)
    out = desk.run("preview", "w.txt", "--json", "-d", "120")
    succeeded(out)
    assert "Ã" not in out.stdout


def test_markdown_front_matter_is_metadata(desk):
    body = desk.path("story.txt").read_text(encoding="utf-8").split("\n", 2)[2]
    desk.write("fm.md", '---\ntitle: "Ferry returns after storm"\nauthor: [a, b]\n'
                        "date: 2026-11-20\n---\n\n# Ferry returns after storm\n\n" + body)
    out = desk.run("preview", "fm.md", "--json")
    succeeded(out)
    assert '"title": "Ferry returns after storm"' in out.stdout
    assert '"published": "2026-11-20"' in out.stdout


@pytest.mark.parametrize("tag, fragment", [
    ('{% segment "a", title=article.sentences %}Hi there.{% endsegment %}', "must be text"),
    ('{% segment "a", role=article %}Hi there.{% endsegment %}', "must be text"),
    ('{% segment "a", role="rea der" %}Hi there.{% endsegment %}', "short name"),
    ('{% segment "a" %}One.{% segment "b" %}Two.{% endsegment %}{% endsegment %}',
     "inside another"),
])
def test_segment_arguments_must_be_plain_names(desk, tag, fragment):
    desk.write("scripts/t.j2", tag)
    with desk.unchanged():
        refused(desk.run("preview", "story.txt", "-t", "scripts/t.j2"), fragment)


@pytest.mark.parametrize("cast, fragment", [
    ("anchor=default,rea der=default", "short name"),
    (",".join(["anchor=default"] + [f"r{i}=default" for i in range(20)]), "at most"),
])
def test_odd_casts(desk, cast, fragment):
    with desk.unchanged():
        refused(desk.run("preview", "story.txt", "-v", cast), fragment)


def test_a_downloaded_profile_gets_no_install_hint_for_an_arbitrary_package(desk):
    desk.write("voices/p.toml", 'engine = "piper"\nvoice = "requestz"\n')
    out = desk.run("make", "story.txt", "-v", "voices/p.toml", "-d", "10")
    refused(out, "requestz")
    assert "pip install requestz" not in out.stderr


@pytest.mark.parametrize("body", ["syllable = 0\nword = 0\nletter = 0",
                                  "syllable = -0.5\nword = 0.01"])
def test_a_calibration_no_voice_could_have(desk, body):
    desk.write("voices/z.toml", "[calibration]\n" + body + "\n")
    with desk.unchanged():
        refused(desk.run("preview", "story.txt", "-v", "voices/z.toml"), "no voice does")


def test_html_entities_in_wording_are_read_as_characters(desk):
    desk.write("briefing.toml", '[station]\nname = "Valley &amp; Radio"\n')
    desk.write("scripts/t.j2", '{% segment "a" %}This is {{ station.name }}.{% endsegment %}')
    out = desk.run("preview", "story.txt", "-t", "scripts/t.j2", "--json")
    succeeded(out)
    assert "&amp;" not in _spoken(out)


# ---------------------------------------------------------------- the third round


def test_a_script_that_is_a_fifo_is_not_waited_on(desk):
    os.mkfifo(desk.path("fifo.md"))
    with desk.unchanged():
        refused(desk.process("make", "--script", "fifo.md", timeout=30), "not a regular file")


def test_a_fifo_among_the_templates_does_not_hang_the_list(desk):
    desk.path("scripts").mkdir()
    os.mkfifo(desk.path("scripts/fifo.j2"))
    out = desk.process("templates", timeout=30)
    succeeded(out)
    refused(desk.process("preview", "story.txt", "-t", "fifo", timeout=30), "not a regular")


def test_a_script_with_too_many_segments_is_refused_early(desk):
    body = "".join(f"## s{i} | t | anchor\nWord.\n" for i in range(30000))
    desk.write("many.md", "---\ntitle: T\n---\n" + body)
    with desk.unchanged():
        refused(desk.run("preview", "--script", "many.md"), "more than 60 segments")


@pytest.mark.parametrize("shape", ["crlf", "bom"])
def test_an_edited_script_keeps_its_target_when_saved_differently(desk, shape):
    succeeded(desk.run("script", "story.txt", "-d", "30", "-o", "s.md"))
    text = desk.path("s.md").read_text(encoding="utf-8")
    data = text.replace("\n", "\r\n").encode() if shape == "crlf" else \
        b"\xef\xbb\xbf" + text.encode()
    desk.write("s.md", data)
    out = desk.run("preview", "--script", "s.md", "--json")
    succeeded(out)
    assert '"target_seconds": 30.0' in out.stdout


def test_a_sources_comment_with_a_huge_number(desk):
    desk.write("s.md", "---\ntitle: T\n---\n## a | A | anchor\n<!-- sources: " + "9" * 5000
               + " -->\nThe ferry returns next month.\n")
    succeeded(desk.run("preview", "--script", "s.md", "-d", "5"))


@pytest.mark.parametrize("output", ["loop1", "x\u0000y", "d/" * 3000])
def test_odd_station_output_folders(desk, output):
    os.symlink("loop2", desk.path("loop1"))
    os.symlink("loop1", desk.path("loop2"))
    desk.write("briefing.toml", "[defaults]\noutput = " + repr(output).replace("'", '"') +
               "\n")
    with desk.unchanged():
        out = desk.run("make", "story.txt", "-d", "8")
        assert out.code == 1 and "unexpected" not in out.stderr, out.stderr
        refused(out)


def test_a_long_output_path(desk):
    with desk.unchanged():
        refused(desk.run("make", "story.txt", "-d", "8", "-o", "d" * 300 + "/x.mp3"),
                "too long")


def test_watch_needs_a_file_not_stdin(desk):
    with desk.unchanged():
        refused(desk.run("preview", "-", "--watch", "--watch-limit", "1",
                         input=desk.path("story.txt").read_text(encoding="utf-8")),
                "not standard input")


def test_an_empty_article_name(desk):
    with desk.unchanged():
        refused(desk.run("preview", ""), "name is empty")


def test_a_clipping_mix_without_loudness_is_flagged(desk, tone):
    import io

    from scipy.io import wavfile

    rate, samples = wavfile.read(io.BytesIO(tone(2.0, poison=None)))
    hot = (samples.astype(np.float32) / 32767 * 8.0).astype(np.float32)  # +18 dBFS peaks
    buffer = io.BytesIO()
    wavfile.write(buffer, rate, hot)
    desk.write("hot.wav", buffer.getvalue())
    out = desk.run("make", "story.txt", "-d", "15", "--intro", "hot.wav", "--loudness", "none",
                   "-o", "h.mp3")
    succeeded(out)
    assert "clips" in out.stderr
