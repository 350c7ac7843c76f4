"""MP3 (lameenc, CBR), encoded and heard back (miniaudio); its tag is ``id3``'s."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import numpy as np

"""The master's sample rate: the MP3's, and the rate mixing and loudness work at."""

# lameenc writes no LAME/Xing tag, so decoders play its 1105-sample encoder delay
# as audio: every time in the file is this much later than in the PCM we encoded.
ENCODER_DELAY_SAMPLES = 1105


def encoder_delay(sample_rate: int) -> float:
    return ENCODER_DELAY_SAMPLES / sample_rate


MP3_BITRATES = (64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
MP3_RATES = (32000, 44100, 48000)


def encode_mp3(pcm, sample_rate: int, bitrate: int = 128,  # noqa: ANN001 - bytes or pieces
               channels: int = 1) -> bytes:
    """16-bit PCM (interleaved when stereo) to constant-bitrate MP3: one buffer, or an
    iterable of buffers in order (LAME streams, so pieces encode to the same bytes and a
    long programme's PCM need not exist whole)."""
    return b"".join(_encoded(pcm, sample_rate, bitrate, channels))


def _encoded(pcm, sample_rate: int, bitrate: int, channels: int):  # noqa: ANN001, ANN202
    """The MP3's bytes as LAME writes them, piece by piece, the flush last."""
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate)
    encoder.set_in_sample_rate(sample_rate)
    encoder.set_out_sample_rate(sample_rate)
    encoder.set_channels(channels)
    encoder.set_quality(3)  # LAME -q 3: its default for CBR; -q 2 costs twice the time
    for piece in [pcm] if isinstance(pcm, (bytes, bytearray, memoryview)) else pcm:
        yield bytes(encoder.encode(piece))
    yield bytes(encoder.flush())


Heard = TypeVar("Heard")


def encode_mp3_heard(pcm, sample_rate: int, bitrate: int, channels: int,  # noqa: ANN001
                     listen: Callable[[Iterator], Heard]) -> tuple[bytes, Heard]:
    """encode_mp3, and ``listen``'s result on the file as a player decodes it (float32
    blocks shaped (frames, channels), 16384 frames or fewer). The encoder runs in a
    thread of its own and the decoding follows it as it writes: LAME lets go of Python's
    lock while it works, so on two cores the listening costs next to no time."""
    from concurrent.futures import ThreadPoolExecutor

    pipe = _Pipe()

    def encode() -> None:
        try:
            for piece in _encoded(pcm, sample_rate, bitrate, channels):
                if pipe.stopped:
                    return  # the run was interrupted: no file will be written
                pipe.put(piece)
        finally:
            pipe.put(None)  # the end, or the encoder failed: the decoder stops either way

    with ThreadPoolExecutor(max_workers=1) as pool:
        encoding = pool.submit(encode)
        try:
            heard = listen(_decoded(pipe, sample_rate, channels))
        except BaseException:
            pipe.stopped = True
            raise
        finally:
            pipe.close()
        encoding.result()
    return pipe.whole(), heard


