import datetime as dt

import pytest

from briefing.ingest.article import load_article, parse_article

# Page furniture in the sample (NPR-shaped) and wire fixtures that must never be spoken.
SAMPLE_CRUFT = [
    "Play Live Radio", "Next Up", "0:00", "Stream:", "A repair crew works",
    "Updated November", "contributed reporting", "Copyright", "transport reporter",
    "morning desk", "Riders will pay nothing", "What comes next",
]
WIRE_CRUFT = [
    "Skip to main content", "Menu", "Obituaries", "ASSOCIATED PRESS", "View all",
    "Trending", "ducklings", "All rights reserved", "Privacy Policy", "RIVERTON, Ohio (AP)",
    "Why did the measure pass",
]


def body(article) -> str:
    return "\n".join(s.text for s in article.sentences)


@pytest.mark.parametrize(("source", "title", "outlet", "byline", "published"), [
    ("sample_path", "Port Alder's harbour ferry returns next month after storm repairs, city says",
     "Coastline Public Radio", "Marcus Hale, Ana Sollis", dt.date(2026, 11, 24)),
    ("wire_path", "Library levy passes by wide margin in Riverton County", "AP",
     "Jonah Pell and Marta Quiroga", dt.date(2026, 11, 4)),
    ("local-news.txt", "Hill county opens first public cold-weather shelter", "Valley Ledger",
     "Corinne Abate", dt.date(2026, 12, 1)),
])
def test_shape_metadata(request, fixtures_dir, source, title, outlet, byline, published):
    path = (request.getfixturevalue(source) if source.endswith("_path")
            else fixtures_dir / source)
    article = load_article(path)
    assert (article.title, article.source, article.byline, article.published) == \
        (title, outlet, byline, published)


def test_npr_shape_drops_cruft(sample_path):
    text = body(load_article(sample_path))
    for cruft in SAMPLE_CRUFT:
        assert cruft not in text, cruft
    assert "The city of Port Alder will restart its harbour ferry" in text
    assert "refund online or at the ticket office" in text


def test_caption_printed_twice_is_dropped(sample_path):
    text = body(load_article(sample_path))
    assert "tore away part of the boarding ramp" not in text


def test_wire_shape_drops_cruft_and_dateline(wire_path):
    text = body(load_article(wire_path))
    for cruft in WIRE_CRUFT:
        assert cruft not in text, cruft
    assert text.startswith("Voters in Riverton County approved a property tax levy")


def test_stdin_dash_reads_standard_input(monkeypatch, sample_path):
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(sample_path.read_bytes())))
    assert load_article("-").title == load_article(sample_path).title


LOCAL_CRUFT = [
    "Key Points", "Volunteers unload donated cots", "Dana Whitlow", "MORNING BRIEF",
    "Sign up", "Valley churches pledge", "Six congregations", "Video shows",
    "Bridge repairs", "expansion joints", "Parents packed", "writes about housing",
    "joined the paper", "Valley Ledger Media",
]


def test_local_news_shape_drops_teasers_captions_promos_and_bios(fixtures_dir):
    article = load_article(fixtures_dir / "local-news.txt")
    text = body(article)
    for cruft in LOCAL_CRUFT:
        assert cruft not in text, cruft
    assert text.startswith("Hill County will open its first public cold-weather shelter on Friday")
    assert "accept pets in crates" in text
    # A sentence repeated far from its first copy keeps one copy.
    assert text.count("The shelter has 60 beds and will stay open every night until") == 1


def test_labelled_title_line():
    from briefing.ingest.article import parse_article

    article = parse_article("TITLE: Ferry returns to the harbour - Valley Ledger\n\n"
                            "The harbour ferry returned to service on Monday after repairs.\n")
    assert article.title == "Ferry returns to the harbour"
    assert article.source == "Valley Ledger"


def test_broadcaster_shape_keeps_the_lead_after_doubled_captions(fixtures_dir):
    article = load_article(fixtures_dir / "bbc-shape.txt")
    text = body(article)
    assert text.startswith("Temporary flood barriers that can be put up in an hour")
    for cruft in ("Image caption", "Image copyright", "Media playback", "Media caption",
                  "Share this", "Related Topics", "River levels to be monitored",
                  "Bus fares frozen", "not responsible"):
        assert cruft not in text, cruft
    assert (article.byline, article.source) == ("Priya Nandakumar", "Valley News")


def test_market_wire_shape(fixtures_dir):
    article = load_article(fixtures_dir / "wire-markets.txt")
    text = body(article)
    for cruft in ("FILE PHOTO", "Min Read", "Reporting by", "Wv1", "Cv1", ".SPX", "Trust",
                  "quotes delayed", "CHICAGO (Wire)"):
        assert cruft not in text, cruft
    assert text.startswith("Wheat futures rose for a third day")
    assert article.byline == "Lena Hart"
    assert article.published == dt.date(2026, 12, 2)


