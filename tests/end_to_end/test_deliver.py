"""Broadcast deliverables, read back by independent tools: pyebur128 (loudness), wavinfo
(BWF chunks), webvtt-py and srt (captions), miniaudio (decoding)."""

import json
import wave

import miniaudio
import numpy as np
import pytest

from briefing.config import settings_from_cli
from briefing.pipeline import make
from clients import read_cart

PRESETS = {"ebu": (-23.0, -1.0), "podcast": (-16.0, -1.0), "alexa": (-14.0, -2.0),
           "atsc": (-24.0, -2.0)}


def seconds(stamp: str) -> float:
    h, m, s = stamp.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def decode(path, rate=44100, channels=1):
    audio = miniaudio.decode_file(str(path), output_format=miniaudio.SampleFormat.FLOAT32,
                                  nchannels=channels, sample_rate=rate)
    return np.asarray(audio.samples, dtype=np.float64)


def ebur128(samples, rate=44100, channels=1):
    """Integrated loudness of interleaved samples (all channels summed, as BS.1770 does)
    and the true peak of the loudest channel."""
    pyebur128 = pytest.importorskip("pyebur128")  # no wheel for Python 3.13 yet
    state = pyebur128.R128State(channels, rate, pyebur128.MeasurementMode.MODE_I
                                | pyebur128.MeasurementMode.MODE_TRUE_PEAK)
    state.add_frames(samples, len(samples) // channels)
    peak = max(pyebur128.get_true_peak(state, c) for c in range(channels))
    return pyebur128.get_loudness_global(state), 20 * np.log10(peak)


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_loudness_presets_measured_independently(tmp_path, sample_path, preset):
    target, ceiling = PRESETS[preset]
    out = tmp_path / "b.mp3"
    result = make(settings_from_cli(str(sample_path), "20", "headline", output=str(out),
                                    loudness=preset))
    lufs, peak = ebur128(decode(out))
    # The MP3 as a listener decodes it: LAME's own input scaling is made up for.
    assert abs(lufs - target) <= 0.2
    assert peak <= ceiling
    sidecar = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert sidecar["loudness"]["preset"] == preset
    assert abs(sidecar["loudness"]["integrated_lufs"] - lufs) < 0.2
    assert abs(sidecar["loudness"]["mp3"]["integrated_lufs"] - lufs) < 0.1
    assert abs(sidecar["loudness"]["mp3"]["true_peak_dbtp"] - peak) < 0.2
    assert result.loudness.target_lufs == target


@pytest.mark.parametrize("bitrate", [64, 320])
def test_mp3_meets_the_target_at_any_bitrate(tmp_path, sample_path, bitrate):
    out = tmp_path / "b.mp3"
    make(settings_from_cli(str(sample_path), "20", "headline", output=str(out),
                           loudness="podcast", bitrate=bitrate))
    lufs, peak = ebur128(decode(out))
    assert abs(lufs + 16.0) <= 0.2 and peak <= -1.0


def test_stereo_files_measure_at_the_target(tmp_path, sample_path):
    # Two identical channels sum to 3 dB more than one: the programme is aimed lower.
    out = tmp_path / "st.mp3"
    make(settings_from_cli(str(sample_path), "20", "headline", output=str(out), channels=2,
                           audio_format="both", loudness="ebu"))
    for path in (out, out.with_suffix(".wav")):
        lufs, peak = ebur128(decode(path, channels=2), channels=2)
        assert abs(lufs + 23.0) <= 0.2, path.suffix
        assert peak <= -1.0
    sidecar = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert abs(sidecar["loudness"]["integrated_lufs"] + 23.0) <= 0.1


@pytest.fixture(scope="module")
def both(tmp_path_factory, sample_path):
    out = tmp_path_factory.mktemp("both") / "brief.mp3"
    result = make(settings_from_cli(str(sample_path), "30", "brief", output=str(out),
                                    audio_format="both", wav_rate=48000, wav_bits=24,
                                    sidecars="json,vtt,srt,words,transcript,labels,chapters",
                                    loudness="ebu"))
    return result, out


def test_bwf_markers_agree_with_sidecar_within_a_sample(both):
    from wavinfo import WavInfoReader

    result, out = both
    wav = out.with_suffix(".wav")
    info = WavInfoReader(str(wav))
    assert info.fmt.sample_rate == 48000 and info.fmt.bits_per_sample == 24
    sidecar = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    cues = list(info.cues.each_cue())
    assert len(cues) == len(sidecar["segments"])
    for (cue_id, position), seg in zip(cues, sidecar["segments"], strict=True):
        label, _note = info.cues.label_and_note(cue_id)
        assert label == f"{seg['id']}: {seg['title']}"
        assert abs(position - seg["start"] * 48000) <= 1
    # The WAV and the MP3 share one timeline: same length within a frame of padding.
    with wave.open(str(wav)) as w:
        wav_seconds = w.getnframes() / w.getframerate()
    assert abs(wav_seconds - sidecar["duration_seconds"]) < 0.001
    assert abs(len(decode(out)) / 44100 - wav_seconds) < 0.06


def test_bwf_bext_and_cart_hold_what_was_asked(both):
    from wavinfo import WavInfoReader

    result, out = both
    info = WavInfoReader(str(out.with_suffix(".wav")))
    sidecar = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert info.bext.description == sidecar["title"][:256]
    assert info.bext.originator == "Coastline Public Radio"
    assert info.bext.version == 2
    assert abs(info.bext.loudness_value - sidecar["loudness"]["integrated_lufs"]) < 0.02
    assert info.bext.max_true_peak <= -1.0
    cart = read_cart(out.with_suffix(".wav"))
    assert cart["title"] == sidecar["title"][:64]
    assert cart["artist"] == "Coastline Public Radio"
    assert cart["category"] == "NEWS"
    assert cart["version"] == "0101"
    timers = cart["timers"]
    assert timers["SEG "] == round(sidecar["segments"][-1]["start"] * 48000)
    assert timers["INT "] == round(sidecar["segments"][0]["end"] * 48000)


def test_captions_are_for_people_and_follow_the_words(both):
    import srt as srt_lib
    import webvtt

    result, out = both
    sidecar = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    script = " ".join(s["text"] for s in sidecar["sentences"])
    duration = sidecar["duration_seconds"]
    vtt_cues = list(webvtt.read(str(out.with_suffix(".vtt"))))
    srt_cues = list(srt_lib.parse(out.with_suffix(".srt").read_text(encoding="utf-8")))
    # Every word said, in order, and nothing else; the same cues in both files.
    assert " ".join(c.text.replace("\n", " ") for c in vtt_cues) == script
    assert [c.text for c in vtt_cues] == [c.content for c in srt_cues]
    assert len(vtt_cues) > len(sidecar["sentences"])
    for cue in vtt_cues:
        lines = cue.text.split("\n")
        assert len(lines) <= 2 and all(len(line) <= 42 for line in lines), lines
        assert 1.0 <= seconds(cue.end) - seconds(cue.start) <= 7.0, cue.text
    spans = [(seconds(c.start), seconds(c.end)) for c in vtt_cues]
    assert all(b0 <= a1 for (_, b0), (a1, _) in zip(spans, spans[1:], strict=False))
    assert all(0 <= a < b <= duration + 0.001 for a, b in spans)
    assert all(abs(c.start.total_seconds() - a) < 0.002 and abs(c.end.total_seconds() - b) < 0.002
               for c, (a, b) in zip(srt_cues, spans, strict=True))
    # Each cue starts as its first word is heard.
    starts = {round(w["start"], 3) for s in sidecar["sentences"] for w in s["words"]}
    assert all(any(abs(a - t) < 0.002 for t in starts) for a, _ in spans)


def test_words_and_the_podcast_transcript_agree_with_the_sidecar(both):
    result, out = both
    sidecar = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    said = [w for s in sidecar["sentences"] for w in s["words"]]
    assert " ".join(w["w"] for w in said) == " ".join(s["text"] for s in sidecar["sentences"])
    for s in sidecar["sentences"]:  # each word inside its sentence, in order
        assert all(s["start"] - 0.001 <= w["start"] <= w["end"] <= s["end"] + 0.001
                   for w in s["words"])
        assert [w["start"] for w in s["words"]] == sorted(w["start"] for w in s["words"])
    words = json.loads(out.with_name("brief.words.json").read_text(encoding="utf-8"))["words"]
    assert [(w["w"], w["start"]) for w in words] == [(w["w"], w["start"]) for w in said]
    transcript = json.loads(out.with_name("brief.transcript.json").read_text(encoding="utf-8"))
    assert transcript["version"] == "1.0.0"
    assert [(t["body"], t["startTime"], t["endTime"]) for t in transcript["segments"]] == \
        [(w["w"], w["start"], w["end"]) for w in said]
    assert {t["speaker"] for t in transcript["segments"]} == {"default"}


def test_one_cue_per_sentence_stays_available(tmp_path, sample_path):
    import webvtt

    out = tmp_path / "s.mp3"
    make(settings_from_cli(str(sample_path), "30", output=str(out), sidecars="json,vtt",
                           captions="sentences"))
    sidecar = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    read = list(webvtt.read(str(out.with_suffix(".vtt"))))
    assert [c.text.replace("\n", " ") for c in read] == [s["text"] for s in sidecar["sentences"]]
    assert all(len(line) <= 42 for c in read for line in c.text.split("\n"))


def test_labels_and_podcast_chapters(both):
    result, out = both
    sidecar = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    rows = [line.split("\t") for line in
            out.with_name("brief.labels.txt").read_text(encoding="utf-8").splitlines()]
    assert [r[2] for r in rows] == [s["title"] for s in sidecar["segments"]]
    assert all(abs(float(r[0]) - s["start"]) < 1e-5 for r, s in
               zip(rows, sidecar["segments"], strict=True))
    chapters = json.loads(out.with_name("brief.chapters.json").read_text(encoding="utf-8"))
    assert chapters["version"] == "1.2.0"
    assert [c["title"] for c in chapters["chapters"]] == [s["title"] for s in
                                                         sidecar["segments"]]


def tone(path, seconds, freq, rate=44100, level=0.5, noise=False):
    t = np.arange(int(seconds * rate)) / rate
    rng = np.random.default_rng(7)
    signal = rng.uniform(-1, 1, t.size) if noise else np.sin(2 * np.pi * freq * t)
    pcm = np.round(signal * level * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path


def test_music_intro_bed_outro_keeps_time_and_chapters(tmp_path, sample_path):
    intro = tone(tmp_path / "intro.wav", 2.0, 440)
    outro = tone(tmp_path / "outro.wav", 1.5, 660)
    bed = tone(tmp_path / "bed.wav", 4.0, 0, noise=True, level=0.3)  # shorter: it must loop
    out = tmp_path / "music.mp3"
    make(settings_from_cli(str(sample_path), "40", "brief", output=str(out), intro=str(intro),
                           outro=str(outro), bed=str(bed), sidecars="json,vtt"))
    samples = decode(out)
    assert abs(len(samples) / 44100 - 40.0) <= 0.55
    sidecar = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    first = sidecar["segments"][0]["start"]
    assert abs(first - (2.0 + 1105 / 44100)) < 0.001  # after the intro and the MP3 delay
    # Between phrases the bed is ducked down; each later segment's speech starts where its
    # chapter says, standing well above the bed.
    for seg in sidecar["segments"][1:]:
        start = round(seg["start"] * 44100)
        before = samples[start - int(0.05 * 44100): start - int(0.01 * 44100)]
        onset = next(i for i in range(start - int(0.05 * 44100), len(samples))
                     if abs(samples[i]) > 3 * max(np.abs(before).max(), 1e-4))
        assert abs(onset - start) / 44100 <= 0.010, seg["id"]
    # The intro tone plays before the voice; the outro after.
    assert np.abs(samples[int(0.5 * 44100): int(1.5 * 44100)]).max() > 0.1
    assert np.abs(samples[-int(1.0 * 44100):-int(0.5 * 44100)]).max() > 0.1


def test_music_file_errors_are_clear(tmp_path, sample_path):
    from briefing.core.errors import OptionError

    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"not audio at all")
    with pytest.raises(OptionError, match="not audio"):
        make(settings_from_cli(str(sample_path), "30", "brief",
                               output=str(tmp_path / "x.mp3"), bed=str(bad)))
    assert not (tmp_path / "x.mp3").exists()


def test_mp3_options(tmp_path, sample_path):
    from mutagen.mp3 import MP3

    out = tmp_path / "stereo.mp3"
    make(settings_from_cli(str(sample_path), "15", "headline", output=str(out), channels=2,
                           mp3_rate=48000, bitrate=192))
    info = MP3(str(out)).info
    assert (info.channels, info.sample_rate, info.bitrate) == (2, 48000, 192000)
    sidecar = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    decoded = miniaudio.decode_file(str(out), nchannels=2, sample_rate=48000)
    assert abs(decoded.num_frames / 48000 - sidecar["duration_seconds"]) < 0.06


def test_preview_places_the_voice_after_the_intro(tmp_path, sample_path):
    from briefing.pipeline import preview, preview_json

    intro = tone(tmp_path / "intro.wav", 2.0, 440)
    outro = tone(tmp_path / "outro.wav", 1.5, 660)
    planned = preview(settings_from_cli(str(sample_path), "40", "brief", intro=str(intro),
                                        outro=str(outro)))
    data = preview_json(planned)
    assert data["target_seconds"] == 40.0
    assert abs(data["segments"][0]["start"] - (2.0 + 1105 / 44100)) < 0.002
    assert abs(data["estimated_seconds"] - 40.0) < 1.0


def test_bed_loops_to_length_without_a_seam():
    from briefing.audio.music import _fit_length

    bed = np.ones(1000)
    looped = _fit_length(bed, 4321, rate=1000)
    assert looped.size == 4321
    assert np.allclose(looped, 1.0)  # crossfades of a steady signal leave it steady
    assert _fit_length(bed, 300, rate=1000).size == 300


def test_a_programme_that_cannot_meet_its_ceiling_is_refused(tmp_path, sample_path,
                                                              monkeypatch):
    # A limiter that holds peaks a dB over the ceiling, and cannot correct itself (the
    # second attempt leaves the programme as it is): the decoded file would be out of spec.
    from briefing.audio import loudness
    from briefing.core.errors import LoudnessError

    monkeypatch.setattr(loudness, "HEADROOM", -1.0)
    monkeypatch.setattr(loudness, "limit_to",
                        lambda samples, rate, target, ceiling: (samples, 0.0, target))
    out = tmp_path / "b.mp3"
    with pytest.raises(LoudnessError, match="over the alexa ceiling of -2.0 dBTP"):
        make(settings_from_cli(str(sample_path), "20", "headline", output=str(out),
                               loudness="alexa"))
    assert list(tmp_path.iterdir()) == []  # nothing delivered out of spec
