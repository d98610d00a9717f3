"""Partial dates as a caseworker types them, and what CaseKeeper makes of them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from casekeeper.errors import InvalidDate, InvalidValue
from casekeeper.fuzzydate import FuzzyDate, from_parts, parse
from casekeeper.fuzzydate_months import MONTH_NAMES_EN

# --- what a caseworker types ----------------------------------------------------------


def test_july_2025_is_accepted_as_month_precision() -> None:
    fd = parse("July 2025")
    assert fd == FuzzyDate("2025-07")
    assert fd.precision == "month"
    assert fd.display() == "July 2025"


@pytest.mark.parametrize(
    ("typed", "stored", "precision"),
    [
        ("2025", "2025", "year"),
        ("2025-07", "2025-07", "month"),
        ("2025-7", "2025-07", "month"),
        ("2025-07-23", "2025-07-23", "day"),
        ("2025-7-3", "2025-07-03", "day"),
        ("  2025-07-23 \n", "2025-07-23", "day"),
    ],
)
def test_iso_dates_of_any_precision_are_kept_at_that_precision(
    typed: str, stored: str, precision: str
) -> None:
    fd = parse(typed)
    assert str(fd) == stored
    assert fd.precision == precision


@pytest.mark.parametrize(
    "typed",
    [
        "22 or 23 July 2025",
        "July 22 or 23, 2025",
        "2025-07-22 or 23",
        "2025-07-22 or 2025-07-23",
        "2025-07-22/2025-07-23",
        "22–23 July 2025",
        "22 или 23 июля 2025",
        "22 OR 23 JULY 2025",
    ],
)
def test_22_or_23_july_is_a_two_day_span(typed: str) -> None:
    fd = parse(typed)
    assert fd == FuzzyDate("2025-07-22", "2025-07-23")
    assert (fd.earliest(), fd.latest()) == (date(2025, 7, 22), date(2025, 7, 23))
    assert fd.display() == "22–23 July 2025"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2025-07-22..2025-07-25", "2025-07-22/2025-07-25"),
        ("2025-07-22 - 2025-07-25", "2025-07-22/2025-07-25"),
        ("2025-07-22..25", "2025-07-22/2025-07-25"),
        ("2017–2018", "2017/2018"),
        ("2017—2018", "2017/2018"),
        ("2017-2018", "2017/2018"),
        ("between 2017 and 2018", "2017/2018"),
        ("from 2017 to 2018", "2017/2018"),
        ("2017 to 2018", "2017/2018"),
        ("July–August 2025", "2025-07/2025-08"),
        ("2025-07 - 08", "2025-07/2025-08"),
        ("22 July – 3 August 2025", "2025-07-22/2025-08-03"),
        ("30 December 2024 – 2 January 2025", "2024-12-30/2025-01-02"),
        ("с 22 по 25 июля 2025", "2025-07-22/2025-07-25"),
        ("2017 – March 2018", "2017/2018-03"),
        ("2017–2018 гг.", "2017/2018"),
    ],
)
def test_spans_are_understood_however_they_are_joined(typed: str, stored: str) -> None:
    assert str(parse(typed)) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "23 July 2025",
        "July 23, 2025",
        "July 23rd, 2025",
        "23rd of July 2025",
        "23 Jul 2025",
        "jul 23 2025",
        "2025 July 23",
        "23 июля 2025",
        "23 июля 2025 года",
        "23 июл. 2025",
        "2025 жылғы 23 шілде",
        "23 шілде 2025",
        "2025 ж. 23 шілде",
        "23.07.2025",
        "23/07/2025",
        "2025年7月23日",
    ],
)
def test_the_same_day_in_every_language_and_order(typed: str) -> None:
    assert parse(typed) == FuzzyDate("2025-07-23")


@pytest.mark.parametrize(
    "typed",
    ["July 2025", "jul 2025", "июль 2025 г.", "в июле 2025 года", "шілде 2025",
     "2025 жылғы шілде", "07.2025", "07/2025", "2025年7月"],
)  # fmt: skip
def test_a_month_without_a_day_is_month_precision(typed: str) -> None:
    assert parse(typed) == FuzzyDate("2025-07")


_RUSSIAN_NOMINATIVE = (
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"
)
_RUSSIAN_GENITIVE = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
)
_KAZAKH = "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан"
_ENGLISH_SHORT = "jan feb mar apr may jun jul aug sep oct nov dec"


@pytest.mark.parametrize(
    "names",
    [" ".join(MONTH_NAMES_EN), _ENGLISH_SHORT, _RUSSIAN_NOMINATIVE, _KAZAKH],
)
def test_every_month_name_is_known(names: str) -> None:
    for number, name in enumerate(names.split(), start=1):
        assert parse(f"{name} 2025") == FuzzyDate(f"2025-{number:02d}"), name


def test_russian_genitive_month_names_take_a_day() -> None:
    for number, name in enumerate(_RUSSIAN_GENITIVE.split(), start=1):
        assert parse(f"1 {name} 2025") == FuzzyDate(f"2025-{number:02d}-01"), name


def test_sept_is_september() -> None:
    assert parse("Sept 2025") == parse("Sept. 2025") == FuzzyDate("2025-09")


def test_day_first_numbers_are_european_order() -> None:
    # 07/08/2025 is 7 August; US month-first order is not guessed.
    assert parse("07/08/2025") == FuzzyDate("2025-08-07")
    assert parse("7.8.2025") == FuzzyDate("2025-08-07")


def test_us_month_first_order_is_refused_rather_than_guessed() -> None:
    with pytest.raises(InvalidDate):
        parse("07/23/2025")


@pytest.mark.parametrize(
    "typed",
    ["circa 2018", "c. 2018", "ca. 2018", "ca 2018", "~2018", "≈2018", "about 2018",
     "around 2018", "approx. 2018", "2018?", "2018 ?", "Circa 2018", "примерно 2018",
     "около 2018", "шамамен 2018", "约2018年", "2018年左右"],
)  # fmt: skip
def test_an_approximate_year_is_marked_circa(typed: str) -> None:
    fd = parse(typed)
    assert fd == FuzzyDate("2018", circa=True)
    assert fd.display() == "c. 2018"
    assert str(fd) == "~2018"


def test_circa_applies_to_a_whole_span() -> None:
    assert parse("c. 2017–2018") == FuzzyDate("2017", "2018", circa=True)
    assert parse("22 or 23 July 2025?") == FuzzyDate("2025-07-22", "2025-07-23", True)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("early 2025", "2025-01/2025-04"), ("mid-2025", "2025-05/2025-08"),
     ("mid 2025", "2025-05/2025-08"), ("late 2025", "2025-09/2025-12")],
)  # fmt: skip
def test_early_mid_late_become_thirds_of_the_year(typed: str, stored: str) -> None:
    assert str(parse(typed)) == stored


@pytest.mark.parametrize(
    "typed",
    ["yesterday", "32 July 2025", "2025-13", "banana", "", "   ", "2025-02-29",
     "2025-07-32", "July", "23 July", "25", "17", "2017-18", "0000", "10000", "2025-07-23-24-25",
     "2025 - July", "2018-2017", "23 24 July 2025", "22 or 23", "circa", "2025/07",
     "23-07-2025", "12345-01", "x" * 500],
)  # fmt: skip
def test_nonsense_is_refused_with_examples(typed: str) -> None:
    with pytest.raises(InvalidDate) as refused:
        parse(typed)
    assert isinstance(refused.value, InvalidValue)
    assert "Examples:" in str(refused.value)
    assert "23 July 2025" in str(refused.value)


def test_refusal_quotes_what_was_typed() -> None:
    with pytest.raises(InvalidDate) as refused:
        parse("  32 July 2025 ")
    assert refused.value.text == "32 July 2025"
    assert str(refused.value).startswith("'32 July 2025' is not a date")


# --- the stored value -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end"),
    [("2025-13", None), ("2025-02-30", None), ("0000", None), ("2025-7", None),
     ("July 2025", None), ("", None), ("2025-07-23", "2025-07-22"), ("2018", "2017"),
     ("2025-07-23", "2025-07"), ("2025", "2025-07")],
)  # fmt: skip
def test_a_stored_date_must_be_canonical_and_real(start: str, end: str | None) -> None:
    with pytest.raises(InvalidDate):
        FuzzyDate(start, end)


def test_a_span_may_mix_precisions_when_it_runs_forward() -> None:
    fd = FuzzyDate("2017", "2018-03")
    assert fd.precision == "year"
    assert (fd.earliest(), fd.latest()) == (date(2017, 1, 1), date(2018, 3, 31))
    assert fd.display() == "2017 – March 2018"


def test_a_span_ending_where_it_starts_is_a_single_date() -> None:
    assert FuzzyDate("2025-07-23", "2025-07-23") == FuzzyDate("2025-07-23")
    assert parse("2025-07-23 or 2025-07-23").end is None


def test_canonical_text_is_start_slash_end_with_tilde_for_circa() -> None:
    assert str(FuzzyDate("2025-07-23")) == "2025-07-23"
    assert str(FuzzyDate("2025-07-22", "2025-07-23")) == "2025-07-22/2025-07-23"
    assert str(FuzzyDate("2018", circa=True)) == "~2018"
    assert str(FuzzyDate("2017", "2018", circa=True)) == "~2017/2018"


@pytest.mark.parametrize(
    ("fd", "shown"),
    [(FuzzyDate("2025-07-23"), "23 July 2025"), (FuzzyDate("2025-07"), "July 2025"),
     (FuzzyDate("2025"), "2025"), (FuzzyDate("2025-07-03"), "3 July 2025"),
     (FuzzyDate("2025-07-22", "2025-07-23"), "22–23 July 2025"),
     (FuzzyDate("2025-07-22", "2025-08-03"), "22 July – 3 August 2025"),
     (FuzzyDate("2024-12-30", "2025-01-02"), "30 December 2024 – 2 January 2025"),
     (FuzzyDate("2025-07", "2025-08"), "July–August 2025"),
     (FuzzyDate("2024-12", "2025-01"), "December 2024 – January 2025"),
     (FuzzyDate("2018", circa=True), "c. 2018"), (FuzzyDate("2017", "2018"), "2017–2018")],
)  # fmt: skip
def test_display_reads_like_english(fd: FuzzyDate, shown: str) -> None:
    assert fd.display() == shown


def test_a_month_spans_the_whole_month_on_the_timeline() -> None:
    assert parse("2025-07").earliest() == date(2025, 7, 1)
    assert parse("2025-07").latest() == date(2025, 7, 31)
    assert parse("February 2024").latest() == date(2024, 2, 29)
    assert parse("2017–2018").latest() == date(2018, 12, 31)
    assert parse("2025-07/2025-08").latest() == date(2025, 8, 31)


def test_circa_is_reported_but_widens_nothing() -> None:
    fd = parse("circa 2018")
    assert fd.circa
    assert (fd.earliest(), fd.latest()) == (date(2018, 1, 1), date(2018, 12, 31))


def test_events_sort_chronologically_a_year_before_its_months() -> None:
    typed = ["23 July 2025", "2025-07", "2024", "2025", "2025-01", "2025-01-01",
             "22 or 23 July 2025", "circa 2025", "2025-07-22"]  # fmt: skip
    ordered = sorted((parse(t) for t in typed), key=FuzzyDate.sort_key)
    assert [str(fd) for fd in ordered] == [
        "2024", "2025", "~2025", "2025-01", "2025-01-01", "2025-07",
        "2025-07-22/2025-07-23", "2025-07-22", "2025-07-23",
    ]  # fmt: skip


def test_parts_go_to_three_columns_and_come_back() -> None:
    fd = parse("c. 22 or 23 July 2025")
    assert fd.to_parts() == ("2025-07-22", "2025-07-23", True)
    assert FuzzyDate.from_parts(*fd.to_parts()) == fd
    assert from_parts("2025", None, 0) == FuzzyDate("2025")
    assert from_parts(None, None, False) is None


def test_parts_with_an_end_but_no_start_are_refused() -> None:
    with pytest.raises(InvalidDate):
        from_parts(None, "2025", False)


def test_sources_one_day_apart_disagree() -> None:
    assert not parse("2025-07-22").overlaps(parse("2025-07-23"))


def test_a_less_precise_source_is_consistent_with_a_precise_one() -> None:
    assert parse("2025-07").overlaps(parse("2025-07-23"))
    assert parse("2025-07-23").overlaps(parse("2025"))
    assert parse("22 or 23 July 2025").overlaps(parse("23 July 2025"))
    assert not parse("2024").overlaps(parse("circa 2025"))


# --- properties ---------------------------------------------------------------------------


def _iso(day: date, precision: int) -> str:
    return day.isoformat()[: (4, 7, 10)[precision]]


@st.composite
def fuzzy_dates(draw: st.DrawFn) -> FuzzyDate:
    first = draw(st.dates())
    start = _iso(first, draw(st.integers(0, 2)))
    end = None
    if draw(st.booleans()):
        end = _iso(draw(st.dates(min_value=first)), draw(st.integers(0, 2)))
    try:
        return FuzzyDate(start, end, draw(st.booleans()))
    except InvalidDate:
        assume(False)
        raise


@given(fuzzy_dates())
def test_canonical_text_always_parses_back(fd: FuzzyDate) -> None:
    assert parse(str(fd)) == fd


@given(fuzzy_dates())
def test_displayed_text_parses_back_too(fd: FuzzyDate) -> None:
    assert parse(fd.display()) == fd


@given(fuzzy_dates())
def test_every_date_is_a_forward_span_that_overlaps_itself(fd: FuzzyDate) -> None:
    assert fd.earliest() <= fd.latest()
    assert fd.overlaps(fd)
    assert FuzzyDate.from_parts(*fd.to_parts()) == fd


_DATE_ALPHABET = st.sampled_from(
    list("0123456789-/.–~? ,年月日") + ["or", "and", "between", "july", "июля", "шілде", "c.", ".."]
)


@given(st.one_of(st.text(max_size=40), st.lists(_DATE_ALPHABET, max_size=12).map("".join)))
def test_any_text_is_either_a_date_or_a_polite_refusal(text: str) -> None:
    try:
        fd = parse(text)
    except InvalidDate:
        return
    assert parse(str(fd)) == fd
