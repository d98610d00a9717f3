"""The Sources & Claims tab: what each source states, and where sources disagree.

Two sources that disagree (22 vs 23 July) are both kept; the disagreement
comes first, marked in words and colour, with each value beside the source
that states it, so a caseworker weighs them instead of silently picking one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from casekeeper.services.views import CaseDetail, ClaimView, Disagreement, SourceView

from . import labels
from .display import WARN_BG, WARN_BORDER, WARN_FG, claimed_value, esc, fuzzy_date, plural
from .form_fields import button_bar


class ClaimsTab(QWidget):
    add_requested = Signal()
    edit_requested = Signal(str)  # source id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button = QPushButton(self.tr("Add source and claim…"))
        self.add_button.setToolTip(
            self.tr("Record a source (testimony, article, document) and what it states")
        )
        self.add_button.clicked.connect(self.add_requested)
        self.disagreement_banner = QLabel()
        self.disagreement_banner.setWordWrap(True)
        self.disagreement_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.disagreement_banner.setAccessibleName(self.tr("Sources disagree"))
        self.disagreement_banner.setStyleSheet(
            f"color: {WARN_FG}; background: {WARN_BG}; border: 1px solid {WARN_BORDER};"
            " padding: 6px; font-weight: bold;"
        )
        self.disagreement_banner.hide()
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # URLs in sources are shown, never fetched
        self.browser.setAccessibleName(self.tr("Sources and claims"))
        self.browser.anchorClicked.connect(self._link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(button_bar(self.add_button))
        layout.addWidget(self.disagreement_banner)
        layout.addWidget(self.browser)

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "source":
            self.edit_requested.emit(url.path())

    def clear(self) -> None:
        self.disagreement_banner.hide()
        self.browser.clear()

    def text(self) -> str:
        return self.disagreement_banner.text() + "\n" + self.browser.toPlainText()

    def show_detail(self, detail: CaseDetail) -> None:
        count = len(detail.disagreements)
        if count:
            self.disagreement_banner.setText(
                "⚠ " + plural("ClaimsTab", "Sources disagree on %n fact(s) of this case.", count)
            )
        self.disagreement_banner.setVisible(bool(count))
        sources = {s.id: s for s in detail.sources}
        parts = [self._disagreement_html(d, sources) for d in detail.disagreements]
        parts.append(
            self._claims_html(
                detail.claims, {id(c) for d in detail.disagreements for c in d.claims}
            )
        )
        parts.append(self._sources_html(detail.sources))
        self.browser.setHtml("\n".join(p for p in parts if p))

    def _disagreement_html(self, d: Disagreement, sources: dict[str, SourceView]) -> str:
        """One column per value stated, each with every source that states it."""
        title = self.tr("Sources disagree")
        subject = f"{d.subject_label}: {_field(d.field)}"
        by_value: dict[str, list[ClaimView]] = {}
        for c in d.claims:
            by_value.setdefault(claimed_value(c.field, c.value), []).append(c)
        cells = []
        for value, claims in by_value.items():
            lines = "".join(
                f"<li>{esc(self._source_line(c, sources.get(c.source_id)))}"
                f"{'<br><i>' + esc(c.note) + '</i>' if c.note else ''}</li>"
                for c in claims
            )
            cells.append(
                f'<td valign="top" style="padding:6px">'
                f'<span style="font-size:x-large">{esc(value)}</span><br>'
                f"{esc(self.tr('according to:'))}<ul>{lines}</ul></td>"
            )
        return (
            f'<table width="100%" cellspacing="0" cellpadding="6" border="1" '
            f'style="border-color:{WARN_BORDER}; margin-bottom:12px">'
            f'<tr><td colspan="{len(cells)}" '
            f'style="color:{WARN_FG}; background-color:{WARN_BG}">'
            f"<b>⚠ {esc(title)}</b> — {esc(subject)}</td></tr>"
            f"<tr>{''.join(cells)}</tr></table>"
        )

    def _source_line(self, claim: ClaimView, source: SourceView | None) -> str:
        if source is None:
            return claim.source_title
        extra = [labels.word(source.kind)]
        if source.date:
            extra.append(fuzzy_date(source.date))
        extra.append(self.tr("reliability: {r}").format(r=labels.word(source.reliability)))
        return self.tr("{source} ({details})").format(source=source.title, details=", ".join(extra))

    def _claims_html(self, claims: list[ClaimView], disputed: set[int]) -> str:
        if not claims:
            none = self.tr("No claims recorded.")
            return f"<h3>{esc(self.tr('Claims'))}</h3><p><i>{esc(none)}</i></p>"
        groups: dict[tuple[str, str], list[ClaimView]] = {}
        for c in claims:
            groups.setdefault((c.subject_label, c.subject_id), []).append(c)
        out = [f"<h3>{esc(self.tr('Claims by subject'))}</h3>"]
        for (label, _), group in groups.items():
            items = "".join(
                f"<li>{esc(_field(c.field))}: <b>{esc(claimed_value(c.field, c.value))}</b> — "
                f"{esc(c.source_title)}"
                f"{' <i>(' + esc(self.tr('disputed')) + ')</i>' if id(c) in disputed else ''}</li>"
                for c in group
            )
            out.append(f"<p><b>{esc(label)}</b></p><ul>{items}</ul>")
        return "".join(out)

    def _sources_html(self, sources: list[SourceView]) -> str:
        out = [f"<h3>{esc(self.tr('Sources'))}</h3>"]
        if not sources:
            out.append(f"<p><i>{esc(self.tr('No sources recorded.'))}</i></p>")
        for s in sources:
            facts = [labels.word(s.kind)]
            if s.author:
                facts.append(self.tr("by {author}").format(author=s.author))
            if s.date:
                facts.append(fuzzy_date(s.date))
            if s.language:
                facts.append(s.language)
            facts.append(self.tr("reliability: {r}").format(r=labels.word(s.reliability)))
            url = f"<br><tt>{esc(s.url)}</tt>" if s.url else ""
            edit = f' &nbsp;<a href="source:{esc(s.id)}">{esc(self.tr("edit / add a claim"))}</a>'
            out.append(f"<p><b>{esc(s.title)}</b>{edit}<br>{esc(', '.join(facts))}{url}</p>")
        return "".join(out)


def _field(field: str) -> str:
    return field.replace("_", " ")
