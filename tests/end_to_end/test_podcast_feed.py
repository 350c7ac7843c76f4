"""A podcast RSS feed, read back by feedparser as podcast apps read feeds: its required
tags, the enclosure as the file is, and GUIDs that stay put as episodes are added."""

import feedparser
import pytest

from briefing.config import settings_from_cli
from briefing.core.errors import OptionError
from briefing.pipeline import make

BASE = "https://radio.example/pod"


def test_episodes_are_added_with_stable_guids(tmp_path, sample_path, wire_path):
    feed = tmp_path / "pod.xml"
    first = tmp_path / "ferry.mp3"
    make(settings_from_cli(str(sample_path), "30", output=str(first),
                           sidecars="json,chapters,vtt", podcast_feed=str(feed), base_url=BASE))
    parsed = feedparser.parse(str(feed))
    assert not parsed.bozo
    assert parsed.feed.title and parsed.feed.link == BASE and parsed.feed.podcast_guid
    xml = feed.read_text(encoding="utf-8")
    assert "<itunes:explicit>no</itunes:explicit>" in xml and "<itunes:category" in xml
    assert f'<podcast:chapters url="{BASE}/ferry.chapters.json"' in xml
    assert f'<podcast:transcript url="{BASE}/ferry.vtt" type="text/vtt"' in xml
    (entry,) = parsed.entries
    assert entry.title.startswith("Port Alder") and entry.id
    (enclosure,) = entry.enclosures
    assert enclosure.href == f"{BASE}/ferry.mp3" and enclosure.type == "audio/mpeg"
    assert int(enclosure.length) == first.stat().st_size
    assert abs(int(entry.itunes_duration) - 30) <= 1
    assert "Dec. 15" in entry.summary  # the copy as written, not the spoken forms
    guid = entry.id
    # A second episode goes first; the first keeps its GUID; no temporary file is left.
    make(settings_from_cli(str(wire_path), "20", output=str(tmp_path / "levy.mp3"),
                           podcast_feed=str(feed), base_url=BASE))
    again = feedparser.parse(str(feed))
    assert [e.enclosures[0].href.rsplit("/", 1)[1] for e in again.entries] == \
        ["levy.mp3", "ferry.mp3"]
    assert again.entries[1].id == guid and again.entries[0].id != guid
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_feed_needs_an_address_and_an_mp3():
    with pytest.raises(OptionError, match="--podcast-feed needs --base-url"):
        settings_from_cli("a.txt", "60", podcast_feed="pod.xml")
    with pytest.raises(OptionError, match="episode is the MP3"):
        settings_from_cli("a.txt", "60", podcast_feed="pod.xml", base_url=BASE,
                          output="x.wav")
