"""The command line: a thin layer that validates, then calls one library function.

Commands: ``code``, ``events``, ``pages``, ``merged``, ``timeline``, ``eval events``,
``eval pages``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from parley.config import Options, load_options
from parley.errors import ParleyError
from parley.records import STATUSES

#: One example per command: shown as the last lines of its --help (the epilog).
EXAMPLES = {
    "parley": "parley code examples/ && parley timeline --dyad RUS,UKR",
    "eval": "parley eval events --gold gold.events.jsonl --pred events.jsonl",
    "code": "parley code examples/ --db parley.duckdb --published 2022-07-23",
    "events": "parley events --format gdelt -o events.tsv",
    "pages": "parley pages -o pages.json",
    "timeline": "parley timeline --dyad RUS,UKR --since 2022-07-01",
    "merged": "parley merged --dyad RUS,UKR -o talks.jsonl",
    "eval events": "parley eval events --gold ../shared/gold/seeds.events.jsonl --pred out/events.jsonl",
    "eval pages": "parley eval pages --gold ../shared/gold/seeds.segments.json --pred out/pages.json --corpus ../shared/corpus/seeds",
}


def _example(command: str) -> str:
    return f"Example: {EXAMPLES[command]}"


app = typer.Typer(add_completion=False, no_args_is_help=True, epilog=_example("parley"),
                  help="parley: who did what to whom, when, how certainly, according to whom.")
eval_app = typer.Typer(no_args_is_help=True, epilog=_example("eval"),
                       help="Score output against gold (EVENTS.md, PAGES.md).")
app.add_typer(eval_app, name="eval")
console = Console(stderr=True)
out_console = Console()

DbOpt = Annotated[str | None, typer.Option("--db", help="DuckDB file (default: store.db setting, parley.duckdb).")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="User config file (TOML) over the defaults.")]


_YEAR_MONTH = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?")


def _options(config: Path | None, db: str | None) -> Options:
    return load_options(config, {"store": {"db": db} if db else {}})


def _fail(message: str, code: int = 2) -> None:
    console.print(f"[bold red]error:[/] {message}", highlight=False, markup=True)
    raise typer.Exit(code)


def _iso(value: str | None, name: str, partial: bool = True) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        if partial and _YEAR_MONTH.fullmatch(value):
            return value
        more = " (or 2022-02, 2022)" if partial else ""
        _fail(f"{name} must be a date like 2022-02-24{more}, got {value!r}")
    return None


def _guard(fn: Callable[[], None]) -> None:
    try:
        fn()
    except ParleyError as exc:
        _fail(str(exc))
    except OSError as exc:
        # An output file that cannot be written: a message, not a traceback.
        _fail(f"{exc.filename or 'output'}: {exc.strerror or exc}")


@app.command(epilog=_example("code"))
def code(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders: .txt .html .htm .jsonl .warc .warc.gz")],
    db: DbOpt = None,
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) for documents whose metadata gives none.")] = None,
    dictionary: Annotated[list[Path] | None, typer.Option("--dictionary", help="Extra actor dictionary: parley TSV (code, sector, names) or PETRARCH/Phoenix .txt; repeatable.")] = None,
    config: ConfigOpt = None,
) -> None:
    """Code files and folders into the database and print a summary."""
    from parley.pipeline import code_paths

    # A publication date anchors relative dates ("on Friday"): it must be a whole day.
    pub = _iso(published, "--published", partial=False)

    def run() -> None:
        options = _options(config, db)
        if dictionary:
            missing = [str(p) for p in dictionary if not p.is_file()]
            if missing:
                _fail(f"--dictionary: no such file: {', '.join(missing)}")
            options = load_options(config, {
                "store": {"db": options.store.db},
                "events": {"dictionaries": [*options.events.dictionaries, *map(str, dictionary)]}})
        with Progress(SpinnerColumn(), TextColumn("coding"), BarColumn(),
                      TextColumn("{task.completed} documents"), TimeElapsedColumn(),
                      console=console, transient=True, disable=not console.is_terminal) as bar:
            task = bar.add_task("code", total=None)
            summary = code_paths(inputs, options, pub,
                                 progress=lambda n: bar.update(task, completed=n))
        _print_summary(summary, options.store.db)
        if summary.documents == 0 and summary.unchanged == 0:
            console.print("[bold red]nothing could be coded[/]")
            raise typer.Exit(1)

    _guard(run)


def _print_summary(summary, db: str) -> None:
    table = Table(title=f"parley: coded into {db}", show_header=False, title_justify="left")
    table.add_row("documents coded", str(summary.documents))
    table.add_row("documents unchanged (skipped)", str(summary.unchanged))
    table.add_row("words", f"{summary.words:,}")
    table.add_row("sentences (parsed)", f"{summary.sentences:,} ({summary.parsed:,})")
    table.add_row("parts", ", ".join(f"{k} {v}" for k, v in sorted(summary.parts.items())) or "-")
    table.add_row("comments", str(summary.comments))
    by_type: dict[str, dict[str, int]] = {}
    for (event, status), n in summary.events.items():
        by_type.setdefault(event, {})[status] = n
    for event in sorted(by_type):
        counts = by_type[event]
        table.add_row(f"events {event}", ", ".join(f"{s} {counts[s]}" for s in STATUSES if s in counts))
    table.add_row("events (body, all)", str(sum(summary.events.values())))
    table.add_row("problems", str(len(summary.problems)))
    table.add_row("seconds", f"{summary.seconds:.1f}")
    out_console.print(table)
    for p in summary.problems[:20]:
        out_console.print(f"  problem [{p.reason}] {p.detail}", markup=False, highlight=False)
    if len(summary.problems) > 20:
        out_console.print(f"  ... and {len(summary.problems) - 20} more (table 'problems')")


@app.command(epilog=_example("events"))
def events(
    db: DbOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="plover (JSON Lines), csv, parquet or gdelt (TSV).")] = "plover",
    include_comments: Annotated[bool, typer.Option("--include-comments", help="Also export events coded from reader comments.")] = False,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Output file (default: standard output).")] = None,
    config: ConfigOpt = None,
) -> None:
    """Export event mentions."""
    from parley.export import FORMATS, citations, write_events
    from parley.store import Store

    if fmt not in FORMATS:
        _fail(f"--format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    if fmt == "parquet" and output is None:
        _fail("parquet is binary: give an output file with -o FILE.parquet")

    def run() -> None:
        options = _options(config, db)
        with Store(options.store.db, read_only=True) as store:
            evs = store.events(include_comments=include_comments)
            n = write_events(evs, fmt, output if output else sys.stdout, citations(store))
        if output:
            console.print(f"wrote {n} events to {output}")

    _guard(run)


@app.command(epilog=_example("pages"))
def pages(
    db: DbOpt = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Output file (default: standard output).")] = None,
    config: ConfigOpt = None,
) -> None:
    """Export page parts and comment trees as JSON."""
    from parley.export import pages_json
    from parley.store import Store

    def run() -> None:
        options = _options(config, db)
        with Store(options.store.db, read_only=True) as store:
            data = pages_json(store)
        text = json.dumps(data, ensure_ascii=False, indent=1)
        if output:
            output.write_text(text + "\n", encoding="utf-8")
            console.print(f"wrote {len(data)} pages to {output}")
        else:
            sys.stdout.write(text + "\n")

    _guard(run)


@app.command(epilog=_example("timeline"))
def timeline(
    db: DbOpt = None,
    dyad: Annotated[str | None, typer.Option(help="Two actor codes, e.g. RUS,UKR: events between them, either way.")] = None,
    since: Annotated[str | None, typer.Option(help="Only events dated on or after this date (YYYY-MM-DD).")] = None,
    include_comments: Annotated[bool, typer.Option("--include-comments", help="Also list events from reader comments.")] = False,
    config: ConfigOpt = None,
) -> None:
    """Print a chronological listing: date, actor -> recipient, type, status, sentence."""
    from parley.store import Store
    from parley.timeline import print_timeline

    pair = _dyad(dyad)
    since_iso = _iso(since, "--since")

    def run() -> None:
        options = _options(config, db)
        with Store(options.store.db, read_only=True) as store:
            evs = store.events(include_comments=include_comments, dyad=pair, since=since_iso)
        n = print_timeline(evs, out_console)
        console.print(f"{n} events")

    _guard(run)


@app.command(epilog=_example("merged"))
def merged(
    db: DbOpt = None,
    dyad: Annotated[str | None, typer.Option(help="Two actor codes, e.g. RUS,UKR: the negotiation view of that pair.")] = None,
    include_comments: Annotated[bool, typer.Option("--include-comments", help="Also merge events from reader comments.")] = False,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Output file (default: standard output).")] = None,
    config: ConfigOpt = None,
) -> None:
    """Export events merged across sentences and documents, with source counts (JSON Lines).

    Example: parley merged --dyad RUS,UKR -o talks.jsonl
    """
    from parley.merge import dyad_view, merge_mentions
    from parley.store import Store

    pair = _dyad(dyad)

    def run() -> None:
        options = _options(config, db)
        with Store(options.store.db, read_only=True) as store:
            events = merge_mentions(store.events(include_comments=include_comments),
                                    include_comments=include_comments)
        if pair:
            events = dyad_view(events, *pair)
        lines = [json.dumps({"event": m.event, "status": m.status, "actor": list(m.actor),
                             "recipient": list(m.recipient), "date": m.date,
                             "sources": m.source_count, "mentions": len(m.mentions),
                             "documents": m.documents, "attributions": m.attributions,
                             "mention_ids": m.mentions}, ensure_ascii=False) for m in events]
        text = "".join(line + "\n" for line in lines)
        if output:
            output.write_text(text, encoding="utf-8")
            console.print(f"wrote {len(lines)} merged events to {output}")
        else:
            sys.stdout.write(text)

    _guard(run)


def _dyad(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    codes = [c.strip().upper() for c in value.split(",") if c.strip()]
    if len(codes) != 2:
        _fail(f"--dyad takes two codes separated by a comma, like RUS,UKR; got {value!r}")
    return codes[0], codes[1]


@eval_app.command("events", epilog=_example("eval events"))
def eval_events(
    gold: Annotated[Path, typer.Option(help="Gold events (JSON Lines, EVENTS.md section 9).")],
    pred: Annotated[Path, typer.Option(help="Predicted events (parley events --format plover).")],
    segments: Annotated[Path | None, typer.Option(help="Gold page segments, to count comment leakage.")] = None,
    corpus: Annotated[Path | None, typer.Option(help="Folder of the gold texts (with --segments).")] = None,
) -> None:
    """Score predicted events against gold and print the metrics as JSON."""
    from parley.evaluate import comment_spans_from_segments, read_jsonl, score_events

    def run() -> None:
        spans = None
        if segments is not None:
            if corpus is None:
                _fail("--segments needs --corpus (the folder of the gold texts)")
            spans = comment_spans_from_segments(json.loads(segments.read_text("utf-8")), corpus)
        result = score_events(read_jsonl(gold), read_jsonl(pred), spans)
        sys.stdout.write(json.dumps(result, indent=1) + "\n")

    _guard(run)


@eval_app.command("pages", epilog=_example("eval pages"))
def eval_pages(
    gold: Annotated[Path, typer.Option(help="Gold segments (PAGES.md JSON).")],
    pred: Annotated[Path, typer.Option(help="Predicted pages (parley pages).")],
    corpus: Annotated[Path, typer.Option(help="Folder of the gold texts (<doc>.txt).")],
) -> None:
    """Score predicted page parts and comment trees and print the metrics as JSON."""
    from parley.pages.evaluate import score_pages

    def run() -> None:
        try:
            gold_data = json.loads(gold.read_text("utf-8"))
            pred_data = json.loads(pred.read_text("utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            _fail(f"cannot read gold or prediction: {exc}")
        result = score_pages(gold_data, pred_data, corpus)
        sys.stdout.write(json.dumps(result, indent=1) + "\n")

    _guard(run)


def main() -> None:  # pragma: no cover - console entry point
    """Run the CLI."""
    app()


__all__ = ["app", "main"]
