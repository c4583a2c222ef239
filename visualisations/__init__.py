"""Interactive partner network diagrams built from query results."""

__all__: list[str] = []
