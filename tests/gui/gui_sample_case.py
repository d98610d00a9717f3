"""A small but realistic case, written through the services the way a
caseworker would: names in several scripts, relatives, a fuzzy-dated
timeline and two sources that disagree about the day of the detention.

Used by the GUI tests and by ``shots.py`` (screenshots under Xvfb).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from casekeeper.crypto.argon2 import MINIMUM
from casekeeper.services import cases, claims, consent, events, people, stores, tasks
from casekeeper.services.context import Context
from casekeeper.services.people import NameInput

PASSPHRASE = "correct horse battery staple"


@dataclass(frozen=True)
class SampleStore:
    path: Path
    passphrase: str
    case_ref: str
    other_ref: str
    recovery_key: str


def make_sample_store(path: Path, *, extra_cases: int = 0) -> SampleStore:
    """Create a store at ``path`` (fast KDF), fill it, close it."""
    new = stores.create_store(path, PASSPHRASE, kdf_params=MINIMUM)
    store = new.store
    try:
        ctx = Context.for_store(store, "tester")
        case = cases.new_case(
            ctx,
            "Alimnur Turganbay detained at the Dulata border crossing",
            summary="Kazakh truck driver taken by Chinese border police on entering Xinjiang; "
            "no contact with his family since.",
            status="urgent",
        )
        alimnur = people.add_person(
            ctx,
            [
                NameInput("Alimnur Turganbay", "legal", "kk"),
                NameInput("Әлімнұр Тұрғанбай", "legal", "kk"),
                NameInput("阿力木努尔·吐尔干拜", "transliteration", "zh"),
                NameInput("Alinur Turhanbay", "alias", "en"),
            ],
            case=case.id,
            roles=["victim"],
            status="detained",
            occupation="truck driver",
        )
        guldariya = people.add_person(
            ctx,
            [
                NameInput("Guldariya Sherizatkyzy", "legal", "kk"),
                NameInput("Гүлдария Шеризатқызы", "legal", "kk"),
                NameInput("古丽达尔娅·谢力扎提", "transliteration", "zh"),
            ],
            case=case.id,
            roles=["relative"],
            status="safe",
        )
        people.add_relationship(ctx, guldariya.id, "spouse", alimnur.id)
        detention = events.add_event(
            ctx,
            case.id,
            "detention",
            "Detention at Dulata",
            date="2025-07-22",
            place="Dulata port",
            place_aliases=["都拉塔口岸"],
            people=[(alimnur.id, "detained")],
            organizations=[("Ili border police", "perpetrator")],
        )
        events.add_event(
            ctx,
            case.id,
            "citizenship",
            "Kazakh citizenship",
            date="circa 2018",
            people=[(alimnur.id, "subject")],
        )
        events.add_event(
            ctx,
            case.id,
            "petition",
            "Family appeals to the Foreign Ministry",
            date="2025-07",
            people=[(guldariya.id, "petitioner")],
        )
        wife = claims.add_source(
            ctx,
            case.id,
            "testimony",
            "Testimony of Guldariya Sherizatkyzy",
            author="Guldariya Sherizatkyzy",
            date="2025-07-24",
            reliability="probable",
        )
        news = claims.add_source(
            ctx,
            case.id,
            "news_article",
            "Epoch Times report",
            author="Epoch Times",
            date="2025-08",
            reliability="possible",
        )
        claims.add_claim(ctx, wife.id, "event", detention.id, "date", "2025-07-22")
        claims.add_claim(ctx, news.id, "event", detention.id, "date", "2025-07-23")
        consent.set_consent(ctx, guldariya.id, "partners", "granted", case=case.id)
        public = consent.set_consent(ctx, guldariya.id, "public", "granted", case=case.id)
        consent.withdraw_consent(ctx, public.id, "after threats to her relatives")
        consent.set_consent(
            ctx,
            alimnur.id,
            "public",
            "conditional",
            case=case.id,
            conditions="only if he is sentenced",
        )
        tasks.add_task(ctx, case.id, "File petition with the consulate", due="2025-01-15")
        tasks.add_task(ctx, case.id, "Follow up with the UN WGEID", due="2099-01-01")

        other = cases.new_case(ctx, "Missing imam from Ghulja", status="open")
        people.add_person(
            ctx,
            [NameInput("Nurlan Kadyr"), NameInput("努尔兰·卡德尔", "transliteration", "zh")],
            case=other.id,
            roles=["victim"],
            status="missing",
        )
        for i in range(extra_cases):
            cases.new_case(ctx, f"Filler case number {i}", status="monitoring")
        return SampleStore(path, PASSPHRASE, case.ref, other.ref, new.recovery_key)
    finally:
        store.close()
