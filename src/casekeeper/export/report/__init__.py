"""The PDF report of a case, for a journalist or a lawyer (issue 5).

Made from the redacted case document only (``export.redaction.redact``):

- ``fonts``: the system's fonts, one per script, found at run time;
- ``runs``: text split into runs, each in a font that covers it;
- ``bidi``: Arabic-script shaping and right-to-left line order;
- ``textblock``: the paragraph flowable that breaks lines itself;
- ``content``: what the report says, read from the document;
- ``styles``, ``sections``, ``layout``: the pages;
- ``images``: photos scaled down and stripped of EXIF in memory;
- ``signature``: the optional PAdES signature (pyHanko).

``services.exports.export_report`` reads the store, redacts and writes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from casekeeper.progress import CancelToken, Progress, no_progress

from .fonts import report_fonts
from .sections import BundleItem, Extras

if TYPE_CHECKING:
    from casekeeper.export.bundle import CarriedItem

__all__ = ["BundleItem", "Extras", "bundle_report", "render_report"]


def render_report(
    document: dict[str, Any],
    extras: Extras,
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> bytes:
    """The PDF bytes of the report of a redacted case ``document``."""
    from .layout import render

    return render(document, extras, report_fonts(), progress=progress, cancel=cancel)


def bundle_report(
    files_withheld: dict[str, str],
) -> Callable[[dict[str, Any], Sequence[CarriedItem], str, datetime], bytes]:
    """The ``report`` an evidence bundle writes as ``data/report.pdf``: the full
    report of its redacted document, each carried file with its path in the
    bag and both hashes, and how to verify the bundle. No photos: the files
    themselves travel in the bag."""

    def report(doc: dict[str, Any], items: Sequence[CarriedItem], signer: str,
               created: datetime) -> bytes:
        extras = Extras(
            created=created, signer_fingerprint=signer, files_withheld=dict(files_withheld),
            bundle={i.evidence_id: BundleItem(i.path, i.sha512) for i in items},
        )
        return render_report(doc, extras)

    return report
