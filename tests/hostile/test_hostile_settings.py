"""Options, voice profiles, lexicons and station files: strict values, named in the error."""

from __future__ import annotations

import pytest

from .conftest import refused, succeeded


@pytest.mark.parametrize("args, fragment", [
    (["-d", "1:-30"], "1:-30"), (["-d", "-0:30"], "-0:30"), (["-d", "1:99"], "under 60"),
    (["-d", ""], "not a length"), (["-d", "0"], "out of range"), (["-d", "4"], "out of range"),
    (["-d", "99999"], "out of range"), (["-d", "nan"], "not a length"),
    (["-d", "inf"], "not a length"), (["-d", "1e3"], "not a length"),
    (["-d", "soon"], "not a length"), (["-d", "-60"], "not a length"),
    (["-o", "out.mp3", "--format", "wav"], "--format is wav"),
    (["-o", "out.wav", "--format", "mp3"], "--format is mp3"),
    (["-o", "out.txt"], "must be a name ending in .mp3"), (["-o", ".mp3"], "must be a name"),
    (["-o", ""], "empty"), (["-o", "   "], "empty"),
    (["--format", "ogg"], "format 'ogg'"), (["--tolerance", "nan"], "tolerance"),
    (["--tolerance", "0"], "tolerance"), (["--tolerance", "-1"], "tolerance"),
    (["--bed-level", "nan"], "bed level"), (["--bed-level", "6"], "bed level"),
    (["--duck", "100"], "duck"), (["--bitrate", "1"], "bitrate"),
    (["--channels", "3"], "channels"), (["--sidecars", "json,pdf"], "sidecars"),
    (["--loudness", "loud"], "loudness preset"), (["--wav-rate", "96000"], "WAV sample rate"),
    (["-t", "nosuch"], "unknown template"), (["-v", "nosuch"], "unknown voice"),
    (["-v", "anchor=default,anchor=default"], "role twice"),
    (["-v", "reader=default"], "needs an anchor"), (["-v", "=default"], "ROLE=VOICE"),
])
def test_bad_options(desk, args, fragment):
    with desk.unchanged():
        refused(desk.run("make", "story.txt", *args), fragment)


@pytest.mark.parametrize("duration, seconds", [("90", 90.0), ("45s", 45.0), ("1:30", 90.0),
                                               ("0:01:30", 90.0), (" 75 ", 75.0)])
def test_good_durations_are_taken(desk, duration, seconds):
    out = desk.run("preview", "story.txt", "-d", duration, "--json")
    succeeded(out)
    assert f'"target_seconds": {seconds}' in out.stdout


def test_both_formats_take_either_suffix(desk):
    succeeded(desk.run("make", "story.txt", "-o", "both.wav", "--format", "both", "-d", "8"))
    assert desk.path("both.mp3").is_file() and desk.path("both.wav").is_file()


PROFILE = 'description = "a test voice"\n'


@pytest.mark.parametrize("body, fragment", [
    ("rate = inf", "rate = inf must be a number"), ("rate = nan", "must be a number"),
    ('rate = "fast"', "must be a number"), ("rate = true", "must be a number"),
    ("rate = 900", "outside 80 to 400"), ("rate = 150.5", "whole number"),
    ("pitch = -5", "pitch"), ("volume = 0", "volume"), ("volume = -inf", "volume"),
    ("[pauses]\nsentence = -1", "sentence"), ("[pauses]\nsegment = 1e6", "segment"),
    ("pauses = 5", "[pauses] must be a table"), ('[calibration]\nsyllable = "x"', "syllable"),
    ("[calibration]\nsyllable = 1e9", "not a measured figure"),
    ("[calibration]\nspeed = 1", "unknown key 'speed'"), ("[calibration]\nrate = 5", "rate"),
    ('engine = "festival"', "unknown engine"), ('voice = ""', "voice"),
    ('language = 5', "language"), ('lexicon = "nowhere.toml"', "not found"),
    ("lexicon = 5", "lexicon must be a file name"), ("rate = ", "not valid TOML"),
])
def test_bad_voice_profiles_name_the_file_and_the_key(desk, body, fragment):
    # Engine options come before any table so that the key lands at the top level.
    head, _, table = body.partition("[")
    text = PROFILE + head + ("\n[" + table if table else "") + "\n"
    desk.write("voices/bad.toml", text)
    with desk.unchanged():
        refused(desk.run("make", "story.txt", "-v", "voices/bad.toml", "-d", "10"),
                "bad.toml", fragment)


