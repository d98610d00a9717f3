"""The chain of custody of one evidence item, oldest first, newest last.

Each row is one step recorded in the hash-chained change log: what was
done (acquired, imported, viewed, extracted, exported, verified, removed),
by whom, when, the SHA-256 seen at that moment (its first characters; the
whole hash in the tooltip) and any detail.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from casekeeper.services.views import CustodyView

from .display import ALERT_BG, ALERT_FG, local_time
from .read_only_table import ReadOnlyTable

WHEN, ACTION, WHO, HASH, DETAIL = range(5)
HASH_PREFIX = 12

_CONTEXT = "Custody"
_ACTIONS: dict[str, object] = {
    "acquired": QT_TRANSLATE_NOOP("Custody", "acquired"),
    "imported": QT_TRANSLATE_NOOP("Custody", "imported"),
    "viewed": QT_TRANSLATE_NOOP("Custody", "viewed"),
    "extracted": QT_TRANSLATE_NOOP("Custody", "extracted"),
    "exported": QT_TRANSLATE_NOOP("Custody", "exported"),
    "verified": QT_TRANSLATE_NOOP("Custody", "verified"),
    "removed": QT_TRANSLATE_NOOP("Custody", "removed"),
}
# Steps recorded in the same instant keep their natural order.
_RANK = {"acquired": 0, "imported": 1}


def action_word(action: str) -> str:
    source = _ACTIONS.get(action)
    if source is None:
        return action.replace("_", " ")
    return QCoreApplication.translate(_CONTEXT, str(source))


def in_order(events: Sequence[CustodyView]) -> list[CustodyView]:
    """Oldest first, newest last."""
    return sorted(events, key=lambda e: (e.at, _RANK.get(e.action, 2)))


class CustodyTimeline(ReadOnlyTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("When"),
                self.tr("Action"),
                self.tr("Who"),
                self.tr("SHA-256"),
                self.tr("Detail"),
            ],
            stretch={DETAIL: 1},
            parent=parent,
        )
        self.setAccessibleName(self.tr("Chain of custody"))
        self.setAccessibleDescription(
            self.tr("Every step this file went through, oldest first, with the hash seen then")
        )
        self.events: list[CustodyView] = []

    def clear_events(self) -> None:
        self.events = []
        self.set_rows([])

    def show_events(self, events: Sequence[CustodyView]) -> None:
        self.events = in_order(events)
        rows = []
        for e in self.events:
            detail = e.detail
            if e.place:
                place = self.tr("at {place}").format(place=e.place)
                detail = f"{place}; {detail}" if detail else place
            rows.append(
                [
                    local_time(e.at),
                    action_word(e.action),
                    e.actor,
                    e.sha256[:HASH_PREFIX] + "…" if e.sha256 else "—",
                    detail,
                ]
            )
        self.set_rows(rows)
        for row, e in enumerate(self.events):
            item = self.item(row, HASH)
            if item is not None:
                item.setToolTip(e.sha256 or self.tr("no hash recorded"))
            if e.action == "removed" or e.detail.startswith("FAILED"):
                self.mark_row(row, ALERT_FG, ALERT_BG)
        if self.rowCount():
            self.scrollToBottom()  # the newest step

    def action_names(self) -> list[str]:
        """The stored action names, in the order shown (tests read this)."""
        return [e.action for e in self.events]
