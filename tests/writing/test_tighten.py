"""Tightening for the ear: asides cut when time is short, never a negation, quote or figure."""

from briefing.clock.plan import plan_script
from briefing.delivery.scriptfile import write
from briefing.ingest.article import Article, Paragraph, Sentence
from briefing.script.templates import ScriptTemplate, find_template
from briefing.voices.profiles import load_voice
from briefing.writing.condense import is_dangling, shorter_forms, tightened
from briefing.writing.tighten import cuts


def kinds_and_texts(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in cuts(text)]


def test_an_age_goes_first():
    assert kinds_and_texts("Tomas Verhoek, 52, told the inquiry the ferry left port late.") == [
        ("age", "Tomas Verhoek told the inquiry the ferry left port late.")]


def test_an_age_before_a_clause_keeps_the_clause_comma():
    text = "The inquiry heard from Ms Verhoek, 49, who ran the ticket office at the pier."
    assert cuts(text)[0].text == ("The inquiry heard from Ms Verhoek, who ran the ticket "
                                  "office at the pier.")


def test_an_appositive_between_a_name_and_its_verb_goes():
    text = "Marchetti, the harbour board's chief engineer, said repairs would take a month or two."
    assert kinds_and_texts(text) == [
        ("aside", "Marchetti said repairs would take a month or two.")]
    # After a full name it is the introduction: who she is stays.
    assert cuts("Ines Marchetti, the harbour board's chief engineer, said repairs would take "
                "a month.") == []
    relative = ("The ferry, which the council bought from a Danish yard, returns to service "
                "on the river route.")
    assert cuts(relative)[0].text == "The ferry returns to service on the river route."


def test_a_closing_participle_phrase_goes_last():
    text = ("The board approved the new timetable at its meeting, ending a dispute that had "
            "split the harbour towns.")
    assert kinds_and_texts(text) == [("tail", "The board approved the new timetable at its "
                                              "meeting.")]


def test_asides_that_carry_a_negation_a_quote_or_a_figure_stay():
    for text in (
        "The captain, who has not been charged, said the crossing was calm.",  # negation
        "The captain, who never sailed that route, said the crossing was calm.",
        'The captain, who called it "a freak wave", said the crossing was calm.',  # quote
        "The ferry, which cost $14 million, returns to service on Monday morning.",  # figure
        "The ferry, which carries three hundred people, returns to service on Monday.",
        "A wave struck the ferry near the pier, injuring passengers on the upper deck.",
        "The crew finished the repairs early, according to the harbour board's statement.",
    ):
        assert cuts(text) == [], text


def test_lists_and_quotes_are_not_cut():
    listed = "Verhoek, the captain, and Marchetti, the engineer, were both called to give evidence."
    assert cuts(listed) == []
    quoted = '"Verhoek, the captain, was on the bridge all night," the report said of the crossing.'
    assert cuts(quoted) == []


def test_a_cut_remembers_the_words_as_written():
    whole = Sentence(3, "Tomas Verhoek, 52, told the inquiry the ferry left port late.", 1)
    short = shorter_forms(whole)[0]
    assert (short.index, short.written, short.rewrites) == (3, whole.text, ("age",))
    assert short.as_written == whole.text and whole.as_written == whole.text
    # The fewest cuts that fit win; nothing when no cut fits.
    assert tightened(whole, lambda s: s.words <= 10) == short
    assert tightened(whole, lambda s: s.words <= 3) is None


def test_a_first_sentence_may_point_ahead_but_not_at_a_picture():
    text = "She has run the ferry for a decade, and now Ines Marchetti is retiring."
    ahead, later = Sentence(0, text, 0), Sentence(4, text, 2)
    picture = Sentence(0, "These photos show the Port Alder ferry in its first week.", 0)
    assert not is_dangling(ahead)
    assert is_dangling(picture)
    assert is_dangling(later)


def article_of(*texts: str) -> Article:
    sentences = tuple(Sentence(i, t, i) for i, t in enumerate(texts))
    return Article(title="Ferry inquiry opens",
                   paragraphs=tuple(Paragraph(i, (s,)) for i, s in enumerate(sentences)))


STORY = (
    "An inquiry into last winter's ferry grounding opened in Port Alder on Monday with "
    "evidence from the crew.",
    "Tomas Verhoek, 52, the ferry's captain for eleven years, told the inquiry the vessel "
    "left port late because a loading ramp had jammed.",
    "Ines Marchetti, the harbour board's chief engineer, said the ramp had been inspected "
    "twice in the month before the grounding.",
    "The inquiry is expected to hear from passengers and from the coastguard over the next "
    "two weeks.",
    "Its chair, a retired judge from the appeals court in the capital, will report to the "
    "transport minister by the end of the year.",
    "The ferry service has run on a reduced timetable since the grounding in January.",
)


def test_a_tight_briefing_cuts_asides_and_shows_them_as_written():
    """With the real voice's estimate: at a length where the story's order does not fit
    whole, an aside is cut rather than a later sentence taken; the script file shows the
    words as written beside the copy."""
    template, voice = ScriptTemplate(find_template("brief")), load_voice()
    cut_seen = False
    for seconds in range(24, 44):
        plan = plan_script(article_of(*STORY), template, voice, float(seconds))
        for seg in plan.script.segments:
            for copy, written in zip(seg.copy, seg.written, strict=True):
                if copy != written:
                    cut_seen = True
                    assert written in STORY and copy not in STORY
                    text = write(plan.script, plan.timeline, programme=float(seconds),
                                 voice="default", rate=175,
                                 source=None, byline=None, published=None)
                    kinds = ", ".join(seg.rewrites[seg.copy.index(copy)])
                    assert f"<!-- as written (rewrites: {kinds}): {written} -->" in text
                    assert copy in text.replace("\n", " ") or seg.sentences[0] in text
    assert cut_seen


