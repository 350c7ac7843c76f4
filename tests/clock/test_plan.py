"""The planner's choices of sentences, whatever the clock asks for."""

import pytest

from briefing.clock.plan import plan_script
from briefing.ingest.article import Article, Paragraph, Sentence
from briefing.script.templates import ScriptTemplate, find_template
from briefing.voices.profiles import load_voice

TEASER_FIRST = (
    "Never mind the weather forecast today.",  # too short to lead: it leads up to the lead
    "The Port Alder ferry returns to service on Monday after ten weeks of repairs to its "
    "engine and its hull, the harbour board said on Friday.",
    "The crossing had been closed since the end of the summer season.",
    "Repairs cost the board about two million dollars, paid from its reserves.",
    "Tickets will be free for the first week of crossings for every passenger.",
    "The board expects about four thousand passengers a day by the end of the month.",
    "A second boat is due to join the route in the spring of next year.",
)


def article_of(texts: tuple[str, ...]) -> Article:
    sentences = tuple(Sentence(i, t, i) for i, t in enumerate(texts))
    return Article(title="Harbour ferry returns",
                   paragraphs=tuple(Paragraph(i, (s,)) for i, s in enumerate(sentences)))


@pytest.mark.parametrize("target", [15.0, 20.0, 25.0, 30.0, 40.0])
def test_what_leads_up_to_the_lead_is_never_told_after_it(target):
    plan = plan_script(article_of(TEASER_FIRST), ScriptTemplate(find_template("brief")),
                       load_voice(), target)
    heard = [i for seg in plan.script.segments for i in seg.sources]
    assert heard[0] == 1  # the story's lead, not its teaser
    assert 0 not in heard
    assert heard == sorted(heard)  # the story's order after the lead
