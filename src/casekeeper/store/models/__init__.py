"""The records of section 4 of ARCHITECTURE.md, as SQLAlchemy 2 typed models."""

from .base import Base, new_id
from .case import Case, Task
from .consent import Consent, FieldSensitivity
from .event import Event, EventParticipant
from .evidence import CustodyEvent, Evidence
from .name_keys import NameForm, NameKey
from .person import Citizenship, IdentityDocument, Person, PersonName, Relationship, Role
from .person_identity import NotSamePerson, PersonMerge
from .place import Organization, OrganizationName, Place, PlaceName
from .source import Claim, Source
from .system import ChangeLogEntry, StoreSetting

__all__ = [
    "Base",
    "new_id",
    "Case",
    "Task",
    "Consent",
    "FieldSensitivity",
    "Event",
    "EventParticipant",
    "Evidence",
    "CustodyEvent",
    "Citizenship",
    "IdentityDocument",
    "Person",
    "PersonName",
    "Relationship",
    "Role",
    "Organization",
    "OrganizationName",
    "Place",
    "PlaceName",
    "Claim",
    "Source",
    "ChangeLogEntry",
    "StoreSetting",
    "NameForm",
    "NameKey",
    "PersonMerge",
    "NotSamePerson",
]
