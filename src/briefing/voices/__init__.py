"""Voices: profiles, lexicons and the engines that speak."""
