"""Each broadcast-style rule, on examples we wrote."""

import pytest

from briefing.style import (
    abbreviations,
    amounts,
    dates,
    drop_dateline,
    drop_parentheticals,
    drop_urls,
    speech_text,
    tidy,
    times,
)


@pytest.mark.parametrize(("written", "spoken"), [
    ("on Nov. 19, 2022, in Ohio", "on November 19th, twenty twenty-two, in Ohio"),
    ("by Sept. 3", "by September 3rd"),
    ("on April 1, 2009", "on April 1st, two thousand nine"),
    ("on Feb. 22nd", "on February 22nd"),
    ("in May", "in May"),
])
def test_dates(written, spoken):
    assert dates(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("$5.2 billion", "five point two billion dollars"),
    ("$1.1-billion deal", "one point one billion dollars deal"),
    ("$16.50", "sixteen dollars and fifty cents"),
    ("$1", "one dollar"),
    ("€40,000", "forty thousand euros"),
    ("£3 million", "three million pounds"),
    ("£330million loan", "three hundred thirty million pounds loan"),
    ("$2bn", "two billion dollars"),
    ("£1.5m", "one point five million pounds"),
    ("61%", "sixty-one percent"),
    ("3.4 percent", "three point four percent"),
    ("since 2008", "since two thousand eight"),
    ("in 1987", "in nineteen eighty-seven"),
    ("about 4,200 riders", "about four thousand two hundred riders"),
    ("1.5 hours", "one point five hours"),
    ("12 boats", "12 boats"),
])
def test_amounts(written, spoken):
    assert amounts(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("at 4:16 PM ET", "at 4:16 P M Eastern"),
    ("by 10 a.m. on Monday", "by 10 A M on Monday"),
    ("at 7 p.m.", "at 7 P M"),
])
def test_times(written, spoken):
    assert times(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Gov. Ana Ruiz", "Governor Ana Ruiz"),
    ("Sen. Bo Park and Rep. Di Lane", "Senator Bo Park and Representative Di Lane"),
    ("Lt. Gen. Ray Cole", "Lieutenant General Ray Cole"),
    ("the U.S. economy", "the U S economy"),
    ("the U.S.-China talks", "the U S-China talks"),
    ("the U.S.'s plan", "the U S's plan"),
    ('J.P. "The Big Bopper" Richardson', 'J P "The Big Bopper" Richardson'),
    ("in Washington, D.C.", "in Washington, D C"),
    ("Fresno, Calif., police", "Fresno, California, police"),
    ("Acme Corp. said", "Acme Corporation said"),
    ("St. Paul on Elm St. today", "Saint Paul on Elm Street today"),
    ("No. 5 seed", "number 5 seed"),
    ("NATO and the FBI", "NATO and the FBI"),
])
def test_abbreviations(written, spoken):
    assert abbreviations(written) == spoken


def test_datelines_are_not_read():
    assert drop_dateline("WASHINGTON (AP) — The Senate voted.") == "The Senate voted."
    assert drop_dateline("(CNN) -- The storm passed.") == "The storm passed."
    assert drop_dateline("MILLBROOK, Ohio (Valley Ledger) - Crews began work.") == \
        "Crews began work."
    assert drop_dateline("The AP (Associated Press) said so.") == \
        "The AP (Associated Press) said so."


def test_parentheticals_and_insertions():
    assert drop_parentheticals("Rep. Di Lane (D-Ohio) voted no.") == "Rep. Di Lane voted no."
    assert drop_parentheticals("for [city] officials") == "for city officials"


def test_urls():
    assert "http" not in drop_urls("Read it at https://example.org/report today.")
    assert drop_urls("see ledger.com for more") == "see ledger dot com for more"
    assert drop_urls("told KSL.com on Monday") == "told KSL dot com on Monday"


def test_dashes_become_pauses():
    assert tidy("The commission — the executive arm — agreed.") == \
        "The commission, the executive arm, agreed."


def test_whole_sentence():
    written = ("WASHINGTON (AP) — Gov. Ana Ruiz (D-Calif.) said on Nov. 19, 2022, that the U.S. "
               "would spend $5.2 billion, or 3.4%, by 10 a.m. ET.")
    assert speech_text(written) == (
        "Governor Ana Ruiz said on November 19th, twenty twenty-two, that the U S would spend "
        "five point two billion dollars, or three point four percent, by 10 A M Eastern.")
