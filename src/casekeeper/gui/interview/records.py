"""From the interview's answers to records: the case, the person (new, or a
recorded one the typed names are added to), what happened, the relatives and
how they are related, the testimony as a source with the claims it makes,
each consent decision and the next steps, all linked.

It is one command on the window's undo stack. Each part goes through its
service (each its own transaction, every change logged); if any part fails,
the parts already made are taken back in reverse order, so a failed finish
leaves the store as it was, and one Undo removes the whole interview.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from casekeeper import fuzzydate
from casekeeper.errors import InvalidValue
from casekeeper.services import cases, claims, consent, events, people, removal, tasks
from casekeeper.services.context import Context
from casekeeper.services.people import CitizenshipInput, DocumentInput, NameInput, PersonInput
from casekeeper.services.views import PersonView

from .. import labels
from ..edit_commands import CreateRecord, EditSession, ServiceCommand, Steps
from . import answers as a


def _fuzzy(text: Any) -> str | None:
    text = str(text or "").strip()
    return str(fuzzydate.parse(text)) if text else None


def _day(text: Any) -> str | None:
    text = str(text or "").strip()
    if not text:
        return None
    value = fuzzydate.parse(text)
    if value.precision != "day" or value.end or value.circa:
        raise InvalidValue(f"A due date needs one day, not '{text}'.")
    return value.start


def person_form(person: dict[str, Any]) -> PersonInput:
    names = tuple(
        NameInput(str(n["text"]).strip(), n.get("kind") or "legal", n.get("language") or "")
        for n in person.get("names", [])
        if str(n.get("text", "")).strip()
    )
    countries = [c.strip() for c in str(person.get("citizenships", "")).split(",") if c.strip()]
    documents = tuple(
        DocumentInput(
            d.get("kind") or "passport",
            str(d.get("number", "")).strip(),
            status=d.get("status") or "valid",
        )
        for d in person.get("documents", [])
        if str(d.get("number", "")).strip() or d.get("kind")
    )
    fields = {
        "status": person.get("status") or "unknown",
        "birth_date": _fuzzy(person.get("birth_date")),
        "hometown": str(person.get("hometown", "")).strip(),
        "gender": str(person.get("gender", "")).strip(),
        "occupation": str(person.get("occupation", "")).strip(),
    }
    return PersonInput(
        names=names,
        fields=fields,
        citizenships=tuple(CitizenshipInput(c) for c in dict.fromkeys(countries)),
        documents=documents,
    )


def merged_form(before: PersonInput, typed: PersonInput) -> PersonInput:
    """A recorded person with what the interview adds: new spellings,
    citizenships and papers; fields only where the record had none."""
    known = {n.text.casefold() for n in before.names}
    names = before.names + tuple(n for n in typed.names if n.text.casefold() not in known)
    countries = {c.country.casefold() for c in before.citizenships}
    cits = before.citizenships + tuple(
        c for c in typed.citizenships if c.country.casefold() not in countries
    )
    numbers = {(d.kind, d.number) for d in before.documents}
    docs = before.documents + tuple(d for d in typed.documents if (d.kind, d.number) not in numbers)
    fields = dict(before.fields)
    for key, value in typed.fields.items():
        if value and (not fields.get(key) or (key == "status" and fields[key] == "unknown")):
            fields[key] = value
    return PersonInput(names, fields, cits, docs)


class UseRecordedPerson(ServiceCommand):
    """The person is recorded already: add what was typed and the role in
    the case; undo puts the record back as it was."""

    def __init__(
        self,
        session: EditSession,
        text: str,
        made: dict[str, str],
        person_id: str,
        typed: PersonInput,
    ) -> None:
        super().__init__(session, text)
        self.made = made
        self.person_id = person_id
        self.typed = typed
        self.before: PersonInput | None = None
        self.roles_before: list[str] = []

    def apply(self) -> Any:
        case_id = self.made["case"]
        view = people.get_person(self.ctx.store, self.person_id)
        self.before = people.person_input(view)
        self.roles_before = people.roles_in_case(self.ctx.store, case_id, self.person_id)
        people.update_person(self.ctx, self.person_id, merged_form(self.before, self.typed))
        view = people.set_roles(self.ctx, case_id, self.person_id, [*self.roles_before, "victim"])
        self.made["person"] = self.person_id
        return view

    def revert(self) -> None:
        assert self.before is not None
        people.set_roles(self.ctx, self.made["case"], self.person_id, self.roles_before)
        people.update_person(self.ctx, self.person_id, self.before)


class InterviewCommand(Steps):
    """The whole interview as one undoable step; knows its case once made."""

    def __init__(
        self, session: EditSession, text: str, steps: list[ServiceCommand], made: dict[str, str]
    ) -> None:
        super().__init__(session, text, steps, made.get("case", ""))
        self.made = made

    def apply(self) -> Any:
        super().apply()
        self.case_id = self.made["case"]
        return dict(self.made)


def event_title(event: dict[str, Any]) -> str:
    kind = labels.word(event.get("kind") or "detention")
    place = str(event.get("place", "")).strip()
    title = (
        QCoreApplication.translate("Interview", "{kind} at {place}").format(kind=kind, place=place)
        if place
        else kind
    )
    return title[:1].upper() + title[1:]


def case_title(answers: dict[str, Any]) -> str:
    typed = str((answers.get("case") or {}).get("title", "")).strip()
    if typed:
        return typed
    name = a.person_name(answers) or QCoreApplication.translate("Interview", "unknown person")
    event = answers.get("event") or {}
    place = str(event.get("place", "")).strip()
    kind = labels.word(event.get("kind") or "detention")
    if place:
        return QCoreApplication.translate("Interview", "{name}: {kind} at {place}").format(
            name=name, kind=kind, place=place
        )
    return QCoreApplication.translate("Interview", "{name}: {kind}").format(name=name, kind=kind)


def event_given(event: dict[str, Any]) -> bool:
    return any(
        str(event.get(k, "")).strip()
        for k in ("date", "place", "authority", "reason", "description")
    )


def build_command(session: EditSession, answers: dict[str, Any]) -> InterviewCommand:
    """Every record the interview makes, as one undoable command. Values are
    checked here, before anything is written (a date that is not a date
    raises ``InvalidValue`` with the reason)."""
    made: dict[str, str] = {}
    steps: list[ServiceCommand] = []
    case_answers = answers.get("case") or {}
    person = answers.get("person") or {}
    event = answers.get("event") or {}
    testimony = answers.get("testimony") or {}
    name = a.person_name(answers)
    if not name:
        raise InvalidValue("The interview needs at least one name of the person it is about.")
    interviewed_on = _fuzzy(case_answers.get("interviewed_on"))
    event_date = _fuzzy(event.get("date"))
    typed_person = person_form(person)
    task_rows = [
        (str(t.get("title", "")).strip(), _day(t.get("due")), str(t.get("assignee", "")).strip())
        for t in answers.get("tasks", [])
        if str(t.get("title", "")).strip()
    ]

    # The case.
    if case_answers.get("mode") == "open" and case_answers.get("case_id"):
        made["case"] = str(case_answers["case_id"])
    else:
        # Each closure below reads names used by no other part (no late-binding surprises).
        new_title, status = case_title(answers), case_answers.get("status") or "open"
        summary = _case_summary(case_answers, interviewed_on)
        steps.append(
            CreateRecord(
                session,
                QCoreApplication.translate("Interview", "New case"),
                "case",
                lambda ctx: _remember(
                    made, "case", cases.new_case(ctx, new_title, status=status, summary=summary)
                ),
            )
        )

    # The person the interview is about.
    if person.get("existing_id"):
        steps.append(
            UseRecordedPerson(
                session,
                QCoreApplication.translate("Interview", "Add {name} to the case").format(name=name),
                made,
                str(person["existing_id"]),
                typed_person,
            )
        )
    else:
        steps.append(
            CreateRecord(
                session,
                QCoreApplication.translate("Interview", "Add {name}").format(name=name),
                "person",
                lambda ctx: _remember(
                    made,
                    "person",
                    people.create_person(ctx, typed_person, case=made["case"], roles=["victim"]),
                ),
            )
        )

    # What happened.
    if event_given(event):
        kind = event.get("kind") or "detention"
        authority = str(event.get("authority", "")).strip()
        reason = str(event.get("reason", "")).strip()
        details = str(event.get("description", "")).strip()
        description = "\n\n".join(
            part
            for part in (
                QCoreApplication.translate("Interview", "Reason given: {reason}").format(
                    reason=reason
                )
                if reason
                else "",
                details,
            )
            if part
        )
        what = event_title(event)
        place = str(event.get("place", "")).strip() or None
        steps.append(
            CreateRecord(
                session,
                what,
                "event",
                lambda ctx: _remember(
                    made,
                    "event",
                    events.add_event(
                        ctx,
                        made["case"],
                        kind,
                        what,
                        date=event_date,
                        place=place,
                        description=description,
                        people=[(made["person"], "subject")],
                        organizations=[(authority, "perpetrator")] if authority else None,
                    ),
                ),
            )
        )

    # The relatives present, each linked to the person.
    for index, relative in enumerate(answers.get("relatives", [])):
        if not a.relative_name(relative):
            continue
        steps.append(_relative_step(session, made, index, relative))

    # The testimony, and the facts it states.
    text = str(testimony.get("text", "")).strip()
    if text:
        speaker = _speaker(answers, testimony)
        source_title = (
            QCoreApplication.translate("Interview", "Testimony of {name}").format(name=speaker)
            if speaker
            else QCoreApplication.translate("Interview", "Family interview")
        )
        language = str(testimony.get("language", ""))
        steps.append(
            CreateRecord(
                session,
                source_title,
                "source",
                lambda ctx: _remember(
                    made,
                    "source",
                    claims.add_source(
                        ctx,
                        made["case"],
                        "testimony",
                        source_title,
                        author=speaker,
                        date=interviewed_on,
                        language=language,
                        content=text,
                        reliability="unknown",
                        sensitivity="internal",
                    ),
                ),
            )
        )
        if event_given(event):
            for field, value in (
                ("date", event_date),
                ("place", str(event.get("place", "")).strip()),
            ):
                if value:
                    steps.append(
                        CreateRecord(
                            session,
                            QCoreApplication.translate("Interview", "Claim"),
                            "claim",
                            _claim(made, field, value),
                        )
                    )

    # Consent, as asked.
    for who, _label in a.consent_people(answers):
        given = (answers.get("consent") or {}).get(who) or {}
        for key, scope, audience in a.CONSENT_QUESTIONS:
            answer = given.get(key, "")
            if answer not in a.DECISIONS:
                continue
            condition = str(given.get(key + "_if", "")).strip() if answer == "only_if" else ""
            if answer == "only_if" and not condition:
                raise InvalidValue(f"“Only if…” for {_label} needs the condition in words.")
            steps.append(
                CreateRecord(
                    session,
                    QCoreApplication.translate("Interview", "Consent"),
                    "consent",
                    _consent(made, who, audience, a.DECISIONS[answer], scope, condition),
                )
            )

    # Next steps.
    for task_title, due, assignee in task_rows:
        steps.append(
            CreateRecord(
                session,
                task_title,
                "task",
                _task(made, task_title, due, assignee),
            )
        )

    return InterviewCommand(
        session,
        QCoreApplication.translate("Interview", "Interview: {name}").format(name=name),
        steps,
        made,
    )


def _relative_step(
    session: EditSession, made: dict[str, str], index: int, relative: dict[str, Any]
) -> ServiceCommand:
    kind, gender = a.RELATIONS.get(relative.get("relation") or "other", ("other", ""))
    names = [NameInput(str(relative.get("name", "")).strip(), "legal")]
    other = str(relative.get("other_name", "")).strip()
    if other:
        names.append(NameInput(other, "transliteration" if names[0].text else "legal"))
    names = [n for n in names if n.text]
    form = PersonInput(
        names=tuple(names),
        fields={
            "status": "safe" if relative.get("present", True) else "unknown",
            "gender": gender,
            "contact": str(relative.get("contact", "")).strip(),
        },
    )
    word = str(relative.get("relation") or "other")

    def create(ctx: Context) -> PersonView:
        view = people.create_person(ctx, form, case=made["case"], roles=["relative"])
        try:
            people.add_relationship(ctx, view.id, kind, made["person"], note=word)
        except Exception:
            removal.remove(ctx, "person", view.id)  # not half made
            raise
        made[f"relative:{index}"] = view.id
        return view

    return CreateRecord(
        session,
        QCoreApplication.translate("Interview", "Add {name}").format(name=names[0].text),
        "person",
        create,
    )


def _speaker(answers: dict[str, Any], testimony: dict[str, Any]) -> str:
    who = str(testimony.get("speaker", ""))
    if who.startswith("relative:"):
        index = int(who.split(":", 1)[1])
        rows = answers.get("relatives", [])
        if 0 <= index < len(rows):
            return a.relative_name(rows[index])
    if who == "person":
        return a.person_name(answers)
    return str(testimony.get("speaker_name", "")).strip()


# One function per kind of record, so each closure holds its own values.


def _claim(made: dict[str, str], field: str, value: str) -> Callable[[Context], Any]:
    return lambda ctx: claims.add_claim(ctx, made["source"], "event", made["event"], field, value)


def _consent(
    made: dict[str, str], who: str, audience: str, decision: str, scope: str, condition: str
) -> Callable[[Context], Any]:
    return lambda ctx: consent.set_consent(
        ctx, made[who], audience, decision, scope=scope, conditions=condition, case=made["case"]
    )


def _task(
    made: dict[str, str], title: str, due: str | None, assignee: str
) -> Callable[[Context], Any]:
    return lambda ctx: tasks.add_task(ctx, made["case"], title, due=due, assignee=assignee)


def _case_summary(case_answers: dict[str, Any], interviewed_on: str | None) -> str:
    when = fuzzydate.parse(interviewed_on).display() if interviewed_on else ""
    where = str(case_answers.get("interview_place", "")).strip()
    if when and where:
        return QCoreApplication.translate(
            "Interview", "Family interview on {date} in {place}."
        ).format(date=when, place=where)
    if when or where:
        return QCoreApplication.translate("Interview", "Family interview: {when}.").format(
            when=when or where
        )
    return ""


def _remember(made: dict[str, str], key: str, view: Any) -> Any:
    made[key] = view.id
    return view
