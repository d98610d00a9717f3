"""The rules of docs/names.md, one test each, on the spellings of the case files."""

from __future__ import annotations

import pytest
from anyascii import anyascii

from casekeeper.names.keys import name_keys
from casekeeper.names.phonetic import fold, skeleton, strip_patronymic
from casekeeper.names.similarity import name_similarity, pair_similarity
from casekeeper.names.transliterate import to_latin


def phonetic(text: str) -> str:
    return name_keys(text).phonetic


# --- transliteration --------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "latin"),
    [
        ("Әлімнұр Тұрғанбай", "alimnur turghanbay"),  # Kazakh Cyrillic
        ("Гульдария Шеризатовна", "guldariya sherizatovna"),  # Russian Cyrillic
        ("Серікжан Білаш", "serikzhan bilash"),
        ("Ержанат Абай", "erzhanat abay"),
        ("S'erizat Qorg'as", "sherizat qorghas"),  # Kazakh Latin 2017 (apostrophes)
        ("Álimnur Turǵanbaı", "alimnur turghanbay"),  # Kazakh Latin 2018 (acutes)
        ("Älimnūr Tūrğanbai", "alimnur turghanbai"),  # Kazakh Latin 2021
        ("Güldariä Şerizatqyzy", "guldaria sherizatqyzy"),
        ("阿力木努尔·吐尔汗拜", "alimunur turhanbai"),  # Chinese, middle dot
        ("古丽达尔娅•西力扎提", "gulidarya shilijati"),  # another dot character
        ("都拉塔", "dulata"),  # 都 read du, as in transcriptions, not dou
        ("赛力克江·比拉什", "sailikejiang bilashi"),  # 什 shi, not shen
        ("ئالىمنۇر تۇرغانباي", "alimnur turghanbay"),  # Uyghur Arabic script
        ("ٴالىمنۇر تۇرعانباي", "alymnur turghanbai"),  # Kazakh Arabic script: ع is ғ
    ],
)
def test_every_script_reads_as_latin(written: str, latin: str) -> None:
    assert to_latin(written) == latin


def test_uyghur_arabic_script_is_read_with_uyghur_letters_not_anyascii() -> None:
    """PITFALLS.md: anyascii turns ئالىمنۇر into "i'lamnur"."""
    assert anyascii("ئالىمنۇر") != "alimnur"
    assert to_latin("ئالىمنۇر") == "alimnur"
    assert to_latin("ئۆمەر") == "omer"  # ۆ ö
    assert to_latin("تۈرسۈن") == "tursun"  # ۈ ü
    assert to_latin("ئېرکىن") == "erkin"  # ې é
    assert to_latin("ڭ") == "ng"


def test_kazakh_arabic_script_letters_differ_from_uyghur() -> None:
    assert to_latin("ۆ", "ug") == "o"
    assert to_latin("ۆ", "kk") == "v"


def test_chinese_er_after_a_syllable_is_a_turkic_final_r() -> None:
    assert to_latin("努尔兰") == "nurlan"
    assert to_latin("尔") == "er"


# --- phonetic folding ------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "rule"),
    [
        ("Turhanbay", "Turganbay", "h ~ g"),
        ("Turkhanbay", "Turqanbay", "kh ~ q"),
        ("Turghanbay", "Turganbay", "gh ~ g"),
        ("Zhanar", "Janar", "zh ~ j"),
        ("Dzhanar", "Janar", "dzh ~ j"),
        ("Bilash", "Bilaş", "sh ~ ş"),
        ("Yerlan", "Erlan", "initial ye ~ e"),
        ("Aygul", "Aigul", "y ~ i"),
        ("Qadyr", "Qadir", "y ~ i"),
        ("Qadır", "Qadir", "ı ~ i"),
        ("Gülnar", "Gulnar", "ü ~ u"),
        ("Ömer", "Omer", "ö ~ o"),
        ("Turganbay", "Turganbai", "-bay ~ -bai"),
        ("Gulidarriya", "Gulidariya", "doubled letters"),
        ("Tulhanbai", "Turhanbay", "l ~ r (Chinese transcriptions)"),
        ("Yusuf", "Yusup", "f ~ p"),
        ("Xilizati", "Shilizati", "x ~ sh (pinyin)"),
        ("Xalmurat", "Khalmurat", "x ~ kh (Uyghur Latin)"),
        ("Ürümqi", "Urumchi", "q before i ~ ch (pinyin)"),
        ("Turganbayev", "Turganbay", "Russian -ev"),
        ("Nurbekova", "Nurbek", "Russian -ova"),
    ],
)
def test_romanization_variants_fold_to_one_reading(a: str, b: str, rule: str) -> None:
    assert set(fold(strip_patronymic(to_latin(a))[0])) & set(
        fold(strip_patronymic(to_latin(b))[0])
    ), rule


