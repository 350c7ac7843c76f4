"""Page furniture that reads like prose, on pages written for these tests."""

from __future__ import annotations

import pytest

from briefing.core.errors import ArticleError
from briefing.ingest import furniture
from briefing.ingest.article import parse_article
from briefing.ingest.cleaning import split_page

STORY = [
    "The Harlow county board approved a new bus depot on Tuesday after two years of debate.",
    "The depot will hold forty electric buses and open in the spring of next year.",
    "Board chair Mina Oduya said the vote ended a long fight over the site.",
    "Neighbours had asked for a noise study, which the board agreed to fund.",
    "Work on the site is set to begin in March, the county said.",
]
MENU = ["Home", "News", "Sport", "Weather", "Opinion", "Contact us"]


def page(*middle: str) -> str:
    return "\n".join(["Harlow approves bus depot - Harlow Courier", *MENU, *middle])


def test_caption_above_its_credit_is_not_copy() -> None:
    parts = split_page(page(*STORY[:2], "Buses wait in the old depot's yard on Monday.",
                            "Photo: Lee Tran / Harlow Courier", *STORY[2:]))
    assert all("yard" not in p for p in parts.paragraphs)
    assert len(parts.paragraphs) == 5


def test_caption_below_a_credit_at_the_top_stands_alone() -> None:
    parts = split_page(page("Harlow approves bus depot", "Lee Tran | Getty Images",
                            "Buses wait in the old depot's yard on Monday.",
                            "By Sam Okafor", *STORY))
    assert parts.paragraphs[0] == STORY[0]


def test_credit_above_the_first_paragraph_keeps_the_lead() -> None:
    """A photo with no caption: the story's first paragraph follows its credit."""
    parts = split_page(page("Harlow approves bus depot", "Posted by Sam Okafor on May 4, 2021",
                            "Getty Images", *STORY))
    assert parts.paragraphs[0] == STORY[0]


def test_labelled_caption_after_a_credit_does_not_take_the_paragraph_above() -> None:
    lines = [*STORY[:3], "Image copyright Harlow Courier",
             "Image caption The depot site sits beside the ring road", *STORY[3:]]
    assert 2 not in furniture.captions(lines)


def test_a_quote_is_never_a_caption() -> None:
    lines = [STORY[0], "\u201cWe are done arguing,\u201d Ms Oduya said.", "Credit: Lee Tran",
             STORY[1]]
    assert 1 not in furniture.captions(lines)


def test_where_the_picture_is_marks_a_caption() -> None:
    assert furniture.captions(["Above: The old depot on Mill Lane."]) == {0}


def test_media_label_takes_the_clip_title_and_blurb() -> None:
    lines = [STORY[0], "Video", "Depot vote explained", "Our reporter walks the site.", STORY[1]]
    assert furniture.captions(lines) == {2, 3}


COMMENTS = [
    "42 Comments", "busfan99 says:", "May 4, 2021 at 6:34 am",
    "This is the best news for the town in years.", "Reply", "citywatcher says:",
    "May 4, 2021 at 7:02 am", "Nobody asked the people on Mill Lane what they think.",
    "Reply", "jo_r says:", "May 4, 2021 at 7:40 am", "Finally, some progress on transport.",
]


def test_comment_thread_is_not_copy() -> None:
    parts = split_page(page("Harlow approves bus depot", "By Sam Okafor", *STORY, *COMMENTS))
    assert parts.paragraphs == STORY


def test_dated_link_list_is_not_a_comment_thread() -> None:
    links = ["More transport", "New cycle lanes open", "June 1, 2020", "Ferry fares rise",
             "June 3, 2020", "Station car park closes", "June 9, 2020"]
    assert furniture.comment_threads(links + STORY) == set()


def test_embedded_posts_are_not_a_comment_thread() -> None:
    lines = [STORY[0], "What a day for the town.", "\u2014 Ann Lee (@annlee) May 4, 2021",
             STORY[1], "Buses at last!", "\u2014 Bo Roe (@boroe) May 4, 2021", STORY[2],
             "Long overdue.", "\u2014 Cy Dunn (@cyd) May 4, 2021"]
    assert furniture.comment_threads(lines) == set()


