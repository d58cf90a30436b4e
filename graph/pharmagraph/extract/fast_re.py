"""``re``'s module functions for the patterns the rules write inline, compiled as the extractor's own.

``re.search(r"\\b(?:treat\\w*|indicated)", text)`` compiles its pattern once (``re`` keeps it in a cache)
but without what ``start_chars`` adds: a pattern that opens with ``\\b`` or a look-behind is tried at
every position of the text. The extractor's modules import this module in place of ``re``
(``from pharmagraph.extract import fast_re as re``): its ``search``, ``match``, ``fullmatch``,
``finditer``, ``findall``, ``sub``, ``subn`` and ``split`` compile a pattern given as a string once, with
its start characters (``regex_cache``), and answer exactly as ``re``'s would; ``compile`` adds them too (a
pattern compiled once at import, such as sentences' ``_DECISIVE``, which opens with a look-ahead); everything
else (flags, ``escape``, ``Match``...) is ``re``'s.

>>> search(r"\\bbio\\w+", "a biotech").group()
'biotech'
>>> sub(r"\\s+", " ", "a   b") == re.sub(r"\\s+", " ", "a   b")
True
"""

from __future__ import annotations

import re
from re import *  # flags, escape, Match, Pattern, error: as re has them

from pharmagraph.extract.regex_cache import _compile_short, compile_pattern

#: patterns compiled from strings; when it grows this large (the rules build some from a text's names), the later
#: half goes: the patterns a process meets first are the rules' own, used in every text, those met late mostly one
#: text's names (clearing it all made a long build compile every rule's pattern again)
MAX_CACHE = 2048
_compiled: dict[tuple[str, int], re.Pattern[str]] = {}


def _pattern(pattern, flags: int):
    """The compiled pattern for ``pattern`` (a string, or a compiled pattern passed on as ``re`` does)."""
    if not isinstance(pattern, str):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (pattern, flags)
    compiled = _compiled.get(key)
    if compiled is None:
        if len(_compiled) >= MAX_CACHE:
            for old in list(_compiled)[MAX_CACHE // 2:]:
                del _compiled[old]
        compiled = _compiled[key] = _compile_short(pattern, int(flags))
    return compiled


def compile(pattern, flags=0):
    """``re.compile(pattern, flags)``, told where its matches start (no literal screen: see the module's text)."""
    compiled = compile_pattern(pattern, flags)
    return getattr(compiled, "compiled", compiled)


# (each function looks its pattern up itself: one Python call less, a seventh of what a call on a short text costs)
def search(pattern, string, flags=0):
    compiled = _compiled.get((pattern, flags)) if pattern.__class__ is str else None
    return (compiled or _pattern(pattern, flags)).search(string)


def match(pattern, string, flags=0):
    compiled = _compiled.get((pattern, flags)) if pattern.__class__ is str else None
    return (compiled or _pattern(pattern, flags)).match(string)


def fullmatch(pattern, string, flags=0):
    compiled = _compiled.get((pattern, flags)) if pattern.__class__ is str else None
    return (compiled or _pattern(pattern, flags)).fullmatch(string)


def finditer(pattern, string, flags=0):
    compiled = _compiled.get((pattern, flags)) if pattern.__class__ is str else None
    return (compiled or _pattern(pattern, flags)).finditer(string)


def findall(pattern, string, flags=0):
    return _pattern(pattern, flags).findall(string)


def sub(pattern, repl, string, count=0, flags=0):
    compiled = _compiled.get((pattern, flags)) if pattern.__class__ is str else None
    return (compiled or _pattern(pattern, flags)).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _pattern(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _pattern(pattern, flags).split(string, maxsplit)
