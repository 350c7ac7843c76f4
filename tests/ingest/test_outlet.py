"""The outlet credited, the kind of piece and the dateline, on invented pages in the shapes
real page dumps have."""

import datetime as dt

import pytest

from briefing.ingest.dateline import Dateline, parse_dateline
from briefing.ingest.outlet import Outlet, find_outlet, find_url, matches_host
from briefing.ingest.piece import Kind, piece_kind

STORY = [
    "The harbour ferry will return to service next month after storm repairs, the city said "
    "on Tuesday.",
    "Crews replaced the landing ramp and two pilings that the November storm tore loose.",
    "Riders will pay the old fare until the spring, officials said.",
]
HEADLINE = "Harbour ferry returns next month after storm repairs"


def page(*head: str, story: list[str] | None = None, tail: tuple[str, ...] = ()) -> list[str]:
    """A page dump: the <title>, then header lines, the story, then footer lines."""
    return [*head, *(STORY if story is None else story), *tail]


def outlet(lines: list[str], **kw) -> Outlet | None:
    body = kw.pop("body", STORY)
    return find_outlet(lines, title_line=lines[0], body=body, **kw)


# --- Where the name comes from ------------------------------------------------------------

def test_declared_site_name():
    lines = page(HEADLINE, "Menu", HEADLINE)
    assert outlet(lines, declared="The Alder Gazette") == Outlet("The Alder Gazette", "declared")


def test_declared_hostname_is_an_address_not_a_name():
    lines = page(HEADLINE, "Menu", HEADLINE)
    assert outlet(lines, declared="www.aldergazette.com") == Outlet("aldergazette.com", "url")


def test_wire_dateline_in_the_body():
    story = ["RIVERTON, Ohio (AP) — The library levy passed by a wide margin on Tuesday.",
             *STORY[1:]]
    lines = page(f"{HEADLINE} - Valley Ledger", HEADLINE, story=story)
    assert outlet(lines, body=story) == Outlet("AP", "dateline")


def test_wire_dateline_the_cleaner_took_off():
    """The cleaner's paragraphs have lost the dateline: the page's own line still has it."""
    raw = "PORT ALDER (Reuters) - " + STORY[0]
    lines = page(f"{HEADLINE} | Valley Ledger", HEADLINE, story=[raw, *STORY[1:]])
    assert outlet(lines) == Outlet("Reuters", "dateline")


def test_wire_dateline_beats_a_declared_name():
    story = ["(CNN) -- " + STORY[0], *STORY[1:]]
    lines = page(HEADLINE, HEADLINE, story=story)
    assert outlet(lines, body=story, declared="Valley Ledger") == Outlet("CNN", "dateline")


def test_title_suffix():
    lines = page(f"{HEADLINE} - Coastline Courier", "Skip to content", HEADLINE)
    assert outlet(lines) == Outlet("Coastline Courier", "title")


def test_title_suffix_after_sections():
    lines = page(f"{HEADLINE} | Local News | Coastline Courier", "Home", HEADLINE)
    assert outlet(lines) == Outlet("Coastline Courier", "title")


def test_title_suffix_that_is_a_tagline_is_no_name():
    lines = page(f"{HEADLINE} - Expert advice for weekend sailors", "Home", HEADLINE)
    assert outlet(lines) is None


def test_byline_with_a_bar():
    lines = page(HEADLINE, "Home", HEADLINE, "By Dana Whitfield | Metro Ledger")
    assert outlet(lines) == Outlet("Metro Ledger", "byline")


def test_byline_with_a_comma_when_the_page_bears_it_out():
    lines = page(HEADLINE, "Home", HEADLINE, "By Dana Whitfield, Harbour Gazette",
                 tail=("Dana Whitfield covers transport for the Harbour Gazette.",))
    assert outlet(lines) == Outlet("Harbour Gazette", "byline")


