"""Plans ingest has never seen: text and markdown files, and writers for the binary formats."""