@pytest.mark.parametrize("line", [
    "We use cookies to improve your experience on our site.",
    "Save my name, email, and website in this browser for the next time I comment.",
    "Get the Courier delivered to your inbox every morning.",
    "Your email address will not be published.",
    "Quotes are delayed for you at least 15 minutes. Market data are from our partner.",
])
def test_the_site_talking_about_itself(line: str) -> None:
    assert furniture.is_site_talk(line)


@pytest.mark.parametrize("line", [
    "The council said the website would list every stop on the new route.",
    " ".join([STORY[0], "Her post on the site drew comments from subscribers and a reply from",
              "the account of the depot's builder, which said its privacy rules were kept.",
              *STORY[1:]]),
    "Regulators fined the company for tracking users with cookies without consent.",
    STORY[2],
])
def test_news_about_sites_is_copy(line: str) -> None:
    assert not furniture.is_site_talk(line)


def test_press_release_boilerplate_ends_the_story() -> None:
    lines = [*STORY, "About Harlow Transit", "Harlow Transit runs buses in three counties.",
             "Media contact", "press@example.org"]
    assert furniture.boilerplate_start(lines, 0) == len(STORY)


def test_standfirst_above_the_byline_is_not_the_lead() -> None:
    parts = split_page(page("Harlow approves bus depot",
                            "The vote ends a two-year fight over the Mill Lane site.",
                            "By Sam Okafor", "May 4, 2021", *STORY))
    assert parts.paragraphs[0] == STORY[0]


def test_standfirst_above_the_photo_is_not_the_lead() -> None:
    parts = split_page(page("Harlow approves bus depot", "By Sam Okafor",
                            "The vote ends a two-year fight over the Mill Lane site.",
                            "Share", "Buses wait in the old depot's yard on Monday.",
                            "(Image: \u00a9 Lee Tran)", *STORY))
    assert parts.paragraphs[0] == STORY[0]


def test_dateline_on_its_own_line_ends_the_header() -> None:
    parts = split_page(page("Harlow approves bus depot",
                            "Harlow Transit and the county announce a new depot.",
                            "HARLOW, ENGLAND", *STORY))
    assert parts.paragraphs[0] == STORY[0]


def test_a_first_paragraph_with_an_ad_below_is_still_the_lead() -> None:
    parts = split_page(page("Harlow approves bus depot", "By Sam Okafor", STORY[0],
                            "Advertisement", *STORY[1:]))
    assert parts.paragraphs[0] == STORY[0]


FURNITURE_ONLY = page(
    "Harlow approves bus depot", "By Sam Okafor",
    "We use cookies to improve your experience on our site.",
    "Most read", "Ferry fares rise again", "New cycle lanes open on Mill Lane",
    "Station car park closes for repairs", "Sign up for our morning newsletter",
    *[f"Story {n} of the week in pictures" for n in range(20)],
    "Copyright 2021 Courier Holdings Ltd. All rights reserved.")


def test_a_page_without_its_story_is_refused() -> None:
    with pytest.raises(ArticleError, match="no story found.*--force"):
        parse_article(FURNITURE_ONLY + "\nThe board will meet again on Friday to vote.\n",
                      "stub.txt")


def test_force_voices_what_was_found() -> None:
    article = parse_article(FURNITURE_ONLY + "\nThe board will meet again on Friday to vote.\n",
                            "stub.txt", force=True)
    assert [s.text for s in article.sentences] == ["The board will meet again on Friday to vote."]


def test_short_pasted_copy_is_kept() -> None:
    """Two sentences and nothing else are the page: a producer's own copy, not a stub."""
    article = parse_article("Depot approved\n\n" + " ".join(STORY[:2]) + "\n", "copy.txt")
    assert len(article.sentences) == 2


