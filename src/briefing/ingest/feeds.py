"""Stories from an RSS or Atom feed (feedparser): the newest, within a time window, each
as the address of its page."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import ArticleError
from .fetch import fetch, is_url

FEED_KINDS = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
              "application/rdf+xml", "application/feed+json", "text/plain")
MAX_FEED_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class FeedStory:
    title: str
    link: str
    published: dt.datetime
    """When the feed says it was published (or last updated), UTC."""


def feed_stories(feed: str, count: int, since: dt.timedelta | None = None,
                 now: dt.datetime | None = None) -> list[FeedStory]:
    """The newest ``count`` stories of ``feed`` (a file or an http(s) address) published
    within ``since`` of ``now``, newest first."""
    import feedparser

    if is_url(feed):
        data = fetch(feed, MAX_FEED_BYTES, kinds=FEED_KINDS, what="a feed")
    else:
        path = Path(feed)
        if not path.is_file():
            raise ArticleError(f"feed not found: {feed} (give a feed file or an http(s) "
                               "address)")
        data = path.read_bytes()[:MAX_FEED_BYTES + 1]
    stories = []
    for entry in feedparser.parse(data).entries:
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        link = entry.get("link")
        if when and link:  # a story with no time or no page cannot be placed or read
            published = dt.datetime.fromtimestamp(calendar.timegm(when), dt.timezone.utc)
            stories.append(FeedStory(entry.get("title", link), link, published))
    if not stories:
        raise ArticleError(f"{feed} is not a feed with stories (RSS or Atom): check the "
                           "address")
    now = now or dt.datetime.now(dt.timezone.utc)
    stories = [s for s in stories if since is None or now - s.published <= since]
    stories.sort(key=lambda s: s.published, reverse=True)
    return stories[:count]
