"""Patterns told where their matches start find exactly what ``re.compile`` finds (pharmagraph.extract.start_chars)."""

from __future__ import annotations

import re
from re import _parser

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pharmagraph.extract import context, cues, lexicon, mentions, names, rules_deals, rules_profile, rules_regulatory, sentences
from pharmagraph.extract.regex_cache import compile_pattern
from pharmagraph.extract.start_chars import start_chars

from conftest import module_values


def _starts(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters of 0-127 in the class found for ``pattern``, or None."""
    p = _parser.parse(pattern, flags)
    items = start_chars(p, flags | p.state.flags)
    if items is None:
        return None
    test = re.compile("[" + "".join(re.escape(chr(av)) if op is re._constants.LITERAL else
                                     f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}" if op is re._constants.RANGE else
                                     {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}[str(av)]
                                     for op, av in items) + "]")
    return {chr(c) for c in range(128) if test.match(chr(c))}


UPPER = {chr(c) for c in range(ord("A"), ord("Z") + 1)}
DIGITS = set("0123456789")


def test_start_chars():
    assert _starts(r"(?<![\w-])(?P<name>[A-Z][a-z]+)") == UPPER  # past a look-behind, into a group
    assert _starts(r"(?=[A-Z]|\d)(?:^|(?<=\s))(?:\d+|[A-Z]\w*)") == UPPER | DIGITS
    assert _starts(r"\b(?:(?:Dr|Mr)\.?\s+)?[A-Z][a-z]+") == UPPER  # an optional part's start, and the next item's
    assert _starts(r"(?:ab|c)+d") == {"a", "c"}
    assert _starts(r"x*") is None  # may match nothing
    assert _starts(r"(?:a|)") is None
    assert _starts(r"[^a]b") is None  # a negated class: any character almost
    assert _starts(r".b") is None
    assert _starts(r"ab", re.I) == {"a", "A"}  # (and no other character of 0-127)
    assert _starts(r"(?i:k)b") == {"k", "K"}
    assert _starts(r"[a-z]b", re.I) is None  # a range under IGNORECASE: not spelled out
    assert _starts(r"(?a:x)b") is None  # another scoped flag
    assert _starts(r"(a)\1") == {"a"}
    assert _starts(r"(a)?\1x") is None  # a back-reference may come first


def test_the_characters_of_each_lower_case_are_the_engines():
    import _sre
    from collections import defaultdict

    from pharmagraph.extract.start_chars import _with_lower_case

    by_lower: dict[int, set[int]] = defaultdict(set)
    for c in range(0x110000):
        by_lower[_sre.unicode_tolower(c)].add(c)
    for lower, chars in by_lower.items():
        assert _with_lower_case(lower) == chars, hex(lower)


def test_case_variants_are_what_ignorecase_matches():
    from pharmagraph.extract.start_chars import _case_variants

    samples = [*"aiksIKSzé", "ß", "µ", "θ", "ω", "Ω", "ı", "ſ", "ǅ", "中", "1", "-"]
    for char in samples:
        pattern = re.compile(re.escape(char), re.I)
        matched = [c for c in range(0x110000) if pattern.fullmatch(chr(c))]
        assert _case_variants(ord(char), re.I | re.U) == matched, char


# patterns of the shapes the extractor writes, and odd ones
SHAPES = [
    r"(?<![\w-])(?P<name>(?:[A-Z][\w'\-]*[\w]|[A-Z])(?:[ \t]+[A-Z][\w\-]*){0,3})(?![\w-])",
    r"(?=[A-Z]|\d)(?:^|(?<=[.;:]\s)|(?<=\n))(?P<name>[A-Z]\w+|\d+[A-Z]\w*)\s+(?:announced|said)",
    r"\b(?:acquisition\s+of|acquires|to\s+acquire)\s+(?P<name>[A-Z]\w+)",
    r"(?:(?:Dr|Prof)\.?\s+)?(?P<p>[A-Z][a-z]+\s+[A-Z][a-z]+)",
    r"(?:x?)(?:y|z)+\d",
    r"\$?\d[\d,.]*\s*(?:million|billion)",
    r"(?<=\s)\(?[A-Z]{2,5}\)?",
    r"(?i:(?:chief|ceo|president)\s+)?(?P<p>[A-Z][a-z]+)",
    r"(?<![\w-])(?:kelvin|sky|iris)(?![\w-])",
]
SHAPES_CI = [r"(?<![\w-])(?:kelvin|sky|iris|acme)(?![\w-])", r"\b(?:said|says)\s+\w+"]
PIECES = ["Acme", "Acme Bio", "kelvin", "\u212aelvin", "KELVIN", "ſky", "SKY", "İris", "ırıs", "said ", "Said ", "ſaid ", " ", "  ", "\n", ". ", ", ", ":", ";", "-", "'", "(", ")", "$", "1", "12", "3SBio", "acquires ",
          "to acquire ", "announced", " said", "Dr. ", "Prof ", "Jane", "Doe", "x", "y", "z", "K", "é", "İ", "ſ", "Ł", "®"]


def _spans(pattern, text: str, pos: int, endpos: int) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, pos, endpos)]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.integers(0, 20), st.integers(0, 400))
@example(["Acme", " ", "acquires ", "Acme Bio"], 0, 400)
def test_shapes_find_what_re_finds(pieces, pos, endpos):
    text = "".join(pieces)
    for source in SHAPES:
        ours, reference = compile_pattern(source), re.compile(source)
        ours = getattr(ours, "compiled", ours)
        assert _spans(ours, text, pos, endpos) == _spans(reference, text, pos, endpos), source
        assert [m and m.span() for m in (ours.search(text, pos), ours.match(text, pos), ours.fullmatch(text))] == \
               [m and m.span() for m in (reference.search(text, pos), reference.match(text, pos), reference.fullmatch(text))]
    for source in SHAPES_CI:
        ours, reference = compile_pattern(source, re.I), re.compile(source, re.I)
        ours = getattr(ours, "compiled", ours)
        assert _spans(ours, text, pos, endpos) == _spans(reference, text, pos, endpos), source


def _extractor_patterns() -> list[re.Pattern[str]]:
    def pattern(value):
        value = getattr(value, "compiled", value)
        return value if isinstance(value, re.Pattern) else None

    return module_values((context, cues, lexicon, mentions, names, rules_deals, rules_profile, rules_regulatory, sentences),
                         pattern)


def test_extractor_patterns_find_what_re_finds():
    from pathlib import Path

    from pharmagraph.api import read_documents

    texts = [d.text for d in read_documents([Path(__file__).parent / "data" / "cases"])[:40]]
    assert len(texts) == 40
    patterns = _extractor_patterns()
    assert len(patterns) >= 150
    for pattern in patterns:
        reference = re.compile(pattern.pattern, pattern.flags)
        for text in texts:
            assert _spans(pattern, text, 0, len(text)) == _spans(reference, text, 0, len(text)), pattern.pattern[:80]


def _inline_patterns() -> list[tuple[str, int]]:
    """The patterns the extractor's modules write inline, in ``re.search(r"...", ...)`` and the like (through
    ``pharmagraph.extract.fast_re``), with their flags when these are written ``re.I``."""
    import ast
    from pathlib import Path

    import pharmagraph.extract

    found = set()
    for path in Path(pharmagraph.extract.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "re" and node.func.attr in ("search", "match", "fullmatch", "finditer", "findall")
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                continue
            flags = [a for a in [*node.args[2:], *(k.value for k in node.keywords if k.arg == "flags")]]
            if flags and not (isinstance(flags[0], ast.Attribute) and flags[0].attr in ("I", "IGNORECASE")):
                continue
            found.add((node.args[0].value, re.I if flags else 0))
    return sorted(found)


def test_inline_patterns_find_what_re_finds():
    from pathlib import Path

    from pharmagraph.api import read_documents
    from pharmagraph.extract import fast_re

    texts = [d.text for d in read_documents([Path(__file__).parent / "data" / "cases"])[:40]]
    texts += [s for t in texts[:10] for s in t.split(". ")]
    patterns = _inline_patterns()
    assert len(patterns) >= 100
    for source, flags in patterns:
        for text in texts:
            assert [m.span() for m in fast_re.finditer(source, text, flags)] == [m.span() for m in re.finditer(source, text, flags)], source
            assert [m and m.span() for m in (fast_re.search(source, text, flags), fast_re.match(source, text, flags))] == \
                   [m and m.span() for m in (re.search(source, text, flags), re.match(source, text, flags))], source


def test_fast_re_cache_keeps_the_patterns_met_first():
    """A full cache drops the patterns compiled last (mostly built from one text's names), not the rules' own."""
    from pharmagraph.extract import fast_re

    saved = dict(fast_re._compiled)
    fast_re._compiled.clear()
    try:
        first = r"\bfirst\s+pattern\b"
        fast_re.search(first, "a first pattern")
        kept = fast_re._compiled[(first, 0)]
        for n in range(fast_re.MAX_CACHE + 10):
            assert fast_re.search(rf"\bname{n}\b", f"a name{n} here").group() == f"name{n}"
        assert fast_re._compiled[(first, 0)] is kept
        assert fast_re.MAX_CACHE // 2 <= len(fast_re._compiled) <= fast_re.MAX_CACHE
    finally:
        fast_re._compiled.clear()
        fast_re._compiled.update(saved)
