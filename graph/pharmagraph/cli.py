"""The ``pharmagraph`` command: a thin layer over :mod:`pharmagraph.api`.

Exit codes: 0 success, 1 the graph does not conform (validate), 2 bad input or usage.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import sys
from pathlib import Path

import click

from pharmagraph import api
from pharmagraph.errors import InputError, PharmagraphError, QueryError
from pharmagraph.remote import open_any
from pharmagraph.store import DEFAULT_STORE, Store

store_option = click.option("--store", "store", default=DEFAULT_STORE, show_default=True, type=click.Path(file_okay=False),
                            help="Folder of the embedded store.")


def endpoint_options(func):
    """--endpoint / --update-endpoint: a SPARQL 1.1 server instead of the embedded --store."""
    func = click.option("--update-endpoint", "update_endpoint", default=None, metavar="URL",
                        help="SPARQL 1.1 Update endpoint of that server (needed by build and remove).")(func)
    return click.option("--endpoint", "endpoint", default=None, metavar="URL",
                        help="SPARQL 1.1 query endpoint of a server to use instead of --store.")(func)


def _format_option(default_tty: str = "table"):
    return click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv"]), default=None,
                        help=f"Output format (default: {default_tty} on a terminal, json otherwise).")


def handle_errors(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except PharmagraphError as err:
            message = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            click.echo(f"pharmagraph: error: {message}", err=True)
            sys.exit(err.exit_code)
    return wrapper


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def print_rows(rows: list[dict], columns: list[str], fmt: str | None) -> None:
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        click.echo(out.getvalue(), nl=False)
        return
    widths = {c: min(48, max([len(c), *(len(_cell(r.get(c))) for r in rows)])) for c in columns}
    click.echo("  ".join(c.ljust(widths[c]) for c in columns))
    click.echo("  ".join("-" * widths[c] for c in columns))
    for row in rows:
        click.echo("  ".join(_cell(row.get(c))[: widths[c]].ljust(widths[c]) for c in columns))
    click.echo(f"({len(rows)} rows)")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="pharmagraph")
def main() -> None:
    """pharmagraph: biopharma press releases to an RDF knowledge graph you can question."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@endpoint_options
@click.option("--export", "export_dir", type=click.Path(file_okay=False), default=None,
              help="Also write pharmagraph.ttl and pharmagraph.html of the whole store into this folder.")
@click.option("--extractor", default="rules", show_default=True, help="Which registered extractor to use.")
@click.option("--workers", default=None, type=click.IntRange(1, 64), help="Extraction processes (default: one per core, at most 4).")
@handle_errors
def build(paths: tuple[str, ...], store: str, endpoint: str | None, update_endpoint: str | None,
          export_dir: str | None, extractor: str, workers: int | None) -> None:
    """Read press releases (files or folders of .txt, .md, .html), extract facts, write the store."""
    report = api.build(list(paths), store=store, extractor=extractor, progress=True, endpoint=endpoint,
                       update_endpoint=update_endpoint, workers=workers)
    click.echo(report.summary())
    if export_dir:
        out = Path(export_dir)
        out.mkdir(parents=True, exist_ok=True)
        with open_any(store, endpoint=endpoint) as st:
            _export_to(st, "turtle", out / "pharmagraph.ttl")
            _viz_to(st, out / "pharmagraph.html")
        click.echo(f"wrote {out / 'pharmagraph.ttl'} and {out / 'pharmagraph.html'}")


@main.command()
@click.argument("name")
@click.option("--company", default=None, help="Company (or regulator) name or alias.")
@click.option("--product", default=None, help="Product name or alias.")
@click.option("--entity", default=None, help="Any entity name (neighbours, sources).")
@click.option("--from", "from_", default=None, help="Start entity (path).")
@click.option("--to", default=None, help="End entity (path).")
@store_option
@endpoint_options
@_format_option()
@handle_errors
def ask(name: str, company, product, entity, from_, to, store: str, endpoint, update_endpoint, fmt: str | None) -> None:
    """Answer a competency question NAME (see `pharmagraph questions`)."""
    from pharmagraph.queries import question

    q = question(name)
    rows = api.ask(name, store=store, endpoint=endpoint, company=company, product=product, entity=entity, **{"from": from_, "to": to})
    print_rows(rows, q.columns, fmt)


@main.command()
@handle_errors
def questions() -> None:
    """List the competency questions with their parameters and columns."""
    from pharmagraph.queries import questions as all_questions

    for q in all_questions().values():
        click.echo(f"{q.name:15} {q.description}")
        click.echo(f"{'':15} params: {q.params or 'none'}; columns: {', '.join(q.columns)}")


@main.command()
@click.argument("sparql", required=False)
@click.option("--file", "file_", type=click.Path(dir_okay=False), help="Read the query from this file.")
@store_option
@endpoint_options
@_format_option()
@handle_errors
def query(sparql: str | None, file_: str | None, store: str, endpoint, update_endpoint, fmt: str | None) -> None:
    """Run any SPARQL query (argument, --file, or stdin) over the union of all graphs."""
    from pharmagraph.sparql import format_results, read_query

    text = read_query(sparql, file_)
    with open_any(store, endpoint=endpoint) as st:
        click.echo(format_results(st.query(text), fmt or ("table" if sys.stdout.isatty() else "json")), nl=False)


