"""syntok's sentence segmenter, over lists of token values and offsets.

``syntok.segmenter.segment`` walks a stream of Token objects through the states of
``syntok._segmentation_states`` (a queue of tokens fetched, a history of tokens read), asking each
token's ``value`` and ``spacing`` through properties: about half of what splitting a press release
into sentences costs. ``Segmenter`` takes the same steps in the same order (each state, move, fetch
and decision of syntok 1.4, named as there), with the queue and the history as positions in three
lists, so it ends sentences where syntok does (tests/test_extract_fast_paths.py compares the two on
the sample releases and on generated texts).

>>> Segmenter(["It", "went", ".", "So", "it", "did", "."], [False, True, False, True, True, True, False],
...           [0, 3, 7, 9, 12, 15, 18]).spans()
[(0, 8), (9, 19)]
"""

from __future__ import annotations

from syntok._segmentation_states import State

_TERMINALS = State.terminals
_OPENING = State.opening_brackets
_CLOSING = State.closing_brackets
_CLOSING_QUOTES = State.closing_quotes
_INNER = State.inner_sentence_punctuation


class Segmenter:
    """syntok's ``segmenter.segment`` over the tokens of one text, given as lists of their values, whether
    spacing precedes them and their offsets: the same states and moves (see syntok's ``_segmentation_states``),
    with the token queue and the sentence's history as positions in those lists instead of lists of Token objects.

    ``h`` tokens have moved into a history (the sentence being read starts at ``start``), ``f`` were fetched from
    the stream: the queue is ``values[h:f]``.
    """

    __slots__ = ("f", "h", "n", "offsets", "spaced", "start", "values")

    def __init__(self, values: list[str], spaced: list[bool], offsets: list[int]):
        self.values, self.spaced, self.offsets = values, spaced, offsets
        self.n, self.h, self.f, self.start = len(values), 0, 0, 0

    def spans(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence, as ``segmenter.segment`` yields them."""
        out: list[tuple[int, int]] = []
        values, offsets = self.values, self.offsets
        self._fetch()  # Begin takes the first token
        state = "end" if self.h == self.f else "first"
        while True:
            if state in ("terminal", "end") and self.h > self.start:  # at a sentence: its history is collected
                first, last = self.start, self.h - 1
                self.start = self.h
                if last > first or values[first]:
                    out.append((offsets[first], offsets[last] + len(values[last])))
            if state == "end":
                return out
            if state == "terminal":
                state = "first" if self.h < self.f or self._fetch() else "end"
            elif state == "first":
                state = self._first_token()
            else:
                state = self._inner_tokens()

    # -- the states' moves --------------------------------------------------------------------
    def _first_token(self) -> str:
        if (self.h < self.f or self._fetch()) and self._next_in(_OPENING) and self._skip_bracketed_text() \
                and self.h - self.start > 3 and not self._next_is_lowercase():
            return "terminal"
        if self.h < self.f or self._fetch():
            self._move()
            if self._next_is_a_terminal():
                return "first" if self._move_and_maybe_extract_terminal(True) else "terminal"
            return "inner"
        return "end"

    def _inner_tokens(self) -> str:
        """InnerToken's step, taken again as long as the state stays InnerToken (written out: it is taken for most
        tokens), then the next state."""
        values, n = self.values, self.n
        while True:
            h, f = self.h, self.f
            if h == f:  # "if not self.is_empty or self._fetch_next()"
                if f == n:
                    return "end"
                self.f = f = f + 1
            # _move_and_skip_bracketed_text: _move, then a bracket after the token moved skipped, then a fetch if empty
            self.h = h = h + 1
            moved = True
            if h == f:
                moved = f < n
                if moved:
                    self.f = f = f + 1
            if moved and values[h] in _OPENING:
                self._skip_bracketed_text()
                h, f = self.h, self.f
            if h == f and f < n:
                self.f = f = f + 1
            if h < f and (values[h] in _TERMINALS or values[h] in _OPENING) and not self._move_and_maybe_extract_terminal(False):
                return "terminal"

    # -- State's helpers ----------------------------------------------------------------------
    def _fetch(self) -> bool:
        if self.f < self.n:
            self.f += 1
            return True
        return False

    def _next(self) -> str | None:
        return self.values[self.h] if self.h < self.f else None

    def _next_in(self, values) -> bool:
        return self.h < self.f and self.values[self.h] in values

    def _next_is_a_terminal(self) -> bool:
        return self.h < self.f and (self.values[self.h] in _TERMINALS or self.values[self.h] == "(")

    def _next_is_lowercase(self) -> bool:
        return self.h < self.f and self.values[self.h][:1].islower()

    def _next_has_no_spacing(self) -> bool:
        return self.h < self.f and not self.spaced[self.h]

    def _last(self) -> str:
        return self.values[self.h - 1] if self.h > self.start else ""

    def _move(self) -> bool:
        self.h += 1
        return self._fetch() if self.h == self.f else True

    def _move_and_skip_bracketed_text(self) -> bool:
        if self._move() and self._next_in(_OPENING):
            self._skip_bracketed_text()
        return self._fetch() if self.h == self.f else True

    def _find_end_of_bracketed_text(self) -> tuple[int, bool]:
        values, h = self.values, self.h
        depth, idx, first_is_title, last_is_terminal = 1, 1, None, False
        while (self.f - h > idx or self._fetch()) and idx < 50:
            value = values[h + idx]
            if first_is_title is None and value.isalnum():
                first_is_title = value.istitle()
            elif first_is_title and value.isalnum():
                last_is_terminal = values[h + idx + 1] in _TERMINALS if self.f - h > idx + 1 or self._fetch() else False
            if value in _OPENING:
                depth += 1
            elif value in _CLOSING:
                depth -= 1
                if depth == 0:
                    break
            idx += 1
        return (idx if depth == 0 else 0), bool(first_is_title and last_is_terminal)

    def _skip_bracketed_text(self) -> bool:
        closing, inner_sentence = self._find_end_of_bracketed_text()
        if closing > 0:
            h = self.h
            end = self.offsets[h + closing] + len(self.values[h + closing])
            if end - self.offsets[h] < State.max_bracket_skipping_length or not inner_sentence:
                self.h = h + closing + 1
                self._fetch()
                return True
        return False

    def _find_next_token_after_bracket(self) -> str:
        closing, inner_sentence = self._find_end_of_bracketed_text()
        if closing > 0 and not inner_sentence and (self.f - self.h > closing + 1 or self._fetch()):
            return self.values[self.h + closing + 1]
        return ""

    def _find_token_after_next(self) -> str:
        queued = self.f - self.h
        if queued > 0 and (queued > 1 or self._fetch()):
            return self.values[self.h + 1]
        return ""

    def _move_to_next_relevant_word_and_return_token_after_terminal(self) -> str:
        token = None
        if self._next_in(_OPENING) and self._last() not in _TERMINALS:
            self._skip_bracketed_text()
        else:
            while self.h < self.f and (self.values[self.h] in _TERMINALS or self.values[self.h] in _CLOSING):
                if not self._move():
                    break
                if token is None:
                    token = self._last()
            if self._next_in(_CLOSING_QUOTES) and self._next_has_no_spacing() and self._move() and token is None:
                token = self._last()
            while self.h < self.f and (self.values[self.h] in _TERMINALS or self.values[self.h] in _CLOSING):
                if not self._move():
                    break
                if token is None:
                    token = self._last()
            if self._next_in(_OPENING):
                token = self.values[self.h]
        if token is None and (self.h < self.f or self._fetch()):
            token = self.values[self.h]
        return "" if token is None else token

    def _move_and_maybe_extract_terminal(self, first_token: bool) -> bool:
        """True where the state goes on ("return self"), False where a sentence ends (Terminal)."""
        before = self._last()
        if not self._next_in(_OPENING):
            self._move()
        after = self._move_to_next_relevant_word_and_return_token_after_terminal()
        nxt = self._next()
        if nxt is not None and (nxt[:1].islower() or nxt in _INNER):
            return True
        if not (first_token and (len(before) == 1 or before in State.roman_numerals)) and nxt is not None and nxt in State.starters:
            return False
        if before in State.abbreviations and after not in _CLOSING:
            return True
        if before in ("no", "No", "NO") and nxt is not None and any(c.isnumeric() for c in nxt) and nxt.isalnum():
            return True
        no_spacing = self._next_has_no_spacing()
        if nxt is not None and nxt.isnumeric() and no_spacing:
            return True
        if no_spacing and (not after.istitle() or not after.isalpha() or len(after) == 1):
            return True
        if nxt is not None and nxt.isnumeric() and len(nxt) > 2:
            return True
        if before.isnumeric() and nxt is not None and nxt in State.months:
            return True
        if before in State.months and nxt is not None and nxt.isnumeric():
            return True
        if "." in before and after != ".":
            return True
        if (first_token or before.isupper()) and (len(before) == 1 or before in State.roman_numerals):
            return True
        if len(before) == 1 and before.isalpha() and before not in State.vowels:
            return True
        if after in _OPENING:
            after_brackets = self._find_next_token_after_bracket()
            after_opening = self._find_token_after_next()
            if after_brackets in _INNER:
                return True
            if after_opening.istitle():
                return False
            return bool(after_brackets[:1].islower())
        return False