class _Pipe:
    """MP3 bytes from the encoder's thread, read by miniaudio's decoder as they come;
    kept whole, as the decoder seeks back to the start once it has found the format."""

    def __init__(self) -> None:
        import queue

        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._data = bytearray()
        self._pos = 0
        self._ended = False  # no more reading: the end came, or the listener stopped
        self._finished = False  # the encoder's last piece has come
        self.stopped = False
        """Set when the listening failed or was interrupted: the encoder stops too."""
        self.interrupted: BaseException | None = None
        """What stopped a read made from inside the decoder (Ctrl-C, a signal): raised
        again once the decoder has returned, where Python can handle it."""

    def put(self, piece: bytes | None) -> None:
        self._queue.put(piece)

    def _wait_for(self, size: int) -> None:
        while len(self._data) < size and not self._ended:
            self._take()

    def read(self, num_bytes: int) -> bytes:
        self._wait_for(self._pos + num_bytes)
        out = bytes(self._data[self._pos:self._pos + num_bytes])
        self._pos += len(out)
        return out

    def seek(self, offset: int, origin) -> bool:  # noqa: ANN001 - miniaudio.SeekOrigin
        import miniaudio

        target = offset if origin == miniaudio.SeekOrigin.START else self._pos + offset
        self._wait_for(target)
        if not 0 <= target <= len(self._data):
            return False
        self._pos = target
        return True

    def close(self) -> None:
        self._ended = True

    def whole(self) -> bytes:
        """Every byte the encoder wrote (the file, once the encoder has finished)."""
        while not self._finished:  # what the decoder did not need to read yet
            self._take()
        return bytes(self._data)

    def _take(self) -> None:
        piece = self._queue.get()
        if piece is None:
            self._finished = self._ended = True
        else:
            self._data += piece


def _decoded(pipe: _Pipe, rate: int, channels: int) -> Iterator:
    import miniaudio
    import numpy as np

    class Source(miniaudio.StreamableSource):
        def read(self, num_bytes: int) -> bytes:
            # Called from inside the decoder's C code: an interrupt raised here would be
            # lost there (miniaudio catches only Exception, cffi prints the rest), and the
            # run would go on with a cut-short measurement. It ends the stream instead,
            # and is raised again below.
            if pipe.interrupted is None:
                try:
                    return pipe.read(num_bytes)
                except BaseException as exc:  # noqa: BLE001 - KeyboardInterrupt, SystemExit
                    pipe.interrupted = exc
            return b""

        def seek(self, offset: int, origin: miniaudio.SeekOrigin) -> bool:
            if pipe.interrupted is None:
                try:
                    return pipe.seek(offset, origin)
                except BaseException as exc:  # noqa: BLE001 - as in read
                    pipe.interrupted = exc
            return False

    # miniaudio holds the source only through a C handle: it must be kept alive here for as
    # long as the decoder reads from it, or the decoder reads freed memory.
    source = Source()
    blocks = miniaudio.stream_any(source, source_format=miniaudio.FileFormat.MP3,
                                  output_format=miniaudio.SampleFormat.FLOAT32,
                                  nchannels=channels, sample_rate=rate, frames_to_read=16384)
    for block in blocks:
        yield np.frombuffer(block, dtype=np.float32).reshape(-1, channels)
    del source
    if pipe.interrupted is not None:
        raise pipe.interrupted


def decode_mp3(data: bytes, rate: int, channels: int) -> np.ndarray:
    """MP3 bytes to float samples as a player hears them, shaped (frames, channels) (a
    file being written is heard block by block through ``encode_mp3_heard``)."""
    import miniaudio
    import numpy as np

    decoded = miniaudio.decode(data, output_format=miniaudio.SampleFormat.FLOAT32,
                               nchannels=channels, sample_rate=rate)
    return np.asarray(decoded.samples, dtype=np.float64).reshape(-1, channels)


@lru_cache(maxsize=8)
def encoder_gain(sample_rate: int, bitrate: int = 128, channels: int = 1) -> float:
    """What LAME does to the level of what it encodes (it scales its input down, by 0.95 at
    128 kbps, against clipping): a short tone encoded and decoded, RMS out over RMS in."""
    import numpy as np

    from ..core import pcm

    t = np.arange(sample_rate // 2) / sample_rate
    tone = 0.5 * np.sin(2 * np.pi * 997 * t)
    data = encode_mp3(pcm.encode(tone, 16, channels), sample_rate, bitrate, channels)
    back = decode_mp3(data, sample_rate, channels)[:, 0]
    middle = slice(sample_rate // 8, -sample_rate // 8)
    return float(np.sqrt(np.mean(back[middle] ** 2)) / np.sqrt(np.mean(tone[middle] ** 2)))
