"""The characters a pattern's matches can start with, told to the regex engine.

``re.search`` and ``re.finditer`` try a pattern at every position of the text. When a pattern starts
with a literal or a character class, ``re`` notes the class in the compiled code's info block and the
engine skips, in a tight C loop, the positions whose character is not in it. It does so only when the
class is the pattern's very first item: a pattern that opens with a look-behind (``(?<![\\w-])``), a
look-ahead, ``\\b`` or an optional part (``(?:Dr\\.?\\s+)?[A-Z]...``) is entered at every position, which
costs about 20 ns each: 0.1 ms for each pass of a pattern over a press release, whatever it finds.

``start_chars`` reads the class off the parsed pattern, past zero-width items and through groups,
alternatives and repeats, and ``with_start_chars`` writes it into the info block as ``re`` would have.
The engine then tries the pattern only where a match could start, so it finds exactly the same
matches (every match consumes at least one character, the first of which is in the class).
"""

from __future__ import annotations

import _sre
import hashlib
import marshal
from re import _compiler
from re import _constants as sre

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))
# what re.IGNORECASE equates: a character matches a cased literal where the engine's lower case of it is the
# literal's lower case or one of the other lower cases the compiler lists for that (re._casefix: "ı" for "i")
_EXTRA_CASES: dict[int, tuple[int, ...]] | None = getattr(_compiler, "_EXTRA_CASES", None)
# characters whose lower case is the key but which are neither its upper nor its title case (the Kelvin sign's
# lower case is "k"); tests/test_start_chars.py checks this against every code point
_OTHER_UPPER = {0x69: (0x130,), 0x6B: (0x212A,), 0xDF: (0x1E9E,), 0xE5: (0x212B,), 0x3B8: (0x3F4,), 0x3C9: (0x2126,)}


def _with_lower_case(lower: int) -> set[int]:
    """The characters the regex engine lower-cases to ``lower``."""
    out = {lower, *_OTHER_UPPER.get(lower, ())}
    for other in (chr(lower).upper(), chr(lower).title()):
        if len(other) == 1 and _sre.unicode_tolower(ord(other)) == lower:
            out.add(ord(other))
    return out


def _case_variants(char: int, flags: int) -> list[int] | None:
    """The characters a literal matches under re.IGNORECASE, or None where the case rules are not Unicode's."""
    if not flags & sre.SRE_FLAG_UNICODE or _EXTRA_CASES is None:
        return None
    if not _sre.unicode_iscased(char):
        return [char]
    lower = _sre.unicode_tolower(char)
    return sorted({c for low in (lower, *_EXTRA_CASES.get(lower, ())) for c in _with_lower_case(low)})


def _literals(op, av, flags: int) -> list | None:
    """Class items for the characters a LITERAL or IN item matches, or None where that is not a plain class."""
    if flags & sre.SRE_FLAG_LOCALE:
        return None
    if not flags & sre.SRE_FLAG_IGNORECASE:
        if op is sre.IN and any(o is sre.NEGATE for o, _ in av):
            return None
        return [(op, av)] if op is sre.LITERAL else list(av)
    # under IGNORECASE only literals are spelled out (a range or \w would take a table of every character)
    out: list = []
    for o, a in ([(op, av)] if op is sre.LITERAL else av):
        chars = _case_variants(a, flags) if o is sre.LITERAL else None
        if chars is None:
            return None
        out += [(sre.LITERAL, c) for c in chars]
    return out


def _first(items, flags: int) -> tuple[list, bool] | None:
    """(class items one of which is the first character consumed by a match of the parsed sequence ``items``,
    whether the sequence can match the empty string), or None where that is not sure."""
    out: list = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the first character comes after it
        if op is sre.LITERAL or op is sre.IN:
            chars = _literals(op, av, flags)
            got = None if chars is None else (chars, False)
        elif op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            # ("(?i:...)": only the case flag is followed; other scoped flags change what a class means)
            scoped = (add_flags | del_flags) & ~sre.SRE_FLAG_IGNORECASE
            got = None if scoped else _first(sub.data, (flags | add_flags) & ~del_flags)
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            got = _first(av.data, flags)
        elif op is sre.BRANCH:
            parts = [_first(branch.data, flags) for branch in av[1]]
            got = None if None in parts else ([i for p in parts for i in p[0]], any(p[1] for p in parts))
        elif op in _REPEATS:
            low, _high, sub = av
            got = _first(sub.data, flags)
            got = got and (got[0], got[1] or low == 0)
        else:  # any character, back-references, conditionals ...: no class
            return None
        if got is None:
            return None
        out += got[0]
        if not got[1]:
            return out, False
    return out, True


def start_chars(parsed, flags: int) -> list | None:
    """Class items (``re``'s parsed form) that every match of ``parsed`` starts with, or None."""
    try:
        found = _first(parsed.data, flags)
    except Exception:  # a parse tree of another shape than this module knows
        return None
    return found[0] if found and not found[1] and found[0] else None


def with_start_chars(parsed, code: list[int], flags: int) -> list[int]:
    """``code`` (``re._compiler._code(parsed, flags)``) with the class its matches start with in its info block,
    where ``re`` put no literal prefix or class there itself; else ``code`` unchanged."""
    # <INFO> <skip> <mask> <min> <max> ...: a mask of 0 is neither prefix nor class; a min of 0 may match empty
    if not code or code[0] != sre.INFO or code[2] != 0 or code[3] == 0:
        return code
    items = start_chars(parsed, flags)
    if not items:
        return code
    charset, hascased = _compiler._optimize_charset(items)
    if hascased:
        return code
    info = [sre.INFO, 0, sre.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[code[1] + 1:]


#: changes with this module's code: compiled patterns kept in a cache are only reused by the code that made them
VERSION = hashlib.sha1(repr(_OTHER_UPPER).encode() + b"".join(marshal.dumps(f.__code__) for f in (
    _with_lower_case, _case_variants, _literals, _first, start_chars, with_start_chars))).hexdigest()[:8]
