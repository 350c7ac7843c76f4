"""A playout system's drop folder: the file named by the pattern, the cart number and
kill date in its AES46 cart chunk, and never seen half-written by a watcher."""

import datetime as dt
import struct
import threading
import time

from briefing.config import settings_from_cli
from briefing.pipeline import make
from clients import read_cart


def test_a_watcher_never_sees_half_a_file_and_the_cart_says_what_it_is(tmp_path, sample_path):
    folder = tmp_path / "playout"
    folder.mkdir()
    seen: dict[str, list[bool]] = {}
    stop = threading.Event()

    def watch() -> None:  # as a playout importer polls: every 10 ms, any .wav it finds
        while not stop.is_set():
            for path in folder.glob("*.wav"):
                try:
                    data = path.read_bytes()
                except FileNotFoundError:
                    continue
                whole = len(data) >= 8 and data[:4] == b"RIFF" and \
                    struct.unpack("<I", data[4:8])[0] == len(data) - 8
                seen.setdefault(path.name, []).append(whole)
            time.sleep(0.01)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        before = dt.datetime.now().replace(second=0, microsecond=0)
        result = make(settings_from_cli(str(sample_path), "20", drop_folder=str(folder),
                                        cart="4410", kill_after="6h"))
        time.sleep(0.1)
    finally:
        stop.set()
        watcher.join()
    wav = result.audio
    assert wav.parent == folder and wav.suffix == ".wav"
    assert wav.name.startswith("4410_") and wav.stem[5:13] >= before.strftime("%Y%m%d")
    assert seen.get(wav.name) and all(seen[wav.name]), seen
    assert sorted(p.suffix for p in folder.iterdir()) == [".json", ".wav"]  # no temp left
    cart = read_cart(wav)
    assert cart["cut_id"] == "4410"
    start = dt.datetime.strptime(cart["start"], "%Y/%m/%d %H:%M:%S")
    end = dt.datetime.strptime(cart["end"], "%Y/%m/%d %H:%M:%S")
    assert end - start == dt.timedelta(hours=6)
    assert cart["out_cue"].endswith("Coastline Public Radio.")