def test_byline_listing_two_people_names_no_outlet():
    lines = page(HEADLINE, "Home", HEADLINE, "By Dana Whitfield, Marco Pell")
    assert outlet(lines) is None


def test_byline_naming_a_wire():
    lines = page(f"{HEADLINE} - Valley Ledger", HEADLINE, "Dana Whitfield, Associated Press")
    assert outlet(lines) == Outlet("AP", "byline")


def test_byline_of_the_papers_wire_desk():
    lines = page(HEADLINE, "Home", HEADLINE, "Valley Ledger wire services")
    assert outlet(lines) == Outlet("Valley Ledger", "byline")


def test_masthead_logo():
    lines = page(HEADLINE, "Bayside Chronicle Logo", "News", "Sports", HEADLINE,
                 tail=("Send your tips to the newsroom at Bayside Chronicle today.",))
    assert outlet(lines) == Outlet("Bayside Chronicle", "masthead")


def test_masthead_borne_out_by_links_and_text():
    lines = page(HEADLINE, "Bayside Chronicle", "News", "Sports", HEADLINE,
                 tail=("About Bayside Chronicle", "Follow Bayside Chronicle",
                       "Our reporter spoke to the editors at Bayside Chronicle about it."))
    assert outlet(lines) == Outlet("Bayside Chronicle", "masthead")


def test_authors_bio_names_the_employer():
    lines = page(HEADLINE, "Play Live Radio", HEADLINE, "By Dana Whitfield",
                 tail=("Dana Whitfield is Harbour Public Radio's transport reporter.",
                       "Copyright 2026 Harbour Public Radio."))
    assert outlet(lines) == Outlet("Harbour Public Radio", "masthead")


def test_photo_credit_is_no_byline():
    lines = page(HEADLINE, "Home", HEADLINE, "Lena Ortiz | Picture Agency")
    assert outlet(lines) is None


def test_sentence_opening_with_by_is_no_byline():
    story = ["By the time the ferry docked, Reuters reported, the storm had passed.",
             *STORY[1:]]
    assert outlet(page(HEADLINE, "Home", HEADLINE, story=story), body=story) is None


def test_menu_lines_are_no_masthead():
    lines = page(HEADLINE, "Politics", "Business", "Politics", HEADLINE,
                 tail=("More Politics", "Politics"))
    assert outlet(lines) is None


def test_url_printed_in_the_page():
    url = "https://www.bayledger.com/news/harbour-ferry-returns-next-month-1234.php"
    lines = page(HEADLINE, "Menu", url, HEADLINE)
    assert find_url(lines) == url
    assert outlet(lines, url=find_url(lines)) == Outlet("bayledger.com", "url")


def test_pictures_are_not_the_pages_url():
    lines = page(HEADLINE, "https://cdn.bayledger.com/images/ferry-harbour.jpg", HEADLINE)
    assert find_url(lines) is None


def test_url_picks_the_name_that_matches_its_host():
    lines = page(f"{HEADLINE} | Ferries | Connecticut Sentinel", HEADLINE,
                 "By Dana Whitfield | Harbour Wire")
    found = outlet(lines, url="https://www.ctsentinel.com/news/ferry-returns")
    assert found == Outlet("Connecticut Sentinel", "title")


def test_url_prefers_the_pages_spelling_of_its_host_to_a_section_name():
    lines = page(f"{HEADLINE} - Ferry News", "Ferry News", HEADLINE,
                 tail=("Our readers tell MetroWire.com what they think of the new timetable.",))
    found = outlet(lines, url="https://www.metrowire.com/ferries/ferry-returns")
    assert found == Outlet("MetroWire.com", "url")


def test_url_alone_gives_the_bare_host():
    lines = page(HEADLINE, "Menu", HEADLINE)
    assert outlet(lines, url="https://www.alderpost.com/a/1") == Outlet("alderpost.com", "url")


# --- What is never credited -------------------------------------------------------------

