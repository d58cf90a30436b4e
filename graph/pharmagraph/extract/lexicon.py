"""Word lists and reference tables the rules read: regulators, countries, companies, targets,
indications, legal suffixes, industry head words and job titles.

Loaded once, offline, from ``data/reference`` (see :mod:`pharmagraph.ontology`).

>>> lexicon().regulator_by_name("ANMAT")["country_code"]
'AR'
>>> lexicon().primary_regulator("BR")["acronym"]
'ANVISA'
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import version

from retrie.trie import Trie

from pharmagraph.extract.casefold import Folded
from pharmagraph.extract.regex_cache import cached_text, compile_pattern
from pharmagraph.ontology import reference_path

LEGAL_SUFFIX = (
    # (Vietnam's and Russia's "Joint Stock Company", Thailand's "Public Company Limited")
    r"(?:(?:Public\s+)?Joint[\s-]Stock\s+Company|Public\s+Company\s+Limited|Private\s+Limited|Pvt\.?\s+Ltd\.?|Co\.,?\s?Ltd\.?|Co\.,?\s?Limited|Company\s+Limited|Pty\.?\s+Ltd\.?|Sdn\.?\s+Bhd\.?|Inc\.?|Incorporated|LLP|L\.L\.P\.|"
    r"Corp\.?|Corporation|Ltd\.?|Limited|LLC|L\.L\.C\.|plc|PLC|Plc|GmbH(?:\s*&\s*Co\.\s*KG)?|AG|SE|S\.A\.(?:B\.)?\s+de\s+C\.V\.|S\.\s?de\s+R\.L\.(?:\s+de\s+C\.V\.)?|S\.A\.I\.C\.|S\.A\.C\.I\.F\.|S\.A\.E\.|S\.A\.K\.|S\.A\.U?\.?|SAE|SAK|SACIF|SAICF|SAIC|SACI|SA|"
    r"S\.p\.A\.|SpA|N\.V\.|NV|B\.V\.|BV|A/S|AB|ASA|Oy|Oyj|KGaA|PSC|K\.K\.|S\.A\.S\.|SAS|S\.L\.|LP|L\.P\.|JSC|PJSC|"
    r"Tbk|SARL|S\.à\s?r\.l\.|Sàrl|ApS|S\.r\.l\.|Srl|SRL|s\.r\.o\.|Ltda\.?|Pte\.?\s+Ltd\.?|Kft\.?|Zrt\.?|"
    # (central and eastern Europe: "Fidelta d.o.o.", "Krka, d. d.", "Mabion sp. z o.o.", "Zentiva a.s.")
    r"d\.o\.o\.|d\.\s?d\.|[Ss]p\.\s?z\s?o\.o\.|a\.s\.|A\.Ş\.|Berhad|Bhd\.?|Co\.)"
)
INDUSTRY_HEADS = (
    "Pharmaceutical Industries", "Pharmaceuticals", "Pharmaceutical", "Pharma", "Biopharmaceuticals",
    "Biopharmaceutical", "Biopharma", "BioPharma", "Biopharm", "BioPharm", "Therapeutics", "Theragnostics",
    "Theranostics", "Biologics", "Biologicals", "Biosciences", "BioSciences", "Bioscience", "Biotech",
    "Biotechnology", "Biotechnologies", "Biotherapeutics", "BioSolutions", "Bioservices", "BioServices", "Laboratories", "Laboratorios",
    "Labs", "Medicines", "Healthcare", "Life Sciences", "Lifesciences", "Holdings", "Biomedical", "Oncology",
    "Genomics", "Vaccines", "Biosimilars", "Bio", "Diagnostics", "Pharmaceutica", "Medical", "Sciences",
    "Manufacturing Solutions", "Group", "Yakuhin", "Seiyaku", "Shinyaku",
    # the investors that buy drugmakers
    "Capital", "Partners", "Ventures", "Investments", "Fund",
)
ORG_PREFIX_HEADS = ("Institute", "Instituto", "Institut", "Istituto", "Centro", "Fundación", "University", "Universidad", "Universidade", "Universitas", "Université",
                    "Universität", "Universiteit", "Università", "Fundação", "Foundation",
                    "Laboratorios", "Laboratórios", "Laboratorio", "Laboratório", "Laboratoires")
# heads that name an institution only before "of" or after its name ("Chinese Academy of Medical Sciences", "Baylor
# College of Medicine", "Massachusetts General Hospital"; "College Station" is a town)
ORG_OF_HEADS = ("Academy", "Hospital", "College", "School", "Society", "Association")
NOT_NAME_WORDS = {
    "The", "A", "An", "This", "That", "These", "Our", "Its", "Their", "His", "Her", "In", "On", "At", "For", "It", "We", "They",
    "With", "By", "From", "Media", "Analysts", "Investors", "Officials", "Sources", "Shareholders", "Patients", "Doctors",
    "Researchers", "Regulators", "Authorities", "Management", "Sales", "Revenue", "Data", "Results", "Experts", "Critics", "To", "Of", "And", "Under", "As", "After", "Before", "During", "Since", "Following",
    "According", "Currently", "Today", "Global", "Leading", "Chinese", "Korean", "Japanese", "Indian",
    "American", "European", "Swiss", "German", "Both", "Each", "All", "Other", "New", "Such", "Most",
    "Several", "Key", "About", "Having", "Being", "Outside", "Inside", "Across", "Within", "Beyond", "Under", "Through", "Together", "Based", "Now", "Once", "Thanks", "Although", "Dr", "Mr", "Ms", "Prof", "While", "When", "If", "Also", "Meanwhile", "However", "Moreover", "Further",
    "Separately", "Additionally", "Furthermore", "Previously", "Recently", "Earlier", "Later", "Finally", "Overall", "Importantly",
    "Notably", "Specifically", "Similarly", "Likewise", "Subsequently", "Initially", "Ultimately", "Consequently",
    "Alongside", "Besides", "Beside", "Aside", "Apart", "Along", "Near", "Via", "Unlike", "Including", "Excluding", "Despite",
    "Amid", "Among", "Between", "Toward", "Towards", "Upon", "Until", "Without", "Whereas", "Whether", "Where", "Here", "There",
}
#: parts of the world: places, never products or companies
CONTINENTS = {"Asia", "Europe", "Africa", "America", "North America", "South America", "Latin America", "Oceania",
              "Middle East", "Asia Pacific", "Asia-Pacific", "Antarctica", "Australasia"}
TITLE_WORDS = (
    # ("Oncology Chief Development Officer": a division before the office)
    r"(?i:(?:(?-i:(?:Oncology|Biopharma(?:ceuticals)?|BioPharmaceuticals|Vaccines|Immunology|Neuroscience|Pharma|Generics|Biosimilars|"
    r"Consumer\s+Health|Healthcare|Animal\s+Health|International)\s+)?(?:Global\s+|Group\s+|Deputy\s+|Interim\s+|Acting\s+|Senior\s+|Co-)?Chief\s+[A-Z][\w&]*(?:\.[A-Z]\.)?(?:\s+(?:and\s+)?[A-Z][\w&]*){0,3}\s+Officer|(?:Global\s+|Group\s+|Interim\s+|Acting\s+|Co-)?(?:CEO|CFO|COO|CSO|CMO|CTO|CCO|CBO|CIO)"
    # (a business after the office: "CEO Healthcare of Merck KGaA")
    r"(?:\s+(?-i:Healthcare|Life\s+Science|Electronics|Consumer\s+Health|Biopharma|Pharma|Generics|Vaccines)(?=\s+(?:of|at)\s))?|"
    r"(?:(?:Senior|Executive|Corporate|Group|Global)\s+){0,2}Vice[\s-]President|SVP|EVP|VP|"
    # a region or business after "President" ("President APAC", "President Biopharma"); the British "Group Chief Executive"
    r"(?:Global\s+|Group\s+|Regional\s+)?President(?:\s+(?-i:APAC|EMEA|LATAM|MENA|Americas|Europe|International|Asia[\s-]Pacific|Japan|China|Biopharma|Pharma|"
    r"Oncology|Vaccines|Generics|Biosimilars|Consumer\s+Health|Director)(?![\w-]))?|(?:Group\s+)?Chief\s+Executive|"
    # "Division Head of Rheumatology", "Clinical and Regulatory Affairs Manager", "sarcoma medical oncologist"
    r"(?:Division|Department|Section)\s+Head(?:\s+of\s+(?-i:[A-Z])\w*(?:\s+(?:and\s+|&\s+)?(?-i:[A-Z])\w*)*)?|"
    r"(?-i:(?:[A-Z][a-z]+\s+(?:and\s+|&\s+)?){1,3}Affairs\s+(?:Manager|Director|Lead))|"
    # a function before the office: "Business Development Director", "Investor Relations Manager", "Quality Head"
    r"(?-i:(?:Global\s+|Regional\s+|Senior\s+|Group\s+)?(?:(?:Business|Corporate|Product|Process)\s+Development|(?:Investor|Public|Media|Government)\s+Relations|"
    r"Research(?:\s+(?:and|&)\s+Development)?|R&D|Quality(?:\s+Assurance|\s+Control)?|Manufacturing|Communications|Regulatory|Clinical|"
    r"Supply\s+Chain|Human\s+Resources|Strategy|Innovation|Legal|Production|Market\s+Access|Engineering|"
    # ("Business Head", "Global Commercial Head")
    r"Business|Commercial|Marketing|Sales|Finance|Technical|Operations))\s+(?:Director|Manager|Head|Lead)(?![\w-])|"
    r"(?-i:(?:[a-z]+\s+){0,2}(?:oncologist|cardiologist|ha?ematologist|neurologist|rheumatologist|dermatologist|"
    r"endocrinologist|immunologist|epidemiologist|hepatologist|nephrologist|pulmonologist|physician|surgeon))|"
    # ("Vice Chairman of the Executive Committee")
    r"(?:Executive\s+|Non-Executive\s+|Independent\s+|Honorary\s+|Interim\s+|Acting\s+|Board\s+|Group\s+)?(?:Vice[\s-]|Co-)?Chair(?:man|woman|person)?(?:\s+of\s+the\s+(?:(?:Supervisory\s+|Executive\s+|Management\s+|(?:Scientific\s+)?Advisory\s+)?Board(?:\s+of\s+(?:Managing\s+)?(?:Directors|Management))?|"
    r"(?:Executive|Management|Operating|Steering|Scientific\s+Advisory)\s+Committee))?|"
    r"(?:Interim\s+|Acting\s+)?(?:Joint\s+|Deputy\s+|Associate\s+|Assistant\s+|Senior\s+|Group\s+|Global\s+|Co-|Lead\s+)?"
    r"(?:Executive\s+|Managing\s+|Representative\s+|Non-Executive\s+|Independent\s+|Medical\s+|Scientific\s+|Research\s+|Program\s+|Country\s+|Regional\s+|Whole[\s-]time\s+|"
    r"Financial\s+|Finance\s+|Technical\s+|Commercial\s+|Operations\s+|(?:Deputy\s+)?General\s+)?Director(?:[\s-]General)?|"
    r"(?:Executive\s+)?(?:Vice[\s-]|Co-)?Chair(?:man|woman|person)|(?:Country\s+|Regional\s+)?General\s+Manager|(?:Senior\s+)?(?:Country|Regional|Site|Plant|Program|Project|Product|Marketing|Sales|Operations|Portfolio|Fund|Investment)\s+Manager|"
    r"(?:Senior\s+)?Medical\s+Officer|(?:Regional|Country|Global)\s+Head(?:\s+(?-i:[A-Z])[a-z]+){1,3}|Head\s+of\s+(?:the\s+)?(?:Department|Division|Section)\s+of\s+(?-i:[A-Z])\w*(?:\s+(?:and\s+|&\s+)?(?-i:[A-Z])\w*)*(?=\s+(?:at|of)\s)|(?:Global\s+)?Head(?:(?=\s+of\s+(?:the\s+)?(?-i:[A-Z]{2,})\b)|(?:,|\s+of)\s+[\w&][\w&\s-]*?(?:\s+\((?-i:[A-Z]{2,6})\)(?=\s+at\s))?)|(?:Co-)?[Ff]ounder|Board\s+Member|"
    r"(?:Assistant\s+|Associate\s+)?Professor(?:\s+of\s+(?-i:[A-Z])\w*(?:\s+(?:and\s+|&\s+)?(?-i:[A-Z])\w*)*)?|"
    r"(?:Vice[\s-])?Mayor|Governor|Prefect|State\s+Councill?or|(?:Pro-|Deputy\s+)?Vice[\s-]Chancellor|"
    r"Minister(?:\s+of\s+(?-i:[A-Z])\w*(?:\s+(?:and\s+|&\s+)?(?-i:[A-Z])\w*)*)?|(?:Federal\s+|Deputy\s+|Associate\s+)?Commissioner|"
    # ("Secretary of State for Business, Energy and Industrial Strategy", "Secretary of State for Wales")
    r"Secretary(?:\s+of\s+State(?:\s+for\s+(?-i:[A-Z])\w*(?:(?:,\s+|\s+and\s+|\s+&\s+)(?-i:[A-Z])\w*)*)?)?|Principal\s+Investigator|"
    # a regulator's or a university's officers: "Chief Medical Adviser at Health Canada", "Rector of Erciyes University"
    r"(?:Chief|Senior|Principal)\s+(?:Medical|Scientific|Science|Technical)\s+Advis[eo]r|(?:Vice[\s-])?Rector|"
    r"(?<!Chief\s)(?:(?:Senior|Corporate|Managing)\s+){0,2}Executive\s+Officer|(?:Senior|Strategic|Special)\s+Advis[eo]r|Corporate\s+Executive|"
    r"Member\s+of\s+the\s+(?:Supervisory\s+|Management\s+|Executive\s+)?Board(?:\s+of\s+(?:Directors|Management))?|"
    r"(?-i:(?:[A-Z][A-Za-z]+\s+){0,2}(?:Business\s+)?Unit\s+Head)|"
    r"(?:Assistant\s+|Associate\s+)?Dean(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])\w*(?:\s+(?:and\s+|&\s+|of\s+)?(?-i:[A-Z])\w*)*)?|(?:Representative\s+)?Corporate\s+Officer|"
    # (a bare "partner" only with its capital or before "at"/"of": "a partner at Quintara", not "our partner Hana Pharm")
    r"(?:Managing\s+|General\s+|Senior\s+|Founding\s+|Operating\s+|Venture\s+)Partner|(?-i:Partner|partner(?=\s+(?:at|of|in)\s))|(?-i:[A-Z][a-z]+\s+)?(?:Site|Plant)\s+Head|(?-i:Lead)|Treasurer|(?-i:Promoter)|Company\s+Secretary|(?-i:(?:[A-Z][a-z]+\s+){1,3}(?:Leader|Lead)))"
    # a successor named before taking office, or one standing in: "CEO Designate", "President-elect", "CEO ad interim"
    r"(?:[\s-](?:designate|elect)(?![\w-])|\s+ad\s+interim\b)?)"
)
#: service types: what press releases write -> the controlled label
SERVICE_TYPES = [
    (r"\bCRDMO\b|contract research,?\s+development,?\s+and\s+manufacturing\s+organi[sz]ation", "CRDMO"),
    (r"\bCDMO\b|contract\s+development\s+and\s+manufacturing\s+(?:organi[sz]ation|services?|partner)", "CDMO"),
    (r"\bCMO\b(?!\s*[,)]?\s*(?:of|at)\b)|contract\s+manufacturing\s+(?:organi[sz]ation|services?|partner|agreement)|contract\s+manufacturer", "CMO"),
    (r"\bCRO\b|contract\s+research\s+organi[sz]ation", "CRO"),
    (r"\bCDO\b|contract\s+development\s+(?:organi[sz]ation|agreement|services?)", "CDO"),
    (r"\bIDMO\b|integrated\s+development\s+and\s+manufacturing\s+organi[sz]ation", "CDMO"),
]


def _rows(name: str) -> list[dict[str, str]]:
    try:
        with reference_path(name).open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    except FileNotFoundError:
        return []


def name_union(names) -> str:
    """A regex for any of ``names``, as a trie ("ab(?:c|d)" for "abc|abd").

    Python's re scans a trie many times faster than a flat alternation of hundreds of names. Where
    several names match at one position the longest is tried first, as in a longest-first
    alternation (they all lie on one branch of the trie); under re.I this holds because the names
    given are lower-case, so no two branches of one node match the same letter.
    """
    unique = sorted({n for n in names if n})
    if len(unique) < 100:
        return Trie(*unique).pattern()
    # building the trie of a gazetteer takes tens of milliseconds: kept in the per-user cache
    return cached_text(f"trie-{version('retrie')}", unique, lambda: Trie(*unique).pattern())


def _alternation(names: list[str], flags: int = 0, joined: str = "") -> re.Pattern[str] | Folded | None:
    """Any of ``names`` as a whole word (or joined by a hyphen to a word of ``joined``, an alternation)."""
    if not any(names):
        return None
    end = rf"(?![\w-])|(?=-(?:{joined})\b)" if joined else r"(?![\w-])"
    pattern = compile_pattern(rf"(?<![\w-])(?:{name_union(names)})(?:{end})", flags)
    return Folded(pattern) if flags & re.IGNORECASE else pattern  # (names given in lower case)


@dataclass
class Lexicon:
    """Reference tables with fast look-ups."""

    regulators: list[dict[str, str]] = field(default_factory=list)
    countries: list[dict[str, str]] = field(default_factory=list)
    companies: list[dict[str, str]] = field(default_factory=list)
    targets: dict[str, str] = field(default_factory=dict)  # lower name/alias -> canonical
    indications: dict[str, str] = field(default_factory=dict)
    _reg_names: dict[str, dict[str, str]] = field(default_factory=dict)
    _reg_names_ci: dict[str, dict[str, str]] = field(default_factory=dict)
    _country_names: dict[str, dict[str, str]] = field(default_factory=dict)
    _company_names: dict[str, dict[str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for row in self.regulators:
            names = [row["acronym"], row["name_en"], row["name_native"], *row["aliases"].split("|")]
            row["_names"] = "|".join(n for n in names if n)
            for n in names:
                if not n:
                    continue
                if n.isupper() or len(n) <= 6:
                    self._reg_names.setdefault(n, row)
                else:
                    self._reg_names_ci.setdefault(n.lower(), row)
        for row in self.countries:
            for n in [row["name"], row["adjective"], *row["aliases"].split("|")]:
                if n:
                    self._country_names.setdefault(n, row)
        for row in self.companies:
            for n in [row["name"], *row["aliases"].split("|")]:
                if n:
                    self._company_names.setdefault(n, row)
                    if "'" in n:  # ("Dr. Reddy’s" as typeset, beside the table's "Dr. Reddy's")
                        self._company_names.setdefault(n.replace("'", "’"), row)
        # ("an FDA-approved vaccine", "WHO-prequalified vaccines": the agency that decided)
        self.regulator_pattern = _alternation(list(self._reg_names), joined=r"approved|licensed|cleared|authori[sz]ed|prequalified|registered")
        self.regulator_pattern_ci = _alternation(list(self._reg_names_ci), re.I)
        self.country_pattern = _alternation(list(self._country_names))
        self.company_pattern = _alternation([n for n in self._company_names if len(n) > 2])
        self.target_pattern = _alternation(list(self.targets), re.I)
        self.indication_pattern = _alternation(list(self.indications), re.I)

    def regulator_by_name(self, name: str) -> dict[str, str] | None:
        return self._reg_names.get(name) or self._reg_names_ci.get(name.lower())

    def regulator_by_id(self, rid: str) -> dict[str, str] | None:
        return next((r for r in self.regulators if r["id"] == rid), None)

    def primary_regulator(self, country_code: str) -> dict[str, str] | None:
        """The medicines regulator of a country (the first row of the table for that code)."""
        return next((r for r in self.regulators if r["country_code"] == country_code), None)

    def country(self, name: str) -> dict[str, str] | None:
        return self._country_names.get(name)

    def company(self, name: str) -> dict[str, str] | None:
        return self._company_names.get(name)

    def acronyms(self) -> list[str]:
        return [r["acronym"] for r in self.regulators if r["acronym"].isupper()]


@cache
def cased_short_forms(name: str) -> dict[str, str]:
    """The short forms of a table written in mixed case ("PsA"), by their lower case: such a form is only itself
    ("PSA", prostate-specific antigen, is no "PsA", psoriatic arthritis)."""
    return {n.lower(): n for row in _rows(name) for n in [row["name"], *row.get("aliases", "").split("|")]
            if n and len(n) <= 6 and n != n.lower() and n != n.upper()}


def _canon_table(rows: list[dict[str, str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for row in rows:
        for n in [row["name"], *row.get("aliases", "").split("|")]:
            if n:
                table.setdefault(n.lower(), row["name"])
    return table


@cache
def lexicon() -> Lexicon:
    """The reference tables, read once per process."""
    return Lexicon(
        regulators=_rows("regulators.csv"),
        countries=_rows("countries.csv"),
        companies=_rows("companies.csv"),
        targets=_canon_table(_rows("targets.csv")),
        indications=_canon_table(_rows("indications.csv")),
    )
