"""Run settings, and the one adapter that turns CLI options into them."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from .audio.loudness import Preset
from .audio.room_tone import ROOM_TONE_RANGE
from .core.durations import MAX_SECONDS, MIN_SECONDS, parse_duration, parse_since
from .core.errors import OptionError
from .core.files import MAX_NAME_BYTES, check_path
from .delivery.captions import DEFAULT_LINE_CHARS, LINE_CHARS_RANGE, CaptionStyle
from .delivery.export import MP3_BITRATES, MP3_RATES
from .delivery.id3 import DEFAULT_ID3_VERSION, ID3_VERSIONS
from .delivery.outputs import Deliverables
from .delivery.sidecars import Sidecar, parse_list
from .station import Station

DEFAULT_DROP_NAME = "{cart}_{date:%Y%m%d}_{time:%H%M}"
"""How a file in a drop folder is named: the cart number, the date and the time (and
``{slug}``, the headline's, when wanted)."""


BUILT_IN_SECONDS = "60"
"""The length of a briefing when neither -d, the station nor the template says."""


class AudioFormat(str, Enum):
    MP3 = "mp3"
    WAV = "wav"
    BOTH = "both"

    @property
    def mp3(self) -> bool:
        return self in (AudioFormat.MP3, AudioFormat.BOTH)

    @property
    def wav(self) -> bool:
        return self in (AudioFormat.WAV, AudioFormat.BOTH)


@dataclass(frozen=True)
class Settings:
    """Everything one run of make or preview needs to know."""

    article: str
    """Article path, or ``-`` for stdin."""
    target_seconds: float = 60.0
    template: str = "brief"
    """Template name or path."""
    voice: str = "default"
    """Voice profile name or path."""
    output: Path | None = None
    """Output path (its suffix is replaced per file); None means ``briefings/<slug>``."""
    bitrate: int = 128
    """MP3 bitrate, kbps (CBR)."""
    tolerance: float = 0.5
    """How far from the target the rendered file may land, seconds."""
    loudness: Preset = Preset.PODCAST
    format: AudioFormat = AudioFormat.MP3
    mp3_rate: int = 44100
    channels: int = 1
    wav_rate: int = 44100
    wav_bits: int = 24
    sidecars: tuple[Sidecar, ...] = (Sidecar.JSON,)
    intro: Path | None = None
    outro: Path | None = None
    bed: Path | None = None
    bed_level_db: float = -20.0
    """The bed's level between phrases, dB."""
    duck_db: float = 12.0
    """How far the bed drops under speech, dB."""
    output_dir: Path = Path("briefings")
    """Where files go when no output path is given."""
    station: Station = Station()
    script: Path | None = None
    """An edited script to voice as written, instead of condensing the article."""
    force: bool = False
    """Voice what was found even when the page's story was not found with confidence."""
    id3_version: int = DEFAULT_ID3_VERSION
    """The MP3's ID3v2 version (``--id3 2.4`` or ``2.3``)."""
    captions: CaptionStyle = CaptionStyle()
    """How VTT and SRT cues are cut (``--captions``, ``--caption-chars``)."""
    drop_folder: Path | None = None
    """A playout system's import folder: the files are named by ``drop_name``."""
    drop_name: str = DEFAULT_DROP_NAME
    cart_id: str = ""
    kill_after: float = 24.0
    """Hours until the cart's kill date."""
    alexa_feed: Path | None = None
    """An Alexa Flash Briefing feed (JSON) the briefing is added to, at ``base_url``."""
    podcast_feed: Path | None = None
    """A podcast RSS feed the briefing is added to as an episode, at ``base_url``."""
    base_url: str = ""
    """Where the files will be served from (the feeds' addresses for them)."""
    room_tone: float | None = None
    """dBFS RMS of a pink-noise floor under the programme (``audio.room_tone``); None keeps
    the pauses digital silence."""

    @property
    def deliverables(self) -> Deliverables:
        """The files this run writes, as delivery takes them."""
        return Deliverables(self.format.mp3, self.format.wav, self.mp3_rate, self.bitrate,
                            self.channels, self.wav_rate, self.wav_bits, self.sidecars,
                            self.captions, self.cart_id, self.kill_after, self.id3_version)




def _choice(value: str | int, allowed, what: str):  # noqa: ANN001, ANN202 - small helper
    options = list(allowed)
    for option in options:
        if str(getattr(option, "value", option)) == str(value).lower():
            return option
    names = ", ".join(str(getattr(o, "value", o)) for o in options)
    raise OptionError(f"{what} '{value}' is not one of: {names}")


def settings_from_cli(article: str, duration: str | None = None, template: str | None = None,
                      voice: str | None = None, output: str | None = None,
                      tolerance: float = 0.5, *, loudness: str | None = None,
                      audio_format: str | None = None,
                      bitrate: int = 128, mp3_rate: int = 44100, channels: int = 1,
                      wav_rate: int = 44100, wav_bits: int = 24, sidecars: str = "json",
                      intro: str | None = None, outro: str | None = None,
                      bed: str | None = None, bed_level: float = -20.0,
                      duck: float = 12.0, station: Station | None = None,
                      script: str | None = None, force: bool = False,
                      room_tone: float | None = None, id3: str = "2.4",
                      captions: str = "phrases",
                      caption_chars: int = DEFAULT_LINE_CHARS, drop_folder: str | None = None,
                      drop_name: str = DEFAULT_DROP_NAME, cart: str = "",
                      kill_after: str = "24h", alexa_feed: str | None = None,
                      podcast_feed: str | None = None, base_url: str = "") -> Settings:
    """Check CLI values and build Settings: the only place CLI names meet library names.

    Options left unset fall back to the station's briefing.toml, then to built-ins.
    """
    station = station if station is not None else Station()
    if duration is None and script is not None:
        from .delivery.scriptfile import target_of

        duration = target_of(Path(script))  # an edited script keeps the length it was cut to
    if duration is None:  # the station's, else the template's own length, else 60 s
        from .script.templates import declared_length

        duration = station.duration or declared_length(
            template or station.template or "brief") or BUILT_IN_SECONDS
    template = template or station.template or "brief"
    voice = voice or station.voice or "default"
    if alexa_feed is not None:  # Alexa's own loudness, or a clear refusal
        if loudness not in (None, "alexa"):
            raise OptionError(f"an Alexa feed plays -14 LUFS audio: drop --loudness {loudness} "
                              "(the alexa preset is used)")
        if not base_url.lower().startswith(("http://", "https://")):
            raise OptionError("--alexa-feed needs --base-url, the http(s) address the MP3 is "
                              "served from (e.g. --base-url https://radio.example/news)")
        loudness = "alexa"
    loudness = loudness or station.loudness or "podcast"
    seconds = parse_duration(duration)
    if not MIN_SECONDS <= seconds <= MAX_SECONDS:
        raise OptionError(f"duration {seconds:g} s is out of range: use {MIN_SECONDS:g} to "
                          f"{MAX_SECONDS:g} seconds (e.g. -d 60)")
    try:
        chosen_sidecars = parse_list(sidecars)
    except ValueError:
        raise OptionError(f"sidecars '{sidecars}' must be a list of: "
                          + ", ".join(s.value for s in Sidecar)) from None
    out = Path(output) if output is not None else None
    if out is not None and not out.name.strip():
        raise OptionError("output name is empty: give a file name ending in .mp3 or .wav")
    if out is not None and not str(out).isprintable():
        raise OptionError(f"output {str(out)!r} has a control character (a newline?) in its "
                          "name: type the name again")
    if drop_folder is not None and out is not None:
        raise OptionError("give -o or --drop-folder, not both (the drop folder names the file "
                          "by --name)")
    if audio_format is None:
        audio_format = "wav" if (out is not None and out.suffix.lower() == ".wav") or \
            drop_folder is not None else "mp3"
    fmt = _choice(audio_format, AudioFormat, "format")
    if out is not None:
        check_path(out)
        suffix = out.suffix.lower()
        if suffix not in (".mp3", ".wav") or out.name.lower() == suffix:
            raise OptionError(f"output {out} must be a name ending in .mp3 or .wav "
                              "(e.g. -o briefings/x.mp3)")
        stem = os.fsencode(out.stem)
        longest = max(len(stem) + len(suffix) for suffix in
                      [out.suffix, *(s.suffix for s in chosen_sidecars)])
        if longest > MAX_NAME_BYTES:
            raise OptionError(f"output name {out.name[:40]}… is too long: with its sidecars' "
                              f"suffixes a name can be at most {MAX_NAME_BYTES} bytes "
                              "(choose a shorter -o)")
        if out.is_dir():
            raise OptionError(f"output {out} is a folder; give a file name ending in .mp3")
        if fmt is not AudioFormat.BOTH and suffix != f".{fmt.value}":
            raise OptionError(f"output {out} ends in {suffix} but --format is {fmt.value}: "
                              f"name it {out.with_suffix('.' + fmt.value).name}, or use "
                              "--format both for MP3 and WAV")
    if not 0.0 < tolerance <= 10.0:
        raise OptionError(f"tolerance {tolerance:g} s is out of range: use 0.05 to 10 seconds")
    if not -60.0 <= bed_level <= 0.0:
        raise OptionError(f"bed level {bed_level:g} dB is out of range: use -60 to 0")
    if not 0.0 <= duck <= 40.0:
        raise OptionError(f"duck {duck:g} dB is out of range: use 0 to 40")
    low, high = LINE_CHARS_RANGE
    if not low <= caption_chars <= high:
        raise OptionError(f"caption line length {caption_chars} is out of range: use {low} "
                          f"to {high} characters (42 is usual)")
    style = CaptionStyle(caption_chars, per_sentence=_choice(
        captions, ("phrases", "sentences"), "captions") == "sentences")
    if podcast_feed is not None:
        if not base_url.lower().startswith(("http://", "https://")):
            raise OptionError("--podcast-feed needs --base-url, the http(s) address the files "
                              "are served from (e.g. --base-url https://radio.example/news)")
        if not fmt.mp3:
            raise OptionError("a podcast feed's episode is the MP3: drop --format wav (or use "
                              "both)")
    if alexa_feed is not None:
        from .delivery.alexa import MAX_SECONDS as ALEXA_MOST

        if seconds > ALEXA_MOST:
            raise OptionError(f"Alexa plays at most {ALEXA_MOST / 60:g} minutes of a flash "
                              f"briefing: give -d {ALEXA_MOST / 60:g}:00 or less")
        if not fmt.mp3:
            raise OptionError("an Alexa feed streams an MP3: drop --format wav (or use both)")
    drop = _drop_folder(drop_folder, drop_name, cart)
    kill = parse_since(kill_after, "--kill-after").total_seconds() / 3600
    if not 0 < kill <= 24 * 366:
        raise OptionError(f"--kill-after {kill_after} is out of range: from a minute to a year")
    room_tone = room_tone if room_tone is not None else station.room_tone
    low, high = ROOM_TONE_RANGE
    if room_tone is not None and not low <= room_tone <= high:
        raise OptionError(f"room tone {room_tone:g} dBFS is out of range: use {low:g} to "
                          f"{high:g} (e.g. --room-tone -66)")
    return Settings(
        article=article, target_seconds=float(seconds), template=template, voice=voice,
        output=out, tolerance=tolerance, loudness=_choice(loudness, Preset, "loudness preset"),
        format=fmt, bitrate=_choice(bitrate, MP3_BITRATES, "bitrate"),
        mp3_rate=_choice(mp3_rate, MP3_RATES, "MP3 sample rate"),
        channels=_choice(channels, (1, 2), "channels"),
        wav_rate=_choice(wav_rate, (44100, 48000), "WAV sample rate"),
        wav_bits=_choice(wav_bits, (16, 24), "WAV bit depth"), sidecars=chosen_sidecars,
        intro=Path(intro) if intro else None, outro=Path(outro) if outro else None,
        bed=Path(bed) if bed else None, bed_level_db=bed_level, duck_db=duck,
        output_dir=Path(station.output) if station.output else Path("briefings"),
        station=station, script=_script_path(script), force=force, room_tone=room_tone,
        id3_version=int(_choice(id3, [f"2.{v}" for v in ID3_VERSIONS], "ID3 version")[2]),
        captions=style, drop_folder=drop, drop_name=drop_name, cart_id=cart, kill_after=kill,
        alexa_feed=Path(alexa_feed) if alexa_feed else None,
        podcast_feed=Path(podcast_feed) if podcast_feed else None, base_url=base_url)


def drop_name(pattern: str, cart: str, slug: str, when: dt.datetime) -> str:
    """A drop folder's file name (no suffix) from ``pattern``."""
    return pattern.format(cart=cart or "news", date=when, time=when, slug=slug)


def _drop_folder(folder: str | None, pattern: str, cart: str) -> Path | None:
    """The drop folder, checked with its naming pattern and cart number."""
    if cart and not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", cart):
        raise OptionError(f"--cart {cart!r} must be letters, digits, - or _ (at most 64): "
                          "the playout system's cart number, e.g. --cart 1234")
    if folder is None:
        return None
    try:
        name = drop_name(pattern, cart, "headline", dt.datetime(2026, 1, 1))
    except (KeyError, IndexError, ValueError, AttributeError) as exc:
        raise OptionError(f"--name {pattern!r} cannot name a file ({exc}): use {{cart}}, "
                          "{date:%Y%m%d}, {time:%H%M} and {slug}") from None
    if not name.strip() or "/" in name or name.startswith(".") or not name.isprintable():
        raise OptionError(f"--name {pattern!r} makes {name!r}, not a file name: use "
                          "{cart}, {date:%Y%m%d}, {time:%H%M} and {slug}")
    path = Path(folder)
    if not path.is_dir():
        raise OptionError(f"drop folder {path} does not exist (make it, or check the path)")
    return path


def _script_path(script: str | None) -> Path | None:
    if script is None:
        return None
    path = Path(script)
    if not path.exists():
        raise OptionError(f"script not found: {path} (write one with `briefing script`)")
    if not path.is_file():
        raise OptionError(f"script {path} is not a regular file (a folder, device or pipe): "
                          "give the Markdown file `briefing script` wrote")
    return path


def slugify(text: str, limit: int = 60) -> str:
    """A file-name-safe slug of a headline."""
    slug = re.sub(r"['’]", "", text.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", slug).strip("-")
    if len(slug) > limit:
        cut = slug[: limit + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:limit]
    return slug or "briefing"
