from briefing.clock.timing import features, syllables
from briefing.writing.numbers import number_words


def test_syllables_of_plain_words():
    assert syllables("cat") == 1
    assert syllables("ferry") == 2
    assert syllables("harbour") == 2
    assert syllables("commuters") == 3


def test_numbers_are_counted_as_spoken():
    assert number_words("2026") == "twenty twenty-six"
    assert number_words("4,200") == "four thousand two hundred"
    assert syllables("12") == syllables("twelve")
    assert syllables("2026") > syllables("26")


def test_features_count_pauses():
    f = features("The ferry, which was closed, returns on Monday.")
    assert f.commas == 2
    assert f.words == 8
