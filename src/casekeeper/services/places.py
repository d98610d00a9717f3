"""Places and organizations are found by any of their names before a new one is made."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casekeeper.names.script import detect_script
from casekeeper.store import models as m


def find_or_create_place(session: Session, name: str, *, kind: str = "other") -> m.Place:
    """'Dulata' finds the place also named 'Doralta'; a new name makes a new place."""
    cleaned = name.strip()
    place = session.scalar(
        select(m.Place)
        .join(m.PlaceName)
        .where(func.lower(m.PlaceName.text) == cleaned.lower())
        .limit(1)
    )
    if place is None:
        place = m.Place(kind=kind)
        place.names = [m.PlaceName(text=cleaned, script=detect_script(cleaned), position=0)]
        session.add(place)
        session.flush()
    return place


def find_or_create_organization(
    session: Session, name: str, *, kind: str = "other"
) -> m.Organization:
    cleaned = name.strip()
    org = session.scalar(
        select(m.Organization)
        .join(m.OrganizationName)
        .where(func.lower(m.OrganizationName.text) == cleaned.lower())
        .limit(1)
    )
    if org is None:
        org = m.Organization(kind=kind)
        org.names = [m.OrganizationName(text=cleaned, script=detect_script(cleaned), position=0)]
        session.add(org)
        session.flush()
    return org


def add_place_name(session: Session, place: m.Place, name: str) -> None:
    cleaned = name.strip()
    if all(n.text.lower() != cleaned.lower() for n in place.names):
        place.names.append(
            m.PlaceName(text=cleaned, script=detect_script(cleaned), position=len(place.names))
        )
