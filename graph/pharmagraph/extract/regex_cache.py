"""Compiled patterns kept between processes.

The extractor's patterns are long (a role pattern is 6,000 characters, the gazetteers' tries
13,000) and Python's ``re`` parses and compiles them in Python: about 0.4 s at the start of every
process, a third of what adding one document from the command line costs. ``compile_pattern``
keeps what ``re`` compiles a long pattern to (its internal code) in the per-user cache
(``pharmagraph.cache``) and builds the pattern from it in later processes, as ``re`` itself does
in the last step of a compilation. The cache file's name carries the Python build and the regex
engine's version, so code is only reused by the engine that wrote it; anything unexpected falls
back to ``re.compile``. Patterns behave exactly as ``re.compile`` makes them (tested); their code
also tells the engine which characters a match can start with (``pharmagraph.extract.start_chars``).
"""

from __future__ import annotations

import _sre
import atexit
import hashlib
import re
import sys
from array import array

from pharmagraph import cache
from pharmagraph.extract.screen import Screened, required_literals
from pharmagraph.extract.start_chars import VERSION as START_CHARS_VERSION
from pharmagraph.extract.start_chars import with_start_chars

#: shorter patterns compile in microseconds: not worth a cache entry
MIN_LENGTH = 400
_NAME = ("patterns3-" + hashlib.sha1(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{START_CHARS_VERSION}".encode()).hexdigest()[:16]
         + ".marshal")
_CODE_TYPE = next(t for t in "HILQ" if array(t).itemsize == _sre.CODESIZE)  # unsigned, the engine's code size
_table: dict[str, tuple] | None = None
_added = 0


def _parts(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for ``pattern``."""
    from re import _compiler, _parser

    p = _parser.parse(pattern, flags)
    code = with_start_chars(p, _compiler._code(p, flags), flags | p.state.flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    # the code as bytes: read back in a millisecond, where a list of 100,000 ints takes fifty
    return (int(flags | p.state.flags), array(_CODE_TYPE, code).tobytes(), p.state.groups - 1, groupindex, tuple(indexgroup))


def _load() -> dict:
    global _table
    if _table is None:
        loaded = cache.load(_NAME)
        _table = loaded if isinstance(loaded, dict) else {}
        atexit.register(_save)
    return _table


def _save() -> None:
    if _added and _table is not None:
        cache.save(_NAME, _table)


def cached_text(kind: str, inputs: list[str], make) -> str:
    """``make()``, a string derived from ``inputs`` only (a trie of names), kept in the same cache file."""
    global _added
    key = f"{kind}:" + hashlib.sha1("\0".join(inputs).encode()).hexdigest()
    table = _load()
    text = table.get(key)
    if not isinstance(text, str):
        text = table[key] = make()
        _added += 1
    return text


def compile_pattern(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str] | Screened:
    """``re.compile(pattern, flags)``, from the cache when the pattern is long and was compiled before, and
    screened by the literals every match contains when it has some (``pharmagraph.extract.screen``)."""
    flags = int(flags)
    if flags & re.DEBUG:
        compiled, literals = re.compile(pattern, flags), required_literals(pattern, flags)
    elif len(pattern) < MIN_LENGTH:
        compiled, literals = _compile_short(pattern, flags), required_literals(pattern, flags)
    else:
        compiled, literals = _compile_long(pattern, flags)
    return Screened(compiled, literals) if literals else compiled


def _compile_short(pattern: str, flags: int) -> re.Pattern[str]:
    """As ``re.compile`` (a short pattern compiles in microseconds: not kept in the cache)."""
    try:
        parts = _parts(pattern, flags)
        return _sre.compile(pattern, parts[0], array(_CODE_TYPE, parts[1]).tolist(), parts[2], parts[3], parts[4])
    except Exception:  # the engine's internals are not what this module expects
        return re.compile(pattern, flags)


def _compile_long(pattern: str, flags: int) -> tuple[re.Pattern[str], frozenset[str] | None]:
    global _added
    table = _load()
    key = f"{flags}:{pattern}"
    parts = table.get(key)
    if parts is not None:
        try:
            final_flags, code, groups, groupindex, indexgroup, literals = parts
            return (_sre.compile(pattern, final_flags, array(_CODE_TYPE, code).tolist(), groups, groupindex,
                                 tuple(indexgroup)), frozenset(literals) if literals is not None else None)
        except Exception:  # a damaged entry: compile afresh and replace it
            pass
    literals = required_literals(pattern, flags)
    try:
        parts = _parts(pattern, flags)
        compiled = _sre.compile(pattern, parts[0], array(_CODE_TYPE, parts[1]).tolist(), parts[2], parts[3], parts[4])
    except Exception:  # the engine's internals are not what this module expects: no cache
        return re.compile(pattern, flags), literals
    table[key] = (*parts, sorted(literals) if literals is not None else None)
    _added += 1
    return compiled, literals
