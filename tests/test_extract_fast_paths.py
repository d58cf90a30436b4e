"""The extractor's fast paths give exactly what the plain regexes and plain syntok calls they replace give."""

from __future__ import annotations

import re

import pytest
from conftest import CASES, DEV, PRESS
from hypothesis import given, settings
from hypothesis import strategies as st
from pharmagraph.api import read_documents
from pharmagraph.extract.lexicon import LEGAL_SUFFIX, lexicon, name_union
from pharmagraph.extract.mentions import NAME_END, find_names
from pharmagraph.extract.sentences import _OWN_SEGMENTER, _syntok, _syntok_spans, _token_lists, _tokens
from syntok import segmenter
from syntok.tokenizer import Tokenizer

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
    tables = [(lex._reg_names, 0), (lex._reg_names_ci, re.IGNORECASE), (lex.targets, re.IGNORECASE), (lex.indications, re.IGNORECASE)]
    for names, flags in tables:
        text = " ".join(names) + " " + " / ".join(n.upper() + "-" + n.title() for n in names)
        trie = re.compile(rf"(?<![\w\-\[])(?P<name>{name_union(names)})(?![\w-])", flags)
        assert _spans(trie, text) == _spans(_longest_first(names, flags), text)


PIECES = ["Dr.", "Jun Liu", "BioDlink Co., Ltd.", "Inc.", "U.S.", "No. 1", "no. 2", "approx.", "Fig.", "II.", "A.", "b.",
          "site.", "Osong.", "BioDlink.", "drugs.", '"We', "“We", '."', ".”", "The", "It", "Hwabit", "the", "(NYSE: X)",
          "(see", "below)", "[1]", "?", "!", ";", ":", ",", "...", "2024.", "May", "Dec.", "A1", "No", "no", "no.", "IV.", "Mar", "3.5", "e.g.", "i.e.", "a.B", "x.y", "1.5x", "A.b", "site.The", "St.",
          "'s", "—", "--", "(a)", "(CDMO)", "x(y)", "((", ")).", ")", "(", "[1]", "{", "}", "(c) d", "(A. B)", "(Dr. X)", "\u00a0", "\u200b", "\t", " ", " ", "  ", "。", "Ltd", "vs.", "etc.", "x",
          "don't", "can’t", "Kelun-Biotech", "O'Neil", "a_b", "co\u00adop", "x...y", "1,000", "BioNTech's", "(Nasdaq:", "GTHX)."]


TRICKY = ["It was no. A1 is next.", "Part IV. The end.", "See Fig. The plot.", "It rose approx. The rest.",
          'He said "yes." The end.', "Made in the U.S. The plant.", "The BioDlink. Then", "a b. C d. (E f.) G h.",
          "Costs fell. 2024 was good.", "(see Dec. Dr. below) x", "It is (see the site. The plant) here.",
          "It is (big) here. The plant (new) is there. So it is.", "A (b (c) d) e. F g.", "A ) (b c. D e.", "The firm) (said it. Dogs run) far.", "The firm (said ). it. Dogs run) far.", "A (b )). C d. E f.",
          "Xy (" + "w " * 60 + ") ab. Cd ef.", "It grew 3.5 times in the U.S. market.", "The site.The plant is new.", "Sales rose. “We grew.” The end.  ", "\tTabbed. Line."]


def _plain_syntok(text: str) -> list[tuple[int, int]]:
    """The sentences of segmenter.analyze, the call _syntok stands for."""
    return [(s[0].offset, s[-1].offset + len(s[-1].value)) for paragraph in segmenter.analyze(text) for s in paragraph if s]


def _plain_tokens(text: str) -> list[tuple[str, str, int]]:
    return [(t.value, t.spacing, t.offset) for t in Tokenizer(replace_not_contraction=False).tokenize(text)]


def _plain_token_lists(text: str) -> tuple[list[str], list[bool], list[int]]:
    tokens = _plain_tokens(text)
    return [v for v, _, _ in tokens], [bool(s) for _, s, _ in tokens], [o for _, _, o in tokens]


def test_own_segmenter_is_used_with_the_syntok_it_follows():
    from importlib.metadata import version

    assert _OWN_SEGMENTER == (version("syntok") == "1.4.4")


@pytest.mark.parametrize("block", TRICKY)
def test_sentences_of_tricky_blocks_as_syntok_alone_finds_them(block):
    assert _syntok_spans(block) == _syntok(block) == _plain_syntok(block)
    assert [(t.value, t.spacing, t.offset) for t in _tokens(block)] == _plain_tokens(block)
    assert _token_lists(block) == _plain_token_lists(block)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.lists(st.sampled_from([" ", "", "  "]), min_size=30, max_size=30))
