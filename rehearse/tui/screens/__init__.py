"""One screen per mode, and the modal dialogs that return values."""