def test_cable_news_shape(fixtures_dir):
    article = load_article(fixtures_dir / "cable-shape.txt")
    text = body(article)
    assert text.startswith("School bus drivers in Carver County approved")
    for cruft in ("JUST WATCHED", "Replay", "More Videos", "Story highlights", "9% raise",
                  "Read More", "Chat with us", "(Metro24)", "Rights Reserved"):
        assert cruft not in text, cruft
    assert (article.byline, article.source) == ("Dana Whitfield", "Metro24")
    assert article.published == dt.date(2026, 12, 3)


def test_a_drop_cap_printed_apart_is_joined_to_its_word():
    from briefing.ingest.cleaning import join_drop_caps

    lines = ["T he harbour board met on Monday, and the ferry will return.",
             "W hile crews worked through the night, the pier stayed shut.",
             "T cells fight infection, the report said, and T cells were counted."]
    assert join_drop_caps(lines)[:2] == [
        "The harbour board met on Monday, and the ferry will return.",
        "While crews worked through the night, the pier stayed shut."]
    assert join_drop_caps(lines)[2] == lines[2]  # "cells" is a word here: not a drop cap


def test_a_word_split_after_its_first_letter_is_joined_where_the_page_uses_it():
    from briefing.ingest.cleaning import join_split_words

    lines = ["Use of cannabis a nd alcohol rose in the states, and it rose fast.",
             "Options a, b and c were tested, with a big ferry and a b c d chart."]
    assert join_split_words(lines) == [
        "Use of cannabis and alcohol rose in the states, and it rose fast.", lines[1]]
    # Not joined when the page never uses the joined word: it may be letters on purpose.
    assert join_split_words(["Row a nd stands for north door."]) == \
        ["Row a nd stands for north door."]


def test_drop_cap_a_joins_only_a_name_the_page_uses() -> None:
    from briefing.ingest.cleaning import join_drop_caps

    lines = ["A dam Oduya's plan is a gamble.", "Adam Oduya said the plan would work."]
    assert join_drop_caps(lines)[0].startswith("Adam Oduya's")
    assert join_drop_caps(["A dam on the river burst.", "The river rose."])[0] == \
        "A dam on the river burst."


def test_title_case_teaser_is_not_copy() -> None:
    from briefing.ingest.cleaning import is_prose

    assert not is_prose("Depot Stock Is Falling After Its Earnings Release.")
    assert is_prose("Harlow Transit said the new depot would open in May.")


def test_a_menu_phrase_is_no_byline() -> None:
    from briefing.ingest.cleaning import _tidy_name

    assert _tidy_name("By Any Means Necessary") is None
    assert _tidy_name("By Jane Roe") == "Jane Roe"


@pytest.mark.parametrize("crumbs", ["Home > Education > Schools", "News › Local › Courts",
                                    "Sport » Rowing", "Opinion / Columnists / Letters"])
def test_a_breadcrumb_is_never_the_headline(crumbs):
    page = (f"{crumbs}\n\nRowing club wins back its boathouse after long lease fight\n\n"
            "The Port Alder rowing club will keep its riverside boathouse for another twenty "
            "years after the harbour trust agreed a new lease on Monday.\n\n"
            "The club had faced eviction since the spring, when the trust said it wanted the "
            "site for a cafe.\n\nAbout 140 members row from the boathouse each week.\n")
    article = parse_article(page, force=True)
    assert article.title == "Rowing club wins back its boathouse after long lease fight"
    assert all(crumbs not in s.text for s in article.sentences)


@pytest.mark.parametrize("headline", ["Trade talks: US > China tariffs on steel rise again",
                                      "Voters split yes / no on the library levy"])
def test_a_headline_with_a_sign_in_it_is_not_a_breadcrumb(headline):
    from briefing.ingest.cleaning import is_cruft

    assert not is_cruft(headline)


@pytest.mark.parametrize("stamp", ["Nov 19, 2026 at 9:08 GMT 1 day ago", "3 hours ago",
                                   "'December 4th, 2026'", "Dec. 4, 2026 at 3:15 p.m. EST"])
def test_a_time_stamp_is_never_the_headline(stamp):
    page = (f"Ferry fares frozen for a year.\n\nMenu\nNews\nSport\n\n{stamp}\n\n"
            "The harbour trust froze ferry fares for a year on Monday, after a summer of "
            "complaints from commuters about the cost of the crossing.\n\nThe trust said "
            "the freeze would cost it about $90,000.\n\nFares rose twice last year.\n")
    article = parse_article(page, force=True)
    assert article.title != stamp.strip("'")
    assert all(stamp.strip("'") not in s.text for s in article.sentences)


def test_a_sentence_ending_in_ago_is_copy():
    from briefing.ingest.cleaning import is_cruft

    assert not is_cruft("The ferry last ran three weeks ago, before the storm, he said 2 days ago.")
