"""The `kg` command: a thin layer over the Python API in `kg.pipeline`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tqdm import tqdm

from kg import load, pipeline, views
from kg.export import GRAPH_JSON, read_node_link
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
        lexicons=args.lexicon, all_concepts=args.all_concepts, progress=_progress,
        on_rejection=_report,
    )
    pipeline.write_outputs(graph, args.out)
    _print_summary(summary, args.out)
    if args.neo4j:
        _load(graph, args.batch_size)
    return 0 if summary.papers or not summary.read else 1


def _load(graph, batch_size: int) -> None:
    connection = load.Connection.from_env()
    with tqdm(total=load.total_rows(graph), unit=" rows", file=sys.stderr,
              disable=not sys.stderr.isatty()) as bar:
        result = load.load_graph(graph, connection, batch_size, progress=bar.update)
    print(f"neo4j {connection.uri} ({connection.database}): "
          f"{result.nodes} nodes ({result.nodes_created} created, "
          f"{result.nodes - result.nodes_created} updated), "
          f"{result.relationships} paper relationships ({result.relationships_created} "
          f"relationships created in all, {result.relationships_deleted} replaced), "
          f"{result.properties_set} properties set")
    co_occurs = result.phase_seconds["co_occurs"]
    print(f"neo4j time: {result.seconds:.1f} s (co-occurrence {co_occurs:.1f} s); rows per "
          f"second: nodes {result.rate('concepts', 'papers'):,.0f}, "
          f"paper relationships {result.rate('mentions'):,.0f}; batch size {batch_size}")


def cmd_view(args: argparse.Namespace) -> int:
    graph = read_node_link(args.dir / GRAPH_JSON)
    try:
        if args.concept or args.paper:
            paths = [views.write_view(graph, args.dir, concept=args.concept, paper=args.paper)]
        else:
            paths = views.write_views(graph, args.dir, args.top, args.top)
    except KeyError as error:
        print(f"kg: {error.args[0]}", file=sys.stderr)
        return 1
    print(f"wrote {paths[0]}" + (f" and {len(paths) - 1} more" if len(paths) > 1 else ""))
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    graph = read_node_link(args.dir / GRAPH_JSON)
    _load(graph, args.batch_size)
    return 0


def _param(text: str) -> tuple[str, object]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected key=value, got {text!r}")
    return key, load.parse_value(value)


def _cell(value: object) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def print_table(rows: list[dict], out=None) -> None:
    """Rows as an aligned text table."""
    out = out or sys.stdout
    if not rows:
        print("(no rows)", file=out)
        return
    columns = list(rows[0])
    cells = [[_cell(row[c]) for c in columns] for row in rows]
    widths = [min(60, max(len(c), *(len(r[i]) for r in cells))) for i, c in enumerate(columns)]
    line = lambda values: "  ".join(v[:60].ljust(w) for v, w in zip(values, widths, strict=True))  # noqa: E731
    print(line(columns).rstrip(), file=out)
    print(line(["-" * w for w in widths]).rstrip(), file=out)
    for row in cells:
        print(line(row).rstrip(), file=out)


def cmd_query(args: argparse.Namespace) -> int:
    if args.list or not args.name:
        for name in load.query_names():
            print(f"{name:24} {load.query_header(name)[0]}")
        return 0
    rows = load.run_query(load.Connection.from_env(), args.name, dict(args.param))
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
    else:
        print_table(rows)
    return 0


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

    for record in pipeline.extract_records(nlp, papers(), args.lexicon,
                                           all_concepts=args.all_concepts):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"extract: {counts['read']} records read, {counts['read'] - counts['rejected']} "
          f"written, {counts['rejected']} rejected", file=sys.stderr)
    return 0


def _paper_table(args: argparse.Namespace, split: str, dataset: str | None = None) -> str:
    """Paper-level scores: the annotated seed abstracts or SciREX abstracts (dataset, default
    args.dataset), or any annotations against any `kg extract` output (--gold with
    --predictions)."""
    from kg.evaluate import papers

    predicted = None
    if (dataset or args.dataset) == "abstracts" and not args.gold:
        gold, annotated = papers.scirex_abstracts(args.eval_dir / "scirex")
        name = "SciREX train abstracts, annotated in the seeds convention (scirex-abstracts.jsonl)"
    else:
        gold_path = args.gold or papers.ANNOTATIONS / f"seeds-{split}.jsonl"
        gold = papers.read_concept_lists(gold_path)
        if args.predictions:
            predicted = {"predictions": papers.read_concept_lists(args.predictions)}
            name = f"{args.predictions} against {gold_path}"
        else:
            annotated = papers.seed_papers(args.seeds_dir, gold)
            name = f"Seed abstracts, {split} half ({gold_path.name})"
    if predicted is None:
        predicted = papers.system_predictions(annotated, args.systems or papers.SEED_SYSTEMS,
                                              args.model, args.lexicon)
    results = {s: papers.score_papers(gold, found) for s, found in predicted.items()}
    return papers.markdown(name, results)


def cmd_eval(args: argparse.Namespace) -> int:
    try:
        return _evaluate(args)
    except (FileNotFoundError, ValueError) as error:  # a missing folder or file, a bad split
        print(f"kg eval: {error}", file=sys.stderr)
        return 2


def _evaluate(args: argparse.Namespace) -> int:
    from kg import evaluate

    if args.dataset in {"seeds", "abstracts"} or args.gold or args.predictions:
        table = _paper_table(args, args.split or "test")
        print(table)
        if args.markdown:
            args.markdown.write_text(table, encoding="utf-8")
            print(f"wrote {args.markdown}")
        return 0
    unscored = sorted(set(args.systems or ()) - set(evaluate.SYSTEMS))
    if unscored:  # span-level sets score every mention: kg-all-concepts would be kg there
        raise ValueError(f"{', '.join(unscored)} is scored on seeds only; {args.dataset} "
                         f"scores {', '.join(evaluate.SYSTEMS)}")
    names = list(evaluate.READERS) if args.dataset == "all" else [args.dataset]
    results = []
    for name in names:
        data = evaluate.read_set(name, args.eval_dir, args.split if args.dataset != "all" else None)
        if args.limit:
            data.docs = data.docs[: args.limit]
        result = evaluate.evaluate(data, args.systems or evaluate.SYSTEMS, args.model,
                                   args.lexicon)
        print(evaluate.markdown([result]))
        print(f"({result.seconds:.1f} s)\n")
        results.append(result)
    papers = []
    if args.dataset == "all":  # the seed abstracts, scored per paper: dev, then test
        papers = [_paper_table(args, split) for split in ("dev", "test")]
        papers.append(_paper_table(args, "train", "abstracts"))
        print("\n".join(papers))
    if args.markdown:
        args.markdown.write_text(evaluate.report(results, papers), encoding="utf-8")
        print(f"wrote {args.markdown}")
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
        sub.add_argument("--all-concepts", action="store_true",
                         help="keep every concept found, not only the salient ones an expert "
                              "would list (kg.resolve.salient)")
        sub.add_argument("--title-column", default="title")
        sub.add_argument("--abstract-column", default="abstract")
        sub.add_argument("--id-column", default="id")

    build = commands.add_parser("build", help="build the concept graph of papers")
    build.add_argument("inputs", nargs="+", type=Path, help="daily-papers pages, JSONL or CSV")
    build.add_argument("--out", type=Path, required=True, help="output directory")
    build.add_argument("--format", choices=FORMATS, default=None,
                       help="input format (default: from each file's extension or content)")
    build.add_argument("--neo4j", action="store_true",
                       help="also load the graph into Neo4j (NEO4J_URI, NEO4J_USERNAME, "
                            "NEO4J_PASSWORD, NEO4J_DATABASE)")
    build.add_argument("--batch-size", type=int, default=load.DEFAULT_BATCH)
    common(build)
    build.set_defaults(run=cmd_build)

    loader = commands.add_parser("load", help="load a build's graph.json into Neo4j")
    loader.add_argument("dir", type=Path, help="a kg build's output directory")
    loader.add_argument("--batch-size", type=int, default=load.DEFAULT_BATCH)
    loader.set_defaults(run=cmd_load)

    view = commands.add_parser("view", help="write HTML views of a build")
    view.add_argument("dir", type=Path, help="a kg build's output directory")
    which = view.add_mutually_exclusive_group()
    which.add_argument("--concept", help="a concept's name, alias or id: its view")
    which.add_argument("--paper", help="a paper's id, arXiv id or title: its view")
    view.add_argument("--top", type=int, default=views.VIEWS_PER_KIND,
                      help="without --concept/--paper: index, overview and views of the top "
                           "N concepts and papers")
    view.set_defaults(run=cmd_view)

    evaluation = commands.add_parser("eval", help="score extraction on annotated data")
    evaluation.add_argument("dataset",
                            choices=["tdmsci", "scierc", "scirex", "all", "seeds", "abstracts"],
                            help="seeds: concept lists annotated for seed abstracts, scored "
                                 "per paper; abstracts: the same for 247 SciREX train "
                                 "abstracts (read from --eval-dir)")
    evaluation.add_argument("--split", default=None,
                            help="default: tdmsci/scierc/seeds test, scirex dev; "
                                 "tdmsci train is read from its CoNLL file")
    evaluation.add_argument("--eval-dir", type=Path, default=Path("../shared/eval"))
    evaluation.add_argument("--seeds-dir", type=Path, default=Path("../shared/seeds"))
    evaluation.add_argument("--gold", type=Path, default=None,
                            help="seeds: paper-level annotations, JSON Lines of kg extract's "
                                 "shape (default: kg's own seeds-SPLIT.jsonl)")
    evaluation.add_argument("--predictions", type=Path, default=None,
                            help="seeds: score this kg extract output instead of running kg")
    evaluation.add_argument("--systems", nargs="+", default=None,
                            choices=["kg", "kg-rules", "kg-ner", "spacy-ner", "noun-chunks",
                                     "kg-all-concepts"],
                            help="default: all of the data set's")
    evaluation.add_argument("--limit", type=int, default=None, help="score the first N documents")
    evaluation.add_argument("--markdown", type=Path, default=None,
                            help="also write the tables with an explanation to this file")
    evaluation.add_argument("--model", default=None)
    evaluation.add_argument("--lexicon", action="append", default=[], metavar="FILE")
    evaluation.set_defaults(run=cmd_eval)

    query = commands.add_parser("query", help="run a query of cypher/queries against Neo4j")
    query.add_argument("name", nargs="?", help="query name (leave out to list them)")
    query.add_argument("--param", action="append", type=_param, default=[],
                       metavar="KEY=VALUE", help="a query parameter (JSON values allowed)")
    query.add_argument("--json", action="store_true", help="print rows as JSON")
    query.add_argument("--list", action="store_true", help="list the queries")
    query.set_defaults(run=cmd_query)

    extract = commands.add_parser("extract", help="concepts per record, as JSON Lines on stdout")
    extract.add_argument("--input", type=Path, required=True,
                         help='JSON Lines of {"id", "title", "abstract"}')
    common(extract)
    extract.set_defaults(run=cmd_extract)
    return top


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `kg` console script."""
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except load.LoadError as error:
        print(f"kg: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
