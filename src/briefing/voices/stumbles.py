"""Stumbles: words of a spoken text that the voice would say wrong by accident.

The judge is espeak-ng itself: each token of the text is given to libespeak-ng's
``espeak_TextToPhonemes`` (the library the espeakng-loader wheel ships, initialised once
per process by the project's espeak engine and used under that engine's lock), and the
phonemes show what a listener would hear:

- a symbol read out as a word: "61-22" -> "sixty-one dash twenty-two", "and/or" -> "and
  slash or", "XB.1" -> "X B dot one", "#news" -> "hash news", "@ledger" -> "at ledger";
- letters read one by one by accident: "Ms" -> "M S", "km" -> "K M" (a token of two or
  more letters spelled out that is not an initialism said as letters on air, ``LETTERS``);
- an initialism said as letters on air read as a word instead: "AP" -> "ap", "GOP" -> "gop";
- a code read as a quantity: letters glued to a number the voice reads with "hundred" or
  "thousand" ("ZX4102" -> "Z X four thousand one hundred two", "1990s" -> "nineteen
  hundred ninety z").

Phonemes are compared without stress marks and cached per token, so a corpus costs one
espeak call per distinct word.
"""

from __future__ import annotations

import ctypes
import functools
import re
from dataclasses import dataclass

VOICE = "gmw/en-us"

LETTERS = frozenset("""
AA ABC AC ACLU ADHD AFC AFL AFP AI AMD AOL AP AR ATM ATP BA BBC BC BMI BMW BP CBC CBS CCTV CD
CDC CEO CFO CIA CNBC CNN COO CPI CPM CPR CPU CSU CT CTO CTR CVS DC DHS DJ DM DMV DNA DNC DOJ DUI
DVD EPA ESPN EU EV FAA FBI FC FCC FDA FDIC FTC FX FY GDP GE GM GMT GOP GP GPS GPU GSM HBO HD
HDMI HDR HDTV HHS HIV HK HP HQ HR HSBC IBM ICU ID IMF IP IPO IPS IQ IRA IRS IT IVF JFK JPL LA LAPD
LCD LED LG LGBT LGBTQ LLC LNG LSU MBA MD MIT MLB MLS MP MSNBC MVP NAACP NBA NBC NCAA NDP NFL NHL
NHS NIH NJ NPR NRA NSA NTSB NY NYC NYPD OJ OK PBS PC PD PDF PE PGA PM PR PTSD RBC RGB RNA RNC
RPM SAT SEC SNP SSD SUV TB TD TSA TV UAE UAW UCLA UFC UHD UK UN UPS URL US USA USB USC USDA
USPS UV VA VIP VP VPN VR WB WHO WNBA WTA WTO WWE WWII XL
iOS PhD mRNA Ok ok
""".split())
"""Initialisms a newsreader says letter by letter: spelled out, they are no stumble (the
list holds common ones; an unlisted one spelled out is counted as "initialism", to check
by ear and add here)."""

_SYMBOLS = {"-": "dash", "–": "dash", "/": "slash", ".": "dot", "#": "hash", "@": "at",
            "*": "asterisk", "\\": "backslash", "~": "tilde", ":": "colon", "_": "underscore",
            "|": "bar", "^": "caret"}
"""Characters a voice may read out by name, with the name's word."""

_STRESS = str.maketrans("", "", "',;%=_| #0123456789")
_EDGES = "\"'“”‘’()[]{},;:!?.…"
_QUANTITY = ("hundred", "thousand", "million")


@dataclass(frozen=True)
class Stumble:
    kind: str
    """"dash", "slash", "dot", "hash", "at", ... (a symbol said), "letters", "acronym" or
    "code"."""
    token: str
    heard: str
    """The token's phonemes, as espeak's ASCII phoneme names."""


class _Espeak:
    """espeak_TextToPhonemes on the engine's libespeak-ng, one call at a time."""

    def __init__(self) -> None:
        from .tts.espeak import _espeak_modules, _lock

        _driver, module, _data = _espeak_modules()  # espeak initialised once per process
        self._lock = _lock
        self._dll = module.dll
        self._to_phonemes = self._dll.espeak_TextToPhonemes
        self._to_phonemes.restype = ctypes.c_char_p
        self._to_phonemes.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.c_int,
                                      ctypes.c_int]
        self._dll.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]

    def phonemes(self, text: str) -> str:
        clauses = []
        with self._lock:
            # The engine sets its own voice before each render; ours is set on every call.
            self._dll.espeak_SetVoiceByName(VOICE.encode())
            pointer = ctypes.c_char_p(text.encode("utf-8"))
            while pointer.value:
                said = self._to_phonemes(ctypes.byref(pointer), 1, 0)  # espeakCHARS_UTF8
                clauses.append((said or b"").decode("utf-8", "replace"))
        return " ".join(c for c in clauses if c)


