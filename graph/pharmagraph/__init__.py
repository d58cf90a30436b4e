"""pharmagraph: biopharma press releases to an RDF knowledge graph.

The Python API mirrors the command line:

>>> from pharmagraph import build, ask          # doctest: +SKIP
>>> build(["data/press-releases"], store=".pharmagraph")   # doctest: +SKIP
>>> ask("certifications", store=".pharmagraph", company="BioDlink")   # doctest: +SKIP
"""

from __future__ import annotations

from pharmagraph.analytics import stats, to_networkx
from pharmagraph.api import BuildReport, ask, build, open_store, query, remove, show, validate
from pharmagraph.errors import (
    ExtractionError,
    InputError,
    PharmagraphError,
    QueryError,
    StoreBusyError,
    StoreError,
    ValidationError,
)

__version__ = "0.1.0"

__all__ = [
    "BuildReport", "ExtractionError", "InputError", "PharmagraphError", "QueryError", "StoreBusyError", "StoreError",
    "ValidationError", "ask", "build", "open_store", "query", "remove", "show", "stats", "to_networkx", "validate",
]
