"""Word tables for ``casekeeper.fuzzydate``: month names and the little words around dates.

Everything here is lower case; the parser lower-cases what people type before
looking words up. Kept apart from the parser so that adding a language is an
edit to tables, not to code.
"""

from __future__ import annotations

# English display names, January first.
MONTH_NAMES_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

_MONTH_SPELLINGS = (
    # English: full names, three-letter abbreviations, and "sept".
    tuple(name.lower() for name in MONTH_NAMES_EN),
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    # Russian, nominative ("июль 2025"), genitive ("23 июля") and prepositional ("в июле").
    ("январь", "февраль", "март", "апрель", "май", "июнь",
     "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"),
    ("января", "февраля", "марта", "апреля", "мая", "июня",
     "июля", "августа", "сентября", "октября", "ноября", "декабря"),
    ("январе", "феврале", "марте", "апреле", "мае", "июне",
     "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"),
    # Russian abbreviations ("сент." and "нояб." are added below).
    ("янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
    # Kazakh (Cyrillic).
    ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
     "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"),
    # Kazakh typed on a Russian keyboard, without the Kazakh-only letters.
    ("кантар", "акпан", "наурыз", "сауир", "мамыр", "маусым",
     "шилде", "тамыз", "кыркуйек", "казан", "караша", "желтоксан"),
)  # fmt: skip

MONTHS: dict[str, int] = {
    word: number for spellings in _MONTH_SPELLINGS for number, word in enumerate(spellings, start=1)
}
MONTHS.update({"sept": 9, "февр": 2, "сент": 9, "нояб": 11})

# Words that may sit around a date and mean nothing for its value:
# "23rd of July", "июль 2025 г.", "23 июля 2025 года", "в 2025 году",
# "2025 жылғы 23 шілде", "2025 ж. шілде". A lone "." counts too.
FILLER_WORDS = frozenset(
    {"", "of", "the", "st", "nd", "rd", "th"}
    | {"г", "гг", "год", "года", "году", "в"}
    | {"ж", "жыл", "жылы", "жылғы"}
)

# Chinese unit marks after a number: 2025年7月23日.
CHINESE_UNITS = {"年": "y", "月": "m", "日": "d", "号": "d", "號": "d"}

# Words in front of a date meaning "approximately" (matched as whole words;
# the symbols and Chinese ones need no word boundary).
CIRCA_WORDS = (
    "circa", "ca", "c", "about", "around", "approximately", "approx",
    "примерно", "около", "приблизительно", "шамамен",
)  # fmt: skip
CIRCA_SYMBOLS = ("~", "≈", "大约", "约")
CIRCA_SUFFIXES = ("?", "左右")

# Words that join the two ends of a span. "or" marks uncertainty ("22 or 23
# July"), "to" a duration; both are stored the same way, as a range.
WORD_SEPARATORS = ("or", "to", "или", "немесе")
# Joiners that need no spaces around them ("2017–2018" after dashes are unified);
# "/", the canonical one, is tried before all of these.
SYMBOL_SEPARATORS = ("..", "-", "至", "或")
# Opening word and the joiner it calls for: "between 2017 and 2018", "с 22 по 25 июля".
PAIRED_SEPARATORS = (
    ("between", "and"), ("from", "to"), ("from", "until"),
    ("между", "и"), ("с", "по"), ("с", "до"),
)  # fmt: skip

# "early/mid/late 2025": thirds of the year, as month ranges.
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
