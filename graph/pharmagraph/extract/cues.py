"""Small text cues the rules share: negation, hedging, money, territories, areas, volumes.

>>> parse_money("a deal worth up to US$1.7 billion (about KRW 2.24 trillion)")
('USD 1.7 billion', 1700000000.0, 'USD')
>>> parse_money("Deal Worth Up to $1.76 Billion")  # a headline's capitals
('USD 1.76 billion', 1760000000.0, 'USD')
>>> parse_money("for EUR 160 million")
('EUR 160 million', 160000000.0, 'EUR')
>>> to_square_metres("spans 50,000 square meters")
50000.0
>>> round(to_square_metres("a 100,000-square-foot plant"))
9290
"""

from __future__ import annotations

import re

from pharmagraph.extract.regex_cache import compile_pattern

NEGATION = compile_pattern(
    r"\b(?:not|no\s+longer|has\s+yet\s+to|have\s+yet\s+to|yet\s+to\s+(?:be\s+)?(?:receive|obtain|grant|approve)|never|"
    r"without|neither|nor|declined|refused|rejected|withdrew|withdrawn|failed\s+to|denied|no\s+decision|"
    # "no treatment approved in China had been shown to ...": what is not approved
    r"no\s+(?:other\s+)?(?:[\w\-]+\s+){0,2}?(?:treatments?|therap(?:y|ies)|drugs?|medicines?|products?|vaccines?|options?|applications?|filings?)"
    # ("no product in the licensed portfolio is yet approved in China")
    r"(?:\s+(?:in|of|from)\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,2}?[\w\-]+)?"
    r"(?:\s+(?:has|had|have)\s+(?:yet\s+)?been|\s+(?:was|were|is|are)(?:\s+yet)?|\s+yet)?\s+(?:approved|authori[sz]ed|licen[sc]ed)|"
    # ("none of those products has been approved in China")
    r"none\s+of\s+(?:the\s+|those\s+|these\s+|its\s+|them\b)|"
    # "no European approval has been granted yet"
    r"no\s+(?:[\w\-]+\s+){0,2}?(?:approvals?|authori[sz]ations?|decisions?)\s+(?:has|have|had|was|were)\s+(?:yet\s+)?been)\b|n['’]t\b",
    re.I,
)
HEDGE = compile_pattern(
    r"\b(?:plans?\s+to|planned|planning|intends?\s+to|intended|expects?\s+to|expected\s+to|is\s+expected|are\s+expected|"
    r"anticipates?|anticipated|aims?\s+to|aiming|seeks?\s+to|will\s+seek|hopes?\s+to|hoping|would|could|(?-i:may|might)|"
    r"potential(?:ly)?|possible|upon\s+approval|if\s+approved|subject\s+to|pending|to\s+be\s+submitted|scheduled\s+to|"
    r"intention|target(?:s|ing)?\s+(?:a\s+)?(?:filing|submission|launch)|look(?:s|ing)?\s+forward|once\s+approved|"
    r"will\s+(?:file|submit|apply|launch)|prepar(?:e|es|ing)\s+to|in\s+the\s+future|"
    # ("it is in discussions with regulators ... about emergency or conditional authorisation")
    r"in\s+(?:discussions?|talks|negotiations?)\s+with|(?:discussing|negotiating)\s+with|"
    # ("an export agreement with Lotus to seek approval and market Nesbell in Taiwan": a goal)
    r"seek(?:s|ing)?\s+(?:[\w\-]+\s+){0,3}?(?:approval|authori[sz]ation|registration)|"
    # (a party's task: "responsible for obtaining approval", a table's "Biomm | Obtaining regulatory approval from ANVISA")
    r"responsib\w+\s+for\s+(?:[\w\-]+\s+){0,3}?(?:obtaining|seeking|securing)|(?-i:Obtaining|Seeking|Securing)\s+(?:[\w\-]+\s+){0,2}?(?:approvals?|authori[sz]ations?|registrations?)|"
    # ("Commercial launch depends on registration of the product by ANVISA": a condition)
    r"depend(?:s|ent|ing)?\s+(?:up)?on|contingent\s+(?:up)?on|"
    # ("the timing of any approval depends on those reviews": none yet)
    r"\bany\s+(?:future\s+|eventual\s+)?(?:approval|authori[sz]ation|registration)s?\b|"
    # ("working with the World Health Organization towards WHO prequalification": a goal)
    r"towards?\s+(?:[\w\-]+\s+){0,2}?(?:prequalification|approval|authori[sz]ation|registration|certification|licensure)|"
    # ("Should sparsentan be approved in Europe, ...": a condition)
    r"(?-i:Should)\s+(?:[\w\-]+\s+){1,3}?be\s+(?:approved|authori[sz]ed|granted))\b",
    re.I,
)
# "Once the vaccine has been approved in India, RDIF will supply ...": an approval as a condition, not a decision taken
APPROVAL_CONDITION = compile_pattern(r"\b(?:once|if|when|after|until)\s+(?:the\s+|its\s+|it\s+)?(?:[\w\-]+\s+){0,3}?(?:has|have|is|are)\s+"
                                     r"(?:been\s+)?(?:approved|authori[sz]ed|cleared|registered)\b", re.I)
