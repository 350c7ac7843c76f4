"""A real render: espeak-ng, lameenc; read back with miniaudio (decoder) and mutagen."""

import json

import miniaudio
from mutagen.id3 import ID3

from clients import eyed3_chapters, ffmpeg_chapters

RATE = 44100


def decode(path):
    return miniaudio.decode_file(str(path), output_format=miniaudio.SampleFormat.SIGNED16,
                                 nchannels=1, sample_rate=RATE)


def test_mp3_decodes_to_the_target_length(rendered):
    decoded = decode(rendered.audio)
    assert decoded.sample_rate == RATE
    assert abs(len(decoded.samples) / RATE - 30.0) < 0.5


def test_mp3_is_cbr_mono_44k(rendered):
    from mutagen.mp3 import MP3, BitrateMode

    info = MP3(str(rendered.audio)).info
    assert info.sample_rate == RATE
    assert info.channels == 1
    assert info.bitrate == 128000
    assert info.bitrate_mode in (BitrateMode.CBR, BitrateMode.UNKNOWN)


def test_chapters_agree_with_sidecar(rendered):
    sidecar = json.loads(rendered.sidecar.read_text(encoding="utf-8"))
    tags = ID3(str(rendered.audio))
    toc = tags.getall("CTOC")[0]
    chaps = {c.element_id: c for c in tags.getall("CHAP")}
    ordered = [chaps[i] for i in toc.child_element_ids]  # CTOC carries the order
    assert len(ordered) == len(sidecar["segments"]) >= 3
    for chap, seg in zip(ordered, sidecar["segments"], strict=True):
        assert abs(chap.start_time / 1000 - seg["start"]) <= 0.001
        assert abs(chap.end_time / 1000 - seg["end"]) <= 0.001
        assert chap.sub_frames["TIT2"].text[0] == seg["title"]
    assert tags["TIT2"].text[0] == sidecar["title"]
    assert tags["TPE1"].text[0] == "Coastline Public Radio"
    assert str(tags["TDRC"].text[0]) == "2026-11-24"
    # As ffmpeg and eyed3 list them: in the order of the frames in the file, which must
    # be time order (mutagen alone wrote them by size).
    wanted = [(seg["title"], seg["start"], seg["end"]) for seg in sidecar["segments"]]
    for listed in (ffmpeg_chapters(rendered.audio), eyed3_chapters(rendered.audio)):
        assert [t for t, *_ in listed] == [t for t, *_ in wanted]
        assert all(abs(got[1] - want[1]) <= 0.001 and abs(got[2] - want[2]) <= 0.001
                   for got, want in zip(listed, wanted, strict=True))


def test_chapter_starts_sit_on_speech_onsets(rendered):
    samples = decode(rendered.audio).samples
    sidecar = json.loads(rendered.sidecar.read_text(encoding="utf-8"))
    for seg in sidecar["segments"]:
        start = round(seg["start"] * RATE)
        search_from = max(0, start - int(0.15 * RATE))
        onset = next(i for i in range(search_from, len(samples)) if abs(samples[i]) > 500)
        assert abs(onset - start) / RATE <= 0.010, seg["id"]


def test_sidecar_shape_and_provenance(rendered, sample_path):
    from briefing.ingest.article import load_article

    sidecar = json.loads(rendered.sidecar.read_text(encoding="utf-8"))
    assert sidecar["template"] == "brief" and sidecar["voice"] == "default"
    assert sidecar["target_seconds"] == 30.0
    assert abs(sidecar["duration_seconds"] - 30.0) < 0.1
    article = load_article(sample_path)
    by_index = {s.index: s.text for s in article.sentences}
    for seg in sidecar["segments"]:
        for i in seg["sources"]:
            assert i in by_index
    starts = [s["start"] for s in sidecar["segments"]]
    assert starts == sorted(starts)


def test_preview_estimate_matches_render(rendered):
    estimated = rendered.preview.timeline.total
    assert abs(estimated - rendered.timeline.total) / rendered.timeline.total < 0.05