@pytest.mark.parametrize("footer", [
    "© 2026 Harbour Holdings LLC. All rights reserved.",
    "Copyright © 2026 Harbour Gazette",
    "© 2026",
    "Copyright 2026. Zurek Signs. All Rights Reserved.",
])
def test_copyright_lines_are_never_credited(footer):
    lines = page(HEADLINE, "Menu", HEADLINE, tail=(footer, "Terms of Use"))
    assert outlet(lines) is None


@pytest.mark.parametrize("name", ["Gazette Media Group", "Harbour Holdings", "Bayside Publishing",
                                  "Ledger Newspapers Ltd", "Alder Corp", "Metro News GmbH"])
def test_company_names_are_never_credited(name):
    lines = page(f"{HEADLINE} - {name}", HEADLINE)
    assert outlet(lines) is None
    assert outlet(page(HEADLINE, HEADLINE), declared=name) is None


def test_shouted_name_is_spelled_as_the_page_spells_it():
    lines = page(f"{HEADLINE} | DISPATCH", HEADLINE, tail=("Dispatch Staff",))
    assert outlet(lines) == Outlet("Dispatch", "title")


def test_shouted_word_with_no_other_spelling_is_furniture():
    assert outlet(page(f"{HEADLINE} | DISPATCH", HEADLINE)) is None


def test_acronym_outlet_stays_in_capitals():
    assert outlet(page(f"{HEADLINE} - KVXR", HEADLINE)) == Outlet("KVXR", "title")


def test_no_outlet_named():
    assert outlet(page(HEADLINE, "Skip to content", "Menu", HEADLINE)) is None


@pytest.mark.parametrize(("name", "host", "same"), [
    ("Connecticut Sentinel", "ctsentinel.com", True),
    ("New Alder Post", "napost.com", True),
    ("The Bay Ledger", "bayledger.com", True),
    ("Sky Harbour News", "news.skyharbour.co.uk", True),
    ("San Marco Express-News", "mysanmarco.com", True),
    ("nj.com", "nj.com", True),
    ("Orchard", "qsn.com", False),
    ("Working at Ascot", "ascot.com", False),
])
def test_matches_host(name, host, same):
    assert matches_host(name, host) is same


# --- Kind of piece ---------------------------------------------------------------------

@pytest.mark.parametrize(("url", "kind"), [
    ("https://ledger.example/2026/11/19/opinion/ferry-fares.html", Kind.OPINION),
    ("https://ledger.example/editorial/ferry-fares", Kind.EDITORIAL),
    ("https://ledger.example/reviews/harbour-cafe", Kind.REVIEW),
    ("https://ledger.example/commentary/ferry-fares", Kind.OPINION),
    ("https://ledger.example/columns/ferry-fares", Kind.COLUMN),
    ("https://ledger.example/news/ferry-review-board-meets", Kind.NEWS),
])
def test_kind_from_url(url, kind):
    lines = page(HEADLINE, HEADLINE)
    assert piece_kind(lines, title_line=lines[0], url=url) is kind


@pytest.mark.parametrize(("title", "kind"), [
    ("Opinion | The ferry fare is too high - Valley Ledger", Kind.OPINION),
    ("Review: The Harbour Cafe's new menu is a delight", Kind.REVIEW),
    ("Editorial: Fund the ferry | Valley Ledger", Kind.EDITORIAL),
    ("Analysis: Why the ferry costs so much - Valley Ledger", Kind.ANALYSIS),
    ("Alder Mk II dinghy review | Sailing Weekly", Kind.REVIEW),
    ("The ferry's new timetable | Opinion | Valley Ledger", Kind.OPINION),
    ("Council orders review of ferry contract - Valley Ledger", Kind.NEWS),
    ("Ferry contract under review | Valley Ledger", Kind.NEWS),
    (f"{HEADLINE} - Valley Ledger", Kind.NEWS),
])
def test_kind_from_title(title, kind):
    lines = page(title, HEADLINE)
    assert piece_kind(lines, title_line=title, url=None) is kind