FILING = compile_pattern(
    r"\b(?:submitted|submission|filed|filing|review(?:ed)?\s+by|accepted\s+(?:the\s+|its\s+|for\s+)?(?:\w+\s+){0,4}(?:for\s+)?review|"
    r"under\s+review|review\s+of|positive\s+opinion|recommend(?:ed|s|ation)|advisory\s+committee|PDUFA|"
    r"applied\s+(?:to\s+(?:the\s+)?[\w\-]+\s+)?for|application\s+(?:was\s+)?(?:accepted|filed|submitted)|"
    # ("the EMA has validated the marketing authorisation application": a filing accepted for review)
    r"validated\s+(?:the\s+|its\s+|a\s+)?(?:[\w\-]+\s+){0,4}?(?:application|MAA|BLA|NDA|dossier|submission))\b",
    re.I,
)
ENFORCEMENT = compile_pattern(
    r"\b(?:warning\s+letter|import\s+alert|Official\s+Action\s+Indicated|OAI|untitled\s+letter|recall|suspend(?:ed|s)?|"
    r"suspension|revoked|revocation|non-?compliance|refus(?:al|ed)|complete\s+response\s+letter|CRL|"
    r"\d+\s+observations|observations\s+(?:were|was)\s+(?:issued|cited)|"
    # ("issued a Form 483 listing its observations", "a Form 483 with four observations")
    # (and "issued a Form FDA 483 listing inspectional observations")
    r"Form\s+(?:FDA[\s-]+)?483\s+(?:listing|citing|containing|with)\s+(?:its\s+|the\s+|\w+\s+){0,2}observations?)\b",
    re.I,
)
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9,
          "b": 1e9, "trillion": 1e12, "tn": 1e12, "crore": 1e7, "crores": 1e7, "cr": 1e7, "lakh": 1e5, "lakhs": 1e5}
_CUR = {"$": "USD", "us$": "USD", "usd": "USD", "u.s.$": "USD", "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
        "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "yen": "JPY", "rmb": "CNY", "cny": "CNY", "yuan": "CNY",
        "krw": "KRW", "won": "KRW", "chf": "CHF", "inr": "INR", "rs.": "INR", "rs": "INR", "₹": "INR", "aed": "AED",
        "sek": "SEK", "dkk": "DKK", "cad": "CAD", "c$": "CAD", "a$": "AUD", "aud": "AUD", "hk$": "HKD", "hkd": "HKD",
        "us dollars": "USD", "dollars": "USD"}
MONEY = compile_pattern(
    r"(?P<pre>US\$|U\.S\.\s?\$|HK\$|C\$|A\$|USD|EUR|GBP|JPY|CNY|RMB|KRW|CHF|INR|AED|SEK|DKK|CAD|AUD|HKD|Rs\.?|[$€£¥₹])\s?"
    # (Indian releases: "Rs 13,630 crore", "₹1,36,300 lakh")
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    r"(?P<scale>(?i:thousand|million|billion|trillion|crores?|lakhs?)|mn|bn|mln|tn|Cr|cr|[kmMbB])?\b"
    r"|(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<scale2>(?i:thousand|million|billion|trillion|crores?|lakhs?)|mn|bn)?\s*"
    r"(?P<post>US\s+dollars|dollars|euros?|yuan|yen|won|USD|EUR|RMB|CNY|KRW|JPY|CHF|GBP)\b",
)
_SCALE_WORD = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}


def _fmt(num: float) -> str:
    return f"{num:,.3f}".rstrip("0").rstrip(".").replace(",", "") if num != int(num) else str(int(num))


def money_spans(text: str) -> list[tuple[str, float, str, int, int]]:
    """Every amount in ``text``: (normalised, value in units, currency, start, end)."""
    out = []
    for m in MONEY.finditer(text):
        cur_raw = (m.group("pre") or m.group("post") or "").lower().replace(" ", "")
        cur = _CUR.get(cur_raw) or _CUR.get(cur_raw.rstrip(".")) or ("USD" if "$" in cur_raw else None)
        if cur is None:
            continue
        num_text = m.group("num") or m.group("num2")
        scale_raw = (m.group("scale") or m.group("scale2") or "").lower()
        scale = _SCALE.get(scale_raw, 1.0)
        try:
            number = float(num_text.replace(",", ""))
        except ValueError:
            continue
        if scale == 1.0 and number >= 1e6:
            for s in (1e12, 1e9, 1e6):
                if number >= s:
                    number, scale = number / s, s
                    break
        word = _SCALE_WORD.get(scale, "") or ("crore" if scale == 1e7 else "lakh" if scale == 1e5 else "")
        label = f"{cur} {_fmt(number)}" + (f" {word}" if word else "")
        out.append((label, number * scale, cur, m.start(), m.end()))
    return out


