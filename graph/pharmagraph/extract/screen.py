"""Patterns screened by the words every match contains.

Most of the extractor's cue patterns ("licensed", "acquired", "facility"...) are searched in every
sentence and match in few. Python's ``re`` tries such a pattern at every position of the text,
about 15 us for a sentence; checking that the sentence contains one of the literal strings that
every match must contain (``"licen"``, ``"rights"``, ...) takes one ``str.lower`` and a few
substring tests. ``required_literals`` reads those strings off the parsed pattern and ``Screened``
runs the pattern only where one is present, so it finds exactly what the pattern finds, sooner.

>>> sorted(required_literals(r"\\b(?:licen[cs]e[sd]?|exclusive\\s+rights?)\\b", 0))
['exclusive', 'licen']
>>> required_literals(r"[A-Z][a-z]+\\s+(?:Co|AG)", 0) is None  # "Co" and "AG" are shorter than three
True
"""

from __future__ import annotations

import re
import sys
from re import _constants as sre
from re import _parser

#: literals shorter than this screen out too little to be worth testing
MIN_LITERAL = 3
# characters that re.IGNORECASE equates with an ASCII letter but that str.lower() does not turn into it
# ("İ" lower-cases to "i" and a combining dot; "ı" and "ſ" stay as they are): a text holding one is not
# screened (tests/test_screen.py checks this list against every code point)
ODD_CASES = ("İ", "ı", "ſ")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def _score(literals: frozenset[str]) -> tuple[int, int]:
    return min(len(x) for x in literals), -len(literals)


def _required(items) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which every match of the parsed sequence ``items`` contains."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            candidates.append(frozenset({"".join(run).lower()}))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av))
            continue
        end_run()
        got = None
        if op is sre.SUBPATTERN:
            got = _required(av[3])
        elif op is sre.BRANCH:
            branches = [_required(b) for b in av[1]]
            if all(branches):
                got = frozenset().union(*branches)
        elif op in _REPEATS and av[0] >= 1:
            got = _required(av[2])
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            got = _required(av)
        # anything else (classes, look-arounds, anchors, back-references) requires no literal
        if got:
            candidates.append(got)
    end_run()
    candidates = [c for c in candidates if min(len(x) for x in c) >= MIN_LITERAL]
    return max(candidates, key=_score) if candidates else None


def required_literals(pattern: str, flags: int) -> frozenset[str] | None:
    """Lower-case strings one of which is in every match of ``pattern`` (lower-cased), or None if none is sure."""
    try:
        return _required(_parser.parse(pattern, flags).data)
    except Exception:  # an engine with another parse tree: no screen
        return None


# texts lowered lately and their lower-case forms: the rules screen each sentence with pattern after pattern,
# sentence after sentence (about 700 screens of 70 texts a press release); emptied when it grows large
_lowered_texts: dict[str, str | None] = {}
_MAX_LOWERED = 4096


def _lowered(text: str) -> str | None:
    """``text.lower()``, or None where lower-casing is not a sound screen (see ODD_CASES)."""
    low = _lowered_texts.get(text, _lowered_texts)
    if low is not _lowered_texts:
        return low
    if len(_lowered_texts) >= _MAX_LOWERED:
        _lowered_texts.clear()
    low = _lowered_texts[text] = None if not text.isascii() and any(c in text for c in ODD_CASES) else text.lower()
    return low


class Screened:
    """A compiled pattern that first checks for one of its required literals (see the module's text).

    It answers ``search``, ``finditer``, ``findall``, ``sub``, ``subn`` and ``split`` exactly as the pattern
    does, and passes on everything else (``match``, ``pattern``, ``groupindex``...).
    """

    __slots__ = ("compiled", "literals")

    def __init__(self, compiled: re.Pattern[str], literals: frozenset[str]):
        self.compiled = compiled
        # (a literal that holds another adds nothing: "acquired" beside "acquir")
        self.literals = tuple(sorted(x for x in literals if not any(y != x and y in x for y in literals)))

    def may_match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        part = text if pos == 0 and endpos >= len(text) else text[pos:endpos]
        low = _lowered_texts.get(part, _lowered_texts)
        if low is _lowered_texts:
            low = _lowered(part)
        if low is None:
            return True
        for x in self.literals:
            if x in low:
                return True
        return False

    # search and finditer, run some 700 times a release, have may_match written out
    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        part = string if pos == 0 and endpos >= len(string) else string[pos:endpos]
        low = _lowered_texts.get(part, _lowered_texts)
        if low is _lowered_texts:
            low = _lowered(part)
        if low is not None:
            for x in self.literals:
                if x in low:
                    break
            else:
                return None
        return self.compiled.search(string, pos, endpos)

    # match and fullmatch try one position, which fails fast: a screen of the rest of the text would cost more
    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        part = string if pos == 0 and endpos >= len(string) else string[pos:endpos]
        low = _lowered_texts.get(part, _lowered_texts)
        if low is _lowered_texts:
            low = _lowered(part)
        if low is not None:
            for x in self.literals:
                if x in low:
                    break
            else:
                return iter(())
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.compiled.findall(string, pos, endpos) if self.may_match(string, pos, endpos) else []

    def sub(self, repl, string: str, count: int = 0):
        return self.compiled.sub(repl, string, count) if self.may_match(string) else string

    def subn(self, repl, string: str, count: int = 0):
        return self.compiled.subn(repl, string, count) if self.may_match(string) else (string, 0)

    def split(self, string: str, maxsplit: int = 0):
        return self.compiled.split(string, maxsplit) if self.may_match(string) else [string]

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"Screened({self.compiled!r}, {self.literals!r})"


_WORD_START = re.compile(r"(?<![\w-])\w")


def finditer_before(pattern, text: str, anchor: re.Pattern[str], back: int, runs: int | None = None):
    """``pattern.finditer(text)`` for a pattern every match of which starts at a word within ``back``
    characters before the start of a match of ``anchor`` ("inn (BRAND)" needs a "("), and within the last
    ``runs`` runs of non-space characters before it, where given ("inn for injection (BRAND)": four).

    The pattern is tried only at those words' starts, in order, and not inside a match found before; a
    match there is the one ``finditer`` finds, as both take the pattern's first match at a position.
    """
    cursor = 0
    for a in anchor.finditer(text):
        end = a.start()
        start = max(cursor, end - back)
        if runs is not None:
            at = end
            for _ in range(runs):
                while at > start and text[at - 1].isspace():
                    at -= 1
                while at > start and not text[at - 1].isspace():
                    at -= 1
            start = at
        for w in _WORD_START.finditer(text, start, end):
            if w.start() < cursor:
                continue
            m = pattern.match(text, w.start())
            if m:
                yield m
                cursor = m.end()
        cursor = max(cursor, end)
