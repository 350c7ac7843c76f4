"""Sentence splitting on the shapes newswriting throws at it (our own sentences; invented
names and places)."""

from __future__ import annotations

import time

import pytest

from briefing.ingest.article import split_sentences as reexported
from briefing.ingest.sentences import _abbreviation, base_sentences, split_sentences

ONE_SENTENCE = [
    # times and dates
    "The fire started at 9:15 p.m. Oct. 3 in a warehouse on the east side.",
    "Officers arrived at 7 a.m. Tuesday and closed the road.",
    "The meeting ends at 4 p.m. ET and a vote follows.",
    "The deal closed at 5:45 p.m. EST on Friday.",
    "The hearing starts at 8 a.m. Eastern time in the old courthouse.",
    "The shop opens at 10 a.m. 6 days a week.",
    "The hearing is set for Jan. 14 in Kent County.",
    "The count began at 6 a.m. on Monday.",
    # addresses
    "Deputies found the car at the house at 2207 Maple Ave., after a short chase.",
    "The parade runs down Harbor Blvd. and ends at Mill Rd. near the park.",
    "She lives on Elm St. in Duxbury.",
    "Mt. Hood was closed, according to the U.S. Forest Service.",
    # titles and party-state tags
    "Gov. Ann Lee signed the bill on Monday.",
    "The bill was written by Sen. Bo Roe, R-Wis., in April of last year.",
    "The senator, Sen. Ruth Ames, D-Mass., was not present.",
    "Rep. Tim Varga, D-N.Y., voted against it.",
    "Gen. Ida Marsh and Lt. Col. Ray Okafor met Sgt. Dee Pruitt at the base.",
    "Dr. Lena Fisk told Mr. and Mrs. Harlow that Ms. Quinn would call.",
    "Prof. Otto Brandt spoke after Rev. Al Dunmore.",
    "The Rt. Hon. Ama Obi and Hon. Kelechi Eze left the chamber.",
    "Army Spc. Dale Vint was named in the report.",
    "Carl Hewitt Jr. and Carl Hewitt Sr. both ran the store.",
    # places
    "The family moved from St. Paul, Minn., where they ran a bakery, to Tulsa, Okla., "
    "last year.",
    "Crews from Mobile, Ala., Tempe, Ariz., and Fresno, Calif., joined the search.",
    "The company has offices in Boulder, Colo., Hartford, Conn., and Ocala, Fla.",
    "He grew up in Macon, Ga., and studied in Peoria, Ill., before moving on.",
    "Voters in Wichita, Kan., Paducah, Ky., and Houma, La., went to the polls.",
    "Her sister lives in Trenton, N.J., and her brother in Albany, N.Y., near the river.",
    "The team flew from Raleigh, N.C., to Eugene, Ore., on Friday.",
    "He was born in Erie, Pa., and raised in Memphis, Tenn., by his aunt.",
    "The storm hit Norfolk, Va., and Tacoma, Wash., hardest.",
    "The plant in Racine, Wis., and the one in Casper, Wyo., will close.",
    "The firm, based in Springfield, Mo., makes tractors.",
    "The summit took place in Washington, D.C., in May.",
    "ELMWOOD, Ill. — Two barns burned overnight on the edge of town.",
    "The U.S. Navy and the U.K. government signed the deal.",
    "The U.S. economy grew 2.1 percent in the quarter.",
    # numbers and companies
    "She is ranked No. 3 in the world.",
    "Acme Widgets Inc. said it would hire 200 workers.",
    "The Harlan Co. plant and Brightway Corp. headquarters are nearby.",
    "The event, sponsored by Hollis Bros. and Gale Co., drew 3,000 people.",
    "He won by 12 pts. in the end.",
    "She invited staff, clients, partners, etc.. and nobody came.",
    # initials
    "Patrick W. Smith, a local lawyer, filed the suit.",
    "Many readers found J.R.R. Tolkien hard going.",
    "The library is named for George H.W. Bush and his wife.",
    "Police said the suspect, Marcus T. Hale, 34, was arrested.",
    'The band backed J.D. "The Hammer" Vance at the fair.',
    # decimals and versions
    "Prices rose 3.5 percent in March.",
    "The app reached version 2.1.4 this week.",
    "The company said the cost was $2.5 million, or about 4.1 percent of sales.",
    # quotes and ellipses
    "\u201cWhy now?\u201d she asked.",
    '"Why now?" she asked.',
    "\u201cAre you sure?\u201d he said, and left.",
    "\u201cStop!\u201d the officer shouted.",
    "He paused ... then spoke.",
    "She waited\u2026 and waited some more.",
]


@pytest.mark.parametrize("text", ONE_SENTENCE)
def test_stays_one_sentence(text):
    assert split_sentences(text) == [text]


