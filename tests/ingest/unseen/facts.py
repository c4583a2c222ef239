"""Expected facts of an unseen plan, written before running ingest on it, and the check that
compares them with an `Extraction` action by action."""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.extraction import ActionOut, Extraction


@dataclass(frozen=True)
class Expected:
    """What a reader of the plan sees in one action. `None` means "not checked"."""

    text: str | None = None
    theme: str | None = None
    leads: list[str] = field(default_factory=list)
    partners: list[str] | None = None
    due: str | None = None
    recurrence: str | None = None
    objective: str | None = None
    status: str | None = None
    lead_pending: str | None = None


def by_ref(extraction: Extraction) -> dict[str, ActionOut]:
    actions = {a.ref: a for a in extraction.actions if a.ref}
    assert len(actions) == len(extraction.actions), "every action has its own reference"
    return actions


def differences(action: ActionOut, expected: Expected) -> list[str]:
    """Each way the action differs from what the plan says, as a readable line."""
    found: list[str] = []

    def differ(label: str, got: object, want: object) -> None:
        if want is not None and got != want:
            found.append(f"{label}: got {got!r}, expected {want!r}")

    differ("text", action.text, expected.text)
    differ("theme", action.theme, expected.theme)
    differ("leads", [lead.name for lead in action.leads], expected.leads)
    differ("partners", [p.name for p in action.partners], expected.partners)
    differ("due", action.due, expected.due)
    differ("recurrence", action.recurrence, expected.recurrence)
    differ("objective", action.objective, expected.objective)
    differ("status", action.status, expected.status)
    differ("lead_pending", action.lead_pending, expected.lead_pending)
    return found


def check_actions(actions: dict[str, ActionOut], expected: dict[str, Expected]) -> None:
    assert sorted(actions) == sorted(expected)
    problems = {
        ref: found for ref in expected if (found := differences(actions[ref], expected[ref]))
    }
    assert not problems, "\n".join(f"{ref}: {'; '.join(p)}" for ref, p in problems.items())
