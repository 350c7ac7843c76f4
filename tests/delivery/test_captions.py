"""Caption cues for people, from word times: the rules a caption editor works to."""

from hypothesis import given
from hypothesis import strategies as st

from briefing.clock.timing import SentenceTime
from briefing.delivery.captions import CaptionStyle, cues
from briefing.voices.tts import Word


def sentence(text: str, start: float = 0.0, per_word: float = 0.35) -> SentenceTime:
    words = tuple(Word(w, round(start + i * per_word, 3), round(start + (i + 0.9) * per_word, 3))
                  for i, w in enumerate(text.split()))
    return SentenceTime("lead", text, start, words[-1].end, words)


def test_a_long_sentence_is_cut_at_its_phrases_onto_two_short_lines():
    said = sentence("The council voted on Tuesday to reopen the harbour ferry in December, "
                    "and the mayor said the repairs would cost four million two hundred "
                    "thousand dollars, which the state will share.")
    found = cues([said])
    assert " ".join(" ".join(c.lines) for c in found) == said.text
    assert all(len(c.lines) <= 2 and all(len(line) <= 42 for line in c.lines) for c in found)
    assert all(1.0 <= c.end - c.start <= 7.0 for c in found)
    # Breaks fall where phrases end: after the comma, before "and" or "which".
    ends = [c.lines[-1].split()[-1] for c in found[:-1]]
    assert all(e.endswith(",") or nxt.lines[0].split()[0] in {"and", "which", "to", "in"}
               for e, nxt in zip(ends, found[1:], strict=False))
    # A figure's words stay on one line.
    assert not any(line.endswith(("four", "million", "two", "hundred"))
                   for c in found for line in c.lines)


def test_a_short_tail_is_not_left_to_flash_by():
    found = cues([sentence("Officials in the northern district confirmed the road would "
                           "stay closed until the inspection is done, police said.", 0.0, 0.3)])
    assert all(c.end - c.start >= 1.0 for c in found)


def test_one_cue_a_sentence_when_asked():
    said = [sentence("First of all, the news.", 0.0), sentence("Then more of it.", 3.0)]
    found = cues(said, CaptionStyle(per_sentence=True))
    assert [c.lines for c in found] == [("First of all, the news.",), ("Then more of it.",)]


WORD = st.text(alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Nd"),
                                      max_codepoint=0x24F), min_size=1, max_size=60)


@given(st.lists(WORD, min_size=1, max_size=80), st.integers(20, 80),
       st.floats(0.08, 1.2))
def test_every_cue_keeps_the_rules_whatever_the_words(words, chars, per_word):
    said = sentence(" ".join(words), 2.0, per_word)
    found = cues([said], CaptionStyle(chars))
    assert all(len(c.lines) <= 2 and all(len(line) <= chars for line in c.lines)
               for c in found)
    assert all(c.end - c.start <= 7.0 + 1e-6 for c in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    # The same characters in order; a word longer than a line cut where a hyphen shows it.
    assert "".join("".join(c.lines).replace(" ", "").replace("-", "")
                   for c in found) == "".join(words)
    assert found[-1].end <= said.end + 1.0 + 1e-6


def test_a_sentence_too_short_to_read_shares_the_next_one_s_cue():
    found = cues([sentence("In a column:", 0.0, 0.2),
                  sentence("The prince denied every claim made against him.", 0.8)])
    assert found[0].lines[0].startswith("In a column: The prince")
    assert all(c.end - c.start >= 1.0 for c in found)


def test_no_phrase_flashes_by_in_the_middle_of_a_sentence():
    # Short lines fill quickly: a phrase cut short by them joins a neighbour.
    said = sentence("The ferry carries about four thousand commuters a day between the "
                    "north pier and the old town, the council said on Tuesday.", 0.0, 0.3)
    found = cues([said], CaptionStyle(20))
    assert all(c.end - c.start >= 1.0 for c in found), found
    assert all(len(line) <= 20 for c in found for line in c.lines)


def test_the_last_cue_stays_inside_the_audio_and_long_words_break_at_hyphens():
    said = sentence("See the state-of-the-art-harbour-ferry-timetable now.", 0.0, 0.3)
    found = cues([said], CaptionStyle(20), until=1.4)
    assert found[-1].end <= 1.4
    lines = [line for c in found for line in c.lines]
    assert all(len(line) <= 20 for line in lines)
    assert any(line.endswith("-") for line in lines)
    assert "".join(lines).replace(" ", "") == said.text.replace(" ", "")


def test_one_cue_a_sentence_wraps_its_lines():
    said = sentence("The council voted on Tuesday to reopen the harbour ferry in December.")
    found = cues([said], CaptionStyle(30, per_sentence=True))
    assert len(found) == 1 and all(len(line) <= 30 for line in found[0].lines)
    assert " ".join(found[0].lines) == said.text


def test_caption_text_is_escaped_for_webvtt():
    from briefing.delivery.sidecars import srt, vtt

    found = cues([sentence("AT&T said 3 --> 5 and <Acme> agreed.")])
    assert "AT&amp;T" in vtt(found) and "&lt;Acme&gt;" in vtt(found)
    assert "-->" not in vtt(found).split("\n", 3)[3] and "3 -> 5" in srt(found)
