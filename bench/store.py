#!/usr/bin/env python3
"""CaseKeeper store benchmark: a large generated store, encrypted beside plain.

    .venv/bin/python bench/store.py                   # full scale: 10,000 cases (minutes)
    .venv/bin/python bench/store.py --scale 0.01      # smoke run
    .venv/bin/python bench/store.py --keep /tmp/ckb   # keep the stores; a later run
                                                      # with the same --keep reuses them

Not a test: it prints a table and asserts nothing about time. See
docs/performance.md for what the numbers mean.

1. Generates, deterministically (``random.Random(seed)``), 10,000 cases,
   ~100,000 people, ~300,000 names (Latin, Cyrillic, Chinese), ~200,000 events
   and the records around them (roles, relationships, participants, sources
   with testimony, claims, consents, tasks, evidence metadata), times
   ``--scale``. Rows go in through SQLAlchemy Core bulk ``insert()`` in one
   transaction per store: the full-text triggers fire per row as in the app,
   but the change log is bypassed (no ORM flush), so change_log stays empty.
2. Writes the same data (same seed) into an encrypted store made with
   ``services.stores.create_store`` and into unencrypted copies with the same
   schema (``upgrade_to_head``), pragmas and ``ck_search_text``:
   ``plain`` = SQLCipher's own SQLite build without a key, so enc/plain is the
   cost of encryption (and of the app's cipher settings) alone;
   ``stdlib`` = Python's sqlite3 through ``open_engine(path, None)`` (on a copy
   of the plain file).
   ``enc-memsec`` (a diagnostic) is the encrypted store opened with
   ``cipher_memory_security`` ON, the setting the app had until it was
   measured here and switched off.
3. Runs the same service calls (``cases.list_cases``, ``cases.get_case``,
   ``search.search``) on each. Every store lives in a process of its own
   (SQLCipher's memory security is process-wide and cannot be switched off
   once on); the parent drives them in lock-step, one call at a time, so
   background load hits all of them alike.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import math
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

try:
    import casekeeper  # noqa: F401
except ImportError:  # running from a checkout without the editable install
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from casekeeper.clock import SystemClock
from casekeeper.crypto import argon2, keyslots
from casekeeper.services import cases as cases_service
from casekeeper.services import search as search_service
from casekeeper.services import stores as stores_service
from casekeeper.services.stores import create_store
from casekeeper.store import engine as engine_mod
from casekeeper.store import models as m
from casekeeper.store.migrate import upgrade_to_head
from casekeeper.store.models import name_keys
from casekeeper.store.store import DB_NAME, KEYSLOTS_NAME

PASSPHRASE = "benchmark passphrase, not a secret"
META_NAME = "bench-meta.json"
FORMAT = 2  # bump when the generated data changes, so --keep does not reuse stale stores

# ---------------------------------------------------------------------------------------
# Vocabulary: names in Latin, with Cyrillic and Chinese renderings made from them.
# ---------------------------------------------------------------------------------------

KAZ_GIVEN_M = (
    "Alimnur Yerlan Nurlan Askar Serik Dauren Arman Erbol Aidos Kairat Marat Bakhytzhan "
    "Yerzhan Kuanysh Zhandos Baurzhan Talgat Daniyar Murat Bolat Ruslan Azamat Nurzhan Samat "
    "Galym Yermek Akhmet Sayat Temirlan Olzhas Kanat Asylbek Beibit Yerbol Zhanibek Maksat "
    "Nursultan Rakhat Ulan Zhassulan"
).split()
KAZ_GIVEN_F = (
    "Guldariya Aigerim Dana Zhanar Aliya Madina Gulnara Saule Aizhan Dinara Ainur Gulmira "
    "Zhuldyz Akmaral Aruzhan Bibigul Gulnur Kamila Laura Meruyert Nazira Raushan Symbat "
    "Togzhan Zarina Anar Botagoz Gaukhar Kuralai Moldir Sholpan Ulzhan Aiym Dariga Zhanna"
).split()
UYG_GIVEN_M = (
    "Abdurehim Ablikim Ilham Memet Tursun Mutellip Adil Erkin Nurmemet Abdulla Qurban Ekpar "
    "Perhat Rozi Yalqun Ghulam Hamit Mamtimin Obul Sadir Abduweli Alim Dilshat Ekrem Halmurat "
    "Imirjan Kamil Mehmet Nurali Rustem Shohret Tahir Yasinjan Zulpiqar"
).split()
UYG_GIVEN_F = (
    "Mihrigul Gulbahar Rahile Zumrat Patigul Sayragul Qelbinur Gulshan Mayila Nurgul Rena "
    "Zulhumar Ayshem Buzeynep Dilnur Gulnisa Hasiyet Meryem Parida Tajigul Aygul Gulzire "
    "Horiyet Mahire Nadire Roshengul Sanubar Tursunay Zohre Zulpiye"
).split()
RUS_GIVEN_M = "Aleksandr Sergei Dmitri Viktor Nikolai Andrei Vladimir Mikhail Pavel Yuri".split()
RUS_GIVEN_F = "Natalya Olga Irina Yelena Tatyana Svetlana Anna Marina Lyudmila Valentina".split()

KAZ_ROOTS = (
    "Turgan Nurlan Serik Kasym Zhakup Mamyr Sadyk Tokta Yesen Baimukhan Abil Duisen Zhumabai "
    "Kenzhe Mukhtar Omar Sultan Tolegen Ospan Ryskul Sarsen Tulegen Utegen Zhanbyr Amanzhol "
    "Bekmurat Dosmukhan Ermek Iskak Kalim Mussa Nurpeis Rakhim Sagyn Temir Yerkin Zhaksy Akhmet "
    "Baltabai Kuanysh Aubakir Beisen Dzhaksybek Ibrai Karim Kurmangazy Nurgazy Orazbai Syzdyk "
    "Tasbolat Zhumagul Adilbek Bazarbai Yessimkhan Kaliaskar Manap Rysbek Shaimerden Tursynbek"
).split()
KAZ_STYLES = ("bay", "uly", "ov", "ev", "bekov", "", "ov", "ov")  # rendered by gender below
UYG_SURNAMES = (
    "Tokhti Imin Niyaz Kurban Yusup Osman Ablimit Abliz Ehmet Hoshur Jalil Kadir Mamut Nasir "
    "Obulqasim Rahman Sabit Tohti Ubul Yasin Zunun Ghopur Hesen Ismayil Ruzi Semet Tursun Memet "
    "Eziz Dawut Abduqadir Barat Ehet Hamdun Iminjan Jume Kerim Mijit Nurdun Qadir Rozaxun Sidiq "
    "Tashpolat Toxti Yaqup Zayit"
).split()
RUS_SURNAMES = (
    "Ivanov Petrov Sokolov Kuznetsov Popov Smirnov Volkov Morozov Novikov Fedorov Pavlov "
    "Semenov Golubev Vinogradov Bogdanov Vorobyov Frolov Orlov"
).split()
HAN_SURNAMES = [
    ("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"), ("Yang", "杨"),
    ("Zhao", "赵"), ("Huang", "黄"), ("Zhou", "周"), ("Wu", "吴"), ("Xu", "徐"), ("Sun", "孙"),
    ("Ma", "马"), ("Zhu", "朱"), ("Hu", "胡"), ("Guo", "郭"), ("He", "何"), ("Gao", "高"),
    ("Lin", "林"), ("Luo", "罗"),
]
HAN_GIVEN = [
    ("Jian", "健"), ("Wei", "伟"), ("Qiang", "强"), ("Lei", "磊"), ("Jun", "军"), ("Yong", "勇"),
    ("Jie", "杰"), ("Tao", "涛"), ("Ming", "明"), ("Hua", "华"), ("Ping", "平"), ("Gang", "刚"),
    ("Hui", "辉"), ("Bin", "斌"), ("Bo", "波"), ("Li", "丽"), ("Fang", "芳"), ("Min", "敏"),
    ("Jing", "静"), ("Yan", "燕"), ("Haitao", "海涛"), ("Jianguo", "建国"), ("Xiaoming", "晓明"),
]

# Characters Chinese texts use to transliterate Turkic names (阿力木, 古丽, 吐尔逊 ...).
ZH_SYLLABLES = (
    "阿艾安奥巴拜包贝比别波布达代丹德迪丁东杜多俄厄尔法菲夫盖甘高戈格古哈海汗豪赫黑胡霍吉加贾杰金"
    "卡凯坎康考科克库拉莱兰朗劳勒雷里力丽利莲林琳娜玛买麦曼毛梅蒙米敏明莫穆木那纳奈南尼努诺帕派潘"
    "佩皮普齐恰乔切钦热日如萨赛桑色沙尚舍什斯苏孙索塔泰坦汤特提图吐托瓦万旺威维温沃乌吾西希夏肖谢"
    "辛雅亚扬耶伊依尤于扎赞泽兹孜祖佐"
)

# (Latin, Cyrillic, Chinese)
CITIES = [
    ("Ghulja", "Кульджа", "伊宁"), ("Urumqi", "Урумчи", "乌鲁木齐"), ("Dulata", "Дулата", "都拉塔"),
    ("Khorgos", "Хоргос", "霍尔果斯"), ("Almaty", "Алматы", "阿拉木图"),
    ("Zharkent", "Жаркент", "扎尔肯特"), ("Tacheng", "Тачэн", "塔城"), ("Altay", "Алтай", "阿勒泰"),
    ("Kashgar", "Кашгар", "喀什"), ("Hotan", "Хотан", "和田"), ("Aksu", "Аксу", "阿克苏"),
    ("Korla", "Корла", "库尔勒"), ("Turpan", "Турфан", "吐鲁番"),
    ("Karamay", "Карамай", "克拉玛依"), ("Bortala", "Бортала", "博尔塔拉"),
    ("Shihezi", "Шихэцзы", "石河子"), ("Kuytun", "Куйтун", "奎屯"),
    ("Hami", "Хами", "哈密"), ("Atush", "Артуш", "阿图什"), ("Nilka", "Нилка", "尼勒克"),
    ("Tekes", "Текес", "特克斯"), ("Zhaosu", "Чжаосу", "昭苏"), ("Qapqal", "Чапчал", "察布查尔"),
    ("Astana", "Астана", "阿斯塔纳"), ("Bishkek", "Бишкек", "比什凯克"),
    ("Taldykorgan", "Талдыкорган", "塔尔迪库尔干"), ("Semey", "Семей", "塞米伊"),
    ("Shymkent", "Шымкент", "奇姆肯特"), ("Emin", "Эмин", "额敏"), ("Chapchal", "Чапчал", "察县"),
]
FACILITIES = [
    ("{c} Detention Center No. {k}", "СИЗО № {k} г. {c}", "{c}第{k}看守所", "detention_facility"),
    ("{c} Vocational Training Center {k}", "Центр профобучения {k} {c}",
     "{c}职业技能教育培训中心{k}", "detention_facility"),
    ("{c} County Police Station {k}", "Полицейский участок {k} {c}", "{c}县派出所{k}", "office"),
    ("{c} Prison {k}", "Тюрьма {k} {c}", "{c}监狱{k}", "detention_facility"),
    ("{c} Border Checkpoint {k}", "КПП {k} {c}", "{c}口岸{k}", "border_crossing"),
    ("{c} Village {k}", "Село {k} {c}", "{c}村{k}", "other"),
]
ORG_PATTERNS = [
    ("{c} Public Security Bureau", "Бюро общественной безопасности {c}", "{c}公安局",
     "security_service"),
    ("{c} Intermediate People's Court", "Промежуточный народный суд {c}",
     "{c}中级人民法院", "court"),
]
NATIONAL_ORGS = [
    ("Atajurt Kazakh Human Rights", "Атажұрт", "阿塔朱尔特", "ngo"),
    ("Nagyz Atajurt", "Нағыз Атажұрт", "纳格兹阿塔朱尔特", "ngo"),
    ("Ministry of Foreign Affairs of Kazakhstan", "МИД Казахстана", "哈萨克斯坦外交部",
     "government"),
    ("Xinjiang Public Security Department", "Департамент общественной безопасности Синьцзяна",
     "新疆维吾尔自治区公安厅", "security_service"),
    ("Radio Free Asia", "Радио Свободная Азия", "自由亚洲电台", "media"),
    ("UN Working Group on Enforced Disappearances",
     "Рабочая группа ООН по насильственным исчезновениям", "联合国强迫失踪问题工作组",
     "international"),
]

EVENT_KINDS = [
    ("detention", "Detention", 18), ("disappearance", "Disappearance", 8), ("arrest", "Arrest", 8),
    ("interrogation", "Interrogation", 12), ("sentencing", "Sentencing", 6), ("fine", "Fine", 4),
    ("house_arrest", "House arrest", 4), ("release", "Release", 6), ("petition", "Petition", 10),
    ("border_crossing", "Border crossing", 8), ("citizenship", "Citizenship decision", 3),
    ("statement", "Statement", 6), ("protest", "Protest", 3), ("other", "Other event", 4),
]

# Testimony and summary words, most frequent first (drawn with Zipf weights).
WORDS_EN = """
the and was to in of my he she they we his her a that with by for from not at on were had
police taken camp family brother father mother sister husband wife son daughter children
home house village city border passport phone call officers station night morning days
months years later again never told asked said know knew heard saw letter relatives
detained released transferred sentenced charged interrogated questioned searched visited
returned crossed waited wrote sent received refused confiscated signed forced allowed
court prison center school factory hospital office document permit citizenship visa
religion prayer mosque quran beard headscarf language kazakh uyghur chinese russian
video photo message wechat whatsapp telegram account money fine salary debt land
sheep horses farm market shop teacher doctor driver farmer student imam worker trader
old young sick healthy thin worried afraid silent missing alive dead unknown official
guards cell room window bed food water cold winter summer spring autumn uniform handcuffs
hood chair lesson songs flag slogans exam score class dormitory bus truck car train
fingerprint blood sample voice iris photograph checkpoint barrier permit app scanner
embassy consulate ministry committee commission lawyer journalist activist neighbour
friend colleague cousin uncle aunt nephew niece grandfather grandmother grandson
granddaughter fiance relative witness informant secretary chief director deputy head
registration residence hukou address street district county prefecture region province
capital outskirts mountains river steppe desert orchard pasture wheat cotton apples
dinner wedding funeral holiday ramadan nauryz eid festival birthday anniversary
transfer hearing verdict appeal sentence term release parole bail complaint petition
application request reply answer silence threat warning promise pressure punishment
reeducation transformation extremism separatism terrorism crime offence suspicion
evidence proof record file list number code card stamp seal signature form certificate
""".split()
WORDS_RU = """
и в не на что он она они мы был была были его её их из за по от до после когда где
полиция лагерь семья брат отец мать сестра муж жена сын дочь дети дом село город граница
паспорт телефон звонок ночь утро задержан освобождён осуждён допрос суд тюрьма письмо
родственники соседи гражданство виза посольство консульство адвокат журналист жалоба
""".split()
RELATIVES = [("brother", "sibling"), ("sister", "sibling"), ("husband", "spouse"),
             ("wife", "spouse"), ("father", "parent"), ("mother", "parent"), ("son", "child"),
             ("daughter", "child"), ("uncle", "uncle_aunt"), ("cousin", "cousin")]
OCCUPATIONS = ("farmer teacher driver trader imam doctor student worker herder accountant "
               "engineer nurse cook tailor businessman journalist retired unemployed").split()
ETHNIC_LABEL = {"kazakh": "Kazakh", "uyghur": "Uyghur", "kyrgyz": "Kyrgyz", "hui": "Hui",
                "han": "Han", "russian": "Russian"}

START = datetime(2018, 1, 1, tzinfo=UTC)
END = datetime(2025, 7, 31, tzinfo=UTC)
SPAN = int((END - START).total_seconds())


# ---------------------------------------------------------------------------------------
# Transliteration helpers (deterministic, not linguistically exact: they only need to
# give realistic-looking, consistent variants for the index to chew on).
# ---------------------------------------------------------------------------------------

_VOWELS = set("aeiouy")
_CYR_MULTI = [("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("sh", "ш"), ("ch", "ч"), ("ts", "ц"),
              ("yu", "ю"), ("ya", "я"), ("ye", "е"), ("gh", "ғ")]
_CYR_ONE = dict(zip("abvgdezijklmnoprstufhcwqx", "абвгдезийклмнопрстуфхкуқх", strict=True))
_CYR_SUFFIX = [("kyzy", "қызы"), ("uly", "ұлы"), ("bay", "бай")]


def to_cyrillic(text: str) -> str:
    return " ".join(_cyr_word(w) for w in text.split())


def _cyr_word(word: str) -> str:
    low = word.lower()
    tail = ""
    for latin, cyr in _CYR_SUFFIX:
        if low.endswith(latin) and len(low) > len(latin) + 2:
            low, tail = low[: -len(latin)], cyr
            break
    out: list[str] = []
    i = 0
    while i < len(low):
        for latin, cyr in _CYR_MULTI:
            if low.startswith(latin, i):
                out.append(cyr)
                i += len(latin)
                break
        else:
            ch = low[i]
            if ch == "y":
                prev_vowel = i > 0 and low[i - 1] in _VOWELS
                next_vowel = i + 1 < len(low) and low[i + 1] in _VOWELS
                out.append("й" if prev_vowel and not next_vowel else "ы")
            else:
                out.append(_CYR_ONE.get(ch, ch))
            i += 1
    res = "".join(out) + tail
    return res[:1].upper() + res[1:]


_SYLLABLE = re.compile(r"[^aeiouy]*[aeiouy]+(?:(?:ng|n|r|l|m|k|t|s)(?![aeiouy]))?|[^aeiouy]+$")


def to_chinese(word: str) -> str:
    parts = _SYLLABLE.findall(word.lower()) or [word.lower()]
    return "".join(ZH_SYLLABLES[zlib.crc32(p.encode()) % len(ZH_SYLLABLES)] for p in parts)


_VARIANTS = [("bay", "bai"), ("kh", "h"), ("zh", "j"), ("yer", "er"), ("gul", "gül"), ("u", "ou"),
             ("q", "k"), ("y", "i"), ("ov", "off"), ("e", "ye")]


def spelling_variant(text: str, rng: random.Random) -> str:
    for _ in range(3):
        latin, repl = rng.choice(_VARIANTS)
        if latin in text.lower():
            idx = text.lower().index(latin)
            piece = text[idx: idx + len(latin)]
            repl = repl.capitalize() if piece[:1].isupper() else repl
            return text[:idx] + repl + text[idx + len(latin):]
    return text + "a" if not text.endswith("a") else text[:-1]


# ---------------------------------------------------------------------------------------
# Data generation
# ---------------------------------------------------------------------------------------

TABLE_ORDER = [
    "place", "place_name", "organization", "organization_name", "case_file", "person",
    "person_name", "citizenship", "identity_document", "case_role", "relationship", "event",
    "event_participant", "evidence", "source", "claim", "consent", "task",
]
TABLES = {t.name: t for t in m.Base.metadata.sorted_tables}


@dataclass
class PersonInfo:
    id: str
    latin: str
    given: str
    surname: str
    cyrillic: str | None
    chinese: str | None
    gender: str


@dataclass
class Generated:
    counts: dict[str, int]
    case_ids: list[str]
    samples: list[PersonInfo]
    seconds: float
    sizes: dict[str, int] = field(default_factory=dict)


class Generator:
    """Yields rows table by table, in an order the foreign keys accept, chunk by chunk."""

    CHUNK_CASES = 250

    def __init__(self, scale: float, seed: int) -> None:
        self.rng = random.Random(seed)
        self.sample_rng = random.Random(seed + 1)
        self.n_cases = max(20, round(10_000 * scale))
        self.n_pool = max(10, round(5_000 * scale))
        self.sample_p = min(1.0, 3000 / (self.n_cases * 10))
        self.rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLE_ORDER}
        self.case_ids: list[str] = []
        self.samples: list[PersonInfo] = []
        self.places: list[tuple[str, str]] = []  # (id, latin name)
        self.orgs: list[tuple[str, str]] = []
        self.pool: list[PersonInfo] = []
        self.ref_counter: dict[int, int] = {}
        self.en_cum = _zipf_cum(len(WORDS_EN))
        self.ru_cum = _zipf_cum(len(WORDS_RU))

    # --- small helpers ---
    def hex_id(self) -> str:
        return f"{self.rng.getrandbits(128):032x}"

    def when(self, lo: datetime = START, hi: datetime = END) -> datetime:
        span = max(1, int((hi - lo).total_seconds()))
        return (lo + timedelta(seconds=self.rng.randrange(span))).replace(microsecond=0)

    def fuzzy(self, lo_year: int = 2014, hi_year: int = 2025) -> str | None:
        r = self.rng.random()
        y = self.rng.randint(lo_year, hi_year)
        mo, d = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if r < 0.40:
            return f"{y}-{mo:02d}-{d:02d}"
        if r < 0.70:
            return f"{y}-{mo:02d}"
        if r < 0.88:
            return f"{y}"
        if r < 0.94:
            return f"{y}-{mo:02d}-{d:02d}/{y}-{mo:02d}-{min(28, d + self.rng.randint(1, 5)):02d}"
        if r < 0.97:
            return f"~{y}"
        return None

    def words(self, n: int, russian: bool = False) -> list[str]:
        vocab, cum = (WORDS_RU, self.ru_cum) if russian else (WORDS_EN, self.en_cum)
        return self.rng.choices(vocab, cum_weights=cum, k=n)

    def sentence(self, russian: bool = False) -> str:
        text = " ".join(self.words(self.rng.randint(7, 16), russian))
        return text[:1].upper() + text[1:] + "."

    def stamp(self, created: datetime) -> dict[str, Any]:
        return {"created_at": created, "updated_at": self.when(created, END)}

    # --- people ---
    def new_person(self, ethnic: str, gender: str, surname_root: str | None, created: datetime,
                   *, sampled: bool = True) -> PersonInfo:
        rng = self.rng
        given, surname = self.pick_name(ethnic, gender, surname_root)
        pid = self.hex_id()
        latin = f"{given} {surname}"
        names: list[tuple[str, str, str, str]] = [(latin, "Latn", _lang(ethnic), "legal")]
        cyrillic = chinese = None
        if ethnic == "han":
            han_s, han_g = surname_root or "", given
            chinese = _han_chars(han_s, han_g)
            names.append((chinese, "Hani", "zh", "legal"))
            if rng.random() < 0.6:
                cyrillic = to_cyrillic(latin)
                names.append((cyrillic, "Cyrl", "ru", "transliteration"))
        else:
            if rng.random() < 0.75:
                cyrillic = to_cyrillic(latin)
                names.append((cyrillic, "Cyrl", "kk" if ethnic == "kazakh" else "ru",
                              "transliteration"))
            if rng.random() < 0.45:
                chinese = f"{to_chinese(given)}·{to_chinese(surname)}"
                names.append((chinese, "Hani", "zh", "transliteration"))
            if rng.random() < 0.5:
                names.append((spelling_variant(latin, rng), "Latn", "en", "alias"))
            if rng.random() < 0.3:
                father = rng.choice(KAZ_GIVEN_M if ethnic == "kazakh" else UYG_GIVEN_M)
                patro = father + ("uly" if gender == "male" else "kyzy")
                names.append((f"{given} {patro} {surname}", "Latn", _lang(ethnic), "patronymic"))
        for pos, (name_text, script, lang, kind) in enumerate(names):
            self.rows["person_name"].append({
                "id": self.hex_id(), "person_id": pid, "text": name_text, "script": script,
                "language": lang, "kind": kind, "position": pos,
            })
        city = rng.choice(CITIES)[0]
        self.rows["person"].append({
            "id": pid, "gender": gender, "birth_date": self.fuzzy(1940, 2010),
            "birthplace": rng.choice(CITIES)[0], "hometown": city,
            "ethnicity": ETHNIC_LABEL[ethnic], "occupation": rng.choice(OCCUPATIONS),
            "status": rng.choice(("unknown", "missing", "detained", "sentenced", "released",
                                  "safe", "house_arrest")),
            "contact": f"+7 70{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
            if rng.random() < 0.3 else "",
            "notes": self.sentence() if rng.random() < 0.3 else "",
            "sensitivity": rng.choice(("partners", "partners", "internal", "public")),
            **self.stamp(created),
        })
        self.rows["citizenship"].append({
            "id": self.hex_id(), "person_id": pid,
            "country": "China" if ethnic in ("uyghur", "han", "hui") or rng.random() < 0.6
            else "Kazakhstan",
            "acquired": self.fuzzy(1950, 2020) if rng.random() < 0.3 else None,
            "lost": self.fuzzy(2015, 2025) if rng.random() < 0.1 else None,
            "note": "",
        })
        if rng.random() < 0.2:
            self.rows["citizenship"].append({
                "id": self.hex_id(), "person_id": pid, "country": "Kazakhstan",
                "acquired": self.fuzzy(2000, 2024), "lost": None, "note": "",
            })
        if rng.random() < 0.5:
            self.rows["identity_document"].append({
                "id": self.hex_id(), "person_id": pid,
                "kind": rng.choice(("passport", "id_card", "residence_permit")),
                "number": f"N{rng.randint(10_000_000, 99_999_999)}",
                "issuer": rng.choice(("PRC", "Republic of Kazakhstan")),
                "issued": self.fuzzy(2005, 2020), "expires": self.fuzzy(2020, 2035),
                "status": rng.choice(("valid", "confiscated", "lost", "expired")),
                "note": "", "sensitivity": "internal",
            })
        info = PersonInfo(pid, latin, given, surname, cyrillic, chinese, gender)
        if sampled and self.sample_rng.random() < self.sample_p:
            self.samples.append(info)
        return info

    def pick_name(self, ethnic: str, gender: str, root: str | None) -> tuple[str, str]:
        rng = self.rng
        male = gender == "male"
        if ethnic == "han":
            return rng.choice(HAN_GIVEN)[0], root or rng.choice(HAN_SURNAMES)[0]
        if ethnic == "russian":
            given = rng.choice(RUS_GIVEN_M if male else RUS_GIVEN_F)
            base = root or rng.choice(RUS_SURNAMES)
            return given, base if male else base + "a"
        if ethnic in ("uyghur", "hui"):
            given = rng.choice(UYG_GIVEN_M if male else UYG_GIVEN_F)
            return given, root or rng.choice(UYG_SURNAMES)
        given = rng.choice(KAZ_GIVEN_M if male else KAZ_GIVEN_F)
        if root is None or "|" not in root:
            root = f"{rng.choice(KAZ_ROOTS)}|{rng.choice(KAZ_STYLES)}"
        base, style = root.split("|")
        if not male:
            style = {"ov": "ova", "ev": "eva", "uly": "kyzy", "bekov": "bekova"}.get(style, style)
        return given, base + style

    def family_root(self, ethnic: str) -> str:
        rng = self.rng
        if ethnic in ("kazakh", "kyrgyz"):
            # Zipf-ish: some family names are far more common than others.
            idx = min(len(KAZ_ROOTS) - 1, int(rng.paretovariate(1.2)) - 1)
            root = KAZ_ROOTS[(idx * 7) % len(KAZ_ROOTS)] if rng.random() < 0.5 else rng.choice(
                KAZ_ROOTS)
            return f"{root}|{rng.choice(KAZ_STYLES)}"
        return rng.choice(UYG_SURNAMES)

    # --- places and organizations ---
    def gazetteer(self) -> None:
        rng = self.rng
        for c_lat, c_cyr, c_zh in CITIES:
            self._place(c_lat, c_cyr, c_zh, "city")
            for pattern_lat, pattern_cyr, pattern_zh, kind in FACILITIES:
                for k in range(1, 3):
                    self._place(pattern_lat.format(c=c_lat, k=k), pattern_cyr.format(c=c_cyr, k=k),
                                pattern_zh.format(c=c_zh, k=k), kind)
            for pattern_lat, pattern_cyr, pattern_zh, kind in ORG_PATTERNS:
                self._org(pattern_lat.format(c=c_lat), pattern_cyr.format(c=c_cyr),
                          pattern_zh.format(c=c_zh), kind)
        for lat, cyr, zh, kind in NATIONAL_ORGS:
            self._org(lat, cyr, zh, kind)
        rng.shuffle(self.places)

    def _place(self, lat: str, cyr: str, zh: str, kind: str) -> None:
        pid = self.hex_id()
        self.rows["place"].append({"id": pid, "kind": kind, "country": "", "latitude": None,
                                   "longitude": None, "note": ""})
        for pos, (name_text, script, lang) in enumerate(((lat, "Latn", "en"), (cyr, "Cyrl", "ru"),
                                                    (zh, "Hani", "zh"))):
            self.rows["place_name"].append({"id": self.hex_id(), "place_id": pid, "text": name_text,
                                            "script": script, "language": lang, "position": pos})
        self.places.append((pid, lat))

    def _org(self, lat: str, cyr: str, zh: str, kind: str) -> None:
        oid = self.hex_id()
        self.rows["organization"].append({"id": oid, "kind": kind, "country": "", "note": ""})
        for pos, (name_text, script, lang) in enumerate(((lat, "Latn", "en"), (cyr, "Cyrl", "ru"),
                                                    (zh, "Hani", "zh"))):
            self.rows["organization_name"].append({
                "id": self.hex_id(), "organization_id": oid, "text": name_text, "script": script,
                "language": lang, "position": pos})
        self.orgs.append((oid, lat))

    # --- cases ---
    def one_case(self) -> None:
        rng = self.rng
        created = self.when(START, END - timedelta(days=30))
        cid = self.hex_id()
        self.case_ids.append(cid)
        year = created.year
        self.ref_counter[year] = self.ref_counter.get(year, 0) + 1
        ethnic = rng.choices(("kazakh", "uyghur", "kyrgyz", "hui"), weights=(55, 35, 6, 4))[0]
        root = self.family_root(ethnic)
        victim_gender = "male" if rng.random() < 0.7 else "female"
        victim = self.new_person(ethnic, victim_gender, root, created)
        people: list[tuple[PersonInfo, str]] = [(victim, "victim")]
        n_own = rng.randint(6, 13)
        relatives: list[tuple[PersonInfo, str]] = []  # (person, relative word)
        for i in range(n_own - 1):
            if i < 4:
                word, _kind = rng.choice(RELATIVES)
                gender = "female" if word in ("sister", "wife", "mother", "daughter") else "male"
                p = self.new_person(ethnic, gender, root if rng.random() < 0.7 else None, created)
                relatives.append((p, word))
                people.append((p, "relative"))
            else:
                other = rng.choices(("kazakh", "uyghur", "russian", "han"), (5, 3, 1, 1))[0]
                p = self.new_person(other, rng.choice(("male", "female")), None, created)
                people.append((p, rng.choice(("witness", "witness", "informant", "relative"))))
        for p in rng.sample(self.pool, k=rng.randint(1, 3)):
            people.append((p, rng.choice(("official", "perpetrator", "advocate"))))

        victim_name = victim.latin
        city = rng.choice(CITIES)[0]
        templates = (
            f"Detention of {victim_name}", f"Disappearance of {victim_name}",
            f"{victim_name}: sentencing in {city}", f"{victim.surname} family separation",
            f"Confiscated passports of the {victim.surname} family",
            f"House arrest of {victim_name} in {city}", f"{victim_name} held in {city}",
        )
        summary = (f"{victim_name} ({ETHNIC_LABEL[ethnic]}, from {city}) was "
                   f"{rng.choice(('detained', 'taken', 'arrested', 'sentenced'))} in "
                   f"{rng.randint(2016, 2024)}. " + " ".join(
                       self.sentence() for _ in range(rng.randint(1, 3))))
        self.rows["case_file"].append({
            "id": cid, "ref": f"CK-{year}-{self.ref_counter[year]:04d}",
            "title": rng.choice(templates), "summary": summary,
            "status": rng.choices(("open", "urgent", "monitoring", "resolved", "closed"),
                                  (40, 10, 25, 15, 10))[0],
            "sensitivity": rng.choice(("partners", "partners", "internal", "public")),
            **self.stamp(created),
        })
        for p, kind in people:
            self.rows["case_role"].append({"id": self.hex_id(), "case_id": cid,
                                           "person_id": p.id, "kind": kind,
                                           "note": "" if rng.random() < 0.8 else self.sentence()})
        for p, word in relatives:
            kind = dict(RELATIVES)[word]
            self.rows["relationship"].append({
                "id": self.hex_id(), "person_id": p.id, "relative_id": victim.id, "kind": kind,
                "note": word, "confirmed": rng.random() < 0.8})

        event_ids: list[str] = []
        for _ in range(rng.randint(10, 30)):
            kind, label, _w = rng.choices(EVENT_KINDS, [w for *_x, w in EVENT_KINDS])[0]
            eid = self.hex_id()
            event_ids.append(eid)
            place_id, place_name = rng.choice(self.places) if rng.random() < 0.7 else (None, city)
            title = (f"{label} of {victim_name}" if rng.random() < 0.5
                     else f"{label} in {place_name}")
            self.rows["event"].append({
                "id": eid, "case_id": cid, "kind": kind, "title": title,
                "description": " ".join(self.sentence() for _ in range(rng.randint(0, 2))),
                "date": self.fuzzy(2014, 2025), "place_id": place_id,
                "amount": f"{rng.randint(1, 200) * 5000} KZT" if kind == "fine" else "",
                "sensitivity": rng.choice(("partners", "internal", "public")),
                **self.stamp(self.when(created, END)),
            })
            self.rows["event_participant"].append({
                "id": self.hex_id(), "event_id": eid, "person_id": victim.id,
                "organization_id": None, "role": "subject"})
            if rng.random() < 0.5:
                self.rows["event_participant"].append({
                    "id": self.hex_id(), "event_id": eid, "person_id": None,
                    "organization_id": rng.choice(self.orgs)[0], "role": "authority"})
            if rng.random() < 0.2:
                other = rng.choice(people)[0]
                if other.id != victim.id:
                    self.rows["event_participant"].append({
                        "id": self.hex_id(), "event_id": eid, "person_id": other.id,
                        "organization_id": None, "role": "witness"})

        evidence_ids = []
        for k in range(rng.randint(0, 4)):
            ev_id = self.hex_id()
            evidence_ids.append(ev_id)
            ext, media = rng.choice((("jpg", "image/jpeg"), ("pdf", "application/pdf"),
                                     ("mp4", "video/mp4"), ("ogg", "audio/ogg")))
            self.rows["evidence"].append({
                "id": ev_id, "case_id": cid, "blob_id": f"{rng.getrandbits(256):064x}",
                "original_name": f"{victim.surname.lower()}_{k + 1}.{ext}", "media_type": media,
                "size": rng.randint(10_000, 50_000_000), "sha256": f"{rng.getrandbits(256):064x}",
                "acquired_by": "field team", "acquired_from": relatives[0][0].latin
                if relatives else "", "acquired_at": self.when(created, END),
                "description": self.sentence(), "sensitivity": "internal",
                **self.stamp(self.when(created, END))})

        for _ in range(rng.randint(1, 5)):
            sid = self.hex_id()
            teller = rng.choice(relatives)[0] if relatives else victim
            kind = rng.choices(("testimony", "interview", "news_article", "official_document",
                                "social_media_post"), (45, 20, 15, 10, 10))[0]
            russian = rng.random() < 0.2
            content = " ".join(self.sentence(russian) for _ in range(rng.randint(6, 16)))
            content = (f"My {rng.choice(RELATIVES)[0]} {victim_name} was taken in {city}. "
                       + content)
            self.rows["source"].append({
                "id": sid, "case_id": cid, "kind": kind,
                "title": f"{kind.replace('_', ' ').capitalize()}: {teller.latin}",
                "author": teller.latin, "date": self.fuzzy(2017, 2025),
                "language": "ru" if russian else rng.choice(("en", "kk", "ug")),
                "url": f"https://example.org/{sid[:12]}" if kind == "news_article" else "",
                "reliability": rng.choice(("confirmed", "probable", "possible", "unknown")),
                "content": content,
                "archived_evidence_id": rng.choice(evidence_ids) if evidence_ids and
                rng.random() < 0.2 else None,
                "sensitivity": rng.choice(("partners", "internal")),
                **self.stamp(self.when(created, END))})
            for _ in range(rng.randint(0, 3)):
                if rng.random() < 0.7:
                    subject_type, subject_id = "event", rng.choice(event_ids)
                    fld, value = "date", self.fuzzy(2016, 2024) or "2018"
                else:
                    subject_type, subject_id = "person", victim.id
                    fld, value = "status", rng.choice(("detained", "missing", "sentenced"))
                self.rows["claim"].append({
                    "id": self.hex_id(), "case_id": cid, "source_id": sid,
                    "subject_type": subject_type, "subject_id": subject_id, "field": fld,
                    "value": value, "note": "", "sensitivity": "partners",
                    **self.stamp(self.when(created, END))})

        consenters = [victim] + [p for p, _ in relatives if rng.random() < 0.3]
        for p in consenters:
            self.rows["consent"].append({
                "id": self.hex_id(), "person_id": p.id,
                "case_id": cid if rng.random() < 0.7 else None,
                "audience": rng.choice(("public", "partners", "internal")),
                "scope": rng.choice(("all", "name", "photo", "testimony")),
                "decision": rng.choices(("granted", "refused", "conditional"), (6, 2, 2))[0],
                "conditions": "only if he is not released" if rng.random() < 0.1 else "",
                "recorded_by": "field team", "recorded_on": self.when(created, END),
                "withdrawn_at": None, "withdrawal_note": "",
                **self.stamp(self.when(created, END))})

        for _ in range(rng.randint(0, 4)):
            done = rng.random() < 0.5
            self.rows["task"].append({
                "id": self.hex_id(), "case_id": cid,
                "title": rng.choice(("Call ", "Request documents from ", "Follow up with ",
                                     "Send appeal about ")) + victim_name,
                "due": date(2025, 1, 1) + timedelta(days=rng.randint(-400, 400))
                if rng.random() < 0.8 else None,
                "status": "done" if done else "open", "assignee": rng.choice(("A.", "G.", "")),
                "note": "", "done_at": self.when(created, END) if done else None,
                **self.stamp(self.when(created, END))})

    def batches(self) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        self.gazetteer()
        pool_created = START
        for _ in range(self.n_pool):
            ethnic = self.rng.choices(("han", "kazakh", "russian", "uyghur"), (5, 3, 1, 1))[0]
            root = self.rng.choice(HAN_SURNAMES)[0] if ethnic == "han" else None
            self.pool.append(self.new_person(ethnic, self.rng.choice(("male", "female")), root,
                                             pool_created, sampled=False))
        yield from self._flush()
        for i in range(self.n_cases):
            self.one_case()
            if (i + 1) % self.CHUNK_CASES == 0:
                yield from self._flush()
        yield from self._flush()

    def _flush(self) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        for name in TABLE_ORDER:
            rows = self.rows[name]
            if rows:
                yield name, rows
                self.rows[name] = []


def _zipf_cum(n: int, s: float = 1.0) -> list[float]:
    cum, total = [], 0.0
    for rank in range(1, n + 1):
        total += 1.0 / rank**s
        cum.append(total)
    return cum


def _lang(ethnic: str) -> str:
    return {"kazakh": "kk", "uyghur": "ug", "kyrgyz": "ky", "hui": "zh", "han": "zh",
            "russian": "ru"}[ethnic]


def _han_chars(surname: str, given: str) -> str:
    s = dict(HAN_SURNAMES).get(surname, "王")
    return s + dict(HAN_GIVEN).get(given, "明")


def populate(engine: Engine, scale: float, seed: int, label: str) -> Generated:
    """Bulk-insert the generated rows (Core executemany, one transaction)."""
    gen = Generator(scale, seed)
    start = time.perf_counter()
    inserted = 0
    last_report = start
    with engine.begin() as conn:
        for name, rows in gen.batches():
            conn.execute(TABLES[name].insert(), rows)
            inserted += len(rows)
            now = time.perf_counter()
            if now - last_report > 15:
                _log(f"  {label}: {len(gen.case_ids):,}/{gen.n_cases:,} cases, "
                     f"{inserted:,} rows, {now - start:.0f} s")
                last_report = now
        # The name keys behind cross-script search are written by the ORM's flush
        # hooks, which Core inserts bypass: compute them as a raw import would.
        name_keys.reindex_all(conn)
    seconds = time.perf_counter() - start
    with Session(engine) as session:
        counts = {name: session.scalar(select(func.count()).select_from(TABLES[name])) or 0
                  for name in TABLE_ORDER}
        counts["change_log"] = session.scalar(select(func.count()).select_from(
            TABLES["change_log"])) or 0
        counts["search_index"] = session.execute(
            text("SELECT count(*) FROM search_index")).scalar() or 0
        session.rollback()
    return Generated(counts, gen.case_ids, gen.samples, seconds)


def checkpoint(engine: Engine) -> None:
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cur.close()
    finally:
        raw.close()


# ---------------------------------------------------------------------------------------
# The stores under test. Each is measured in a process of its own: SQLCipher's
# cipher_memory_security (ON in the enc-memsec diagnostic) is process-wide and cannot be
# turned off again, so a baseline sharing the process would pay for it too.
# ---------------------------------------------------------------------------------------

TARGETS = {
    "encrypted": "the app's store: open_store(), SQLCipher, cipher_memory_security OFF",
    "plain": "unencrypted, same SQLite build (sqlcipher3 without a key), own process",
    "enc-memsec": "diagnostic: a copy of the encrypted store, cipher_memory_security ON",
    "stdlib": "unencrypted, Python's sqlite3 via open_engine(path, None), on a copy of plain",
}


class PlainStore:
    """Just enough of ``Store`` for list_cases/get_case/search: ``reading()`` and ``clock``."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.clock = SystemClock()
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session
            session.rollback()

    def close(self) -> None:
        self.engine.dispose()


