"""What a case document (format version 1) holds: one table of record kinds.

Every record kind of the document is a :class:`Record`: the ORM model it
comes from, its fields (each named exactly as the model's column) and the
lists nested in it. The writer (``build_document``), the reader
(``parse_document``) and the JSON Schema in ``docs/case-document.schema.json``
are all driven by this table, so they cannot drift apart; a test checks
that every column of every model is either a field here or implied by where
the record sits in the document (``implied``: a person's names need no
``person_id``, the case's events no ``case_id``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import String

from casekeeper.store import models as m
from casekeeper.store.vocab import (
    Audience,
    CaseStatus,
    ConsentDecision,
    ConsentScope,
    CustodyAction,
    DocumentKind,
    DocumentStatus,
    EventKind,
    NameKind,
    OrganizationKind,
    PersonStatus,
    PlaceKind,
    RelationshipKind,
    Reliability,
    RoleKind,
    SourceKind,
    TaskStatus,
    choices,
)

ID_PATTERN = r"^[0-9a-z_-]{1,32}$"
SHA256_PATTERN = r"^([0-9a-f]{64})?$"

# Kinds of value, as the document writes them.
ID = "id"  # a record id: 1-32 lowercase letters, digits, '-' or '_'
TEXT = "text"
ENUM = "enum"
INT = "int"
FLOAT = "float"
BOOL = "bool"
DATETIME = "datetime"  # "2025-07-24T09:00:00Z" (UTC, microseconds when not zero)
DAY = "day"  # "2025-08-01"
FUZZY = "fuzzy"  # canonical partial date: "2025", "2025-07", "~2018", "2025-07-22/2025-07-23"

FUZZY_DESCRIPTION = (
    "A partial date in CaseKeeper's canonical form: '2025', '2025-07' or '2025-07-23' "
    "(as precise as known), a span 'start/end' such as '2025-07-22/2025-07-23' (it lasted, "
    "or it is one of those days), and a leading '~' for circa ('~2018'). Readers also "
    "accept what a person would type ('July 2025', '23.07.2025', 'circa 2018') and store "
    "the canonical form. null when no date is known."
)
DATETIME_DESCRIPTION = "A moment in UTC, ISO 8601 with the zone: '2025-07-24T09:00:00Z'."
SENSITIVITY_DESCRIPTION = (
    "The widest audience this record may reach: public, partners (lawyers, UN bodies) or "
    "internal. When absent, a reader takes 'internal', the safest."
)

UNSET: Any = object()


@dataclass(frozen=True)
class Field:
    name: str  # the model attribute and the document key
    kind: str
    required: bool = False
    nullable: bool = False
    default: Any = UNSET  # taken when the key is absent (required fields have none)
    enum: type[StrEnum] | None = None
    nonempty: bool = False
    max_length: int | None = None  # filled from the model's column by Record
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None
    description: str = ""
    refers_to: str | None = None  # record key whose ids this field names (checked on read)

    def default_value(self) -> Any:
        if self.default is not UNSET:
            return self.default
        if self.nullable:
            return None
        if self.kind == TEXT:
            return ""
        raise AssertionError(f"{self.name} has no default")


@dataclass(frozen=True)
class Child:
    key: str  # the list's key inside the parent record
    record: Record
    min_items: int = 0


@dataclass(frozen=True)
class Record:
    key: str  # name in $defs and in messages
    model: type[m.Base]
    fields: tuple[Field, ...]
    description: str
    children: tuple[Child, ...] = ()
    implied: tuple[str, ...] = ()  # model columns the document's structure carries
    label: str = ""  # what a person calls one of these ("person", "event")

    def __post_init__(self) -> None:
        table = self.model.__table__  # type: ignore[attr-defined]
        sized = []
        for f in self.fields:
            column = table.c[f.name]
            length = getattr(column.type, "length", None)
            if f.kind in (TEXT, ID) and isinstance(column.type, String) and length:
                f = Field(**{**f.__dict__, "max_length": length})
            sized.append(f)
        object.__setattr__(self, "fields", tuple(sized))

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


# --- field helpers ---------------------------------------------------------------------


ID_DESCRIPTION = "This record's id; kept on import, so documents stay comparable."


def _id(description: str = ID_DESCRIPTION) -> Field:
    return Field("id", ID, required=True, pattern=ID_PATTERN, description=description)


def _ref(
    name: str, refers_to: str | None, *, required: bool = False, description: str = ""
) -> Field:
    return Field(
        name,
        ID,
        required=required,
        nullable=not required,
        pattern=ID_PATTERN,
        refers_to=refers_to,
        description=description,
    )


def _text(
    name: str,
    *,
    required: bool = False,
    description: str = "",
    default: Any = UNSET,
    pattern: str | None = None,
) -> Field:
    return Field(
        name,
        TEXT,
        required=required,
        nonempty=required,
        default=default,
        pattern=pattern,
        description=description,
    )


def _enum(
    name: str, enum: type[StrEnum], *, default: str | None = None, description: str = ""
) -> Field:
    if default is None:
        return Field(name, ENUM, required=True, enum=enum, description=description)
    return Field(name, ENUM, enum=enum, default=default, description=description)


def _fuzzy(name: str, description: str = "") -> Field:
    text = f"{description} {FUZZY_DESCRIPTION}".strip()
    return Field(name, FUZZY, nullable=True, description=text)


def _moment(
    name: str, *, required: bool = False, nullable: bool = False, description: str = ""
) -> Field:
    return Field(
        name,
        DATETIME,
        required=required,
        nullable=nullable,
        default=None if not required else UNSET,
        description=f"{description} {DATETIME_DESCRIPTION}".strip(),
    )


def _sensitivity() -> Field:
    return Field(
        "sensitivity", ENUM, enum=Audience, default="internal", description=SENSITIVITY_DESCRIPTION
    )


def _timestamps() -> tuple[Field, Field]:
    return (
        _moment("created_at", description="When the record was made. Absent: the import time."),
        _moment("updated_at", description="When it last changed. Absent: the import time."),
    )


# --- the record kinds --------------------------------------------------------------------

PERSON_NAME = Record(
    "personName",
    m.PersonName,
    label="name of a person",
    implied=("person_id",),
    description="One way of writing a person's name, in one script.",
    fields=(
        _id(),
        _text("text", required=True, description="The name as written."),
        _text("script", description="ISO 15924 script code: Latn, Cyrl, Hani, Arab."),
        _text("language", description="BCP 47 language tag: kk, ru, zh, ug."),
        _enum("kind", NameKind, default="legal"),
        Field(
            "position",
            INT,
            default=0,
            minimum=0,
            description="Order among the person's names; the first is the display name.",
        ),
    ),
)

CITIZENSHIP = Record(
    "citizenship",
    m.Citizenship,
    label="citizenship",
    implied=("person_id",),
    description="A citizenship a person holds or held.",
    fields=(
        _id(),
        _text("country", required=True),
        _fuzzy("acquired", "When it was acquired."),
        _fuzzy("lost", "When it was lost (renounced, revoked)."),
        _text("note"),
    ),
)

IDENTITY_DOCUMENT = Record(
    "identityDocument",
    m.IdentityDocument,
    label="identity document",
    implied=("person_id",),
    description="A passport, ID card or certificate, and what happened to it.",
    fields=(
        _id(),
        _enum("kind", DocumentKind),
        _text("number"),
        _text("issuer"),
        _fuzzy("issued"),
        _fuzzy("expires"),
        _enum("status", DocumentStatus, default="valid"),
        _text("note"),
        _sensitivity(),
    ),
)

CONSENT = Record(
    "consent",
    m.Consent,
    label="consent record",
    implied=("person_id",),
    description=(
        "One consent decision of the person: what may be shared with whom, on what "
        "condition. Only decisions for this case or for every case (case_id null) are carried."
    ),
    fields=(
        _id(),
        _ref(
            "case_id", None, description="This case's id, or null: the decision covers every case."
        ),
        _enum("audience", Audience, description="Whom the decision is about."),
        _enum("scope", ConsentScope, default="all", description="What it covers."),
        _enum("decision", ConsentDecision),
        _text(
            "conditions",
            description="The condition in the person's words: 'only if he is arrested'.",
        ),
        _text("recorded_by"),
        _moment("recorded_on", required=True),
        _moment("withdrawn_at", nullable=True, description="When it was withdrawn; null if not."),
        _text("withdrawal_note"),
        *_timestamps(),
    ),
)

PERSON = Record(
    "person",
    m.Person,
    label="person",
    description=(
        "A person of the case: with a role in it, taking part in one of its events, or "
        "the other side of a relationship of one of those."
    ),
    fields=(
        _id(),
        _text("gender"),
        _fuzzy("birth_date", "Date of birth."),
        _text("birthplace"),
        _text("hometown"),
        _text("ethnicity"),
        _text("occupation"),
        _enum("status", PersonStatus, default="unknown"),
        _text("contact", description="Contact details; sensitive."),
        _text("notes"),
        _sensitivity(),
        *_timestamps(),
    ),
    children=(
        Child("names", PERSON_NAME, min_items=1),
        Child("citizenships", CITIZENSHIP),
        Child("documents", IDENTITY_DOCUMENT),
        Child("consents", CONSENT),
    ),
)

ROLE = Record(
    "role",
    m.Role,
    label="role",
    implied=("case_id",),
    description="A person's part in this case.",
    fields=(
        _id(),
        _ref("person_id", "people", required=True),
        _enum("kind", RoleKind),
        _text("note"),
    ),
)

RELATIONSHIP = Record(
    "relationship",
    m.Relationship,
    label="relationship",
    description="Read: the person is the <kind> of the relative ('spouse', 'child', ...).",
    fields=(
        _id(),
        _ref("person_id", "people", required=True),
        _ref("relative_id", "people", required=True),
        _enum("kind", RelationshipKind),
        _text("note"),
        Field("confirmed", BOOL, default=True, description="false while it is only reported."),
    ),
)

PLACE_NAME = Record(
    "placeName",
    m.PlaceName,
    label="name of a place",
    implied=("place_id",),
    description="One name of a place (Doralta, Duralata, Dulata).",
    fields=(
        _id(),
        _text("text", required=True),
        _text("script"),
        _text("language"),
        Field("position", INT, default=0, minimum=0),
    ),
)

PLACE = Record(
    "place",
    m.Place,
    label="place",
    description="A place where one of the case's events happened.",
    fields=(
        _id(),
        _enum("kind", PlaceKind, default="other"),
        _text("country"),
        Field("latitude", FLOAT, nullable=True, default=None, minimum=-90, maximum=90),
        Field("longitude", FLOAT, nullable=True, default=None, minimum=-180, maximum=180),
        _text("note"),
    ),
    children=(Child("names", PLACE_NAME),),
)

ORGANIZATION_NAME = Record(
    "organizationName",
    m.OrganizationName,
    label="name of an organization",
    implied=("organization_id",),
    description="One name of an organization.",
    fields=(
        _id(),
        _text("text", required=True),
        _text("script"),
        _text("language"),
        Field("position", INT, default=0, minimum=0),
    ),
)

ORGANIZATION = Record(
    "organization",
    m.Organization,
    label="organization",
    description="An organization taking part in one of the case's events.",
    fields=(
        _id(),
        _enum("kind", OrganizationKind, default="other"),
        _text("country"),
        _text("note"),
    ),
    children=(Child("names", ORGANIZATION_NAME),),
)

PARTICIPANT = Record(
    "participant",
    m.EventParticipant,
    label="event participant",
    implied=("event_id",),
    description="A person or an organization taking part in the event.",
    fields=(
        _id(),
        _ref("person_id", "people"),
        _ref("organization_id", "organizations"),
        _text("role", default="subject", description="'subject', 'perpetrator', 'actor', ..."),
    ),
)

EVENT = Record(
    "event",
    m.Event,
    label="event",
    implied=("case_id",),
    description="What happened, when (as precisely as known), where, to whom.",
    fields=(
        _id(),
        _enum("kind", EventKind),
        _text("title", required=True),
        _text("description"),
        _fuzzy("date"),
        _ref("place_id", "places"),
        _text("amount", description="A fine's amount: '700000 KZT'."),
        _sensitivity(),
        *_timestamps(),
    ),
    children=(Child("participants", PARTICIPANT),),
)

SOURCE = Record(
    "source",
    m.Source,
    label="source",
    implied=("case_id",),
    description="Where facts come from: testimony, interview, article, document, post.",
    fields=(
        _id(),
        _enum("kind", SourceKind),
        _text("title", required=True),
        _text("author"),
        _fuzzy("date"),
        _text("language"),
        _text("url"),
        _enum("reliability", Reliability, default="unknown"),
        _text("content", description="Testimony text, article notes."),
        _ref("archived_evidence_id", "evidence", description="The archived copy, in evidence."),
        _sensitivity(),
        *_timestamps(),
    ),
)

CLAIM = Record(
    "claim",
    m.Claim,
    label="claim",
    implied=("case_id",),
    description=(
        "Source S says field F of record R is V. Claims on the same subject and field whose "
        "values differ are a disagreement between sources; all are kept."
    ),
    fields=(
        _id(),
        _ref("source_id", "sources", required=True),
        _text(
            "subject_type",
            required=True,
            description="case, person, event, citizenship or document.",
        ),
        Field(
            "subject_id",
            ID,
            required=True,
            pattern=ID_PATTERN,
            description="The id of the record the claim is about.",
        ),
        _text("field", required=True),
        _text("value", required=True),
        _text("note"),
        _sensitivity(),
        *_timestamps(),
    ),
)

CUSTODY_EVENT = Record(
    "custodyEvent",
    m.CustodyEvent,
    label="custody event",
    implied=("evidence_id",),
    description="One link in the item's chain of custody, with the SHA-256 seen at that moment.",
    fields=(
        _id(),
        _enum("action", CustodyAction),
        _text("actor"),
        _moment("at", required=True),
        _text("place"),
        _text("sha256", pattern=SHA256_PATTERN),
        _text("detail"),
    ),
)

EVIDENCE = Record(
    "evidence",
    m.Evidence,
    label="evidence item",
    implied=("case_id",),
    children=(Child("custody", CUSTODY_EVENT),),
    description=(
        "What CaseKeeper knows of an evidence file. The file itself is not in this document "
        "(evidence bundles carry files); blob_id names it in the exporting store's vault."
    ),
    fields=(
        _id(),
        _text("blob_id"),
        _text("original_name", required=True),
        _text("media_type", default="application/octet-stream"),
        Field("size", INT, default=0, minimum=0, description="Bytes."),
        _text("sha256", pattern=SHA256_PATTERN, description="SHA-256 of the file, lowercase hex."),
        _text("acquired_by"),
        _text("acquired_from"),
        _moment("acquired_at", nullable=True),
        _text("acquired_where"),
        _text("description"),
        Field(
            "source_id",
            ID,
            nullable=True,
            default=None,
            pattern=ID_PATTERN,
            description="The source this file documents, or null.",
        ),
        _text(
            "dedup_tag",
            description="Keyed tag of the content (meaningful only in the "
            "exporting store; finds identical files).",
        ),
        _moment("file_modified", nullable=True),
        _text("captured_at", description="The camera's clock (EXIF), no time zone."),
        _text("camera"),
        Field("gps_latitude", FLOAT, nullable=True, default=None, minimum=-90, maximum=90),
        Field("gps_longitude", FLOAT, nullable=True, default=None, minimum=-180, maximum=180),
        Field("duration_seconds", FLOAT, nullable=True, default=None, minimum=0),
        _moment("removed_at", nullable=True),
        _text("removed_by"),
        _sensitivity(),
        *_timestamps(),
    ),
)

TASK = Record(
    "task",
    m.Task,
    label="task",
    implied=("case_id",),
    description="A follow-up: a petition to file, a consulate to visit.",
    fields=(
        _id(),
        _text("title", required=True),
        Field("due", DAY, nullable=True, default=None, description="YYYY-MM-DD or null."),
        _enum("status", TaskStatus, default="open"),
        _text("assignee"),
        _text("note"),
        _moment("done_at", nullable=True),
        *_timestamps(),
    ),
)

FIELD_SENSITIVITY = Record(
    "fieldSensitivity",
    m.FieldSensitivity,
    label="field sensitivity",
    description="Narrows one field of one record of this document: this phone number is internal.",
    fields=(
        _id(),
        _text("entity", required=True, description="The record's table: person, event, ..."),
        Field("entity_id", ID, required=True, pattern=ID_PATTERN),
        _text("field", required=True),
        _enum("level", Audience),
    ),
)

CASE = Record(
    "case",
    m.Case,
    label="case",
    description="The case itself.",
    fields=(
        _id(),
        _text("ref", required=True, description="Reference code: CK-2025-0001."),
        _text("title", required=True),
        _enum("status", CaseStatus, default="open"),
        _text("summary"),
        _sensitivity(),
        *_timestamps(),
    ),
)

# The document's lists, in the order the reader checks them.
LISTS: tuple[tuple[str, Record], ...] = (
    ("people", PERSON),
    ("roles", ROLE),
    ("relationships", RELATIONSHIP),
    ("places", PLACE),
    ("organizations", ORGANIZATION),
    ("events", EVENT),
    ("sources", SOURCE),
    ("claims", CLAIM),
    ("evidence", EVIDENCE),
    ("tasks", TASK),
    ("field_sensitivity", FIELD_SENSITIVITY),
)


def all_records() -> list[Record]:
    """Every record kind, nested ones included, each once."""
    out: list[Record] = []

    def visit(record: Record) -> None:
        if record not in out:
            out.append(record)
        for child in record.children:
            visit(child.record)

    visit(CASE)
    for _key, record in LISTS:
        visit(record)
    return out


# --- JSON Schema -----------------------------------------------------------------------


def _field_schema(f: Field) -> dict[str, Any]:
    base: dict[str, Any]
    if f.kind in (ID, TEXT):
        base = {"type": "string"}
        if f.pattern:
            base["pattern"] = f.pattern
        if f.max_length:
            base["maxLength"] = f.max_length
        if f.nonempty:
            base["minLength"] = 1
    elif f.kind == ENUM:
        assert f.enum is not None
        base = {"type": "string", "enum": choices(f.enum)}
    elif f.kind == INT:
        base = {"type": "integer"}
    elif f.kind == FLOAT:
        base = {"type": "number"}
    elif f.kind == BOOL:
        base = {"type": "boolean"}
    elif f.kind == DATETIME:
        base = {"type": "string", "format": "date-time"}
    elif f.kind == DAY:
        base = {"type": "string", "format": "date"}
    elif f.kind == FUZZY:
        base = {"type": "string", "minLength": 1}
    else:  # pragma: no cover - the table above uses only these kinds
        raise AssertionError(f.kind)
    if f.minimum is not None:
        base["minimum"] = f.minimum
    if f.maximum is not None:
        base["maximum"] = f.maximum
    if f.nullable:
        base["type"] = [base["type"], "null"]
    if f.description:
        base["description"] = f.description
    if not f.required and f.default is not UNSET and f.default is not None:
        base["default"] = f.default
    return base


def _record_schema(record: Record) -> dict[str, Any]:
    properties: dict[str, Any] = {f.name: _field_schema(f) for f in record.fields}
    for child in record.children:
        prop: dict[str, Any] = {"type": "array", "items": {"$ref": f"#/$defs/{child.record.key}"}}
        if child.min_items:
            prop["minItems"] = child.min_items
        properties[child.key] = prop
    required = [f.name for f in record.fields if f.required]
    required += [c.key for c in record.children if c.min_items]
    return {
        "type": "object",
        "description": record.description,
        "required": required,
        "properties": properties,
    }


def json_schema(format_name: str, version: int) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of this version of the document.

    Unknown keys are allowed everywhere: a later CaseKeeper may add optional
    fields without changing the version, and readers ignore what they do
    not know.
    """
    properties: dict[str, Any] = {
        "format": {"const": format_name, "description": "Always 'casekeeper-case'."},
        "version": {
            "const": version,
            "description": "The format version. Readers refuse versions newer than theirs.",
        },
        "exported_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the document was written (UTC). Not part of the record data.",
        },
        "case": {"$ref": "#/$defs/case"},
    }
    for key, record in LISTS:
        properties[key] = {"type": "array", "items": {"$ref": f"#/$defs/{record.key}"}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:casekeeper:case-document:v1",
        "title": "CaseKeeper case document, version 1",
        "description": (
            "One case with everything recorded about it, for moving it between CaseKeeper "
            "stores and for reading it without CaseKeeper. See docs/case-document.md."
        ),
        "type": "object",
        "required": ["format", "version", "case"],
        "properties": properties,
        "$defs": {record.key: _record_schema(record) for record in all_records()},
    }


__all__ = [
    "CASE",
    "LISTS",
    "Child",
    "Field",
    "Record",
    "all_records",
    "json_schema",
]
