"""The JSON interchange document: one case, everything recorded about it.

ARCHITECTURE.md section 7: "one documented, versioned document per case,
imported and exported losslessly". The format is described for people in
``docs/case-document.md`` and for machines in
``docs/case-document.schema.json`` (both follow ``interchange_spec``, the
one table of what the document holds).

This module is pure: :func:`build_document` turns ORM objects someone else
loaded into a plain dict, :func:`parse_document` checks a dict read from
JSON and turns it into Python values ready for the models. Neither knows
about sessions or transactions (``services/interchange.py`` does).

The document is written so that the same data always gives the same text:
every list in a fixed order, keys sorted, ids and timestamps carried. Only
``exported_at`` changes from one export to the next; :func:`comparable`
leaves it out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from casekeeper import fuzzydate
from casekeeper.errors import InterchangeInvalid, InterchangeTooNew, InvalidDate
from casekeeper.fuzzydate import FuzzyDate
from casekeeper.store import models as m
from casekeeper.store.vocab import RoleKind, choices

from .interchange_spec import (
    BOOL,
    CASE,
    CITIZENSHIP,
    CLAIM,
    CONSENT,
    DATETIME,
    DAY,
    ENUM,
    EVENT,
    EVIDENCE,
    FIELD_SENSITIVITY,
    FLOAT,
    FUZZY,
    ID,
    IDENTITY_DOCUMENT,
    INT,
    LISTS,
    ORGANIZATION,
    ORGANIZATION_NAME,
    PARTICIPANT,
    PERSON,
    PERSON_NAME,
    PLACE,
    PLACE_NAME,
    RELATIONSHIP,
    ROLE,
    SOURCE,
    TASK,
    TEXT,
    Field,
    Record,
    json_schema,
)

FORMAT = "casekeeper-case"
VERSION = 1

MAX_PROBLEMS_SHOWN = 5

Values = dict[str, Any]


# --- Python values <-> JSON values -----------------------------------------------------


def format_datetime(value: datetime) -> str:
    """UTC, ISO 8601, 'Z' for the zone; microseconds only when there are some."""
    if value.tzinfo is None:
        raise ValueError("naive datetime in a case document")
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _to_json(f: Field, value: Any) -> Any:
    if value is None:
        return None
    if f.kind == DATETIME:
        return format_datetime(value)
    if f.kind == DAY:
        return value.isoformat()
    if f.kind == FUZZY:
        return str(value)
    if f.kind == FLOAT:
        return float(value)
    if f.kind == INT:
        return int(value)
    if f.kind == BOOL:
        return bool(value)
    return value


def render(record: Record, values: Values) -> dict[str, Any]:
    """A record's Python values (as :func:`values_of` or :func:`parse_document`
    give them) in the document's JSON form, nested lists included."""
    out: dict[str, Any] = {f.name: _to_json(f, values.get(f.name)) for f in record.fields}
    for child in record.children:
        out[child.key] = [render(child.record, v) for v in values.get(child.key, [])]
    return out


def values_of(record: Record, obj: Any, children: dict[str, Sequence[Any]] | None = None) -> Values:
    """An ORM object's values for ``record``; nested lists come from the
    object's relationships unless ``children`` gives them (a person's
    consents: only those of this case travel)."""
    out: Values = {f.name: getattr(obj, f.name) for f in record.fields}
    for child in record.children:
        items = (children or {}).get(child.key)
        if items is None:
            items = getattr(obj, child.key)
        rows = [values_of(child.record, item) for item in items]
        out[child.key] = sorted(rows, key=CHILD_ORDER[child.record.key])
    return out


# --- order ----------------------------------------------------------------------------


def _opt(value: Any) -> tuple[bool, Any]:
    """Sort key part for a value that may be None: None last."""
    return (value is None, value if value is not None else "")


def _fuzzy_key(value: FuzzyDate | None) -> tuple[Any, ...]:
    return (value is None, value.sort_key() if value is not None else ())


def _first_name(values: Values) -> str:
    names = values.get("names") or []
    return names[0]["text"].casefold() if names else ""


CHILD_ORDER: dict[str, Callable[[Values], Any]] = {
    "personName": lambda v: (v["position"], v["id"]),
    "placeName": lambda v: (v["position"], v["id"]),
    "organizationName": lambda v: (v["position"], v["id"]),
    "citizenship": lambda v: (_fuzzy_key(v["acquired"]), v["country"].casefold(), v["id"]),
    "identityDocument": lambda v: (v["kind"], _fuzzy_key(v["issued"]), v["id"]),
    "consent": lambda v: (_opt(v["recorded_on"]), v["id"]),
    "custodyEvent": lambda v: (_opt(v["at"]), v["id"]),
    "participant": lambda v: (
        v["person_id"] is None,
        v["role"],
        v["person_id"] or "",
        v["organization_id"] or "",
        v["id"],
    ),
}