def sqlcipher_unkeyed_engine(db_path: Path) -> Engine:
    """SQLCipher's own SQLite build with no key: an ordinary unencrypted database, with
    the app's pragmas and ck_search_text (the hooks open_engine installs)."""
    engine = create_engine(f"sqlite:///{db_path}", module=sqlcipher)
    engine_mod._install_connection_hooks(engine, None)
    return engine


def stdlib_engine(db_path: Path) -> Engine:
    return engine_mod.open_engine(db_path, None)


def memory_security_on() -> None:
    """Turn SQLCipher's ``cipher_memory_security`` ON in this process, as the app did
    before it was switched off: the setting is process-wide (one statement on any
    connection sets it for all) and runtime-only, so the file stays the same."""
    con = sqlcipher.connect(":memory:")
    con.execute("PRAGMA cipher_memory_security = ON")
    con.close()


_PHASES: dict[str, list[float]] = {"kdf": [], "tidy": []}


def _time_open_phases() -> None:
    """Wrap, in this worker process only, two steps of ``open_store`` so the open that
    contains them can be split: the KDF (``keyslots.unlock_with_passphrase``, which
    ``Store.open`` calls through the module) and ``tidy_vault`` (which ``open_store``
    runs after the store is open; it reads every evidence row's blob id)."""
    def wrap(module: Any, name: str, phase: str) -> None:
        original = getattr(module, name, None)
        if original is None:
            return

        def timed_call(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                _PHASES[phase].append(time.perf_counter() - start)

        setattr(module, name, timed_call)

    wrap(keyslots, "unlock_with_passphrase", "kdf")
    wrap(stores_service, "tidy_vault", "tidy")


def _db_files(db: Path) -> list[Path]:
    return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]