def test_refusal_through_the_cli(tmp_path) -> None:  # noqa: ANN001
    """The real command: one line, exit 1, no output; --force voices the preview."""
    from typer.testing import CliRunner

    from briefing.cli import app

    stub = tmp_path / "stub.txt"
    stub.write_text(FURNITURE_ONLY + "\nThe board will meet again on Friday to vote.\n",
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["preview", str(stub), "-d", "20"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing: error: no story found")
    forced = CliRunner().invoke(app, ["preview", str(stub), "-d", "20", "--force"])
    assert forced.exit_code == 0, forced.stderr
    assert "meet again on Friday" in forced.stdout


def test_the_standfirst_is_kept_apart_from_the_body() -> None:
    article = parse_article(page("Harlow approves bus depot",
                                 "The vote ends a two-year fight over the Mill Lane site.",
                                 "By Sam Okafor", "May 4, 2021", *STORY), "depot.txt")
    assert article.standfirst == "The vote ends a two-year fight over the Mill Lane site."
    assert article.sentences[0].text == STORY[0]


def test_a_sidebar_of_teasers_is_not_copy() -> None:
    sidebar = ["More guides", "Ferry fares explained",
               "Why the fares rise each spring and who pays.",
               "Cycle lanes: the map", "Every new lane in the county, street by street.",
               "Parking near the station", "Where to leave a car now that the car park is shut."]
    lines = [*STORY, *sidebar]
    assert furniture.teaser_lists(lines) == set(range(len(STORY) + 1, len(lines)))


def test_subheads_with_several_paragraphs_are_not_teasers() -> None:
    lines = ["What the board decided", STORY[0], STORY[1], "What happens next", STORY[2],
             STORY[3], "Who pays", STORY[4], STORY[0]]
    assert furniture.teaser_lists(lines) == set()


def test_long_comments_stay_one_thread() -> None:
    long = ["I have lived on Mill Lane for twenty years and the buses are already loud."] * 6
    lines = [*STORY, "jo_r", "2 days ago at 07:52 am", *long, "Rating: 3 Votes", "sam_k",
             "2 days ago at 08:10 am", *long, "Rating: 2 Votes", "ann_l",
             "2 days ago at 09:02 am", "Good news at last for the town.", "Rating: 1 Votes"]
    found = furniture.comment_threads(lines)
    assert set(range(len(STORY), len(lines))) <= found and not found & set(range(len(STORY)))


OPINION = "\n".join(["Opinion | The depot vote was a mistake - Harlow Courier", *MENU,
                     "The depot vote was a mistake", "By Sam Okafor", "May 4, 2021", *STORY,
                     "Copyright 2021 Courier Holdings Ltd. All rights reserved."])


def test_an_opinion_piece_is_said_to_be_one(tmp_path) -> None:  # noqa: ANN001
    from briefing.config import settings_from_cli
    from briefing.pipeline import preview

    page_file = tmp_path / "op.txt"
    page_file.write_text(OPINION, encoding="utf-8")
    planned = preview(settings_from_cli(str(page_file), "30"))
    segments = planned.plan.script.segments
    assert planned.article.title == "The depot vote was a mistake"
    assert segments[0].text.startswith("In an opinion piece, Sam Okafor writes:")
    assert segments[-1].text == "That opinion piece from the Harlow Courier."


def test_no_outlet_from_a_copyright_line(tmp_path) -> None:  # noqa: ANN001
    from briefing.config import settings_from_cli
    from briefing.pipeline import preview

    page_file = tmp_path / "news.txt"
    page_file.write_text("\n".join(["Harlow approves bus depot", *MENU, "By Sam Okafor",
                                    *STORY, "Copyright 2021 Courier Holdings Ltd."]),
                         encoding="utf-8")
    planned = preview(settings_from_cli(str(page_file), "30"))
    assert planned.article.source is None
    assert planned.plan.script.segments[-1].text == "And that is the briefing."


def test_the_dateline_is_parsed_out_of_the_lead() -> None:
    article = parse_article(page("Harlow approves bus depot", "By Sam Okafor",
                                 "HARLOW, England (AP) \u2014 " + STORY[0], *STORY[1:]))
    assert article.sentences[0].text == STORY[0]
    assert article.dateline is not None and article.dateline.agency == "AP"
    assert article.dateline.place == "Harlow, England"
    assert article.source == "AP"


# Shapes an independent attack on the cleaner found, each on a page written here.

def test_a_copyright_footer_is_not_a_photo_credit() -> None:
    parts = split_page(page(*STORY, "\u00a9 2024 Harlow Courier"))
    assert parts.paragraphs == STORY


def test_comments_after_a_dated_byline_leave_the_story() -> None:
    comments = ["asmith \u2022 2 hours ago", "Good news for the town.", "bjones \u2022 3 hours ago",
                "About time they fixed the roads.", "cdoe \u2022 4 hours ago",
                "What about the library?"]
    parts = split_page(page("Harlow approves bus depot", "By Sam Okafor", "Mar 14, 2024",
                            *STORY, *comments))
    assert parts.paragraphs == STORY


def test_facebook_style_comments_are_not_copy() -> None:
    comments = []
    for name in ("Jan Ford", "Lee Park", "Ann Bell"):
        comments += [name, "Shame about the old depot, my kids loved the buses there.",
                     "Like \u00b7 Reply \u00b7 2d"]
    parts = split_page(page("Harlow approves bus depot", "By Sam Okafor", *STORY, *comments))
    assert parts.paragraphs == STORY


def test_a_live_blog_is_not_a_comment_thread() -> None:
    entries = []
    for n, line in enumerate(STORY):
        entries += [f"{9 - n}:{10 + n} p.m. ET", line]
    parts = split_page(page("Depot vote: live", *entries))
    assert len(parts.paragraphs) == len(STORY)


@pytest.mark.parametrize("credit", ["Jane Doe/The Herald", "JANE DOE / THE HERALD", "Staff photo"])
def test_credit_shapes_take_their_caption(credit: str) -> None:
    lines = [*STORY[:2], "Buses wait in the old depot's yard on Monday.", credit, *STORY[2:]]
    assert 2 in furniture.captions(lines) and 0 not in furniture.captions(lines)


def test_a_caption_button_takes_the_caption() -> None:
    lines = [STORY[0], "Toggle caption", "Buses wait in the old depot's yard on Monday.", STORY[1]]
    assert furniture.captions(lines) == {1, 2}


def test_a_pull_quote_with_its_speaker_below_is_not_copy() -> None:
    lines = [*STORY[:2], "\u201cWe are done arguing about this site.\u201d",
             "\u2014 Mina Oduya", *STORY[2:]]
    assert furniture.pull_quotes(lines) == {2, 3}


@pytest.mark.parametrize(("printed", "meant"), [
    ("A fter two years the board agreed.", "After two years the board agreed."),
    ("I n a vote on Tuesday the board agreed.", "In a vote on Tuesday the board agreed."),
    ("\u201cW e are done,\u201d she said.", "\u201cWe are done,\u201d she said."),
])
def test_drop_caps_of_every_letter(printed: str, meant: str) -> None:
    from briefing.ingest.cleaning import join_drop_caps

    others = ["After that, in the end, we went on.", "In May we said after all in time."]
    assert join_drop_caps([printed, *others])[0] == meant


def test_a_drop_cap_on_its_own_line() -> None:
    parts = split_page(page("Harlow approves bus depot", "By Sam Okafor", "T",
                            "he Harlow county board approved a new bus depot on Tuesday.",
                            *STORY[1:]))
    assert parts.paragraphs[0] == "The Harlow county board approved a new bus depot on Tuesday."


def test_key_points_with_a_colon_are_not_the_story() -> None:
    parts = split_page(page("Harlow approves bus depot", "Key points:",
                            "The board approved the depot after two years.",
                            "Forty electric buses will be based there.", "By Sam Okafor",
                            *STORY))
    assert parts.paragraphs == STORY


@pytest.mark.parametrize("line", [
    "This article is for subscribers only.",
    "This article appeared in the June 4, 2024, print edition.",
    "Correction: An earlier version of this article gave the wrong date for the vote.",
    "Have a news tip? Contact our newsroom.",
    "Support independent journalism. Donate today.",
])
def test_notices_and_end_notes_are_site_talk(line: str) -> None:
    assert furniture.is_site_talk(line)


def test_a_teaser_list_followed_by_a_bio_is_not_copy() -> None:
    teasers = ["More news", "Ferry fares rise again", "Why the fares rise each spring.",
               "New cycle lanes open", "Every new lane in the county.",
               "Station car park closes", "Where to park from next week.",
               "Sam Okafor is the Courier's transport reporter."]
    parts = split_page(page("Harlow approves bus depot", "By Sam Okafor", *STORY, *teasers))
    assert parts.paragraphs == STORY


def test_a_numbered_list_with_blurbs_is_the_story() -> None:
    items = []
    for n, line in enumerate(STORY, start=1):
        items += [f"{n}. Stop number {n}", line]
    assert furniture.teaser_lists(items) == set()


def test_a_dated_wire_dateline_is_not_spoken() -> None:
    article = parse_article(page("Harlow approves bus depot", "By Sam Okafor",
                                 "HARLOW, Oct 8 (Reuters) - " + STORY[0], *STORY[1:]))
    assert article.sentences[0].text == STORY[0]
    assert article.dateline is not None and article.dateline.agency == "Reuters"


def test_a_press_release_is_the_issuers_statement(tmp_path) -> None:  # noqa: ANN001
    from briefing.config import settings_from_cli
    from briefing.pipeline import preview

    release = "\n".join([
        "Verdanta Foods recalls oat bars", *MENU,
        "HARLOW, England, May 4, 2024 /PRNewswire/ -- Verdanta Foods today announced a "
        "recall of its oat bars sold in four counties after a supplier error.",
        *STORY[1:],
        "About Verdanta Foods", "Verdanta Foods makes cereal bars in Harlow.",
        "SOURCE Verdanta Foods Inc."])
    page_file = tmp_path / "release.txt"
    page_file.write_text(release, encoding="utf-8")
    planned = preview(settings_from_cli(str(page_file), "30"))
    assert planned.article.kind == "press_release"
    assert planned.plan.script.segments[0].text.startswith(
        "In a statement, Verdanta Foods says: Verdanta Foods today announced")


# Shapes a second attack found, each on a page written here.

def test_a_link_glued_to_a_paragraph_keeps_the_paragraph() -> None:
    parts = split_page(page("Harlow approves bus depot", STORY[0] + " Read more", *STORY[1:]))
    assert parts.paragraphs[0] == STORY[0]


def test_read_more_links_between_paragraphs_keep_the_story() -> None:
    parts = split_page(page("Harlow approves bus depot", STORY[0],
                            "Read more: Ferry fares rise again in the spring", STORY[1],
                            "Read more: Parents rally outside the county offices", *STORY[2:]))
    assert parts.paragraphs == STORY


def test_the_story_goes_on_after_a_signup_box() -> None:
    box = ["Sign up to The Morning Brief",
           "Our free daily newsletter, delivered to your inbox every morning at 7am.",
           "Enter your email address", "Sign up",
           "By signing up you agree to our Terms of Use and our Privacy Policy.",
           "Thanks for signing up! Check your inbox to confirm your subscription."]
    parts = split_page(page("Harlow approves bus depot", *STORY[:2], *box, *STORY[2:]))
    assert parts.paragraphs == STORY


def test_comments_above_the_story_are_not_copy() -> None:
    comments = ["Comments (37)", "GreenGran", "2 hours ago",
                "This is a disgrace and the council promised us otherwise in 2019.",
                "Reply \u00b7 14 likes", "DaveH", "3 hours ago",
                "Where are our kids supposed to live then, if nothing is ever built?",
                "Reply \u00b7 22 likes"]
    parts = split_page(page("Harlow approves bus depot", *comments, "By Sam Okafor",
                            "21 May 2025", *STORY))
    assert parts.paragraphs == STORY


@pytest.mark.parametrize("line", [
    "Legal notice: Under the law the defendant cannot be identified. Do not share it.",
    "This summary was generated by AI and checked by our journalists.",
    "This transcript was generated automatically and may contain errors.",
])
def test_more_notices(line: str) -> None:
    assert furniture.is_site_talk(line)


def test_an_ai_summary_box_is_not_the_lead() -> None:
    parts = split_page(page("Harlow approves bus depot", "AI-generated summary",
                            "The board approved a depot. Forty buses will use it.",
                            "This summary was generated by AI and checked by our journalists.",
                            *STORY))
    assert parts.paragraphs == STORY


def test_notes_to_editors_end_the_story() -> None:
    parts = split_page(page("Harlow approves bus depot", *STORY, "Notes to editors",
                            "1. The depot serves Harlow and part of Dunmere.",
                            "2. Media enquiries: press office, 020 7946 0000."))
    assert parts.paragraphs == STORY and parts.source != "Notes to"


def test_a_transcript_loses_its_speaker_labels_and_stage_directions() -> None:
    labelled = [f"{who}: {line}" for who, line in zip(
        ["MARTIN", "ADEYEMI", "MARTIN", "ADEYEMI", "MARTIN"], STORY, strict=True)]
    labelled[1] += " [LAUGHS]"
    article = parse_article(page("Depot vote explained", *labelled))
    assert [s.text for s in article.sentences] == STORY
    assert article.dateline is None


def test_the_headline_printed_again_as_a_paragraph_is_not_the_lead() -> None:
    parts = split_page(page("Harlow approves bus depot", "Harlow approves bus depot.", *STORY))
    assert parts.paragraphs == STORY


def test_an_html_page_declares_its_kind() -> None:
    body = "".join(f"<p>{line}</p>" for line in STORY)
    html = ("<html><head><title>The depot is a mistake | Harlow Courier</title>"
            '<meta property="article:section" content="Opinion">'
            '<link rel="canonical" href="https://courier.example/news/depot-mistake">'
            f"</head><body><article><h1>The depot is a mistake</h1>{body}</article></body>"
            "</html>")
    assert parse_article(html).kind == "opinion"


def test_a_summary_the_story_says_again_is_the_standfirst() -> None:
    summary = "The Harlow county board approved a new bus depot after two years of debate."
    parts = split_page(page("Harlow approves bus depot", summary, "Sam Okafor", *STORY))
    assert parts.paragraphs == STORY


def test_a_credit_printed_twice_does_not_take_the_lead() -> None:
    parts = split_page(page("Harlow approves bus depot",
                            "Buses in the yard on Monday. (Lee Tran/AP)",
                            "Associated Press May 4, 2021, 9:02 AM",
                            "Associated Press May 4, 2021, 9:02 AM", *STORY))
    assert parts.paragraphs == STORY


def test_subheads_in_capitals_are_not_a_dateline() -> None:
    parts = split_page(page("Harlow approves bus depot", *STORY[:2], "THE DEPOT", *STORY[2:4],
                            "THE BUSES", STORY[4]))
    assert parts.paragraphs == STORY


def test_a_hover_card_dumped_into_a_sentence_is_not_copy() -> None:
    garbled = ("A Harlow man admitted threatening Rep. Mina Oduya Mina Oduya Latest: Depot "
               "vote looms over the board on Tuesday.")
    article = parse_article(page("Harlow approves bus depot", garbled, *STORY))
    assert all("Oduya Mina" not in s.text for s in article.sentences)


def test_a_welcome_promo_is_site_talk() -> None:
    assert furniture.is_site_talk("Welcome to Daily Deals, your source for the best deals.")


def test_a_summary_printed_above_the_byline_and_atop_the_story_is_not_the_lead() -> None:
    summary = "Forty electric buses and a new depot: what the vote means for riders."
    parts = split_page(page("Harlow approves bus depot", summary, "Author:", "Sam Okafor",
                            "Lee Tran/The Courier", summary, *STORY))
    assert parts.paragraphs == STORY


def test_a_release_ends_at_its_more_information_line_or_its_footnotes() -> None:
    tail = ["For more information on the oat bar recall, please visit: www.verdanta.example",
            "[1] County food safety report, spring edition, page 12.",
            "Verdanta Foods is a leading maker of cereal bars based in Harlow."]
    lines = [*STORY, *tail]
    assert furniture.boilerplate_start(lines, 0) == len(STORY)
    assert furniture.boilerplate_start([*STORY, *tail[1:]], 0) == len(STORY)
    # A story's own sentence that mentions more information is the story's.
    told = "For more information the council will hold a public meeting in the spring."
    assert furniture.boilerplate_start([*STORY, told], 0) is None
