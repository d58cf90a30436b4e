"""Frozen dataclasses that carry data between the stages.

text -> :class:`Document` -> :class:`Mention` -> :class:`Fact` (with :class:`Evidence`)
-> resolved entities -> RDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

#: entity kinds, as in the ontology's classes
ENTITY_KINDS = ("Company", "Regulator", "Government", "Product", "Person", "Site", "Place")

#: fact kinds, as in the ontology's fact classes
FACT_KINDS = (
    "certification",
    "approval",
    "licensing",
    "service",
    "acquisition",
    "collaboration",
    "role",
    "development",
    "facility",
)


@dataclass(frozen=True, slots=True)
class Document:
    """A press release read from disk: plain text plus what its header says."""

    id: str  # short stable identifier (file stem)
    source: str  # the declared URL, else the file name
    text: str
    path: str = ""
    title: str | None = None
    date: str | None = None  # ISO 8601 publication date when known
    format: str = "text"  # text | markdown | html
    content_hash: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document with its character offsets into ``Document.text``."""

    text: str
    start: int
    end: int
    section: str = ""  # heading of the section it is in ("About X" boilerplate, ...)


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in the text, with the kind it was recognised as."""

    text: str
    kind: str  # Company | Regulator | Product | Person | Place
    start: int
    end: int
    key: str = ""  # canonical key when known (a regulator id, a normalised name)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact is stated: the sentence and its offsets in the document text."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A resolved thing: kind, canonical key and the names it was written as."""

    kind: str
    key: str
    name: str
    names: tuple[str, ...] = ()
    attrs: tuple[tuple[str, object], ...] = ()

    def attr(self, name: str, default: object = None) -> object:
        for k, v in self.attrs:
            if k == name:
                return v
        return default


@dataclass(frozen=True, slots=True)
class Fact:
    """One relationship stated by a document.

    ``roles`` maps a role name (holder, issuer, product, party...) to entity names as written,
    or to a tuple of names for multi-valued roles; ``values`` holds literal attributes (date,
    value, territory, activities...).
    """

    kind: str
    roles: tuple[tuple[str, object], ...]
    values: tuple[tuple[str, object], ...] = ()
    evidence: Evidence | None = None
    confidence: float = 0.8
    extractor: str = "rules"

    def role(self, name: str, default: object = None) -> object:
        for k, v in self.roles:
            if k == name:
                return v
        return default

    def value(self, name: str, default: object = None) -> object:
        for k, v in self.values:
            if k == name:
                return v
        return default

    def with_role(self, name: str, value: object) -> Fact:
        """This fact with role ``name`` set to ``value`` (in its place, or added last)."""
        if any(k == name for k, _ in self.roles):
            return replace(self, roles=tuple((k, value if k == name else v) for k, v in self.roles))
        return replace(self, roles=(*self.roles, (name, value)))

    def with_value(self, name: str, value: object) -> Fact:
        """This fact with value ``name`` set to ``value`` (in its place, or added last)."""
        if any(k == name for k, _ in self.values):
            return replace(self, values=tuple((k, value if k == name else v) for k, v in self.values))
        return replace(self, values=(*self.values, (name, value)))


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one document: entity descriptions and facts."""

    document: Document
    entities: dict[tuple[str, str], dict] = field(default_factory=dict)  # (kind, name) -> attrs
    facts: list[Fact] = field(default_factory=list)