_ROLE_RANK = {kind: i for i, kind in enumerate(choices(RoleKind))}


# --- writing -----------------------------------------------------------------------------


def build_document(
    case: m.Case,
    *,
    people: Iterable[m.Person] = (),
    roles: Iterable[m.Role] = (),
    relationships: Iterable[m.Relationship] = (),
    places: Iterable[m.Place] = (),
    organizations: Iterable[m.Organization] = (),
    events: Iterable[m.Event] = (),
    sources: Iterable[m.Source] = (),
    claims: Iterable[m.Claim] = (),
    evidence: Iterable[m.Evidence] = (),
    tasks: Iterable[m.Task] = (),
    consents: Iterable[m.Consent] = (),
    field_sensitivity: Iterable[m.FieldSensitivity] = (),
    exported_at: datetime | None = None,
) -> dict[str, Any]:
    """The document for ``case`` from records already chosen and loaded.

    Choosing (which people, which consents) is the caller's business; this
    only orders and writes. People come victims first, then by role and
    name; events in date order (undated last); the rest by time made, by
    position or by id, every tie broken by id, so equal data gives an equal
    document. ``exported_at`` None leaves the key out.
    """
    role_list = list(roles)
    consents_by_person: dict[str, list[m.Consent]] = {}
    for consent in consents:
        consents_by_person.setdefault(consent.person_id, []).append(consent)

    person_values = [
        values_of(PERSON, p, {"consents": consents_by_person.pop(p.id, [])}) for p in people
    ]
    if consents_by_person:
        raise ValueError(f"consents of people not in the document: {sorted(consents_by_person)}")
    rank: dict[str, int] = {}
    for r in role_list:
        rank[r.person_id] = min(rank.get(r.person_id, 99), _ROLE_RANK.get(r.kind, 98))
    person_values.sort(key=lambda v: (rank.get(v["id"], 99), _first_name(v), v["id"]))
    person_index = {v["id"]: i for i, v in enumerate(person_values)}

    def by_person(pid: str) -> tuple[int, str]:
        return (person_index.get(pid, len(person_index)), pid)

    lists: dict[str, list[Values]] = {
        "people": person_values,
        "roles": sorted(
            (values_of(ROLE, r) for r in role_list),
            key=lambda v: (by_person(v["person_id"]), _ROLE_RANK.get(v["kind"], 98), v["id"]),
        ),
        "relationships": sorted(
            (values_of(RELATIONSHIP, r) for r in relationships),
            key=lambda v: (
                by_person(v["person_id"]),
                by_person(v["relative_id"]),
                v["kind"],
                v["id"],
            ),
        ),
        "places": sorted(
            (values_of(PLACE, p) for p in places), key=lambda v: (_first_name(v), v["id"])
        ),
        "organizations": sorted(
            (values_of(ORGANIZATION, o) for o in organizations),
            key=lambda v: (_first_name(v), v["id"]),
        ),
        "events": sorted(
            (values_of(EVENT, e) for e in events),
            key=lambda v: (_fuzzy_key(v["date"]), _opt(v["created_at"]), v["id"]),
        ),
        "sources": sorted(
            (values_of(SOURCE, s) for s in sources), key=lambda v: (_opt(v["created_at"]), v["id"])
        ),
        "claims": sorted(
            (values_of(CLAIM, c) for c in claims),
            key=lambda v: (
                v["subject_type"],
                v["subject_id"],
                v["field"],
                _opt(v["created_at"]),
                v["id"],
            ),
        ),
        "evidence": sorted(
            (values_of(EVIDENCE, e) for e in evidence),
            key=lambda v: (_opt(v["created_at"]), v["id"]),
        ),
        "tasks": sorted(
            (values_of(TASK, t) for t in tasks),
            key=lambda v: (_opt(v["due"]), _opt(v["created_at"]), v["id"]),
        ),
        "field_sensitivity": sorted(
            (values_of(FIELD_SENSITIVITY, f) for f in field_sensitivity),
            key=lambda v: (v["entity"], v["entity_id"], v["field"], v["id"]),
        ),
    }
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "case": render(CASE, values_of(CASE, case)),
    }
    if exported_at is not None:
        doc["exported_at"] = format_datetime(exported_at)
    records = dict(LISTS)
    for key, rows in lists.items():
        doc[key] = [render(records[key], v) for v in rows]
    return doc


