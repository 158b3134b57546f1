"""Tools for scenario authors: graphs, automated playtests, scaffolds, Twine import and the JSON Schemas."""