QUOTE = ("We will have every crossing back on the timetable before the school holidays, "
         "and we will publish the inspection reports")


def test_the_speaker_of_a_long_quote_is_heard_first():
    from briefing.writing.tighten import attribution_first

    assert attribution_first(f'"{QUOTE}," the harbour master told reporters on Monday.') == (
        f'The harbour master told reporters on Monday: "{QUOTE}."')
    assert attribution_first(f'"{QUOTE}," said Ines Marchetti.') == (
        f'Ines Marchetti said: "{QUOTE}."')
    assert attribution_first(f'"{QUOTE}?" she asked.') is None  # not a verb of saying here
    assert attribution_first(f'"Will {QUOTE}?" she said.') == f'She said: "Will {QUOTE}?"'


def test_a_short_quote_or_a_quote_inside_the_sentence_keeps_its_order():
    from briefing.writing.tighten import attribution_first

    assert attribution_first('"We are not ready yet," the harbour master said.') is None
    assert attribution_first(f'The harbour master said: "{QUOTE}."') is None
    assert attribution_first(f'"{QUOTE}," the harbour master said, "and soon."') is None


def test_the_dateline_place_is_said_in_the_first_sentence():
    from briefing.writing.tighten import with_place

    story = ("the ferry left late. Rescue crews and rescue boats waited. Divers helped, "
             "said Marchetti. Volunteers came.")
    assert with_place("Rescue crews searched the harbour on Monday.", "Port Alder, Maine",
                      story) == "In Port Alder, Maine, rescue crews searched the harbour on Monday."
    # A name keeps its capital; a sentence that says where already is left as it is.
    assert with_place("Marchetti led the search.", "Port Alder", story) == (
        "In Port Alder, Marchetti led the search.")
    assert with_place("Volunteers searched all night.", "Port Alder", story) == (
        "In Port Alder, volunteers searched all night.")  # never capitalised mid-sentence
    assert with_place("Port Authority divers searched.", "Maine", story) == (
        "In Maine, Port Authority divers searched.")  # a name of two capitalised words
    assert with_place("Crews in Port Alder searched all night.", "Port Alder, Maine",
                      story) is None
    assert with_place("At the pier, crews searched all night.", "Port Alder", story) is None


def test_a_briefing_folds_the_dateline_and_puts_the_speaker_first(tmp_path):
    from briefing.ingest.article import parse_article

    page = "\n\n".join([
        "Ferry inquiry hears from the captain",
        "PORT ALDER, Maine (AP) — An inquiry into last winter's ferry grounding opened on "
        "Monday with evidence from the crew and the harbour board.",
        f'"{QUOTE}," the harbour master told the inquiry.',
        "The inquiry is expected to hear from passengers and from the coastguard over the "
        "next two weeks before it reports to the transport minister.",
        "The ferry service has run on a reduced timetable since the grounding in January, "
        "with the older boat covering the morning crossings.",
    ])
    article = parse_article(page)
    plan = plan_script(article, ScriptTemplate(find_template("brief")), load_voice(), 40.0)
    copy = [c for seg in plan.script.segments if seg.sources for c in seg.copy]
    written = [w for seg in plan.script.segments if seg.sources for w in seg.written]
    assert copy[0].startswith("In Port Alder, Maine, an inquiry into last winter's")
    assert written[0].startswith("An inquiry into last winter's")
    assert f'The harbour master told the inquiry: "{QUOTE}."' in copy
    # A local outlet's dateline says where the outlet is, not where the news is.
    local = parse_article(page.replace("(AP)", "(Harbour Ledger)"))
    plan = plan_script(local, ScriptTemplate(find_template("brief")), load_voice(), 40.0)
    assert plan.script.segments[0].copy[0].startswith("An inquiry into last winter's")


def test_an_aside_between_dashes_goes_unless_it_carries_a_negation_or_figure():
    whole = ("The ferry — the oldest on the coast — returns to service on Monday after "
             "repairs to its hull.")
    assert [c.text for c in cuts(whole)] == [
        "The ferry returns to service on Monday after repairs to its hull."]
    for kept in ("The ferry — not the new one — returns to service on Monday after repairs.",
                 "The ferry — built in 1961 — returns to service on Monday after repairs."):
        assert cuts(kept) == [], kept


def test_a_closing_phrase_is_never_the_main_clause():
    text = ("From the day the ferry returned to the river, following the long repairs, the "
            "crossings have run on time.")
    assert [c for c in cuts(text) if c.kind == "tail"] == []


def test_an_opening_phrase_and_its_comma_are_not_an_aside():
    text = ("In the harbour office, the public can now see the timetable through an app, "
            "named Ferry Times, installed on two screens by the door.")
    assert cuts(text) == []
    # An appositive holds no verb of its own.
    verb = ("Ines Marchetti, the engineer who has run the pier, said repairs would take a "
            "month.")
    assert [c for c in cuts(verb) if c.kind == "aside"] == []


def test_a_speaker_named_after_the_quote_keeps_their_title():
    from briefing.writing.tighten import attribution_first

    assert attribution_first(f'"{QUOTE}," said Ines Marchetti, chief engineer, Harbour Board.') \
        == f'Ines Marchetti, chief engineer, Harbour Board, said: "{QUOTE}."'


def test_a_small_word_before_a_name_is_lowered_after_the_place():
    from briefing.writing.tighten import with_place

    assert with_place("To Ines Marchetti, the pier is home.", "Port Alder", "") == (
        "In Port Alder, to Ines Marchetti, the pier is home.")
