"""Extraction: text -> mentions -> facts, behind a small registry of extractors.

>>> sorted(EXTRACTORS)
['rules']
"""

from __future__ import annotations

from collections.abc import Callable

from pharmagraph.errors import ExtractionError
from pharmagraph.model import Document, Extraction

Extractor = Callable[[Document], Extraction]
EXTRACTORS: dict[str, str] = {"rules": "pharmagraph.extract.rules:extract_with_rules"}


def register_extractor(name: str, target: str) -> None:
    """Make ``"module:function"`` available as extractor ``name`` (loaded on first use)."""
    EXTRACTORS[name] = target


def get_extractor(name: str = "rules") -> Extractor:
    """The extractor called ``name``; raises ExtractionError for an unknown one."""
    import importlib

    try:
        module, func = EXTRACTORS[name].split(":")
    except KeyError:
        raise ExtractionError(f"unknown extractor {name!r}; known: {', '.join(sorted(EXTRACTORS))}") from None
    return getattr(importlib.import_module(module), func)


def extract(doc: Document, extractor: str = "rules") -> Extraction:
    """Facts stated by ``doc``, by the named extractor."""
    return get_extractor(extractor)(doc)


__all__ = ["EXTRACTORS", "Extractor", "extract", "get_extractor", "register_extractor"]
