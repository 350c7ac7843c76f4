from briefing.ingest.article import Article, Paragraph, Sentence, load_article
from briefing.writing.condense import fill, is_dangling, is_quote, pick_lead, score_sentences


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


def test_a_claim_is_heard_with_its_denial_or_not_at_all():
    from briefing.writing.condense import goes_with

    article = make_article(
        "The Port Alder council approved a new ferry budget on Monday after a long debate.",
        "The opposition accused the mayor of hiding the true cost of the pier repairs.",
        "The mayor's office denied the claim and published the contracts on Tuesday.",
        "The ferry will return to full service by the summer season, the council said.",
    )
    claim, denial = article.sentences[1], article.sentences[2]
    assert goes_with(claim, denial)
    scored = score_sentences(article)
    costs = {0: 1.0, 1: 1.0, 2: 1.5, 3: 1.0}
    chosen = [s.index for s in fill(scored, 2.2, lambda s: costs[s.index], exclude={0},
                                    after=0)]
    assert 1 not in chosen  # the claim alone would mislead; the next sentence fits instead
    chosen = [s.index for s in fill(scored, 2.6, lambda s: costs[s.index], exclude={0},
                                    after=0)]
    assert chosen[:2] == [1, 2]


def test_a_quote_that_runs_on_is_heard_to_its_speaker():
    from briefing.writing.condense import goes_with

    article = make_article(
        "\u201cWe have waited ten weeks for this ferry.",
        "Now the whole town can get to work again,\u201d said harbourmaster Ines Varga.",
    )
    assert goes_with(*article.sentences)
    assert not goes_with(article.sentences[1], article.sentences[0])


def test_a_quote_over_three_sentences_is_heard_whole_to_its_speaker_or_not_at_all():
    article = make_article(
        "The Port Alder ferry returns to service on Monday after ten weeks of repairs.",
        "\u201cWe have waited ten weeks for this ferry and the whole town felt it.",
        "Bakers, nurses and cleaners had to find another way to work every day.",
        "Now they can take the boat again,\u201d said harbourmaster Ines Varga on Friday.",
        "The first week of crossings will be free for every passenger, the council said.",
    )
    scored = score_sentences(article)
    costs = {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0, 4: 1.0}
    chosen = [s.index for s in fill(scored, 10.0, lambda s: costs[s.index], exclude={0},
                                    after=0)]
    assert chosen == [1, 2, 3, 4]
    # Not enough time for the whole quote: no part of it, never its middle alone.
    chosen = [s.index for s in fill(scored, 2.0, lambda s: costs[s.index], exclude={0},
                                    after=0)]
    assert chosen == [4]


def test_a_quote_whose_speaker_is_never_named_is_not_heard():
    article = make_article(
        "The Port Alder ferry returns to service on Monday after ten weeks of repairs.",
        "\u201cWe have waited ten weeks for this ferry and the whole town felt it.",
        "Now they can take the boat again to the market.\u201d",
        "The first week of crossings will be free for every passenger, the council said.",
    )
    chosen = [s.index for s in fill(score_sentences(article), 10.0, lambda s: 1.0,
                                    exclude={0}, after=0)]
    assert chosen == [3]


def test_a_lead_that_makes_a_claim_is_heard_with_its_denial_whatever_the_time():
    article = make_article(
        "Two ministries accused the harbour board of hiding the cost of the pier repairs.",
        "The harbour board rejected the accusation as false and published every contract.",
        "The ferry will return to full service by the summer season, the council said.",
    )
    chosen = [s.index for s in fill(score_sentences(article), 0.5, lambda s: 1.0,
                                    exclude={0}, after=0)]
    assert chosen == [1]


def test_rows_of_a_table_are_not_copy():
    from briefing.writing.condense import is_table_row, stands

    assert is_table_row("DL Ana Reyes 41 62% 3 tackles (1 combined).")
    assert is_table_row("1 sack, 2 TFL, 1 QH, 1 pass defended.")
    assert not stands(Sentence(3, "DL Ana Reyes 41 62% 3 tackles (1 combined).", 1))
    # Figures in a sentence are news, not a table.
    assert not is_table_row("The index fell 1.2% to 27,500 and the other lost 0.8% to 3,100.")
    assert not is_table_row("The council voted 7 to 2 on May 3 to fund 40 buses.")


def test_a_which_opener_leans_on_the_sentence_before():
    assert is_dangling(Sentence(4, "Which is not to say the ferry was ever safe.", 2))


def test_the_report_is_not_heard_before_a_report_is_mentioned():
    article = make_article(
        "The Port Alder ferry returns to service on Monday after ten weeks of repairs.",
        "Commuters had used a bus detour that added forty minutes to each trip.",
        "The report blamed a jammed loading ramp for the long closure of the pier.",
        "The first week of crossings will be free for every passenger, the council said.",
    )
    chosen = [s.index for s in fill(score_sentences(article), 10.0, lambda s: 1.0,
                                    exclude={0}, after=0)]
    assert chosen == [1, 3]
    told = make_article(
        "The Port Alder ferry returns to service on Monday, a harbour report said.",
        "Commuters had used a bus detour that added forty minutes to each trip.",
        "The report blamed a jammed loading ramp for the long closure of the pier.",
    )
    chosen = [s.index for s in fill(score_sentences(told), 10.0, lambda s: 1.0,
                                    exclude={0}, after=0)]
    assert chosen == [1, 2]


def test_the_same_and_the_latter_lean_on_the_sentence_before():
    for text in ("The same goes for the ferry's second engine, the report said.",
                 "The latter will take another month to reach the pier.",
                 "Another crossing is planned for the summer season."):
        assert is_dangling(Sentence(3, text, 1)), text
    assert not is_dangling(Sentence(3, "The samples were sent to a lab in the capital.", 1))


def test_a_pronoun_after_a_short_opening_phrase_still_leans_back():
    assert is_dangling(Sentence(5, "On the bright side, his defence has been great all year.", 3))
    assert is_dangling(Sentence(5, "In the end, they agreed to a second vote in March.", 3))
    # A name after the opening phrase stands on its own.
    assert not is_dangling(Sentence(5, "In the end, the council agreed to a second vote.", 3))


def test_the_announcement_is_introduced_by_its_verb():
    from briefing.writing.references import things_unheard

    later = Sentence(3, "The announcement came after a long meeting at the harbour.", 2)
    assert things_unheard(later, ["The ferry returns on Monday, the city announced."]) == set()
    assert things_unheard(later, ["The ferry returns on Monday."]) == {"announcement"}
    statement = Sentence(4, "The statement gave no date for the repairs to the pier.", 2)
    assert things_unheard(statement, ["The board stated that the pier was safe."]) == set()


def test_a_quote_opened_after_its_speaker_is_never_heard_from_its_middle():
    # The speaker comes first and the quote runs on past the sentence's end: what follows
    # is the speaker's opinion, and heard alone it would sound like the newsreader's.
    article = make_article(
        "The Port Alder ferry returns to service on Monday after ten weeks of repairs.",
        "Councillor Rui Mota said, \u201cThe repairs took twice as long as we were told.",
        "The harbour board misled every family in this town about the cost of the work.",
        "\u201cIt is time the board answered for it,\u201d Mota said at the quay on Friday.",
        "The first week of crossings will be free for every passenger, the council said.",
    )
    chosen = [s.index for s in fill(score_sentences(article), 10.0, lambda s: 1.0,
                                    exclude={0, 1}, after=0)]
    assert 2 not in chosen and 3 not in chosen
    assert 4 in chosen
