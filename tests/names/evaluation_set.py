"""Labelled names for measuring search and the duplicate finder (docs/names.md).

Each cluster is one person, place or organization under every spelling we
have for it. The seed reports give the first three clusters' Latin
variants exactly as printed (Alinur Turhanbay / Alinur Tulhanbai / Alimnur
Turganbay; Gulidarriya Xilizati / Guldarega / Guldaria / Guldariya
Sherizatkyzy; Doralta / Duralata / Dulata). The other scripts, and the other
clusters, were assembled for this set the way such names are written: Kazakh
Cyrillic and Russian passport forms (-ov/-ova, -ovna), the three Kazakh
Latin alphabets, Chinese transcriptions with the middle dot, Uyghur Arabic
script (ULY letter values) and Kazakh Arabic script (tote jazu).

The first variant of a cluster is the one recorded in the store; every other
variant is a query that must find it. LOOKALIKES are other people (and
places) whose names share a given name or a surname with a cluster: none may
rank above the right one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cluster:
    key: str
    entity: str  # person, place, organization
    variants: tuple[str, ...]
    seeds: bool = False  # variants taken from the seed reports


CLUSTERS = (
    Cluster(
        "alimnur",
        "person",
        (
            "Alinur Turhanbay",
            "Alinur Tulhanbai",
            "Alimnur Turganbay",
            "Әлімнұр Тұрғанбай",
            "Алимнур Турганбаев",
            "阿力木努尔·吐尔汗拜",
            "ئالىمنۇر تۇرغانباي",
            "ٴالىمنۇر تۇرعانباي",
            "Älimnūr Tūrğanbai",
            "Turganbay Alimnur",
            "A. Turganbay",
            "Alimnur",
        ),
        seeds=True,
    ),
    Cluster(
        "guldariya",
        "person",
        (
            "Guldariya Sherizatkyzy",
            "Gulidarriya Xilizati",
            "Guldarega",
            "Guldaria",
            "Гүлдария Шеризатқызы",
            "Гульдария Шеризатовна",
            "古丽达尔娅·西力扎提",
            "گۈلدارىيە شېرىزات",
            "Güldariä Şerizatqyzy",
            "Sherizatkyzy Guldariya",
        ),
        seeds=True,
    ),
    Cluster(
        "dulata",
        "place",
        ("Dulata", "Doralta", "Duralata", "都拉塔", "Дулата", "Dulata port", "都拉塔口岸"),
        seeds=True,
    ),
    Cluster(
        "serikzhan",
        "person",
        (
            "Serikzhan Bilash",
            "Серікжан Білаш",
            "Серикжан Билаш",
            "Serikjan Bilash",
            "Serikjan Bilaş",
            "赛力克江·比拉什",
            "ٴسەرىكجان ٴبىلاش",
            "S. Bilash",
        ),
        seeds=True,
    ),
    Cluster(
        "yerzhanat",
        "person",
        (
            "Yerzhanat Abai",
            "Ержанат Абай",
            "Erzhanat Abay",
            "Erjanat Abai",
            "叶尔扎纳提·阿拜",
        ),
        seeds=True,
    ),
    Cluster(
        "alemasbek",
        "person",
        (
            "Alemasbek Jumukhan",
            "Әлемасбек Жұмұхан",
            "Alemasbek Zhumukhan",
            "阿勒玛斯别克·居木汗",
            "Alemas Jumukhan",
        ),
        seeds=True,
    ),
    Cluster(
        "nurlan",
        "person",
        (
            "Nurlan Zhaksylykov",
            "Нұрлан Жақсылықов",
            "Nurlan Jaqsylyqov",
            "Nurlan Zhaksylyk",
            "努尔兰·加克斯勒克",
        ),
    ),
    Cluster(
        "aigul",
        "person",
        (
            "Aigul Nurbekkyzy",
            "Айгүл Нұрбекқызы",
            "Aygul Nurbekova",
            "阿依古丽·努尔别克",
            "ئايگۈل نۇربەك",
            "Aigúl Nurbekqyzy",
        ),
    ),
    Cluster(
        "mukhtar",
        "person",
        (
            "Mukhtar Abdurahman",
            "Мухтар Абдурахманов",
            "Muxtar Abduraxman",
            "木合塔尔·阿不都热合曼",
            "مۇختار ئابدۇرەھمان",
        ),
    ),
    Cluster(
        "yusup",
        "person",
        (
            "Yusup Qadir",
            "Юсуп Кадыров",
            "Yusuf Kadir",
            "玉素甫·卡德尔",
            "يۈسۈپ قادىر",
        ),
    ),
    Cluster(
        "patigul",
        "person",
        (
            "Patigul Tursun",
            "Патигуль Турсунова",
            "Patigül Tursun",
            "帕提古丽·吐尔逊",
            "پاتىگۈل تۇرسۇن",
        ),
    ),
    Cluster(
        "zhanar",
        "person",
        (
            "Zhanar Serikbaikyzy",
            "Жанар Серікбайқызы",
            "Janar Serikbay",
            "扎娜尔·赛力克拜",
            "Жанар Серикбаева",
        ),
    ),
    Cluster(
        "kairat",
        "person",
        (
            "Kairat Samarkhan",
            "Қайрат Самархан",
            "Qairat Samarhan",
            "凯拉特·萨马尔汗",
            "Kayrat Samarkhanov",
        ),
    ),
    Cluster(
        "ivan",
        "person",
        ("Ivan Kuznetsov", "Иван Кузнецов", "伊万·库兹涅佐夫", "I. Kuznetsov"),
    ),
    Cluster(
        "khorgos",
        "place",
        ("Khorgos", "Khorgas", "Qorğas", "Хоргос", "Қорғас", "霍尔果斯"),
    ),
    Cluster(
        "almaty",
        "place",
        ("Almaty", "Алматы", "Alma-Ata", "Алма-Ата", "阿拉木图"),
    ),
    Cluster(
        "urumqi",
        "place",
        ("Urumqi", "Ürümqi", "Урумчи", "乌鲁木齐", "ئۈرۈمچى"),
    ),
    Cluster(
        "atajurt",
        "organization",
        ("Atajurt", "Atazhul", "Атажұрт", "Atajurt Volunteers", "Atazhurt"),
        seeds=True,
    ),
)

# (entity, name, the cluster it resembles)
LOOKALIKES = (
    ("person", "Alinur Kasymov", "alimnur"),
    ("person", "Alimzhan Turganbayev", "alimnur"),
    ("person", "Nurlan Turganbay", "alimnur"),
    ("person", "Guldana Sherizatkyzy", "guldariya"),
    ("person", "Guldariya Bekova", "guldariya"),
    ("person", "Gulnar Sherizatkyzy", "guldariya"),
    ("person", "Serik Bilash", "serikzhan"),
    ("person", "Serikzhan Akhmetov", "serikzhan"),
    ("person", "Yerlan Abai", "yerzhanat"),
    ("person", "Yerzhan Abdrakhmanov", "yerzhanat"),
    ("person", "Alemasbek Nurgali", "alemasbek"),
    ("person", "Nurlan Bekov", "nurlan"),
    ("person", "Aigul Tursun", "aigul"),
    ("person", "Aigerim Nurbekkyzy", "aigul"),
    ("person", "Mukhtar Kadirov", "mukhtar"),
    ("person", "Yusup Abdurahman", "yusup"),
    ("person", "Patigul Abliz", "patigul"),
    ("person", "Zhanar Bekova", "zhanar"),
    ("person", "Kairat Serikbay", "kairat"),
    ("person", "Ivan Petrov", "ivan"),
    ("place", "Almaly", "almaty"),
    ("place", "Kolzhat", "khorgos"),
    ("place", "Dostyk", "dulata"),
    ("organization", "Atameken", "atajurt"),
)


# Queries that by construction fit a look-alike exactly as well as the right
# person (only the shared given name, or an initial both share before the
# shared surname). They count for recall@3; the "no look-alike above the
# right person" rule cannot apply to them.
AMBIGUOUS_QUERIES = frozenset({"Alimnur", "A. Turganbay", "S. Bilash"})


def queries() -> list[tuple[Cluster, str]]:
    """Every variant but the recorded one, with the cluster it must find."""
    return [(c, v) for c in CLUSTERS for v in c.variants[1:]]