SPLITS = [
    ('He said, "We are done." Then he left.', ['He said, "We are done."', "Then he left."]),
    ("\u201cGo.\u201d She went.", ["\u201cGo.\u201d", "She went."]),
    ("\u201cWe will rebuild.\u201d That was all she said.",
     ["\u201cWe will rebuild.\u201d", "That was all she said."]),
    ("He asked, \u201cWhere is everyone?\u201d Nobody answered.",
     ["He asked, \u201cWhere is everyone?\u201d", "Nobody answered."]),
    ("\u201cI don\u2019t know what happened \u2026\u201d He stopped.",
     ["\u201cI don\u2019t know what happened \u2026\u201d", "He stopped."]),
    ("Rain fell. The river rose.", ["Rain fell.", "The river rose."]),
    ("Is it over? Nobody knows.", ["Is it over?", "Nobody knows."]),
    # a genuine end on an abbreviation, before a word that starts sentences
    ("He moved to the U.S. He was 12.", ["He moved to the U.S.", "He was 12."]),
    ("The deal was approved by the U.S. But Canada objected.",
     ["The deal was approved by the U.S.", "But Canada objected."]),
    ("The firm is based in the U.S. The new plant will be in Mexico.",
     ["The firm is based in the U.S.", "The new plant will be in Mexico."]),
    ("The gala was held in Washington, D.C. This year it sold out.",
     ["The gala was held in Washington, D.C.", "This year it sold out."]),
    ("They settled in Albany, N.Y. It was 1990.", ["They settled in Albany, N.Y.", "It was 1990."]),
    ("She joined Pell Inc. It was her first job.",
     ["She joined Pell Inc.", "It was her first job."]),
    ("He started his own firm, Orrin Ltd. His motto was simple.",
     ["He started his own firm, Orrin Ltd.", "His motto was simple."]),
    ("The couple settled in Dover, Del. They had three children.",
     ["The couple settled in Dover, Del.", "They had three children."]),
    ("The couple settled in Dover, Del. I met them there.",
     ["The couple settled in Dover, Del.", "I met them there."]),
    ("He was named after his father, Tom Ryle Jr. But he used his middle name.",
     ["He was named after his father, Tom Ryle Jr.", "But he used his middle name."]),
    ("The bakery is on Elm St. He opened it in 2001.",
     ["The bakery is on Elm St.", "He opened it in 2001."]),
    # a.m./p.m. before a capitalised word that is not a date or a zone: a new sentence
    ("The store opens at 7 a.m. It closes at 9 p.m.", ["The store opens at 7 a.m.",
                                                       "It closes at 9 p.m."]),
    ("The flight landed at 6 a.m. Police said no one was hurt.",
     ["The flight landed at 6 a.m.", "Police said no one was hurt."]),
    ("The talks ended at 10 p.m. Negotiators will meet again Friday.",
     ["The talks ended at 10 p.m.", "Negotiators will meet again Friday."]),
    # a lower-case word after a plain full stop is not run on (a feed that lower-cases
    # sentence starts would otherwise glue two sentences)
    ("The car was found on Monday. the driver is still missing.",
     ["The car was found on Monday.", "the driver is still missing."]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_splits_where_a_sentence_ends(text, expected):
    assert split_sentences(text) == expected


def test_pieces_are_the_text_as_written():
    text = ("Sen. Bo Roe,  R-Wis., in April  said no.  \u201cWhy now?\u201d  she asked. "
            "The vote is at 9 p.m.  Oct. 3 in the U.S.  But few will come.")
    pieces = split_sentences(text)
    assert len(pieces) == 4
    assert " ".join(pieces).split() == text.split()
    for piece in pieces:
        assert piece in text


def test_article_reexports_the_splitter():
    assert reexported is split_sentences


def test_base_is_pysbd_without_the_repair():
    text = "The bill was written by Sen. Bo Roe, R-Wis., in April."
    assert len(base_sentences(text)) == 2  # pysbd cuts after "R-Wis."
    assert split_sentences(text) == [text]


@pytest.mark.parametrize(("before", "expected"), [
    ("met Gov.", "gov"), ("at 7 a.m.", "a.m"), ("R-Wis.", "wis"), ("D-N.Y.", "n.y"),
    ("Patrick W.", "w"), ("the U.S.", "u.s"), ("the river rose.", None), ("a.", None),
    ("“Go.", None), ("3.", None),
])
def test_abbreviation_at_the_end(before, expected):
    assert _abbreviation(before) == expected


def test_a_run_on_page_splits_in_linear_time():
    sentence = ("Gov. Ann Lee of Erie, Pa., met Sen. Bo Roe, R-Wis., at 9 p.m. Oct. 3 in the "
                "U.S. But they talked only briefly ... then left. ")
    start = time.perf_counter()
    small = split_sentences(sentence * 50)
    small_time = time.perf_counter() - start
    start = time.perf_counter()
    large = split_sentences(sentence * 400)
    large_time = time.perf_counter() - start
    assert len(small) == 100 and len(large) == 800
    assert large_time < 8 * 4 * max(small_time, 0.01)  # 8x the text: far from 64x


@pytest.mark.parametrize("text", [
    "Pellman Inc. Chief Executive Ann Bright said the plan would work.",
    "Warner Bros. Discovery said it would film the repairs.",
    "Stenhart Corp. President Bo Roe resigned on Friday.",
])
def test_company_suffix_runs_on_into_a_title_or_name(text: str) -> None:
    assert split_sentences(text) == [text]


def test_company_suffix_then_a_starter_is_two_sentences() -> None:
    assert split_sentences("She joined Pellman Inc. The firm grew fast.") == [
        "She joined Pellman Inc.", "The firm grew fast."]


def test_a_product_name_in_capitals_keeps_its_stop() -> None:
    text = "Harlow Motors showed the HM ID. SPACE ROVER concept on Tuesday."
    assert split_sentences(text) == [text]
    assert len(split_sentences("They met the FBI. NASA later joined them.")) == 2
