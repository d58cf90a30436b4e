"""Sentences with offsets, and the section each belongs to.

Blocks (lines) are split first, so headings, bullets and datelines stay apart; each block is
then segmented by syntok, which keeps "Co., Ltd.", "Dr.", "Inc.", "U.S." and "No. 1" whole.
syntok is called only on the parts of a block where it has something to decide (see _segment).

>>> [s.text for s in split_sentences("Dr. Jun Liu of BioDlink Co., Ltd. spoke. It went well.")]
['Dr. Jun Liu of BioDlink Co., Ltd. spoke.', 'It went well.']
"""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import version

from syntok import segmenter
from syntok._segmentation_states import State
from syntok.tokenizer import Token, Tokenizer

from pharmagraph.extract import fast_re as re
from pharmagraph.extract.syntok_states import Segmenter
from pharmagraph.model import Sentence

_BULLET = re.compile(r"^\s*(?:[•·▪◦●■\-*–]|\d+[.)])\s+")
# (a numbered heading too: "4. About Chugai", "IV. Forward-looking statements")
_NUMBERED = r"(?:\d{1,2}[.)]\s+|[IVX]{1,4}[.)]\s+)?"
_ABOUT = re.compile(r"^" + _NUMBERED + r"(?:about|über|a propos de|acerca de)\s+(.{2,80}?)\s*:?\s*$", re.I)
_BOILER = re.compile(
    r"^" + _NUMBERED + r"(?:forward[- ]looking statements?|cautionary (?:note|statement)|safe harbou?r|disclaimer|"
    r"media contacts?|contacts?|investor (?:relations|contacts?)|source|references?|notes? to editors|sources?|"
    r"(?:media |press |investor )?(?:enquiries|inquiries)|for (?:further|more) information(?:,? please contact)?)\s*:?\s*$",
    re.I,
)
# a paragraph that opens the forward-looking statements without a heading of their own
_BOILER_PARAGRAPH = re.compile(
    r"^[*_\s]*(?:(?:forward[- ]looking\s+statements?|cautionary\s+(?:note|statement)|safe\s+harbou?r)[*_\s]*[:.—–-]|"
    r"this\s+(?:press\s+|news\s+)?(?:release|announcement|communication|document)\s+(?:contains|includes|may\s+contain)\s+"
    r"(?:certain\s+)?forward[- ]looking)",
    re.I,
)
_LEGAL = re.compile(r"\b(?:Co|Ltd|Inc|Corp|Dr|Mr|Ms|Mrs|Prof|No|St|Jr|Sr|vs|approx|Fig|U\.S|U\.K)\.\s+[a-z(,]"
                    r"|\b(?:Pvt|Pte|Sdn|Pty)\.\s+(?:Lt|Li|Bh)")  # "Serum Institute of India Pvt. Ltd."