def dumps(doc: dict[str, Any]) -> str:
    """The canonical text: UTF-8 as is (names stay readable), two-space
    indent, keys sorted, one newline at the end. Equal documents give equal bytes."""
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def comparable(doc: dict[str, Any]) -> dict[str, Any]:
    """The document without ``exported_at``: what two exports of the same
    data have in common, byte for byte once dumped."""
    return {k: v for k, v in doc.items() if k != "exported_at"}


def schema() -> dict[str, Any]:
    """The JSON Schema of this version (``docs/case-document.schema.json``)."""
    return json_schema(FORMAT, VERSION)


# --- reading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseDocument:
    """A checked document: Python values by model attribute name (datetimes
    aware UTC, partial dates as FuzzyDate, days as date), nested lists under
    their document keys. ``ignored`` lists keys this version does not know
    (written by a later CaseKeeper); they are not imported."""

    version: int
    exported_at: datetime | None
    case: Values
    people: list[Values]
    roles: list[Values]
    relationships: list[Values]
    places: list[Values]
    organizations: list[Values]
    events: list[Values]
    sources: list[Values]
    claims: list[Values]
    evidence: list[Values]
    tasks: list[Values]
    field_sensitivity: list[Values]
    ignored: tuple[str, ...] = ()

    def records(self, key: str) -> list[Values]:
        return getattr(self, key)  # type: ignore[no-any-return]


class _Bad:
    """Marks a value that could not be read (the problem is already noted)."""


_BAD = _Bad()

_KNOWN_TOP = {"format", "version", "exported_at", "case", *(key for key, _ in LISTS)}


