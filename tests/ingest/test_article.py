import pytest

from briefing.core.errors import ArticleError
from briefing.ingest.article import decode, load_article, parse_article, read_article_text


def test_decodes_utf8_with_and_without_bom():
    text = "Café owners said “yes”."
    assert decode(text.encode("utf-8")) == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == text


def test_decodes_utf16_by_bom():
    text = "The mayor’s office said so."
    assert decode(text.encode("utf-16")) == text


def test_falls_back_for_cp1252():
    text = "The café’s owner said the “new” menu costs €12, more than last year’s."
    assert decode(text.encode("cp1252")) == text


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ArticleError, match="not found"):
        read_article_text(tmp_path / "nope.txt")


def test_empty_file_is_a_clear_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="empty"):
        read_article_text(empty)


def test_page_without_prose_is_a_clear_error():
    with pytest.raises(ArticleError, match="no story found"):
        parse_article("Home\nNews\nSports\nWeather\n")


def test_sentences_are_indexed_in_order(sample_path):
    article = load_article(sample_path)
    indexes = [s.index for s in article.sentences]
    assert indexes == list(range(len(indexes)))
    assert all(s.text[0].isupper() or s.text[0] in "\"“" for s in article.sentences)


def test_closing_quote_split_off_is_rejoined():
    from briefing.ingest.article import split_sentences

    parts = split_sentences('She said the plan was "ready." Then she left the room.')
    assert all(any(c.isalnum() for c in p) for p in parts)


@pytest.mark.parametrize(("source", "said"), [
    ("New York Post", "the New York Post"), ("The Guardian", "The Guardian"),
    ("NBC News", "NBC News"), ("Reuters", "Reuters"), (None, None),
    ("Sportsnet.ca", "Sportsnet"), ("nj.com", "nj.com")])
def test_the_credit_is_said_as_a_newsreader_says_it(source, said):
    from briefing.ingest.article import Article

    assert Article(title="x", source=source).credit == said


def test_the_outlets_own_name_as_a_dateline_is_not_read():
    story = ("The Port Alder ferry returns to service on Monday after ten weeks of storm "
             "repairs to the pier and the hull.\n\nThe first week of crossings will be free "
             "for every passenger, the council said on Friday after a long meeting.\n\n"
             "The harbour board said the new pilings were driven twice as deep as the old "
             "ones and would withstand a surge.\n\nCommuters had used a bus detour that added "
             "forty minutes to each trip across the bay during the repairs.\n")
    head = "---\ntitle: Ferry returns to the river\nsource: Harbour Ledger\n---\n\n"
    article = parse_article(head + "Harbour Ledger - " + story)
    assert article.sentences[0].text.startswith("The Port Alder ferry returns")
    # Another name opening the story is the story's own words.
    other = parse_article(head + "Port Alder - " + story)
    assert other.sentences[0].text.startswith("Port Alder - The Port Alder ferry")


def test_a_possessive_cut_loose_by_a_link_is_joined_again():
    article = parse_article("Ferry maker's order book fills\n\nHarbourline 's new ferry "
                            "entered service on Monday, the company said.\n\nThe city ’s "
                            "council welcomed it, and 's-Hertogenbosch sent a delegation.\n",
                            force=True)
    texts = [s.text for s in article.sentences]
    assert texts[0].startswith("Harbourline's new ferry")
    assert texts[1].startswith("The city’s council") and "and 's-Hertogenbosch" in texts[1]