_LEGAL_FORM_START = re.compile(r"(?:AG|SA|S\.A\.|GmbH|Inc\.?|Ltd\.?|LLC|plc|PLC|Co\.|Corp\.?|Limited|B\.V\.|N\.V\.|KK|K\.K\.)(?=[\s,])")
MAX_BLOCK = 20_000
# "Recordati S.p.A., the ... group": a sentence end inside dotted initials is none
_SPLIT_INITIALS = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){1,3}$")
_INITIAL_THEN = re.compile(r"[A-Za-z]\.(?:[,;]|\s+[a-z(])")
# "YANTAI, China, June 9, 2021 – RemeGen ...": the release starts here, whatever a web page's menus said before
# ("Bengaluru, Karnataka, India, December 2, 2017: Biocon ..." too)
_DATELINE_START = re.compile(
    # (any script's letters and lower-case words in a town's name: "Ločna, Novo mesto, 4 November 2015 –")
    r"^(?:\*\*)?[A-Z][^\W\d_]*(?:[ .'\-]+[^\W\d_]+){0,5},\s+(?:[A-Z][\w.]*(?:\s+[\w.]+){0,2},\s+){0,2}"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})(?:\*\*)?\s*(?:[-–—/:]|\(|$)")


def _is_heading(line: str) -> bool:
    words = line.split()
    # (a table's row, "U.S. FDA | Approved on 22 November 2022", is no heading but its header row is)
    if " | " in line and re.search(r"\d", line):
        return False
    if line.endswith(":") and len(words) >= 6 and re.search(r"\b(?:receives?|grants?|includes?|are|is|will|has|have)\b", line):
        return False  # "Under the agreement, Antengene receives exclusive rights to develop and commercialise:" leads a list
    # (nor a list's item: "Accord Healthcare, for Europe and the CIS;")
    return 0 < len(words) <= 12 and not re.search(r"[.!?\"”;,]$", line) and line[:1].isupper()


# Where syntok surely ends a sentence: after "word." or 'word."' (the word all letters and, as syntok
# splits "BioDlink" into "Bio" and "Dlink", its last part not an abbreviation, a roman numeral or "no"),
# before spaces and a capital or an opening quote, when every bracket opened since the last such place
# is closed (syntok may skip over bracketed text whole). syntok decides there from those tokens alone
# and starts afresh after it, so the text on either side of such a cut can be segmented apart.
_CUT = re.compile(r"(?<![^ ])([A-Za-z]+)\.[\"”]?(?= +[A-Z\"“])")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_BRACKET = re.compile("[" + re.escape("".join(sorted(State.opening_brackets | State.closing_brackets))) + "]")


def _brackets_closed(block: str, start: int, end: int) -> bool:
    """Whether the brackets in ``block[start:end]`` are "()[]{}" that close again, each beside a letter
    or digit (so that syntok reads it as a token of its own and pairs it as counted here)."""
    depth = 0
    for m in _BRACKET.finditer(block, start, end):
        at, bracket = m.start(), m.group()
        if bracket not in "()[]{}" or not (block[at - 1: at].isascii() and block[at - 1: at].isalnum()
                                            or block[at + 1: at + 2].isascii() and block[at + 1: at + 2].isalnum()):
            return False
        depth = depth + 1 if bracket in "([{" else max(0, depth - 1)
    return depth == 0


# the only characters at which syntok may end a sentence, but for a "." inside a word ("3.5", "U.S"),
# which stays inside a token (syntok splits only "a.B" into "a", ".", "B")
_DECISIVE = re.compile(r"(?!(?<=[0-9A-Z])\.(?=[0-9A-Za-z])|(?<=[a-z])\.(?=[0-9a-z]))[" + re.escape("".join(sorted(
    c for c in State.terminals | State.opening_brackets if len(c) == 1))) + "]")


def _cuts(block: str) -> list[int]:
    cuts = [0]
    for m in _CUT.finditer(block):
        last = _CAMEL.split(m.group(1))[-1]
        if len(last) > 1 and last not in State.abbreviations and last not in State.roman_numerals \
                and last not in ("no", "No", "NO") and _brackets_closed(block, cuts[-1], m.start()):
            cuts.append(m.end())
    return cuts[1:]


def _one_sentence(part: str) -> int | None:
    """Where the sentence starts if syntok would keep ``part`` whole, else None.

    That is when it starts (after spaces) with a letter, digit or quote, and has no character where
    syntok could end a sentence but a final "." (or '."'): one sentence from its first to its last character.
    """
    lead = len(part) - len(part.lstrip(" "))
    if not (part[lead:lead + 1].isalnum() or part[lead:lead + 1] in ('"', "“")):
        return None
    decisive = [m.start() for m in _DECISIVE.finditer(part, lead)]
    if not decisive:
        return lead if part[-1].isalnum() or part[-1] in ('"', "”") else None
    if decisive == [len(part) - 1] and part.endswith(".") or decisive == [len(part) - 2] and part.endswith(('."', ".”")):
        return lead
    return None


# the tokenizer segmenter.analyze uses, and the runs of non-space characters it splits its text into first
_TOKENIZER = Tokenizer(replace_not_contraction=False)
_RUN = Tokenizer._spaces
# the same runs, as re finds them quicker than the regex package: what _RUN calls space, spelled out (re's \s also
# takes \x1c-\x1f)
_RUN_RE = re.compile(r"[^\t-\r \x85\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]+")


# a run the tokenizer splits into its word and each punctuation mark after it: ASCII letters and digits with no
# lower-case letter before a capital (where the tokenizer splits "BioDlink"), then ASCII punctuation
_PLAIN_RUN = re.compile(r"(?P<word>[A-Za-z0-9]+)(?P<tail>[!-/:-@\[-`{-~]*)")
_CAMEL_CASE = re.compile(r"[a-z][A-Z]")


@lru_cache(maxsize=1 << 15)
def _run_tokens(run: str) -> tuple[tuple[int, str, str], ...]:
    """syntok's tokens of one run of non-space characters: (offset in the run, value, spacing before it)."""
    plain = _PLAIN_RUN.fullmatch(run)
    if plain and not _CAMEL_CASE.search(plain.group("word")):
        end, tail = plain.end("word"), plain.group("tail")
        marks = ["...", *tail[3:]] if tail.startswith("...") else list(tail)
        return ((0, plain.group("word"), ""), *((end + at, mark, "") for at, mark in zip(_offsets(marks), marks)))
    return tuple((t.offset, t.value, t.spacing) for t in _TOKENIZER.tokenize(run))


def _offsets(marks: list[str]) -> list[int]:
    """Where each of ``marks`` starts in their concatenation."""
    out, at = [], 0
    for mark in marks:
        out.append(at)
        at += len(mark)
    return out


def _tokens(text: str) -> list[Token]:
    """``Tokenizer.tokenize(text)`` of the tokenizer above, from the tokens of each run of non-space characters.

    The tokenizer splits each run by itself (a run's tokens depend on its characters alone, but for the space
    before its first token): most runs are common words, tokenized once rather than once a sentence.
    """
    tokens: list[Token] = []
    end = 0
    for run in _RUN.finditer(text):
        start = run.start()
        found = _run_tokens(run.group())
        tokens.append(Token(text[end:start], found[0][1], start + found[0][0]))
        tokens.extend([Token(spacing, value, start + at) for at, value, spacing in found[1:]])
        end = run.end()
    if end < len(text):
        tokens.append(Token(text[end:], "", len(text)))
    return tokens


def _token_lists(text: str) -> tuple[list[str], list[bool], list[int]]:
    """The values of ``_tokens(text)``, whether spacing precedes each, and their offsets (no Token objects)."""
    values: list[str] = []
    spaced: list[bool] = []
    offsets: list[int] = []
    end = 0
    for run in _RUN_RE.finditer(text):
        start = run.start()
        found = _run_tokens(run.group())
        at, value, _spacing = found[0]
        values.append(value)
        spaced.append(start > end)
        offsets.append(start + at)
        if len(found) > 1:
            for at, value, spacing in found[1:]:
                values.append(value)
                spaced.append(bool(spacing))
                offsets.append(start + at)
        end = run.end()
    if end < len(text):
        values.append("")
        spaced.append(True)
        offsets.append(len(text))
    return values, spaced, offsets


# the segmenter's steps are syntok 1.4.4's (pharmagraph.extract.syntok_states); another version is asked itself
_OWN_SEGMENTER = version("syntok") == "1.4.4"


def _syntok(text: str) -> list[tuple[int, int]]:
    """The sentences ``segmenter.analyze(text)`` finds in a text of one line (so of one paragraph)."""
    if _OWN_SEGMENTER and "\n" not in text:
        return Segmenter(*_token_lists(text)).spans()
    spans: list[tuple[int, int]] = []
    for paragraph in (segmenter.segment(iter(_tokens(text))),) if "\n" not in text else segmenter.analyze(text):
        for sentence in paragraph:
            if not sentence:
                continue
            last = sentence[-1]
            spans.append((sentence[0].offset, last.offset + len(last.value)))
    return spans


def _syntok_spans(block: str) -> list[tuple[int, int]]:
    """The sentences syntok finds in ``block``, asking syntok only where it has something to decide."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [*_cuts(block), len(block)]:
        part = block[start:end]
        lead = _one_sentence(part)
        spans.extend([(start + lead, end)] if lead is not None else [(start + a, start + b) for a, b in _syntok(part)])
        start = end
    return spans


def _segment(block: str) -> list[tuple[int, int]]:
    spans = _syntok_spans(block)
    # syntok may split after an abbreviation followed by a lower-case word: join those back
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        # and syntok ends a sentence at a semicolon: "sites in Devens, Massachusetts; Bothell, Washington; and ..."
        # ... and after a bracket inside a name: "Lonza (Switzerland) | AG is a CDMO"
        if merged and (block[merged[-1][1] - 1] == ";" or _LEGAL.search(block[max(0, merged[-1][1] - 6): start + 2])
                       or (_SPLIT_INITIALS.search(block, max(0, merged[-1][1] - 8), merged[-1][1]) and _INITIAL_THEN.match(block, start))
                       or (block[merged[-1][1] - 1] == ")" and (_LEGAL_FORM_START.match(block, start)
                                                                  or not re.search(r"[.!?][\"'”’]?\)$", block[:merged[-1][1]])))):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    # "... synthesized by Genosco, a subsidiary of Oscotec Inc. Yuhan obtained the rights ...": syntok keeps a
    # legal form's (or a roman numeral's) period inside the sentence; a name and a verb after it start a new one
    out: list[tuple[int, int]] = []
    for start, end in merged:
        for m in LEGAL_THEN_CLAUSE.finditer(block, start, end):
            period, space = ("period", "space") if m.group("period") else ("period2", "space2")
            out.append((start, m.end(period)))
            start = m.end(period) + len(m.group(space))
        out.append((start, end))
    return out


LEGAL_THEN_CLAUSE = re.compile(
    # (or a roman numeral after its noun: "... for mucopolysaccharidosis type I. REGENXBIO has licensed ...")
    r"(?:\b(?:Inc|Ltd|Corp|Co|plc|LLC|Limited|GmbH|AG|SE|NV|BV|SpA|Srl)|\b(?i:type|phase|class|grade|stage|part|group|category)\s+[IVX]{1,4})"
    r"(?P<period>\.)(?P<space>\s+)(?=(?:He|She|They|It|We)\s+[a-z]|[A-Z][\w'’\-]+\s+"
    r"(?:[a-z]+ed|said|says|has|have|had|is|was|will|announced|reported|plans|expects|obtained|received)\b"
    # (or a person with a degree or title after the name: "... Orvenna Pharma GmbH. Mark Novak, M.D., founder of ...")
    r"|[A-Z][a-z]+\s+[A-Z][a-z]+,\s+(?:[A-Z][a-z]?\.[A-Z]\.|Ph\.D\.|PhD|MD|Dr\.|the\s|(?:Chief|President|Chair|Founder|founder|co-founder)\b))"
    # (and a financing round's letter: "... launched with a US$400 million Series A. Mark Novak, M.D., ...")
    r"|\bSeries\s+[A-H](?P<period2>\.)(?P<space2>\s+)(?=[A-Z])"
)


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
        if _BOILER_PARAGRAPH.match(stripped):
            section = "boilerplate"  # (its sentences kept, as under a heading)
        if section == "boilerplate" and len(out) < 60 and _DATELINE_START.match(stripped) and len(stripped) > 80:
            section = "body"  # (menus such as "Investor Relations" came first)
        lead = _BULLET.match(line)
        offset = lead.end() if lead else 0
        block = line[offset:offset + MAX_BLOCK]
        if section.startswith("about:") and _is_heading(block.strip()) and len(block) < 60:
            section = "body"  # (the heading after an "About" part is one too: "### Comments from the partners")
        if _is_heading(block.strip()) and section == "body" and len(block) < 100:
            out.append(Sentence(block.strip(), line_start + offset + block.index(block.strip()),
                                line_start + offset + len(block.rstrip()), "heading"))
            continue
        for start, end in _segment(block):
            s = line_start + offset + start
            out.append(Sentence(text[s: line_start + offset + end], s, line_start + offset + end, section))
    return out
