"""Package data: the web UI's stylesheet."""
