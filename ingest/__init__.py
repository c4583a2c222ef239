"""Ingest: plan files to graph records (reader -> table model -> roles -> cells -> resolution -> records)."""

__all__: list[str] = []
