"""Delivery: MP3, Broadcast WAV, sidecars and script files written."""
