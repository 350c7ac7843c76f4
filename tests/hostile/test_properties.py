"""Properties of the text stages on any input (Hypothesis): they never raise anything but
the project's own errors, and never pass markup or control characters to a voice."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.core.errors import ArticleError
from briefing.ingest.article import parse_article, split_sentences, visible
from briefing.ingest.cleaning import split_page
from briefing.voices.lexicon import Entry, Lexicon, _compile
from briefing.writing.style import plain, speech_text

PIECES = [
    "<speak>", "</speak>", '<break time="100s"/>', "[[h@'l@U]]", "[[", "]]", "<!-- x -->",
    "\x00", "\x07", "\x1b[31m", "\u202e", "\ufeff", "Mr.", "Ms ", "Dr. ", "U.S.", "$5.2bn",
    "£330m", "61-22", "3:15 p.m.", "Oct. 3", "(AP) — ", "WASHINGTON — ", "www.x.com",
    "“", "”", "—", "…", "\n\n", "\n", " ", ".", "!", "?", ",", "'", '"', "5%", "1st",
    "The council said", " on Monday", " that the plan would", " cost $300,000.",
    "Share this", "Advertisement", "Sign up for our newsletter", "2024", "B737-800",
]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40).map(
        "".join),
)
FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
_MARKUP = re.compile(r"<[A-Za-z/!?][^<>]*>|\[\[|\]\]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _speakable(text: str) -> bool:
    return not _MARKUP.search(text) and not _CONTROL.search(text)


@FAST
@given(texts)
def test_spoken_text_carries_no_markup_or_controls(text):
    assert _speakable(speech_text(text))


@FAST
@given(texts)
def test_plain_is_idempotent_and_leaves_no_markup(text):
    once = plain(text)
    assert plain(once) == once
    assert _speakable(once)


@FAST
@given(texts)
def test_speech_text_is_stable(text):
    """Copy already in broadcast form reads the same when styled again."""
    once = speech_text(text)
    assert speech_text(once) == speech_text(speech_text(once))


@FAST
@given(texts)
def test_sentence_splitting_never_raises_and_keeps_words(text):
    pieces = split_sentences(text)
    assert all(p.strip() for p in pieces)
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    assert len(" ".join(pieces).split()) >= len(words) - len(pieces)


@FAST
@given(texts)
def test_cleaning_never_raises(text):
    parts = split_page(text)
    assert isinstance(parts.paragraphs, (list, tuple))


@FAST
@given(texts)
def test_an_article_or_an_article_error(text):
    try:
        article = parse_article(text)
    except ArticleError:
        return
    assert article.title.strip()
    assert all(s.text.strip() for s in article.sentences)


@FAST
@given(texts)
def test_visible_text_has_no_controls_or_says_why(text):
    try:
        shown = visible(text)
    except ArticleError as exc:
        assert "not text" in str(exc)
        return
    assert not re.search(r"[\x00-\x08\x0b\x0e-\x1f]", shown)


words = st.from_regex(r"[A-Z][a-z]{1,10}", fullmatch=True)


@FAST
@given(st.dictionaries(words, words, min_size=1, max_size=8), texts)
def test_a_lexicon_only_replaces_whole_listed_words(table, text):
    entries = [Entry(w, s, s) for w, s in table.items()]
    lexicon = Lexicon(tuple(entries), None, _compile(entries))
    spoken = lexicon.speak(text)
    unlisted = [w for w in re.findall(r"\w+", text) if w not in table]
    for word in unlisted:
        assert word in spoken or any(word in s for s in table.values())


def test_an_endless_paragraph_is_cut_only_between_sentences():
    """A dump with no paragraph breaks is given to pysbd in pieces (its time grows with the
    square of its input); the pieces break only where a sentence safely ends."""
    sentence = "Mr. Lee of the U.S. Navy met Dr. Ortiz at 9 a.m. on Oct. 3 and they talked. "
    text = sentence * 300
    pieces = split_sentences(text)
    assert len(pieces) == 300
    assert set(pieces) == {sentence.strip()}
