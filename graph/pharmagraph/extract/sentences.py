"""Sentences with offsets, and the section each belongs to.

Blocks (lines) are split first, so headings, bullets and datelines stay apart; each block is
then segmented by syntok, which keeps "Co., Ltd.", "Dr.", "Inc.", "U.S." and "No. 1" whole.

>>> [s.text for s in split_sentences("Dr. Jun Liu of BioDlink Co., Ltd. spoke. It went well.")]
['Dr. Jun Liu of BioDlink Co., Ltd. spoke.', 'It went well.']
"""

from __future__ import annotations

import re

from syntok import segmenter

from pharmagraph.model import Sentence

_BULLET = re.compile(r"^\s*(?:[•·▪◦●■\-*–]|\d+[.)])\s+")
_ABOUT = re.compile(r"^(?:about|über|a propos de|acerca de)\s+(.{2,80}?)\s*:?\s*$", re.I)
_BOILER = re.compile(
    r"^(?:forward[- ]looking statements?|cautionary (?:note|statement)|safe harbou?r|disclaimer|"
    r"media contacts?|contacts?|investor (?:relations|contacts?)|source|references?|notes? to editors|sources?)\s*:?\s*$",
    re.I,
)
_LEGAL = re.compile(r"\b(?:Co|Ltd|Inc|Corp|Dr|Mr|Ms|Mrs|Prof|No|St|Jr|Sr|vs|approx|Fig|U\.S|U\.K)\.\s+[a-z(,]")
MAX_BLOCK = 20_000


def _is_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 12 and not re.search(r"[.!?\"”]$", line) and line[:1].isupper()


def _segment(block: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for paragraph in segmenter.analyze(block):
        for sentence in paragraph:
            if not sentence:
                continue
            start = sentence[0].offset
            last = sentence[-1]
            spans.append((start, last.offset + len(last.value)))
    # syntok may split after an abbreviation followed by a lower-case word: join those back
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        # and syntok ends a sentence at a semicolon: "sites in Devens, Massachusetts; Bothell, Washington; and ..."
        if merged and (block[merged[-1][1] - 1] == ";" or _LEGAL.search(block[max(0, merged[-1][1] - 6): start + 2])):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences that carry their offsets and section name.

    The section is ``"about:NAME"`` under an "About NAME" heading, ``"boilerplate"`` under
    forward-looking statements and contacts, else ``"body"``.
    """
    out: list[Sentence] = []
    section = "body"
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        about = _ABOUT.match(stripped)
        if about and len(stripped.split()) <= 10 and not stripped.endswith(("!", "?")):
            section = "about:" + about.group(1).strip()
            out.append(Sentence(stripped, line_start + line.index(stripped), line_start + len(line.rstrip()), "heading"))
            continue
        if _BOILER.match(stripped):
            section = "boilerplate"
            continue
        lead = _BULLET.match(line)
        offset = lead.end() if lead else 0
        block = line[offset:offset + MAX_BLOCK]
        if _is_heading(block.strip()) and section == "body" and len(block) < 100:
            out.append(Sentence(block.strip(), line_start + offset + block.index(block.strip()),
                                line_start + offset + len(block.rstrip()), "heading"))
            continue
        if section.startswith("about:") and _is_heading(block.strip()) and len(block) < 60:
            section = "body"
        for start, end in _segment(block):
            s = line_start + offset + start
            out.append(Sentence(text[s: line_start + offset + end], s, line_start + offset + end, section))
    return out
