"""Loading: YAML files into checked, immutable scenarios, with the caches that make it fast."""
