"""rehearse: practise hard conversations with a therapist before having them for real."""

__version__ = "0.1.0"
