"""Package data: the Jinja2 templates of the diagram section and the standalone diagram page."""
