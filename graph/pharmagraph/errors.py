"""One exception tree for the whole package; the CLI maps it to exit codes.

``PharmagraphError`` is the root. ``InputError`` (bad file, bad argument) and ``StoreError``
exit with 2, ``ValidationError`` (data does not conform) with 1.
"""

from __future__ import annotations


class PharmagraphError(Exception):
    """Root of every error pharmagraph raises on purpose."""

    exit_code = 2


class InputError(PharmagraphError):
    """A file or argument that cannot be used: missing, empty, binary, not UTF-8, unknown format."""


class StoreError(PharmagraphError):
    """The store folder is not a store, is busy with another writer, or cannot be written."""


class StoreBusyError(StoreError):
    """Another process holds the store for writing."""


class QueryError(PharmagraphError):
    """A SPARQL query that does not parse, or a question asked with missing parameters."""


class ExtractionError(PharmagraphError):
    """An extractor failed on a document (a bug: extraction must not fail on any text)."""


class ValidationError(PharmagraphError):
    """The graph does not conform to the SHACL shapes."""

    exit_code = 1
