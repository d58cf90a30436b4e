"""The fast name matchers of the extractor find exactly what the plain regexes they replace find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pharmagraph.extract.lexicon import LEGAL_SUFFIX, lexicon, name_union
from pharmagraph.extract.mentions import NAME_END, find_names

NAMES = ["Lonza", "Lonza Group", "LONZA", "Bio", "Biocon", "Biocon Biologics", "C-Ray", "A&B Pharma", "[177Lu]-X1", "ab", "abc"]


def _longest_first(names, flags=0, suffix=""):
    body = "|".join(re.escape(n) for n in sorted({n for n in names if n}, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-\[])(?P<name>{body}){suffix}(?![\w-])", flags)


def _spans(pattern, text):
    return [(m.start(), m.end(), m.group("name")) for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*NAMES, " ", ", ", " Inc.", " Co., Ltd.", "-", "x", "s", "a", "[", "\n", " AG"]), max_size=12))
def test_names_match_as_a_longest_first_alternation(parts):
    text = "".join(parts)
    assert list(find_names(text, NAMES)) == _spans(_longest_first(NAMES), text)
    legal = _longest_first(NAMES, suffix=rf"(?:,?\s+{LEGAL_SUFFIX})?")
    assert list(find_names(text, NAMES, NAME_END)) == _spans(legal, text)


def test_reference_tables_match_as_before():
    lex = lexicon()
    tables = [(lex._reg_names, 0), (lex._reg_names_ci, re.I), (lex.targets, re.I), (lex.indications, re.I)]
    for names, flags in tables:
        text = " ".join(names) + " " + " / ".join(n.upper() + "-" + n.title() for n in names)
        trie = re.compile(rf"(?<![\w\-\[])(?P<name>{name_union(names)})(?![\w-])", flags)
        assert _spans(trie, text) == _spans(_longest_first(names, flags), text)
