"""Plain, detached pictures of records that the CLI and GUI show.

Services return these instead of ORM objects so that no caller holds a
database session, and so that ``--json`` is ``dataclasses.asdict``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


def to_dict(view: Any) -> dict[str, Any]:
    return asdict(view)


@dataclass(frozen=True)
class NameView:
    id: str
    text: str
    script: str
    language: str
    kind: str


@dataclass(frozen=True)
class CitizenshipView:
    id: str
    country: str
    acquired: str | None
    lost: str | None
    note: str


@dataclass(frozen=True)
class DocumentView:
    id: str
    kind: str
    number: str
    issuer: str
    issued: str | None
    expires: str | None
    status: str
    note: str


@dataclass(frozen=True)
class RelationView:
    id: str
    kind: str  # read "<person> is the <kind> of <relative>"
    person_id: str
    person_name: str
    relative_id: str
    relative_name: str
    note: str


@dataclass(frozen=True)
class ConsentView:
    id: str
    person_id: str
    person_name: str
    case_id: str | None
    audience: str
    scope: str
    decision: str
    conditions: str
    recorded_by: str
    recorded_on: str
    withdrawn_at: str | None
    withdrawal_note: str

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


@dataclass(frozen=True)
class PersonView:
    id: str
    display_name: str
    names: list[NameView]
    gender: str
    birth_date: str | None
    birth_date_display: str
    birthplace: str
    hometown: str
    ethnicity: str
    occupation: str
    status: str
    contact: str
    notes: str
    sensitivity: str
    citizenships: list[CitizenshipView]
    documents: list[DocumentView]
    roles: list[dict[str, str]]  # {"case_id", "case_ref", "kind"}
    relations: list[RelationView]
    consents: list[ConsentView]


@dataclass(frozen=True)
class ParticipantView:
    person_id: str | None
    organization_id: str | None
    name: str
    role: str


@dataclass(frozen=True)
class EventView:
    id: str
    kind: str
    title: str
    description: str
    date: str | None
    date_display: str
    earliest: str | None
    latest: str | None
    place_id: str | None
    place: str
    amount: str
    sensitivity: str
    participants: list[ParticipantView]


@dataclass(frozen=True)
class SourceView:
    id: str
    kind: str
    title: str
    author: str
    date: str | None
    language: str
    url: str
    reliability: str
    content: str
    sensitivity: str


@dataclass(frozen=True)
class ClaimView:
    id: str
    source_id: str
    source_title: str
    subject_type: str
    subject_id: str
    subject_label: str
    field: str
    value: str
    note: str


@dataclass(frozen=True)
class Disagreement:
    """Sources that state different values for the same fact."""

    subject_type: str
    subject_id: str
    subject_label: str
    field: str
    claims: list[ClaimView]


@dataclass(frozen=True)
class TaskView:
    id: str
    case_id: str
    case_ref: str
    title: str
    due: str | None
    status: str
    assignee: str
    note: str
    overdue: bool


@dataclass(frozen=True)
class CustodyView:
    id: str
    action: str
    actor: str
    at: str
    place: str
    sha256: str
    detail: str


@dataclass(frozen=True)
class EvidenceView:
    id: str
    case_id: str
    original_name: str
    media_type: str
    size: int
    sha256: str
    acquired_by: str
    acquired_from: str
    acquired_at: str | None
    acquired_where: str
    description: str
    source_id: str | None
    captured_at: str
    camera: str
    gps_latitude: float | None
    gps_longitude: float | None
    duration_seconds: float | None
    file_modified: str | None
    removed_at: str | None
    sensitivity: str
    custody: list[CustodyView] = field(default_factory=list)

    @property
    def removed(self) -> bool:
        return self.removed_at is not None


@dataclass(frozen=True)
class CaseSummary:
    id: str
    ref: str
    title: str
    status: str
    sensitivity: str
    summary: str
    people: list[str]  # display names of victims first
    updated_at: str
    created_at: str


@dataclass(frozen=True)
class CaseDetail:
    case: CaseSummary
    people: list[PersonView]
    roles: list[dict[str, str]]  # {"person_id", "person_name", "kind", "note"}
    relations: list[RelationView]
    events: list[EventView]
    sources: list[SourceView]
    claims: list[ClaimView]
    disagreements: list[Disagreement]
    consents: list[ConsentView]
    tasks: list[TaskView]
    evidence: list[EvidenceView]


@dataclass(frozen=True)
class SearchHit:
    entity: str  # case, person, event, source, place, organization
    id: str
    label: str
    snippet: str
    score: float
    matched: str  # the name variant or text that matched
    case_ids: list[str] = field(default_factory=list)
    case_refs: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class LogEntryView:
    seq: int
    hlc: str
    when: str
    device_id: str
    author: str
    entity: str
    entity_id: str
    op: str
    field: str | None
    value: Any
