"""Every deliverable read by tools other than the ones that wrote it, as a listener's and a
station's software would: what each one sees.

Usage: python bench/clients.py [PAGES]   (default 12 scraped and bench pages, 60 s each)
Each page is made once (MP3 and Broadcast WAV; JSON, VTT, SRT, words, transcript and
chapters sidecars) and read back by: ffmpeg (imageio-ffmpeg's build) and eyed3 for the MP3's
chapters in file order, tags and ID3 version; mutagen for the table of contents; MediaInfo
(pymediainfo, when installed) for tags and the WAV's bext loudness; wavinfo for bext and
cue points; webvtt-py and srt for the captions (count, longest line, lines a cue, shortest
and longest cue, order, inside the audio). Pages are held out or not as bench/corpus.py
says; both halves are reported. Needs the test and bench extras.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import tempfile
from pathlib import Path

from corpus import CORPUS, held_out


def ffmpeg_read(path: Path) -> tuple[dict, list[tuple[str, float]]]:
    import imageio_ffmpeg

    out = subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-i", str(path),
                          "-f", "ffmetadata", "-"], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    head, *chapters = out.split("[CHAPTER]")
    tags = dict(line.split("=", 1) for line in head.splitlines()[1:] if "=" in line)
    listed = []
    for block in chapters:
        fields = dict(line.split("=", 1) for line in block.splitlines() if "=" in line)
        listed.append((fields.get("title", ""), int(fields["START"]) / 1000))
    return tags, listed


def read_page(mp3: Path) -> dict:
    import eyed3
    import srt
    import webvtt
    from mutagen.id3 import ID3
    from wavinfo import WavInfoReader

    logging.getLogger("eyed3").setLevel(logging.ERROR)
    sidecar = json.loads(mp3.with_suffix(".json").read_text(encoding="utf-8"))
    wanted = [(s["title"], s["start"]) for s in sidecar["segments"]]
    tags, ff = ffmpeg_read(mp3)
    tag = eyed3.load(str(mp3)).tag
    ey = [(c.title, c.times.start / 1000) for c in tag.chapters]
    toc = ID3(str(mp3)).getall("CTOC")[0].child_element_ids

    def agrees(listed: list[tuple[str, float]]) -> bool:
        return [t for t, _ in listed] == [t for t, _ in wanted] and all(
            abs(a - b) <= 0.001 for (_, a), (_, b) in zip(listed, wanted, strict=True))

    wav = WavInfoReader(str(mp3.with_suffix(".wav")))
    duration = sidecar["duration_seconds"]
    vtt = list(webvtt.read(str(mp3.with_suffix(".vtt"))))
    subs = list(srt.parse(mp3.with_suffix(".srt").read_text(encoding="utf-8")))
    spans = [(c.start_in_seconds, c.end_in_seconds) for c in vtt]
    lines = [line for c in vtt for line in c.text.split("\n")]
    row = {
        "ffmpeg in order": agrees(ff), "eyed3 in order": agrees(ey),
        "toc": len(toc) == len(wanted), "id3": f"2.{tag.version[1]}",
        "ffmpeg tags": tags.get("title") == sidecar["title"]
        and tags.get("artist") == sidecar.get("source")
        and (tags.get("date") or None) == sidecar.get("published"),
        "bext": wav.bext is not None and abs(wav.bext.loudness_value -
                                             sidecar["loudness"]["integrated_lufs"]) < 0.02,
        "cues wav": len(wav.cues.cues) if wav.cues else 0, "segments": len(wanted),
        "captions": len(vtt), "srt same": [c.content for c in subs] == [c.text for c in vtt],
        "longest line": max(len(line) for line in lines),
        "most lines": max(len(c.text.split("\n")) for c in vtt),
        "shortest cue": min(b - a for a, b in spans), "longest cue": max(b - a for a, b in spans),
        "in order": all(b <= c for (_, b), (c, _) in zip(spans, spans[1:], strict=False)),
        "inside": all(0 <= a < b <= duration + 0.001 for a, b in spans),
        "words": sum(len(s["words"]) for s in sidecar["sentences"]),
    }
    try:
        from pymediainfo import MediaInfo

        general = MediaInfo.parse(str(mp3)).general_tracks[0]
        row["mediainfo"] = general.title == sidecar["title"] and \
            general.performer == sidecar.get("source")
    except ImportError:
        row["mediainfo"] = None
    return row


def main(count: int) -> int:
    pages = sorted((CORPUS / "scraped").glob("*.txt"))[: count // 2] + \
        sorted((CORPUS / "bench" / "scraped").glob("*.txt"))[: count - count // 2]
    if not pages:
        print(f"corpus not found at {CORPUS}: nothing to read (this is not an error)")
        return 0
    from briefing.config import settings_from_cli
    from briefing.core.errors import BriefingError
    from briefing.pipeline import make

    found: dict[str, list[dict]] = {"dev": [], "held": []}
    with tempfile.TemporaryDirectory() as tmp:
        for page in pages:
            out = Path(tmp) / f"{page.stem[:40]}.mp3"
            try:
                make(settings_from_cli(str(page), "60", output=str(out), audio_format="both",
                                       sidecars="json,vtt,srt,words,transcript,chapters"))
            except BriefingError as exc:
                print(f"{page.stem[:40]}: not made ({exc})")
                continue
            found["held" if held_out(page.stem) else "dev"].append(read_page(out))
    print(f"{len(pages)} pages, 60 s each, default voice")
    print(f"{'half':<5} {'pages':>5} {'ffmpeg order':>12} {'eyed3 order':>11} {'TOC':>4} "
          f"{'tags':>5} {'bext':>5} {'MediaInfo':>9} {'captions':>8} {'longest line':>12} "
          f"{'lines':>5} {'cue s (min-max)':>16} {'order':>6} {'inside':>6} {'words':>6}")
    for half, rows in found.items():
        if not rows:
            continue
        n = len(rows)
        media = [r["mediainfo"] for r in rows]
        print(f"{half:<5} {n:>5} {sum(r['ffmpeg in order'] for r in rows):>8} of {n:<2}"
              f"{sum(r['eyed3 in order'] for r in rows):>7} of {n:<2}"
              f"{sum(r['toc'] for r in rows):>3} {sum(r['ffmpeg tags'] for r in rows):>5} "
              f"{sum(r['bext'] for r in rows):>5} "
              f"{'absent' if None in media else sum(media):>9} "
              f"{sum(r['captions'] for r in rows):>8} {max(r['longest line'] for r in rows):>12} "
              f"{max(r['most lines'] for r in rows):>5} "
              f"{min(r['shortest cue'] for r in rows):>7.2f}-"
              f"{max(r['longest cue'] for r in rows):<8.2f}"
              f"{sum(r['in order'] for r in rows):>6} {sum(r['inside'] for r in rows):>6} "
              f"{sum(r['words'] for r in rows):>6}")
    print("(counts are pages whose files each tool read right; captions, words: totals;"
          " longest line in characters, lines a cue at most)")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 12))