@pytest.mark.parametrize(("label", "kind"), [
    ("Opinion", Kind.OPINION), ("Editorial", Kind.EDITORIAL), ("Analysis", Kind.ANALYSIS),
    ("Column", Kind.COLUMN), ("Review", Kind.REVIEW), ("Commentary", Kind.OPINION),
])
def test_kind_from_a_label_by_the_headline(label, kind):
    lines = page(HEADLINE, "Skip to content", "Dana Whitfield's weekly notes on the coast",
                 label, HEADLINE, "By Dana Whitfield")
    assert piece_kind(lines, title_line=HEADLINE, url=None, body=STORY) is kind


def test_label_in_a_menu_is_no_kind():
    lines = page(HEADLINE, "News", "Sports", "Opinion", "Obituaries", "Nov. 19, 2026",
                 HEADLINE)
    assert piece_kind(lines, title_line=HEADLINE, url=None, body=STORY) is Kind.NEWS


def test_label_ending_a_menu_above_the_date_is_no_kind():
    lines = page(HEADLINE, "Weather", "Obituaries", "Opinion", "Nov. 4, 2026 10:12 PM EST",
                 HEADLINE, "By Dana Whitfield")
    assert piece_kind(lines, title_line=HEADLINE, url=None, body=STORY) is Kind.NEWS


def test_kind_from_the_first_tag_after_the_story():
    lines = page(HEADLINE, "Menu", HEADLINE, "by Dana Whitfield",
                 tail=("Opinion", "Ferries", "Port Alder"))
    assert piece_kind(lines, title_line=HEADLINE, url=None, body=STORY) is Kind.OPINION


def test_news_that_mentions_a_review_is_news():
    story = ["The city will review the ferry contract, the mayor said on Tuesday.",
             "A review of the landing ramp found two cracked pilings.",
             "Opinion in the town is divided, residents said."]
    lines = page(f"{HEADLINE} - Valley Ledger", HEADLINE, story=story,
                 tail=("Related", "Ferry fares", "Harbour works"))
    assert piece_kind(lines, title_line=lines[0], url=None, body=story) is Kind.NEWS


# --- Datelines ---------------------------------------------------------------------------

@pytest.mark.parametrize(("paragraph", "places", "agency", "rest"), [
    ("WASHINGTON (AP) — The levy passed.", ("Washington",), "AP", "The levy passed."),
    ("NEW YORK (Reuters) - Oil fell.", ("New York",), "Reuters", "Oil fell."),
    ("(CNN) -- The storm passed.", (), "CNN", "The storm passed."),
    ("(CNN)The storm passed.", (), "CNN", "The storm passed."),
    ("LONDON — The ferry sailed.", ("London",), None, "The ferry sailed."),
    ("BEIJING, Nov 19 (Reuters) - Talks resumed.", ("Beijing",), "Reuters", "Talks resumed."),
    ("KARACHI, Pakistan/ISLAMABAD (Reuters) - Rain fell.", ("Karachi, Pakistan", "Islamabad"),
     "Reuters", "Rain fell."),
    ("RIVERTON, Ohio (AP) — Voters agreed.", ("Riverton, Ohio",), "AP", "Voters agreed."),
    ("ST. LOUIS — Crews worked late.", ("St. Louis",), None, "Crews worked late."),
])
def test_datelines(paragraph, places, agency, rest):
    d = parse_dateline(paragraph)
    assert d == Dateline(places=places, agency=agency, rest=rest, date=d.date if d else None)


def test_dateline_date_and_place():
    d = parse_dateline("KARACHI, Pakistan/ISLAMABAD, Nov. 19 (Reuters) - Rain fell.")
    assert d is not None and d.date == "Nov. 19"
    assert d.place == "Karachi, Pakistan and Islamabad"


