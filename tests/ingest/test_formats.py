import datetime as dt

from briefing.ingest.article import load_article, parse_article
from briefing.ingest.formats import Format, detect


def test_detects_format_from_content(fixtures_dir, sample_path):
    assert detect((fixtures_dir / "council-page.html").read_text(encoding="utf-8")) is Format.HTML
    assert detect((fixtures_dir / "council-brief.md").read_text(encoding="utf-8")) \
        is Format.MARKDOWN
    assert detect(sample_path.read_text(encoding="utf-8")) is Format.TEXT


def test_html_page_to_article(fixtures_dir):
    article = load_article(fixtures_dir / "council-page.html")
    assert article.title == "Riverton council backs night bus pilot"
    assert article.byline == "Mira Castellanos"
    assert article.source == "Riverton Courier"
    assert article.published == dt.date(2026, 10, 14)
    text = " ".join(s.text for s in article.sentences)
    assert text.startswith("The Riverton city council voted 7 to 2 on Tuesday")
    for cruft in ("Subscribe", "newsletter", "waits at the Elm Street depot", "Questions about",
                  "Library hours", "All rights reserved", "Home"):
        assert cruft not in text, cruft


def test_html_named_txt_and_from_stdin_is_still_html(fixtures_dir, monkeypatch):
    import io

    html = (fixtures_dir / "council-page.html").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(html)))
    assert load_article("-").title == "Riverton council backs night bus pilot"


def test_markdown_to_article(fixtures_dir):
    article = load_article(fixtures_dir / "council-brief.md")
    assert article.title == "Riverton council backs night bus pilot"
    text = " ".join(s.text for s in article.sentences)
    assert "Harbor Line and the University Line" in text  # link text kept, address dropped
    assert "https://" not in text and "**" not in text and "bus.jpg" not in text
    assert "Questions about cost" not in text
    assert '"People who keep this city running at night deserve a ride home,"' in text


def test_briefing_from_html_speaks_only_the_body(fixtures_dir):
    from briefing.clock.plan import plan_script
    from briefing.script.templates import ScriptTemplate, find_template
    from briefing.voices.profiles import load_voice

    article = load_article(fixtures_dir / "council-page.html")
    body = {s.text for s in article.sentences}
    plan = plan_script(article, ScriptTemplate(find_template("brief")), load_voice(), 30.0)
    spoken = [(c, w) for seg in plan.script.segments if seg.sources
              for c, w in zip(seg.copy, seg.written, strict=True)]
    # Each spoken line is a body sentence as written, or that sentence with an aside cut.
    assert spoken and all(w in body for _, w in spoken)
    def words(text):
        return {x.strip(".,;:") for x in text.split()}

    assert all(words(c) <= words(w) for c, w in spoken)


def test_plain_text_without_a_headline_keeps_its_first_sentence():
    article = parse_article(
        "The ferry returned to service on Monday after ten weeks of repairs.\n\n"
        "Riders said they were relieved to skip the long bridge detour.\n")
    assert article.sentences[0].text.startswith("The ferry returned")


def test_what_a_page_hides_from_readers_is_not_read(fixtures_dir):
    page = (fixtures_dir / "council-page.html").read_text(encoding="utf-8")
    hidden = ('<p hidden>A hidden note for the web team, never for readers.</p>'
              '<div aria-hidden="true"><p>Decorative pull text the page keeps from '
              'screen readers as well.</p></div>')
    at = page.index("<p>", page.index("<article"))
    article = parse_article(page[:at] + hidden + page[at:])
    text = " ".join(s.text for s in article.sentences)
    assert "hidden note" not in text and "Decorative pull text" not in text
    assert "night bus" in text


def test_markdown_front_matter_gives_the_metadata():
    text = ('---\ntitle: "Riverton backs the night bus"\nauthor: Mira Castellanos\n'
            "date: 2026-10-14\ntags: [transport, council]\n---\n\n"
            "# Riverton backs the night bus\n\n"
            "The Riverton council voted on Tuesday to run a night bus for six months. "
            "The pilot starts in January and costs the town about forty thousand dollars.\n\n"
            "Councillors said the route would serve hospital and factory shift workers.\n")
    article = parse_article(text)
    assert article.title == "Riverton backs the night bus"
    assert article.byline == "Mira Castellanos"
    assert article.published == dt.date(2026, 10, 14)
    assert article.sentences[0].text.startswith("The Riverton council voted")
