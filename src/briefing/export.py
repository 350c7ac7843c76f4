"""Writing results: MP3 (lameenc, CBR) with ID3 chapters (mutagen), and the JSON sidecar.

Files are written to a temporary name beside the target and renamed into place,
so an interrupted run never leaves a broken or half-written file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import OutputError

# lameenc writes no LAME/Xing tag, so decoders play its 1105-sample encoder delay
# as audio: every time in the file is this much later than in the PCM we encoded.
ENCODER_DELAY_SAMPLES = 1105


def encoder_delay(sample_rate: int) -> float:
    return ENCODER_DELAY_SAMPLES / sample_rate


def encode_mp3(pcm: bytes, sample_rate: int, bitrate: int = 128) -> bytes:
    """16-bit mono PCM to constant-bitrate MP3."""
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate)
    encoder.set_in_sample_rate(sample_rate)
    encoder.set_out_sample_rate(sample_rate)
    encoder.set_channels(1)
    encoder.set_quality(3)  # LAME -q 3: its default for CBR; -q 2 costs twice the time
    return bytes(encoder.encode(pcm) + encoder.flush())


def id3_tags(title: str, artist: str | None, date: dt.date | None,
             chapters: list[tuple[str, str, float, float]]):  # noqa: ANN201 - mutagen type
    """Title, artist, date, a CTOC table of contents and one CHAP per (id, title, start, end)."""
    from mutagen.id3 import CHAP, CTOC, ID3, TDRC, TIT2, TPE1, CTOCFlags

    tags = ID3()
    tags.add(TIT2(encoding=3, text=[title]))
    if artist:
        tags.add(TPE1(encoding=3, text=[artist]))
    if date:
        tags.add(TDRC(encoding=3, text=[date.isoformat()]))
    ids = [f"chp{i}" for i in range(len(chapters))]
    tags.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                  child_element_ids=ids, sub_frames=[TIT2(encoding=3, text=["Chapters"])]))
    for element_id, (_seg_id, chapter_title, start, end) in zip(ids, chapters, strict=False):
        tags.add(CHAP(element_id=element_id, start_time=round(start * 1000),
                      end_time=round(end * 1000), start_offset=0xFFFFFFFF,
                      end_offset=0xFFFFFFFF,
                      sub_frames=[TIT2(encoding=3, text=[chapter_title])]))
    return tags


@contextmanager
def staged(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``; removed if the block fails."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        yield tmp
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_outputs(mp3_path: Path, mp3: bytes, tags, sidecar: dict) -> Path:  # noqa: ANN001
    """Write MP3 (tagged) and sidecar JSON atomically; returns the sidecar path."""
    json_path = mp3_path.with_suffix(".json")
    try:
        mp3_path.parent.mkdir(parents=True, exist_ok=True)
        with staged(mp3_path) as tmp_mp3, staged(json_path) as tmp_json:
            tmp_mp3.write_bytes(mp3)
            tags.save(str(tmp_mp3), v2_version=4)
            tmp_json.write_text(json.dumps(sidecar, indent=2, ensure_ascii=False) + "\n",
                                encoding="utf-8")
            os.replace(tmp_mp3, mp3_path)
            os.replace(tmp_json, json_path)
    except OSError as exc:
        raise OutputError(f"cannot write {mp3_path}: {exc.strerror or exc} "
                          "(choose another folder with -o)") from exc
    return json_path
