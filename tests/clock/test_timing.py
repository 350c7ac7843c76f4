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


def test_a_running_order_time_never_shows_sixty_seconds():
    from briefing.clock.timing import clock

    assert clock(179.97) == "3:00.0" and clock(59.96) == "1:00.0"
    assert clock(65.34) == "1:05.3" and clock(0.0) == "0:00.0"