def target_paths(work: Path, name: str) -> tuple[Path, Path]:
    """(folder, database file) of a target."""
    folder = work / ("encrypted-copy" if name == "enc-memsec" else name)
    return folder, folder / DB_NAME


def evict_from_os_cache(paths: list[Path]) -> None:
    """Drop these files (only) from the kernel's page cache: a cold start from disk."""
    if not hasattr(os, "posix_fadvise"):
        return
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def open_target(name: str, work: Path) -> tuple[Any, float, float, float]:
    """(store, seconds for the whole open, of which in the KDF, of which in tidy_vault)."""
    folder, db = target_paths(work, name)
    if name in ("encrypted", "enc-memsec"):
        for times in _PHASES.values():
            times.clear()
        start = time.perf_counter()
        store = stores_service.open_store(folder, passphrase=PASSPHRASE)
        return store, time.perf_counter() - start, sum(_PHASES["kdf"]), sum(_PHASES["tidy"])
    make = sqlcipher_unkeyed_engine if name == "plain" else stdlib_engine
    start = time.perf_counter()
    engine = make(db)
    engine_mod.verify_readable(engine, db)  # what Store.open does after the KDF
    upgrade_to_head(engine)
    plain = PlainStore(engine)
    tidy_start = time.perf_counter()
    with plain.reading() as session:  # the database half of open_store's tidy_vault()
        session.scalars(select(m.Evidence.blob_id).where(m.Evidence.blob_id != "")).all()
    end = time.perf_counter()
    return plain, end - start, 0.0, end - tidy_start


