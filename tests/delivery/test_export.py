import os

import pytest

from briefing.core.errors import OutputError
from briefing.core.files import Output, write_all
from briefing.delivery.export import encode_mp3, id3_tags


def test_failed_write_leaves_no_file_and_keeps_the_old_one(tmp_path, monkeypatch):
    target = tmp_path / "story.mp3"
    target.write_bytes(b"previous briefing")
    mp3 = encode_mp3(b"\x00\x00" * 44100, 44100)
    tags = id3_tags("Title", "Source", None, [("a", "A", 0.0, 1.0)])

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError, match="No space left"):
        write_all([Output(target, mp3, tags), Output(target.with_suffix(".json"), b"{}")])
    assert target.read_bytes() == b"previous briefing"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.mp3"]


def test_written_files_are_complete(tmp_path):
    target = tmp_path / "out" / "story.mp3"
    mp3 = encode_mp3(b"\x00\x00" * 44100, 44100)
    tags = id3_tags("Title", None, None, [("a", "A", 0.0, 1.0)])
    sidecar = target.with_suffix(".json")
    write_all([Output(target, mp3, tags), Output(sidecar, b'{"title": "Title"}')])
    assert target.read_bytes().startswith(b"ID3")
    assert sidecar.read_text(encoding="utf-8").strip().startswith("{")
