"""duplicates, not-same, merge, unmerge, names: one person under every spelling."""

from __future__ import annotations

import argparse

from casekeeper.names.keys import name_keys
from casekeeper.services import duplicates, merge, names
from casekeeper.services.duplicates import DuplicatePair

from . import output
from .app import CliApp


def register(sub: argparse._SubParsersAction) -> None:
    d = sub.add_parser("duplicates", help="people probably recorded twice, with the evidence")
    d.add_argument("--of", metavar="PERSON", help="only the likely duplicates of this person")
    d.add_argument(
        "--min-score",
        type=float,
        default=duplicates.DEFAULT_MIN_SCORE,
        help=f"how alike a pair must be (0–1, default {duplicates.DEFAULT_MIN_SCORE})",
    )
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=find_duplicates)

    n = sub.add_parser("not-same", help="record that two people are different (never suggested)")
    n.add_argument("person")
    n.add_argument("other")
    n.add_argument("--note", default="")
    n.set_defaults(handler=not_same)

    mg = sub.add_parser("merge", help="OTHER is the same person as SURVIVOR: merge the records")
    mg.add_argument("survivor")
    mg.add_argument("other")
    mg.add_argument("--note", default="")
    mg.add_argument("--json", action="store_true")
    mg.set_defaults(handler=merge_people)

    u = sub.add_parser("unmerge", help="undo a merge (its id is printed by merge)")
    u.add_argument("merge")
    u.add_argument("--json", action="store_true")
    u.set_defaults(handler=unmerge)

    nm = sub.add_parser("names", help="the comparison keys of names")
    ns = nm.add_subparsers(dest="action", required=True)
    k = ns.add_parser("keys", help="show how a name is transliterated and folded")
    k.add_argument("text", nargs="+")
    k.add_argument("--language", default="", help="kk, ug, ru… (Arabic script: which alphabet)")
    k.add_argument("--json", action="store_true")
    k.set_defaults(handler=show_keys)
    r = ns.add_parser("reindex", help="recompute the keys of every name")
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=reindex)


def find_duplicates(app: CliApp, args: argparse.Namespace) -> int:
    if args.of:
        pairs = duplicates.duplicates_of(app.store(), args.of, min_score=args.min_score)
    else:
        pairs = duplicates.find_duplicates(app.store(), min_score=args.min_score)
    app.emit(pairs, "\n\n".join(_pair_text(p) for p in pairs) or "No likely duplicates.")
    return 0


def _pair_text(p: DuplicatePair) -> str:
    lines = [
        f"{p.score:.2f}  {p.person_label} [{output.short(p.person_id)}]"
        f"  ~  {p.other_label} [{output.short(p.other_id)}]"
    ]
    lines += [f"      name   {n.name}  ~  {n.other_name}  ({n.score:.2f})" for n in p.names]
    lines += [f"      agrees  {f.field}: {f.value}  /  {f.other_value}" for f in p.agree]
    lines += [f"      differs {f.field}: {f.value}  /  {f.other_value}" for f in p.conflict]
    return "\n".join(lines)


def not_same(app: CliApp, args: argparse.Namespace) -> int:
    duplicates.mark_not_same(app.context(), args.person, args.other, args.note)
    app.say("Recorded as different people; the pair will not be suggested again.")
    return 0


def merge_people(app: CliApp, args: argparse.Namespace) -> int:
    view = merge.merge_people(app.context(), args.survivor, args.other, note=args.note)
    moved = ", ".join(f"{count} {table}" for table, count in sorted(view.moved.items()))
    app.emit(
        view,
        f"Merged {view.merged_label} into {view.survivor_label} (merge id {view.id}).\n"
        f"Moved: {moved or 'nothing'}.  Undo with: casekeeper unmerge {view.id}",
    )
    return 0


def unmerge(app: CliApp, args: argparse.Namespace) -> int:
    view = merge.undo_merge(app.context(), args.merge)
    text = f"{view.merged_label} is a separate person again."
    if view.not_restored:
        text += "\nNot put back (changed since the merge): " + "; ".join(view.not_restored)
    app.emit(view, text)
    return 0


def show_keys(app: CliApp, args: argparse.Namespace) -> int:
    keys = name_keys(" ".join(args.text), args.language)
    data = {
        "text": keys.text,
        "script": keys.script,
        "latin": keys.latin,
        "phonetic": keys.phonetic,
        "blocking": sorted(keys.blocking),
    }
    app.emit(
        data, "\n".join(f"{k}: {v if isinstance(v, str) else ' '.join(v)}" for k, v in data.items())
    )
    return 0


def reindex(app: CliApp, args: argparse.Namespace) -> int:
    count = names.reindex(app.store(), app.context().author)
    app.emit({"names": count}, f"Recomputed the keys of {count} names.")
    return 0
