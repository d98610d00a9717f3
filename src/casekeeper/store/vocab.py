"""The controlled words records use (statuses, kinds, audiences).

Stored as plain strings so a newer CaseKeeper can add words without a
migration; services validate against these lists and name the choices when a
value is refused.
"""

from __future__ import annotations

from enum import StrEnum


class Audience(StrEnum):
    """Who may see something, widest first. A record's sensitivity names the
    widest audience it may reach; consent narrows that per person."""

    PUBLIC = "public"
    PARTNERS = "partners"
    INTERNAL = "internal"


class CaseStatus(StrEnum):
    OPEN = "open"
    URGENT = "urgent"
    MONITORING = "monitoring"
    RESOLVED = "resolved"
    CLOSED = "closed"


class PersonStatus(StrEnum):
    UNKNOWN = "unknown"
    MISSING = "missing"
    DETAINED = "detained"
    SENTENCED = "sentenced"
    HOUSE_ARREST = "house_arrest"
    RELEASED = "released"
    DECEASED = "deceased"
    SAFE = "safe"


class NameKind(StrEnum):
    LEGAL = "legal"
    ALIAS = "alias"
    TRANSLITERATION = "transliteration"
    PATRONYMIC = "patronymic"
    BIRTH = "birth"
    NICKNAME = "nickname"


class RoleKind(StrEnum):
    VICTIM = "victim"
    RELATIVE = "relative"
    WITNESS = "witness"
    INFORMANT = "informant"
    OFFICIAL = "official"
    PERPETRATOR = "perpetrator"
    ADVOCATE = "advocate"


class RelationshipKind(StrEnum):
    """``A kind-of B``: (Guldariya, spouse, Alimnur) reads 'Guldariya is the spouse of Alimnur'."""

    SPOUSE = "spouse"
    PARENT = "parent"
    CHILD = "child"
    SIBLING = "sibling"
    GRANDPARENT = "grandparent"
    GRANDCHILD = "grandchild"
    UNCLE_AUNT = "uncle_aunt"
    NEPHEW_NIECE = "nephew_niece"
    COUSIN = "cousin"
    IN_LAW = "in_law"
    FRIEND = "friend"
    COLLEAGUE = "colleague"
    OTHER = "other"


INVERSE_RELATIONSHIP: dict[str, str] = {
    "spouse": "spouse",
    "parent": "child",
    "child": "parent",
    "sibling": "sibling",
    "grandparent": "grandchild",
    "grandchild": "grandparent",
    "uncle_aunt": "nephew_niece",
    "nephew_niece": "uncle_aunt",
    "cousin": "cousin",
    "in_law": "in_law",
    "friend": "friend",
    "colleague": "colleague",
    "other": "other",
}


class EventKind(StrEnum):
    DETENTION = "detention"
    DISAPPEARANCE = "disappearance"
    ARREST = "arrest"
    PROTEST = "protest"
    FINE = "fine"
    HOUSE_ARREST = "house_arrest"
    SENTENCING = "sentencing"
    RELEASE = "release"
    PETITION = "petition"
    BORDER_CROSSING = "border_crossing"
    INTERROGATION = "interrogation"
    CITIZENSHIP = "citizenship"
    STATEMENT = "statement"
    OTHER = "other"


class SourceKind(StrEnum):
    TESTIMONY = "testimony"
    INTERVIEW = "interview"
    NEWS_ARTICLE = "news_article"
    OFFICIAL_DOCUMENT = "official_document"
    SOCIAL_MEDIA_POST = "social_media_post"
    OTHER = "other"


class Reliability(StrEnum):
    CONFIRMED = "confirmed"
    PROBABLE = "probable"
    POSSIBLE = "possible"
    DOUBTFUL = "doubtful"
    UNKNOWN = "unknown"


class DocumentKind(StrEnum):
    PASSPORT = "passport"
    ID_CARD = "id_card"
    CITIZENSHIP_CERTIFICATE = "citizenship_certificate"
    RESIDENCE_PERMIT = "residence_permit"
    OTHER = "other"


class DocumentStatus(StrEnum):
    VALID = "valid"
    CONFISCATED = "confiscated"
    LOST = "lost"
    EXPIRED = "expired"
    REVOKED = "revoked"


class ConsentDecision(StrEnum):
    GRANTED = "granted"
    REFUSED = "refused"
    CONDITIONAL = "conditional"


class ConsentScope(StrEnum):
    """What a consent record covers: everything about the person, or one kind of detail."""

    ALL = "all"
    NAME = "name"
    PHOTO = "photo"
    TESTIMONY = "testimony"
    CONTACT = "contact"
    IDENTITY_DOCUMENTS = "identity_documents"
    LOCATION = "location"


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class PlaceKind(StrEnum):
    COUNTRY = "country"
    REGION = "region"
    CITY = "city"
    BORDER_CROSSING = "border_crossing"
    DETENTION_FACILITY = "detention_facility"
    OFFICE = "office"
    OTHER = "other"


class OrganizationKind(StrEnum):
    GOVERNMENT = "government"
    SECURITY_SERVICE = "security_service"
    COURT = "court"
    NGO = "ngo"
    MEDIA = "media"
    INTERNATIONAL = "international"
    OTHER = "other"


def choices(enum: type[StrEnum]) -> list[str]:
    return [member.value for member in enum]


class CustodyAction(StrEnum):
    ACQUIRED = "acquired"
    IMPORTED = "imported"
    VIEWED = "viewed"
    EXTRACTED = "extracted"
    EXPORTED = "exported"
    VERIFIED = "verified"
    REMOVED = "removed"
