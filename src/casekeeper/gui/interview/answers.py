"""What an interview holds while it is typed: plain JSON-able dicts, one per
page, so that pausing is saving them (``services.drafts``) and resuming is
reading them back. Dates stay as typed ("July 2025") until the records are
made; ``records.py`` turns these answers into records.

    {"case": {...}, "person": {...}, "event": {...}, "relatives": [...],
     "testimony": {...}, "consent": {...}, "tasks": [...], "page": 2}

The plain words a family uses ("wife", "May we publish your name?") map to
the store's words here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

DRAFT_NAME = "interview"
FORMAT = 1

# The relative's word for how they relate to the person the interview is
# about → (relationship kind "<relative> is the <kind> of <person>", gender).
RELATIONS: dict[str, tuple[str, str]] = {
    "wife": ("spouse", "female"),
    "husband": ("spouse", "male"),
    "daughter": ("child", "female"),
    "son": ("child", "male"),
    "mother": ("parent", "female"),
    "father": ("parent", "male"),
    "sister": ("sibling", "female"),
    "brother": ("sibling", "male"),
    "grandchild": ("grandchild", ""),
    "grandparent": ("grandparent", ""),
    "uncle_aunt": ("uncle_aunt", ""),
    "nephew_niece": ("nephew_niece", ""),
    "cousin": ("cousin", ""),
    "in_law": ("in_law", ""),
    "friend": ("friend", ""),
    "colleague": ("colleague", ""),
    "other": ("other", ""),
}

_RELATION_WORDS: dict[str, object] = {
    "wife": QT_TRANSLATE_NOOP("Interview", "wife"),
    "husband": QT_TRANSLATE_NOOP("Interview", "husband"),
    "daughter": QT_TRANSLATE_NOOP("Interview", "daughter"),
    "son": QT_TRANSLATE_NOOP("Interview", "son"),
    "mother": QT_TRANSLATE_NOOP("Interview", "mother"),
    "father": QT_TRANSLATE_NOOP("Interview", "father"),
    "sister": QT_TRANSLATE_NOOP("Interview", "sister"),
    "brother": QT_TRANSLATE_NOOP("Interview", "brother"),
    "grandchild": QT_TRANSLATE_NOOP("Interview", "grandchild"),
    "grandparent": QT_TRANSLATE_NOOP("Interview", "grandparent"),
    "uncle_aunt": QT_TRANSLATE_NOOP("Interview", "uncle or aunt"),
    "nephew_niece": QT_TRANSLATE_NOOP("Interview", "nephew or niece"),
    "cousin": QT_TRANSLATE_NOOP("Interview", "cousin"),
    "in_law": QT_TRANSLATE_NOOP("Interview", "in-law"),
    "friend": QT_TRANSLATE_NOOP("Interview", "friend"),
    "colleague": QT_TRANSLATE_NOOP("Interview", "colleague"),
    "other": QT_TRANSLATE_NOOP("Interview", "other relation"),
}

# Consent asked in plain words: (key, scope, audience). The question text is
# in ``consent_question``; the answer is "", "yes", "no" or "only_if".
CONSENT_QUESTIONS: tuple[tuple[str, str, str], ...] = (
    ("name", "name", "public"),
    ("photo", "photo", "public"),
    ("testimony", "testimony", "public"),
    ("partners", "all", "partners"),
)
ANSWERS = ("", "yes", "no", "only_if")
DECISIONS = {"yes": "granted", "no": "refused", "only_if": "conditional"}


def relation_word(key: str) -> str:
    source = _RELATION_WORDS.get(key)
    return QCoreApplication.translate("Interview", str(source)) if source else key


def consent_question(key: str, *, own: bool, name: str) -> str:
    """The question as put to the person asked (``own``: about themselves)."""
    if own:
        texts = {
            "name": QCoreApplication.translate("Interview", "May we publish your name?"),
            "photo": QCoreApplication.translate("Interview", "May we publish your photo?"),
            "testimony": QCoreApplication.translate(
                "Interview", "May we publish what you told us?"
            ),
            "partners": QCoreApplication.translate(
                "Interview", "May we share everything with lawyers and UN bodies?"
            ),
        }
    else:
        texts = {
            "name": QCoreApplication.translate("Interview", "May we publish {name}'s name?"),
            "photo": QCoreApplication.translate("Interview", "May we publish {name}'s photo?"),
            "testimony": QCoreApplication.translate(
                "Interview", "May we publish what the family told us about {name}?"
            ),
            "partners": QCoreApplication.translate(
                "Interview", "May we share everything about {name} with lawyers and UN bodies?"
            ),
        }
    return texts[key].format(name=name)


def answer_word(answer: str) -> str:
    return {
        "": QCoreApplication.translate("Interview", "not asked"),
        "yes": QCoreApplication.translate("Interview", "yes"),
        "no": QCoreApplication.translate("Interview", "no"),
        "only_if": QCoreApplication.translate("Interview", "only if…"),
    }[answer]


def empty() -> dict[str, Any]:
    return {
        "format": FORMAT,
        "page": 0,
        "case": {},
        "person": {},
        "event": {},
        "relatives": [],
        "testimony": {},
        "consent": {},
        "tasks": [],
    }


def person_name(answers: dict[str, Any]) -> str:
    """The first name typed for the person the interview is about."""
    person = answers.get("person") or {}
    if person.get("existing_id") and person.get("existing_label"):
        typed = [n.get("text", "").strip() for n in person.get("names", [])]
        return next((t for t in typed if t), person["existing_label"])
    for name in person.get("names", []):
        if name.get("text", "").strip():
            return str(name["text"]).strip()
    return ""


def relative_name(relative: dict[str, Any]) -> str:
    return str(relative.get("name", "")).strip() or str(relative.get("other_name", "")).strip()


def relatives(answers: dict[str, Any]) -> list[dict[str, Any]]:
    """The relatives with a name (rows left empty are not people)."""
    return [r for r in answers.get("relatives", []) if relative_name(r)]


def consent_people(answers: dict[str, Any]) -> list[tuple[str, str]]:
    """(key, name) of everyone consent is asked about: the person, then each relative."""
    out = []
    name = person_name(answers)
    if name:
        out.append(("person", name))
    for index, relative in enumerate(answers.get("relatives", [])):
        if relative_name(relative):
            out.append((f"relative:{index}", relative_name(relative)))
    return out


def has_content(answers: dict[str, Any]) -> bool:
    """Anything typed worth keeping as a draft."""

    def filled(value: Any) -> bool:
        if isinstance(value, dict):
            return any(filled(v) for k, v in value.items() if k not in _DEFAULT_KEYS)
        if isinstance(value, list):
            return any(filled(v) for v in value)
        if isinstance(value, str):
            return bool(value.strip())
        return False

    return any(
        filled(answers.get(k)) for k in ("person", "event", "relatives", "testimony", "tasks")
    ) or bool(str((answers.get("case") or {}).get("title", "")).strip())


# Values a page starts with; on their own they are not "something typed".
_DEFAULT_KEYS = {"kind", "status", "language", "relation", "present", "speaker", "mode"}
