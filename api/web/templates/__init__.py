"""Package data: the web UI's Jinja2 templates (autoescaped, every one of them)."""
