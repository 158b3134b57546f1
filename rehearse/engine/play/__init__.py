"""Playing: a session over a scenario, and the understanding of what a person types."""