def _what(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _quote(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "…")


_EXPECTED = {
    ID: "an id (text)",
    TEXT: "text",
    ENUM: "text",
    FUZZY: "a date as text",
    DATETIME: "a date and time as text",
    DAY: "a date as text",
    INT: "a whole number",
    FLOAT: "a number",
    BOOL: "true or false",
}


class _Reader:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.ignored: list[str] = []

    def problem(self, path: str, text: str) -> _Bad:
        self.problems.append(f"{path}: {text}")
        return _BAD

    # --- one value ---

    def value(self, f: Field, raw: Any, path: str) -> Any:
        if raw is None:
            if f.nullable:
                return None
            return self.problem(path, f"expected {_EXPECTED[f.kind]}, got null")
        if f.kind in (INT, FLOAT):
            if isinstance(raw, bool) or not isinstance(raw, int | float):
                return self.problem(path, f"expected {_EXPECTED[f.kind]}, got {_what(raw)}")
            if f.kind == INT:
                if isinstance(raw, float) and not raw.is_integer():
                    return self.problem(path, f"expected a whole number, got {raw}")
                raw = int(raw)
            else:
                raw = float(raw)
            if f.minimum is not None and raw < f.minimum:
                return self.problem(path, f"{raw} is below {f.minimum:g}")
            if f.maximum is not None and raw > f.maximum:
                return self.problem(path, f"{raw} is above {f.maximum:g}")
            return raw
        if f.kind == BOOL:
            if not isinstance(raw, bool):
                return self.problem(path, f"expected true or false, got {_what(raw)}")
            return raw
        if not isinstance(raw, str):
            return self.problem(path, f"expected {_EXPECTED[f.kind]}, got {_what(raw)}")
        return self._text_value(f, raw, path)

    def _text_value(self, f: Field, raw: str, path: str) -> Any:
        if f.kind == ID:
            if not raw or len(raw) > 32 or not all(c in _ID_CHARS for c in raw):
                return self.problem(
                    path,
                    f"{_quote(raw)} is not a record id "
                    "(1 to 32 lowercase letters, digits, '-' or '_')",
                )
            return raw
        if f.kind == ENUM:
            assert f.enum is not None
            allowed = choices(f.enum)
            if raw not in allowed:
                return self.problem(path, f"{_quote(raw)} is not one of: {', '.join(allowed)}")
            return raw
        if f.kind == FUZZY:
            try:
                return fuzzydate.parse(raw)
            except InvalidDate:
                return self.problem(
                    path,
                    f"{_quote(raw)} is not a date CaseKeeper understands "
                    "(examples: 2025, 2025-07, 2025-07-23, ~2018, 2025-07-22/2025-07-23)",
                )
        if f.kind == DATETIME:
            return self._datetime(raw, path)
        if f.kind == DAY:
            try:
                return date.fromisoformat(raw)
            except ValueError:
                return self.problem(path, f"{_quote(raw)} is not a date in the form YYYY-MM-DD")
        # TEXT
        if f.nonempty and not raw.strip():
            return self.problem(path, "cannot be empty")
        if f.max_length is not None and len(raw) > f.max_length:
            return self.problem(path, f"too long ({len(raw)} characters, at most {f.max_length})")
        if f.pattern is not None and not re.search(f.pattern, raw):
            hint = (f.description or f.pattern).rstrip(".")
            return self.problem(path, f"{_quote(raw)} is not in the expected form ({hint})")
        return raw

    def _datetime(self, raw: str, path: str) -> Any:
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            value = None
        if value is None or value.tzinfo is None:
            return self.problem(
                path,
                f"{_quote(raw)} is not a date and time with its zone "
                "(example: 2025-07-24T09:00:00Z)",
            )
        return value.astimezone(UTC)

    # --- records ---

    def record(self, record: Record, raw: Any, path: str) -> Values:
        if not isinstance(raw, dict):
            self.problem(path, f"expected an object ({record.label}), got {_what(raw)}")
            return {}
        out: Values = {}
        for f in record.fields:
            where = f"{path}.{f.name}"
            if f.name not in raw:
                if f.required:
                    self.problem(where, "missing")
                else:
                    out[f.name] = f.default_value()
                continue
            value = self.value(f, raw[f.name], where)
            if value is not _BAD:
                out[f.name] = value
        for child in record.children:
            out[child.key] = self.list(
                child.record,
                raw.get(child.key, []),
                f"{path}.{child.key}",
                present=child.key in raw,
                min_items=child.min_items,
            )
        known = {f.name for f in record.fields} | {c.key for c in record.children}
        self.ignored.extend(f"{path}.{key}" for key in sorted(raw) if key not in known)
        return out

    def list(
        self, record: Record, raw: Any, path: str, *, present: bool = True, min_items: int = 0
    ) -> list[Values]:
        if not isinstance(raw, list):
            self.problem(path, f"expected a list, got {_what(raw)}")
            return []
        if len(raw) < min_items:
            what = "missing" if not present else "empty"
            self.problem(path, f"{what} (at least {min_items} {record.label} needed)")
        return [self.record(record, item, f"{path}[{i}]") for i, item in enumerate(raw)]


_ID_CHARS = frozenset("0123456789abcdefghijklmnopqrstuvwxyz-_")


def parse_document(data: Any, *, source: str = "document") -> CaseDocument:
    """Check a document read from JSON; the values are ready for the models.

    Raises InterchangeTooNew for a version newer than this reader's (the body
    is not looked at), InterchangeInvalid naming each problem with its path
    ("people[2].names[0].text: missing") otherwise. Keys this version does
    not know are ignored and listed in ``CaseDocument.ignored``.
    """
    if not isinstance(data, dict):
        raise InterchangeInvalid(
            source, f"the document must be a JSON object ({{...}}), not {_what(data)}"
        )
    _check_header(data, source)
    reader = _Reader()
    case = reader.record(CASE, data.get("case"), "case") if "case" in data else {}
    if "case" not in data:
        reader.problem("case", "missing")
    lists: dict[str, list[Values]] = {}
    for key, record in LISTS:
        lists[key] = reader.list(record, data[key], key) if key in data else []
    exported_at = None
    if "exported_at" in data:
        exported_at = reader.value(
            Field("exported_at", DATETIME, nullable=True), data["exported_at"], "exported_at"
        )
    reader.ignored[:0] = sorted(key for key in data if key not in _KNOWN_TOP)
    _check_links(reader, case, lists)
    if reader.problems:
        raise InterchangeInvalid(source, _summary(reader.problems))
    return CaseDocument(
        version=data["version"],
        exported_at=None if exported_at is _BAD else exported_at,
        case=case,
        ignored=tuple(reader.ignored),
        **lists,
    )


def _check_header(data: dict[str, Any], source: str) -> None:
    if "format" not in data:
        raise InterchangeInvalid(
            source, f'format: missing (a case document starts with "format": "{FORMAT}")'
        )
    if data["format"] != FORMAT:
        shown = _quote(data["format"]) if isinstance(data["format"], str) else _what(data["format"])
        raise InterchangeInvalid(source, f"format: {shown} is not {FORMAT!r}")
    version = data.get("version")
    if "version" not in data:
        raise InterchangeInvalid(source, "version: missing")
    if isinstance(version, bool) or not isinstance(version, int):
        raise InterchangeInvalid(source, f"version: expected a whole number, got {_what(version)}")
    if version > VERSION:
        raise InterchangeTooNew(version)
    if version < 1:
        raise InterchangeInvalid(source, f"version: {version} is not a version (they start at 1)")


def _summary(problems: list[str]) -> str:
    shown = "; ".join(problems[:MAX_PROBLEMS_SHOWN])
    more = len(problems) - MAX_PROBLEMS_SHOWN
    if more > 0:
        shown += f"; and {more} more problem{'s' if more > 1 else ''}"
    return shown


def _check_links(reader: _Reader, case: Values, lists: dict[str, list[Values]]) -> None:
    """Ids unique per kind of record; every reference names a record of the document."""
    seen: dict[str, dict[str, str]] = {}

    def note_id(record: Record, values: Values, path: str) -> None:
        ident = values.get("id")
        if ident is None:
            return
        first = seen.setdefault(record.key, {}).setdefault(ident, path)
        if first != path:
            reader.problem(f"{path}.id", f"{ident!r} is used twice (also {first})")

    def walk(record: Record, values: Values, path: str) -> None:
        note_id(record, values, path)
        for child in record.children:
            for i, item in enumerate(values.get(child.key, [])):
                walk(child.record, item, f"{path}.{child.key}[{i}]")

    for key, record in LISTS:
        for i, values in enumerate(lists[key]):
            walk(record, values, f"{key}[{i}]")

    ids = {key: {v["id"] for v in rows if "id" in v} for key, rows in lists.items()}
    plural = {
        "people": "person",
        "places": "place",
        "organizations": "organization",
        "sources": "source",
        "evidence": "evidence item",
    }

    def check_refs(record: Record, values: Values, path: str) -> None:
        for f in record.fields:
            target = f.refers_to
            ref = values.get(f.name)
            if target is None or ref is None or ref in ids[target]:
                continue
            reader.problem(
                f"{path}.{f.name}", f"{ref!r} is not the id of a {plural[target]} in this document"
            )
        for child in record.children:
            for i, item in enumerate(values.get(child.key, [])):
                check_refs(child.record, item, f"{path}.{child.key}[{i}]")

    for key, record in LISTS:
        for i, values in enumerate(lists[key]):
            check_refs(record, values, f"{key}[{i}]")

    case_id = case.get("id")
    for i, person in enumerate(lists["people"]):
        for j, consent in enumerate(person.get("consents", [])):
            if consent.get("case_id") not in (None, case_id):
                reader.problem(
                    f"people[{i}].consents[{j}].case_id",
                    f"{consent['case_id']!r} is neither this case's id nor null",
                )
    _check_unique(reader, lists["roles"], "roles", ("person_id", "kind"), "has this role twice")
    _check_unique(
        reader,
        lists["relationships"],
        "relationships",
        ("person_id", "relative_id", "kind"),
        "is recorded twice",
    )
    for i, rel in enumerate(lists["relationships"]):
        if rel.get("person_id") is not None and rel.get("person_id") == rel.get("relative_id"):
            reader.problem(f"relationships[{i}]", "a person cannot be their own relative")


def _check_unique(
    reader: _Reader, rows: list[Values], key: str, columns: tuple[str, ...], what: str
) -> None:
    first: dict[tuple[Any, ...], int] = {}
    for i, row in enumerate(rows):
        if any(row.get(c) is None for c in columns):
            continue
        k = tuple(row[c] for c in columns)
        if k in first:
            reader.problem(f"{key}[{i}]", f"{what} (also {key}[{first[k]}])")
        else:
            first[k] = i


__all__ = [
    "FORMAT",
    "VERSION",
    "CASE",
    "CITIZENSHIP",
    "CLAIM",
    "CONSENT",
    "EVENT",
    "EVIDENCE",
    "FIELD_SENSITIVITY",
    "IDENTITY_DOCUMENT",
    "LISTS",
    "ORGANIZATION",
    "ORGANIZATION_NAME",
    "PARTICIPANT",
    "PERSON",
    "PERSON_NAME",
    "PLACE",
    "PLACE_NAME",
    "RELATIONSHIP",
    "ROLE",
    "SOURCE",
    "TASK",
    "CaseDocument",
    "build_document",
    "comparable",
    "dumps",
    "format_datetime",
    "parse_document",
    "render",
    "schema",
    "values_of",
]


def schema_text() -> str:
    """The text of ``docs/case-document.schema.json``; regenerate it with
    ``python -m casekeeper.export.interchange > docs/case-document.schema.json``."""
    return json.dumps(schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(schema_text(), end="")
