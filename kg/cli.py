"""The `kg` command: a thin layer over the Python API in `kg.pipeline`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tqdm import tqdm

from kg import pipeline
from kg.extract import DEFAULT_MODEL, load_pipeline
from kg.ingest import FORMATS, Columns
from kg.ingest.records import extract_inputs
from kg.model import Rejection


def _columns(args: argparse.Namespace) -> Columns:
    return Columns(title=args.title_column, abstract=args.abstract_column, id=args.id_column)


def _report(rejection: Rejection) -> None:
    print(f"rejected {rejection}", file=sys.stderr)


def _progress(stream):
    return tqdm(stream, unit=" papers", file=sys.stderr, disable=not sys.stderr.isatty())


def _print_summary(summary, out: Path) -> None:
    print(f"papers: {summary.read} read, {summary.accepted} accepted "
          f"({summary.papers} distinct, {summary.repeated} repeats merged), "
          f"{summary.rejected} rejected")
    print("concepts: " + ", ".join(f"{k} {v}" for k, v in summary.concepts_by_type.items())
          + f" (total {sum(summary.concepts_by_type.values())})")
    print("edges: " + ", ".join(f"{k} {v}" for k, v in summary.edges_by_type.items()))
    print(f"wrote {', '.join(pipeline.OUTPUT_FILES)} to {out}")
    print(f"time: {summary.seconds:.1f} s")


def cmd_build(args: argparse.Namespace) -> int:
    graph, summary = pipeline.build_graph(
        args.inputs, fmt=args.format, columns=_columns(args), model=args.model,
        lexicons=args.lexicon, progress=_progress, on_rejection=_report,
    )
    pipeline.write_outputs(graph, args.out)
    _print_summary(summary, args.out)
    return 0 if summary.papers or not summary.read else 1


def cmd_extract(args: argparse.Namespace) -> int:
    nlp = load_pipeline(args.model, args.lexicon)
    counts = {"read": 0, "rejected": 0}

    def papers():
        for item in extract_inputs(args.input, _columns(args)):
            counts["read"] += 1
            if isinstance(item, Rejection):
                counts["rejected"] += 1
                _report(item)
            else:
                yield item

    for record in pipeline.extract_records(nlp, papers(), args.lexicon):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"extract: {counts['read']} records read, {counts['read'] - counts['rejected']} "
          f"written, {counts['rejected']} rejected", file=sys.stderr)
    return 0


def parser() -> argparse.ArgumentParser:
    """The argument parser, kept separate so tests and docs can inspect it."""
    top = argparse.ArgumentParser(prog="kg", description=__doc__)
    commands = top.add_subparsers(dest="command", required=True)

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--model", default=None,
                         help="spaCy English pipeline "
                              f"(default $KG_SPACY_MODEL or {DEFAULT_MODEL})")
        sub.add_argument("--lexicon", action="append", default=[], metavar="FILE",
                         help="extra known names: CSV/JSONL of name,type,aliases, or Papers "
                              "with Code methods JSON (repeatable)")
        sub.add_argument("--title-column", default="title")
        sub.add_argument("--abstract-column", default="abstract")
        sub.add_argument("--id-column", default="id")

    build = commands.add_parser("build", help="build the concept graph of papers")
    build.add_argument("inputs", nargs="+", type=Path, help="daily-papers pages, JSONL or CSV")
    build.add_argument("--out", type=Path, required=True, help="output directory")
    build.add_argument("--format", choices=FORMATS, default=None,
                       help="input format (default: from each file's extension or content)")
    common(build)
    build.set_defaults(run=cmd_build)

    extract = commands.add_parser("extract", help="concepts per record, as JSON Lines on stdout")
    extract.add_argument("--input", type=Path, required=True,
                         help='JSON Lines of {"id", "title", "abstract"}')
    common(extract)
    extract.set_defaults(run=cmd_extract)
    return top


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `kg` console script."""
    args = parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    raise SystemExit(main())
