"""Redaction by audience: the one function every export goes through.

:func:`redact` takes the full case document (``services.interchange.
export_case``) and an audience, and returns the document that audience may
receive, plus a list of what was withheld and why. Every export (evidence
bundle, PDF report, preview in the GUI) lays out only what this returns, so
a withheld value never reaches a layout engine, a file name, a manifest or
metadata. The rules, also in ``docs/bundle.md``:

Audiences, from least to most trusted: ``public`` (journalists,
publication), ``partners`` (lawyers, UN bodies), ``internal`` (the
organization itself). ``internal`` receives the document unchanged.

1. **Record sensitivity.** A record's ``sensitivity`` is the widest audience
   it may reach. ``partners`` sees records marked partners or public;
   ``public`` sees records marked public only. A case the audience may not
   see is not exported at all (:class:`AudienceNotAllowed`). An event,
   source, claim, evidence item or identity document the audience may not
   see is left out (counted in ``left_out``); a person the audience may not
   see keeps only an id and withheld markers (roles and events refer to
   him or her). Records without a sensitivity of their own follow the
   record they belong to: places and organizations appear only when a shown
   event names them; roles, relationships and event participation belong
   to the person's story (rule 3). Tasks and consent records are internal
   working papers and are left out.
2. **Field sensitivity.** A ``field_sensitivity`` rule narrows one field of
   one record (this phone number: internal). It can only narrow.
3. **Consent**, per person, per audience and scope. Only active decisions
   count (not withdrawn); for each (audience, scope) the newest decision
   wins. A decision about one scope (name, contact, ...) takes precedence
   over one about ``all``. A grant for ``public`` implies ``partners``
   unless the person decided otherwise for ``partners`` (a refusal or a
   condition for partners stands). ``granted`` shows; ``refused`` withholds
   ("[withheld: consent refused]"); ``conditional`` is NOT a grant: the
   condition needs a person to judge it, so it withholds and says so
   ("[withheld: consent conditional: only if he is arrested]"). With no
   decision recorded the value is withheld for public and partners
   ("[withheld: no consent]").
   What each scope covers: ``name`` the person's names; ``location`` the
   birthplace and hometown; ``testimony`` the content of testimony and
   interview sources whose author is one of the person's names; the
   person's *story* (gender, birth date, ethnicity, occupation, status,
   notes, citizenships, identity documents apart from their numbers, roles,
   relationships, taking part in events) has no scope of its own. ``all``
   covers names, location, testimony, photos and the story, but NOT
   ``contact`` details or identity document numbers
   (``identity_documents``): those need their own grant.
4. **Markers.** A withheld text value is replaced by ``[withheld: <why>]``;
   a withheld date, number or choice becomes null; a withheld list
   (citizenships, roles, ...) is emptied. Every withheld item is listed in
   :attr:`Redaction.withheld` and in the document's ``redaction`` section,
   so a reader knows something is missing and why. Empty values stay empty.
5. **Scrubbing.** The name variants of every person whose names are
   withheld are removed from ALL free text of the document (case title and
   summary, events, sources, claims, evidence descriptions and original
   names, custody notes, place names, ...): case-insensitively, in every
   script, after Unicode NFC normalization, with any spacing or punctuation
   between the words of a name, and with suffixes (Kazakh, Russian and
   Uyghur inflect names: "Әлімнұрдың", "Алимнура"; a Cyrillic word ending
   in а, я, ь or й also with that ending replaced: "Омаровой"). Each word of a
   withheld name (3 or more letters; 2 or more Chinese characters) is
   scrubbed on its own too, unless it is also part of the name of a person
   who is shown (a shared family name stays in the shown relative's name).
   Withheld contact details (each line, each e-mail address, each part
   holding a digit, every phone number whatever its spacing, also by its
   last nine digits), withheld identity document numbers, and withheld
   texts of 24 characters or more are scrubbed the same way. CaseKeeper can
   only scrub the spellings it knows: record every spelling of a name.
6. **Evidence files.** An item the audience may not see is left out, file
   and metadata. A removed item has no file. An item whose GPS position is
   withheld (field rule) but recorded keeps its metadata, but its file is
   not shipped: the file itself would carry the position. Vault ids
   (``blob_id``, ``dedup_tag``) mean nothing outside the store and are
   blanked.

For any audience but ``internal``, keys this version of CaseKeeper does
not know are dropped rather than passed through unexamined.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from casekeeper.errors import AudienceNotAllowed, InvalidValue
from casekeeper.export.interchange_spec import (
    CASE,
    CLAIM,
    EVENT,
    EVIDENCE,
    IDENTITY_DOCUMENT,
    LISTS,
    PERSON,
    SOURCE,
    TEXT,
    Record,
)
from casekeeper.store.vocab import Audience, ConsentDecision, ConsentScope

RULES_VERSION = 1

TRUST = {Audience.PUBLIC.value: 0, Audience.PARTNERS.value: 1, Audience.INTERNAL.value: 2}

NO_CONSENT = "no consent"
REFUSED = "consent refused"
WITHDRAWN = "consent withdrawn"
INTERNAL_WORK = "internal working record"

# Person fields by what consent covers them. "story" has no scope of its own: only `all`.
STORY = "story"
PERSON_FIELD_SCOPE: dict[str, str] = {
    "gender": STORY,
    "birth_date": STORY,
    "ethnicity": STORY,
    "occupation": STORY,
    "status": STORY,
    "notes": STORY,
    "birthplace": ConsentScope.LOCATION.value,
    "hometown": ConsentScope.LOCATION.value,
    "contact": ConsentScope.CONTACT.value,
}
# Scopes a grant of `all` covers; contact details and document numbers need their own.
COVERED_BY_ALL = frozenset(
    {
        ConsentScope.NAME.value,
        ConsentScope.PHOTO.value,
        ConsentScope.TESTIMONY.value,
        ConsentScope.LOCATION.value,
        STORY,
    }
)
TESTIMONY_KINDS = frozenset({"testimony", "interview"})

# Text fields that hold codes, never prose: not scrubbed.
NOT_PROSE = frozenset({"sha256", "script", "language", "media_type", "blob_id", "dedup_tag"})
# Long withheld texts are scrubbed wherever else they were copied.
LONG_TEXT = 24


def marker(reason: str) -> str:
    """What stands where a value was withheld: ``[withheld: no consent]``."""
    return f"[withheld: {reason}]"


def sensitivity_reason(level: str) -> str:
    return "internal only" if level == Audience.INTERNAL.value else f"{level} only"


def visible(level: str | None, audience: str) -> bool:
    """A record or field marked ``level`` may reach ``audience`` (unknown or
    missing levels count as internal, the safest)."""
    return TRUST[audience] >= TRUST.get(level or "internal", 2)


@dataclass(frozen=True)
class Withheld:
    """One thing withheld: which record, which field (``*`` the whole
    record), why. Never the value itself."""

    record: str
    id: str
    field: str
    reason: str

    def describe(self) -> str:
        what = "the whole record" if self.field == "*" else self.field
        return f"{self.record} {self.id[:8]}: {what} withheld ({self.reason})"

    def as_json(self) -> dict[str, str]:
        return {"record": self.record, "id": self.id, "field": self.field, "reason": self.reason}


@dataclass(frozen=True)
class Redaction:
    """What one audience may receive.

    ``document``: the redacted case document (a new dict; the input is not
    changed), with a ``redaction`` section saying what was withheld.
    ``withheld``: every withheld value or record. ``left_out``: how many
    records of each list were left out. ``evidence_files``: ids of the
    evidence items whose files may travel; ``files_withheld``: the items in
    the document whose file may not, with the reason.
    """

    audience: str
    document: dict[str, Any]
    withheld: tuple[Withheld, ...]
    left_out: dict[str, int]
    evidence_files: tuple[str, ...]
    files_withheld: dict[str, str] = field(default_factory=dict)
    scrub: Callable[[str], str] = field(default=lambda text: text, repr=False, compare=False)
    """Applies the same scrubbing to any other text an export writes (a
    file name a person typed, say): withheld names and numbers become markers."""

    @property
    def evidence_left_out(self) -> int:
        return self.left_out.get("evidence", 0)

    def summary_lines(self) -> list[str]:
        """Plain lines for a person: what this audience will not receive."""
        lines = [w.describe() for w in self.withheld]
        lines += [f"{count} {key} left out" for key, count in sorted(self.left_out.items())]
        return lines


def redact(document: dict[str, Any], audience: str) -> Redaction:
    """The case document as ``audience`` may receive it (module docstring)."""
    try:
        audience = Audience(str(audience).strip().lower()).value
    except ValueError:
        raise InvalidValue(
            f"'{audience}' is not an audience; choose public, partners or internal."
        ) from None
    doc = copy.deepcopy(document)
    if audience == Audience.INTERNAL.value:
        files = tuple(
            e["id"] for e in doc.get("evidence", []) if e.get("blob_id") and not e.get("removed_at")
        )
        doc["redaction"] = _section(audience, [], {})
        return Redaction(audience, doc, (), {}, files)
    return _Redactor(_known_document(doc), audience).run()


def _section(audience: str, withheld: list[Withheld], left_out: dict[str, int]) -> dict[str, Any]:
    return {
        "audience": audience,
        "rules_version": RULES_VERSION,
        "withheld": [w.as_json() for w in withheld],
        "left_out": dict(sorted(left_out.items())),
        "note": (
            "Values marked [withheld: ...] were removed before this document was written: "
            "by each record's and field's sensitivity and each person's consent. "
            "See the CaseKeeper documentation, docs/bundle.md."
        ),
    }


def _present(value: Any) -> bool:
    return value not in (None, "", [], {})


def _moment(text: Any) -> datetime:
    try:
        return datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return datetime.min


def _known(record: Record, values: dict[str, Any]) -> dict[str, Any]:
    """Only the keys this version knows, nested lists included (fail closed
    on anything a newer CaseKeeper added)."""
    out = {f.name: values[f.name] for f in record.fields if f.name in values}
    for child in record.children:
        out[child.key] = [_known(child.record, v) for v in values.get(child.key) or []]
    return out


def _known_document(doc: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {k: doc[k] for k in ("format", "version", "exported_at") if k in doc}
    out["case"] = _known(CASE, doc["case"])
    for key, record in LISTS:
        out[key] = [_known(record, v) for v in doc.get(key) or []]
    return out


# --- consent -----------------------------------------------------------------------------


class _Consents:
    """One person's consent decisions, answered per audience and scope."""

    def __init__(self, consents: Iterable[dict[str, Any]]) -> None:
        self.active: dict[tuple[str, str], dict[str, Any]] = {}
        self.withdrawn: set[tuple[str, str]] = set()
        ordered = sorted(
            consents,
            key=lambda c: (_moment(c.get("recorded_on")), _moment(c.get("created_at")), c["id"]),
        )
        for c in ordered:
            key = (c.get("audience", ""), c.get("scope") or ConsentScope.ALL.value)
            if c.get("withdrawn_at"):
                self.withdrawn.add(key)
            else:
                self.active[key] = c  # newest wins

    def _decision(self, audience: str, scope: str) -> dict[str, Any] | None:
        found = self.active.get((audience, scope))
        if found is None and audience == Audience.PARTNERS.value:
            public = self.active.get((Audience.PUBLIC.value, scope))
            if public is not None and public.get("decision") == ConsentDecision.GRANTED.value:
                found = public  # a grant for public implies partners
        return found

    def reason(self, audience: str, scope: str) -> str | None:
        """None when the person agreed; else why the value is withheld."""
        scopes = [scope]
        if scope in COVERED_BY_ALL and scope != ConsentScope.ALL.value:
            scopes.append(ConsentScope.ALL.value)
        if scope == STORY:
            scopes = [ConsentScope.ALL.value]
        for s in scopes:
            decision = self._decision(audience, s)
            if decision is None:
                continue
            kind = decision.get("decision")
            if kind == ConsentDecision.GRANTED.value:
                return None
            if kind == ConsentDecision.CONDITIONAL.value:
                condition = " ".join(str(decision.get("conditions") or "").split())
                return f"consent conditional: {condition}" if condition else "consent conditional"
            return REFUSED
        audiences = {audience, Audience.PUBLIC.value}
        if any((a, s) in self.withdrawn for a in audiences for s in scopes):
            return WITHDRAWN
        return NO_CONSENT