@pytest.mark.parametrize("paragraph", [
    "NASA said on Tuesday that the probe was healthy.",
    "CHINA has sent troops to the border, officials said.",
    "The ferry (pictured) sails at noon.",
    "Today (Nov. 18), the council voted.",
    "BREAKING — Ferry service suspended.",
    "Riders will pay the old fare - for now.",
])
def test_not_datelines(paragraph):
    assert parse_dateline(paragraph) is None


# --- Faults found on invented pages ------------------------------------------------------

def split(*head: str, story: list[str] | None = None, tail: tuple[str, ...] = ()):
    from briefing.ingest.cleaning import split_page

    return split_page("\n".join(page(*head, story=story, tail=tail)))


@pytest.mark.parametrize("suffix", [
    "| Local News", "- Opinion", "– video", "— Q&A", "| Page 2", "| UK News", "| Live Updates",
    "| Your Source for Coastal News", "- Local news since 1887",
])
def test_title_suffix_that_is_a_label_or_tagline_is_no_name(suffix):
    lines = page(f"{HEADLINE} {suffix}", "Home", HEADLINE)
    assert outlet(lines) is None
    assert split(f"{HEADLINE} {suffix}", "Home", HEADLINE).title == HEADLINE


def test_label_words_that_the_page_bears_out_are_a_name():
    lines = page(f"{HEADLINE} | Science News", "Menu", HEADLINE,
                 tail=("Thank you for reading Science News, our weekly magazine.",))
    assert outlet(lines) == Outlet("Science News", "title")


def test_the_name_beside_a_tagline_is_the_part_that_looks_like_a_name():
    title = f"{HEADLINE} | The Daily Forge | Local news since 1887"
    assert outlet(page(title, "Home", HEADLINE)) == Outlet("The Daily Forge", "title")
    assert split(title, "Home", HEADLINE).title == HEADLINE


@pytest.mark.parametrize("title", [
    "Teachers vote to strike – parents back them",
    "Our high streets are not dying – they are changing | Tri-County Record",
])
def test_a_lower_case_clause_after_a_dash_is_the_headlines_own(title):
    headline = title.split(" | ")[0]
    parts = split(title, "Home", headline)
    assert parts.title == headline
    assert parts.source in (None, "Tri-County Record")


def test_a_lower_case_brand_after_a_dash_is_still_a_name():
    lines = page(f"{HEADLINE} – pv harbour International", "pv harbour", "News", HEADLINE)
    assert outlet(lines) == Outlet("pv harbour International", "title")


@pytest.mark.parametrize("name", ["WKRP-TV 8 Cincinnati", "WKRP-TV 8"])
def test_broadcaster_call_sign_with_a_hyphen(name):
    for sep in ("|", "-"):
        title = f"{HEADLINE} {sep} {name}"
        assert outlet(page(title, "Home", HEADLINE)) == Outlet(name, "title")
        assert split(title, "Home", HEADLINE).title == HEADLINE


def test_a_copyright_owner_never_leaks_in_beside_a_shouted_masthead():
    head = (HEADLINE, "TOWN HERALD", "News", "Sport", HEADLINE, "By Dana Whitfield")
    footer = ("© 2024 Shire Media Group LLC. All rights reserved.", "Shire Media Group LLC")
    assert outlet(page(*head, tail=footer)) is None
    assert split(*head, tail=footer).source is None
    # Borne out by the page's address or its own footer, the masthead is credited as spelt.
    found = outlet(page(*head, tail=footer), url="https://www.townherald.com/news/ferry")
    assert found == Outlet("Town Herald", "masthead")
    assert outlet(page(*head, tail=("© 2024 TOWN HERALD",))) == Outlet("Town Herald", "masthead")


def test_no_company_or_copyright_is_a_byline():
    from briefing.ingest.cleaning import _tidy_name

    assert _tidy_name("Shire Media Group LLC") is None
    assert _tidy_name("© 2024 Shire Media Group") is None
    assert _tidy_name("By Dana Whitfield") == "Dana Whitfield"


