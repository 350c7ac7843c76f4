"""Audio: assembly of the voice, music under and around it, loudness."""