# --- scrubbing ---------------------------------------------------------------------------

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_DECLINED_END = re.compile(r"[\u0400-\u04ff][аяьйАЯЬЙ]$")
_SPLIT = re.compile(r"[\s·・.,;:!?\"'’‘“”()\[\]{}/\\_\-‐–—]+")


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def name_words(text: str) -> list[str]:
    return [w for w in _SPLIT.split(_nfc(text)) if w]


def _word_pattern(word: str) -> str:
    return re.escape(word)


class Scrubber:
    """Removes known sensitive strings from free text, in one pass per text."""

    def __init__(self) -> None:
        self._patterns: dict[str, str] = {}  # pattern -> marker

    def __bool__(self) -> bool:
        return bool(self._patterns)

    def _add(self, pattern: str, mark: str) -> None:
        self._patterns.setdefault(pattern, mark)

    def add_name(self, variant: str, mark: str, keep_words: set[str]) -> None:
        """A name variant, whole (any separators) and word by word."""
        words = name_words(variant)
        if not words:
            return
        parts = []
        for i, word in enumerate(words):
            parts.append(_word_pattern(word))
            if i < len(words) - 1:
                cjk_join = _CJK.search(word) and _CJK.search(words[i + 1])
                parts.append(r"[\W_]*" if cjk_join else r"[\W_]+")
        self._add(self._bounded("".join(parts), words[0], words[-1]), mark)
        for word in words:
            cjk = bool(_CJK.search(word))
            if len(word) < (2 if cjk else 3) or word.casefold() in keep_words:
                continue
            self._add(self._bounded(_word_pattern(word), word, word), mark)
            if len(word) >= 5 and _DECLINED_END.search(word):
                # Russian declines by replacing the ending: Омарова -> Омаровой, Жанель -> Жанели.
                stem = word[:-1]
                if stem.casefold() not in keep_words:
                    self._add(r"(?<!\w)" + _word_pattern(stem) + r"[^\W\d_]+", mark)

    @staticmethod
    def _bounded(body: str, first: str, last: str) -> str:
        # Not inside another word on the left; take the suffix on the right
        # (inflected names). Chinese has no spaces between words: no bounds.
        left = "" if _CJK.search(first[:1]) else r"(?<!\w)"
        right = "" if _CJK.search(last[-1:]) else r"[^\W\d_]*"
        return left + body + right

    def add_phrase(self, text: str, mark: str, minimum: int = 5) -> None:
        """A phrase as written, any spacing, any case."""
        words = [w for w in _nfc(text).split() if w]
        if sum(len(w) for w in words) < minimum:
            return
        self._add(r"\s+".join(re.escape(w) for w in words), mark)

    def add_digits(self, digits: str, mark: str) -> None:
        """A number (phone, document) however it is spaced or punctuated."""
        sep = r"[\s().\-/]*"
        self._add(r"(?<!\d)\+?" + sep.join(digits) + r"(?!\d)", mark)
        if len(digits) > 9:  # the same number with another prefix (+7 / 8 ...)
            self._add(sep.join(digits[-9:]) + r"(?!\d)", mark)

    def add_code(self, code: str, mark: str) -> None:
        """An identity document number: its letters and digits, any separators."""
        chars = [c for c in _nfc(code) if c.isalnum()]
        if len(chars) < 5:
            if code.strip():
                self.add_phrase(code, mark, minimum=1)
            return
        self._add(r"[\s\-./]*".join(re.escape(c) for c in chars), mark)

    def add_contact(self, contact: str, mark: str) -> None:
        for line in re.split(r"[\n;]+", contact):
            self.add_phrase(line, mark)
            for part in line.split(","):
                if any(ch.isdigit() for ch in part):
                    self.add_phrase(part, mark)
        for email in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", contact):
            self.add_phrase(email, mark, minimum=3)
        for run in re.findall(r"\+?\d[\d\s().\-/]{4,}\d", contact):
            digits = re.sub(r"\D", "", run)
            if len(digits) >= 6:
                self.add_digits(digits, mark)

    def compile(self) -> Callable[[str], str]:
        if not self._patterns:
            return lambda text: text
        ordered = sorted(self._patterns.items(), key=lambda kv: -len(kv[0]))
        marks = {f"g{i}": mark for i, (_p, mark) in enumerate(ordered)}
        regex = re.compile(
            "|".join(f"(?P<g{i}>{p})" for i, (p, _m) in enumerate(ordered)), re.IGNORECASE
        )

        def scrub(text: str) -> str:
            if not text:
                return text
            normal = _nfc(text)
            return regex.sub(lambda m: marks[m.lastgroup or ""], normal)

        return scrub