def test_sentences_as_syntok_alone_finds_them(pieces, gaps):
    block = "".join(p + g for p, g in zip(pieces, gaps))
    assert _syntok_spans(block) == _syntok(block) == _plain_syntok(block)
    assert [(t.value, t.spacing, t.offset) for t in _tokens(block)] == _plain_tokens(block)
    assert _token_lists(block) == _plain_token_lists(block)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="aAbZz09.,;:!?()[]{}-_'\"`~é’\u00ad", min_size=1, max_size=10))
def test_runs_of_characters_are_tokenized_as_syntok_does(run):
    from pharmagraph.extract.sentences import _run_tokens

    assert _run_tokens(run) == tuple((t.offset, t.value, t.spacing) for t in Tokenizer(replace_not_contraction=False).tokenize(run))


def test_sentences_of_the_sample_releases_as_syntok_alone_finds_them():
    for folder in (PRESS, CASES, DEV):
        for doc in read_documents([folder]) if folder.exists() else ():
            for block in doc.text.split("\n"):
                assert _syntok_spans(block) == _syntok(block) == _plain_syntok(block), block


def test_patterns_only_match_texts_with_what_they_need():
    from pharmagraph.extract.mentions import NEEDS

    texts = [doc.text for folder in (PRESS, CASES, DEV) for doc in read_documents([folder])]
    for pattern, needs in NEEDS.items():
        for text in texts:
            for m in pattern.finditer(text):
                # (in the match, or in what a look-ahead read after it)
                assert needs.search(m.group()) or needs.search(text, m.start()), (pattern.pattern[:40], m.group())


def _folded_tables():
    lex = lexicon()
    return [(lex.regulator_pattern_ci, sorted(lex._reg_names_ci)), (lex.target_pattern, sorted(lex.targets)),
            (lex.indication_pattern, sorted(lex.indications))]


ODD_CHARS = ["İ", "ı", "ſ", "Σ", "σ", "ς", "µ", "μ", "Μ", "\u212a", "ẞ", "ß", "Ι", "ͅ", "ι", "ϐ", "β", "ϴ", "θ", "ϑ", "-", " ", "\n", "x", "X"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(["lower", "upper", "title", "odd"]), st.sampled_from(ODD_CHARS)),
                max_size=8))
def test_folded_gazetteers_find_what_ignorecase_finds(picks):
    for folded, names in _folded_tables():
        parts = []
        for n, case, odd in picks:
            name = names[n % len(names)]
            parts.append({"lower": name, "upper": name.upper(), "title": name.title(), "odd": name.replace("i", odd, 1)}[case])
            parts.append(odd)
        text = " ".join(parts)
        assert [m.span() for m in folded.finditer(text)] == [m.span() for m in folded.pattern.finditer(text)], text


def test_folded_gazetteers_on_the_sample_releases():
    texts = [doc.text for folder in (PRESS, CASES, DEV) for doc in read_documents([folder])]
    for folded, _names in _folded_tables():
        for text in texts:
            assert [(m.span(), m.group()) for m in folded.finditer(text)] == [(m.span(), m.group()) for m in folded.pattern.finditer(text)]


def test_runs_are_split_at_what_syntok_calls_space():
    from pharmagraph.extract.sentences import _RUN, _RUN_RE

    chars = "".join(chr(c) for c in range(0x110000))
    assert [m.span() for m in _RUN_RE.finditer(chars)] == [m.span() for m in _RUN.finditer(chars)]
    assert [c for c in range(0x110000) if _RUN_RE.fullmatch(chr(c))] == [c for c in range(0x110000) if _RUN.fullmatch(chr(c))]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abZ9_-'’ .é\n", max_size=30), st.text(alphabet="abZ9_-'’é", min_size=1, max_size=4))
def test_lower_words_are_looked_up_where_written(text, word):
    from pharmagraph.extract.mentions import LOWER_WORD, is_lower_word

    assert is_lower_word(text, word) == (word in set(LOWER_WORD.findall(text)))
    for found in set(LOWER_WORD.findall(text)):
        assert is_lower_word(text, found)


def test_folding_keeps_where_words_end():
    """Every name of the folded gazetteers with an odd character put in or around it: U+0345, the combining iota
    IGNORECASE equates with "ι", is no word character, so the two are folded apart (hypothesis found "FGFR2ΙIIb")."""
    for folded, names in _folded_tables():
        for name in names:
            for odd in ("Ι", "ι", "\u0345", "ſ", "\u212a", "ß"):
                for text in (name.replace("i", odd, 1) + " " + odd, odd + name + odd):
                    assert [m.span() for m in folded.finditer(text)] == [m.span() for m in folded.pattern.finditer(text)], text
