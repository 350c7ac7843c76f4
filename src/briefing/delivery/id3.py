"""The MP3's ID3 tag as players read it: title, artist, date, a table of contents and one
chapter per segment (in a bulletin, nested under a table of contents per story), written
at ID3v2.4 or v2.3 with the chapters in time order.

mutagen writes frames ordered by their size (its issue #506), and many tools (ffmpeg among
them) list chapters in the order of the CHAP frames in the file, not the table of contents':
so once mutagen has written the tag, its CHAP frames are put in time order in place (the
same bytes, the same tag size).
"""

from __future__ import annotations

import datetime as dt
import struct
from dataclasses import dataclass
from pathlib import Path

DEFAULT_ID3_VERSION = 4
"""ID3v2.4; 3 for players that read only v2.3."""
ID3_VERSIONS = (3, 4)


@dataclass(frozen=True)
class Id3Tag:
    """The tag for one MP3: ``save`` writes it onto the file at ``path``."""

    title: str
    artist: str | None
    date: dt.date | None
    chapters: tuple[tuple[str, str, float, float], ...]
    """(segment id, title, start, end) per chapter, seconds in the file."""
    version: int = DEFAULT_ID3_VERSION
    parts: tuple[tuple[str, tuple[int, ...]], ...] = ()
    """(title, its chapters' indexes) for each part a programme nests its chapters in (a
    bulletin's stories): each is a table of contents of its own in the top-level one."""

    def frames(self):  # noqa: ANN201 - mutagen.id3.ID3
        """The tag as mutagen's frames."""
        from mutagen.id3 import CHAP, CTOC, ID3, TDRC, TIT2, TPE1, CTOCFlags

        tags = ID3()
        tags.add(TIT2(encoding=3, text=[self.title]))
        if self.artist:
            tags.add(TPE1(encoding=3, text=[self.artist]))
        if self.date:
            tags.add(TDRC(encoding=3, text=[self.date.isoformat()]))
        ids = [f"chp{i}" for i in range(len(self.chapters))]
        top: list[str] = []
        inside = {i: k for k, (_title, members) in enumerate(self.parts) for i in members}
        for i, element_id in enumerate(ids):
            if i not in inside:
                top.append(element_id)
            elif f"toc{inside[i]}" not in top:
                top.append(f"toc{inside[i]}")
        tags.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                      child_element_ids=top, sub_frames=[TIT2(encoding=3, text=["Chapters"])]))
        for k, (title, members) in enumerate(self.parts):
            tags.add(CTOC(element_id=f"toc{k}", flags=CTOCFlags.ORDERED,
                          child_element_ids=[ids[i] for i in members],
                          sub_frames=[TIT2(encoding=3, text=[title])]))
        for element_id, (_seg_id, title, start, end) in zip(ids, self.chapters, strict=True):
            tags.add(CHAP(element_id=element_id, start_time=round(start * 1000),
                          end_time=round(end * 1000), start_offset=0xFFFFFFFF,
                          end_offset=0xFFFFFFFF, sub_frames=[TIT2(encoding=3, text=[title])]))
        return tags

    def save(self, path: str | Path) -> None:
        """Write the tag at the front of the MP3 at ``path``, chapters in time order."""
        tags = self.frames()
        if self.version == 3:
            tags.update_to_v23()  # TDRC as v2.3's TYER: mutagen's save does not convert
        tags.save(str(path), v2_version=self.version)
        chapters_in_time_order(Path(path))


def chapters_in_time_order(path: Path) -> None:
    """Rewrite, in place, an ID3v2.3/2.4 tag's CHAP frames in order of their start time,
    placed just after the table of contents. A tag this cannot read safely (unsynchronised,
    with an extended header) is left as it is."""
    with open(path, "r+b") as f:
        header = f.read(10)
        if len(header) < 10 or header[:3] != b"ID3" or header[3] not in ID3_VERSIONS \
                or header[5] & 0xC0:
            return
        size = _syncsafe(header[6:10])
        body = f.read(size)
        frames, end = _frames(body, header[3])
        chapters = sorted((fr for fr in frames if fr[0] == b"CHAP"), key=_start)
        others = [fr for fr in frames if fr[0] != b"CHAP"]
        at = next((i + 1 for i, fr in enumerate(others) if fr[0] == b"CTOC"), len(others))
        ordered = others[:at] + chapters + others[at:]
        data = b"".join(raw for _id, raw in ordered)
        if len(data) != end or data == body[:end]:
            return
        f.seek(10)
        f.write(data)


def _frames(body: bytes, version: int) -> tuple[list[tuple[bytes, bytes]], int]:
    """(frame id, the frame's bytes with its header) for each frame, and where they end."""
    frames, at = [], 0
    while at + 10 <= len(body) and body[at:at + 4].strip(b"\0"):
        raw_size = body[at + 4:at + 8]
        length = _syncsafe(raw_size) if version == 4 else struct.unpack(">I", raw_size)[0]
        frames.append((body[at:at + 4], body[at:at + 10 + length]))
        at += 10 + length
    return frames, at


def _start(frame: tuple[bytes, bytes]) -> int:
    """A CHAP frame's start time, ms: after its null-terminated element id."""
    content = frame[1][10:]
    id_end = content.index(b"\0") + 1
    return struct.unpack(">I", content[id_end:id_end + 4])[0]


def _syncsafe(raw: bytes) -> int:
    return (raw[0] << 21) | (raw[1] << 14) | (raw[2] << 7) | raw[3]