# ---------------------------------------------------------------------------------------
# Worker processes
# ---------------------------------------------------------------------------------------


def generate_worker(name: str, work: Path, scale: float, seed: int) -> dict[str, Any]:
    """Create one store and fill it; returns what the parent needs to know."""
    folder, db = target_paths(work, name)
    if name == "encrypted":
        made = create_store(folder, PASSPHRASE, kdf_params=argon2.MINIMUM)
        engine = made.store.engine
        closer: Callable[[], None] = made.store.close
    else:
        folder.mkdir(parents=True, exist_ok=True)
        engine = (sqlcipher_unkeyed_engine if name == "plain" else stdlib_engine)(db)
        upgrade_to_head(engine)
        closer = engine.dispose
    try:
        gen = populate(engine, scale, seed, name)
        checkpoint(engine)
    finally:
        closer()
    files = _db_files(db) + ([folder / KEYSLOTS_NAME] if name == "encrypted" else [])
    return {"counts": gen.counts, "case_ids": gen.case_ids, "seconds": gen.seconds,
            "samples": [vars(s) for s in gen.samples],
            "sizes": {p.name: p.stat().st_size for p in files if p.exists()}}


def serve_worker(name: str, work: Path) -> None:
    """Answer the parent's timing requests, one JSON line in, one JSON line out."""
    proto = sys.stdout
    sys.stdout = sys.stderr  # nothing but replies on the protocol channel
    if name == "enc-memsec":
        memory_security_on()
    _time_open_phases()
    store: Any = None
    for line in sys.stdin:
        cmd = json.loads(line)
        op = cmd["op"]
        reply: dict[str, Any] = {}
        try:
            if op == "quit":
                break
            if op == "open":
                if store is not None:
                    store.close()
                if cmd.get("evict"):
                    evict_from_os_cache(_db_files(target_paths(work, name)[1]))
                gc.collect()
                store, total, kdf, tidy = open_target(name, work)
                reply = {"total_ms": total * 1000, "kdf_ms": kdf * 1000, "tidy_ms": tidy * 1000}
            elif op == "close":
                store.close()
                store = None
            elif op == "first_page":
                ms, page = timed(cases_service.list_cases, store, limit=50)
                reply = {"ms": ms, "n": len(page)}
            elif op == "get_case":
                ms, d = timed(cases_service.get_case, store, cmd["id"])
                reply = {"ms": ms, "n": len(d.people) + len(d.events) + len(d.sources)
                         + len(d.claims) + len(d.consents) + len(d.tasks) + len(d.evidence)
                         + len(d.relations)}
            elif op == "search":
                ms, hits = timed(search_service.search, store, cmd["q"], limit=50)
                reply = {"ms": ms, "n": len(hits)}
            elif op == "list_text":
                ms, page = timed(cases_service.list_cases, store, text=cmd["q"], limit=50)
                reply = {"ms": ms, "n": len(page)}
            elif op == "memsec":
                con = sqlcipher.connect(":memory:")
                reply = {"value": con.execute("PRAGMA cipher_memory_security").fetchone()[0]}
                con.close()
            else:
                reply = {"error": f"unknown op {op}"}
        except Exception as exc:  # report, keep serving
            reply = {"error": f"{type(exc).__name__}: {exc}"}
        proto.write(json.dumps(reply) + "\n")
        proto.flush()
    if store is not None:
        store.close()


