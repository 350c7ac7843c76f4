"""Shared by every stage: errors, resources, atomic files, PCM, language."""
