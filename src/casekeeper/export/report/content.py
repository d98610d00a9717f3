"""What the report says, read from the redacted case document only.

Nothing here sees the store: the layout gets names, dates and labels from
the document ``export.redaction.redact`` returned, so a withheld value can
never reach it. Where a value was withheld and the document holds null
(a date, a status, a GPS position), :meth:`Content.value` finds the entry in
the document's ``redaction`` section and gives its marker instead
("[withheld: no consent]"), so the reader knows.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Any

from casekeeper.errors import InvalidDate
from casekeeper.export.redaction import marker
from casekeeper.fuzzydate import parse

RECORD_OF = {  # the redaction section's record names, by document list
    "people": "person", "events": "event", "sources": "source", "claims": "claim",
    "evidence": "evidence item", "documents": "identity document",
}


def words(code: Any) -> str:
    """A vocabulary code as words: 'news_article' -> 'news article'."""
    return str(code or "").replace("_", " ")


def fuzzy(text: Any) -> str:
    """A stored partial date as a person reads it: 'July 2025', 'c. 2018'."""
    if text in (None, ""):
        return ""
    try:
        return parse(str(text)).display()
    except InvalidDate:
        return str(text)


def moment(text: Any) -> str:
    """'2025-07-24T09:39:00Z' -> '24 July 2025, 09:39 UTC'."""
    if not text:
        return ""
    value = str(text)
    day, _, clock = value.partition("T")
    shown = fuzzy(day)
    return f"{shown}, {clock[:5]} UTC" if clock else shown


def _sort_key(event: dict[str, Any]) -> tuple[Any, ...]:
    try:
        return (0, parse(str(event.get("date"))).sort_key(), event.get("title") or "")
    except InvalidDate:
        return (1, (), event.get("title") or "")


def values_agree(a: str, b: str) -> bool:
    """Same value, or two dates that can both be true ('July 2025', '23 July 2025')."""
    if a.strip().casefold() == b.strip().casefold():
        return True
    try:
        return parse(a).overlaps(parse(b))
    except InvalidDate:
        return False


@dataclass(frozen=True)
class Disagreement:
    subject: str  # what a person calls the subject
    field: str
    claims: list[dict[str, Any]]


class Content:
    def __init__(self, document: dict[str, Any]) -> None:
        self.doc = document
        self.case: dict[str, Any] = document.get("case") or {}
        red = document.get("redaction") or {}
        self.audience = str(red.get("audience") or "")
        self.left_out: dict[str, int] = dict(red.get("left_out") or {})
        self.withheld_entries: list[dict[str, str]] = list(red.get("withheld") or [])
        self._withheld: dict[tuple[str, str, str], str] = {}
        for w in self.withheld_entries:
            self._withheld.setdefault((w["record"], w["id"], w["field"]), w["reason"])
        self.people: list[dict[str, Any]] = list(document.get("people") or [])
        self.events: list[dict[str, Any]] = list(document.get("events") or [])
        self.sources: list[dict[str, Any]] = list(document.get("sources") or [])
        self.claims: list[dict[str, Any]] = list(document.get("claims") or [])
        self.evidence: list[dict[str, Any]] = list(document.get("evidence") or [])
        self.source_number = {s["id"]: n for n, s in enumerate(self.sources, start=1)}
        self.evidence_number = {e["id"]: n for n, e in enumerate(self.evidence, start=1)}
        self._names = {p["id"]: self._first_name(p) for p in self.people}
        self._places = {p["id"]: self._first_name(p) for p in document.get("places") or []}
        self._orgs = {o["id"]: self._first_name(o) for o in document.get("organizations") or []}

    # --- values --------------------------------------------------------------------

    @staticmethod
    def _first_name(record: dict[str, Any]) -> str:
        names = sorted(record.get("names") or [], key=lambda n: n.get("position", 0))
        return str(names[0].get("text") or "") if names else ""

    def withheld(self, record: str, ident: str, field: str) -> str:
        """The marker for a withheld field, or '' when nothing was withheld there."""
        reason = self._withheld.get((record, ident, field))
        return marker(reason) if reason else ""

    def value(self, record: str, item: dict[str, Any], field: str, shown: Any = None) -> str:
        """A field as text (``shown``: already formatted), or its withheld marker."""
        raw = item.get(field)
        if raw not in (None, "", []):
            return str(shown if shown is not None else raw)
        return self.withheld(record, str(item.get("id", "")), field)

    def person_name(self, ident: str | None) -> str:
        if not ident:
            return ""
        return self._names.get(ident) or "(a person not in this report)"

    def place_name(self, ident: str | None) -> str:
        return self._places.get(ident or "", "")

    def organization_name(self, ident: str | None) -> str:
        return self._orgs.get(ident or "", "")

    def citations(self, subject_type: str, subject_id: str) -> list[int]:
        """Numbers of the sources with claims about this subject."""
        found = {
            self.source_number[c["source_id"]]
            for c in self.claims
            if c.get("subject_type") == subject_type and c.get("subject_id") == subject_id
            and c.get("source_id") in self.source_number
        }
        return sorted(found)

    # --- sections ------------------------------------------------------------------

    def timeline(self) -> list[dict[str, Any]]:
        return sorted(self.events, key=_sort_key)

    def roles_of(self, person_id: str) -> list[dict[str, Any]]:
        return [r for r in self.doc.get("roles") or [] if r.get("person_id") == person_id]

    def relationships(self) -> list[tuple[str, str, str, str]]:
        """(person, kind, relative, note) for each relationship shown."""
        return [
            (self.person_name(r.get("person_id")), words(r.get("kind")),
             self.person_name(r.get("relative_id")), str(r.get("note") or ""))
            for r in self.doc.get("relationships") or []
        ]

    def subject_label(self, subject_type: str, subject_id: str) -> str:
        if subject_type == "person":
            return self.person_name(subject_id)
        if subject_type == "event":
            event = next((e for e in self.events if e["id"] == subject_id), None)
            return str(event.get("title") or "an event") if event else "an event not shown"
        if subject_type == "case":
            return f"case {self.case.get('ref', '')}"
        for person in self.people:
            for key, kind in (("citizenships", "citizenship"), ("documents", "document")):
                for item in person.get(key) or []:
                    if item.get("id") == subject_id:
                        what = item.get("country") or words(item.get("kind")) or kind
                        return f"{self._names.get(person['id'], '')}: {what} {kind}"
        return words(subject_type)

    def disagreements(self) -> list[Disagreement]:
        groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
        for c in self.claims:
            key = (str(c.get("subject_type")), str(c.get("subject_id")), str(c.get("field")))
            groups.setdefault(key, []).append(c)
        out = []
        for (kind, ident, field), group in groups.items():
            values = [str(c.get("value") or "") for c in group]
            if any(not values_agree(a, b) for a, b in combinations(values, 2)):
                out.append(Disagreement(self.subject_label(kind, ident), words(field), group))
        return out

    def withheld_lines(self) -> list[str]:
        """What this audience does not receive, by kind of record and reason (no values)."""
        counts: dict[tuple[str, str, str], int] = {}
        for w in self.withheld_entries:
            what = "whole records" if w["field"] == "*" else words(w["field"])
            key = (w["record"], what, w["reason"])
            counts[key] = counts.get(key, 0) + 1
        lines = [
            f"{record}: {what} withheld ({reason})" + (f", {n} times" if n > 1 else "")
            for (record, what, reason), n in sorted(counts.items())
        ]
        lines += [f"{n} {key} left out entirely" for key, n in sorted(self.left_out.items())]
        return lines
