from briefing.article import Article, Paragraph, Sentence, load_article
from briefing.condense import fill, is_dangling, is_quote, pick_lead, pick_quote, score_sentences


def make_article(*texts: str) -> Article:
    sentences = tuple(Sentence(i, t, i) for i, t in enumerate(texts))
    return Article(title="Harbour ferry returns",
                   paragraphs=tuple(Paragraph(i, (s,)) for i, s in enumerate(sentences)))


def test_quote_needs_a_named_speaker():
    named = Sentence(0, '"We will not waste this chance at all," Castellano said on Tuesday.', 0)
    pronoun = Sentence(1, '"We will not waste this chance at all," he said on Tuesday.', 0)
    assert is_quote(named)
    assert not is_quote(pronoun)


def test_dangling_openers():
    assert is_dangling(Sentence(0, "It will raise about $2 million a year.", 0))
    assert is_dangling(Sentence(0, "However, the council disagreed.", 0))
    assert not is_dangling(Sentence(0, "The council disagreed on Monday.", 0))


def test_lead_names_who(sample_path):
    scored = score_sentences(load_article(sample_path))
    lead = pick_lead(scored)
    assert lead.sentence.text.startswith("The city of Port Alder will restart")


def test_quote_pick_is_a_direct_quote(sample_path):
    scored = score_sentences(load_article(sample_path))
    quote = pick_quote(scored, exclude=set())
    assert quote is not None and is_quote(quote.sentence)


def test_fill_respects_budget_and_article_order(sample_path):
    scored = score_sentences(load_article(sample_path))

    def cost(s):
        return s.words * 0.4

    chosen = fill(scored, budget=40.0, cost=cost, exclude=set())
    assert sum(cost(s) for s in chosen) <= 40.0
    assert [s.index for s in chosen] == sorted(s.index for s in chosen)
    assert len(chosen) >= 3


def test_dangling_sentence_never_chosen_without_its_antecedent():
    article = make_article(
        "The Port Alder council approved a new ferry budget on Monday after a long debate.",
        "Harbour officials said repairs to the north pier landing would start in spring.",
        "It will cost the city about four million dollars over the next three years in total.",
        "The mayor said the harbour ferry would return to full service by the summer season.",
    )
    scored = score_sentences(article)

    def cost(s):
        return 1.0

    for budget in (1.0, 2.0, 3.0, 4.0):
        chosen = [s.index for s in fill(scored, budget, cost, exclude=set())]
        if 2 in chosen:
            assert 1 in chosen
    # With the antecedent spoken elsewhere (the lead), the dependent sentence is left out.
    assert 2 not in [s.index for s in fill(scored, 4.0, cost, exclude={1})]
