"""Last page: everything that Finish will record, read back in plain words,
and what still stops it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout

from casekeeper import fuzzydate
from casekeeper.errors import InvalidDate

from .. import labels
from ..display import esc
from ..form_fields import hint_label, show_hint
from . import answers as a
from . import records
from .page_base import InterviewPage


class ReviewPage(InterviewPage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Check and finish"),
            self.tr(
                "Finish records all of this at once, linked together. One Undo (Ctrl+Z) takes "
                "it all back."
            ),
        )
        self.summary = QTextBrowser()
        self.summary.setOpenLinks(False)
        self.summary.setAccessibleName(self.tr("What will be recorded"))
        self.status_label = hint_label()
        self.status_label.setAccessibleName(self.tr("Recording status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.status_label)

    def initializePage(self) -> None:
        self.summary.setHtml(summary_html(self, self.interview().answers()))
        problems = self.interview().problems()
        show_hint(self.problem_label, "\n".join(problems), error=True)

    def show_status(self, text: str, *, error: bool) -> None:
        show_hint(self.status_label, text, error=error)

    def values(self) -> None:
        return None

    def set_values(self, values: Any) -> None:
        pass


def _date(text: str) -> str:
    try:
        return fuzzydate.parse(text).display() if text.strip() else ""
    except InvalidDate:
        return text


def summary_html(page: ReviewPage, answers: dict[str, Any]) -> str:
    case = answers.get("case") or {}
    person = answers.get("person") or {}
    event = answers.get("event") or {}
    out: list[str] = []

    def item(label: str, value: str) -> None:
        if value.strip():
            out.append(
                f"<tr><td style='color:#555555; padding-right:12px'>{esc(label)}</td>"
                f"<td>{esc(value)}</td></tr>"
            )

    def heading(text: str) -> None:
        out.append(f"</table><h3>{esc(text)}</h3><table>")

    out.append("<table>")
    heading(page.tr("Case"))
    if case.get("mode") == "open":
        item(page.tr("Added to"), case.get("case_ref", ""))
    else:
        item(page.tr("New case"), records.case_title(answers))
        item(page.tr("Status"), labels.word(case.get("status") or "open"))
    item(
        page.tr("Interview"),
        " · ".join(
            v for v in (_date(case.get("interviewed_on", "")), case.get("interview_place", "")) if v
        ),
    )

    heading(page.tr("Person"))
    if person.get("existing_id"):
        item(page.tr("Recorded as"), person.get("existing_label", ""))
    names = [
        n.get("text", "").strip() for n in person.get("names", []) if n.get("text", "").strip()
    ]
    item(page.tr("Names"), " / ".join(names))
    item(page.tr("Status"), labels.word(person.get("status") or "unknown"))
    item(page.tr("Born"), _date(person.get("birth_date", "")))
    item(page.tr("Hometown"), person.get("hometown", ""))
    item(page.tr("Citizenships"), person.get("citizenships", ""))
    docs = [
        f"{labels.word(d.get('kind') or 'passport')} {d.get('number', '')}".strip()
        + f" ({labels.word(d.get('status') or 'valid')})"
        for d in person.get("documents", [])
    ]
    item(page.tr("Documents"), "; ".join(docs))

    if records.event_given(event):
        heading(page.tr("What happened"))
        item(page.tr("Event"), records.event_title(event))
        item(page.tr("When"), _date(event.get("date", "")))
        item(page.tr("By whom"), event.get("authority", ""))
        item(page.tr("Reason given"), event.get("reason", ""))

    relatives = a.relatives(answers)
    if relatives:
        heading(page.tr("Relatives"))
        for relative in relatives:
            item(a.relation_word(relative.get("relation") or "other"), a.relative_name(relative))

    testimony = answers.get("testimony") or {}
    text = str(testimony.get("text", "")).strip()
    if text:
        heading(page.tr("Testimony"))
        item(page.tr("Words"), str(len(text.split())))
        item(page.tr("Begins"), text[:160] + ("…" if len(text) > 160 else ""))

    consent = answers.get("consent") or {}
    lines = []
    for who, name in a.consent_people(answers):
        given = consent.get(who) or {}
        said = []
        for key, _scope, _audience in a.CONSENT_QUESTIONS:
            answer = given.get(key, "")
            if answer:
                word = a.answer_word(answer)
                if answer == "only_if":
                    word = page.tr("only if {condition}").format(
                        condition=given.get(key + "_if", "")
                    )
                said.append(f"{_consent_topic(page, key)}: {word}")
        if said:
            lines.append((name, "; ".join(said)))
    if lines:
        heading(page.tr("Consent"))
        for name, decisions in lines:
            item(name, decisions)

    steps = [t for t in answers.get("tasks", []) if t.get("title", "").strip()]
    if steps:
        heading(page.tr("Next steps"))
        for task in steps:
            due = _date(task.get("due", ""))
            who = task.get("assignee", "")
            item(task["title"], " · ".join(v for v in (due, who) if v))
    out.append("</table>")
    return "".join(out).replace("<table></table>", "")


def _consent_topic(page: ReviewPage, key: str) -> str:
    return {
        "name": page.tr("name"),
        "photo": page.tr("photo"),
        "testimony": page.tr("testimony"),
        "partners": page.tr("lawyers and UN bodies"),
    }[key]
