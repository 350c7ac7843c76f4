"""Inputs never become outputs, and a run writes all of its files or none of them."""

from __future__ import annotations

import json
import os

import pytest

from briefing.core.errors import OutputError
from briefing.core.files import Output, write_all

from .conftest import refused, succeeded


def test_script_over_its_own_article(desk):
    with desk.unchanged():
        refused(desk.run("script", "story.txt", "-o", "story.txt"), "is the input")


def test_make_over_an_article_saved_as_mp3(desk):
    desk.write("story.mp3", desk.path("story.txt").read_text(encoding="utf-8"))
    with desk.unchanged():
        refused(desk.run("make", "story.mp3", "-o", "story.mp3", "-d", "10"), "is the input")


def test_sidecar_named_like_the_article(desk):
    desk.write("a.labels.txt", desk.path("story.txt").read_text(encoding="utf-8"))
    with desk.unchanged():
        refused(desk.run("make", "a.labels.txt", "-o", "a.mp3", "--sidecars", "json,labels",
                         "-d", "10"), "is the input")


def test_output_through_a_symlink_to_the_article(desk):
    os.symlink("story.txt", desk.path("link.json"))
    desk.write("x.txt", desk.path("story.txt").read_bytes())
    with desk.unchanged():
        refused(desk.run("make", "story.txt", "-o", "link.mp3", "-d", "10"), "is the input")


def test_output_hard_linked_to_the_article(desk):
    os.link(desk.path("story.txt"), desk.path("same.json"))
    with desk.unchanged():
        refused(desk.run("make", "story.txt", "-o", "same.mp3", "-d", "10"), "is the input")


@pytest.mark.parametrize("template, target", [("scripts/mine.j2", "scripts/mine.j2"),
                                              ("scripts/main.j2", "scripts/part.j2")])
def test_script_over_its_template_or_an_included_one(desk, template, target):
    desk.write("scripts/mine.j2", '{% segment "lead" %}{{ story.lead() }}{% endsegment %}')
    desk.write("scripts/part.j2", '{% segment "lead" %}{{ story.lead() }}{% endsegment %}')
    desk.write("scripts/main.j2", '{% include "part.j2" %}')
    with desk.unchanged():
        refused(desk.run("script", "story.txt", "-t", template, "-o", target), "is the input")


def test_script_over_the_voice_lexicon_and_station_file(desk):
    desk.write("briefing.toml", '[station]\nname = "Valley"\n')
    with desk.unchanged():
        refused(desk.run("script", "story.txt", "-o", "briefing.toml"), "is the input")


def test_wav_over_its_own_bed(desk, tone):
    desk.write("bed.wav", tone(3.0))
    with desk.unchanged():
        refused(desk.run("make", "story.txt", "--bed", "bed.wav", "-o", "bed.wav", "-d", "10"),
                "is the input")


def test_voice_test_over_its_profile(desk):
    desk.write("voices/v.toml", 'engine = "pyttsx3"\nrate = 170\n')
    os.link(desk.path("voices/v.toml"), desk.path("same.wav"))
    with desk.unchanged():
        refused(desk.run("voices", "test", "voices/v.toml", "-o", "same.wav"), "is the input")


def test_a_folder_where_a_sidecar_goes_keeps_the_earlier_mp3(desk):
    desk.write("out.mp3", b"yesterday's briefing")
    desk.path("out.json").mkdir()
    with desk.unchanged():
        refused(desk.run("make", "story.txt", "-o", "out.mp3", "-d", "10"), "out.json",
                "folder")
    assert not desk.leftovers()


def test_an_output_folder_that_is_a_file(desk):
    desk.write("briefs", "not a folder")
    with desk.unchanged():
        refused(desk.run("make", "story.txt", "-o", "briefs/x.mp3", "-d", "10"), "briefs")


def test_a_read_only_folder(desk):
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    ro = desk.path("ro")
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with desk.unchanged():
            refused(desk.run("make", "story.txt", "-o", "ro/x.mp3", "-d", "10"), "ro/x")
    finally:
        ro.chmod(0o700)


def test_a_name_too_long_for_the_file_system(desk):
    with desk.unchanged():
        refused(desk.run("make", "story.txt", "-o", "n" * 300 + ".mp3", "-d", "10"),
                "too long")


