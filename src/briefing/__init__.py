"""briefing: turn a news article into a timed on-air radio briefing."""

__version__ = "0.1.0"
