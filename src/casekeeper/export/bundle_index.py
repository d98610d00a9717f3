"""``data/index.html`` of an evidence bundle: one static page, no scripts.

Made only from the redacted document and the hashes computed while the
files were written; every value is HTML-escaped. It opens from the
unpacked folder in any browser, offline (links are relative).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from html import escape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from casekeeper.export.bundle import CarriedItem
    from casekeeper.export.redaction import Redaction

_STYLE = """
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; margin: 2em auto;
       max-width: 72em; padding: 0 1em; color: #111; line-height: 1.4; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: #eee; }
code, .hash { font-family: "DejaVu Sans Mono", monospace; font-size: 0.85em;
              overflow-wrap: anywhere; }
pre { background: #f4f4f4; padding: 0.7em; overflow-x: auto; }
.note { background: #fff6d5; border: 1px solid #e0c060; padding: 0.5em 0.8em; }
"""


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _size(n: int) -> str:
    return f"{n:,} bytes"


def index_html(
    redaction: Redaction,
    items: Sequence[CarriedItem],
    custody: Sequence[dict[str, Any]],
    bag: str,
    signer: str,
    public_key_line: str,
    created: datetime,
) -> str:
    doc = redaction.document
    case = doc["case"]
    when = created.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src 'self'\">",
        f"<title>Evidence bundle {_e(case.get('ref'))}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>Evidence bundle: case {_e(case.get('ref'))}</h1>",
        f"<p><strong>{_e(case.get('title'))}</strong></p>",
        "<table>",
        f"<tr><th>Prepared for</th><td>{_e(redaction.audience)}</td></tr>",
        f"<tr><th>Made</th><td>{_e(when)}</td></tr>",
        f"<tr><th>Signer fingerprint</th><td><code>{_e(signer)}</code></td></tr>",
        f"<tr><th>Case status</th><td>{_e(case.get('status'))}</td></tr>",
        "</table>",
    ]
    if case.get("summary"):
        parts.append(f"<p>{_e(case['summary'])}</p>")

    withheld = len(redaction.withheld)
    not_carried = redaction.evidence_left_out + len(redaction.files_withheld)
    if withheld or redaction.left_out or redaction.files_withheld:
        parts.append('<div class="note"><p><strong>Redacted for this audience.</strong> ')
        parts.append(
            f"{withheld} value(s) were withheld (shown as [withheld: …]) and "
            f"{not_carried} evidence item(s) of the case are not in this bundle. "
            "Nothing withheld was written anywhere in it. What was left out:</p><ul>"
        )
        for key, count in sorted(redaction.left_out.items()):
            parts.append(f"<li>{_e(count)} {_e(key)}</li>")
        for ident, why in sorted(redaction.files_withheld.items()):
            parts.append(f"<li>the file of evidence item <code>{_e(ident[:8])}</code>: "
                         f"{_e(why)}</li>")
        parts.append("</ul></div>")

    parts.append(f"<h2>Evidence files ({len(items)})</h2>")
    if items:
        parts.append(
            "<table><tr><th>#</th><th>File in this bundle</th><th>Original name</th>"
            "<th>Type</th><th>Size</th><th>SHA-256 / SHA-512</th></tr>"
        )
        for n, item in enumerate(items, start=1):
            link = item.path.removeprefix("data/")
            parts.append(
                f"<tr><td>{n}</td><td><a href=\"{_e(link)}\">{_e(link)}</a></td>"
                f"<td>{_e(item.original_name)}</td><td>{_e(item.media_type)}</td>"
                f"<td>{_e(_size(item.size))}</td>"
                f'<td><span class="hash">{_e(item.sha256)}</span><br>'
                f'<span class="hash">{_e(item.sha512)}</span></td></tr>'
            )
        parts.append("</table>")
    else:
        parts.append("<p>This bundle carries no evidence files.</p>")

    evidence = {e["id"]: e for e in doc.get("evidence", [])}
    parts.append("<h2>Chain of custody</h2>")
    for item in items:
        e = evidence.get(item.evidence_id, {})
        parts.append(f"<h3>{_e(item.path.removeprefix('data/'))}</h3>")
        facts = [
            ("Description", e.get("description")),
            ("Acquired by", e.get("acquired_by")),
            ("Acquired from", e.get("acquired_from")),
            ("Acquired at", e.get("acquired_at")),
            ("Acquired where", e.get("acquired_where")),
            ("Camera clock", e.get("captured_at")),
            ("Camera", e.get("camera")),
        ]
        shown = [(k, v) for k, v in facts if v not in (None, "")]
        if shown:
            parts.append("<table>")
            parts += [f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in shown]
            parts.append("</table>")
        parts.append(
            "<table><tr><th>When (UTC)</th><th>What</th><th>Who</th><th>Where</th>"
            "<th>SHA-256 seen</th><th>Detail</th></tr>"
        )
        for c in custody:
            if c.get("evidence_id") != item.evidence_id:
                continue
            parts.append(
                f"<tr><td>{_e(c.get('at'))}</td><td>{_e(c.get('action'))}</td>"
                f"<td>{_e(c.get('actor'))}</td><td>{_e(c.get('place'))}</td>"
                f'<td class="hash">{_e(c.get("sha256"))}</td><td>{_e(c.get("detail"))}</td></tr>'
            )
        parts.append("</table>")

    parts += [
        "<h2>How to verify this bundle</h2>",
        "<p>Nothing here needs CaseKeeper. In the folder that holds this bag "
        f"(<code>{_e(bag)}</code>):</p>",
        f"<pre>bagit.py --validate {_e(bag)}\n"
        f"minisign -Vm {_e(bag)}/tagmanifest-sha256.txt -P {_e(public_key_line)}</pre>",
        "<p>The first command (Library of Congress bagit-python) checks that every file "
        "is present and unchanged; the second (minisign) checks that the list of hashes "
        f"was signed by the key with fingerprint <code>{_e(signer)}</code>. Confirm that "
        "fingerprint with the sender by another channel. With CaseKeeper: "
        f"<code>casekeeper verify BUNDLE.zip --signer {_e(signer)}</code>.</p>",
        "<p>The case as recorded, with what this audience may not see withheld, is in "
        '<a href="case.json">case.json</a>; each file\'s chain of custody, hash-chained '
        'line by line, is in <a href="custody.jsonl">custody.jsonl</a>.</p>',
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"
