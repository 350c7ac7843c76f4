"""The programme's sample rate, in a module of its own: a preview needs the number without
loading the audio stage's libraries."""

OUTPUT_RATE = 44100
"""Sample rate of the programme from assembly on (the engines' audio is resampled to it)."""
