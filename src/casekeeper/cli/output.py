"""Plain-text layouts of views for people at a terminal."""

from __future__ import annotations

from collections.abc import Sequence

from casekeeper.services import views as v


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    if not rows:
        return "(none)"
    widths = [max(len(h), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    widths = [min(w, 60) for w in widths]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    for row in rows:
        cells = [_clip(str(c), w).ljust(w) for c, w in zip(row, widths, strict=True)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _clip(text: str, width: int) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def short(ident: str) -> str:
    return ident[:8]


def case_list(cases: Sequence[v.CaseSummary]) -> str:
    return table(
        ["REF", "STATUS", "TITLE", "PEOPLE"],
        [(c.ref, c.status, c.title, ", ".join(c.people[:3])) for c in cases],
    )


def person(p: v.PersonView) -> str:
    lines = [f"{p.display_name}  [{short(p.id)}]  status: {p.status}"]
    for n in p.names:
        lang = f", {n.language}" if n.language else ""
        lines.append(f"  name: {n.text}  ({n.kind}, {n.script}{lang})")
    facts = [
        ("born", p.birth_date_display),
        ("birthplace", p.birthplace),
        ("hometown", p.hometown),
        ("gender", p.gender),
        ("ethnicity", p.ethnicity),
        ("occupation", p.occupation),
        ("contact", p.contact),
        ("notes", p.notes),
    ]
    lines += [f"  {label}: {value}" for label, value in facts if value]
    for c in p.citizenships:
        span = " ".join(
            x
            for x in (
                f"from {c.acquired}" if c.acquired else "",
                f"until {c.lost}" if c.lost else "",
            )
            if x
        )
        lines.append(f"  citizenship: {c.country} {span}".rstrip())
    for d in p.documents:
        lines.append(f"  document: {d.kind} {d.number} ({d.status}) {d.issuer}".rstrip())
    for r in p.roles:
        lines.append(f"  role: {r['kind']} in {r['case_ref']}")
    for rel in p.relations:
        lines.append(f"  {rel.person_name} is {rel.kind.replace('_', '/')} of {rel.relative_name}")
    for c in p.consents:
        lines.append("  " + consent_line(c))
    return "\n".join(lines)


def consent_line(c: v.ConsentView) -> str:
    cond = f" — {c.conditions}" if c.conditions else ""
    state = f" (withdrawn {c.withdrawn_at[:10]})" if c.withdrawn_at else ""
    return f"consent [{short(c.id)}]: {c.decision} for {c.audience}, {c.scope}{cond}{state}"


def case_detail(d: v.CaseDetail) -> str:
    c = d.case
    out = [f"{c.ref}  {c.title}", f"status: {c.status}   sensitivity: {c.sensitivity}   id: {c.id}"]
    if c.summary:
        out += ["", c.summary]
    out += ["", "PEOPLE"]
    for p in d.people:
        out.append(person(p))
    out += ["", "TIMELINE"]
    for e in d.events:
        place = f" @ {e.place}" if e.place else ""
        who = ", ".join(f"{pt.name} ({pt.role})" for pt in e.participants)
        amount = f" [{e.amount}]" if e.amount else ""
        out.append(f"  {e.date_display:<22} {e.kind:<16} {e.title}{place}{amount}")
        if who:
            out.append(f"  {'':<22} {'':<16} with: {who}")
    out += ["", "SOURCES"]
    for s in d.sources:
        out.append(
            f"  [{short(s.id)}] {s.kind}: {s.title} ({s.date or 'undated'}, {s.reliability})"
        )
    if d.disagreements:
        out += ["", "SOURCES DISAGREE"]
        for dis in d.disagreements:
            out.append(f"  {dis.subject_label} — {dis.field}:")
            for cl in dis.claims:
                out.append(f"      {cl.value:<30} says {cl.source_title}")
    if d.consents:
        out += ["", "CONSENT"]
        out += [f"  {c.person_name}: " + consent_line(c) for c in d.consents]
    if d.tasks:
        out += ["", "TASKS"]
        out += [task_line(t) for t in d.tasks]
    return "\n".join(out)


def task_line(t: v.TaskView) -> str:
    flag = "OVERDUE " if t.overdue else ""
    due = t.due or "no date"
    return f"  [{short(t.id)}] {flag}{due}  {t.status:<5} {t.case_ref}  {t.title}"