# --- the redactor ------------------------------------------------------------------------


class _Redactor:
    def __init__(self, doc: dict[str, Any], audience: str) -> None:
        self.doc = doc
        self.audience = audience
        self.withheld: list[Withheld] = []
        self.left_out: dict[str, int] = {}
        self.rules: dict[tuple[str, str, str], str] = {
            (r.get("entity", ""), r.get("entity_id", ""), r.get("field", "")): r.get("level", "")
            for r in doc.get("field_sensitivity", [])
        }
        self.scrubber = Scrubber()
        self.scrub: Callable[[str], str] = self.scrubber.compile()
        # person id -> why their names / story are withheld (None: shown)
        self.name_reason: dict[str, str | None] = {}
        self.story_reason: dict[str, str | None] = {}
        self.consents: dict[str, _Consents] = {}
        self.person_names: dict[str, list[str]] = {}

    # -- helpers --

    def note(self, record: str, ident: str, fld: str, reason: str) -> None:
        self.withheld.append(Withheld(record, ident, fld, reason))

    def leave_out(self, key: str, count: int = 1) -> None:
        if count:
            self.left_out[key] = self.left_out.get(key, 0) + count

    def rule_reason(self, entity: str, ident: str, fld: str) -> str | None:
        level = self.rules.get((entity, ident, fld))
        if level is None or visible(level, self.audience):
            return None
        return sensitivity_reason(level)

    def record_reason(self, values: dict[str, Any]) -> str | None:
        level = values.get("sensitivity")
        return None if visible(level, self.audience) else sensitivity_reason(level or "internal")

    def withhold_field(
        self, record: Record, values: dict[str, Any], fld: str, reason: str, label: str
    ) -> None:
        value = values.get(fld)
        if not _present(value):
            return
        kind = record.field(fld).kind
        if kind == TEXT:
            text = str(value)
            values[fld] = marker(reason)
            if len(text) >= LONG_TEXT:
                self.scrubber.add_phrase(text, marker(reason))
        else:
            values[fld] = None
        self.note(label, values["id"], fld, reason)

    def apply_rules(self, record: Record, values: dict[str, Any], entity: str, label: str) -> None:
        for f in record.fields:
            if f.name in ("id", "sensitivity"):
                continue
            reason = self.rule_reason(entity, values["id"], f.name)
            if reason is not None:
                self.withhold_field(record, values, f.name, reason, label)

    # -- the run --

    def run(self) -> Redaction:
        doc = self.doc
        case = doc["case"]
        reason = self.record_reason(case)
        if reason is not None:
            raise AudienceNotAllowed(case.get("ref", ""), case.get("sensitivity") or "internal",
                                     self.audience)
        self.apply_rules(CASE, case, "case", "case")

        people = doc["people"]
        for p in people:
            self.consents[p["id"]] = _Consents(p.get("consents", []))
            self.person_names[p["id"]] = [n.get("text", "") for n in p.get("names", [])]
        for p in people:
            self.person(p)
        self.scrub_names(people)

        self.roles_and_relationships()
        self.events()
        self.sources()
        files, files_withheld = self.evidence()
        self.claims()
        self.tasks()
        self.scrub_all()
        doc["redaction"] = _section(self.audience, self.withheld, self.left_out)
        return Redaction(
            self.audience,
            doc,
            tuple(self.withheld),
            dict(self.left_out),
            tuple(files),
            files_withheld,
            self.scrub,
        )

    # -- people --

    def person(self, p: dict[str, Any]) -> None:
        pid = p["id"]
        consents = self.consents[pid]
        whole = self.record_reason(p)

        def why(scope: str, fld: str | None = None) -> str | None:
            if whole is not None:
                return whole
            reason = consents.reason(self.audience, scope)
            if reason is None and fld is not None:
                reason = self.rule_reason("person", pid, fld)
            return reason

        self.name_reason[pid] = why(ConsentScope.NAME.value, "names")
        self.story_reason[pid] = why(STORY)
        if self.name_reason[pid] is not None:
            mark = marker(self.name_reason[pid] or "")
            for name in p.get("names", []):
                name["text"] = mark
            self.note("person", pid, "names", self.name_reason[pid] or "")
        for fld, scope in PERSON_FIELD_SCOPE.items():
            reason = why(scope, fld)
            if reason is not None:
                if fld == "contact" and _present(p.get("contact")):
                    self.scrubber.add_contact(str(p["contact"]), marker(reason))
                self.withhold_field(PERSON, p, fld, reason, "person")
        # Any other field a rule narrows.
        for f in PERSON.fields:
            if f.name in PERSON_FIELD_SCOPE or f.name in ("id", "sensitivity"):
                continue
            reason = self.rule_reason("person", pid, f.name)
            if reason is not None:
                self.withhold_field(PERSON, p, f.name, reason, "person")

        story = self.story_reason[pid]
        if p.get("citizenships"):
            if story is not None:
                self.note("person", pid, "citizenships", story)
                p["citizenships"] = []
        documents = []
        for d in p.get("documents", []):
            hidden = whole or self.record_reason(d) or story
            if hidden is not None:
                self.note("identity document", d["id"], "*", hidden)
                self.leave_out("identity documents")
                continue
            number = consents.reason(self.audience, ConsentScope.IDENTITY_DOCUMENTS.value)
            number = number or self.rule_reason("document", d["id"], "number")
            if number is not None and _present(d.get("number")):
                self.scrubber.add_code(str(d["number"]), marker(number))
                self.withhold_field(IDENTITY_DOCUMENT, d, "number", number, "identity document")
            self.apply_rules(IDENTITY_DOCUMENT, d, "document", "identity document")
            documents.append(d)
        p["documents"] = documents
        if p.get("consents"):
            self.leave_out("consent records", len(p["consents"]))
        p["consents"] = []

    def scrub_names(self, people: list[dict[str, Any]]) -> None:
        keep: set[str] = set()
        for p in people:
            if self.name_reason.get(p["id"]) is None:
                for name in p.get("names", []):
                    keep.update(w.casefold() for w in name_words(name.get("text", "")))
        for pid, reason in self.name_reason.items():
            if reason is None:
                continue
            for variant in self.person_names.get(pid, []):
                self.scrubber.add_name(variant, marker(reason), keep)

    def roles_and_relationships(self) -> None:
        doc = self.doc
        roles = []
        for r in doc.get("roles", []):
            reason = self.story_reason.get(r.get("person_id", ""))
            if reason is not None:
                self.note("person", r["person_id"], "roles", reason)
                self.leave_out("roles")
                continue
            roles.append(r)
        doc["roles"] = roles
        relationships = []
        for r in doc.get("relationships", []):
            reason = self.story_reason.get(r.get("person_id", "")) or self.story_reason.get(
                r.get("relative_id", "")
            )
            if reason is not None:
                self.note("relationship", r["id"], "*", reason)
                self.leave_out("relationships")
                continue
            relationships.append(r)
        doc["relationships"] = relationships

    # -- events, places, organizations --

    def events(self) -> None:
        doc = self.doc
        kept = []
        for e in doc.get("events", []):
            if self.record_reason(e) is not None:
                self.leave_out("events")
                continue
            self.apply_rules(EVENT, e, "event", "event")
            participants = []
            for part in e.get("participants", []):
                reason = self.story_reason.get(part.get("person_id") or "")
                if reason is not None:
                    self.note("event participant", part["id"], "*", reason)
                    self.leave_out("event participants")
                    continue
                participants.append(part)
            e["participants"] = participants
            kept.append(e)
        doc["events"] = kept
        place_ids = {e.get("place_id") for e in kept if e.get("place_id")}
        org_ids = {
            part.get("organization_id")
            for e in kept
            for part in e["participants"]
            if part.get("organization_id")
        }
        for key, wanted in (("places", place_ids), ("organizations", org_ids)):
            rows = doc.get(key, [])
            doc[key] = [r for r in rows if r["id"] in wanted]
            self.leave_out(key, len(rows) - len(doc[key]))

    # -- sources and testimony --

    def testimony_reason(self, author: str) -> str | None:
        if not author.strip():
            return None
        wanted = _nfc(" ".join(author.split())).casefold()
        for pid, names in self.person_names.items():
            if any(_nfc(" ".join(n.split())).casefold() == wanted for n in names):
                reason = self.consents[pid].reason(self.audience, ConsentScope.TESTIMONY.value)
                if reason is not None:
                    return reason
        return None

    def sources(self) -> None:
        doc = self.doc
        kept = []
        self.source_ids: set[str] = set()
        for s in doc.get("sources", []):
            if self.record_reason(s) is not None:
                self.leave_out("sources")
                continue
            if s.get("kind") in TESTIMONY_KINDS:
                reason = self.testimony_reason(str(s.get("author") or ""))
                if reason is not None:
                    self.withhold_field(SOURCE, s, "content", reason, "source")
            self.apply_rules(SOURCE, s, "source", "source")
            kept.append(s)
            self.source_ids.add(s["id"])
        doc["sources"] = kept

    # -- evidence --

    def evidence(self) -> tuple[list[str], dict[str, str]]:
        doc = self.doc
        kept, files, files_withheld = [], [], {}
        for e in doc.get("evidence", []):
            if self.record_reason(e) is not None:
                self.leave_out("evidence")
                continue
            had_gps = e.get("gps_latitude") is not None or e.get("gps_longitude") is not None
            self.apply_rules(EVIDENCE, e, "evidence", "evidence item")
            gps_hidden = had_gps and (
                e.get("gps_latitude") is None or e.get("gps_longitude") is None
            )
            if gps_hidden:
                for fld in ("gps_latitude", "gps_longitude"):
                    if e.get(fld) is not None:
                        e[fld] = None
                        self.note("evidence item", e["id"], fld, "with the GPS position")
            if e.get("source_id") and e["source_id"] not in self.source_ids:
                e["source_id"] = None
            e["blob_id"] = ""
            e["dedup_tag"] = ""
            if e.get("removed_at"):
                files_withheld[e["id"]] = "removed from the vault"
            elif gps_hidden:
                files_withheld[e["id"]] = (
                    "its GPS position is withheld for this audience and the file itself carries it"
                )
                self.note("evidence item", e["id"], "file", "the file carries a withheld position")
            else:
                files.append(e["id"])
            kept.append(e)
        doc["evidence"] = kept
        evidence_ids = {e["id"] for e in kept}
        for s in doc["sources"]:
            if s.get("archived_evidence_id") and s["archived_evidence_id"] not in evidence_ids:
                s["archived_evidence_id"] = None
        return files, files_withheld

    # -- claims --

    def subject_reason(self, subject_type: str, subject_id: str, fld: str) -> str | None | bool:
        """Why the claimed value must be withheld; False when the subject is left out."""
        doc = self.doc
        if subject_type == "case":
            return self.rule_reason("case", subject_id, fld)
        if subject_type == "event":
            if subject_id not in {e["id"] for e in doc["events"]}:
                return False
            return self.rule_reason("event", subject_id, fld)
        if subject_type == "source":
            if subject_id not in self.source_ids:
                return False
            return self.rule_reason("source", subject_id, fld)
        if subject_type == "person":
            if subject_id not in self.consents:
                return False
            if fld in ("name", "names"):
                return self.name_reason.get(subject_id)
            scope = PERSON_FIELD_SCOPE.get(fld, STORY)
            whole = self.record_reason(
                next(p for p in doc["people"] if p["id"] == subject_id)
            )
            return (
                whole
                or self.consents[subject_id].reason(self.audience, scope)
                or self.rule_reason("person", subject_id, fld)
            )
        if subject_type in ("citizenship", "document"):
            for p in doc["people"]:
                children = p["citizenships"] if subject_type == "citizenship" else p["documents"]
                if any(c["id"] == subject_id for c in children):
                    if subject_type == "document" and fld == "number":
                        reason = self.consents[p["id"]].reason(
                            self.audience, ConsentScope.IDENTITY_DOCUMENTS.value
                        )
                        return reason or self.rule_reason("document", subject_id, fld)
                    if subject_type == "document":
                        return self.rule_reason("document", subject_id, fld)
                    return None
            return False
        if subject_type == "evidence":
            if subject_id not in {e["id"] for e in doc["evidence"]}:
                return False
            return self.rule_reason("evidence", subject_id, fld)
        return False  # a subject this version does not know: fail closed

    def claims(self) -> None:
        doc = self.doc
        kept = []
        for c in doc.get("claims", []):
            if self.record_reason(c) is not None or c.get("source_id") not in self.source_ids:
                self.leave_out("claims")
                continue
            reason = self.subject_reason(
                str(c.get("subject_type", "")),
                str(c.get("subject_id", "")),
                str(c.get("field", "")),
            )
            if reason is False:
                self.leave_out("claims")
                continue
            if isinstance(reason, str):
                self.withhold_field(CLAIM, c, "value", reason, "claim")
            self.apply_rules(CLAIM, c, "claim", "claim")
            kept.append(c)
        doc["claims"] = kept

    def tasks(self) -> None:
        doc = self.doc
        self.leave_out("tasks", len(doc.get("tasks", [])))
        doc["tasks"] = []

    # -- scrubbing every free text --

    def scrub_all(self) -> None:
        scrub = self.scrub = self.scrubber.compile()
        doc = self.doc
        _scrub_record(CASE, doc["case"], scrub)
        records = dict(LISTS)
        for key, record in LISTS:
            for values in doc.get(key, []):
                if key == "people" and self.name_reason.get(values["id"]) is None:
                    # A shown person's own names are theirs to share.
                    _scrub_record(record, values, scrub, skip_children=("names",))
                else:
                    _scrub_record(records[key], values, scrub)


def _scrub_record(
    record: Record,
    values: dict[str, Any],
    scrub: Callable[[str], str],
    skip_children: tuple[str, ...] = (),
) -> None:
    for f in record.fields:
        if f.kind == TEXT and f.name not in NOT_PROSE and isinstance(values.get(f.name), str):
            values[f.name] = scrub(values[f.name])
    for child in record.children:
        if child.key in skip_children:
            continue
        for item in values.get(child.key, []) or []:
            _scrub_record(child.record, item, scrub)


__all__ = [
    "RULES_VERSION",
    "Redaction",
    "Scrubber",
    "Withheld",
    "marker",
    "redact",
    "visible",
]
