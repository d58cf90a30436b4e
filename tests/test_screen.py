"""Screened patterns find exactly what their patterns find (pharmagraph.extract.screen)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pharmagraph.extract import context, cues, lexicon, mentions, names, rules_deals, rules_profile, rules_regulatory
from pharmagraph.extract.screen import ODD_CASES, Screened, finditer_before, required_literals

from conftest import module_values


def _screened() -> list[Screened]:
    """Every screened pattern the extractor's modules hold, alone or in lists, tuples and dicts."""
    return module_values((context, cues, lexicon, mentions, names, rules_deals, rules_profile, rules_regulatory),
                         lambda value: value if isinstance(value, Screened) else None)


SCREENED = _screened()
# pieces texts are made of: every screen's literals in three casings, words around them, odd characters
PIECES = sorted({x for p in SCREENED for lit in p.literals for x in (lit, lit.upper(), lit.title())}
                | {" ", ", ", ". ", "-", "the ", "Biologics ", "Inc.", "(", ")", "İ", "ı", "ſ", "K", "é", "®", "\n"})


def test_the_extractor_has_screened_patterns():
    assert len(SCREENED) >= 40  # the cue patterns of every rule module


def test_required_literals():
    assert required_literals(r"\b(?:acquir(?:e|es|ed)|to\s+buy|bought)\b", re.I) == {"acquire", "buy", "bought"}  # "acquir(?:e|es|ed)" all start "acquire"
    assert required_literals(r"(?:plans?|intends?)\s+to\s+file", 0) == {"file"}  # the longest sure piece
    assert required_literals(r"(?:a|b)?xyz", 0) == {"xyz"}
    assert required_literals(r"\w+ Inc", 0) == {" inc"}  # lower case, spaces included
    assert required_literals(r"\w+\s+Co", 0) is None  # "Co" is too short to be worth a screen
    assert required_literals(r"(?:approved|)", 0) is None  # may match nothing at all
    assert required_literals(r"(?!approved)\w+", 0) is None  # a look-ahead consumes nothing


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.integers(0, 20), st.integers(0, 400))
def test_screened_patterns_find_what_their_patterns_find(pieces, pos, endpos):
    text = "".join(pieces)
    for p in SCREENED:
        assert p.search(text) == p.compiled.search(text) or _same(p.search(text), p.compiled.search(text))
        assert [m.span() for m in p.finditer(text, pos, endpos)] == [m.span() for m in p.compiled.finditer(text, pos, endpos)]
        assert p.findall(text) == p.compiled.findall(text)


def _same(a, b) -> bool:
    return a is not None and b is not None and a.span() == b.span() and a.groups() == b.groups()


def test_odd_cases_are_every_character_lower_casing_does_not_screen():
    """A character that re.IGNORECASE equates with an ASCII letter but whose lower case is not that letter."""
    letter = re.compile("[a-z]", re.I)
    odd = {chr(c) for c in range(128, 0x30000)
           if letter.fullmatch(chr(c)) and not (len(chr(c).lower()) == 1 and chr(c).lower().isascii())}
    assert odd == set(ODD_CASES)


# pieces of "inn (BRAND)" and "Brand (inn)", the two patterns finditer_before runs
BRACKET_PIECES = ["denosumab", "Denosumab", "trastuzumab deruxtecan", " for injection", " (", "(", ")", "PROLIA", "Prolia",
                  "®", "™", "(R)", " brand name: ", ",", ";", " ", "  ", "-bbdz", "Pusintin", "bevacizumab", "Enhertu", " and ", "\n", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(BRACKET_PIECES), max_size=30))
@example(["denosumab", " (", "PROLIA", ")", " and ", "Pusintin", "®", " (", "bevacizumab", ")"])
@example(["trastuzumab deruxtecan", " for injection", " (", "brand name: ", "Enhertu", "®", ";", "x", "Denosumab", " (", "PROLIA", ","])
def test_patterns_tried_before_a_bracket_find_what_finditer_finds(pieces):
    text = "".join(pieces)
    for pattern, runs in ((mentions.INN_BRAND, 4), (mentions.BRAND_INN, 1)):
        compiled = getattr(pattern, "compiled", pattern)
        assert [m.span() for m in finditer_before(compiled, text, mentions.OPEN_BRACKET, 200)] == \
            [m.span() for m in finditer_before(compiled, text, mentions.OPEN_BRACKET, 200, runs)] == \
            [m.span() for m in compiled.finditer(text)]
