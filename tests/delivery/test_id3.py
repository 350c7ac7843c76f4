"""The MP3's tag as other tools read it: chapters in time order in the file itself."""

import datetime as dt

import pytest
from mutagen.id3 import ID3

from briefing.delivery.export import encode_mp3
from briefing.delivery.id3 import Id3Tag, chapters_in_time_order
from clients import eyed3_chapters, ffmpeg_chapters, ffmpeg_tags

# Titles of very different lengths: mutagen orders frames by size, which shuffled them.
CHAPTERS = (("lead", "Top story", 0.025, 9.2), ("details", "The council's full reply", 9.2, 44.2),
            ("quote", "In their words", 44.2, 58.5), ("close", "Off", 58.5, 60.0))


def titles_as_mutagen_lists(path) -> list[str]:
    return [c.sub_frames["TIT2"].text[0] for c in ID3(str(path)).getall("CHAP")]


@pytest.fixture(scope="module")
def silence() -> bytes:
    return encode_mp3(b"\x00\x00" * 44100 * 60, 44100)


@pytest.mark.parametrize("version", [3, 4])
def test_chapters_sit_in_time_order_for_tools_that_read_the_file_in_order(
        tmp_path, silence, version):
    path = tmp_path / "b.mp3"
    path.write_bytes(silence)
    Id3Tag("Ferry back", "Coastline Radio", dt.date(2026, 11, 24), CHAPTERS, version).save(path)
    wanted = [(title, start, end) for _id, title, start, end in CHAPTERS]
    for listed in (ffmpeg_chapters(path), eyed3_chapters(path)):
        assert [t for t, *_ in listed] == [t for t, *_ in wanted]
        assert all(abs(a - b) < 0.0015 for got, want in zip(listed, wanted, strict=True)
                   for a, b in zip(got[1:], want[1:], strict=True))
    tags = ID3(str(path))
    assert tags.version[1] == version
    assert tags.getall("CTOC")[0].child_element_ids == ["chp0", "chp1", "chp2", "chp3"]
    # mutagen, too, lists the frames as the file holds them.
    assert [c.sub_frames["TIT2"].text[0] for c in tags.getall("CHAP")] == \
        [c[1] for c in CHAPTERS]
    read = ffmpeg_tags(path)
    assert read["title"] == "Ferry back" and read["artist"] == "Coastline Radio"
    assert read["date"].startswith("2026")


def test_the_frames_were_out_of_order_before_and_the_reorder_keeps_every_byte(
        tmp_path, silence):
    path = tmp_path / "b.mp3"
    path.write_bytes(silence)
    Id3Tag("T", None, None, CHAPTERS).frames().save(str(path), v2_version=4)  # as mutagen does
    before = path.read_bytes()
    assert [t for t, *_ in ffmpeg_chapters(path)] != [c[1] for c in CHAPTERS]
    assert titles_as_mutagen_lists(path) != [c[1] for c in CHAPTERS]
    chapters_in_time_order(path)
    assert titles_as_mutagen_lists(path) == [c[1] for c in CHAPTERS]
    after = path.read_bytes()
    assert len(after) == len(before) and sorted(after) == sorted(before)
    assert [t for t, *_ in ffmpeg_chapters(path)] == [c[1] for c in CHAPTERS]
    assert after[len(after) - len(silence):] == silence


def test_a_file_without_a_tag_is_left_alone(tmp_path, silence):
    path = tmp_path / "b.mp3"
    path.write_bytes(silence)
    chapters_in_time_order(path)
    assert path.read_bytes() == silence
