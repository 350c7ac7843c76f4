"""Writing: the article's sentences chosen, tightened and said for the ear."""
