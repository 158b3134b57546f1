"""Reusable widgets; none of them touches the store or the runner."""