def test_a_long_valid_name_is_written(desk):
    name = "n" * 245 + ".mp3"  # its sidecar, .json, is 250 bytes: fine
    succeeded(desk.run("make", "story.txt", "-o", name, "-d", "10"))
    assert desk.path(name).stat().st_size > 0
    assert json.loads(desk.path(name[:-4] + ".json").read_text(encoding="utf-8"))["segments"]
    assert not desk.leftovers()


def test_a_second_run_replaces_the_first_completely(desk):
    succeeded(desk.run("make", "story.txt", "-o", "x.mp3", "-d", "10"))
    succeeded(desk.run("make", "story.txt", "-o", "x.mp3", "-d", "12"))
    sidecar = json.loads(desk.path("x.json").read_text(encoding="utf-8"))
    assert sidecar["target_seconds"] == 12.0
    assert not desk.leftovers()


def test_dots_in_an_output_name_are_kept(desk):
    succeeded(desk.run("make", "story.txt", "-o", "news.2024.05.01.mp3", "-d", "10"))
    assert desk.path("news.2024.05.01.mp3").is_file()
    assert desk.path("news.2024.05.01.json").is_file()
    assert not desk.path("news.2024.05.mp3").exists()


def test_a_failed_commit_restores_every_earlier_file(tmp_path, monkeypatch):
    """The second rename fails: the first file, already in place, is put back."""
    first, second = tmp_path / "a.mp3", tmp_path / "a.json"
    first.write_bytes(b"old audio")
    second.write_bytes(b"old sidecar")
    real = os.replace
    calls = []

    def flaky(src, dst):  # the new sidecar's rename fails, once
        calls.append(dst)
        if str(dst) == str(second) and ".briefing-new" in str(src) and len(calls) < 5:
            raise OSError(28, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(os, "replace", flaky)
    with pytest.raises(OutputError, match="a.json"):
        write_all([Output(first, b"new audio"), Output(second, b"new sidecar")])
    assert first.read_bytes() == b"old audio"
    assert second.read_bytes() == b"old sidecar"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "a.mp3"]


def test_an_interrupt_during_the_write_leaves_nothing(tmp_path, monkeypatch):
    target = tmp_path / "a.mp3"
    real = os.replace

    def interrupted(src, dst):
        if str(dst) == str(tmp_path / "a.json"):
            raise KeyboardInterrupt
        return real(src, dst)

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_all([Output(target, b"audio"), Output(tmp_path / "a.json", b"{}")])
    assert list(tmp_path.iterdir()) == []


def test_two_outputs_with_one_name(tmp_path):
    with pytest.raises(OutputError, match="both named"):
        write_all([Output(tmp_path / "a.json", b"1"), Output(tmp_path / "a.json", b"2")])
    assert list(tmp_path.iterdir()) == []


def test_written_files_get_the_usual_permissions(tmp_path):
    write_all([Output(tmp_path / "a.json", b"{}")])
    mode = (tmp_path / "a.json").stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask


def test_folders_made_for_a_failed_write_are_removed(tmp_path):
    target = tmp_path / "new" / "deeper" / "a.json"
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "deeper").mkdir()
    (tmp_path / "new" / "deeper" / "a.json").mkdir()  # a folder where the file goes
    with pytest.raises(OutputError):
        write_all([Output(tmp_path / "fresh" / "b.json", b"{}"), Output(target, b"{}")])
    assert not (tmp_path / "fresh").exists()


def test_init_twice_keeps_the_first(desk):
    assert desk.run("init", "--name", "Valley").code == 0
    with desk.unchanged():
        refused(desk.run("init", "--name", "Other"), "already exists")


def test_init_with_a_file_in_the_way(desk):
    desk.write("scripts", "a file, not a folder")
    with desk.unchanged():
        refused(desk.run("init"), "in the way")


def test_init_keeps_a_hostile_station_name_inert(desk):
    assert desk.run("init", "--name", 'X"\n[defaults]\ntemplate = "/etc/passwd').code == 0
    out = desk.run("preview", "story.txt", "--json")
    assert out.code == 0, out.stderr
    assert '"template": "brief"' in out.stdout


@pytest.mark.parametrize("name", ["../escape", "", "a/b", ".hidden", "x" * 300 + "/"])
def test_templates_new_with_odd_names(desk, name):
    with desk.unchanged():
        refused(desk.run("templates", "new", name), "template name")


def test_templates_show_of_a_binary_template(desk):
    desk.write("scripts/bin.j2", b"\xff\xfe\x00\x01")
    assert desk.run("templates", "show", "scripts/bin.j2").code == 0