def _export_to(st: Store, fmt: str, path: Path | None) -> None:
    from pharmagraph.export import export_text

    text = export_text(st, fmt)
    if path is None:
        click.echo(text, nl=False)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)


@main.command()
@click.option("--format", "fmt", default="turtle", show_default=True,
              type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld", "graphml", "gexf", "csv"]))
@click.option("-o", "--output", default="-", show_default=True, help="File to write, or - for stdout.")
@store_option
@endpoint_options
@handle_errors
def export(fmt: str, output: str, store: str, endpoint, update_endpoint) -> None:
    """Write the whole graph in an RDF, graph or table format."""
    with open_any(store, endpoint=endpoint) as st:
        _export_to(st, fmt, None if output == "-" else Path(output))


def _viz_to(st: Store, path: Path, focus: str | None = None, hops: int = 1, kinds: str | None = None,
            relations: str | None = None, max_nodes: int = 2000) -> None:
    from pharmagraph.analytics import cut_graph, to_networkx
    from pharmagraph.render import render_html

    g = cut_graph(to_networkx(st), focus, hops, kinds, relations)
    render_html(g, path, title="pharmagraph" + (f": {focus}" if focus else ""), max_nodes=max_nodes)


@main.command()
@click.option("-o", "--output", default="pharmagraph.html", show_default=True, type=click.Path(dir_okay=False))
@click.option("--focus", default=None, help="Draw only the neighbourhood of this entity.")
@click.option("--hops", default=1, show_default=True, type=click.IntRange(0, 6))
@click.option("--kinds", default=None, help="Comma-separated entity kinds to keep (company,regulator,product,...).")
@click.option("--relations", default=None, help="Comma-separated relations to keep (\"certified by\",serves,...).")
@click.option("--max-nodes", default=2000, show_default=True, type=click.IntRange(1), help="Draw at most this many nodes.")
@store_option
@handle_errors
def viz(output: str, focus, hops, kinds, relations, max_nodes: int, store: str) -> None:
    """Write an interactive HTML network of the graph (self-contained, offline)."""
    with Store.open(store) as st:
        _viz_to(st, Path(output), focus, hops, kinds, relations, max_nodes)
    click.echo(f"wrote {output}")


@main.command()
@click.argument("data_file", required=False, type=click.Path())
@store_option
@handle_errors
def validate(data_file: str | None, store: str) -> None:
    """Check the store (or an RDF file) against the SHACL shapes: exit 0 conforms, 1 does not, 2 bad input."""
    ok, text = api.validate(store, data_file)
    if ok:
        click.echo("conforms: yes")
        return
    click.echo(text)
    click.echo("conforms: no", err=True)
    sys.exit(1)


@main.command()
@click.argument("doc")
@store_option
@endpoint_options
@handle_errors
def remove(doc: str, store: str, endpoint, update_endpoint) -> None:
    """Retract one document's facts (by file name or declared source)."""
    if not api.remove(doc, store=store, endpoint=endpoint, update_endpoint=update_endpoint):
        raise InputError(f"{doc}: no such document in the store")
    click.echo(f"removed {doc}")


@main.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False))
@store_option
@endpoint_options
@handle_errors
def import_(file: str, store: str, endpoint, update_endpoint) -> None:
    """Load curated RDF (.ttl, .trig, .nq, .nt, .jsonld) or a CSV of facts, after SHACL validation."""
    from pharmagraph.errors import ValidationError
    from pharmagraph.importer import import_file

    with open_any(store, endpoint=endpoint, update_endpoint=update_endpoint, write=True, create=True) as st:
        try:
            n = import_file(file, st)
        except ValidationError as err:
            click.echo(str(err).split("\n", 1)[1] if "\n" in str(err) else str(err))
            click.echo(f"pharmagraph: error: {str(err).splitlines()[0]}", err=True)
            sys.exit(1)
    click.echo(f"imported {n} triples from {file}")


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@handle_errors
def stats(store: str, fmt: str) -> None:
    """Counts by kind and relation, documents, most connected entities, components."""
    from pharmagraph.analytics import stats as graph_stats
    from pharmagraph.analytics import to_networkx

    with Store.open(store) as st:
        result = graph_stats(to_networkx(st))
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    click.echo(f"{result['nodes']} entities, {result['edges']} links, {result['documents']} documents, {result['components']} components")
    click.echo("entities: " + ", ".join(f"{k} {v}" for k, v in result["kinds"].items()))
    click.echo("links:    " + ", ".join(f"{k} {v}" for k, v in result["relations"].items()))
    click.echo("most connected: " + ", ".join(f"{n} ({d})" for n, d in result["top_degree"]))
    click.echo("betweenness:    " + ", ".join(f"{n} ({d})" for n, d in result["top_betweenness"]))


@main.command()
@click.argument("a")
@click.argument("b")
@store_option
@_format_option()
@handle_errors
def path(a: str, b: str, store: str, fmt: str | None) -> None:
    """How two entities are connected, step by step."""
    rows = api.ask("path", store=store, **{"from": a, "to": b})
    if not rows:
        raise QueryError(f"no path between {a!r} and {b!r}")
    print_rows(rows, ["step", "subject", "relation", "object"], fmt)


from pharmagraph.serve import serve_command  # noqa: E402

main.add_command(serve_command)

if __name__ == "__main__":  # pragma: no cover
    main()
