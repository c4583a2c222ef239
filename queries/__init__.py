"""The coordinators' questions, answered over any GraphStore."""

__all__: list[str] = []
