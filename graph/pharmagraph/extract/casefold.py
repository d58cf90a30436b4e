"""Case-insensitive gazetteer patterns searched in a case-folded copy of the text.

The regulators' long names, the targets and the indications are matched under ``re.IGNORECASE``,
which makes the engine lower-case each character of the text as it compares (a third slower than
comparing as is). ``Folded`` searches instead, with the same pattern compiled case-sensitively, a
copy of the text folded character by character: lower-cased, then each character that
``re.IGNORECASE`` equates with others beyond lower case (``re._casefix``: "ı" and "i", "ſ" and "s",
"ς" and "σ" ...) replaced by one of them, the pattern's characters folded alike. Where ``str.lower``
changes a text's length ("İ" becomes two characters) the pattern runs on the text as before.

Both find a match at the same place, of the same length: the engine's IGNORECASE compares the lower
case of a text's character (``str.lower`` gives the same one character for every other character:
it only differs from it for "İ", and for a final "Σ", which folds like "σ") with the pattern's
character and the characters ``re._casefix`` lists for it. What the folded search finds is handed
over as the pattern's own match at that place.

>>> p = Folded(re.compile(r"(?<![\\w-])(?:tıbbi|μg)(?![\\w-])", re.I))
>>> [m.group() for m in p.finditer("TIBBI, tibbi, ΜG and µg (micro sign)")]
['TIBBI', 'tibbi', 'ΜG', 'µg']
"""

from __future__ import annotations

import re
import sys

from pharmagraph.extract.regex_cache import compile_pattern


def _fold_table() -> dict[int, int] | None:
    """Each character of a group that IGNORECASE equates beyond lower case -> the group's first."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:  # another engine: no folded search
        return None
    groups: dict[int, set[int]] = {}
    for char, others in _EXTRA_CASES.items():
        group = {char, *others}
        for member in list(group):
            group |= groups.get(member, set())
        for member in group:
            groups[member] = group
    # the group's first member of the same kind, word character or not: U+0345, the combining iota that IGNORECASE
    # equates with "ι", is no word character, and folding one into the other would move where words end
    # ("FGFR2ΙIIb" would end a word after "FGFR2"; "\u0345FDA" would start one)
    def is_word(c: int) -> bool:
        return re.match(r"\w", chr(c)) is not None

    table = {}
    for char, group in groups.items():
        rep = min(c for c in group if is_word(c) == is_word(char))
        if rep != char:
            table[char] = rep
    return table


_FOLD = _fold_table()
# (a text holding none of them, most, is not translated: that would cost more than the folded search saves)
_FOLDED_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD)) + "]") if _FOLD else None


class Folded:
    """A case-insensitive pattern written in lower case whose ``finditer`` searches the folded text (see the
    module's text); any other pattern searches the text itself."""

    __slots__ = ("folded", "pattern")

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        compiled = getattr(pattern, "compiled", pattern)
        # (only a pattern written in lower case, as the gazetteers' names are, is folded by folding its characters)
        folded = compile_pattern(compiled.pattern.translate(_FOLD), compiled.flags & ~re.IGNORECASE) \
            if _FOLD is not None and not compiled.flags & re.LOCALE and compiled.flags & re.IGNORECASE \
            and compiled.pattern == compiled.pattern.lower() else None
        self.folded = getattr(folded, "compiled", folded)  # (no literal screen: the folded text is lower-cased already)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        folded = text.lower()
        if self.folded is None or len(folded) != len(text):
            return self.pattern.finditer(text, pos, endpos)
        if not folded.isascii() and _FOLDED_CHARS.search(folded):
            folded = folded.translate(_FOLD)
        match = self.pattern.match
        return (match(text, m.start(), endpos) for m in self.folded.finditer(folded, pos, endpos))

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)
