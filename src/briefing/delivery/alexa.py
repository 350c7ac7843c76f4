"""An Alexa Flash Briefing feed: a JSON list of items (uid, updateDate, titleText, mainText,
streamUrl), newest first, the briefing's MP3 as its stream. Alexa plays an item's audio
only at -14 LUFS with true peaks at or under -2 dBTP and at most ten minutes: the preset
is alexa's and the length checked before the work (``config``)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

from ..core.errors import OutputError
from ..core.files import Output, write_all

MAX_SECONDS = 600.0
"""The longest audio Alexa plays in a flash briefing."""
KEEP = 5
"""Items the feed keeps: a flash briefing plays the newest."""


def feed_item(title: str, mp3: Path, base_url: str, when: dt.datetime) -> dict:
    """The item for one briefing; its uid stays the same for the same address."""
    stream = base_url.rstrip("/") + "/" + mp3.name
    return {"uid": f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, stream)}",
            "updateDate": when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.0Z"),
            "titleText": title, "mainText": "", "streamUrl": stream}


def add_to_feed(path: Path, item: dict, keep: int = KEEP) -> None:
    """Put ``item`` first in the feed at ``path`` (made if absent; an item with the same uid
    is replaced), keeping the newest ``keep``; written whole or not at all."""
    items: list = []
    if path.exists():
        try:
            items = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise OutputError(f"Alexa feed {path} cannot be read as a feed ({exc}): move it "
                              "aside, and a new one is written") from None
        if isinstance(items, dict):
            items = [items]
        if not isinstance(items, list):
            raise OutputError(f"Alexa feed {path} is not a list of items: move it aside")
    items = [item] + [i for i in items if isinstance(i, dict) and i.get("uid") != item["uid"]]
    write_all([Output(path, (json.dumps(items[:keep], indent=2, ensure_ascii=False) + "\n")
                      .encode("utf-8"))])
