"""The dialogue engine: scenario model, loader and diagnostics, runner, feedback. Never imports textual."""