class Worker:
    """A target measured in its own process, driven in lock-step by the parent."""

    def __init__(self, name: str, work: Path) -> None:
        self.name = name
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--serve", name, "--work-dir", str(work)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )
        self.times: dict[str, list[float]] = {}
        self.counts: dict[str, list[int]] = {}

    def call(self, op: str, **kwargs: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps({"op": op, **kwargs}) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise SystemExit(f"the {self.name} worker died (see its messages above)")
        reply = json.loads(line)
        if "error" in reply:
            raise SystemExit(f"{self.name} worker, {op}: {reply['error']}")
        return reply

    def add(self, metric: str, ms: float, n: int | None = None) -> None:
        self.times.setdefault(metric, []).append(ms)
        if n is not None:
            self.counts.setdefault(metric, []).append(n)

    def quit(self) -> None:
        with contextlib.suppress(Exception):
            assert self.proc.stdin is not None
            self.proc.stdin.write(json.dumps({"op": "quit"}) + "\n")
            self.proc.stdin.flush()
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()


# ---------------------------------------------------------------------------------------
# Queries and measurement
# ---------------------------------------------------------------------------------------

QUERY_KINDS = ("surname prefix", "full name", "Cyrillic name", "Chinese 2-3 chars",
               "testimony word")


def make_queries(samples: list[PersonInfo], n: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed + 2)
    with_cyr = [s for s in samples if s.cyrillic] or samples
    with_zh = [s for s in samples if s.chinese and "·" in s.chinese] or samples
    words = WORDS_EN[40:] + WORDS_RU[20:]  # past the commonest function words
    out: list[tuple[str, str]] = []
    for i in range(n):
        kind = QUERY_KINDS[i % len(QUERY_KINDS)]
        if kind == "surname prefix":
            s = rng.choice(samples).surname
            q = s[: rng.randint(min(3, len(s)), min(5, len(s)))]
        elif kind == "full name":
            s = rng.choice(samples)
            q = f"{s.given} {s.surname}"
        elif kind == "Cyrillic name":
            s = rng.choice(with_cyr)
            cyr = s.cyrillic or to_cyrillic(s.latin)
            q = cyr if rng.random() < 0.5 else cyr.split()[-1]
        elif kind == "Chinese 2-3 chars":
            s = rng.choice(with_zh)
            part = max((s.chinese or "").split("·"), key=len)
            size = min(len(part), rng.randint(2, 3))
            at = rng.randint(0, len(part) - size)
            q = part[at: at + size]
        else:
            q = rng.choice(words)
        out.append((kind, q))
    return out


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def timed(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return (time.perf_counter() - start) * 1000, result


def rotate(workers: list[Worker], i: int) -> list[Worker]:
    """A different one goes first each round, so none is always measured right after
    another process ran (CPU caches, frequency, background load)."""
    k = i % len(workers)
    return workers[k:] + workers[:k]


def measure(workers: list[Worker], case_ids: list[str], queries: list[tuple[str, str]],
            args: argparse.Namespace) -> dict[str, Any]:
    rng = random.Random(args.seed + 3)
    extra: dict[str, Any] = {"load_before": _loadavg()}
    t0 = time.perf_counter()

    def step(label: str) -> None:
        _log(f"  {label} ({time.perf_counter() - t0:.0f} s, load {_loadavg()})")

    # 1. Open + first page, a new engine each time: cold (database files dropped from the
    #    OS page cache first) and warm (OS cache kept). Median over --opens rounds.
    n_expected = min(50, len(case_ids))
    for cache in ("cold", "warm"):
        for i in range(args.opens):
            for w in rotate(workers, i):
                opened = w.call("open", evict=cache == "cold")
                page = w.call("first_page")
                assert page["n"] == n_expected, page
                nokdf = opened["total_ms"] - opened["kdf_ms"]
                w.add(f"open_total_{cache}", opened["total_ms"])
                w.add(f"kdf_{cache}", opened["kdf_ms"])
                w.add(f"tidy_{cache}", opened["tidy_ms"])
                w.add(f"open_nokdf_{cache}", nokdf)
                w.add(f"first_page_{cache}", page["ms"])
                w.add(f"open_page_{cache}", nokdf + page["ms"])
                w.call("close")
    step("opens done")

    # 2. From here on one store of each stays open, as in the app.
    for w in workers:
        w.call("open")
        w.call("first_page")
    for i in range(args.warm_pages):
        for w in rotate(workers, i):
            w.add("first_page_hot", w.call("first_page")["ms"])

    # 3. One case with all its records: first visit (its pages come from the file and,
    #    encrypted, are decrypted) and a second visit to the same cases.
    picks = [rng.choice(case_ids) for _ in range(args.cases)]
    for visit in ("first", "again"):
        for i, cid in enumerate(picks):
            for w in rotate(workers, i):
                r = w.call("get_case", id=cid)
                w.add(f"get_case_{visit}", r["ms"], r["n"])
    step("get_case done")

    # 4. Full-text search (services.search.search, limit 50).
    for i, (kind, q) in enumerate(queries):
        for w in rotate(workers, i):
            r = w.call("search", q=q)
            w.add("search", r["ms"], r["n"])
            w.add(f"search:{kind}", r["ms"], r["n"])
    step("search done")

    # 5. Case list filtered by text (full-text index -> case ids -> one page).
    for i, (kind, q) in enumerate(queries[: args.filters]):
        for w in rotate(workers, i):
            r = w.call("list_text", q=q)
            w.add("list_text", r["ms"], r["n"])
            w.add(f"list_text:{kind}", r["ms"], r["n"])
    step("list_cases(text) done")

    extra["memsec"] = {w.name: w.call("memsec")["value"] for w in workers}
    for w in workers:
        w.call("close")
    extra["load_after"] = _loadavg()
    return extra


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


# ---------------------------------------------------------------------------------------
# Reporting
# ---------------------------------------------------------------------------------------


def machine_info() -> dict[str, str]:
    info: dict[str, str] = {}
    cpu = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    info["CPU"] = cpu or platform.processor() or platform.machine()
    cores = os.cpu_count() or 0
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    info["Cores"] = f"{usable} usable ({cores} online)"
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["RAM"] = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    info["OS"] = platform.platform()
    info["Python"] = f"{platform.python_version()} ({platform.python_implementation()})"
    import sqlite3

    import sqlalchemy

    con = sqlcipher.connect(":memory:")
    cipher = con.execute("PRAGMA cipher_version").fetchone()
    sqlite_in_cipher = con.execute("SELECT sqlite_version()").fetchone()[0]
    con.execute("PRAGMA key = 'x'")
    provider = con.execute("PRAGMA cipher_provider").fetchone()
    provider_version = con.execute("PRAGMA cipher_provider_version").fetchone()
    con.close()
    try:
        from importlib.metadata import version

        wheel = version("sqlcipher3")
    except Exception:  # pragma: no cover
        wheel = "?"
    info["SQLCipher"] = (
        f"{cipher[0] if cipher else '?'} (sqlcipher3 {wheel}, SQLite {sqlite_in_cipher}, "
        f"{provider[0] if provider else '?'} {provider_version[0] if provider_version else ''})"
    ).replace(" )", ")")
    info["stdlib sqlite3"] = f"SQLite {sqlite3.sqlite_version}"
    info["SQLAlchemy"] = sqlalchemy.__version__
    info["Page cache"] = f"{engine_mod.CACHE_SIZE_KIB // 1024} MiB per connection (cache_size)"
    return info


def fmt_ms(value: float) -> str:
    if math.isnan(value):
        return "-"
    return f"{value:.1f} ms" if value < 1000 else f"{value / 1000:.2f} s"


def fmt_size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MiB"


def report(workers: list[Worker], extra: dict[str, Any], gen: dict[str, dict[str, Any]],
           kdf: dict[str, Any], args: argparse.Namespace, work: Path,
           queries: list[tuple[str, str]]) -> str:
    by_name = {w.name: w for w in workers}
    enc, plain = by_name["encrypted"], by_name["plain"]
    extras = [w for w in workers if w.name not in ("encrypted", "plain")]
    nan = float("nan")

    def pct(w: Worker | None, key: str, p: float) -> float:
        return percentile(w.times[key], p) if w and w.times.get(key) else nan

    def ratio(a: float, b: float) -> str:
        return "-" if not b or math.isnan(a) or math.isnan(b) else f"{a / b:.2f}x"

    rows: list[tuple[str, str, int, str]] = [  # (label, metric key, percentile, target)
        ("KDF: Argon2id unlock of the passphrase slot (in open_store)", "kdf_cold", 50,
         "reported apart"),
        ("open_store total incl. KDF (cold)", "open_total_cold", 50, ""),
        ("open excl. KDF (cold)", "open_nokdf_cold", 50, ""),
        ("  of which tidy_vault's read of all evidence rows (cold)", "tidy_cold", 50, ""),
        ("first page (50 cases) right after open (cold)", "first_page_cold", 50, ""),
        ("**open excl. KDF + first page (cold)**", "open_page_cold", 50, "< 300 ms"),
        ("open excl. KDF + first page (OS cache warm)", "open_page_warm", 50, "< 300 ms"),
        ("first page, store already open", "first_page_hot", 50, ""),
        ("**get_case p50**, all records, first visit", "get_case_first", 50, "< 100 ms"),
        ("**get_case p95**, all records, first visit", "get_case_first", 95, "< 100 ms"),
        ("get_case p50, second visit", "get_case_again", 50, "< 100 ms"),
        ("get_case p95, second visit", "get_case_again", 95, "< 100 ms"),
        ("**search p50** (limit 50)", "search", 50, ""),
        ("**search p95** (limit 50)", "search", 95, "< 30 ms"),
        ("list_cases(text=...) p50", "list_text", 50, ""),
        ("list_cases(text=...) p95", "list_text", 95, ""),
    ]
    header = ["metric", "encrypted", "plain", "enc/plain", "target"]
    header += [{"enc-memsec": "enc., memory security ON", "stdlib": "stdlib sqlite3"}.get(
        w.name, w.name) for w in extras]
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    for label, key, p, target in rows:
        a, b = pct(enc, key, p), pct(plain, key, p)
        if key.startswith("kdf"):
            b = nan
        # The KDF is the encrypted store's alone: no ratio for rows that include it.
        shown = "-" if key.startswith(("kdf", "open_total")) else ratio(a, b)
        cells = [label, fmt_ms(a), fmt_ms(b), shown, target]
        cells += [fmt_ms(pct(w, key, p)) if not key.startswith("kdf") or w.name.startswith("enc")
                  else "-" for w in extras]
        lines.append("| " + " | ".join(cells) + " |")

    overhead_keys = [("open_page_cold", 50), ("first_page_hot", 50), ("get_case_first", 50),
                     ("get_case_again", 50), ("search", 50), ("search", 95), ("list_text", 50)]

    def geo(w: Worker) -> float:
        logs = [math.log(pct(w, k, p) / pct(plain, k, p)) for k, p in overhead_keys
                if pct(plain, k, p) and not math.isnan(pct(w, k, p))]
        return math.exp(statistics.mean(logs)) if logs else nan

    cells = ["**SQLCipher overhead**: geometric mean of enc/plain over the non-KDF rows "
             "(one per metric, p50; search also p95)", "", "", f"{geo(enc):.2f}x", "<= 1.3x"]
    cells += [f"{geo(w):.2f}x vs plain" for w in extras]
    lines.append("| " + " | ".join(cells) + " |")
    table = "\n".join(lines)

    lines = ["", "Search by kind of query (40 each at full settings; results returned, max 50):",
             "", "| query kind | enc p50 | enc p95 | plain p50 | plain p95 | hits (median) |",
             "|---|---:|---:|---:|---:|---:|"]
    for kind in QUERY_KINDS:
        key = f"search:{kind}"
        hits = statistics.median(enc.counts.get(key, [0]))
        lines.append(f"| {kind} | {fmt_ms(pct(enc, key, 50))} | {fmt_ms(pct(enc, key, 95))} | "
                     f"{fmt_ms(pct(plain, key, 50))} | {fmt_ms(pct(plain, key, 95))} | "
                     f"{hits:.0f} |")
    lines += ["", "list_cases(text=...) by kind of query:", "",
              "| query kind | enc p50 | enc p95 | plain p50 | plain p95 | cases on page (median) |",
              "|---|---:|---:|---:|---:|---:|"]
    for kind in QUERY_KINDS:
        key = f"list_text:{kind}"
        if enc.times.get(key):
            hits = statistics.median(enc.counts.get(key, [0]))
            lines.append(f"| {kind} | {fmt_ms(pct(enc, key, 50))} | "
                         f"{fmt_ms(pct(enc, key, 95))} | {fmt_ms(pct(plain, key, 50))} | "
                         f"{fmt_ms(pct(plain, key, 95))} | {hits:.0f} |")

    def slowest(metric: str, limit: int, unit: str) -> str:
        items = [(ms, q, kind, n) for ms, (kind, q), n in zip(
            enc.times.get(metric, []), queries, enc.counts.get(metric, []), strict=False)]
        return "; ".join(f"{q!r} ({kind}) {ms:.0f} ms, {n} {unit}"
                         for ms, q, kind, n in sorted(items, reverse=True)[:limit])

    lines += ["", "Slowest searches (encrypted): " + slowest("search", 5, "hits"),
              "Slowest text filters (encrypted): " + slowest("list_text", 5, "cases")]
    details = "\n".join(lines)

    g = gen["encrypted"]
    c = g["counts"]
    lines = ["Machine:"]
    lines += [f"  {key:15} {value}" for key, value in machine_info().items()]
    lines.append(f"  Load average    {extra['load_before']} before, {extra['load_after']} after "
                 "the measurements (other work on the machine shows up here)")
    lines.append("")
    lines.append(f"Data (scale {args.scale}, seed {args.seed}): " + ", ".join(
        f"{c[k]:,} {label}" for k, label in (
            ("case_file", "cases"), ("person", "people"), ("person_name", "names"),
            ("event", "events"), ("case_role", "roles"), ("event_participant", "participants"),
            ("source", "sources"), ("claim", "claims"), ("relationship", "relationships"),
            ("citizenship", "citizenships"), ("identity_document", "documents"),
            ("consent", "consents"), ("task", "tasks"), ("evidence", "evidence records"),
            ("place", "places"), ("organization", "organizations"),
            ("search_index", "full-text rows"))))
    records = enc.counts.get("get_case_first", [0])
    lines.append(f"  A case shown by get_case held {statistics.mean(records):.0f} records on "
                 f"average (max {max(records)}): people, events, sources, claims, consents, "
                 "tasks, evidence, relations.")
    lines.append("  Written with SQLAlchemy Core bulk insert() in one transaction per store: the "
                 "full-text triggers fired per row; the change log was bypassed "
                 f"(change_log rows: {c.get('change_log', 0)}).")
    for name in ("encrypted", "plain"):
        gd = gen[name]
        sizes = ", ".join(f"{k} {fmt_size(v)}" for k, v in gd["sizes"].items() if v)
        lines.append(f"  {name:9} generated in {gd['seconds']:6.1f} s; {sizes}")
    if gen.get("wall_seconds"):
        lines.append(f"  Both generated side by side (one process each) in "
                     f"{gen['wall_seconds']:.0f} s wall time; stdlib and enc-memsec are file "
                     "copies of plain and encrypted.")
    lines.append(f"  KDF of the encrypted store: Argon2id "
                 f"m={argon2.MINIMUM.memory_kib // 1024} MiB, t={argon2.MINIMUM.iterations}, "
                 f"p={argon2.MINIMUM.lanes} (the floor); "
                 f"derive_key alone {kdf['derive_ms']:.0f} ms.")
    if kdf.get("calibrated"):
        cal = kdf["calibrated"]
        lines.append(f"  A store created by the app calibrates to ~0.7 s: here calibrate() chose "
                     f"m={cal.memory_kib // 1024} MiB, t={cal.iterations}, p={cal.lanes}, "
                     f"{kdf['calibrated_ms']:.0f} ms per derivation (the KDF row grows by that "
                     "much; the rest does not change).")
    lines.append(f"  Opens: median of {args.opens}, a new engine each; cold = the database files "
                 "dropped from the OS page cache (posix_fadvise DONTNEED) first.")
    lines.append(f"  get_case: {args.cases} random cases by id, twice; search: {len(queries)} "
                 f"queries ({', '.join(QUERY_KINDS)}); list_cases(text=...): "
                 f"{min(args.filters, len(queries))} of them.")
    lines.append("  Each store is measured in its own process, in lock-step, one call at a time. "
                 "cipher_memory_security per process: " + ", ".join(
                     f"{k}={v}" for k, v in extra["memsec"].items()) + ".")
    for w in workers:
        lines.append(f"  {w.name:12} {TARGETS[w.name]}")
    lines.append(f"  Stores in {work}" + ("" if args.keep else " (deleted at exit)"))
    notes = "\n".join(lines)
    return "\n".join([notes, "", table, details])


# ---------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def build(work: Path, args: argparse.Namespace, names: list[str]) -> dict[str, dict[str, Any]]:
    """Generate the stores, or reuse those of an earlier --keep run with the same settings.

    ``encrypted`` and ``plain`` are generated side by side, one process each, with the
    same seed and the same insert order, so their files have the same layout page for
    page. ``stdlib`` is a copy of the plain file (SQLite's file format is the same), and
    ``enc-memsec`` a copy of the encrypted folder (a store is locked by one process).
    """
    meta_path = work / META_NAME
    wanted = {"format": FORMAT, "scale": args.scale, "seed": args.seed}
    meta: dict[str, Any] = {}
    if meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if {k: meta.get(k) for k in wanted} != wanted:
            _log(f"{work} holds stores made with other settings; starting over.")
            meta = {}
    generated: dict[str, dict[str, Any]] = dict(meta.get("generated", {}))
    todo = [n for n in ("encrypted", "plain")
            if not (n in generated and target_paths(work, n)[1].exists())]
    for name in ("encrypted", "plain"):
        if name not in todo:
            _log(f"Reusing the {name} store in {work}.")
    procs = {}
    start = time.perf_counter()
    for name in todo:
        shutil.rmtree(target_paths(work, name)[0], ignore_errors=True)
        _log(f"Generating the {name} store (scale {args.scale}) ...")
        procs[name] = subprocess.Popen(
            [sys.executable, __file__, "--generate", name, "--work-dir", str(work),
             "--scale", str(args.scale), "--seed", str(args.seed)],
            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )
    for name, proc in procs.items():
        out, _ = proc.communicate()
        if proc.returncode != 0:
            raise SystemExit(f"generating the {name} store failed")
        generated[name] = json.loads(out.strip().splitlines()[-1])
    if procs:
        generated["wall_seconds"] = time.perf_counter() - start  # type: ignore[assignment]
        meta_path.write_text(json.dumps({**wanted, "generated": generated}))
    if generated["plain"]["counts"] != generated["encrypted"]["counts"]:
        raise SystemExit("the plain store holds other data than the encrypted one: "
                         f"{generated['plain']['counts']} vs {generated['encrypted']['counts']}")
    for name, source in (("stdlib", "plain"), ("enc-memsec", "encrypted")):
        if name in names:
            dst = target_paths(work, name)[0]
            shutil.rmtree(dst, ignore_errors=True)
            shutil.copytree(target_paths(work, source)[0], dst,
                            ignore=shutil.ignore_patterns("lock", "*-wal", "*-shm"))
    return generated


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0,
                        help="fraction of the full data set (10,000 cases); 0.01 for a smoke run")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="work in DIR and keep the stores (reused when scale and seed match)")
    parser.add_argument("--seed", type=int, default=20250723)
    parser.add_argument("--opens", type=int, default=5, help="open + first page rounds")
    parser.add_argument("--warm-pages", type=int, default=30)
    parser.add_argument("--cases", type=int, default=200, help="get_case calls (x2 visits)")
    parser.add_argument("--queries", type=int, default=200, help="search queries")
    parser.add_argument("--filters", type=int, default=100, help="list_cases(text=...) calls")
    parser.add_argument("--no-extra", action="store_true",
                        help="measure only encrypted and plain (skip the memory-security "
                             "diagnostic and Python's sqlite3)")
    parser.add_argument("--no-calibrate", action="store_true",
                        help="skip timing the KDF parameters a new store would calibrate to")
    # internal: the worker processes
    parser.add_argument("--generate", help=argparse.SUPPRESS)
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    parser.add_argument("--work-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.generate:
        result = generate_worker(args.generate, args.work_dir, args.scale, args.seed)
        print(json.dumps(result))
        return 0
    if args.serve:
        serve_worker(args.serve, args.work_dir)
        return 0

    names = ["encrypted", "plain"] + ([] if args.no_extra else ["enc-memsec", "stdlib"])
    if args.keep:
        work = args.keep.resolve()
        work.mkdir(parents=True, exist_ok=True)
    else:
        work = Path(tempfile.mkdtemp(prefix="casekeeper-bench-"))
    workers: list[Worker] = []
    try:
        generated = build(work, args, names)
        gen = generated["encrypted"]
        samples = [PersonInfo(**s) for s in gen["samples"]]

        kdf: dict[str, Any] = {}
        salt = os.urandom(16)
        derive = []
        for _ in range(3):
            derive.append(timed(argon2.derive_key, PASSPHRASE, salt, argon2.MINIMUM)[0])
        kdf["derive_ms"] = statistics.median(derive)
        if not args.no_calibrate:
            params = argon2.calibrate()
            kdf["calibrated"] = params
            kdf["calibrated_ms"] = timed(argon2.derive_key, PASSPHRASE, salt, params)[0]

        queries = make_queries(samples, args.queries, args.seed)
        _log("Measuring (each store in its own process) ...")
        workers = [Worker(name, work) for name in names]
        extra = measure(workers, gen["case_ids"], queries, args)
        print(report(workers, extra, generated, kdf, args, work, queries))
    finally:
        for w in workers:
            w.quit()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
