"""Name normalisation shared by extraction and resolution.

>>> org_key("C-Ray Therapeutics (Chengdu) Co., Ltd")
'c-ray therapeutics'
>>> org_key("Kexing BioPharm")
'kexing biopharm'
>>> slug("[177Lu]-BL-ARC001 Injection")
'177lu-bl-arc001-injection'
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from pharmagraph.extract import fast_re as re
from pharmagraph.extract.lexicon import LEGAL_SUFFIX
from pharmagraph.extract.regex_cache import compile_pattern

_LEGAL_END = compile_pattern(r"(?:[\s,]+" + LEGAL_SUFFIX + r")+\s*$")
# a parenthesised part, unless more of the name follows it ("Biogen (Denmark) Manufacturing ApS" keeps "(Denmark)";
# "C-Ray Therapeutics (Chengdu) Co., Ltd" and "Lonza (Switzerland) AG" do not)
_PAREN = compile_pattern(r"\s*\([^)]*\)(?!\s+(?!" + LEGAL_SUFFIX + r"(?![\w]))[A-Z][\w\-]*)")
_MARKS = compile_pattern(r"[®™©]|\((?:R|TM)\)")
PERSON_PREFIX = compile_pattern(r"^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame|Sheikh|Sheikha|Professor|Doctor)\.?\s+)+")
# the extractor normalises the same few names many times per document (tens of thousands of calls
# per hundred documents): these pure functions remember their recent answers
_remember = lru_cache(maxsize=1 << 16)


@_remember
def clean_name(name: str) -> str:
    """A name without trademark marks and surrounding punctuation or spaces."""
    name = _MARKS.sub("", name)
    name = re.sub(r"\s+", " ", name)
    return name.strip(" \t\n,;:\"'“”‘’")


@_remember
def strip_legal(name: str) -> str:
    """``name`` without its trailing legal form and parenthesised parts.

    >>> strip_legal("BioDlink Biopharm Co., Ltd.")
    'BioDlink Biopharm'
    >>> strip_legal("C-Ray Therapeutics (Chengdu) Co., Ltd"), strip_legal("Biogen (Denmark) Manufacturing ApS")
    ('C-Ray Therapeutics', 'Biogen (Denmark) Manufacturing')
    >>> strip_legal("Merck & Co., Inc."), strip_legal("Procter & Gamble Co.")
    ('Merck', 'Procter & Gamble')
    """
    base = _PAREN.sub("", clean_name(name))
    stripped = _LEGAL_END.sub("", base).strip(" ,")
    if stripped.endswith(" &"):  # "Merck & Co., Inc.": the "& Co." goes with its legal form
        stripped = stripped[:-2].rstrip(" ,")
    return stripped or base


@_remember
def org_key(name: str) -> str:
    """A case- and punctuation-insensitive key for an organisation name."""
    text = unicodedata.normalize("NFKC", strip_legal(name)).lower()
    text = text.replace("’", "'")
    text = re.sub(r"[^\w'&+-]+", " ", text)
    return " ".join(text.split())


def company_key(row: dict[str, str]) -> str:
    """The key a company of the reference table is stored under: its name's key, or the whole name where the name
    without its legal form is another row's ("Merck KGaA", beside Merck, whose key is "merck")."""
    from pharmagraph.extract.lexicon import lexicon

    other = lexicon().company(strip_legal(row["name"]))
    return clean_name(row["name"]).lower() if other is not None and other is not row else org_key(row["name"])


#: honours and offices written after a person's name, no part of it
POST_NOMINALS = r"MP|OBE|CBE|MBE|KBE|DBE|AO|AC|AM|FRS|FREng|FRCP|FMedSci"  # (AO, AC, AM: Order of Australia)


@_remember
def person_name(name: str) -> str:
    """A person's name without honorifics.

    >>> person_name("Dr. Kelvin Shao")
    'Kelvin Shao'
    """
    name = re.sub(r"\s*\([\"“'‘][^()]*[\"”'’]\)", "", name)  # 'Sigurdur ("Siggi") Olafsson'
    name = re.sub(rf"\s+(?:{POST_NOMINALS})$", "", name)  # (a post-nominal: "Nazmul Hassan MP")
    return PERSON_PREFIX.sub("", clean_name(name)).strip()


def slug(text: str) -> str:
    """A lower-case ASCII slug for IRIs; empty input gives ``'x'``."""
    text = unicodedata.normalize("NFKD", clean_name(str(text))).encode("ascii", "ignore").decode()
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text[:80].strip("-") or "x"