def parse_money(text: str) -> tuple[str, float, str] | None:
    """The first amount in ``text`` as ("USD 8.4 billion", 8.4e9, "USD"), or None."""
    spans = money_spans(text)
    return spans[0][:3] if spans else None


PER_SHARE = compile_pattern(r"\s*(?:in\s+cash\s+)?(?:per|a|for\s+each)\s+(?:(?:ordinary|common|class\s+[a-z]|outstanding)\s+)*"
                            r"(?:shares?|ads|adss|american\s+depositary\s+shares?|unit)\b")


ENTERPRISE_VALUE = compile_pattern(r"(?i:enterprise\s+value)\s+(?:of\s+)?(?:about|approximately|around|some|roughly)?\s*$")


def deal_value(text: str) -> tuple[str, float, str] | None:
    """The headline amount of a deal sentence: the largest one not quoted per share."""
    best = None
    spans = money_spans(text)
    for label, value, cur, start, end in spans:
        after = text[end:end + 30].lower()
        if PER_SHARE.match(after):
            continue  # "US$2.00 per ordinary share (US$10.00 per ADS)": a price per share
        if len(spans) > 1 and ENTERPRISE_VALUE.search(text, max(0, start - 40), start):
            continue  # "values the share capital at £4.46 billion and implies an enterprise value of about £4.88 billion"
        if best is None or (cur == best[2] and value > best[1]) or (best[2] != "USD" and cur == "USD"):
            best = (label, value, cur)
    return best


AREA = compile_pattern(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<scale>thousand|million)?[\s-]*"
    r"(?P<unit>square[\s-]+met(?:er|re)s?|sq\.?\s*m\b|m²|m2\b|sqm\b|square[\s-]+f(?:ee|oo)t|sq\.?\s*ft\.?|ft²|hectares?)",
    re.I,
)
VOLUME = compile_pattern(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<scale>thousand|million|k)?[\s-]*(?P<unit>lit(?:er|re)s?|L)\b",
)


def _number(m: re.Match[str]) -> float:
    value = float(m.group("num").replace(",", ""))
    scale = (m.group("scale") or "").lower()
    return value * {"thousand": 1e3, "million": 1e6, "k": 1e3}.get(scale, 1.0)


def to_square_metres(text: str) -> float | None:
    """The first floor area in ``text``, in square metres."""
    m = AREA.search(text)
    if not m:
        return None
    value, unit = _number(m), m.group("unit").lower()
    if "f" in unit:
        value *= 0.09290304
    elif unit.startswith("hectare"):
        value *= 10_000
    return round(value, 2)


def to_litres(text: str) -> tuple[float, int] | None:
    """The first volume in ``text`` in litres, with its offset."""
    m = VOLUME.search(text)
    return (_number(m), m.start()) if m else None


def is_negated(text: str) -> bool:
    return bool(NEGATION.search(text))


def is_hedged(text: str) -> bool:
    return bool(HEDGE.search(text))


#: a possessive after a name: "Seagen's", "Novartis' " (the bare apostrophe after an s)
POSSESSIVE = compile_pattern(r"['’]s\b|(?<=[sxzSXZ])['’](?=\s)")  # ("Novavax’ vaccine": a bare apostrophe after s, x or z)
CLAUSE_BREAK = compile_pattern(r"[;:]|,\s+(?:and|but|while|whereas)\s")


def split_spans(text: str, breaks: re.Pattern[str]) -> list[tuple[int, int]]:
    """The spans of ``text`` between the matches of ``breaks`` (each break kept at the end of its span)."""
    cuts = [0] + [m.end() for m in breaks.finditer(text)] + [len(text)]
    return list(zip(cuts, cuts[1:]))


def clause_before(text: str, pos: int, reach: int | None = None) -> str:
    """The clause that leads up to ``pos`` (at most ``reach`` characters back): where the negations and hedges
    that govern a word at ``pos`` are, and not in another clause of the sentence."""
    return CLAUSE_BREAK.split(text[max(0, pos - reach) if reach else 0: pos])[-1]
# a company named as the subject's subsidiary ("said its Indonesian subsidiary Daewoong Biologics Indonesia has received")
SUBSIDIARY_BEFORE = compile_pattern(r"\b(?:its|their)\s+(?:[\w\-]+\s+){0,2}(?:subsidiary|affiliate)\s+(?:company\s+)?$")
