"""Curated gazetteer data shipped with ingest (CSV files read by `ingest.gazetteer`)."""
