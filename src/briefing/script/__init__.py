"""Script: templates rendered into segments of broadcast copy."""
