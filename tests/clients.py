"""How tools other than ours read the files: ffmpeg (from imageio-ffmpeg's wheel) and
eyed3 list chapters in the order their frames sit in the file, as many players do."""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path


def ffmpeg_chapters(path: Path) -> list[tuple[str, float, float]]:
    """(title, start, end) of each chapter as ffmpeg lists it."""
    import imageio_ffmpeg

    out = subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-i", str(path),
                          "-f", "ffmetadata", "-"], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    chapters: list[dict] = []
    for line in out.splitlines():
        if line == "[CHAPTER]":
            chapters.append({})
        elif chapters and "=" in line:
            key, value = line.split("=", 1)
            chapters[-1][key] = value
    return [(c["title"], int(c["START"]) / 1000, int(c["END"]) / 1000) for c in chapters]


def ffmpeg_tags(path: Path) -> dict[str, str]:
    """The file-level tags ffmpeg reads (title, artist, date)."""
    import imageio_ffmpeg

    out = subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-i", str(path),
                          "-f", "ffmetadata", "-"], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    head = out.split("[CHAPTER]")[0]
    return dict(line.split("=", 1) for line in head.splitlines()[1:] if "=" in line)


def eyed3_chapters(path: Path) -> list[tuple[str, float, float]]:
    import eyed3

    logging.getLogger("eyed3").setLevel(logging.ERROR)
    tag = eyed3.load(str(path)).tag
    return [(c.title, c.times.start / 1000, c.times.end / 1000) for c in tag.chapters]


def eyed3_contents(path: Path) -> list[tuple[str, list]]:
    """The top-level table of contents as eyed3 reads it: (title, children) for each entry,
    a chapter's children its start in seconds, a nested table's its chapters' (title,
    start)."""
    import eyed3

    logging.getLogger("eyed3").setLevel(logging.ERROR)
    tag = eyed3.load(str(path)).tag
    tocs = {t.element_id: t for t in tag.table_of_contents}
    chapters = {c.element_id: c for c in tag.chapters}
    [top] = [t for t in tocs.values() if t.toplevel]

    def entry(element_id: bytes) -> tuple[str, list]:
        if element_id in chapters:
            chapter = chapters[element_id]
            return chapter.title, [chapter.times.start / 1000]
        toc = tocs[element_id]
        return toc.description, [(chapters[c].title, chapters[c].times.start / 1000)
                           for c in toc.child_ids]

    return [entry(c) for c in top.child_ids]


def read_cart(path) -> dict:
    """An AES46 cart reader written from the standard's field table (wavinfo has none)."""
    import struct

    data = path.read_bytes()
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    pos = 12
    while pos < len(data):
        fourcc, size = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        body = data[pos + 8:pos + 8 + size]
        if fourcc == b"cart":
            def text(a, b, body=body):
                return body[a:b].split(b"\0")[0].decode("ascii")
            timers = {}
            for k in range(8):
                usage = body[684 + 8 * k:688 + 8 * k]
                if usage.strip(b"\0"):
                    timers[usage.decode("ascii")] = struct.unpack(
                        "<I", body[688 + 8 * k:692 + 8 * k])[0]
            return {"version": text(0, 4), "title": text(4, 68), "artist": text(68, 132),
                    "cut_id": text(132, 196), "category": text(260, 324),
                    "out_cue": text(388, 452), "start_date": text(452, 462),
                    "start": f"{text(452, 462)} {text(462, 470)}",
                    "end": f"{text(470, 480)} {text(480, 488)}", "timers": timers}
        pos += 8 + size + (size % 2)
    raise AssertionError("no cart chunk")