@pytest.mark.parametrize(
    ("written", "stem"),
    [
        ("sherizatkyzy", "sherizat"),
        ("sherizatqyzy", "sherizat"),
        ("sherizatqizi", "sherizat"),
        ("abaiuly", "abai"),
        ("sherizatovna", "sherizat"),
        ("sherizatovich", "sherizat"),
    ],
)
def test_patronymic_suffixes_leave_the_fathers_name(written: str, stem: str) -> None:
    assert strip_patronymic(written) == (stem, True)


def test_patronymic_as_a_word_of_its_own() -> None:
    assert phonetic("Guldariya Sherizat kyzy") == phonetic("Guldariya Sherizatkyzy")


def test_names_ending_in_guli_are_not_patronymics() -> None:
    """-uli is not stripped: Aiguli, Patiguli ("flower") would lose their end."""
    assert not name_keys("Aiguli").words[0].patronymic


def test_the_seed_spellings_of_the_husband_share_one_reading() -> None:
    assert phonetic("Alinur Turhanbay") == phonetic("Alinur Tulhanbai") == "arinur turkanbai"
    assert phonetic("Alimnur Turganbay").split()[1] == "turkanbai"


def test_the_seed_spellings_of_the_border_post_share_one_skeleton() -> None:
    skeletons = {skeleton(phonetic(n)) for n in ("Doralta", "Duralata", "Dulata", "都拉塔")}
    assert skeletons == {"trt"}


def test_chinese_vowels_vanish_from_the_skeleton() -> None:
    assert skeleton(phonetic("阿力木努尔")) == skeleton(phonetic("Alimnur")) == "armnr"


# --- comparing ----------------------------------------------------------------------


def words(text: str):  # type: ignore[no-untyped-def]
    return name_keys(text).words


def test_given_name_and_surname_in_either_order() -> None:
    assert name_similarity(words("Turganbay Alimnur"), words("Alimnur Turganbay")) == 1.0


def test_an_initial_stands_for_a_given_name() -> None:
    assert name_similarity(words("A. Turganbay"), words("Alimnur Turganbay")) > 0.9
    assert name_similarity(words("S. Turganbay"), words("Alimnur Turganbay")) < 0.75


def test_a_name_being_typed_matches_the_names_it_begins() -> None:
    assert name_similarity(words("Guldar"), words("Guldariya Sherizatkyzy")) >= 0.85


def test_chinese_without_the_middle_dot_still_matches() -> None:
    assert name_similarity(words("阿力木努尔吐尔汗拜"), words("Alimnur Turganbay")) > 0.85


def test_the_seed_spellings_of_the_wife_are_alike() -> None:
    """Full names agree strongly; a lone given name less (it is weaker evidence)."""
    full = ["Gulidarriya Xilizati", "Guldariya Sherizatkyzy", "古丽达尔娅·西力扎提"]
    for a in full:
        for b in full:
            assert pair_similarity(words(a), words(b)) >= 0.9, (a, b)
    for a in ["Guldarega", "Guldaria"]:
        for b in full:
            assert pair_similarity(words(a), words(b)) >= 0.75, (a, b)


def test_sisters_are_less_alike_than_spellings_of_one_woman() -> None:
    wife = words("Guldariya Sherizatkyzy")
    assert pair_similarity(words("Gulidarriya Xilizati"), wife) > pair_similarity(
        words("Guldana Sherizatkyzy"), wife
    )


def test_variants_share_a_blocking_key() -> None:
    groups = [
        ["Alinur Turhanbay", "Alimnur Turganbay", "阿力木努尔·吐尔汗拜", "Әлімнұр Тұрғанбай"],
        ["Gulidarriya Xilizati", "Guldarega", "Guldaria", "古丽达尔娅·西力扎提"],
        ["Doralta", "Duralata", "Dulata", "Дулата"],
    ]
    for group in groups:
        first = name_keys(group[0]).blocking
        for other in group[1:]:
            assert first & name_keys(other).blocking, (group[0], other)


def test_generic_words_of_place_names_are_left_out() -> None:
    assert phonetic("Dulata port") == phonetic("Dulata") == phonetic("都拉塔口岸")
    assert phonetic("Port") == "purt"  # alone it is the name
