"""History on disk (SQLite) and exports. Never imports textual."""
