"""The demo store `make run` opens when there is no store yet.

Its cases retell, in our own words, what public news reports said about a
Kazakh truck driver detained at the Chinese border in July 2025 and about his
wife's protests, and about a young man who fled Xinjiang. The demo shows the
things the real work is made of: one man under several spellings and
scripts, dates sources disagree on, consent with conditions, follow-ups.
The passphrase is fixed and printed because the data is public already.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from casekeeper.paths import demo_store_dir

from . import cases, claims, consent, events, people, tasks
from .context import Context
from .people import NameInput as N
from .stores import create_store, store_exists

DEMO_PASSPHRASE = "casekeeper demo store"
AUTHOR = "demo"


def ensure_demo_store(path: Path | None = None) -> tuple[Path, str, bool]:
    """(store path, passphrase, created now). Creates and fills it on first use."""
    path = Path(path) if path else demo_store_dir()
    if store_exists(path):
        return path, DEMO_PASSPHRASE, False
    new = create_store(path, DEMO_PASSPHRASE)
    try:
        fill_demo(Context(new.store, AUTHOR))
    finally:
        new.store.close()
    return path, DEMO_PASSPHRASE, True


def fill_demo(ctx: Context) -> None:
    _border_case(ctx)
    _refugee_case(ctx)


def _border_case(ctx: Context) -> None:
    case = cases.new_case(
        ctx,
        "Alimnur Turganbay: truck driver detained at the Chinese border",
        summary=(
            "A Kazakh citizen born in Xinjiang, who moved to Kazakhstan in 2017 and gave up "
            "Chinese citizenship, drove a lorry across the Dulata border post in July 2025 and "
            "was taken by Chinese security officers, reportedly over 'invalid documents'. His "
            "family has had no official word since. His wife has protested repeatedly in "
            "Almaty and Astana and has been fined, detained and placed under house arrest."
        ),
        status="urgent",
    ).ref
    husband = people.add_person(
        ctx,
        [
            N("Alimnur Turganbay"),
            N("Alinur Turhanbay", "transliteration", "en"),
            N("Alinur Tulhanbai", "transliteration", "en"),
            N("Әлімнұр Тұрғанбай", "legal", "kk"),
            N("Алимнур Турганбай", "transliteration", "ru"),
            N("阿力木努尔·吐尔汗拜", "transliteration", "zh"),
            N("ئالىمنۇر تۇرغانباي", "transliteration", "ug"),
        ],
        case=case,
        roles=["victim"],
        status="detained",
        gender="male",
        occupation="long-distance truck driver",
        ethnicity="Kazakh",
        hometown="Almaty region",
        sensitivity="public",
    ).id
    wife = people.add_person(
        ctx,
        [
            N("Guldariya Sherizatkyzy"),
            N("Gulidarriya Xilizati", "transliteration", "en"),
            N("Guldarega", "alias", "en"),
            N("Guldaria", "alias", "en"),
            N("Гүлдария Шеризатқызы", "legal", "kk"),
            N("古丽达尔娅·西力扎提", "transliteration", "zh"),
        ],
        case=case,
        roles=["relative", "witness"],
        status="house_arrest",
        gender="female",
        contact="+7 700 000 0000 (demo, not a real number)",
        sensitivity="public",
    ).id
    daughter = people.add_person(
        ctx,
        [N("Peiyile"), N("Пейиле", "transliteration", "kk")],
        case=case,
        roles=["relative"],
        gender="female",
        status="safe",
        sensitivity="partners",
    ).id
    founder = people.add_person(
        ctx,
        [N("Serikzhan Bilash"), N("Серікжан Біләш", "legal", "kk")],
        case=case,
        roles=["advocate"],
        status="safe",
        occupation="founder of Atajurt",
    ).id
    people.add_relationship(ctx, wife, "spouse", husband)
    people.add_relationship(ctx, daughter, "child", husband, note="eldest of three daughters")
    people.add_relationship(ctx, daughter, "child", wife)
    people.add_citizenship(ctx, husband, "Kazakhstan", acquired="~2018")
    people.add_citizenship(
        ctx, husband, "China", lost="~2018", note="China says it never approved the renunciation"
    )
    people.add_document(
        ctx,
        husband,
        "passport",
        issuer="Republic of Kazakhstan",
        status="confiscated",
        note="Held by Chinese officers, per the family",
    )

    border = "Dulata border crossing"
    detention = events.add_event(
        ctx,
        case,
        "detention",
        "Taken by Chinese security officers after crossing the border",
        date="2025-07-22 or 23",
        place=border,
        place_aliases=["Doralta", "Duralata"],
        description="Crossed with a lorry load; stopped on the Chinese side. Reason given to "
        "Kazakhstan: 'invalid documents'; later, unrecognised renunciation of Chinese citizenship.",
        people=[(husband, "detained")],
        organizations=[("Ili state security bureau", "detaining authority")],
    ).id
    events.add_event(
        ctx,
        case,
        "border_crossing",
        "Wife and two daughters return via Khorgos on hearing the news",
        date="2025-07-22",
        place="Khorgos border crossing",
        people=[(wife, "witness")],
    )
    events.add_event(
        ctx,
        case,
        "statement",
        "Eldest daughter's written appeal to rights groups",
        date="2025-07-24",
        people=[(daughter, "author")],
    )
    events.add_event(
        ctx,
        case,
        "detention",
        "Wife held at Almaty railway station before a planned picket",
        date="2025-08-03",
        place="Almaty",
        people=[(wife, "detained")],
        description="Stopped before boarding a train to Astana, where she meant to picket the "
        "Ministry of Foreign Affairs; kept at a police station for several hours.",
    )
    events.add_event(
        ctx,
        case,
        "petition",
        "Appeals to the Chinese consulate and the Kazakh foreign ministry",
        date="2025-08/2025-10",
        place="Almaty",
        people=[(wife, "petitioner")],
    )
    fine = events.add_event(
        ctx,
        case,
        "fine",
        "Court fines the wife for her protests",
        date="2025",
        amount="over 700,000 KZT",
        people=[(wife, "fined")],
    ).id
    events.add_event(
        ctx,
        case,
        "protest",
        "Atajurt volunteers protest near the Dulata crossing; about 19 held",
        date="2025-11-13",
        place=border,
        people=[(founder, "detained")],
        organizations=[("Atajurt volunteer organization", "organiser")],
    )
    events.add_event(
        ctx,
        case,
        "house_arrest",
        "Wife placed under house arrest with an ankle tag",
        date="2025-11/2025-12",
        people=[(wife, "subject")],
    )

    epoch = claims.add_source(
        ctx,
        case,
        "news_article",
        "Report on the detention, late July 2025",
        date="2025-07",
        language="en",
        reliability="probable",
        content="Says he was taken on 22 July at the Doralta port and gained Kazakh "
        "nationality around 2018.",
    ).id
    protest = claims.add_source(
        ctx,
        case,
        "news_article",
        "Report on the November protest",
        date="2025-11",
        language="en",
        reliability="probable",
        content="Says he was taken on 23 July at the Duralata crossing; the wife's fines "
        "exceed one million tenge.",
    ).id
    arrest = claims.add_source(
        ctx,
        case,
        "news_article",
        "Report on the wife's arrest in Almaty",
        date="2025-10",
        language="en",
        reliability="probable",
        content="Says he crossed on 23 July 2025; the family came to Kazakhstan in 2017; a "
        "court fined the wife over 700,000 tenge.",
    ).id
    testimony = claims.add_source(
        ctx,
        case,
        "testimony",
        "Interview with the wife (demo testimony)",
        date="2025-08",
        author="caseworker",
        language="kk",
        reliability="confirmed",
        sensitivity="internal",
        content="On 22 July my daughters and I crossed at Khorgos while my husband drove "
        "through Doralta. A friend phoned to say he had been arrested. We turned back.",
    ).id
    claims.add_claim(ctx, epoch, "event", detention, "date", "2025-07-22")
    claims.add_claim(ctx, protest, "event", detention, "date", "2025-07-23")
    claims.add_claim(ctx, arrest, "event", detention, "date", "2025-07-23")
    claims.add_claim(ctx, testimony, "event", detention, "date", "2025-07-22")
    claims.add_claim(ctx, epoch, "person", husband, "kazakh citizenship since", "~2018")
    claims.add_claim(ctx, arrest, "person", husband, "kazakh citizenship since", "2017")
    claims.add_claim(ctx, arrest, "event", fine, "amount", "over 700,000 KZT")
    claims.add_claim(ctx, protest, "event", fine, "amount", "over 1,000,000 KZT in total")

    consent.set_consent(ctx, wife, "public", "granted", scope="name", case=case)
    consent.set_consent(ctx, wife, "public", "refused", scope="contact", case=case)
    consent.set_consent(
        ctx, husband, "public", "granted", case=case, conditions="given by his wife on his behalf"
    )
    consent.set_consent(ctx, daughter, "public", "refused", case=case)
    consent.set_consent(ctx, daughter, "partners", "granted", case=case)

    today = ctx.store.clock.now().date()
    tasks.add_task(
        ctx,
        case,
        "Submit urgent appeal to the UN Working Group on Arbitrary Detention",
        due=str(today + timedelta(days=7)),
        assignee="caseworker",
    )
    tasks.add_task(
        ctx,
        case,
        "Ask the foreign ministry for a written reply on consular access",
        due=str(today - timedelta(days=3)),
        assignee="caseworker",
    )


def _refugee_case(ctx: Context) -> None:
    case = cases.new_case(
        ctx,
        "Yerzhanat Abai: young refugee from Xinjiang held in Kazakhstan",
        summary=(
            "A 23-year-old Kazakh from Gongliu county crossed into Kazakhstan in March 2025 and "
            "asked a rights group for help, wanting his identity kept quiet unless he was "
            "arrested. In May 2025 he was reported held in a detention centre near the Khorgos "
            "border, at risk of being quietly returned to China."
        ),
        status="urgent",
    ).ref
    young = people.add_person(
        ctx,
        [
            N("Yerzhanat Abai"),
            N("Ержанат Абай", "legal", "kk"),
            N("叶尔扎纳特·阿拜", "transliteration", "zh"),
        ],
        case=case,
        roles=["victim"],
        status="detained",
        gender="male",
        birth_date="2002-04-11",
        birthplace="Gongliu county, Ili, Xinjiang",
    ).id
    consent.set_consent(
        ctx,
        young,
        "public",
        "conditional",
        case=case,
        conditions="only if he is arrested: then publish, to prevent a silent extradition",
    )
    events.add_event(
        ctx,
        case,
        "border_crossing",
        "Crosses into Kazakhstan",
        date="2025-03-27",
        people=[(young, "subject")],
    )
    events.add_event(
        ctx,
        case,
        "statement",
        "Records a short statement at the rights group's office",
        date="2025-03-31",
        place="Almaty",
        people=[(young, "subject")],
    )
    events.add_event(
        ctx,
        case,
        "detention",
        "Reported held in a detention centre near Zharkent",
        date="2025-05",
        place="Zharkent detention centre",
        people=[(young, "detained")],
    )
    tasks.add_task(
        ctx,
        case,
        "Confirm where he is held and whether a lawyer has access",
        due=str(ctx.store.clock.now().date() + timedelta(days=2)),
    )
