"""A podcast RSS feed the briefing is added to (feedgen, with its iTunes extension and a
small Podcasting 2.0 one): enclosure with its length and type, a GUID that stays the same
for the same episode address, chapters and transcript links when those sidecars are
written, the newest ``KEEP`` episodes. The episodes are kept beside the feed as JSON, so
each run writes the whole feed again from them."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

from ..core.errors import OutputError
from ..core.files import Output, write_all

KEEP = 50
"""Episodes the feed keeps, newest first."""
PODCAST_NS = "https://podcastindex.org/namespace/1.0"


def episode(title: str, description: str, files: list[Path], base_url: str, seconds: float,
            when: dt.datetime) -> dict:
    """One episode from the files a run wrote (the MP3 and, when written, the chapters and
    transcript sidecars)."""
    base = base_url.rstrip("/") + "/"
    mp3 = next(p for p in files if p.suffix == ".mp3")
    found = {p.name[len(mp3.stem):]: p for p in files if p.name.startswith(mp3.stem)}
    url = base + mp3.name
    return {"guid": str(uuid.uuid5(uuid.NAMESPACE_URL, url)), "title": title,
            "description": description, "url": url, "length": mp3.stat().st_size,
            "seconds": round(seconds), "published": when.astimezone(dt.timezone.utc).isoformat(),
            "chapters": base + found[".chapters.json"].name if ".chapters.json" in found else None,
            "transcript": base + found[".vtt"].name if ".vtt" in found else None}


def add_episode(feed: Path, item: dict, channel: dict, keep: int = KEEP) -> None:
    """Put ``item`` first among the feed's episodes (one with the same GUID replaced) and
    write the feed and its episode list again, both or neither (``core.files``)."""
    store = feed.with_name(f".{feed.name}.episodes.json")
    episodes: list = []
    if store.exists():
        try:
            episodes = json.loads(store.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise OutputError(f"the podcast feed's episode list {store} cannot be read "
                              f"({exc}): move it aside to start the feed again") from None
    episodes = [item] + [e for e in episodes if isinstance(e, dict)
                         and e.get("guid") != item["guid"]]
    episodes = episodes[:keep]
    write_all([Output(store, json.dumps(episodes, indent=1, ensure_ascii=False).encode()),
               Output(feed, rss(episodes, channel))])


def rss(episodes: list[dict], channel: dict) -> bytes:
    """The feed: RSS 2.0 with iTunes and Podcasting 2.0 tags."""
    from feedgen.feed import FeedGenerator

    fg = FeedGenerator()
    fg.load_extension("podcast")
    fg.register_extension("podcast2", _Channel, _Item)
    fg.title(channel["title"])
    fg.link(href=channel["link"], rel="alternate")
    fg.description(channel["description"])
    fg.language(channel.get("language", "en"))
    fg.podcast.itunes_author(channel["title"])
    fg.podcast.itunes_category("News")
    fg.podcast.itunes_explicit("no")
    fg.podcast.itunes_summary(channel["description"])
    fg.podcast2.guid = str(uuid.uuid5(uuid.NAMESPACE_URL, channel["link"]))
    for e in reversed(episodes):  # feedgen puts each added entry first
        entry = fg.add_entry()
        entry.guid(e["guid"], permalink=False)
        entry.title(e["title"])
        entry.description(e["description"] or e["title"])
        entry.enclosure(e["url"], str(e["length"]), "audio/mpeg")
        entry.pubDate(dt.datetime.fromisoformat(e["published"]))
        entry.podcast.itunes_duration(int(e["seconds"]))
        entry.podcast2.chapters, entry.podcast2.transcript = e.get("chapters"), e.get(
            "transcript")
    return fg.rss_str(pretty=True)


class _Channel:
    """The channel's Podcasting 2.0 tags: its GUID, and that it may be moved."""

    def __init__(self) -> None:
        self.guid: str | None = None

    def extend_ns(self) -> dict:
        return {"podcast": PODCAST_NS}

    def extend_rss(self, feed):  # noqa: ANN001, ANN201 - lxml elements
        from lxml import etree

        channel = feed[0]
        if self.guid:
            etree.SubElement(channel, f"{{{PODCAST_NS}}}guid").text = self.guid
        etree.SubElement(channel, f"{{{PODCAST_NS}}}locked").text = "no"
        return feed

    def extend_atom(self, feed):  # noqa: ANN001, ANN201
        return feed


class _Item(_Channel):
    """An episode's Podcasting 2.0 links: chapters (JSON) and transcript (WebVTT)."""

    def __init__(self) -> None:
        self.chapters: str | None = None
        self.transcript: str | None = None

    def extend_rss(self, entry):  # noqa: ANN001, ANN201 - lxml elements
        from lxml import etree

        if self.chapters:
            etree.SubElement(entry, f"{{{PODCAST_NS}}}chapters", url=self.chapters,
                             type="application/json+chapters")
        if self.transcript:
            etree.SubElement(entry, f"{{{PODCAST_NS}}}transcript", url=self.transcript,
                             type="text/vtt")
        return entry
