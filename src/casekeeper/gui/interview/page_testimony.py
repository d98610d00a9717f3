"""The testimony: who speaks, in which language, what they say.

Recording. Qt 6.8+ can record into memory (``QMediaRecorder.setOutputDevice``
with a ``QBuffer``), but the vault can take in only a finished file by its
path (``services.evidence.add_evidence``): a recording would first lie on
disk unencrypted, which CaseKeeper never allows. So the record button stays
off and says why, until the evidence service can seal a stream or bytes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ..display import language_name
from ..form_fields import MUTED, form_row, set_combo
from ..person_editor import LANGUAGES
from . import answers as a
from .page_base import InterviewPage


class TestimonyPage(InterviewPage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("The testimony"),
            self.tr(
                "What the family tells, as they tell it. It is kept as a testimony source of "
                "the case (internal until consent allows more)."
            ),
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.speaker_combo = QComboBox()
        self.speaker_combo.setMinimumWidth(260)
        self.speaker_combo.currentIndexChanged.connect(self._speaker_changed)
        self.speaker_edit = QLineEdit()
        self.speaker_edit.setPlaceholderText(self.tr("name of whoever speaks"))
        self.speaker_edit.setAccessibleName(self.tr("Speaker's name"))
        speaker_line = QHBoxLayout()
        speaker_line.addWidget(self.speaker_combo)
        speaker_line.addWidget(self.speaker_edit, 1)
        form_row(form, self.tr("&Who speaks:"), _wrap(speaker_line), self.speaker_combo)
        self.language_combo = QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(
                f"{language_name(code)} ({code})" if code else self.tr("—"), code
            )
        form_row(form, self.tr("&Language:"), self.language_combo)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("The testimony, in the speaker's words"))
        self.text_edit.setAccessibleName(self.tr("Testimony"))
        form_row(form, self.tr("&Testimony:"), self.text_edit)

        self.record_button = QPushButton(self.tr("● Record audio"))
        self.record_button.setEnabled(False)
        self.record_reason = QLabel(recording_unavailable_reason(self))
        self.record_reason.setWordWrap(True)
        self.record_reason.setStyleSheet(f"color: {MUTED};")
        self.record_button.setToolTip(self.record_reason.text())
        self.record_button.setAccessibleDescription(self.record_reason.text())
        record_line = QHBoxLayout()
        record_line.addWidget(self.record_button, 0)
        record_line.addWidget(self.record_reason, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addLayout(record_line)
        layout.addWidget(self.problem_label)
        self._wanted_speaker = ""

    def initializePage(self) -> None:
        """The speakers to choose from: the relatives typed on the page before."""
        wanted = self._wanted_speaker or self._current_speaker()
        answers = self.interview().answers()
        self.speaker_combo.blockSignals(True)
        self.speaker_combo.clear()
        for index, relative in enumerate(answers.get("relatives", [])):
            name = a.relative_name(relative)
            if name:
                self.speaker_combo.addItem(
                    f"{name} ({a.relation_word(relative.get('relation') or 'other')})",
                    f"relative:{index}",
                )
        self.speaker_combo.addItem(self.tr("someone else…"), "other")
        self.speaker_combo.blockSignals(False)
        index = self.speaker_combo.findData(wanted)
        self.speaker_combo.setCurrentIndex(index if index >= 0 else 0)
        self._wanted_speaker = ""
        self._speaker_changed()

    def _current_speaker(self) -> str:
        data = self.speaker_combo.currentData()
        return str(data) if data is not None else ""

    def _speaker_changed(self) -> None:
        self.speaker_edit.setVisible(self._current_speaker() == "other")

    def values(self) -> dict[str, Any]:
        return {
            "speaker": self._current_speaker() or self._wanted_speaker,
            "speaker_name": self.speaker_edit.text(),
            "language": str(self.language_combo.currentData() or ""),
            "text": self.text_edit.toPlainText(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self._wanted_speaker = values.get("speaker", "")
        index = self.speaker_combo.findData(self._wanted_speaker)
        if index >= 0:
            self.speaker_combo.setCurrentIndex(index)
        self.speaker_edit.setText(values.get("speaker_name", ""))
        set_combo(self.language_combo, values.get("language", ""))
        self.text_edit.setPlainText(values.get("text", ""))


def recording_unavailable_reason(page: TestimonyPage) -> str:
    return page.tr(
        "Recording is off: the vault can only take in a finished file, so a recording would "
        "first lie unencrypted on disk. Record on a device you trust and import the file under "
        "Evidence."
    )


def _wrap(layout: QHBoxLayout) -> Any:
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