@functools.cache
def _espeak() -> _Espeak:
    return _Espeak()


@functools.lru_cache(maxsize=200_000)
def phonemes(text: str) -> str:
    """What espeak-ng says for ``text``, as its phoneme names ("dash" -> "d'aS")."""
    return _espeak().phonemes(text)


@functools.lru_cache(maxsize=200_000)
def _bare(text: str) -> str:
    """The phonemes without stress marks, pauses, word breaks or vowel variants ("I2",
    "a#"): "twenty-sixth" and "26th" compare equal."""
    return phonemes(text).translate(_STRESS)


def _spelled(letters: str, after: str = "") -> bool:
    """True when espeak reads ``letters`` one letter at a time, followed by ``after``.

    The word after matters: espeak says "EPA has" as a word ("eppa") but "EPA said" as
    letters, so each run of letters is judged with the next word of its clause.
    """
    return _starts_spelled(letters, after)


@functools.lru_cache(maxsize=200_000)
def _starts_spelled(letters: str, after: str) -> bool:
    one_by_one = "".join(_bare(letter) for letter in letters.upper()).replace("A@r", "A@")
    said = phonemes(f"{letters} {after}".strip()).split()
    return bool(said) and said[0].translate(_STRESS).replace("A@r", "A@").startswith(one_by_one)


def tokens(text: str) -> list[tuple[str, str]]:
    """The text's words, each with the next word of its clause ("" at a clause's end);
    quotes, brackets and sentence punctuation are taken off a word's edges."""
    found: list[tuple[str, str]] = []
    for raw in text.split():
        word = raw.strip(_EDGES)
        if re.search(r"(?:'s|s')$", word):
            word = word[:-2] if word.endswith("'s") else word[:-1]
        if not word:
            continue
        if found and found[-1][1] is None:
            found[-1] = (found[-1][0], word)
        ends_clause = raw.rstrip("\"'”’)]").endswith((",", ";", ":", ".", "!", "?", "…"))
        found.append((word, "" if ends_clause else None))
    return [(w, a or "") for w, a in found]


@functools.lru_cache(maxsize=200_000)
def token_stumbles(token: str, after: str = "") -> tuple[Stumble, ...]:
    """How espeak would stumble on one token, said before the word ``after`` (cached)."""
    found: list[Stumble] = []
    heard = None
    for char in dict.fromkeys(c for c in token if c in _SYMBOLS):
        name = _SYMBOLS[char]
        if name in token.lower():
            continue  # the word itself is written: "dot-com", "Dash"
        heard = heard if heard is not None else _bare(token)
        if heard.count(_bare(name)) > _bare(token.replace(char, " ")).count(_bare(name)):
            found.append(Stumble(name, token, phonemes(token)))
    for m in re.finditer(r"(?<![A-Za-z'’])[A-Za-z]{2,6}(?![A-Za-z'’])", token):
        run = m.group(0)
        glued = token[max(0, m.start() - 1):m.start()].isdigit() or \
            token[m.end():m.end() + 1].isdigit()
        if glued and (run.isupper() or run in ("st", "nd", "rd", "th")):
            continue  # a code's letters ("ZX4102") or an ordinal ("19th"): see below
        context = after if m.end() == len(token) else ""
        if run in LETTERS:
            if run.isupper() and len(run) > 1 and not _spelled(run, context):
                found.append(Stumble("acronym", token, phonemes(f"{run} {context}")))
        elif _spelled(run, context):
            kind = "initialism" if run.isupper() else "letters"
            found.append(Stumble(kind, token, phonemes(run)))
    ordinal = re.fullmatch(r"(\d{1,3}(?:,\d{3})*|\d+)(st|nd|rd|th)", token)
    if ordinal:
        from ..writing.numbers import ordinal_words

        value = int(ordinal.group(1).replace(",", ""))
        if value < 10 ** 15 and _bare(token) != _bare(ordinal_words(value)):
            found.append(Stumble("ordinal", token, phonemes(token)))
    elif re.search(r"[A-Za-z]\d|\d[A-Za-z]", token):
        if any(_bare(w) in _bare(token) for w in _QUANTITY):
            found.append(Stumble("code", token, phonemes(token)))
    return tuple(found)


def stumbles(text: str) -> list[Stumble]:
    """Every stumble in a spoken text, token by token."""
    return [s for token, after in tokens(text) for s in token_stumbles(token, after)]


__all__ = ["LETTERS", "Stumble", "phonemes", "stumbles", "token_stumbles", "tokens"]