@pytest.mark.parametrize("footer", [
    "© 2024 Tri-County Record", "Thank you for reading the Tri-County Record.",
])
def test_masthead_standing_alone_at_the_top_borne_out_by_the_page(footer):
    lines = page(HEADLINE, "Skip to content", "Tri-County Record", "News", "Sport", HEADLINE,
                 tail=(footer, "Terms of Use"))
    assert outlet(lines) == Outlet("Tri-County Record", "masthead")


def test_masthead_standing_alone_borne_out_by_the_host():
    lines = page(HEADLINE, "Coastal Record", "News", "Sport", HEADLINE)
    assert outlet(lines, url="https://coastalrecord.com/a/1") == \
        Outlet("Coastal Record", "masthead")


@pytest.mark.parametrize("head", [
    ("Coastal Record", "News", "Sport"),  # printed once: not borne out
    ("Home", "Coastal Record", "News"),  # a menu's item
])
def test_top_line_not_borne_out_is_no_masthead(head):
    lines = page(HEADLINE, *head, HEADLINE, tail=("More Coastal Record", "Coastal Record"))
    assert outlet(lines) is None


def test_top_line_named_as_a_person_is_no_masthead():
    lines = page(HEADLINE, "Dana Whitfield", "News", HEADLINE, "By Dana Whitfield",
                 tail=("Dana Whitfield writes about the harbour for the paper.",))
    assert outlet(lines) is None


RELEASE = [
    "PORT ALDER, Ore., May 9, 2024 /PRNewswire/ -- Verdanta Foods Inc., a maker of plant "
    "proteins, today announced a new plant beside the harbour.",
    "The plant will employ 120 people when it opens in the spring, the company said.",
    "Construction begins next month on the site of the old cannery.",
]


def test_press_release_is_its_issuers_statement():
    lines = page("Verdanta Foods to open harbour plant | Harbour Business Journal",
                 "Verdanta Foods to open harbour plant", story=RELEASE,
                 tail=("About Verdanta Foods",
                       "Verdanta Foods Inc. makes plant proteins for grocers in nine states.",
                       "Media contact", "press@verdanta.example", "SOURCE Verdanta Foods Inc."))
    assert outlet(lines, body=RELEASE) == Outlet("Verdanta Foods", "release")
    assert piece_kind(lines, title_line=lines[0], body=RELEASE) is Kind.PRESS_RELEASE


def test_press_release_from_its_boilerplate():
    story = [p.replace(" /PRNewswire/ --", " --") for p in RELEASE]
    lines = page("Verdanta Foods to open harbour plant", "Verdanta Foods to open harbour plant",
                 story=story,
                 tail=("About Verdanta Foods",
                       "Verdanta Foods makes plant proteins for grocers in nine states and "
                       "employs 800 people.", "Media contact", "press@verdanta.example"))
    assert outlet(lines, body=story) == Outlet("Verdanta Foods", "release")
    assert piece_kind(lines, title_line=lines[0], body=story) is Kind.PRESS_RELEASE


def test_press_release_without_an_issuer_credits_no_one():
    story = [RELEASE[0].replace("Verdanta Foods Inc., a maker of plant proteins,", "A maker"),
             *RELEASE[1:]]
    lines = page("New harbour plant | Harbour Business Journal", "New harbour plant",
                 story=story)
    assert outlet(lines, body=story) is None
    assert piece_kind(lines, title_line=lines[0], body=story) is Kind.PRESS_RELEASE


def test_news_about_a_company_is_no_press_release():
    story = ["Verdanta Foods said on Tuesday it would open a plant beside the harbour.",
             "The company announced the plan at a council meeting, officials said.",
             "About 120 people will work there, a spokesperson said."]
    lines = page(f"{HEADLINE} - Valley Ledger", HEADLINE, story=story,
                 tail=("About Valley Ledger", "Contact us"))
    assert piece_kind(lines, title_line=lines[0], body=story) is Kind.NEWS
    assert outlet(lines, body=story) == Outlet("Valley Ledger", "title")


