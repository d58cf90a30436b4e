"""Dates as press releases write them, to ISO 8601.

>>> parse_date("December 22, 2025")
'2025-12-22'
>>> parse_date("Jan. 8, 2024")
'2024-01-08'
>>> find_dates("In July 2019 the plant ... on 5 June 2025")
[('2019-07', 3, 12), ('2025-06-05', 30, 41)]
"""

from __future__ import annotations

import re

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
DATE_PATTERNS = [
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)\b"),
    re.compile(_MONTH + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)年(?P<m>[01]?\d)月(?P<d>[0-3]?\d)日"),
    re.compile(r"(?<![\w-])" + _MONTH + r",?\s+(?P<y>(?:19|20)\d\d)\b"),
]


def _iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    year = int(parts["y"])
    month = MONTHS[parts["mon"][:3].lower()] if parts.get("mon") else int(parts["m"])
    if not 1 <= month <= 12:
        return None
    if parts.get("d") is None:
        return f"{year:04d}-{month:02d}"
    day = int(parts["d"])
    if not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_dates(text: str) -> list[tuple[str, int, int]]:
    """Every date in ``text`` as (ISO string, start, end), most precise pattern first per span."""
    found: list[tuple[str, int, int]] = []
    taken: list[tuple[int, int]] = []
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            iso = _iso(m)
            if iso:
                found.append((iso, m.start(), m.end()))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda x: x[1])


def parse_date(text: str) -> str | None:
    """The first date in ``text`` in ISO 8601, or None."""
    dates = find_dates(str(text))
    return dates[0][0] if dates else None
