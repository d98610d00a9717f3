"""Consent, asked in plain words, per person: “May we publish your name?”
yes / no / only if… Each answer becomes a consent decision (audience,
scope, decision, condition); a question not asked records nothing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..form_fields import MUTED
from . import answers as a
from .page_base import InterviewPage


class ConsentQuestion:
    def __init__(self, page: ConsentPage, key: str, text: str) -> None:
        self.key = key
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.answer = QComboBox()
        self.answer.setAccessibleName(text)
        for value in a.ANSWERS:
            self.answer.addItem(a.answer_word(value), value)
        self.label.setBuddy(self.answer)
        self.condition = QLineEdit()
        self.condition.setAccessibleName(page.tr("Only if"))
        self.condition.setPlaceholderText(page.tr("only if… e.g. he is sentenced"))
        self.answer.currentIndexChanged.connect(self._changed)
        self.answer.currentIndexChanged.connect(page.recheck)
        self.condition.textChanged.connect(page.recheck)
        self._changed()

    def value(self) -> str:
        return str(self.answer.currentData())

    def _changed(self) -> None:
        self.condition.setEnabled(self.value() == "only_if")


class ConsentPage(InterviewPage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Consent"),
            self.tr(
                "Ask each person, in their words. “Only if…” keeps their condition as said. "
                "Nothing is shared beyond what they agree to."
            ),
        )
        self.answers: dict[str, dict[str, str]] = {}
        self.questions: dict[str, list[ConsentQuestion]] = {}
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem_label)

    def initializePage(self) -> None:
        """One group of questions per person named on the pages before."""
        self.answers = self.values()
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.questions = {}
        answers = self.interview().answers()
        people = a.consent_people(answers)
        relatives = answers.get("relatives", [])
        if not people:
            empty = QLabel(self.tr("Name the person first: consent is asked per person."))
            empty.setStyleSheet(f"color: {MUTED};")
            self.body_layout.addWidget(empty)
        for who, name in people:
            own = who.startswith("relative:")
            if own:
                relation = relatives[int(who.split(":", 1)[1])].get("relation") or "other"
                title = self.tr("{name} — {relation}, asked in person").format(
                    name=name, relation=a.relation_word(relation)
                )
            else:
                title = self.tr("{name} — the family decides for him or her").format(name=name)
            box = QGroupBox(title)
            grid = QGridLayout(box)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(2, 2)
            given = self.answers.get(who, {})
            rows = []
            for line, (key, _scope, _audience) in enumerate(a.CONSENT_QUESTIONS):
                question = ConsentQuestion(self, key, a.consent_question(key, own=own, name=name))
                index = question.answer.findData(given.get(key, ""))
                question.answer.setCurrentIndex(max(index, 0))
                question.condition.setText(given.get(key + "_if", ""))
                grid.addWidget(question.label, line, 0)
                grid.addWidget(question.answer, line, 1)
                grid.addWidget(question.condition, line, 2)
                rows.append(question)
            self.questions[who] = rows
            self.body_layout.addWidget(box)
        self.body_layout.addStretch(1)

    def set_answer(self, who: str, key: str, answer: str, condition: str = "") -> None:
        """What a click on the combo does (tests and keyboard alike)."""
        question = next(q for q in self.questions[who] if q.key == key)
        question.answer.setCurrentIndex(question.answer.findData(answer))
        question.condition.setText(condition)

    def values(self) -> dict[str, dict[str, str]]:
        out = {who: dict(given) for who, given in self.answers.items()}
        for who, questions in self.questions.items():
            given = out.setdefault(who, {})
            for q in questions:
                given[q.key] = q.value()
                given[q.key + "_if"] = q.condition.text()
        return out

    def set_values(self, values: dict[str, dict[str, str]]) -> None:
        self.answers = {who: dict(given) for who, given in (values or {}).items()}
        self.questions = {}

    def problems(self) -> list[str]:
        out = []
        for questions in self.questions.values():
            for q in questions:
                if q.value() == "only_if" and not q.condition.text().strip():
                    out.append(
                        self.tr("“{question}”: say on what condition.").format(
                            question=q.label.text()
                        )
                    )
        return out
