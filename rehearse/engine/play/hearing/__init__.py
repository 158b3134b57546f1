"""Hearing typed replies: normalising, lexicon, stance, matching and detectors in one place."""