@pytest.mark.parametrize("entries, fragment", [
    ('"" = "nothing"', "is not a word"), ('" " = "space"', "is not a word"),
    ('"a|b" = "x"', "is not a word"), ('Kyiv = ""', "respelling"),
    ('Kyiv = "<speak>keev</speak>"', "no markup"), ("Kyiv = \"[[k'i:v]]\"", "no markup"),
    ('Kyiv = "keev\\u0007"', "control"), ("Kyiv = 5", "needs a respelling"),
    ('Kyiv = { pronouncer = "KEEV" }', "needs a respelling"),
    ('Kyiv = "' + "k" * 500 + '"', "up to 100"),
])
def test_bad_lexicon_entries(desk, entries, fragment):
    desk.write("voices/lex.toml", "[words]\n" + entries + "\n")
    desk.write("voices/v.toml", PROFILE + 'lexicon = "lex.toml"\n')
    with desk.unchanged():
        refused(desk.run("preview", "story.txt", "-v", "voices/v.toml"), "lex.toml", fragment)


def test_a_lexicon_whose_words_are_not_a_table(desk):
    desk.write("voices/lex.toml", 'words = "Kyiv"\n')
    desk.write("voices/v.toml", PROFILE + 'lexicon = "lex.toml"\n')
    with desk.unchanged():
        refused(desk.run("preview", "story.txt", "-v", "voices/v.toml"), "[words]")


@pytest.mark.parametrize("toml, fragment", [
    ('[defaults]\ntemplate = 5\n', "template = 5"),
    ('[defaults]\nvoice = ["default"]\n', "voice = ['default']"),
    ('[defaults]\nduration = true\n', "duration"), ('[defaults]\nloudness = 3\n', "loudness"),
    ('[defaults]\noutput = 3\n', "output"), ('station = 5\n', "[station] must be a table"),
    ('defaults = "x"\n', "[defaults] must be a table"), ('[station]\nname = 5\n', "name = 5"),
    ('[station\nname = "x"\n', "not valid TOML"), (b'\xff\xfe[station]', "not valid TOML"),
    ('[defaults]\nduration = "1:99"\n', "under 60"),
    ('[defaults]\nloudness = "loudest"\n', "loudness preset"),
    ('[defaults]\nroom_tone = "-66"\n', "(e.g. room_tone = -66)"),
    ('[defaults]\nroom_tone = -20\n', "room_tone = -20 is out of range"),
])
def test_bad_station_files(desk, toml, fragment):
    desk.write("briefing.toml", toml)
    with desk.unchanged():
        refused(desk.run("preview", "story.txt"), "briefing.toml" if "TOML" in fragment
                or "table" in fragment or "=" in fragment else "", fragment)


def test_a_station_duration_as_a_number_works(desk):
    desk.write("briefing.toml", "[defaults]\nduration = 45\n")
    out = desk.run("preview", "story.txt", "--json")
    succeeded(out)
    assert '"target_seconds": 45.0' in out.stdout


@pytest.mark.parametrize("args, fragment", [
    (["--text", ""], "no words"), (["--text", "<break time='3s'/> [[a]]"], "no words"),
    (["--text", "word " * 1000], "at most"), (["-o", "t.mp3"], "ending in .wav"),
    (["-o", ".wav"], "ending in .wav"),
])
def test_bad_voice_tests(desk, args, fragment):
    with desk.unchanged():
        refused(desk.run("voices", "test", "default", *args), fragment)


def test_huge_settings_files_are_not_read_whole(desk):
    desk.write("voices/big.toml", "# padding\n" * 200_000)
    with desk.unchanged():
        refused(desk.run("preview", "story.txt", "-v", "voices/big.toml"), "larger than")


def test_a_lexicon_of_too_many_entries(desk):
    desk.write("voices/lex.toml", "[words]\n" + "".join(f"Word{i} = \"w\"\n"
                                                         for i in range(6000)))
    desk.write("voices/v.toml", 'lexicon = "lex.toml"\n')
    with desk.unchanged():
        refused(desk.run("preview", "story.txt", "-v", "voices/v.toml"), "limit is 5000")


@pytest.mark.parametrize("path, fragment", [("/dev/zero", "not a regular file"),
                                            ("nope.md", "not found"), (".", "not a regular")])
def test_script_options_that_are_not_scripts(desk, path, fragment):
    with desk.unchanged():
        refused(desk.run("make", "--script", path, "-d", "10"), fragment)


def test_a_binary_script_file(desk):
    desk.write("edit.md", b"---\ntitle: x\n---\n" + b"\x00\x01\x02" * 100)
    with desk.unchanged():
        refused(desk.run("make", "--script", "edit.md"), "not text")
