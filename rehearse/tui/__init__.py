"""The Textual app: screens per mode, widgets that post messages up, one stylesheet."""