@pytest.mark.parametrize(("line", "date"), [
    ("Sat 11 May 2024", dt.date(2024, 5, 11)),
    ("8 October 2024", dt.date(2024, 10, 8)),
    ("Tuesday 18 June 2024", dt.date(2024, 6, 18)),
    ("22·05·24", dt.date(2024, 5, 22)),
    ("2024-05-11T08:00Z", dt.date(2024, 5, 11)),
    ("Published Nov. 19, 2019 10:12 PM EST", dt.date(2019, 11, 19)),
    ("11/18/2019 9:00 AM", dt.date(2019, 11, 18)),
    ("05/06/24", None),  # day or month first: no telling
    ("© 11 May 2024 Coastal Record", None),  # never from a copyright line
])
def test_dates_day_or_month_first(line, date):
    from briefing.ingest.cleaning import _find_date

    assert _find_date([line]) == date


@pytest.mark.parametrize(("lines", "byline"), [
    (("Words by Dana Whitfield",), "Dana Whitfield"),
    (("Interview by Dana Whitfield",), "Dana Whitfield"),
    (("Dana Whitfield", "Sat 11 May 2024"), "Dana Whitfield"),
    (("By economics correspondent Nadia Karimi",), "Nadia Karimi"),
    (("economics correspondent Nadia Karimi", "8 October 2024"), "Nadia Karimi"),
    (("Rebecca Holloway Associated Press", "8 October 2024"), "Rebecca Holloway"),
    (("By Rebecca Holloway Associated Press",), "Rebecca Holloway"),
    (("Posted by Dana Whitfield on May 9, 2024",), "Dana Whitfield"),
    (("Photos by Dana Whitfield",), None),
])
def test_bylines(lines, byline):
    assert split(HEADLINE, "Home", HEADLINE, *lines).byline == byline


def test_a_name_above_the_date_over_the_headline_is_the_masthead_not_a_byline():
    assert split(HEADLINE, "Coastal Record", "Sat 11 May 2024", HEADLINE).byline is None


def test_a_wire_after_the_bylines_name_is_the_credit():
    parts = split(f"{HEADLINE} - Valley Ledger", HEADLINE, "Rebecca Holloway Associated Press",
                  "8 October 2024")
    assert (parts.byline, parts.source) == ("Rebecca Holloway", "AP")
    assert parts.published == dt.date(2024, 10, 8)


@pytest.mark.parametrize(("declared", "name"), [
    ("Shire Media Group LLC", None), ("© 2024 Shire Media Group", None), ("Local News", None),
    ("Town Herald", "Town Herald"),
])
def test_a_declared_name_passes_the_same_test(declared, name):
    from briefing.ingest.outlet import declared_name

    assert declared_name(declared) == name


@pytest.mark.parametrize(("text", "places", "agency"), [
    ("COLUMBUS, Ohio, Feb. 20, 2024 /PRNewswire/ -- Verdanta Foods recalled its oats.",
     ("Columbus, Ohio",), None),
    ("LONDON: The Harlow board approved a depot.", ("London",), None),
    ("Dover, Del. \u2013 The Harlow board approved a depot.", ("Dover, Del.",), None),
    ("WASHINGTON _ The Harlow board approved a depot.", ("Washington",), None),
])
def test_more_dateline_shapes(text: str, places: tuple[str, ...], agency: str | None) -> None:
    dateline = parse_dateline(text)
    assert dateline is not None and dateline.places == places and dateline.agency == agency
    assert dateline.rest[0].isupper()


@pytest.mark.parametrize("name, said", [("TheHarbourDaily", "The Harbour Daily"),
                                        ("ValleyNewsNow", "Valley News Now"),
                                        ("McAllister Gazette", "the McAllister Gazette"),
                                        ("KVRN", "KVRN")])
def test_a_name_run_together_is_said_as_words(name, said):
    from briefing.ingest.outlet import said_as

    assert said_as(name) == said
