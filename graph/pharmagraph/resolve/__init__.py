"""Names -> entities: IRIs for the things a document names, merged with what the store knows."""

from __future__ import annotations

from pharmagraph.resolve.entities import Resolver, entity_iri
from pharmagraph.resolve.vocab import concept

__all__ = ["Resolver", "concept", "entity_iri"]
