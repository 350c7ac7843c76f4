import os

import pytest

from briefing.core.errors import OutputError
from briefing.core.files import Output, write_all
from briefing.delivery.export import encode_mp3
from briefing.delivery.id3 import Id3Tag


def test_failed_write_leaves_no_file_and_keeps_the_old_one(tmp_path, monkeypatch):
    target = tmp_path / "story.mp3"
    target.write_bytes(b"previous briefing")
    mp3 = encode_mp3(b"\x00\x00" * 44100, 44100)
    tags = Id3Tag("Title", "Source", None, (("a", "A", 0.0, 1.0),))

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
    tags = Id3Tag("Title", None, None, (("a", "A", 0.0, 1.0),))
    sidecar = target.with_suffix(".json")
    write_all([Output(target, mp3, tags), Output(sidecar, b'{"title": "Title"}')])
    assert target.read_bytes().startswith(b"ID3")
    assert sidecar.read_text(encoding="utf-8").strip().startswith("{")


def _tone_pcm(seconds: float = 3.0, rate: int = 44100) -> list[bytes]:
    import numpy as np

    from briefing.core import pcm

    t = np.arange(int(seconds * rate)) / rate
    tone = 0.4 * np.sin(2 * np.pi * 440 * t) * (t > 0.5)  # silence, then a tone
    return [pcm.encode(tone[i:i + 32768]) for i in range(0, len(tone), 32768)]


def test_a_file_heard_as_it_is_encoded_is_the_file_decoded_afterwards():
    import numpy as np

    from briefing.delivery.export import decode_mp3, encode_mp3_heard

    pieces = _tone_pcm()
    data, heard = encode_mp3_heard(iter(pieces), 44100, 128, 1,
                                   lambda blocks: np.concatenate(list(blocks)))
    assert data == encode_mp3(pieces, 44100, 128, 1)  # the same bytes as encoding alone
    after = decode_mp3(data, 44100, 1)  # miniaudio, from the finished file
    assert heard.shape == after.shape
    assert np.array_equal(heard, after.astype(np.float32))


def test_the_decoder_s_source_lives_as_long_as_the_decoder_reads(monkeypatch):
    # miniaudio keeps the source only as a C handle: a source collected while the decoder
    # still reads from it is a crash, not an error.
    import gc
    import weakref

    import miniaudio
    import numpy as np

    from briefing.delivery.export import encode_mp3_heard

    stream_any = miniaudio.stream_any

    def watched(source, **kwargs):
        alive = weakref.ref(source)
        blocks = stream_any(source, **kwargs)
        del source
        gc.collect()  # before the decoder's first read, when only the caller holds it
        assert alive() is not None
        return blocks

    monkeypatch.setattr(miniaudio, "stream_any", watched)
    _, heard = encode_mp3_heard(iter(_tone_pcm()), 44100, 128, 1,
                                lambda blocks: np.concatenate(list(blocks)))
    assert len(heard) > 44100


def test_an_encoder_that_fails_stops_the_listener_and_raises():
    from briefing.delivery.export import encode_mp3_heard

    def pieces():
        yield _tone_pcm(0.5)[0]
        raise OSError("disk gone")

    with pytest.raises(OSError, match="disk gone"):
        encode_mp3_heard(pieces(), 44100, 128, 1, lambda blocks: sum(len(b) for b in blocks))


def test_a_listener_that_stops_early_still_gets_the_whole_file():
    from briefing.delivery.export import encode_mp3_heard

    pieces = _tone_pcm()
    data, first = encode_mp3_heard(iter(pieces), 44100, 128, 1, lambda blocks: next(blocks))
    assert len(first) > 0
    assert data == encode_mp3(pieces, 44100, 128, 1)


def test_an_interrupt_inside_the_decoder_stops_the_run(monkeypatch):
    # Ctrl-C or a signal lands while miniaudio's C code is waiting in our read: it must
    # reach the caller (nothing is written), not be lost inside the decoder.
    from briefing.delivery import export

    calls = {"n": 0}
    read = export._Pipe.read

    def interrupted(self, num_bytes):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return read(self, num_bytes)

    monkeypatch.setattr(export._Pipe, "read", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export.encode_mp3_heard(iter(_tone_pcm(3.0)), 44100, 128, 1,
                                lambda blocks: sum(len(b) for b in blocks))
