"""Ingest: a page (text, HTML, Markdown) to an Article, web cruft removed."""
