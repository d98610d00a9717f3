"""The controlled words records store (``store.vocab``), as a person reads them.

Records keep plain English words ("house_arrest"); the GUI shows them through
Qt's translator. ``QT_TRANSLATE_NOOP`` marks each word for ``lupdate`` while
``word()`` translates at display time, so a language switch needs no restart
of this module. Unknown words (a newer CaseKeeper added one) show as stored.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Vocabulary"

# QT_TRANSLATE_NOOP returns its text unchanged; its stubs say ``object``.
_WORDS: dict[str, object] = {
    # case status
    "open": QT_TRANSLATE_NOOP("Vocabulary", "open"),
    "urgent": QT_TRANSLATE_NOOP("Vocabulary", "urgent"),
    "monitoring": QT_TRANSLATE_NOOP("Vocabulary", "monitoring"),
    "resolved": QT_TRANSLATE_NOOP("Vocabulary", "resolved"),
    "closed": QT_TRANSLATE_NOOP("Vocabulary", "closed"),
    # person status
    "unknown": QT_TRANSLATE_NOOP("Vocabulary", "unknown"),
    "missing": QT_TRANSLATE_NOOP("Vocabulary", "missing"),
    "detained": QT_TRANSLATE_NOOP("Vocabulary", "detained"),
    "sentenced": QT_TRANSLATE_NOOP("Vocabulary", "sentenced"),
    "house_arrest": QT_TRANSLATE_NOOP("Vocabulary", "house arrest"),
    "released": QT_TRANSLATE_NOOP("Vocabulary", "released"),
    "deceased": QT_TRANSLATE_NOOP("Vocabulary", "deceased"),
    "safe": QT_TRANSLATE_NOOP("Vocabulary", "safe"),
    # name kinds
    "legal": QT_TRANSLATE_NOOP("Vocabulary", "legal name"),
    "alias": QT_TRANSLATE_NOOP("Vocabulary", "alias"),
    "transliteration": QT_TRANSLATE_NOOP("Vocabulary", "transliteration"),
    "patronymic": QT_TRANSLATE_NOOP("Vocabulary", "patronymic"),
    "birth": QT_TRANSLATE_NOOP("Vocabulary", "birth name"),
    "nickname": QT_TRANSLATE_NOOP("Vocabulary", "nickname"),
    # roles
    "victim": QT_TRANSLATE_NOOP("Vocabulary", "victim"),
    "relative": QT_TRANSLATE_NOOP("Vocabulary", "relative"),
    "witness": QT_TRANSLATE_NOOP("Vocabulary", "witness"),
    "informant": QT_TRANSLATE_NOOP("Vocabulary", "informant"),
    "official": QT_TRANSLATE_NOOP("Vocabulary", "official"),
    "perpetrator": QT_TRANSLATE_NOOP("Vocabulary", "perpetrator"),
    "advocate": QT_TRANSLATE_NOOP("Vocabulary", "advocate"),
    # event kinds
    "detention": QT_TRANSLATE_NOOP("Vocabulary", "detention"),
    "disappearance": QT_TRANSLATE_NOOP("Vocabulary", "disappearance"),
    "arrest": QT_TRANSLATE_NOOP("Vocabulary", "arrest"),
    "protest": QT_TRANSLATE_NOOP("Vocabulary", "protest"),
    "fine": QT_TRANSLATE_NOOP("Vocabulary", "fine"),
    "sentencing": QT_TRANSLATE_NOOP("Vocabulary", "sentencing"),
    "release": QT_TRANSLATE_NOOP("Vocabulary", "release"),
    "petition": QT_TRANSLATE_NOOP("Vocabulary", "petition"),
    "border_crossing": QT_TRANSLATE_NOOP("Vocabulary", "border crossing"),
    "interrogation": QT_TRANSLATE_NOOP("Vocabulary", "interrogation"),
    "citizenship": QT_TRANSLATE_NOOP("Vocabulary", "citizenship"),
    "statement": QT_TRANSLATE_NOOP("Vocabulary", "statement"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "other"),
    # sources and reliability
    "testimony": QT_TRANSLATE_NOOP("Vocabulary", "testimony"),
    "interview": QT_TRANSLATE_NOOP("Vocabulary", "interview"),
    "news_article": QT_TRANSLATE_NOOP("Vocabulary", "news article"),
    "official_document": QT_TRANSLATE_NOOP("Vocabulary", "official document"),
    "social_media_post": QT_TRANSLATE_NOOP("Vocabulary", "social media post"),
    "confirmed": QT_TRANSLATE_NOOP("Vocabulary", "confirmed"),
    "probable": QT_TRANSLATE_NOOP("Vocabulary", "probable"),
    "possible": QT_TRANSLATE_NOOP("Vocabulary", "possible"),
    "doubtful": QT_TRANSLATE_NOOP("Vocabulary", "doubtful"),
    # audiences, consent
    "public": QT_TRANSLATE_NOOP("Vocabulary", "public"),
    "partners": QT_TRANSLATE_NOOP("Vocabulary", "partners (lawyers, UN bodies)"),
    "internal": QT_TRANSLATE_NOOP("Vocabulary", "internal only"),
    "granted": QT_TRANSLATE_NOOP("Vocabulary", "granted"),
    "refused": QT_TRANSLATE_NOOP("Vocabulary", "refused"),
    "conditional": QT_TRANSLATE_NOOP("Vocabulary", "conditional"),
    "all": QT_TRANSLATE_NOOP("Vocabulary", "everything"),
    "name": QT_TRANSLATE_NOOP("Vocabulary", "name"),
    "photo": QT_TRANSLATE_NOOP("Vocabulary", "photo"),
    "contact": QT_TRANSLATE_NOOP("Vocabulary", "contact details"),
    "identity_documents": QT_TRANSLATE_NOOP("Vocabulary", "identity documents"),
    "location": QT_TRANSLATE_NOOP("Vocabulary", "location"),
    # tasks
    "done": QT_TRANSLATE_NOOP("Vocabulary", "done"),
    # identity documents
    "passport": QT_TRANSLATE_NOOP("Vocabulary", "passport"),
    "id_card": QT_TRANSLATE_NOOP("Vocabulary", "ID card"),
    "citizenship_certificate": QT_TRANSLATE_NOOP("Vocabulary", "citizenship certificate"),
    "residence_permit": QT_TRANSLATE_NOOP("Vocabulary", "residence permit"),
    "valid": QT_TRANSLATE_NOOP("Vocabulary", "valid"),
    "confiscated": QT_TRANSLATE_NOOP("Vocabulary", "confiscated"),
    "lost": QT_TRANSLATE_NOOP("Vocabulary", "lost"),
    "expired": QT_TRANSLATE_NOOP("Vocabulary", "expired"),
    "revoked": QT_TRANSLATE_NOOP("Vocabulary", "revoked"),
}

# "<person> — spouse of — <relative>": the middle part, per relationship kind.
_RELATIONS: dict[str, object] = {
    "spouse": QT_TRANSLATE_NOOP("Relationship", "spouse of"),
    "parent": QT_TRANSLATE_NOOP("Relationship", "parent of"),
    "child": QT_TRANSLATE_NOOP("Relationship", "child of"),
    "sibling": QT_TRANSLATE_NOOP("Relationship", "sibling of"),
    "grandparent": QT_TRANSLATE_NOOP("Relationship", "grandparent of"),
    "grandchild": QT_TRANSLATE_NOOP("Relationship", "grandchild of"),
    "uncle_aunt": QT_TRANSLATE_NOOP("Relationship", "uncle or aunt of"),
    "nephew_niece": QT_TRANSLATE_NOOP("Relationship", "nephew or niece of"),
    "cousin": QT_TRANSLATE_NOOP("Relationship", "cousin of"),
    "in_law": QT_TRANSLATE_NOOP("Relationship", "in-law of"),
    "friend": QT_TRANSLATE_NOOP("Relationship", "friend of"),
    "colleague": QT_TRANSLATE_NOOP("Relationship", "colleague of"),
    "other": QT_TRANSLATE_NOOP("Relationship", "related to"),
}

# ISO 15924 codes that ``names.script.detect_script`` gives.
_SCRIPTS: dict[str, object] = {
    "Latn": QT_TRANSLATE_NOOP("Script", "Latin"),
    "Cyrl": QT_TRANSLATE_NOOP("Script", "Cyrillic"),
    "Hani": QT_TRANSLATE_NOOP("Script", "Chinese"),
    "Hans": QT_TRANSLATE_NOOP("Script", "Chinese"),
    "Hant": QT_TRANSLATE_NOOP("Script", "Chinese"),
    "Arab": QT_TRANSLATE_NOOP("Script", "Arabic script"),
    "Jpan": QT_TRANSLATE_NOOP("Script", "Japanese"),
    "Kore": QT_TRANSLATE_NOOP("Script", "Korean"),
    "Grek": QT_TRANSLATE_NOOP("Script", "Greek"),
    "Hebr": QT_TRANSLATE_NOOP("Script", "Hebrew"),
    "Mong": QT_TRANSLATE_NOOP("Script", "Mongolian"),
    "Tibt": QT_TRANSLATE_NOOP("Script", "Tibetan"),
    "Zyyy": QT_TRANSLATE_NOOP("Script", "no letters"),
}


def word(value: str) -> str:
    """A stored vocabulary word in the user's language."""
    source = _WORDS.get(value)
    if source is None:
        return value.replace("_", " ")
    return QCoreApplication.translate(_CONTEXT, str(source))


def relation(kind: str) -> str:
    source = _RELATIONS.get(kind)
    if source is None:
        return QCoreApplication.translate("Relationship", "{kind} of").format(
            kind=kind.replace("_", " ")
        )
    return QCoreApplication.translate("Relationship", str(source))


def relation_sentence(person: str, kind: str, relative: str) -> str:
    """'Guldariya Sherizatkyzy — spouse of — Alimnur Turganbay'."""
    return QCoreApplication.translate("Relationship", "{person} — {relation} — {relative}").format(
        person=person, relation=relation(kind), relative=relative
    )


def script(code: str) -> str:
    source = _SCRIPTS.get(code)
    return QCoreApplication.translate("Script", str(source)) if source else code
