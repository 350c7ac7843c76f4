"""The studio: review, edit and approve a briefing in the browser (`briefing studio`)."""
