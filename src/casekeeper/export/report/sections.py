"""The report's sections, each a list of flowables made from :class:`Content`.

Cover, summary, people and relationships, timeline, where sources
disagree, sources, evidence, what was left out, and (inside an evidence
bundle) how to verify it. Every string comes from the redacted document.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Image, PageBreak, Spacer

from .content import Content, fuzzy, moment, words
from .images import Photo
from .styles import Blocks

AUDIENCE_WORDS = {
    "public": "public (journalists, publication)",
    "partners": "partners (lawyers, UN bodies)",
    "internal": "internal (the organization itself)",
}
PHOTO_WIDTH = 90 * mm
PHOTO_HEIGHT = 80 * mm


@dataclass(frozen=True)
class BundleItem:
    """An evidence file carried in the bundle this report sits in."""

    path: str
    sha512: str


@dataclass(frozen=True)
class Extras:
    """What the report shows beyond the document: who signed, the photos."""

    created: datetime
    signer_fingerprint: str
    certificate_fingerprint: str = ""
    photos: Mapping[str, Photo] = field(default_factory=dict)
    files_withheld: Mapping[str, str] = field(default_factory=dict)
    bundle: Mapping[str, BundleItem] | None = None  # set when inside an evidence bundle


class Sections:
    def __init__(self, content: Content, extras: Extras, blocks: Blocks, width: float) -> None:
        self.c = content
        self.x = extras
        self.b = blocks
        self.width = width

    def _add(self, flow: list[Any], table: Any) -> None:
        if table is not None:
            flow.append(table)

    # --- cover and summary ---------------------------------------------------------

    def cover(self) -> list[Any]:
        b, case = self.b, self.c.case
        title = "Evidence bundle report" if self.x.bundle is not None else "Case report"
        flow: list[Any] = [
            Spacer(1, 30 * mm),
            b.text(title, b.s.note),
            b.text(str(case.get("ref", "")), b.s.title, outline=None),
            b.text(case.get("title"), b.s.h1.but(keep_with_next=False, space_before=0)),
            Spacer(1, 8 * mm),
        ]
        when = self.x.created.astimezone(UTC).strftime("%d %B %Y, %H:%M UTC").lstrip("0")
        rows = [
            ("Status", words(case.get("status"))),
            ("Report made", when),
            ("Prepared for", AUDIENCE_WORDS.get(self.c.audience, self.c.audience)),
            ("Signer", f"CaseKeeper key {self.x.signer_fingerprint}"),
        ]
        if self.x.certificate_fingerprint:
            rows.append(("PDF signature", "certificate SHA-256 "
                         + self.x.certificate_fingerprint))
        self._add(flow, b.facts(rows, self.width))
        flow.append(Spacer(1, 8 * mm))
        withheld = len(self.c.withheld_entries)
        left_out = sum(self.c.left_out.values())
        if withheld or left_out:
            flow.append(b.text(
                f"Redacted for {self.c.audience}: {withheld} value(s) withheld and {left_out} "
                "record(s) left out, by each record's sensitivity and each person's consent. "
                "Where a value was withheld the report says so, for example "
                "\"[withheld: no consent]\". The withheld values were removed before this "
                "report was laid out: they are not in this file.", b.s.note))
        else:
            flow.append(b.text("Nothing is withheld from this audience.", b.s.note))
        if self.x.certificate_fingerprint:
            flow.append(b.text(
                "This PDF carries a digital signature (PAdES). A PDF reader shows its "
                "validity as unknown until it trusts the certificate: compare the "
                "certificate's SHA-256 fingerprint above with the one the sender gave you.",
                b.s.note))
        flow.append(PageBreak())
        return flow

    def summary(self) -> list[Any]:
        b = self.b
        flow: list[Any] = [b.h1("Summary")]
        text = self.c.value("case", self.c.case, "summary") or "No summary was written."
        flow += [b.text(p) for p in str(text).split("\n\n")]
        counts = (f"{len(self.c.people)} people, {len(self.c.events)} events, "
                  f"{len(self.c.sources)} sources, {len(self.c.evidence)} evidence items "
                  "in this report.")
        flow.append(b.note(counts))
        return flow

    # --- people --------------------------------------------------------------------

    def people(self) -> list[Any]:
        b, c = self.b, self.c
        flow: list[Any] = [CondPageBreak(50 * mm), b.h1("People")]
        if not c.people:
            return [*flow, b.note("No people are recorded in this report.")]
        for person in c.people:
            pid = person["id"]
            name = c.person_name(pid)
            flow.append(b.h2(name, bookmark=True))
            names = sorted(person.get("names") or [], key=lambda n: n.get("position", 0))
            others = [
                " ".join(x for x in (n.get("text", ""), self._name_note(n)) if x)
                for n in names[1:] if n.get("text") != name
            ]
            roles = ", ".join(
                words(r.get("kind")) + (f" ({r['note']})" if r.get("note") else "")
                for r in c.roles_of(pid)
            ) or c.withheld("person", pid, "roles")
            rows: list[tuple[str, Any]] = [
                ("Also written", b.text("\n".join(others), b.s.names) if others else ""),
                ("Role in the case", roles),
                ("Status", c.value("person", person, "status", words(person.get("status")))),
                ("Gender", c.value("person", person, "gender")),
                ("Born", c.value("person", person, "birth_date",
                                 fuzzy(person.get("birth_date")))),
                ("Birthplace", c.value("person", person, "birthplace")),
                ("Hometown", c.value("person", person, "hometown")),
                ("Ethnicity", c.value("person", person, "ethnicity")),
                ("Occupation", c.value("person", person, "occupation")),
                ("Citizenship", "\n".join(self._citizenship(x)
                                          for x in person.get("citizenships") or [])
                 or c.withheld("person", pid, "citizenships")),
                ("Identity documents", "\n".join(self._document(d)
                                                 for d in person.get("documents") or [])),
                ("Contact", c.value("person", person, "contact")),
                ("Notes", c.value("person", person, "notes")),
            ]
            self._add(flow, b.facts(rows, self.width))
        relations = c.relationships()
        if relations:
            flow.append(b.h2("Relationships", bookmark=True))
            w = self.width
            flow.append(b.grid(
                ["Person", "is the ... of", "Person", "Note"],
                [[p, kind, rel, note] for p, kind, rel, note in relations],
                [w * 0.3, w * 0.15, w * 0.3, w * 0.25],
            ))
        return flow

    @staticmethod
    def _name_note(name: dict[str, Any]) -> str:
        bits = [words(name.get("kind")) if name.get("kind") not in (None, "", "legal") else "",
                str(name.get("language") or "")]
        shown = ", ".join(x for x in bits if x)
        return f"({shown})" if shown else ""

    def _citizenship(self, item: dict[str, Any]) -> str:
        bits = [str(item.get("country") or "")]
        if item.get("acquired"):
            bits.append(f"since {fuzzy(item['acquired'])}")
        if item.get("lost"):
            bits.append(f"until {fuzzy(item['lost'])}")
        if item.get("note"):
            bits.append(f"({item['note']})")
        return " ".join(bits)

    def _document(self, item: dict[str, Any]) -> str:
        number = self.c.value("identity document", item, "number")
        bits = [words(item.get("kind")), number, f"issued by {item['issuer']}"
                if item.get("issuer") else "", words(item.get("status"))]
        text = ", ".join(x for x in bits if x)
        return f"{text} ({item['note']})" if item.get("note") else text

    # --- timeline ------------------------------------------------------------------

    def timeline(self) -> list[Any]:
        b, c = self.b, self.c
        flow: list[Any] = [CondPageBreak(50 * mm), b.h1("Timeline")]
        events = c.timeline()
        if not events:
            return [*flow, b.note("No events are recorded in this report.")]
        for event in events:
            when = fuzzy(event.get("date")) or c.withheld("event", event["id"], "date") \
                or "date unknown"
            flow.append(b.h2(f"{when} — {event.get('title') or words(event.get('kind'))}"))
            who = [
                " ".join(x for x in (
                    c.person_name(p.get("person_id")) or c.organization_name(
                        p.get("organization_id")),
                    f"({words(p['role'])})" if p.get("role") else "") if x)
                for p in event.get("participants") or []
            ]
            cites = c.citations("event", event["id"])
            rows: list[tuple[str, Any]] = [
                ("What", words(event.get("kind"))),
                ("Where", c.place_name(event.get("place_id"))),
                ("Who", "; ".join(who)),
                ("Amount", c.value("event", event, "amount")),
                ("Sources", ", ".join(f"[{n}]" for n in cites)),
            ]
            self._add(flow, b.facts(rows, self.width))
            description = c.value("event", event, "description")
            if description:
                flow.append(b.text(description))
        return flow

    # --- claims and sources ---------------------------------------------------------

    def disagreements(self) -> list[Any]:
        b, c = self.b, self.c
        flow: list[Any] = [CondPageBreak(40 * mm), b.h1("Where sources disagree")]
        found = c.disagreements()
        if not found:
            return [*flow, b.note(f"The {len(c.claims)} claim(s) recorded do not contradict "
                                  "one another.")]
        w = self.width
        for d in found:
            flow.append(b.h2(f"{d.subject}: {d.field}"))
            rows = []
            for claim in d.claims:
                number = c.source_number.get(claim.get("source_id"))
                source = c.sources[number - 1].get("title") if number else "(source not shown)"
                rows.append([c.value("claim", claim, "value"),
                             f"[{number}] {source}" if number else source,
                             claim.get("note") or ""])
            flow.append(b.grid(["Says", "Source", "Note"], rows,
                               [w * 0.3, w * 0.4, w * 0.3]))
        return flow

    def sources(self) -> list[Any]:
        b, c = self.b, self.c
        flow: list[Any] = [CondPageBreak(40 * mm), b.h1("Sources")]
        if not c.sources:
            return [*flow, b.note("No sources are recorded in this report.")]
        for n, source in enumerate(c.sources, start=1):
            flow.append(b.h2(f"[{n}] {source.get('title') or ''}"))
            archived = source.get("archived_evidence_id")
            rows: list[tuple[str, Any]] = [
                ("Kind", words(source.get("kind"))),
                ("Author", c.value("source", source, "author")),
                ("Date", fuzzy(source.get("date"))),
                ("Reliability", words(source.get("reliability"))),
                ("Language", source.get("language")),
                ("Address", source.get("url")),
                ("Archived copy", f"evidence E{c.evidence_number[archived]}"
                 if archived in c.evidence_number else ""),
            ]
            self._add(flow, b.facts(rows, self.width))
            content = c.value("source", source, "content")
            if content:
                flow += [b.text(p) for p in str(content).split("\n\n")]
        return flow

    # --- evidence ------------------------------------------------------------------

    def evidence(self) -> list[Any]:
        b, c = self.b, self.c
        flow: list[Any] = [CondPageBreak(50 * mm), b.h1("Evidence")]
        if not c.evidence:
            return [*flow, b.note("No evidence items are recorded in this report.")]
        flow.append(b.note(
            "Each file's SHA-256 was taken when it entered CaseKeeper's encrypted vault; any "
            "copy with the same hash is the same file, byte for byte."))
        for n, item in enumerate(c.evidence, start=1):
            flow.append(b.h2(f"E{n} {item.get('original_name') or ''}", bookmark=True))
            flow += self._item(item)
        return flow

    def _item(self, item: dict[str, Any]) -> list[Any]:
        b, c = self.b, self.c
        ident = item["id"]
        gps = ""
        if item.get("gps_latitude") is not None and item.get("gps_longitude") is not None:
            gps = f"{item['gps_latitude']:.5f}, {item['gps_longitude']:.5f}"
        else:
            gps = c.withheld("evidence item", ident, "gps_latitude")
        acquired = "; ".join(x for x in (
            moment(item.get("acquired_at")),
            f"by {item['acquired_by']}" if item.get("acquired_by") else "",
            f"from {item['acquired_from']}" if item.get("acquired_from") else "",
            f"at {item['acquired_where']}" if item.get("acquired_where") else "",
        ) if x)
        carried = self.x.bundle.get(ident) if self.x.bundle is not None else None
        rows: list[tuple[str, Any]] = [
            ("Type", item.get("media_type")),
            ("Size", f"{int(item.get('size') or 0):,} bytes"),
            ("SHA-256", item.get("sha256")),
            ("SHA-512", carried.sha512 if carried else ""),
            ("In this bundle", carried.path if carried else ""),
            ("Acquired", acquired),
            ("Description", c.value("evidence item", item, "description")),
            ("Taken", item.get("captured_at")),
            ("Camera", item.get("camera")),
            ("GPS position", gps),
            ("Duration", f"{item['duration_seconds']:.0f} s"
             if item.get("duration_seconds") else ""),
            ("Removed", moment(item.get("removed_at"))),
            ("Custody", "\n".join(self._custody(e, detail=c.audience != "public")
                                   for e in item.get("custody") or [])),
        ]
        if ident in self.x.files_withheld:
            rows.append(("File", f"not included: {self.x.files_withheld[ident]}"))
        flow: list[Any] = []
        self._add(flow, b.facts(rows, self.width))
        photo = self.x.photos.get(ident)
        if photo is not None:
            flow.append(Spacer(1, 2 * mm))
            flow.append(_image(photo))
            flow.append(b.note("Shown as recorded (original file)." if photo.original else
                               "Scaled down for this report; camera data and GPS removed."))
        return flow

    @staticmethod
    def _custody(event: dict[str, Any], detail: bool) -> str:
        """One custody event; the detail (import paths, bundle names) only for
        partners and internal: it is working detail, not news."""
        bits = [moment(event.get("at")), words(event.get("action"))]
        if event.get("actor"):
            bits.append(f"by {event['actor']}")
        line = " ".join(x for x in bits if x)
        return f"{line}: {event['detail']}" if detail and event.get("detail") else line

    # --- what was left out, how to verify ----------------------------------------------

    def left_out(self) -> list[Any]:
        b = self.b
        lines = self.c.withheld_lines()
        flow: list[Any] = [CondPageBreak(40 * mm), b.h1("What this report leaves out")]
        if not lines:
            return [*flow, b.note("Nothing: this audience receives the whole case.")]
        flow.append(b.note(
            f"For {self.c.audience}, by each record's sensitivity and each person's consent. "
            "Only the kind of value and the reason are listed, never the value."))
        return [*flow, *(b.text(line, b.s.cell) for line in lines)]

    def how_to_verify(self) -> list[Any]:
        b, fp = self.b, self.x.signer_fingerprint
        return [CondPageBreak(40 * mm), b.h1("How to verify this bundle"), b.text(
            "The bundle is a BagIt bag: bagit.py --validate FOLDER checks every file against "
            "manifest-sha256.txt and manifest-sha512.txt. The tag manifests are signed with "
            "minisign: minisign -Vm FOLDER/tagmanifest-sha256.txt -p "
            "FOLDER/casekeeper-signer.pub checks the signature; confirm the fingerprint "
            f"{fp} with the sender by another channel. READ-ME-FIRST.txt gives the exact "
            "commands; data/custody.jsonl holds each file's chain of custody.")]


def _image(photo: Photo) -> Image:
    scale = min(PHOTO_WIDTH / photo.width, PHOTO_HEIGHT / photo.height)
    image = Image(io.BytesIO(photo.data), width=photo.width * scale,
                  height=photo.height * scale, hAlign="LEFT")
    return image


def build_sections(content: Content, extras: Extras, blocks: Blocks,
                   width: float) -> Sequence[Any]:
    s = Sections(content, extras, blocks, width)
    flow = [*s.cover(), *s.summary(), *s.people(), *s.timeline(), *s.disagreements(),
            *s.sources(), *s.evidence(), *s.left_out()]
    if extras.bundle is not None:
        flow += s.how_to_verify()
    return flow
