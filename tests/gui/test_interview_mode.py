"""A caseworker interviews Alimnur Turganbay's wife: his names in three
scripts, the detention in July 2025 at Khorgos, the wife and what she agrees
to, her testimony, the next step. One Finish records it all; the case view
shows it; one Undo takes it back. Paused halfway, the interview waits,
encrypted in the store, and comes back as typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_sample_case import SampleStore
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from casekeeper.gui.interview.wizard import (
    CASE,
    CONSENT,
    EVENT,
    PERSON,
    RELATIVES,
    REVIEW,
    TASKS,
    TESTIMONY,
    InterviewWizard,
)
from casekeeper.gui.main_window import MainWindow
from casekeeper.services import cases, drafts, people

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/shots_interview")
MARKER = "QX-MARKER-5531"  # typed into the testimony; must never reach the disk as text


def shoot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def open_wizard(qtbot: QtBot, win: MainWindow) -> InterviewWizard:
    win.interview_action.trigger()  # Ctrl+I
    wizard = win.interview  # type: ignore[attr-defined]
    assert isinstance(wizard, InterviewWizard)
    qtbot.waitUntil(wizard.isVisible)
    return wizard


def next_page(qtbot: QtBot, wizard: InterviewWizard, expected: int) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == expected, wizard.currentPage().problem_label.text()


def fill_person(qtbot: QtBot, wizard: InterviewWizard) -> None:
    page = wizard.person_page
    qtbot.keyClicks(page.name_rows[0].text, "Alimnur Turganbay")
    page.add_name_row(None).text.setText("Әлімнұр Тұрғанбай")
    chinese = page.add_name_row(None)
    chinese.text.setText("阿力木努尔·吐尔干拜")
    chinese.language.setCurrentIndex(chinese.language.findData("zh"))
    chinese.kind.setCurrentIndex(chinese.kind.findData("transliteration"))
    page.birth_field.edit.setText("c. 1983")
    page.hometown_edit.setText("Mongolkure")
    page.citizenship_edit.setText("Kazakhstan, China")
    doc = page.add_document_row(None)
    doc.number.setText("N12345678")
    doc.status.setCurrentIndex(doc.status.findData("confiscated"))


def fill_event(wizard: InterviewWizard) -> None:
    page = wizard.event_page
    page.date_field.edit.setText("July 2025")
    page.place_edit.setText("Khorgos")
    page.authority_edit.setText("Ili border police")
    page.reason_edit.setText("invalid documents")


def fill_relatives(wizard: InterviewWizard) -> None:
    row = wizard.relatives_page.rows[0]
    row.name.setText("Guldariya Sherizatkyzy")
    row.other_name.setText("Гүлдария Шеризатқызы")
    row.relation.setCurrentIndex(row.relation.findData("wife"))
    row.contact.setText("+7 700 000 0000")


def test_interview_for_the_seed_case_end_to_end_then_one_undo(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    win = unlocked
    store = win.store
    assert store is not None
    wizard = open_wizard(qtbot, win)
    undo_before = win.edits.stack.count()

    # Where it goes and when.
    assert wizard.currentId() == CASE
    wizard.case_page.place_edit.setText("Atajurt office, Almaty")
    wizard.case_page.date_field.edit.setText("24 July 2025")
    shoot(wizard, "1-case")
    next_page(qtbot, wizard, PERSON)

    # The person: three scripts; the record already in the store is offered.
    fill_person(qtbot, wizard)
    page = wizard.person_page
    qtbot.waitUntil(
        lambda: any(m.person.display_name == "Alimnur Turganbay" for m in page.matches.matches),
        timeout=5000,
    )
    first = page.matches.list.item(0).text()
    assert "matched “Alimnur Turganbay”: the same spelling" in first
    assert f"in {sample_store.case_ref} (victim)" in first
    assert [r.script.text() for r in page.name_rows] == ["Latin", "Cyrillic", "Chinese"]
    shoot(wizard, "2-person")
    next_page(qtbot, wizard, EVENT)

    # What happened: a date that is no date is refused, with a hint.
    wizard.event_page.date_field.edit.setText("sometime in Julyish")
    next_page(qtbot, wizard, EVENT)
    assert "not understood" in wizard.event_page.problem_label.text()
    fill_event(wizard)
    assert wizard.event_page.date_field.hint.text() == "→ July 2025"
    shoot(wizard, "3-event")
    next_page(qtbot, wizard, RELATIVES)

    fill_relatives(wizard)
    shoot(wizard, "4-relatives")
    next_page(qtbot, wizard, TESTIMONY)

    testimony = wizard.testimony_page
    assert testimony.speaker_combo.currentText() == "Guldariya Sherizatkyzy (wife)"
    testimony.language_combo.setCurrentIndex(testimony.language_combo.findData("kk"))
    testimony.text_edit.setPlainText(
        f"On 22 July my husband drove the truck through the Dulata border. {MARKER}"
    )
    assert not testimony.record_button.isEnabled()
    assert "unencrypted on disk" in testimony.record_reason.text()
    shoot(wizard, "5-testimony")
    next_page(qtbot, wizard, CONSENT)

    consent = wizard.consent_page
    assert set(consent.questions) == {"person", "relative:0"}
    assert consent.questions["relative:0"][0].label.text() == "May we publish your name?"
    consent.set_answer("relative:0", "name", "yes")
    consent.set_answer("relative:0", "photo", "no")
    consent.set_answer("person", "name", "only_if")
    next_page(qtbot, wizard, CONSENT)  # "only if…" needs its condition
    assert "say on what condition" in consent.problem_label.text()
    consent.set_answer("person", "name", "only_if", "he is sentenced")
    shoot(wizard, "6-consent")
    next_page(qtbot, wizard, TASKS)

    wizard.tasks_page.suggest("Petition the consulate")
    wizard.tasks_page.rows[0].due.edit.setText("1 August 2025")
    wizard.tasks_page.rows[0].assignee.setText("Bekzat")
    shoot(wizard, "7-tasks")
    next_page(qtbot, wizard, REVIEW)

    summary = wizard.review_page.summary.toPlainText()
    for text in (
        "Alimnur Turganbay: detention at Khorgos",
        "Alimnur Turganbay / Әлімнұр Тұрғанбай / 阿力木努尔·吐尔干拜",
        "July 2025",
        "Guldariya Sherizatkyzy",
        "name: yes; photo: no",
        "only if he is sentenced",
        "Petition the consulate",
    ):
        assert text in summary, text
    shoot(wizard, "8-review")

    # Finish: everything at once, one step on the undo stack.
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.finished_ok, timeout=15_000)
    assert win.edits.stack.count() == undo_before + 1
    assert win.edits.stack.undoText() == "Interview: Alimnur Turganbay"
    view = win.case_view
    qtbot.waitUntil(
        lambda: view.detail is not None and "Khorgos" in view.detail.case.title, timeout=10_000
    )
    detail = view.detail
    assert detail is not None
    assert detail.case.title == "Alimnur Turganbay: detention at Khorgos"
    assert detail.case.summary == "Family interview on 24 July 2025 in Atajurt office, Almaty."
    by_name = {p.display_name: p for p in detail.people}
    alimnur, wife = by_name["Alimnur Turganbay"], by_name["Guldariya Sherizatkyzy"]
    assert [n.text for n in alimnur.names] == [
        "Alimnur Turganbay",
        "Әлімнұр Тұрғанбай",
        "阿力木努尔·吐尔干拜",
    ]
    assert alimnur.id not in {p.id for p in cases.get_case(store, sample_store.case_ref).people}
    assert [c.country for c in alimnur.citizenships] == ["Kazakhstan", "China"]
    assert (alimnur.birth_date, alimnur.hometown, alimnur.status) == (
        "~1983",
        "Mongolkure",
        "detained",
    )
    assert [(d.kind, d.number, d.status) for d in alimnur.documents] == [
        ("passport", "N12345678", "confiscated")
    ]
    assert [(r.person_name, r.kind, r.relative_name) for r in wife.relations] == [
        ("Guldariya Sherizatkyzy", "spouse", "Alimnur Turganbay")
    ]
    roles = {(r["person_id"], r["kind"]) for r in detail.roles}
    assert roles == {(alimnur.id, "victim"), (wife.id, "relative")}
    [event] = detail.events
    assert (event.kind, event.date, event.place) == ("detention", "2025-07", "Khorgos")
    assert "Reason given: invalid documents" in event.description
    assert {p.name for p in event.participants} == {"Alimnur Turganbay", "Ili border police"}
    [source] = detail.sources
    assert (source.kind, source.title, source.language) == (
        "testimony",
        "Testimony of Guldariya Sherizatkyzy",
        "kk",
    )
    assert MARKER in source.content
    assert {(c.field, c.value) for c in detail.claims} == {
        ("date", "2025-07"),
        ("place", "Khorgos"),
    }
    decisions = {
        (c.person_name, c.audience, c.scope, c.decision, c.conditions) for c in detail.consents
    }
    assert decisions == {
        ("Guldariya Sherizatkyzy", "public", "name", "granted", ""),
        ("Guldariya Sherizatkyzy", "public", "photo", "refused", ""),
        ("Alimnur Turganbay", "public", "name", "conditional", "he is sentenced"),
    }
    [task] = detail.tasks
    assert (task.title, task.due, task.assignee) == (
        "Petition the consulate",
        "2025-08-01",
        "Bekzat",
    )
    # The tabs a person sees carry it too.
    assert view.tabs.tabText(0) == "&People (2)"
    shoot(win, "9-case-after-interview")
    # Nothing of it is left as a draft.
    assert drafts.load_draft(store, "interview") is None

    # One Undo takes the whole interview back.
    case_id = detail.case.id
    win.undo_action.trigger()
    qtbot.waitUntil(lambda: not win.edits.busy, timeout=15_000)
    assert all(c.id != case_id for c in cases.list_cases(store, limit=100))
    assert not [
        p
        for p in cases.get_case(store, sample_store.case_ref).people
        if p.id in {alimnur.id, wife.id}
    ]


def test_paused_interview_is_encrypted_and_resumes_as_typed(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    win = unlocked
    store = win.store
    assert store is not None
    wizard = open_wizard(qtbot, win)
    next_page(qtbot, wizard, PERSON)
    fill_person(qtbot, wizard)
    next_page(qtbot, wizard, EVENT)
    fill_event(wizard)
    wizard.event_page.description_edit.setPlainText(f"Taken at the gate. {MARKER}")
    typed = wizard.answers()

    # Pause & close: the draft is kept inside the store, not as plaintext.
    wizard.button(QWizard.WizardButton.CancelButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    qtbot.waitUntil(
        lambda: (
            (d := drafts.load_draft(store, "interview")) is not None
            and MARKER in d.data["event"]["description"]
        ),
        timeout=5000,
    )
    raw = b"".join(p.read_bytes() for p in store.path.rglob("*") if p.is_file())
    for text in (MARKER, "Mongolkure", "Әлімнұр", "阿力木努尔"):
        assert text.encode("utf-8") not in raw, text
    assert "Interview paused" in win.statusBar().currentMessage()

    # The next interview offers it back; resuming fills every page and
    # returns to the page it was paused on.
    again = open_wizard(qtbot, win)
    assert again is not wizard
    qtbot.waitUntil(lambda: again.case_page.resume_box.isVisible(), timeout=5000)
    assert "Alimnur Turganbay" in again.case_page.resume_label.text()
    shoot(again, "0-resume-offer")
    again.case_page.resume_button.click()
    assert again.currentId() == EVENT
    assert again.event_page.date_field.edit.text() == "July 2025"
    assert again.event_page.date_field.hint.text() == "→ July 2025"
    assert [r.text.text() for r in again.person_page.name_rows] == [
        "Alimnur Turganbay",
        "Әлімнұр Тұрғанбай",
        "阿力木努尔·吐尔干拜",
    ]
    resumed = again.answers()
    for key in ("case", "person", "event", "relatives", "testimony", "tasks"):
        assert resumed[key] == typed[key], key

    # Locking while it is open keeps it too, and takes it off the screen.
    again.event_page.reason_edit.setText("invalid documents, said at the gate")
    win.lock()
    assert not again.isVisible()
    assert win.store is None


def test_locked_interview_draft_survives_the_lock(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    win = unlocked
    wizard = open_wizard(qtbot, win)
    next_page(qtbot, wizard, PERSON)
    qtbot.keyClicks(wizard.person_page.name_rows[0].text, "Nurlan Kadyr")
    win.lock()
    assert not wizard.isVisible() and win.store is None
    dialog = win.unlock_dialog
    assert dialog is not None
    dialog.passphrase_edit.setText(sample_store.passphrase)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: win.store is not None, timeout=10_000)
    assert win.store is not None
    draft = drafts.load_draft(win.store, "interview")
    assert draft is not None and draft.label == "Nurlan Kadyr"


def test_interview_about_a_recorded_man_adds_to_his_record_and_undo_restores_it(
    qtbot: QtBot, unlocked: MainWindow, sample_store: SampleStore
) -> None:
    win = unlocked
    store = win.store
    assert store is not None
    [before] = [
        p
        for p in cases.get_case(store, sample_store.case_ref).people
        if p.display_name == "Alimnur Turganbay"
    ]
    wizard = open_wizard(qtbot, win)
    next_page(qtbot, wizard, PERSON)
    page = wizard.person_page
    qtbot.keyClicks(page.name_rows[0].text, "Alimnur Turganbay")
    qtbot.waitUntil(lambda: bool(page.matches.matches), timeout=5000)
    page.matches.list.setCurrentRow(0)
    page.matches.use_button.click()
    assert page.existing == (before.id, "Alimnur Turganbay")
    assert "nothing recorded is overwritten" in page.existing_label.text()
    page.add_name_row(None).text.setText("Алимнур Турганбай")  # a Russian spelling, new
    page.hometown_edit.setText("Mongolkure")
    for expected in (EVENT, RELATIVES, TESTIMONY, CONSENT, TASKS, REVIEW):
        next_page(qtbot, wizard, expected)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.finished_ok, timeout=15_000)

    view = win.case_view
    qtbot.waitUntil(
        lambda: view.detail is not None and view.detail.case.ref != sample_store.case_ref,
        timeout=10_000,
    )
    assert view.detail is not None
    [him] = view.detail.people
    assert him.id == before.id  # the same record, not a duplicate
    texts = [n.text for n in him.names]
    assert texts == [n.text for n in before.names] + ["Алимнур Турганбай"]
    assert him.hometown == "Mongolkure" and him.status == "detained"
    assert {r["case_ref"] for r in him.roles} == {sample_store.case_ref, view.detail.case.ref}

    win.undo_action.trigger()
    qtbot.waitUntil(lambda: not win.edits.busy, timeout=15_000)
    after = people.get_person(store, before.id)
    assert [n.text for n in after.names] == [n.text for n in before.names]
    assert (after.hometown, [r["case_ref"] for r in after.roles]) == (
        before.hometown,
        [sample_store.case_ref],
    )
