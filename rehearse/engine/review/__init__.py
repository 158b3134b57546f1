"""Reviewing: a finished session into the feedback report and its renderings."""
