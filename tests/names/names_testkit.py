"""Helpers shared by the name tests (a module of its own: several test folders
have a conftest.py, and "from conftest import" would pick the wrong one)."""

from __future__ import annotations

from dataclasses import dataclass

from casekeeper.services import people, places
from casekeeper.services.context import Context
from casekeeper.store.store import Store


@dataclass(frozen=True)
class EvaluationStore:
    store: Store
    ids: dict[str, str]  # cluster key or look-alike name → record id


def record_named(ctx: Context, entity: str, name: str) -> str:
    if entity == "person":
        return people.add_person(ctx, [name]).id
    with ctx.store.writing(ctx.author) as session:
        if entity == "place":
            return places.find_or_create_place(session, name).id
        return places.find_or_create_organization(session, name).id
