"""Text -> mentions: organisations, regulators, products, people and places, with spans.

Recognition is by reference tables (regulators, countries, well-known companies), by the shape
of names (legal suffixes, industry head words, research codes, trademark marks, INN stems) and by
context ("X, a CDMO", "X (NYSE: ...)", "X today announced", "About X"). Names of one organisation
written differently in one document (short forms, casing, typos) are grouped under one key.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from pharmagraph.extract import fast_re as re
from pharmagraph.extract.lexicon import (
    CONTINENTS,
    INDUSTRY_HEADS,
    LEGAL_SUFFIX,
    NOT_NAME_WORDS,
    ORG_OF_HEADS,
    ORG_PREFIX_HEADS,
    TITLE_WORDS,
    lexicon,
    name_union,
)
from pharmagraph.extract.names import (
    POST_NOMINALS,
    clean_name,
    company_key,
    org_key,
    person_name,
    slug,
    strip_legal,
)
from pharmagraph.extract.places import is_city, is_region
from pharmagraph.extract.regex_cache import compile_pattern
from pharmagraph.extract.screen import finditer_before
from pharmagraph.model import Mention, Sentence

# one capitalised word of a name: BioDlink, C-Ray, 3SBio, Kelun-Biotech, Reddy's, LigaChem
SP = r"[ \t\u00a0]"
# ... and names that open with a lower-case prefix: mAbTree, mAbxience, iTeos, eGenesis, uniQure (not mRNA, siRNA, mAbs)
# (and "St." before a name: "St. Joseph's Health Care London")
TOK = r"(?:St\.(?=[ \t]+[A-Z])|[A-Z][\w'’\-]*[\w]|[A-Z]|\d+[A-Z][\w\-]*|[A-Z]\.(?:[A-Z]\.)+)"
# names written in lower case ("argenx", "bluebird bio"): only as a role's organisation, and only when known
LOWER_ORG = r"[a-z][a-z]*[A-Za-z0-9]*(?:\s+bio)?(?=[\s.,;])"
CAMEL_START = compile_pattern(r"(?!mAbs\b)[a-z]{1,3}[A-Z][a-z]|[a-z]{3,5}[A-Z]$")
NAME_SEQ = rf"{TOK}(?:(?:{SP}+|{SP}*&{SP}*|-){TOK}){{0,5}}"
# ... and with the small words of Romance and German names, where a legal form closes it ("Brainfarma Indústria Química e
# Farmacêutica S.A.", "Laboratorios Farmacéuticos Rovi y Asociados S.A.")
LEGAL_NAME_SEQ = rf"{TOK}(?:(?:{SP}+(?:e|y|und|et|de|do|da|del|di|der){SP}+|{SP}+|{SP}*&{SP}*|-){TOK}){{0,6}}"
# first in patterns that try several look-behinds or a name at every position: most positions fail it at once
CAPITAL_NEXT = r"(?=[A-Z]|\d)"
_HEADS = name_union(INDUSTRY_HEADS)
# ... and one whose name opens in lower case, with a head word or legal form: "mAbTree Biologics AG", "iTeos Therapeutics"
# (not mRNA, siRNA, mAbs; a pattern of its own: in TOK, the lower-case start slowed every name pattern by a tenth)
# (or a capital closing the first word: "invoX Pharma")
ORG_CAMEL = compile_pattern(rf"(?<![\w-])(?P<name>(?:(?!mAbs\b)[a-z]{{1,3}}[A-Z][a-z][\w\-]*[\w]|[a-z]{{3,5}}[A-Z](?={SP}))(?:(?:{SP}+|-){TOK}){{0,3}}?{SP}+(?:{_HEADS}))(?![\w-])")
MONTHS_AND_DAYS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
                   "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
# ... and alone where a company is named: "a licence agreement signed with uniQure", "developed by uniQure", "iTeos's"
ORG_CAMEL_ALONE = compile_pattern(r"(?<![\w-])(?=[a-z]{1,3}[A-Z][a-z])(?<=\s)(?:(?<=\bwith\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\band\s)|(?<=\bof\s))"
                                  r"(?P<name>(?!mAbs\b)[a-z]{1,3}[A-Z][a-z]{2,}[A-Za-z]*)"
                                  r"(?![\w-])(?!\s+(?:vaccines?|platform|technology|system|devices?)\b)")
CAMEL_BEFORE = compile_pattern(r"(?<![\w-])(?:(?!mAbs\b)[a-z]{1,3}[A-Z][a-z][\w\-]*|[a-z]{3,5}[A-Z])[ \t]+$")
ORG_BY_HEAD = compile_pattern(rf"(?<![\w-])(?P<name>(?:{TOK}(?:{SP}+|{SP}*&{SP}*|-)){{1,5}}(?:{_HEADS}))(?![\w-])(?!{SP}+(?!{LEGAL_SUFFIX})[A-Z][a-z])")
# "Biogen (Denmark) Manufacturing ApS", "C-Ray Therapeutics (Chengdu) Co., Ltd."
# (an acronym and a word in lower case, "SK biotek Co., Ltd.", is a name only with its legal form)
ORG_BY_LEGAL = compile_pattern(rf"(?<![\w-])(?P<name>(?:{LEGAL_NAME_SEQ}|[A-Z]{{2,5}}{SP}+[a-z]{{3,}})(?:{SP}*\([A-Z][\w ]*\)(?:{SP}+{NAME_SEQ})?)?(?:,{SP}*|{SP}+){LEGAL_SUFFIX})(?![\w])")
GENERIC_WORDS_AFTER_OF = {w.lower() for h in INDUSTRY_HEADS for w in h.split()} | {
    "technology", "technologies", "science", "sciences", "medicine", "medicines", "industry", "industries", "commerce", "trade",
    "development", "investment", "investments", "products", "materials", "engineering", "innovation", "research", "and", "&"}
# ... or with an "of" inside: "Hefei Tianhui Incubator of Technologies Co., Ltd." (kept only where no word before the
# "of" is one the text writes in lower case: not "Completion of Acquisition of Biomere Inc.")
ORG_BY_LEGAL_OF = compile_pattern(rf"(?<![\w-])(?P<name>{TOK}(?:{SP}+{TOK}){{0,3}}{SP}+of{SP}+{TOK}(?:{SP}+{TOK}){{0,2}}(?:,{SP}*|{SP}+){LEGAL_SUFFIX})(?![\w])")
# ... and a name written in lower case before its legal form: "bluebird bio, Inc.", "apceth Biopharma GmbH" (not a
# capitalised name's lower-case word: see organisations())
ORG_LOWER_LEGAL = compile_pattern(rf"(?<![\w\-.])(?P<name>[a-z][a-z0-9]{{2,}}(?:{SP}+(?:bio|pharma|{_HEADS})){{0,2}})(?:,{SP}*|{SP}+){LEGAL_SUFFIX}(?![\w])")
NOT_LOWER_NAMES = {"company", "group", "holding", "holdings", "subsidiary", "and", "of", "the", "its", "their", "corporation", "pharmaceutical",
                   "pharmaceuticals", "pharma", "bio", "biotech", "international", "global", "partners", "trading", "venture", "firm"}
# a legal form written first: Indonesia's "PT Bio Farma", "PT Kalbe Farma Tbk"
ORG_BY_LEGAL_PREFIX = compile_pattern(rf"(?<![\w-])(?P<name>PT{SP}+{TOK}(?:{SP}+{TOK}){{0,4}}(?:{SP}+Tbk\.?)?)(?=\s*[(),.;:]|\s+[a-z]|\s*$)")
_PREFIX_HEADS = "|".join(ORG_PREFIX_HEADS)
_OF_HEADS = "|".join(ORG_OF_HEADS)
ORG_BY_PREFIX = compile_pattern(
    rf"(?<![\w-])(?P<name>(?:{TOK}(?:&{TOK})?{SP}+){{0,3}}(?:(?:{_PREFIX_HEADS})(?:{SP}+(?:of|for|de|do|da|der|für)(?:{SP}+the)?)?|(?:{_OF_HEADS}){SP}+(?:of|for)(?:{SP}+the)?)(?:{SP}+(?!{LEGAL_SUFFIX}){TOK}){{1,4}}"
    rf"(?:{SP}+(?:of|for|and(?!{SP}+[A-Z]{{2,}}\b)){SP}+{TOK}(?:{SP}+(?!{LEGAL_SUFFIX}){TOK}){{0,2}})*(?:,?{SP}+{LEGAL_SUFFIX})?"
    rf"|{TOK}(?:&{TOK})?(?:{SP}+{TOK}(?:&{TOK})?){{0,2}}{SP}+(?:{_PREFIX_HEADS}|{_OF_HEADS}))(?![\w-])"
)
ORG_BY_TICKER = compile_pattern(
    rf"{CAPITAL_NEXT}(?P<name>{NAME_SEQ})(?:,?\s+{LEGAL_SUFFIX})?\s*\((?:[A-Z]+(?:\s[A-Z]+)?\s*:\s*[\w.]+[;,]?\s*)+\)"
)
_APPOSITION_NOUNS = (r"(?:company|companies|CDMO|CRDMO|CRO|CMO|CDO|IDMO|biotech|biotechnology company|pharmaceutical company|"
                     r"manufacturer|developer|organi[sz]ation|specialist|leader|distributor|provider|firm|group|enterprise|"
                     r"drugmaker|drug maker|innovator|subsidiary|institute|partner|producer|member|unit|division|arm|affiliate|conglomerate|"
                     r"supplier|wholesaler|consultancy|investor|investment firm|foundation|charity|non-profit organi[sz]ation)\b")
ORG_BY_APPOSITION = compile_pattern(
    rf"{CAPITAL_NEXT}(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=--\s)|(?<=—\s)|(?<=–\s)|(?<=\band\s)|(?<=,\s)|(?<=\bwith\s)|(?<=\bby\s)|(?<=\bof\s)|(?<=\bat\s)|(?<=\bto\s)|(?<=\bfrom\s))"
    rf"(?P<name>{NAME_SEQ})(?:\s*\([\"“][^()]{{1,40}}\))?,\s+(?:a|an|the|one of the)\s+(?:[\w\-.]+\s+){{0,6}}?"
    rf"{_APPOSITION_NOUNS}(?!['’])"  # (not "L HOUSE, the company's vaccine plant")
)
ORG_BY_VERB = compile_pattern(
    # (or after a date: "In April 2018, Kolmar Korea completed its acquisition of ...")
    rf"{CAPITAL_NEXT}(?:^|(?<=[.;:\"“]\s)|(?<=\n)|(?<=--\s)|(?<=—\s)|(?<=–\s)|(?<=\d,\s))(?P<name>{NAME_SEQ})(?:,?\s+{LEGAL_SUFFIX})?"
    # (and its short name defined: "Sterling Pharma Solutions ("Sterling") announced")
    r"(?:\s*\([\"“][^()]{1,40}\))?\s+(?:today\s+)?(?:announced|announces|reported|reports|has\s+received|received|has\s+been\s+granted|"
    r"has\s+obtained|obtained|has\s+signed|signed|has\s+entered|entered|will\s+acquire|has\s+acquired|acquired|bought|completed|"
    r"agreed|has\s+agreed|is\s+(?:a|an|the)\b)"
)
# ... or past a relative clause or where it is based: "Aesica, which Consort bought in 2014, is a contract development
# and manufacturing organisation", "Bespak, based in King's Lynn, Norfolk, designs and manufactures inhaler valves"
ORG_BY_VERB_PAST_CLAUSE = compile_pattern(
    rf"{CAPITAL_NEXT}(?:^|(?<=[.;:\"“]\s)|(?<=\n))(?P<name>{NAME_SEQ})(?:,?\s+{LEGAL_SUFFIX})?"
    r",\s+(?:(?:which|who)\s+[^,;()]{1,120}|(?:based|headquartered|located)\s+in\s+[^;()]{1,60}?),\s+"
    r"(?:is\s+(?:a|an|the)\b|(?:designs|develops|manufactures|makes|produces|provides|offers|operates)\b)"
)
ORG_BY_GRANT = compile_pattern(
    rf"\b(?:granted|grants|gave|gives|licensed\s+(?:\w+\s+){{0,6}}?to)\s+(?P<name>{NAME_SEQ})(?:,?\s+{LEGAL_SUFFIX})?\s+"
    r"(?:an?\s+|the\s+)?(?:exclusive|worldwide|global|co-exclusive|non-exclusive|license|licence|rights|option|"
    r"(?:commerciali[sz]ation|marketing|distribution|development|regional|sales)\s+(?:rights|licen[cs]e))"
)
# "the acquisition of Shire in January 2019", "which Shire acquired", "its $2.1 billion acquisition of Endocyte": a
# bought company, the maker or owner of what is bought (a product or a site is named so too: such names are kept out
# by the product and place finders first)
ORG_BY_DEAL = compile_pattern(
    rf"\b(?:acquisition\s+of|acquires|acquired|acquiring|to\s+acquire|(?:will|would|shall)\s+acquire|takeover\s+of|merger\s+with|purchase\s+of|bought|stake\s+in|"
    rf"paid\s+(?:[A-Z]{{0,3}}\$|[€£¥])?\s?\d[\d.,]*\s*(?:million|billion|bn|m)?\s+for)\s+(?P<name>{NAME_SEQ})"
    rf"(?:,?\s+{LEGAL_SUFFIX})?(?=\s*[,.;)]|\s+\([A-Z]{{2,8}}\)|\s+(?:for|in|from|and|at|last|earlier|the|which|through|under|on|was|is|has|had|will)\b)"
    rf"|(?<=\bwhich\s)(?P<name2>{NAME_SEQ})\s+(?:had\s+|has\s+)?(?:acquired|bought)\b"
)
# "Dermira was acquired by Eli Lilly and Company in 2020" (tried only in texts that say so: see NEEDS)
ORG_BY_PASSIVE_DEAL = compile_pattern(rf"{CAPITAL_NEXT}(?P<name>{NAME_SEQ})(?:,?\s+{LEGAL_SUFFIX})?\s+(?:was|were|has\s+been|had\s+been)\s+"
                                      r"(?:acquired|bought|purchased|taken\s+over)\s+by\b")
# "the U.S. agricultural company Monsanto", "the Swiss CDMO Siegfried": named as what it is (a town's name too)
# ("in-licensed it from Korean biotechnology company Oscotec": a preposition may stand for the article)
ORG_BY_KIND = compile_pattern(rf"\b(?:the|a|an|its|their|from|with|by)\s+(?:[\w.\-]+\s+){{0,3}}?(?:company|biotech|drugmaker|CDMO|CRDMO|CRO|pharmaceutical\s+group|"
                              rf"biotechnology\s+firm|spin-?off|subsidiary|partner)\s+(?P<name>{NAME_SEQ})(?:,?\s+{LEGAL_SUFFIX})?(?=\s*[,.;)]|\s+(?:in|for|and|to|from|with|which|that|was|is|has|had|will)\b)")
ORG_BY_ACRONYM = compile_pattern(rf"(?<![\w-])(?P<name>{TOK}(?:{SP}+{TOK})*{SP}+(?:and|&){SP}+{TOK}(?:{SP}+{TOK}){{0,3}},?{SP}+{LEGAL_SUFFIX}){SP}*\((?:the{SP}+)?"
                            # (or a quoted short name first: ("China Grand Pharma" or "CGP"))
                            rf"(?:[\"“][A-Z][^\"“”()]{{1,40}}[\"”]{SP}*(?:,|or){SP}+)?[\"“]?(?P<acr>[A-Z]{{3,6}})[\"”]?\)")
ORG_ABOUT = compile_pattern(r"^About\s+(?P<name>.+?)\s*:?$")
# "(Julphar)", "(TSE: 4188) ("MCG")", "(TSE: 4568, "Daiichi Sankyo")": a ticker may come first, or after it
# ("Fosun Pharma"; SSE: 600196, HKEX: 02196), or more than one name ("BE" or "the Company")
# (and "(hereinafter “SIIPL”)", "(hereinafter referred to as "Kessler")"; after a legal form's full stop: "Plc. ("Richter")")
DEFINED_SHORT = compile_pattern(r"\.?,?\s*(?:\([A-Z][\w./]*(?:\s[A-Z][\w./]*)?\s*:\s*[^()]*?\)\s*)?\((?:[A-Z][\w./]*\s*:\s*[^,()]*,\s*)?\s*"
                           r"(?:[Hh]ereinafter(?:\s+(?:referred\s+to\s+as|called))?,?\s+)?(?:the\s+)?"
                           r"[\"“”']?(?P<short>[A-Z][\w\-&.]*(?:\s[A-Z][\w\-&.]*){0,3})[\"“”']?\s*(?:[;,]\s*[A-Z][\w./]*\s*:[^()]*)?"
                           r"(?:\s*(?:,|or|and)\s+(?:the\s+)?[\"“][^\"“”()]{1,30}[\"”])*(?:[;,]\s*[A-Z][\w./]*\s*:[^()]*)?\)")
EPONYM_DISEASE = compile_pattern(r"['’]s?\s+(?:[A-Z]?[a-z]+\s+)?(?i:ataxia|disease|syndrome|sarcoma|lymphoma|disorder|palsy|dystrophy|chorea|"
                                 r"macroglobulin\w*|thyroiditis|contracture|anomaly|encephalopathy|leukodystrophy|neuralgia)\b")
DEMONYM = compile_pattern(r"(?:Afric|Americ|Asi|Europe|Austral|Canadi|Brazili|Indi|Korea|Russi|Indonesi)an|Chinese|Japanese|British|Swiss|French|German|Spanish|Italian")
PARTNERS_INCLUDE = compile_pattern(r"\b(?i:manufacturing|production|supply|CDMO|CMO|fill[- ]finish|contract)\s+partners\b[^.;:]{0,80}?\b(?:include|includes|included|are|were)\s+")
PARTNER_NAME = compile_pattern(rf"(?<![\w-])[A-Z][\w\-&]*(?:{SP}+[A-Z][\w\-&]*){{0,3}}")
PARTNER_LIST_GAP = compile_pattern(r",\s+(?:both\s+of\s+)?(?:which|who)[^,;.]{0,80},\s+(?:and\s+)?|,\s+(?:and\s+)?|\s+and\s+")
ACRONYM_PLURAL = compile_pattern(r"(?<![\w-])([A-Z]{2,6})s\b")
ACRONYM_IN_BRACKETS = compile_pattern(r"\(([A-Z]{2,6})s?\)")
WORD_BEFORE = compile_pattern(r"[a-z][\w\-]*\s+$")  # (a lower-case word just before: "drug conjugates (ADCs)")
PLACE_BASED = compile_pattern(r"[A-Z][\w.]*(?:\s[A-Z][\w.]*)?-(?:based|headquartered|owned|backed|listed)\s+(?=[A-Z])")
# what stands between a regulator's name and the acronym the text defines for it: "Administration (SFDA)"
DEFINES_ACRONYM = compile_pattern(r"\s?\(")
QUOTED_ALTERNATIVE = compile_pattern(r"(?:,|\bor|\band)\s+[\"“]([A-Z][^\"“”()]{1,30})[\"”]")

# regulators the reference table lacks: "Hebei Provincial Medical Products Administration", "the pharmaceutical licensing
# authority of the State of Hamburg"
_REGULATORY_WORDS = r"(?:pharmaceutical|health|medicines?|drugs?|licensing|regulatory|competent|supervisory|inspection)"
LOCAL_REGULATOR = compile_pattern(
    rf"(?<![\w-])(?P<name>(?:{TOK}{SP}+){{1,3}}(?:Provincial{SP}+|Municipal{SP}+)?(?:Medical{SP}+Products|Drug|Food{SP}+and{SP}+Drugs?|Medicines)"
    rf"(?:{SP}+Regulatory)?{SP}+(?:Administration|Agency|Authority|Bureau))(?![\w-])|"
    rf"(?<![\w-])(?P<desc>(?:(?!(?:by|the|of|an?|from|to|after|with|and|for|in|at|its|their)\b)[a-z]+{SP}+){{0,2}}{_REGULATORY_WORDS}{SP}+(?:[a-z]+{SP}+){{0,2}}(?:authority|inspectorate|agency|office){SP}+of{SP}+the{SP}+"
    rf"(?:State|Land|Province|Region|Canton|Free{SP}+State|Autonomous{SP}+Community){SP}+of{SP}+{TOK}(?:{SP}+{TOK})?)(?![\w-])"
)

# a country's ministry of health the table lacks: "the Hungarian Ministry of Health", "Ministry of Health of Vietnam"
MINISTRY_OF_HEALTH = compile_pattern(
    rf"(?<![\w-])(?:(?P<adj>[A-Z][a-z]+(?:['’]s)?){SP}+)?(?P<name>Ministry{SP}+of{SP}+(?:Public{SP}+)?Health"
    rf"(?:(?:,|{SP}+and|{SP}+&){SP}+(?:Family{SP}+|Social{SP}+)?(?:Welfare|Prevention|Labou?r|Population|Sports|Social{SP}+Security)"
    rf"(?:{SP}+and{SP}+(?:Welfare|Population|Sports))?)?)"
    rf"(?:{SP}+of{SP}+(?:the{SP}+)?(?:Republic{SP}+of{SP}+)?(?P<of>[A-Z][a-z]+(?:{SP}+[A-Z][a-z]+)?))?(?![\w-])")

# products
# ("ALT-B4": one digit after a hyphen and a letter)
CODE = compile_pattern(
    r"(?<![\w\-\[])(?P<name>(?:\[\d{2,3}[A-Z][a-z]?\]-?|\d{2,3}[A-Z][a-z]?-)?[A-Z]{1,6}[a-z]?(?:-?[A-Z]{1,5}(?:[a-z][A-Z]{1,3})?)?(?:-?\d{2,6}[A-Za-z0-9]*|(?<=[A-Z]{2}-[A-Z])\d(?![\w\-]|\.\w))(?:[-.][A-Za-z0-9]+)*)(?:\s+(?P<form>Injection|injection|Tablets?|Capsules?))?(?![\w-])"
)
ISOTOPE_CODE = compile_pattern(r"(?<![\w\-])(?P<name>(?:\[\d{2,3}[A-Z][a-z]?\]|\d{2,3}[A-Z][a-z]?)-?[A-Za-z][\w\-]*\d[\w\-]*)(?:\s+(?P<form>Injection|injection))?")
# ("mRNA-1273", and "nOPV2": a lower-case letter before an acronym with its number)
LOWER_CODE = compile_pattern(r"(?<![\w\-])(?P<name>[a-z]{1,2}[A-Z]{2,5}-\d{2,5}[A-Za-z0-9]*|[a-z][A-Z]{2,5}\d{1,3})(?P<form>)(?![\w-])")
BRAND = compile_pattern(r"(?<![\w-])(?P<name>[A-Z][\w\-]{2,30})\s?(?:®|™|\(R\)|\(TM\))")
#: a brand named by what it is ("Cilacar, a cilnidipine tablet", "Metrogyl, a metronidazole anti-infective") and a brand
#: something is sold as ("markets it as Saxenda for obesity and Victoza for type 2 diabetes")
BRAND_OF_INN = compile_pattern(r"(?<![\w-])(?P<name>[A-Z][a-z]{3,}[A-Za-z]*),\s+an?\s+(?=[a-z]{4,}(?:\s+[a-z\-]+){0,2}?\s+(?:tablets?|capsules?|"
                               r"injections?|products?|treatments?|medicines?|drugs?|anti-infectives?|antibiotics?|syrups?|creams?|pain\s+relievers?)\b)")
SOLD_AS = compile_pattern(r"\b(?:markets?|marketed|sells?|sold|launched|commerciali[sz]e[sd]?)\s+(?:it|them)\s+(?:as|under\s+the\s+(?:brand\s+)?names?)\s+"
                          r"(?P<name>[A-Z][\w\-]{2,})(?:\s+for\s+[^,;.]{1,60}?)?(?:,?\s+and\s+(?P<name2>[A-Z][\w\-]{2,}))?")
#: brands listed without a mark after words that say they are brands: "sold under the brand names Arixtra, Fraxiparine
#: and Orgaran", "brands such as Practin, Zedex and Bro-zedex", "Its best-known brand is Cardiomagnyl", "the portfolio is
#: led by the diabetes drugs Nesina and Actos"
BRAND_LIST_LEAD = compile_pattern(
    r"\b(?i:brand\s+names?|brands?|names|portfolio|package|(?:commercial|marketed)\s+(?:products|medicines))\b(?:[^.;:!?\n]{0,60}?\b(?P<verb>such\s+as|including|like|includes?|included|"
    r"are|is|consists?\s+of|comprises?|comprising|contains?|led\s+by|namely)\b)?\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}?(?=[A-Z])")
#: (a name in capitals too, "VIVITROL", and what it is for: "VIVITROL for alcohol and opioid dependence, ARISTADA for ...")
#: a name the words around it call a brand: "the cardiovascular brand Cidmus", "the Razel brand family"
_BRAND_NAME = r"(?:[A-Z][a-z]{2,}[a-z\-]*|[A-Z]{3,}[A-Z0-9]*)"
NAMED_BRAND = compile_pattern(rf"\b(?:the|its|a|their)\s+(?:[a-z][\w\-]*\s+){{0,2}}brand\s+[*_]*(?P<name>{_BRAND_NAME})(?![\w\-®™])[*_]*(?!\s+[A-Z])|"
                              rf"\b(?:the|its|their)\s+[*_]*(?P<name2>{_BRAND_NAME})[*_]*\s+(?:brand\s+(?:family|franchise|name)|brand(?=[\s,.;])|range\s+of|franchise|trademark)\b")
BRAND_LIST_ITEM = compile_pattern(r"(?P<name>[A-Z][a-z]{2,}(?:-[A-Za-z][a-z]*)*(?:[ \t][A-Z][a-z]{2,})?|[A-Z]{3,}[A-Z0-9]*(?:-[A-Z0-9]+)*)(?![\w\-®™])"
                                  r"(?:[ \t]+\([a-z][^()]{0,40}\))?(?:[ \t]+for[ \t]+[^,;.()]{1,60}?(?=(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)[A-Z]))?")
UNIT_AFTER_LIST = compile_pattern(r"\s+(?:business|division|unit|segment|franchise|department|portfolio|market|region|countr|sites?\b|plants?\b)")
BRAND_LIST_GAP = compile_pattern(r",[ \t]+(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
INN_SUFFIX_WORDS = (
    "mab", "cept", "tinib", "ciclib", "parib", "lisib", "rafenib", "stim", "glutide", "tide", "vir", "degib", "sertib", "zomib",
    "lintide", "platin", "taxel", "rubicin", "tecan", "dotin", "anib", "metinib", "setron", "gliflozin", "gliptin", "statin", "sartan",
    "prazole", "vastatin", "teplase", "ermin", "leukin", "poetin", "fermin", "cogene", "parvovec", "leucel",
    "olimus", "tansine", "siran", "nersen", "rsen", "ximab", "zumab", "umab", "sentan", "meline", "copan", "resib", "bart", "temcel",
    "tagene", "nib", "stat", "lukast", "pril", "dipine", "oxacin", "cillin", "cycline", "mycin", "semide", "buvir", "previr", "asvir",
    "mustine", "trexate", "lutamide", "relix", "imod", "gepant", "plon", "tegravir", "racetam", "vaptan", "tidine", "trelvir", "ravir",
    "grelor", "grel", "xaban", "gatran", "afil", "caftor", "oxetine", "triptan", "conazole", "fungin", "glitazone", "formin", "azepam",
    "tamig", "ximig", "zumig", "mig", "tug",
    # (cardiac myosin, nucleosides, antifolates, heparins, bisphosphonates, coxibs, prostaglandins, antimuscarinics, GnRH
    # analogues, beta-3 agonists, NK1 antagonists: "mavacamten", "gemcitabine", "enoxaparin")
    # (not the old generics that come as a combination's partner, "lenalidomide and dexamethasone")
    "camten", "citabine", "rabine", "trexed", "vudine", "parin", "dronate", "coxib", "prost", "tropium",
    "nidazole", "relin", "kinra", "begron", "pitant", "fenacin", "prazan", "fibrate", "fusp", "camtiv", "azolam", "pironium", "curonium",
    # enzymes (imlifidase, agalsidase, idursulfase, rasburicase, imiglucerase, pegvaliase; not every word in "-ase")
    "fidase", "sidase", "sulfase", "ricase", "cerase", "valiase",
    # (KRAS G12C inhibitors: "sotorasib", "adagrasib", "fulzerasib"; GnRH antagonists: "elagolix", "linzagolix"; PPAR
    # agonists: "chiglitazar", "saroglitazar")
    "rasib", "golix", "glitazar",
    # (WHO stems of newer classes: thrombopoietin agonists, pyruvate kinase activators, avermectins, GlyT1 inhibitors,
    # carbamates, retinoids, endothelin antagonists, benzothiazoles, DPP1 inhibitors, oral GLP-1 agonists, NHE3
    # inhibitors, pterins, LFA-1 antagonists: "avatrombopag", "mitapivat", "moxidectin", "bitopertin", "cenobamate",
    # "palovarotene", "aprocitentan", "riluzole", "brensocatib", "orforglipron", "tenapanor", "sepiapterin", "lifitegrast")
    "trombopag", "pivat", "mectin", "dectin", "pertin", "bamate", "rotene", "tentan", "luzole", "catib", "glipron", "panor",
    "pterin", "tegrast",
    # (calcineurin inhibitors and growth hormones: "voclosporin", "somatropin"; not the classes, see ENGLISH_LOOKALIKES)
    "sporin", "tropin",
    # (oxazolidinones and PPAR agonists: "contezolid", "tedizolid", "lanifibranor", "elafibranor")
    "zolid", "fibranor",
    # (IBAT inhibitors, carbapenems, beta-lactamase inhibitors, BCL-2 inhibitors, gabapentinoids, antipsychotics:
    # "maralixibat", "tebipenem", "enmetazobactam", "venetoclax", "mirogabalin", "iloperidone")
    "xibat", "penem", "bactam", "toclax", "gabalin", "peridone",
    # (prostacyclin receptor agonists: "selexipag", "ralinepag")
    "pag",
    # (antipsychotics: "cariprazine", "olanzapine", "quetiapine", "lurasidone", "ziprasidone")
    "prazine", "zapine", "tiapine", "sidone",
)
# a trie, tried at every split of every lower-case word: the same matches as the alternation in the order
# above, since the one suffix that begins another ("stat", "statin") comes after it there too
INN_SUFFIXES = rf"(?:{name_union(INN_SUFFIX_WORDS)})"
INN_STEMS = rf"(?:(?:fam-|ado-)?[a-z]{{3,}}{INN_SUFFIXES}(?:-[a-z]{{4}})?)"

#: an ADC's payload, the second word of its INN ("patritumab deruxtecan", "enfortumab vedotin")
PAYLOAD_WORD = compile_pattern(r"(?:tecan|dotin|tansine|tesirine|sunirine|ozogamicin)(?:-[a-z]{4})?$")
# (gene therapies: a "-gene" word and its "-vec" or "-cel" vector, "valoctocogene roxaparvovec", "afamitresgene autoleucel")
# the ester or salt written with an INN: "allisartan isoproxil", "tenofovir disoproxil fumarate", "imatinib mesylate"
PRODRUG_WORDS = r"isoproxil|disoproxil|medoxomil|axetil|pivoxil|proxetil|mofetil|etexilate|alafenamide|marboxil|fosamil|acefosamil"
SALT_WORDS = (rf"(?:\s+(?:{PRODRUG_WORDS}|"
              r"mesylate|mesilate|besylate|besilate|tosylate|maleate|fumarate|hemifumarate|succinate|tartrate|citrate|"
              r"hydrochloride|hydrobromide|dihydrochloride|sulfate|sulphate|dipropionate|furoate|xinafoate|bromide|besilate|mecarbil)){0,2}")
# insulins, whose INNs are two words ("insulin glargine-yfgn", "Insulin Aspart 30 Injection", "recombinant human insulin")
INSULIN = compile_pattern(r"(?<![\w-])(?P<name>(?i:(?:recombinant\s+)?human\s+insulin|insulin\s+(?:glargine|aspart|lispro|degludec|detemir|"
                          r"glulisine|icodec|efsitora\s+alfa|human|isophane))(?:-[a-z]{4})?(?:\s+(?:Mix\s+)?\d{2}(?:/\d{2})?(?![\d/]))?)"
                          r"(?P<form>\s+(?i:injection))?(?![\w-])")
INN_MAKER = compile_pattern(r"[ \t]+(?P<co>[A-Z][\w\-]+)(?![\w\-'’]|[ \t]+[A-Z&]|\.\w|,?[ \t]+(?:Inc|Ltd|AG|SE|plc|GmbH|S\.?A|N\.?V|Co)\b)")
BRACKET_OPENS_BEFORE = compile_pattern(r"(?:®|™)?\s*\(\s*$")
BRACKET_OPENS = compile_pattern(r"\s*\(\s*")
# (a salt's name is the drug's, a prodrug's ester another molecule: "tenofovir disoproxil", "tenofovir alafenamide")
SALT_TAIL = compile_pattern(SALT_WORDS + "$")
PRODRUG_TAIL = compile_pattern(rf"\s(?:{PRODRUG_WORDS})(?:\s|$)")
INN = compile_pattern(rf"(?<![\w-])(?P<name>(?:{INN_STEMS}|[a-z]{{3,}}gene(?=\s+[a-z]{{3,}}(?:vec|cel)(?![\w-]))|(?:(?<=[.!?]\s)|(?<=^)|(?<=\n)|(?<=[.!?]\s[\"\u201c\u2018(])|(?<=^[\"\u201c\u2018(])|(?<=\n[\"\u201c\u2018(]))[A-Z][a-z]{{2,}}{INN_SUFFIXES}(?!\s+[A-Z]|['’]))(?:\s+(?:[a-z]{{2,}}(?:tecan|dotin|tansine|tesirine|sunirine|ozogamicin|leucel|temcel|gene|xetan|vec|cel)|pegol|alfa|beta)(?:-[a-z]{{4}})?)?{SALT_WORDS})(?![\w-])")
# ("the Phase 3 studies CLIMB-111 and CLIMB-121", "the follow-up study CLIMB-131", "two Phase 3 trials, PREVENT-19 in the
# United States and ...", "Children's Oncology Group protocol ACCL0431"; not "doctors will study HLV-44")
TRIAL_NAME_BEFORE = compile_pattern(r"\b(?:(?:trial|study)\s+(?:called|named)|(?:Phase\s+[\w/]+|follow-up|pivotal|registrational|confirmatory|"
                                    r"ongoing|global|the|its|two|three)\s+(?:trials?|stud(?:y|ies)),?(?:\s+[A-Z][\w\-]*(?:,|\s+and)?)*|(?:study|trial|[Gg]roup)\s+protocol)\s+$")
STRAIN_BEFORE = compile_pattern(r"\b(?:sero(?:groups?|types?)|strains?|genotypes?|subtypes?|clades?|lineages?)\s+(?:[A-Z][\w\-]*(?:,|\s+and|\s+or)?\s+)*$")
GENE_AFTER = compile_pattern(r"\s+(?:gene|genes|mutations?|locus|enhancer|variants?|transcripts?|mRNA\s+levels)\b")
# a molecule a drug acts on, not a drug: "a CYP17 inhibitor", "the Factor Xa inhibitors", "an analog of the hormone GLP-1",
# "CRM197, a non-toxic carrier protein"
TARGET_AFTER = compile_pattern(r"\s+(?:inhibitors?|agonists?|antagonists?|blockers?|analog(?:ue)?s?|modulators?|degraders?|activators?|"
                               r"receptors?|pathway|signall?ing)\b|,\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?carrier\s+protein\b")
TARGET_BEFORE = compile_pattern(r"\b(?:[Ff]actor|cytochrome|(?:the\s+)?hormone|enzyme|cytokine|carrier\s+protein)\s+$")
TRIAL_NAME_AFTER = compile_pattern(r"(?:(?:,\s+|\s+and\s+|,\s+and\s+)[A-Z][\w\-]*\d[\w\-]*)*"  # ("ORION-9, ORION-10 and ORION-11 studies")
                                   r"(?:\s+(?:Phase\s+\w+|pivotal|registrational|clinical))?\s+(?:trials?|study|studies)\b(?!\s+(?:applications?|approval|permission))|"
                                   r",\s+(?:an?|the)\s+(?:[\w/\-]+\s+){0,5}?(?:trial|study)\b|"
                                   # ("PREVENT-19, which enrolled about 30,000 participants")
                                   r"(?:,\s+which|\s+has|\s+had)?\s+(?:enrolled|enrolling|randomi[sz]ed)\b")
SPACED_CODE = compile_pattern(r"(?<![\w-])(?P<name>[A-Z]{2,5}\s\d{3,5})(?![\w-]|\s*(?:mg|mL|L|litres|liters|doses|patients|m²|sq))")
NOT_SPACED_CODES = {"ISO", "IEC", "EN", "FY", "COVID", "SARS", "CFR", "USP", "EP", "JP", "BP", "ICH", "SDG", "ANSI", "GMP", "EU",
                    "US", "UK", "USD", "EUR", "GBP", "CNY", "RMB", "INR", "KRW", "JPY", "CHF", "AUD", "CAD", "HKD", "NT", "RS", "SEK", "DKK", "NOK", "PLN", "BRL", "MXN", "ZAR", "SGD", "TWD", "THB", "IDR", "MYR", "VND", "PHP", "ILS", "TRY", "RUB", "SAR", "AED", "EGP", "NZD", "CZK", "HUF",
                    "AD", "BC", "CET", "EST", "PST", "GMT", "UTC", "KST", "JST", "IST", "Q", "H", "NASDAQ", "NYSE", "LSE", "HKEX",
                    "SSE", "SZSE", "TSE", "KRX", "KOSDAQ", "BSE", "NSE", "SIX", "OTC", "HK", "SH", "SZ", "NO", "NR", "PCT"}
TECHNOLOGY_AFTER = compile_pattern(r"\s*(?:\([^)]{0,80}\)\s*)?(?:,\s*)?(?:[\w\-]+\s+){0,3}?(?:platforms?|technolog(?:y|ies)|delivery\s+system|toolbox|"
                                   r"service)\b")
PLATFORM_AFTER = r"(?:\(R\)|\(TM\))?\)?(?:\s+(?:platform|technology|expression\s+system)|,\s+(?:a|an|its|our|the)\s+(?:[\w\-]+\s+){0,2}?(?:platform|technology))\b"
#: ... the same, read right after a name (its mark first): compiled once, where a pattern built for each name cost a compile each
PLATFORM_AFTER_RE = compile_pattern(rf"(?:®|™)?{PLATFORM_AFTER}")
#: a capitalised word after a name, or one before it (a person's or a company's other word)
CAPITAL_WORD_NEXT = compile_pattern(rf"{SP}+[A-Z]")
CAPITAL_WORD_BEFORE = compile_pattern(rf"(?<![\w-])[A-Z][\w\-]*{SP}+$")
#: a legal form after a name, up to two capitalised words on ("Halvard Pharma Co., Ltd.")
LEGAL_FORM_AFTER = compile_pattern(rf"(?:{SP}+[A-Z][\w\-]*){{0,2}},?{SP}+{LEGAL_SUFFIX}")
# ... or names after the word ("a proprietary ADC platform, OptiDC™", "Its platform technologies include Hybrozyme™, NexP™-fusion
# and NexMab™")
PLATFORM_BEFORE = compile_pattern(r"\b(?:platforms?|technolog(?:y|ies))(?:,|\s+(?:include|includes|such\s+as|called|named|known\s+as))\s+"
                                  r"(?:[A-Z][\w\-]*(?:®|™)?(?:-[\w]+)?(?:,\s+|,?\s+and\s+))*$")
# "toripalimab (LOQTORZI®)": the INN first, its brand in brackets
SHORT_NAME = compile_pattern(r"(?<![\w-])[a-z]{2,6}-(?:cel|[A-Z][A-Za-z]{1,4})(?![\w-])")
# both start at a word at most 200 characters before their "(" (an INN, a word, "for injection"): see products();
# INN_BRAND's within the four runs of non-space characters before it, BRAND_INN's in the one right before it
OPEN_BRACKET = re.compile(r"\(")
INN_BRAND = compile_pattern(rf"(?<![\w-])(?P<inn>(?i:{INN_STEMS})(?:\s+[a-z]{{4,}})?)(?:\s+for\s+injection)?\s+\((?:(?:brand|trade)\s+name:?\s+)?(?P<name>[A-Z][A-Z]{{4,30}}(?![\w-])|[A-Z][\w\-]{{2,30}}(?=®|™|\(R\)|\(TM\))|[A-Z][a-z]{{4,30}}(?=[),;]))(?:®|™|\(R\)|\(TM\))?[),;]")
# ("Pluvicto™ (lutetium (177Lu) vipivotide tetraxetan)": a radiolabel before the INN)
RADIOLABEL = r"(?:[a-z]+\s+(?:\(\d{2,3}[A-Z][a-z]?\)|[A-Z][a-z]?[\s-]?\d{2,3})\s+)"
#: words that name a brand's formulation after it ("Somatuline Depot", "Invega Sustenna", "Envarsus XR")
FORMULATION_WORDS = {"Depot", "LAR", "XR", "ER", "SR", "XL", "CR", "LA", "ODT", "Retard", "Sustenna", "Trinza", "Hafyera", "Consta",
                     "Pen", "FlexPen", "SoloStar", "KwikPen", "Autoinjector", "Respimat", "Ellipta", "Turbuhaler", "Inhaler"}
BRAND_BEFORE_FORM = compile_pattern(r"(?<![\w\-])([A-Z][A-Za-z][\w\-]{1,30})(?:®|™)?[ \t]+$")  # (and "NURTEC™ ODT (rimegepant)")
# (a dosage form and strength may come between: "Parmodia Tablets 0.1 mg (generic name: pemafibrate)", where any
# lower-case word is the INN)
DOSAGE_FORM = (r"(?:\s+(?:Tablets?|Capsules?|Injection|Injectable|(?:Intravenous|Subcutaneous)\s+(?:Infusion|Injection)|"
               r"Oral\s+(?:Solution|Suspension)|for\s+Injection|Cream|Ointment|Eye\s+Drops|Granules|(?:OD|Film-coated)\s+Tablets?)"
               r"(?:\s+[\d.,]+\s*(?:mg|mcg|µg|g|mL|IU)(?:/\s*[\w.]+)?)?)")
BRAND_INN = compile_pattern(rf"(?<![\w-])(?P<name>[A-Z][\w\-]{{2,30}})(?:®|™|\(R\)|\(TM\))?{DOSAGE_FORM}?\s*\((?:(?:(?:generic|nonproprietary)\s+name|INN)\s*:\s*)?"
                            rf"(?:{RADIOLABEL}|\d{{2,3}}[A-Z][a-z]?-)?(?P<inn>{INN_STEMS}(?:\s+[a-z]+(?:-[a-z]{{4}})?)?|(?<=:\s)[a-z][a-z\-]{{3,}}(?:\s+[a-z]{{4,}})?)"
                            # (a radionuclide after the name: "POSLUMA® (flotufolastat F 18)")
                            rf"(?:\s+[A-Z][a-z]?[\s-]?\d{{2,3}})?(?:[;,][^();]{{1,40}})?\)")
ISOTOPE_PREFIX = compile_pattern(r"^\[?(\d{2,3}[A-Z][a-z]?)\]?-")
#: a scale word after a figure: what makes "R120" a sum ("R120 million in grant funding")
AMOUNT_AFTER = compile_pattern(r"\s*(?:million|billion|bn|mn|m|k)\b", re.I)
NOT_CODES = compile_pattern(
    r"^(?:COVID-19|SARS-CoV-2|ISO\d*|ISO-?\d+|H\d+N\d+|IL-?\d+\w*|CD\d+\w*|HER\d|PD-L?\d|B7-H\d|GLP-\d|FY\d+(?:-\d+)?|Q\d|"
    r"OEB-?\d|CTLA-?\d|LAG-?\d|TIGIT|FGFR\d|CDK\d+|JAK\d|IDH\d|BRCA\d|KRAS\w*|NYSE\w*|TSE\d*|NASDAQ\w*|KOSDAQ|"
    r"KRX|HKEX\w*|SSE\w*|SZSE\w*|BSE|NSE|CTLT|US\d+|EU\d+|AED\d+|COP\d+|ISO|PIC|GMP\d*|Form\d*|RMB\d*|USD\d*|EUR\d*|"
    r"(?:CX|JX|CY|JY)[SH][LBR]\d{5,}|SN-?38|"  # (an NMPA acceptance number; the payload of several ADCs)
    # (clinical scores and response rates: "EASI-75", "PASI 90", "ACR20", "HbA1c")
    r"(?:EASI|PASI|ACR|DAS|IGA|SALT|BASDAI|MADRS|HAMD|EDSS|NIHSS|DLQI|WOMAC|ASAS|CDAI|SLEDAI|SRI|BICLA|FEV)-?\d*(?![\w-])|"
    # (an adenovirus's serotype, a vaccine's vector: "two human adenoviral vectors (Ad26 and Ad5)"; not "Ad26.COV2.S")
    r"Ad\d{1,2}(?![\w.-])|ChAd\d{1,2}(?![\w.-])|"
    r"CLDN\d+\.?\d*|SLC\w+|TROP-?\d|PSMA\w*|SSTR\d|FAP\d?|GPRC5D|Ac-225|Lu-177|Cu-6\d|Y-90|F-18|Ga-68|I-131|(?:F18|Ga68|Lu177|Ac225|Cu6[47]|Zr89|Tc99m?|I1[23][13]|Y90|Pb212|In111|Ra223|At211|C11|N13|O15)(?![\w-])|"
    r"mRNA|ES-SCLC|T\d|N\d|M\d|[A-Z]-\d|ICH-?\w*|Phase-?\d|DS-\d|No-?\d+|UN\d+|WHO\d*|CAR-T\d*|NCT\d+|[A-Z]{1,2}\d|"
    r"[A-Z]\d{2,3}[A-Z]|(?:USD|EUR|RMB|CNY|JPY|GBP|CHF|KRW|INR|AED|HKD|CAD|AUD|SEK|DKK|US|HK|Rs)\d[\d.,]*\w*|Q[1-4]-?\d*|H[12]-?\d*|FY-?\d+|"
    r"[A-Z]{2,6}\d*(?:\.\d+)?[x×][A-Z]{2,6}\d*(?:\.\d+)?)$"  # ("CLDN18.2xCD3": two targets, not a product)
)
#: lower-case words and a number before a bracket: what a code in that bracket may abbreviate
_ABBREVIATED = compile_pattern(r"(?<![\w-])(?P<words>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,3})\s+(?P<number>\d{1,3})\s*\($")


def _abbreviates(text: str, start: int, code: str) -> bool:
    """Whether a code in brackets is the short form of the lower-case words and number before it ("enterovirus
    71 (EV71)"): its number is theirs and its first letter begins one of them."""
    m = _ABBREVIATED.search(text, max(0, start - 60), start)
    if not m or not text.startswith(")", start + len(code)):
        return False
    digits = re.sub(r"\D", "", code)
    return digits == m.group("number") and code[0].lower() in {w[0] for w in m.group("words").split()}


ABBREVIATION_AFTER = compile_pattern(r"\s*\(([A-Z]{2,5})\)")


def abbreviates_word(short: str, word: str) -> bool:
    """Whether ``short`` is made of letters of ``word`` in order, starting with its first ("BOT" for botensilimab)."""
    word = word.lower()
    if not word.startswith(short[0].lower()):
        return False
    at = 0
    for ch in short.lower():
        at = word.find(ch, at) + 1
        if not at:
            return False
    return True


PRODUCT_NOUNS = (r"(?:vaccines?|drugs?|therap(?:y|ies)|biosimilars?|candidates?|antibod(?:y|ies)|ADCs?|medicines?|insulin|(?:immuno)?globulins?|adjuvants?|"
                 r"treatments?|injections?|products?|molecules?|assets?|programs?|programmes?|inhibitors?|conjugates?)")
# what a product is said to be, in an apposition ("Neuraceq is a fluorine-18 PET imaging agent")
# (or its dosage form: "Zentrova, its once-daily oral tablet for gout", "Xylora is an extended-release formulation")
_PRODUCT_KINDS = (rf"(?:{PRODUCT_NOUNS}|(?:imaging|diagnostic|contrast)\s+agents?|radiotracers?|radioligands?|radiopharmaceuticals?|therapeutics?(?![\w-])|"
                  rf"tablets?|capsules?|formulations?|(?:oral|nasal|intranasal|ophthalmic|otic|injectable|enteral|intravenous|subcutaneous|topical|inhaled)\s+(?:solutions?|suspensions?|sprays?|emulsions?|gels?)|inhalers?|"
                  rf"(?:transdermal\s+)?patch(?:es)?|concentrates?|antivenoms?|antidotes?|antitoxins?|antisera|antiserums?|serums?|sera|immunotherap(?:y|ies)|"
                  rf"microspheres|microfoams?)")
#: (with a Roman numeral: "Sputnik V")
PNAME = r"(?P<name>[A-Z][\w\-]*[A-Za-z0-9](?:-[A-Z0-9][\w]*)?(?:[ ][IVX]{1,3}(?![\w\-.]))?)"
#: a formulation word after a brand ("Xtampza ER", "Somatuline Depot"), read with it: see FORMULATION_WORDS
FORMULATION = r"(?:Depot|LAR|XR|ER|SR|XL|CR|LA|ODT|Retard|Sustenna|Consta|Autoinjector|Respimat|Ellipta|Turbuhaler)"
#: (or a strength in per cent: "Octagam 10%")
STRENGTH = r"\d{1,2}(?:\.\d)?%"
FORMULATION_AFTER = re.compile(rf"(?:®|™)?[ \t]+(?P<form>{FORMULATION}(?![\w-])|{STRENGTH}(?!\w))")
PRODUCT_CONTEXT = [
    # "has approved Afrezza", "approved MannKind's Afrezza", "authorized ... vaccine, Convidecia"
    compile_pattern(rf"\b(?:approv(?:ed|es)|authori[sz](?:ed|es)|prequalifie[ds]|clear(?:ed|s)|launch(?:ed|es)|licensed|commerciali[sz]e[sd]?|"
               rf"market(?:s|ed)?|manufactur(?:e|es|ed)|suppl(?:y|ies|ied)|develop(?:s|ed)?)\s+(?:(?:the|its|their)\s+)?"
               rf"(?:[A-Z][\w\-]+['’]s\s+)?(?:(?!(?:to|for|with|from|by|in|at|of|and|them|it|us)\b)[\w\-]+\s+){{0,4}}?{PRODUCT_NOUNS}?,?\s*{PNAME}(?=\s*(?:®|™|\(|,|\.|;|\s+(?:for|in|to|as|and|was|is|on|Injection|Inhalation|injection|Tab|Tablets?|Capsules?|{FORMULATION})\b|\s+{STRENGTH}))"),
    # "dengue vaccine Convidecia", "biosimilar AVT02", "ADC candidate LCB84", "The vaccine, known as BBIBP-CorV"
    # (a comma only after one product: not "the process used for many poultry vaccines, Avimex was able to ...")
    # (and a number after the name: "vaccine candidates SOBERANA 02 and SOBERANA Plus")
    compile_pattern(rf"\b{PRODUCT_NOUNS}(?:(?<!s),)?\s+(?:(?:also\s+)?(?:known|marketed|sold|branded)\s+as\s+)?{PNAME}"
                    rf"(?=(?:[ \t]\d{{1,2}}(?![\w.,]))?\s*(?:®|™|\(|,|\.|;|\s+(?:for|in|to|as|and|was|is|has|which)\b))"),
    # "Butantan-DV, its dengue vaccine", "Afrezza, an inhaled insulin"
    # ("Broadmeadows, the company manufactures the vaccine": a clause about the company follows, not an apposition)
    # ("Semglee, the company's insulin glargine", "Yuflyma, a high-concentration, citrate-free biosimilar", "Inlive, an
    # inactivated enterovirus 71 (EV71) vaccine")
    # (not "In the Kingdom, the therapy may now be used": a name after "the" is a place or a thing, not a brand)
    # (and "Neuraceq is a fluorine-18 PET imaging agent"; not "Kessler is a contract manufacturer of vaccines")
    # (or its owner's: "Lutathera, AAA's lutetium-177 radioligand therapy")
    compile_pattern(rf"(?<![Tt]he ){PNAME}(?:®|™)?(?:,|\s+is)\s+(?:a|an|the|its|their|[A-Z][\w\-]*['’]s)\s+(?!(?:company|firm|group|business|partners?)\b(?!['’]))"
                    rf"(?:(?!(?:of|for|with|by|from|in|at|to|which|that|who)\s|(?:makers?|manufacturers?|developers?|producers?|firm|leader)\b)"
                    rf"[\w\-]+(?:['’]s|,)?\s+|\([\w\-]+\)\s+){{0,6}}?{_PRODUCT_KINDS}\b(?!\s+(?:makers?|manufacturers?|developers?|producers?|company|companies|"
                    rf"subsidiary|subsidiaries|business|unit|division|arm|affiliate|partner)\b)"),
    # "granted emergency use authorization to CoronaVac, developed by ...", "approval for Xocova in"
    compile_pattern(rf"\b(?:authori[sz]ation|approval|clearance|registration)\s+(?:to|for|of)\s+{PNAME}(?=\s*(?:®|™|\(|,|;|\s+(?:in|for|as|was|is|to|on|by)\b))"),
    # "Afrezza (insulin human)"
    # (a formulation word between: "Xtampza ER (oxycodone)")
    # (or two generic names: "NEXLIZET (bempedoic acid and ezetimibe)")
    compile_pattern(rf"{PNAME}(?:\s+{FORMULATION})?(?:®|™)?\s+\((?:[a-z][\w\-]*(?:\s+[a-z][\w\-]*){{0,2}}|"
                    rf"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+and\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\)"),
    # "CYTOGAM (Cytomegalovirus Immune Globulin Intravenous [Human]), used to prevent ...", "WINRHO SDF (...), used in
    # immune thrombocytopenic purpura", "Xenzira is indicated for": what a medicine is used for
    compile_pattern(rf"{PNAME}(?:®|™)?(?=(?:\s+(?:[A-Z]{{1,4}}|\d{{1,2}})(?![\w-]))?(?:\s*\((?:[^()]|\([^()]*\))*\))?,?\s+"
                    rf"(?:(?:is|are|was)\s+)?(?:used|indicated)\s+(?:to|for|in)\b)"),
    # "its Poliomyelitis Vaccine (Vero Cell), Inactivated, Sabin Strains, known as sIPV": a short name after a long one
    # (not "its facility, known as B3", "GM2 gangliosidosis, also known as Tay-Sachs")
    compile_pattern(r"\b(?i:vaccine|drug|medicine|product|therapy|antibody|candidate|injection|tablets?)\b"
                    r"(?:(?!facilit|plant|site|building|unit|disease|disorder|syndrome|cancer|tumou?r|osis|deficiency)[^.;]){0,80}?,?\s+(?:also\s+|commonly\s+)?known\s+as\s+"
                    r"(?P<name>[a-z]?[A-Z][\w\-]*[A-Za-z0-9])(?=\s*(?:[,.;)]|\s+(?:in|and|or|for|on|is|was)\b))"),
    # "the bevacizumab product is sold as Alymsys by Amneal": the name its seller gives it (not "the same medicines are
    # sold as NILEMDO and NUSTENDI": other names of products already named)
    compile_pattern(rf"\b(?:sold|marketed|branded|commerciali[sz]ed|distributed|launched)\s+as\s+{PNAME}(?=\s*(?:®|™)?\s+by\s+[A-Z])"),
    # "launched favipiravir under the brand name FabiFlu", "sells it under the trade name Avigan"
    compile_pattern(rf"\b(?:under|with)\s+the\s+(?:brand|trade)(?:\s*name|mark)?s?\s+{PNAME}(?=\s*(?:®|™|\(|,|\.|;|\s+(?:for|in|to|as|and|was|is|which)\b))"),
    # "production of the Sputnik V vaccine", "its Zercepac biosimilar": a name before the kind of product it is
    # (not a maker or a place as an adjective: "the SII-made vaccine", "the African-made vaccine", "the US-based biosimilar")
    compile_pattern(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<name>(?![\w\-]*-(?:made|based|produced|manufactured|developed|owned|led|sourced)\b)"
                    r"[A-Z][\w\-]*[A-Za-z0-9](?:[ ](?:[IVX]{1,3}|[A-Z]|\d{1,2}))?)\s+(?:vaccine|biosimilar)\b"),
    # "the FDA has granted Cantrixil Orphan Drug designation": what a designation is granted to
    compile_pattern(rf"\bgrant(?:ed|s)\s+(?!(?:Breakthrough|Orphan|Fast|Priority|Accelerated|Rare|Regenerative|Conditional|Emergency|PRIME|"
                    rf"Sakigake|Innovative|Qualified)\b){PNAME}\s+(?:an?\s+)?(?:[A-Z][a-z]+\s+){{1,3}}[Dd]esignation\b"),
    # "rescue products such as Gvoke, marketed by Xeris Biopharma, and Zegalogue, developed by Zealand Pharma": a name
    # in a list of products, each with its maker
    compile_pattern(rf"\b(?:such\s+as|including|includes|like|and|or)\s+{PNAME}(?:\s+{FORMULATION})?(?:®|™)?(?:\s+\([^()]{{1,40}}\))?,\s+"
                    rf"(?:(?:also\s+)?(?:marketed|developed|made|manufactured|sold|commerciali[sz]ed)\s+by|approved\s+(?:by\s+the\s+[A-Z]+\s+)?for)\s+(?:the\s+)?[A-Z]"),
    # "Trimodulin (IgM concentrate), in Phase III development", "Zentrova is in Phase 2": a name in a trial's phase
    # (not a target or partner named last before it: "an ADC directed against PTK7, is in a Phase 1/2 trial")
    compile_pattern(rf"\b(?<!\bagainst\s)(?<!\btargeting\s)(?<!\bof\s)(?<!\bto\s)(?<!\bfor\s)(?<!\bwith\s)(?<!\bby\s){PNAME}(?:®|™)?(?:\s+\([^()]{{1,60}}\))?,?\s+(?:is\s+|are\s+)?(?:now\s+|currently\s+)?in\s+(?:an?\s+)?"
                    rf"(?:ongoing\s+|pivotal\s+|global\s+)?Phase\s+(?:[1-3](?:/[1-3])?|I{{1,3}}(?:/I{{1,3}})?)[ab]?\s+(?:development|clinical|trials?|stud(?:y|ies))\b"),
]
LISTED_WITH_MAKER = PRODUCT_CONTEXT[-2]
REFERENCE_BEFORE_LIST = compile_pattern(r"\b(?:reference|originator|innovator)\b[^.;]*$")
#: a table's header cell: a few words, no figures ("Site", "Active ingredient and strength")
HEADER_CELL = compile_pattern(r"[^\d,;:()]{0,40}")
#: the header of a table's column of products
PRODUCT_COLUMN = compile_pattern(r"(?i)(?:products?|medicines?|brands?(?:\s+names?)?|drugs?|assets?|candidates?|programmes?|programs?|"
                                 r"vaccines?|therap(?:y|ies)|compounds?|biosimilars?)")


def cell_offset(cells: list[str], col: int) -> int:
    """Where cell ``col`` of a table row split at " | " starts in the row's text."""
    return sum(len(c) + 3 for c in cells[:col])


def product_column(head: list[str]) -> int | None:
    """The column of products of a table with this header: three columns or more, each headed by a few words ("Medicine |
    Indication | Status"); a two-column table is a list of facts ("Product | AZD1222 (Covishield) ...")."""
    if len(head) < 3 or not all(HEADER_CELL.fullmatch(c) for c in head):
        return None
    return next((n for n, c in enumerate(head) if PRODUCT_COLUMN.fullmatch(c)), None)


#: a cell of a table's product column that is a name: words in capitals, then a mark, capitalised words of its dosage form
#: ("NARCAN® Nasal Spray") and a bracket ("(naloxone HCl)")
PRODUCT_CELL = compile_pattern(r"(?P<name>[A-Z0-9][\w\-+./]*(?:[ \t]+[A-Z0-9][\w\-+./]*){0,2}?)\s*(?:®|™)?(?:[ \t]+[A-Z][\w\-]*){0,3}"
                               r"(?:\s*\([^()]*\))?\s*(?:®|™)?")
DOSAGE_FORM_WORD = compile_pattern(r"(?i:syringes?|vials?|pens?|ampoules?|cartridges?|injections?|tablets?|capsules?|sachets?|kits?|"
                                   r"infusions?|solutions?|suspensions?|granules|powders?|sprays?|patch(?:es)?|drops)")
#: a stock exchange, whatever its legal form ("BSE Limited", "Nasdaq Stockholm", "the Korea Exchange")
STOCK_EXCHANGE = compile_pattern(r"(?i:NYSE(?:\s+American)?|Nasdaq(?:\s+(?:Stockholm|Copenhagen|Helsinki|Global\s+Select\s+Market|Global\s+Market|Capital\s+Market))?|"
                                 r"BSE|NSE|HKEX|SSE|SZSE|KOSDAQ|KRX|TSE|LSE|ASX|TASE|SIX(?:\s+Swiss\s+Exchange)?|Euronext(?:\s+\w+)?|Deutsche\s+B[öo]rse|"
                                 r"(?:[\w\-]+\s+){0,3}(?:Stock|Securities)\s+Exchange(?:\s+of\s+[\w\s]{2,30})?|(?:Korea|Tokyo|Taiwan|Oslo)\s+Exchange|"
                                 r"Bombay\s+Stock\s+Exchange|Bursa\s+Malaysia|B3)")
#: one lower-case word in the brackets right after a brand: its generic name ("XPHOZAH (tenapanor)")
BRACKETED_GENERIC = re.compile(r"(?:®|™)?\s+\(([a-z][a-z\-]{5,30})\)")
NOT_BRACKETED_GENERIC = {"formerly", "previously", "injection", "injectable", "tablets", "capsules", "solution", "suspension",
                         "generic", "biosimilar", "outside", "excluding", "including", "pronounced", "trademark", "registered",
                         "globally", "worldwide", "together", "combined", "ophthalmic", "topical", "intravenous", "subcutaneous",
                         "inhalation", "vaccine", "vaccines", "antibody", "insulin", "infusion", "concentrate"}
DRUG_ADJECTIVES = {"Investigational", "Proposed", "Potential", "Novel", "Experimental", "Approved", "Marketed", "Branded",
                   "Generic", "Biosimilar", "Reference", "Original", "Originator", "Blockbuster", "Flagship"}
BRAND_LIST_CUE = compile_pattern(r"\b(?:such\s+as|including|include[sd]?|like|versus|vs\.|compared\s+(?:with|to)|products?|drugs?|medicines?|"
                                 r"therap(?:y|ies)|vaccines?|brands?|inhibitors?|competitors?|rivals?|biosimilars?\s+(?:of|to))\b[^.;]*$")
# (found from the possessive, its owner read backwards: the capitalised words right before it)
OWNER_BRAND = compile_pattern(r"(?<=[\w&])['’]s?\s+(?P<name>[A-Z][a-z]{3,}(?:\s+[A-Z][a-z]{3,})?)"
                              r"(?:®|™)?(?=\s*(?:[,.;)]|\s+(?:and|or|is|was|are|were|has|have|in|for|which|to)\b))")
OWNER_BEFORE = compile_pattern(r"(?<![\w-])(?:[A-Z][\w&\-]*(?:\s+&)?\s+){0,3}[A-Z][\w&\-]*$")
# "COVID-19 Vaccine Moderna", "COVID-19 Vaccine AstraZeneca": a vaccine named after the company that makes it
VACCINE_OF_COMPANY = compile_pattern(
    r"(?<![\w-])(?P<name>(?:[A-Z][\w\-]*[ \t]+){1,2}Vaccine[ \t]+(?P<company>[A-Z][\w\-]+))(?![\w-])(?![ \t]+(?:Inc|Ltd|LLC|plc|AG|Co)\b)")
# ... and "Moderna COVID-19 Vaccine", "Pfizer-BioNTech COVID-19 Vaccine": the maker's name first
COMPANY_VACCINE = compile_pattern(
    r"(?<![\w-])(?P<name>(?P<company>[A-Z][\w]+(?:-[A-Z][\w]+)?)[ \t]+(?:[A-Z][\w\-]*[ \t]+){1,2}?Vaccine)(?![\w-])(?![ \t]+[A-Z])")
# an INN with no stem the INN pattern knows ("elafibranor"), named as a drug: "its investigational drug X",
# "the drug candidate X", "granted X Breakthrough Therapy Designation"
LOWER_PRODUCT_CONTEXT = compile_pattern(
    r"\b(?:(?:investigational|experimental|lead|novel|oral|injectable|inhaled|first-in-class|potential)\s+(?:new\s+)?"
    r"(?:drugs?|compounds?|medicines?|molecules?|agents?|therap(?:y|ies)|treatments?)(?:\s+candidates?)?|"
    r"(?:drug|product|development|clinical)\s+candidates?|granted)\s+"
    # (not a generic noun: "JWP's novel oral drug candidate for atopic dermatitis")
    r"(?!(?:candidates?|compounds?|molecules?|products?|treatments?|therap(?:y|ies)|medicines?|formulations?|vaccines?|injections?|"
    r"tablets?|capsules?|solutions?|programs?|programmes?|assets?)\b)(?P<name>[a-z]{6,}(?:\s+(?:pegol|alfa|beta))?)"
    r"(?=\s*(?:,|\.|;|\(|\s+(?:for|in|is|was|to|as|and|has|which)\b|\s+(?:[A-Z][a-z]+\s+){0,3}(?:Designation|Status)\b))")
NOT_LOWER_PRODUCT = compile_pattern(r"(?:ing|tion|sion|ment|ness|ance|ence|ity|ies|ers|ed|ly|al|ive|ous|ful|ship|ism|ist)$")
# (not a country's or region's name: "Octapharma USA", "Pfizer Korea" are national arms of their groups, companies of their own)
GENERIC_CORPORATE = {"global", "international", "holdings", "holding", "group", "corporation", "company", "industries", "worldwide"}
ENGLISH_LOOKALIKES = {"concept", "except", "accept", "precept", "intercept", "percept", "somatostatin", "thermostat", "rheostat", "hemostat", "cybart", "bombart", "april", "streptomycin", "penicillin",
                      "gentamicin", "erythromycin", "vancomycin", "tetracycline", "antibart", "homestat",
                      "cephalosporin", "gonadotropin", "corticotropin", "thyrotropin"}
NOT_INN = {"oncostatin", "peptide", "peptides", "polypeptide", "nucleotide", "oligonucleotide", "nucleoside", "glycoprotein", "cytokine",
           "chemokine", "insulin", "enzyme", "protease", "kinase", "ligase", "peptidase", "nuclease", "polymerase",
           "transcriptase", "disease", "release", "database", "purchase", "increase", "decrease", "phase", "base",
           "case", "ease", "lease", "showcase", "staircase", "tide", "stride", "outside", "inside", "statin",
           # ("a maker of sterile injectable drug products in Lexington"): the nouns, not a drug's name
           "products", "product", "substances", "substance", "candidates", "formulations", "vaccines", "medicines",
           "compounds", "ingredients", "biologics", "generics", "injectables", "treatments", "therapeutics",
           # ("has already granted rights to third parties", "granted approval", "granted licences"): what is granted
           "rights", "approval", "approvals", "licences", "licenses", "permission", "authorisation", "authorization",
           "exclusivity", "funding", "access", "status", "designation",
           # ("a phosphoinositide 3-kinase delta inhibitor"): chemistry, no drug
           "phosphoinositide", "phosphoinositides", "inositide", "polysaccharide", "oligosaccharide", "nucleotides", "glycopeptide"}
COMMON_CAPS = {"Institute", "Instituto", "University", "Foundation", "Center", "Centre", "Hospital", "School", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December", "Phase", "Injection", "Inhalation", "Powder", "Brazil", "China", "India", "COVID", "Approval", "Authority",
               "Agency", "Ministry", "Board", "Committee", "Company", "Group", "Health", "Emergency", "Clinical", "Agreement"}

# places
CITY_COUNTRY = compile_pattern(rf"(?<![\w-])(?P<city>{TOK}(?:{SP}+{TOK}){{0,3}}),{SP}+(?P<region>{TOK}(?:{SP}+{TOK}){{0,2}}\.?)")
PLACE_NAME = rf"{TOK}(?:{SP}+(?:(?:de|do|da|dos|das|del|la|las|los|al|Al|el)(?={SP}+(?:[A-Z]|(?:la|las|los)\b))|{TOK})){{0,4}}"
PLACE_LIST = compile_pattern(
    # (a numbered unit too: "Unit-1 at Bonthapally, Unit-2 at Pashamylaram"; and "six API plants, at Ambernath, ...")
    rf"\b(?:facility|facilities|plant|plants|site|sites|campus|factory|factories|centre|center|centres|centers|headquarters|headquartered|"
    rf"based|located|operations|unit|units|hub|base|bases|(?:Unit|Plant|Block)[- ]?(?:\d{{1,2}}|[IVX]{{1,4}})),?\s+(?:is\s+|are\s+|were\s+)?(?:in|at|near)\s+(?:the\s+)?"
    # (after the country or continent first: "facilities in India, at Gagillapur, Bonthapally and ...", "sites in Europe: A, B ...")
    rf"(?:{TOK}(?:{SP}+{TOK})?(?:,{SP}+at|:){SP}+)?"
    # (a country in brackets after a town: "sites in Zofingen and Evionnaz (Switzerland), Hameln and Minden (Germany), ...")
    rf"(?P<list>{PLACE_NAME}(?:{SP}*\([A-Z][^()]{{1,30}}\))?(?:(?:,{SP}*|{SP}+and{SP}+(?:in{SP}+)?|,{SP}+and{SP}+(?:in{SP}+)?){PLACE_NAME}(?:{SP}*\([A-Z][^()]{{1,30}}\))?){{0,12}})"
)
TOWNS_BEFORE_AND = compile_pattern(rf"(?<![\w-])(?:{TOK}(?:{SP}+{TOK})?,{SP}+)*{TOK}(?:{SP}+{TOK})?{SP}+and{SP}+$")
UNIT_AT = compile_pattern(rf"\b(?:Unit|Plant|Block)[- ]?(?:\d{{1,2}}|[IVX]{{1,4}})\s+(?:at|in)\s+(?P<place>{TOK}(?:{SP}+{TOK})?)(?![\w-])")
PLACE_AFTER_IN = compile_pattern(rf"\b(?:in|at|near|from|of)\s+(?P<place>{TOK}(?:{SP}+{TOK})?)(?![\w-])")
PLACE_BEFORE_FACILITY = compile_pattern(
    rf"{CAPITAL_NEXT}(?P<place>{TOK}(?:{SP}+{TOK}){{0,3}})(?:['’]s)?{SP}+(?:(?:Unit[- ]?(?:\d+|[IVX]{1,4})|commercial|manufacturing|production|API|biologics|sterile|fill-finish|"
    rf"drug\s+substance|drug\s+product|GMP|new|existing)\s+){{0,3}}(?:facility|plant|site|campus|factory|manufacturing\s+site)\b"
)
# "Billingham in the north-east of England", "College Station in Texas": a town in a known region or country
COMPASS = r"(?:(?:north|south|east|west|central|northern|southern|eastern|western)(?:-?(?:east|west)(?:ern)?)?\s+(?:part\s+of\s+|of\s+)?)"
COUNTRY_AFTER = compile_pattern(rf",\s+(?:the\s+)?(?P<country>{TOK}(?:{SP}+{TOK})?)")
PLOT_NUMBER = compile_pattern(r"(?:Plot\s+(?:No\.?\s*)?)?[A-Z]{1,3}[-/]?\d{1,4}[A-Z]?(?:[-/]\d{1,4})?")
SITE_AT_BEFORE = compile_pattern(r"\b(?:site|facility|plant|centre|center|campus|factory|works|unit)\s+(?:at|in)\s+$")
PLACE_IN_REGION = compile_pattern(
    rf"{CAPITAL_NEXT}(?<![\w-])(?P<place>{TOK}(?:{SP}+{TOK}){{0,2}})\s+in\s+(?:the\s+)?{COMPASS}?(?P<region>{TOK}(?:{SP}+{TOK}){{0,2}})"
)
# (not a headline: "TURKOVAC, Türkiye's Domestically Developed Vaccine, Receives ...")
DATELINE = compile_pattern(r"^(?P<city>[A-Z][A-Z .'\-]{2,40}?),\s+(?P<region>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})(?![\w'’])")

# people
UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
LOW = "a-zß-öø-ÿā-ž"
NAME_PART = rf"[{UP}][{LOW}'’]+(?:[{UP}][{LOW}'’]+)?(?:-[{UP}]?[{LOW}'’]+)*"
# (a particle only before another part of the name: not "President Cyril Ramaphosa described ...")
# (a nickname or a second given name in brackets or quotes before the surname: 'Elizabeth ("Liz") Barrett', "David
# (Xiaoying) Gao")
_PERSON_MORE = rf"(?:\s+(?:{NAME_PART}|[dD]['’][{UP}][{LOW}]+|[{UP}]\.|[{UP}]{{2}}(?=\s+[{UP}][{LOW}])|St\.(?=\s+[{UP}][{LOW}])|\(?[\"“][{UP}][{LOW}]+[\"”]\)?(?=\s+[{UP}])|\([{UP}][{LOW}]+\)(?=\s+[{UP}][{LOW}])|(?:van|de|den|der|ter|ten|von|bin|ibn|al|Al|El|da|das|dos|du|del|della|di|le|la)(?=\s+(?:[{UP}]|(?:de|den|der|van|von|la|le|da|di|del|dos|das|du|ter|ten)\s+[{UP}]))))"
# (with initials first, one name may follow: "V.C. Nannapaneni", "G V Prasad")
PERSON = (rf"(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Sheikh)\.?\s+)?(?:(?:[{UP}]\.){{2,3}}\s*{NAME_PART}{_PERSON_MORE}{{0,3}}|"
          rf"(?:[{UP}] ){{1,2}}(?=[{UP}][{LOW}]){NAME_PART}{_PERSON_MORE}{{0,3}}|[{UP}]{{2,3}} (?=[{UP}][{LOW}]+\b(?!\s+[{UP}])){NAME_PART}|(?:[{UP}]\.\s+)?{NAME_PART}{_PERSON_MORE}{{1,4}}|(?:[{UP}]\.\s){{2,3}}{NAME_PART}{_PERSON_MORE}{{0,3}}|"
          # (one initial and a surname after a title: "Dr. R. Ananthanarayanan")
          rf"(?<=\b(?:Dr|Mr|Ms)\.\s)[{UP}]\.\s{NAME_PART}(?![\w\-])(?!\s+[{UP}]))"
          rf"(?:,?\s+(?:Jr|Sr)\.|\s+(?:Jr|Sr|II|III|IV|{POST_NOMINALS})(?![\w.]))?")  # "Robert G. Kramer Sr.", "Nazmul Hassan MP"
# degrees and fellowships after a name: "Troy Wilson, Ph.D., J.D.,", "Arie Belldegrun, M.D., FACS,"
CREDS = (r"(?:,\s+(?:MD|PhD|PharmD|MB[ ]?BS|MB[ ]?ChB|BM[ ]?BCh|MPharm|BPharm|FRACP|FRCPath|FRCOG|FAAP|FACC|FASCO|FESC|FRCPE|MRCPCH|DM|MBA|MPH|MSc|BSc|DSc|MS|JD|DVM|DrPH|FRCP|FRCPC|FRCS|FACS|FACP|FMedSci|FRS|MRCP|"
         r"DPhil|RPh|RN|CPA|CFA|Esq\.|(?:[A-Z][a-z]{0,4}\.){2,4}(?:\s(?:[A-Z][a-z]{0,4}\.){2,4})?)(?![\w.]))*")  # ("M.B. Ch.B.")
# a title with its department: "Executive Vice President, Global Medicines Development and Medical Affairs"
DEPARTMENT = r"[A-Z&][\w&]*(?:\s+(?:and\s+|&\s+)?[A-Z&][\w&]*){0,5}"
# ... or "President of Research & Development" (a function, where "President of Pfizer" names the company)
FUNCTION = (r"(?:[A-Z][\w&]*\s+(?:and\s+|&\s+)?){0,3}(?:Research|Development|R&D|Operations|Manufacturing|Sales|Marketing|Finance|"
            r"Strategy|Affairs|Quality|Technology|Commercial|Medicine|Communications|Relations|Resources|Policy|Compliance)(?:\s+(?:and\s+|&\s+)?[A-Z&][\w&]*){0,3}")
_AREA = (r"(?:Oncology|Immunology|Immuno-Oncology|Hematology|Haematology|Neuroscience|Vaccines|Rare\s+Diseases|Inflammation|"
         r"Cardiology|Cardiovascular|Dermatology|Ophthalmology|Infectious\s+Diseases|Europe|Asia(?:[\s-]Pacific)?|China|Japan|"
         r"International|Emerging\s+Markets|North\s+America|Latin\s+America|the\s+Americas|Africa|Middle\s+East)")
TITLE_ONE = (rf"{TITLE_WORDS}(?:,\s+(?!(?:the|a|and)\b)(?!{TITLE_WORDS}){DEPARTMENT}(?=,|\s+(?:at|of(?!\s+Companies\b)|and)\s)|"
             rf"\s+of\s+(?:the\s+)?{FUNCTION}(?=,|\s+(?:at|of|and)\s)|"
             # ("Chief Medical Officer for Oncology/Immunology at Everest Medicines": a field or region, no company)
             rf"\s+for\s+(?:the\s+)?{_AREA}(?:\s*(?:/|&|,|and)\s*{_AREA}){{0,3}}(?=,|\s+(?:at|of|and)\s))?"
             # ("CEO - India Business", "President – North America": a region or business after a dash)
             rf"(?:[ \t]+[-–][ \t]+[A-Z][\w&]*(?:[ \t]+[A-Z][\w&]*){{0,2}})?")
# ("Founder Chairman of Wockhardt": two titles with nothing between them; "Chairman, Hetero Group of Companies": a name)
# (and "as President and Chief Executive Officer and as a member of the Board")
TITLE_PHRASE = (rf"{TITLE_ONE}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|,\s+and\s+|(?<=[Ff]ounder)[ \t]+|\s+and\s+as\s+(?:an?\s+)?(?=[Mm]ember\s)){TITLE_ONE})*"
                rf"(?:,\s+(?!(?:the|a)\b)[A-Z&][\w&]*(?:\s+[A-Z&][\w&]*){{0,3}}(?=\s+(?:at|of)\s(?!Companies\b)|,\s+[A-Z]))?")
# FUJIFILM Corporation (President and CEO, Representative Director: Teiichi Goto), as Japanese releases write it
# (or "Kyowa Kirin Co., Ltd. (Head Office: Chiyoda-ku, Tokyo; President and CEO: Masashi Miyamoto; hereinafter ...)")
# (or with commas: "Astellas Pharma Inc. (TSE: 4503, President and CEO: Kenji Yasukawa, Ph.D., "Astellas")")
ROLE_IN_BRACKETS = compile_pattern(rf"{CAPITAL_NEXT}(?P<org>{NAME_SEQ}(?:,?\s+{LEGAL_SUFFIX})?)\s*\((?:[^();]{{1,60}};\s*|[A-Z]{{2,8}}:\s*[\w.]+,\s*){{0,3}}"
                                   rf"(?P<title>{TITLE_PHRASE}):\s*(?P<person>{PERSON}){CREDS}(?=\s*[;),])")
# Chief Executive Officer of X, Jane Doe (a title starts a word: tried only there, the pattern is four times as quick)
ROLE_TITLE_FIRST = compile_pattern(rf"(?<![\w-])(?P<title>{TITLE_PHRASE})\s+of\s+(?P<org>{NAME_SEQ}),\s+(?P<person>{PERSON})")
# the head of the TGA, Adjunct Professor John Skerritt, said
THE_HEAD_OF = compile_pattern(rf"\b[Tt]he\s+(?P<title>(?i:head|chief|director|commissioner|chair(?:man|woman|person)?|president|secretary))\s+of\s+"
                              rf"(?:the\s+)?(?P<org>{NAME_SEQ}),\s+(?:(?:Adjunct\s+|Associate\s+|Assistant\s+)?Professor\s+|Prof\.?\s+|Dr\.?\s+)?(?P<person>{PERSON})")
# a title by its head word, with the capitalised words before it and a department after it ("Senior Vice President
# Quality Assurance and Quality Control", "Global Therapeutic Area Head, Oncology")
GENERIC_HEAD = (r"(?:Manager|Director|Officer|Head|Lead|Leader|President|Partner|Chair(?:man|woman|person)?|Scientist|Counsel|Adviser|Advisor|"
                r"Coordinator|Principal|Dean|Secretary|Administrator|Superintendent|Specialist|Investigator|Treasurer|Controller|Fellow)")
GENERIC_TITLE = (rf"(?:[A-Z][\w&\-]*\s+(?:(?:and|&|of|for)\s+)?){{0,5}}{GENERIC_HEAD}(?![\w-])(?:\s+and\s+(?:co-)?(?:head|lead|leader|member)\s+of\s+the\s+[\w\s&\-]{{3,60}}?(?=\s+at\s))?"
                 rf"(?:\s+(?!(?:of|at|for)\b)[A-Z][\w&\-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w&\-]*){{0,5}}(?=\s+at\s)|,\s+(?!the\b)[A-Z][\w&\-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w&\-]*){{0,3}}(?=,))?")
#: what a title is in charge of, after it ("in charge of Plant 2", "responsible for the Life Science business")
REMIT = r"\s+(?:in\s+charge\s+of|responsible\s+for)\s+[^.;:\"“”()]{1,80}?"
# the verbs that follow a person quoted ("..., said Jane Doe", "Jane Doe, its CEO, called the decision ...")
_SAID = r"(?:said|says|added|noted|commented|explained|stated|called|welcomed|remarked|emphasi[sz]ed|described)"
# a notice of officers, one a line: "- Toru Kimura, Ph.D. – New position: Representative Director, President and CEO. Current
# position: Representative Director and Senior Managing Executive Officer of Sumitomo Chemical Co., Ltd."
NEW_POSITION = compile_pattern(rf"(?m)^[ \t\-*•]*(?P<person>{PERSON})(?:,\s+(?:Ph\.\s?D\.|M\.\s?D\.))?\s+[–—-]\s+New\s+(?:position|title|role):\s+"
                               r"(?P<title>[^.\n]{3,120}?)\.\s+(?:Current|Present|Former)\s+(?:position|title|role):\s+(?P<title2>[^\n]{3,160}?)"
                               r"(?:\s+(?:of|at)\s+(?P<org2>[A-Z][^.\n]{1,80}?(?:\s+(?:Co|Inc|Ltd|Corp)\.(?:,\s+Ltd\.)?)?))?\.?(?<=\.)(?=\s|$)")
ROLE_PATTERNS = [
    # Jane Doe, Chief Executive Officer of X / Jane Doe, CEO, and Executive Director of X
    # (a remit between title and organisation is left out of the title: "Deputy General Director in charge of
    # Production, Supply Chain and Technology Transfer at DHG Pharma")
    compile_pattern(rf"(?<![\w'’\-])(?=[{UP}])(?P<person>{PERSON}){CREDS},\s+(?:the\s+|an?\s+)?(?P<title>{TITLE_PHRASE})"
                    rf"(?:(?:\s*,)?\s+(?:of|at|for)|{REMIT}\s+at)\s+(?:the\s+)?(?P<org>(?:Dr\.?\s+)?{NAME_SEQ}(?:\s+(?:for|of)\s+{NAME_SEQ})?(?:,?\s+{LEGAL_SUFFIX})?|{LOWER_ORG})"),
    # Jane Doe, President, X
    compile_pattern(rf"(?<![\w'’\-])(?=[{UP}])(?P<person>{PERSON}){CREDS},\s+(?P<title>{TITLE_PHRASE}),\s+(?P<org>(?:Dr\.?\s+)?{NAME_SEQ}(?:,?\s+{LEGAL_SUFFIX})?)"),
    # Jane Doe, X's Chief Executive Officer
    # (or "Mario Polywka, Evotec's long-serving former Chief Operating Officer")
    compile_pattern(rf"(?<![\w'’\-])(?=[{UP}])(?P<person>{PERSON}){CREDS},\s+(?:the\s+)?(?P<org>{NAME_SEQ})(?:['’]s|(?<=s)['’])\s+"
                    rf"(?:(?:long-serving|long-time|longtime|former|current|then|outgoing|incoming|newly\s+appointed)\s+)*(?P<title>{TITLE_PHRASE})"),
    # X is led by general manager Jane Doe
    compile_pattern(rf"{CAPITAL_NEXT}(?P<org>{NAME_SEQ})(?:,?\s+{LEGAL_SUFFIX})?(?:,\s+|\s+is\s+(?:now\s+)?)(?:led|headed|run)\s+by\s+(?:its\s+|the\s+)?(?P<title>{TITLE_PHRASE})\s+(?P<person>{PERSON})"),
    # X's CEO Jane Doe / X CEO Jane Doe / X's Chief Technology Officer, Dr. Jane Doe
    compile_pattern(rf"{CAPITAL_NEXT}(?P<org>{NAME_SEQ})(?:['’]s)?\s+(?P<title>{TITLE_PHRASE})(?:,\s+(?=(?:Dr|Prof|Mr|Mrs|Ms)\.?\s)|\s+)(?:and\s+)?(?P<person>{PERSON})"),
    # X's Chief Executive Officer, Jane Doe, said / X's incoming Chief Executive Officer, Jane Doe, said
    # (or "..., Daniel O'Day, has described", "said Gilead's CEO, Daniel O'Day.")
    # (or "AGC Inc.'s President and CEO is Yoshinori Hirai.")
    compile_pattern(rf"{CAPITAL_NEXT}(?P<org>{NAME_SEQ}(?:\s+{LEGAL_SUFFIX}(?=['’]))?)['’]s?\s+(?:(?:incoming|new|newly\s+appointed)\s+)?(?P<title>{TITLE_PHRASE})(?:,|\s+is)\s+(?P<person>{PERSON}){CREDS}"
                    rf"(?=,?\s+{_SAID}\b|,\s+(?:has|had|is|was|will|who|also)\b|\s*[.;](?:\s|$))"),
    # Jane Doe is President and Chief Executive Officer of X / has been Chief Executive Officer of X since 2019
    # (and "Werner Lanthaler resigned as Chief Executive Officer of Evotec")
    compile_pattern(rf"(?<![\w'’\-])(?=[{UP}])(?P<person>{PERSON}){CREDS}(?:,\s+who)?,?\s+(?:(?:previously|formerly|most\s+recently|currently|also)\s+)?"
                    rf"(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as|has\s+served\s+as|remains|"
                    rf"(?:has\s+)?(?:resigned|retired|stepped\s+down)\s+as|(?:will\s+)?(?:resign|retire|step\s+down)\s+as)\s+"
                    rf"(?:the\s+|an?\s+)?(?P<title>{TITLE_PHRASE})\s+(?:of|at)\s+(?:the\s+)?(?P<org>{NAME_SEQ}(?:\s+(?:for|of)\s+{NAME_SEQ})?(?:,?\s+{LEGAL_SUFFIX})?|(?<=the\s)(?:company|group)\b)"),
    ROLE_IN_BRACKETS,
    # Jane Doe, who has been Merck's Chief Financial Officer since 2014 (or "Robert G. Kramer Sr. is Emergent's President")
    compile_pattern(rf"(?<![\w'’\-])(?=[{UP}])(?P<person>{PERSON}){CREDS}(?:,\s+who)?\s+(?:is|was|has\s+been|had\s+been|serves\s+as|currently\s+serves\s+as)\s+"
                    rf"(?P<org>{NAME_SEQ})['’]s\s+(?P<title>{TITLE_PHRASE})"),
    ROLE_TITLE_FIRST,
    # Jane Doe (60), who has led X as Chief Executive Officer since 2016
    # (or "Aymeric Le Chatelier, who has led the Group as interim Chief Executive Officer": the company the text is about)
    compile_pattern(rf"(?<![\w'’\-])(?=[{UP}])(?P<person>{PERSON}){CREDS}(?:\s*\(\d{{2}}\))?,\s+who\s+(?:has\s+led|leads|led|has\s+headed|heads|headed|has\s+run|runs|ran)\s+"
                    rf"(?:the\s+)?(?P<org>{NAME_SEQ}|(?<=the\s)(?:Group|Company|company|group))\s+as\s+(?:its\s+|the\s+)?(?P<title>{TITLE_PHRASE})"),
    # said Jane Doe, Acme Group Chief Executive (no possessive: taken only for an organisation the text names)
    compile_pattern(rf"(?<![\w'’\-])(?=[{UP}])(?P<person>{PERSON}){CREDS},\s+(?P<org>{NAME_SEQ})\s+(?P<title>{TITLE_PHRASE})(?=\s*(?:[,.;:]|$))"),
    THE_HEAD_OF,
    # "Dermapharm, whose Chief Executive Officer is Dr. Hans-Georg Feldmeier"
    # (or past its description: "Piramal Enterprises Limited, a diversified company headquartered in Mumbai whose Chairman is
    # Ajay Piramal")
    compile_pattern(rf"{CAPITAL_NEXT}(?P<org>{NAME_SEQ})(?:,?\s+{LEGAL_SUFFIX})?,\s+(?:(?:an?|the)\s+[^,;.()]{{3,80}}?\s+(?:company|group|firm|"
                    rf"business|conglomerate|maker|manufacturer|organi[sz]ation)(?:\s+[^,;.()]{{3,60}}?)?,?\s+)?"
                    rf"whose\s+(?P<title>{TITLE_PHRASE})\s+is\s+(?P<person>{PERSON})"),
    # a title none of the above knows, read by its head word: "Chris James, Group Manager of Medsafe", "Wolfgang
    # Weikmann, Senior Vice President Quality Assurance and Quality Control at Vetter", "Global Therapeutic Area Head,
    # Oncology, Janssen Research & Development, LLC, said" (taken only where no other pattern read the person, and
    # only for an organisation the text names more than once or by its legal form or industry word)
    compile_pattern(rf"(?<![\w'’\-])(?=[{UP}])(?P<person>{PERSON}){CREDS},\s+(?:the\s+|its\s+|our\s+)?(?P<title>{GENERIC_TITLE})\s+(?:of|at)\s+(?:the\s+)?"
                    rf"(?P<org>(?:Dr\.?\s+)?{NAME_SEQ}(?:\s+(?:for|of|de)\s+{NAME_SEQ})?(?:,?\s+{LEGAL_SUFFIX})?)"),
    compile_pattern(rf"(?<![\w'’\-])(?=[{UP}])(?P<person>{PERSON}){CREDS},\s+(?P<title>{GENERIC_TITLE}),\s+"
                    rf"(?P<org>{NAME_SEQ}(?:,?\s+{LEGAL_SUFFIX})?)(?=,?\s+(?:{_SAID})\b|,?\s*:)"),
]
#: the indexes of those last two patterns
GENERIC_ROLES = (len(ROLE_PATTERNS) - 2, len(ROLE_PATTERNS) - 1)
#: a line of a contact block: "[Company:] Jane Doe, Chief Financial Officer[, +1 ...| jane@...]"
#: a contact's title may name its function after the office ("SVP Global Head of Investor Relations & ESG", "Vice
#: President Investor Relations") or before it ("Investor Relations Officer")
_CONTACT_FUNCTION = r"(?:[ \t]+(?:[A-Z&][\w&]*|of|and|&)){1,8}"
CONTACT_ROLE = compile_pattern(rf"[ \t*_\-•]*(?:(?P<org>[A-Z][^:\n]{{1,60}}?)[*_]*\s*(?::|[ \t]+[–—][ \t]+)[*_\s]*)?(?P<person>{PERSON}){CREDS},\s+"
                               rf"(?P<title>{TITLE_PHRASE}(?:{_CONTACT_FUNCTION})?|(?:[A-Z][\w&]*[ \t]+){{1,3}}(?:Officer|Manager|Director|Lead|Head))"
                               rf"[ \t*_]*(?=,|$|\n|\+|\(|[\w.+\-]+@|(?i:tel|phone|e-?mail|mobile)\b)")
#: ... or a person stacked on lines of their own: "Vivian Zhou" / "Director, Corporate Communications[, Company]"
# (the title line read in _stacked_contacts: "Director, Corporate Communications, Botanix", "Head - Corporate Communications")
#: a person's name within one line (PERSON's spaces but no line break)
PERSON_ON_LINE, CREDS_ON_LINE = PERSON.replace(r"\s", r"[ \t]"), CREDS.replace(r"\s", r"[ \t]")
CONTACT_STACK = compile_pattern(rf"^[ \t*_\-•]*(?P<person>{PERSON_ON_LINE}){CREDS_ON_LINE}[ \t*_]*\n[ \t*_]*(?P<line>[A-Z][^\n@|]{{2,140}}?)[ \t*_]*$", re.M)
#: a contact on one line, its fields between bars, with an e-mail or a telephone number ("Wang Lin | Public Relations
#: Director | X | e-mail"; not a table's row)
CONTACT_PIPED = compile_pattern(rf"^[ \t*_\-•]*(?P<person>{PERSON_ON_LINE}){CREDS_ON_LINE}[ \t]*\|[ \t]*(?P<line>(?=[^\n]*(?:@|\+\d))[^\n]{{3,200}})$", re.M)
#: a word only a title has, in a contact block's title line
CONTACT_TITLE_HEAD = compile_pattern(r"\b(?:Manager|Director|Head|Officer|President|VP|SVP|EVP|Chief|Lead|Leader|Specialist|Associate|"
                                     r"Coordinator|Executive|Partner|Advis[eo]r|Consultant|Spokesperson|Representative|Analyst|Secretary|CEO|CFO)\b")
#: the words of a department a contact block names after a title ("Director, Corporate Communications")
CONTACT_DEPARTMENT_WORDS = {"Corporate", "Global", "External", "Internal", "Investor", "Media", "Public", "Government", "Communications",
                            "Communication", "Relations", "Affairs", "Marketing", "and", "&", "Strategy", "Business", "Development",
                            "Finance", "Operations", "Quality", "Regulatory", "Medical", "Commercial", "Legal", "Human", "Resources"}
#: what a contact line may name instead of a company
CONTACT_KIND = compile_pattern(r"(?i:(?:media|investors?|press|analysts?|(?:investor|media|public)\s+relations|enquiries|inquiries|contacts?|"
                               r"(?:media|press|investors?)\s+(?:and|&)\s+(?:media|press|investors?)(?:\s+relations)?(?:\s+contacts?)?|"
                               r"(?:media|investor)\s+contacts?|for\s+(?:further|more)\s+information(?:,?\s+please\s+contact)?)(?:\s+(?:relations|contacts?|enquiries|inquiries))?)")
AND_ORG_AFTER = compile_pattern(rf"\s+and\s+(?:of\s+)?(?P<org>{NAME_SEQ})(?:,?\s+{LEGAL_SUFFIX})?(?=\s*[.;]|,\s+(?:said|says|added)\b|\s*$)")
# "said Alan MacKay and Mike Mortimer, Managing Partners of GHO Capital": two people, one title in the plural each
PLURAL_TITLE = (r"(?:(?:[Cc]o-)?(?:[Ff]ounders|Managing\s+Partners|Managing\s+Directors|General\s+Partners|Partners|Co-Chief\s+Executive\s+Officers|"
                r"Co-CEOs|Co-Chairs|Co-Chairmen|Directors|Founders\s+and\s+Co-CEOs|(?:Vice|Deputy)[\s-]Chair(?:men|s|persons)|Vice\s+Presidents))")
ROLE_PAIR = compile_pattern(rf"(?<![\w'’\-])(?=[{UP}])(?P<person>{PERSON}){CREDS}\s+and\s+(?P<person2>{PERSON}){CREDS},\s+(?:the\s+)?(?P<title>{PLURAL_TITLE}(?:\s+and\s+{PLURAL_TITLE})?)\s+"
                            rf"(?:of|at)\s+(?:the\s+)?(?P<org>{NAME_SEQ}(?:,?\s+{LEGAL_SUFFIX})?)")
# "Tomas Berglund and Anita Sørvik, the company's two Vice Chairmen, ...": the company the text speaks of
ROLE_PAIR_ITS = compile_pattern(rf"(?<![\w'’\-])(?=[{UP}])(?P<person>{PERSON}){CREDS}\s+and\s+(?P<person2>{PERSON}){CREDS},\s+"
                                rf"(?:its|our|the\s+company['’]s)\s+(?:two\s+|joint\s+)?(?P<title>{PLURAL_TITLE})(?=\s*[,.;])")
#: a person's name and a comma right before a title ("Alex Huybens, Chief Operating Officer of HALIX, ...")
PERSON_BEFORE_TITLE = compile_pattern(rf"(?<![\w'’\-])(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?{PERSON}{CREDS},\s+$")
#: the head words of an investment firm's name ("Chief Executive Officer of Pershing Square Capital Management")
INVESTOR_HEAD = compile_pattern(r"\b[A-Z][\w\-]*\s+(?:Capital(?:\s+(?:Management|Partners|Group))?|Ventures|Investments|Partners)$")
#: what names a company's national or regional arm after the group's name ("Octapharma USA", "Pfizer Korea")
COUNTRY_UNIT = compile_pattern(r"\s(?:USA|U\.S\.|US|UK|U\.K\.|Europe|EU|North\s+America|Latin\s+America|Asia(?:\s+Pacific)?|APAC|EMEA|Middle\s+East)$")
#: a person named next in a list of officials ("..., the Minister of Health, Nísia Trindade, the Minister of ...")
NEXT_PERSON_IN_LIST = compile_pattern(rf"(?:\s+(?:and|&)\s+[A-Z][\w\-]*)*,\s+(?:and\s+)?{PERSON}\s*(?:,|\.|\s+and\b)")
# (and "the Life Sciences Company at LG Chem", "the Department of Endocrinology at Nanjing Drum Tower Hospital")
UNIT_WORDS = compile_pattern(r"\b(?:Project|Program|Programme|Initiative|Division|Unit|Department|Office|Team|Company|Business)$|"
                             r"^(?:Department|Division|School|Faculty|Laboratory)\s+of\s")
#: a government's department named in full ("Department of Biotechnology", "Ministry of Health"): an organisation
GOVERNMENT_DEPARTMENT = compile_pattern(r"(?:Department|Ministry)\s+of\s")
#: the words that start such names, no organisation or short name alone
DEPARTMENT_HEADS = {"Department", "Ministry", "Office", "Division", "Government", "Board"}
INSTITUTE_UNIT = compile_pattern(r"(?P<org>.+?\b(?:Hospital|University|College|Institute|Clinic))\s+"
                                 r"(?P<unit>(?:Center|Centre|Department|Division|School|Institute|Laboratory)\s+(?:for|of)\s+.+)")
TITLE_ONLY = compile_pattern(TITLE_WORDS)
HONORIFIC = compile_pattern(r"\b(?:Dr|Mr|Ms|Mrs|Prof)\.?\s")
_HONORIFIC_SURNAME = rf"\b(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+(?P<surname>{NAME_PART})"
ROLE_BY_SURNAME = [
    # (and "Mr Joffe, who is also Chief Executive of the Bidvest Group")
    compile_pattern(rf"{_HONORIFIC_SURNAME}(?:,\s+who)?\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as|remains)(?:\s+also)?\s+(?:the\s+|an?\s+)?"
                    rf"(?P<title>{TITLE_PHRASE})\s+(?:of|at)\s+(?:the\s+)?(?P<org>{NAME_SEQ}(?:,?\s+{LEGAL_SUFFIX})?)"),
    compile_pattern(rf"{_HONORIFIC_SURNAME}\s+joined\s+(?P<org>{NAME_SEQ})(?:,?\s+{LEGAL_SUFFIX})?(?:\s+in\s+(?:\w+\s+)?\d{{4}})?\s+as\s+"
                    rf"(?:its\s+|the\s+|an?\s+)?(?P<title>{TITLE_PHRASE})"),
]
HEAD_OR_LEGAL_AFTER = compile_pattern(rf"(?:{SP}+[A-Z][\w\-]*){{0,2}}(?:{SP}+(?:{_HEADS})|,?{SP}+{LEGAL_SUFFIX})(?![\w-])")
UNIT_THEN_ORG = compile_pattern(r"(?P<unit>.+?\b(?:Division|Unit|Department|Office))\s+of\s+(?:the\s+)?(?P<org>[A-Z].+)")
BUSINESS_OF = compile_pattern(rf"\s+(?:business|division|unit|segment|sector|franchise)\s+(?:of|at)\s+(?:the\s+)?(?P<org>{NAME_SEQ}(?:,?\s+{LEGAL_SUFFIX})?)(?![\w-])")
#: the rest of a unit's name that "and" cut off: "(Endocrine) and Diabetes Program"
AND_UNIT = compile_pattern(r"\s+(?:and|&)\s+(?:[A-Z][\w\-]*\s+){0,3}(?:Program|Programme|Project|Department|Division|Unit|Initiative|Center|Centre)\b")
UNIT_OF_ORG = compile_pattern(rf"(?:\s+at\s+|,\s+)(?:the\s+)?(?P<org>{NAME_SEQ}(?:,?\s+{LEGAL_SUFFIX})?)(?![\w-])")
#: "..., who is also co-founder and CEO of Google DeepMind": the same person's office at another organisation
ROLE_ALSO = compile_pattern(rf",\s+who\s+(?:is|was)\s+also\s+(?:the\s+|an?\s+)?(?P<title>{TITLE_PHRASE})\s+(?:of|at)\s+(?:the\s+)?(?P<org>{NAME_SEQ}(?:,?\s+{LEGAL_SUFFIX})?)")
ROLE_MORE = compile_pattern(rf"\s+and\s+(?P<title>{TITLE_PHRASE})\s+(?:of|at)\s+(?:the\s+)?(?P<org>{NAME_SEQ}(?:,?\s+{LEGAL_SUFFIX})?)")
#: the role patterns whose organisation is surely one ("CEO of X", "X is led by ...")
ORG_NAMING_ROLES = (0, 3, 5, 6, 7, 8, 10, 11, 13)
DEPARTMENT_WORDS = compile_pattern(r"\b(?:Board|Directors|Trustees|Governors|Management|Development|Research|Licensing|Operations|Affairs|Medicine|Health|Strategy|Sales|Marketing|"
                              r"Finance|Manufacturing|Quality|Supply|Commercial|Technical|Regulatory|Clinical|Business|Division|"
                              r"Department|Unit|Team|Office|R&D|"
                              # (a professor's field: "Professor of Infectious Diseases", "Professor of Microbiology")
                              r"Diseases|Microbiology|Immunology|Biochemistry|Pharmacology|Biology|Chemistry|Virology|Genetics|Epidemiology|"
                              r"Surgery|Pa?ediatrics|Neurology|Cardiology|Psychiatry|Radiology|Pathology)\b")
TITLE_HINTS = ("chief", "ceo", "cfo", "coo", "cso", "cmo", "cto", "president", "chair", "director", "head", "founder", "manager",
               "professor", "minister", "officer", "vp", "svp", "evp", "partner", "lead", "commissioner", "secretary", "treasurer", "promoter",
               "investigator", "rector", "adviser", "advisor", "founded", "mayor", "governor", "prefect", "councilor", "councillor", "established", "executive", "board", "dean", "ologist", "physician", "surgeon")
# a trie of lower-case words, searched once in the lower-cased text (a case-insensitive search of every
# sentence took five times as long); the case-insensitive form for texts that lower-casing lengthens
TITLE_HINT = compile_pattern(name_union(TITLE_HINTS))
TITLE_HINT_ANY_CASE = compile_pattern(rf"(?i:{name_union(TITLE_HINTS)})")
# "led by Chief Executive Officer Jane Doe", "founder Jane Doe", "the company's chairman, Jane Doe": organisation from context
ROLE_NO_ORG = compile_pattern(rf"(?:(?<=\s)|^)(?:(?:(?:[Ii]ts|[Tt]he\s+company['’]s|[Oo]ur|[Tt]he)\s+)(?P<title_c>{TITLE_WORDS})(?:,\s+|\s+is\s+)|"
                              rf"(?P<title>{TITLE_WORDS}(?:\s+and\s+{TITLE_WORDS})?)\s+)(?P<person>{PERSON})")
APPOINTED = compile_pattern(
    rf"\b(?:appointment\s+of|election\s+of|appointed|appoints|appoint|elected|elects|(?<=\bto\s)(?:re-)?elect|named|names|nominated|nominates|promoted|promotes|elevated|elevates|hired|hires|welcomes)\s+(?P<person>{PERSON})(?:{CREDS},(?=\s+as\s))?"
    # ("the appointment of Achin Gupta, currently the company's Global Chief Operating Officer, as ...")
    # ("... Thomas Schinecker, today Head of the Diagnostics Division, as Roche's next CEO")
    rf"(?:,\s+(?:currently|now|today|previously|formerly)\s+(?:the\s+company['’]s\s+|its\s+|our\s+)?(?P<title_now>{TITLE_PHRASE}),"
    # (or "named Paul Josephs, a director since 2021, as interim CEO")
    rf"|,\s+(?:an?|who)\s+[^,;()]{{1,60}},)?"
    # (or "nominated Jane Doe, currently Director, to succeed John Roe as President")
    rf"\s+(?:as|to\s+(?:the\s+)?(?:role|position|post)\s+of|to\s+succeed\s+{PERSON}\s+as)\s+(?:its\s+|the\s+(?:company['’]s\s+)?|our\s+|new\s+|next\s+|first\s+|inaugural\s+|an?\s+(?=(?i:independent|non-executive|executive|member|director))|"
    rf"(?-i:[A-Z][\w\-]*)['’]s\s+)*(?P<title>{TITLE_PHRASE})"
    # (and the one who held it: "... as President and Chief Executive Officer and as a member of the Board, succeeding
    # Stanley C. Erck")
    rf"(?:[^.;]{{0,80}}?,\s+(?:succeeding|replacing)\s+(?P<predecessor>{PERSON})(?=\s*[,.;]|\s+(?:who|as|in|on|effective)\b))?"
)
# "Sigurdur ("Siggi") Olafsson has been appointed Chief Executive Officer", and, where a title ends the phrase,
# "... including Khalid Nabilsi, Chief Financial Officer, who remain ...", "said Jane Doe, Chief Executive Officer.":
# the organisation comes from the context (see rules_profile.roles)
PERSON_NICK = rf"{NAME_PART}\s+\([\"“][{UP}][{LOW}]+[\"”]\)\s+{NAME_PART}"
#: a person named by an honorific and surname alone ("Mr Perreault", "Dr McKenzie"), read as the one named in full
HON_SURNAME = rf"(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+[{UP}][{LOW}'’]+(?:-[{UP}][{LOW}'’]+)?"
# "Dr. Martin Nicklasson, Dr. Nicole Onetto, Steven D. Skolsky and Dr. Thomas Werner were re-elected as members of the
# Board": each one a member (of the company the text is about)
_MEMBER = rf"(?:{PERSON}|{HON_SURNAME})"
MEMBERS_LIST = compile_pattern(rf"(?=[{UP}])(?P<list>{_MEMBER}(?:,\s+{_MEMBER}){{0,8}},?\s+and\s+{_MEMBER})\s+(?:were|have\s+been|are|will\s+be)\s+(?:also\s+)?"
                               rf"(?:(?:re-?)?elected|appointed|confirmed|named|nominated)\s+(?:as\s+)?(?:new\s+)?members\s+of\s+the\s+"
                               rf"(?P<body>(?:Supervisory\s+|Management\s+|Executive\s+)?Board(?:\s+of\s+(?:Directors|Management))?|[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?\s+Committee)"
                               rf"(?:\s+of\s+(?P<org>{NAME_SEQ}))?")
ROLE_NO_ORG_MORE = (
    # (and at a general meeting: "Jane Doe was newly elected to the Board as Vice Chairman", "John Roe was re-elected as a
    # member of the Board", "Jane Doe was confirmed as Chairman of the Board of Directors")
    compile_pattern(rf"(?<![\w'’\-.])(?P<person>{PERSON_NICK}|{PERSON}){CREDS}(?:,[^,;]{{1,120}},|,)?\s+(?:(?:has\s+been|was|will\s+be|is)\s+)?(?:(?:(?<=been\s)|(?<=was\s))(?:newly|also|unanimously)\s+)?"
                    rf"(?:appointed|named|promoted\s+to|elevated\s+to|(?:(?<=been\s)|(?<=was\s)|(?<=newly\s)|(?<=also\s)|(?<=unanimously\s))(?:re-?)?elected|(?:(?<=been\s)|(?<=was\s))confirmed)\s+"
                    rf"(?:to\s+the\s+(?:[Ss]upervisory\s+)?[Bb]oard(?:\s+of\s+[Dd]irectors)?\s+as\s+|as\s+|(?<=to\s)succeed\s+(?:him|her|them|{HON_SURNAME})\s+as\s+)?"
                    rf"(?:the\s+(?:company['’]s\s+)?|its\s+|an?\s+(?=[Mm]ember\b))?(?:(?:new|first|inaugural)\s+)?(?P<title>{TITLE_PHRASE})"),
    # (or "said Mr. Wakumoto, President and Representative Director.": the person the text named in full)
    # (or "said Park Young-shin, Executive Director in charge of Plant 2.": the remit is no part of the title)
    compile_pattern(rf"(?<=\s)(?P<person>{PERSON}|{HON_SURNAME}){CREDS},\s+(?:its\s+|our\s+|the\s+company['’]s\s+)?(?P<title>{TITLE_PHRASE})"
                    rf"(?=(?:{REMIT})?(?:\s+since\s+[\w\s]{{4,20}}?)?\s*(?:[.;]|,\s+(?:and|who|said|added|has|had|is|was|will|also|continues|remains|"
                    rf"joins|joined|leads|led|oversees|serves|reports|brings|pointed|noted|thanked|welcomed|described|stressed|underlined|"
                    rf"highlighted|told|explained|commented|emphasi[sz]ed|called)\b))"),
    # "Jane Doe will become Chief Executive Officer", "Jane Doe, who has led X as CEO, ... and becomes Executive
    # Chairman", "Jane Doe will succeed John Roe as CEO"
    # (and "Anat Ashkenazi, who resigned earlier this year to become CFO of Alphabet")
    # (and "Dr Weiguo Su, its long-serving Chief Scientific Officer, has taken over as Chief Executive Officer", "Hiroyuki
    # Okuzawa assumed the position of President", "will continue to serve the company as Co-Chairman")
    compile_pattern(rf"(?P<person>{PERSON})(?:,\s+who\s+[^,;]{{1,80}},(?:[^,;.]{{1,100}}?\s+and)?|,\s+who(?=\s+(?:continues|remains)\s)|"
                    rf",\s+(?:its|the\s+company['’]s|our)\s+[^,;()]{{1,80}},|"
                    # ("Dr Mario Polywka, currently a member of the Supervisory Board and formerly ..., has agreed to lead")
                    rf",\s+(?:currently|now)\s+[^,;()]{{1,120}},|"
                    rf",\s+who\s+(?:resigned|left|stepped\s+down|departed)\b[^,;.]{{0,60}}?\s+to(?=\s+become\s))?\s+(?:[Ww]ill\s+|[Tt]o\s+|has\s+)?"
                    # ("will serve as interim CEO", "has agreed to lead Evotec as interim Chief Executive Officer": not "served
                    # as", a past post)
                    rf"(?:(?:has\s+)?agreed\s+to\s+)?"
                    rf"(?:(?:[Ss]erves|[Aa]cts|(?<=\sto\s|ill\s)(?:serve|act))\s+as|(?<=\sto\s)lead\s+(?:the\s+(?:company|group)|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,2}})\s+as|"
                    rf"[Bb]ecomes?|[Bb]ecame|(?<=\sto\s)become|(?:[Cc]ontinues?|[Rr]emains?)(?:\s+to\s+serve(?:\s+the\s+(?:company|group))?)?\s+as|(?:[Tt]akes?|[Tt]ook|[Tt]aking|taken)\s+over\s+as|"
                    rf"(?:[Aa]ssume[sd]?|[Aa]ssuming)\s+the\s+(?:position|role|post|office)\s+of|"
                    # ("took charge today as the company's Chief Executive Officer", "takes office as President")
                    rf"(?:[Tt]akes?|[Tt]ook|[Tt]aking)\s+(?:charge|office)\s+(?:today\s+|on\s+\w+\s+\d{{1,2}}\s+)?as|"
                    rf"(?:[Ss]teps?|[Ss]tepped|[Ss]tepping)\s+(?:up|in)\s+as)\s+"
                    # ("will take over as Chief Financial Officer ad interim on 1 May")
                    rf"(?:the\s+(?:company['’]s\s+)?|its\s+)?(?:new\s+)?(?P<title>{TITLE_PHRASE})(?:\s+(?:ad\s+interim|a\.i\.))?"
                    rf"(?=(?:\s*\([A-Z]{{2,5}}\))?(?:[ \t]*(?:[.;,\n]|$)|\s+(?:of|at|on|in|with|effective|from|and|today)\b))"),
    # (a headline capitalises the verb: "Julie Kim Will Succeed Christophe Weber as ..."; the predecessor held the title)
    # (and "Adam Pearson, currently responsible for corporate strategy, will succeed Mr. Okamura as ...")
    compile_pattern(rf"(?P<person>{PERSON})(?:,[^,;]{{1,80}},)?\s+(?:[Ww]ill\s+|[Tt]o\s+)?(?:[Ss]ucceeds?|[Ss]ucceeded)\s+"
                    rf"(?P<predecessor>{PERSON}|{HON_SURNAME})\s+as\s+(?:the\s+)?"
                    rf"(?P<title>{TITLE_PHRASE})"),
    # "Mr Perreault will step down as Chief Executive Officer and Managing Director": the title of the company spoken of
    compile_pattern(rf"(?P<person>{PERSON}|{HON_SURNAME})(?:,[^,;]{{1,80}},)?\s+"
                    rf"(?:[Ww]ill\s+|[Tt]o\s+|has\s+|had\s+)?(?:step(?:s|ped)?\s+down|retire[sd]?|resign(?:s|ed)?)\s+as\s+"
                    rf"(?:the\s+company['’]s\s+|its\s+)?(?P<title>{TITLE_PHRASE})(?!\s+(?:of|at)\s+(?:the\s+)?[A-Z])"),
    # "He will be succeeded as CEO - North America by Richard Ascroft"
    compile_pattern(rf"\b(?:succeeded|replaced)\s+as\s+(?:the\s+company['’]s\s+|its\s+)?(?P<title>{TITLE_PHRASE})\s+by\s+(?P<person>{PERSON})"),
    # "the first day in office of Juan José González, whom the board named Chief Executive Officer on 3 April"
    compile_pattern(rf"(?P<person>{PERSON}),\s+whom\s+(?:the\s+(?:[Bb]oard(?:\s+of\s+[Dd]irectors)?|[Cc]ompany|[Gg]roup)|it|we)\s+(?:has\s+|had\s+)?"
                    rf"(?:named|appointed|elected|hired|chose)\s+(?:as\s+)?(?:its\s+|the\s+|our\s+)?(?:new\s+)?(?P<title>{TITLE_PHRASE})"),
    # "Yvonne Greenstreet to Succeed Founding CEO John Maraganore": the successor takes the predecessor's title
    compile_pattern(rf"(?P<person>{PERSON})(?:,[^,;]{{1,80}},)?\s+(?:[Ww]ill\s+|[Tt]o\s+)?(?:[Ss]ucceeds?|[Ss]ucceeded)\s+"
                    rf"(?:(?:[Ff]ounding|[Oo]utgoing|[Rr]etiring|[Ll]ong-?(?:time|serving)|[Cc]urrent)\s+)*(?P<title>{TITLE_PHRASE})\s+"
                    rf"(?P<predecessor>{PERSON})"),
)
# "has been appointed ...", "becomes ...", "will succeed ... as ...": a role taken up
ROLE_NO_ORG_RE = getattr(ROLE_NO_ORG, "compiled", ROLE_NO_ORG)
NEW_ROLE_RES = tuple(getattr(p, "compiled", p) for p in (APPOINTED, ROLE_NO_ORG_MORE[0], *ROLE_NO_ORG_MORE[2:]))
# roles whose organisation is the one the text speaks of: "Cyrus Poonawalla, who remains its Chairman",
# "Its board is chaired by Jane Doe", "Dr Jane Doe will join the Group and its Board as an Executive Director"
SURNAME = rf"{HON_SURNAME}(?![\w-])"
ROLE_IN_CONTEXT = [
    # "Severin Schwan, the company's Chief Executive Officer, ...", "founded by Dr. Cyrus Poonawalla, its Chairman and
    # Managing Director, Serum Institute ...": a title the words name as the company's, whatever follows
    compile_pattern(rf"(?P<person>{PERSON}){CREDS},\s+(?:its|the\s+company['’]s|our)\s+(?P<title>{TITLE_PHRASE}),\s"),
    # ("Jane Doe, who remains its Chairman", "Suma M. Krishnan is the company's co-founder and President, Research & Development")
    # (and "Jane Doe, who founded the company in 2009, is its Executive Chairman")
    compile_pattern(rf"(?P<person>{PERSON})(?:,\s+who(?:\s+[^,;]{{1,80}},)?)?\s+(?:is|remains|was|serves\s+as|has\s+been)\s+(?:its|the\s+company['’]s|our)\s+"
                    rf"(?P<title>{TITLE_PHRASE})"),
    # ("Mary Luo, a co-founder of the company, is Chairman of the Board and Chief Operating Officer.", "Jane Doe is the
    # Chair of the Board": a title with no organisation after it, in the present)
    compile_pattern(rf"(?P<person>{PERSON}){CREDS}(?:,\s+(?:an?|the)\s+[^,;()]{{1,80}},)?\s+(?:is|remains|serves\s+as|has\s+been)\s+"
                    rf"(?:also\s+|currently\s+)*(?:the\s+)?(?P<title>{TITLE_PHRASE})(?=\s*[.;]|,\s+(?:and|a|an|since|which|having)\s|\s+since\s)"),
    # "Dilip Shanghvi, the founder of Sun Pharma, who currently serves as Chairman and Managing Director"
    compile_pattern(rf"(?P<person>{PERSON})(?:,\s+[^,;]{{1,60}})?,\s+who\s+(?:currently\s+)?serves\s+as\s+(?:its\s+|the\s+company['’]s\s+|our\s+)?"
                    rf"(?P<title>{TITLE_PHRASE})"),
    compile_pattern(rf"\b(?:[Ii]ts|[Oo]ur|[Tt]he\s+company['’]s)\s+[Bb]oard(?:\s+of\s+[Dd]irectors)?\s+is\s+(?P<title>chaired)\s+by\s+"
                    rf"(?P<person>{PERSON})"),
    # "Uwe Bücheler, head of the company's Biopharmaceuticals business unit"
    compile_pattern(rf"(?P<person>{PERSON}){CREDS},\s+(?P<title>(?:[Hh]ead|[Pp]resident|[Dd]irector|[Ll]eader|[Gg]eneral\s+[Mm]anager)\s+of\s+"
                    rf"(?:the\s+company['’]s|its|our)\s+[^,.;\"“”]{{2,60}}?)(?=\s*(?:[.;]|,))"),
    # "Steve Cutler continues as Chief Executive Officer of the combined company, Brendan Brennan as Chief Financial Officer,
    # and Ciaran Murray as Chairman of the Board of Directors": the next people of such a list
    compile_pattern(rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<person>{PERSON})\s+as\s+(?:its\s+|the\s+|our\s+)?(?P<title>{TITLE_PHRASE})"
                    rf"(?=\s*[,.;]|\s+and\s)"),
    # (or "Dr McKenzie joins the CSL Board as an Executive Director")
    # (and "elected Jane Doe, who joins the board as a new independent member")
    compile_pattern(rf"(?P<person>{PERSON}|{SURNAME})(?:,\s+who)?\s+(?:will\s+join|joins|has\s+joined)\s+(?:the\s+(?:[Cc]ompany|Group|group)|us|"
                    rf"(?:the|its)\s+(?:[{UP}][\w\-]*\s+)?[Bb]oard(?:\s+of\s+[Dd]irectors)?(?=\s+as\s))(?:\s+and\s+its\s+[Bb]oard)?\s+"
                    rf"as\s+(?:an?\s+|its\s+|the\s+)?(?:new\s+)?(?P<title>{TITLE_PHRASE}|(?i:independent|non-executive)\s+member\b)"),
]
# the compiled patterns a match's ``re`` is, the last the one of "will join"
ROLE_IN_CONTEXT_RES = tuple(getattr(p, "compiled", p) for p in ROLE_IN_CONTEXT)
# "Tassos Gianakakos, MyoKardia's Chief Executive Officer, will join LianBio's Board of Directors": a board member
#: a board one joins: "the Board of Directors", "the Supervisory Board", "its Scientific Advisory Board"
_BOARD = r"(?:(?:[Ss]upervisory|(?:[Ss]cientific|[Cc]linical|[Mm]edical|[Ss]trategic)\s+[Aa]dvisory|[Aa]dvisory)\s+)?[Bb]oard(?:\s+of\s+[Dd]irectors)?"
JOINS_BOARD = compile_pattern(rf"(?<![\w-])(?P<person>{PERSON}|{HON_SURNAME}|{NAME_PART}|(?:He|She)){CREDS}(?:,\s+[^,;()]{{1,80}},|,?\s+of\s+(?:the\s+)?{NAME_SEQ})?\s+(?:(?:also|already)\s+)?(?:will\s+(?:also\s+)?join|joins|has\s+(?:also\s+)?joined|joined|was\s+elected\s+to|"
                              rf"has\s+been\s+(?:elected|appointed)\s+to|will\s+[^.;]{{1,80}}?\s+and\s+join)\s+(?:(?P<org>{NAME_SEQ})['’]s?\s+(?:new\s+|global\s+)?(?P<board>{_BOARD})|"
                              rf"(?:the|its)\s+(?:new\s+|newly\s+formed\s+|global\s+)?(?P<board2>{_BOARD})(?:\s+of\s+(?P<org2>{NAME_SEQ}))?)(?!\s+as\b)")
#: two people elected or appointed together to seats of one kind
ELECTED_PAIR = compile_pattern(rf"\b(?:(?:re-)?elect(?:ed|s)?|appoint(?:ed|s)?|name[sd]?)\s+(?P<person>{PERSON}){CREDS}\s+and\s+(?P<person2>{PERSON}){CREDS}\s+as\s+(?:new\s+|its\s+|the\s+company['’]s\s+)?"
                               rf"(?P<title>(?:(?i:independent|non-executive|executive)\s+)?(?i:directors|board\s+members))\b")
# "Jane Doe, who founded the company in 2009, ...", "John Roe, who co-founded Kessler in 1998, ..." (and "said Jane Doe,
# Chairman and CEO of X, who founded the company in 2015")
WHO_FOUNDED = compile_pattern(rf"(?P<person>{PERSON}){CREDS},\s+(?:[^,;.\"“”]{{1,100}},\s+)?who\s+(?P<co>co-?)?founded\s+(?:(?P<it>the\s+(?:[Cc]ompany|Group|group|firm)|it)|(?P<org>{NAME_SEQ}))(?=[\s,.;])")
FOUNDED_BY = compile_pattern(rf"\b(?:[Ff]ounded|[Cc]o-founded|[Ee]stablished)\s+(?:in\s+\d{{4}}\s+)?(?:in\s+[A-Z][^.;()]{{1,50}}?,?\s+(?:in\s+\d{{4}},?\s+)?)?by\s+(?:(?:its\s+)?(?:current\s+)?(?:Chairman|Chairwoman|CEO)\s+)?(?P<list>{PERSON}(?:(?:,\s*|\s+and\s+)+{PERSON})*)")


#: "It was founded ...", "The company was established ...": the founded organisation is the one spoken of
IT_WAS = compile_pattern(r"(?:^|[.;]\s+|\n)(?:It|The\s+(?:[Cc]ompany|[Gg]roup|firm))\s+was\s+$")
#: "Founded in 1978 by Jane Doe, Kessler Pharma was ...": the organisation named right after the founders
FOUNDED_SUBJECT_AFTER = compile_pattern(rf",\s+(?P<org>{NAME_SEQ})(?:,?\s+{LEGAL_SUFFIX})?\s+(?:was|is|has|became|grew|began|started)\b")
ADJECTIVE_TAIL = compile_pattern(r"-(?:related|associated|induced|mediated|dependent|positive|negative|mutated|mutant|driven|"
                                 r"specific|based|derived|like|naive|targeted|directed|expressing|high|low)$")
#: a label before a code that is no product: an exchange's or register's name, "code", "number", "reference"
CODE_LABEL = compile_pattern(r"(?:\b[A-Z]{2,}|(?i:\b(?:stock\s+)?code|isin|ticker|symbol|number|no|ref\w*|id|identifier|cas|registration))\.?\s*:\s*$")


# what every match of a pattern contains: a text without it need not be scanned with the pattern
NEEDS = {
    ORG_BY_TICKER: compile_pattern(r"\((?:[A-Z]+(?:\s[A-Z]+)?\s*:)"),
    ORG_BY_PREFIX: compile_pattern(f"{_PREFIX_HEADS}|{_OF_HEADS}"),
    BRAND: compile_pattern(r"®|™|\(R\)|\(TM\)"),
    ISOTOPE_CODE: compile_pattern(r"\d[A-Z]"),
    ROLE_TITLE_FIRST: compile_pattern(r"\sof\s+(?:[A-Z]|\d)"),
    THE_HEAD_OF: compile_pattern(r"(?i:the\s+(?:head|chief|director|commissioner|chair\w*|president|secretary)\s+of\s)"),
    ROLE_IN_BRACKETS: compile_pattern(r":\s*[A-Z]"),
    # (patterns that most releases give nothing, each a fifth of a millisecond over the text; in the pattern or its
    # look-ahead, what follows the name)
    PRODUCT_CONTEXT[5]: compile_pattern(r"(?:used|indicated)\s+(?:to|for|in)\b"),
    ORG_BY_ACRONYM: compile_pattern(rf"(?:and|&){SP}+{TOK}(?:{SP}+{TOK}){{0,3}},?{SP}+{LEGAL_SUFFIX}{SP}*\((?:the{SP}+)?[\"“]?[A-Z]"),
    ORG_BY_KIND: compile_pattern(r"(?:company|biotech|drugmaker|CDMO|CRDMO|CRO|pharmaceutical\s+group|biotechnology\s+firm|spin-?off|subsidiary|partner)"
                                 r"\s+[A-Z\d]"),
    ORG_BY_APPOSITION: compile_pattern(rf",\s+(?:a|an|the|one of the)\s+(?:[\w\-.]+\s+){{0,6}}?{_APPOSITION_NOUNS}"),
    PLACE_BEFORE_FACILITY: compile_pattern(r"\s(?:facility|plant|site|campus|factory)\b"),
    PRODUCT_CONTEXT[2]: compile_pattern(rf"(?:,|\s+is)\s+(?:a|an|the|its|their|[A-Z][\w\-]*['’]s)\s+(?:[\w\-]+(?:['’]s|,)?\s+|\([\w\-]+\)\s+){{0,6}}?"
                                        rf"{_PRODUCT_KINDS}\b"),
    PRODUCT_CONTEXT[4]: compile_pattern(r"\s\([a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,4}\)"),
    PRODUCT_CONTEXT[-1]: compile_pattern(r"\sin\s+(?:\w+\s+){0,3}Phase\s"),
    LOWER_CODE: compile_pattern(r"(?<=[A-Z])-\d{2}|[a-z][A-Z]{2,5}\d"),
    ORG_BY_VERB_PAST_CLAUSE: compile_pattern(r",\s+(?:which|who|based|headquartered|located)\s"),
    ORG_BY_PASSIVE_DEAL: compile_pattern(r"\s(?:acquired|bought|purchased|taken\s+over)\s+by\b"),
    # (role patterns, tried in each sentence that names a title: what follows the person or the title)
    ROLE_PATTERNS[0]: compile_pattern(r"\s(?:of|at|for)\s"),
    ROLE_PATTERNS[1]: compile_pattern(r",\s+[\s\S]*?,\s"),
    ROLE_PATTERNS[2]: compile_pattern(r"['’]s?\s"),
    ROLE_PATTERNS[5]: compile_pattern(rf"\s{_SAID}\b|,\s+(?:has|had|is|was|will|who|also)\b|[.;]"),
    ROLE_PATTERNS[6]: compile_pattern(r"\s(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as|has\s+served\s+as|remains|"
                                      r"resigned|retired|stepped\s+down|resign|retire|step\s+down)\s"),
    ROLE_PATTERNS[11]: compile_pattern(r",\s+[A-Z]"),
    ROLE_NO_ORG_MORE[4]: compile_pattern(r"\b(?:step(?:s|ped)?\s+down|retire[sd]?|resign(?:s|ed)?)\s+as\s"),
    ORG_BY_LEGAL_PREFIX: compile_pattern(r"\bPT\s"),
    LOCAL_REGULATOR: compile_pattern(r"(?:Administration|Agency|Authority|Bureau)\b|\bof\s+the\s+(?:State|Land|Province|Region|Canton|Free\s+State|Autonomous\s+Community)\s+of\s"),
}
# looked up by identity: hashing a compiled pattern hashes its whole code (a role pattern's is ~100,000
# words), which made each lookup cost 10-20 us
_NEEDS_BY_ID = {id(pattern): needs for pattern, needs in NEEDS.items()}


def scan(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)``, skipped where that text lacks what every match needs."""
    endpos = len(text) if endpos is None else endpos
    return iter(()) if _screened_out(pattern, text, pos, endpos) else pattern.finditer(text, pos, endpos)


def _screened_out(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> bool:
    """Whether the text between ``pos`` and ``endpos`` lacks what every match of ``pattern`` needs (see NEEDS)."""
    needs = _NEEDS_BY_ID.get(id(pattern))
    return needs is not None and not needs.search(text, pos, endpos)


INDUSTRY_WORDS = {w for h in INDUSTRY_HEADS for w in h.split()}
#: the words of TITLE_TOKENS that only a person's title has, wherever they stand in a name
#: officers' acronyms: a name that starts with one is a title ("CEO Healthcare")
TITLE_ACRONYMS = {"CEO", "CFO", "COO", "CSO", "CTO", "CCO", "CBO", "CIO", "EVP", "SVP", "VP"}
TITLE_HEAD_TOKENS = {"Chief", "Officer", "President", "Vice", "Director", "Head", "Chairman", "Chair", "Manager", "Founder", "Professor", "Minister"}
INSTITUTION_HEADS = {*ORG_PREFIX_HEADS, *ORG_OF_HEADS}
GENERIC_HEADS = {*INSTITUTION_HEADS, "Group", "Company", "Corporation", "Institution", "Agency"}
# words of an institution's name that no person's name has ("Baylor College of Medicine, said")
NOT_PERSON_WORDS = {*INSTITUTION_HEADS, "Organization", "Organisation", "Health", "Group", "Center", "Centre", "Division", "Department", "Pharm",
                    "Unit", "Team", "Office", "Clinic", "Quality", "Production", "Imaging", "Supply", "Logistics", "Procurement", "Finance",
                    # (the rest of a ministry's name: "Minister of Foreign Affairs and International Cooperation")
                    "Affairs", "Cooperation", "Dept", "Communications", "Relations", "Welfare", "Population", "Prevention", "Security", "Trade", "Industry", "Innovation",
                    # (a professor's field: "Professor of Clinical Gene Therapy at ...", no person "Gene Therapy")
                    "Therapy", "Therapeutics", "Therapeutic", "Areas", "Area", "Medicine", "Oncology", "Immunology", "Pharmacology", "Biology", "Chemistry", "Sciences",
                    "Surgery", "Cardiology", "Neurology", "Genetics", "Epidemiology", "Microbiology", "Virology", "Pediatrics",
                    "Paediatrics", "Hematology", "Haematology", "Endocrinology", "Dermatology", "Radiology", "Pathology", "Psychiatry", "Science", "Engineering", "Nursing", "Pharmacy",
                    # (a headline's words: "AbbVie Announces CEO Succession Plan")
                    "Succession", "Plan", "Transition", "Update", "Changes", "Appointment", "Appointments",
                    # (a business after a title: "CEO Performance Materials", "CEO Electronics", "President Consumer Healthcare")
                    "Materials", "Electronics", "Healthcare", "Solutions", "Services", "Products", "Markets", "Operations", "Diagnostics"}
TITLE_TOKENS = {
    "Chief", "Officer", "President", "Vice", "Senior", "Executive", "Director", "Head", "Global", "Managing",
    "Chairman", "Chair", "Representative", "Clinical", "Development", "General", "Manager", "Board", "Founder",
    "Professor", "Minister", "Research", "Medical", "Scientific", "Business", "Operations", "Corporate",
}


@dataclass
class DocMentions:
    """All mentions of one document, and the organisation names grouped by key."""

    mentions: list[Mention] = field(default_factory=list)
    org_names: dict[str, set[str]] = field(default_factory=dict)  # key -> names as written
    org_kind: dict[str, str] = field(default_factory=dict)  # key -> Company | Regulator
    org_counts: dict[str, int] = field(default_factory=dict)
    roles: list[tuple[str, str, str, int, int]] = field(default_factory=list)  # person, title, org, start, end
    persons: set[str] = field(default_factory=set)


NAME_START = compile_pattern(r"(?<![\w\-\[])")
WORD_END = compile_pattern(r"(?![\w-])")
# what may follow an organisation's name: its legal form, then the end of the word
NAME_END = compile_pattern(rf"(?:,?\s+{LEGAL_SUFFIX})?(?![\w-])")
WORD = compile_pattern(r"[A-Za-z][\w'’\-]*")
WORD_START = compile_pattern(r"(?<![\w-])")
# a word not followed by a capitalised one
ALONE_AFTER = compile_pattern(r"(?![ \t]+[A-Z])(?![\w-])")
#: a disease named after the word ("Angelman syndrome"): the word names no company alone
DISEASE_AFTER = compile_pattern(r"[ \t]+(?i:syndrome|disease|disorder|ataxia|dystrophy|sarcoma|lymphoma)\b")


def _company_line(line: str) -> bool:
    """Whether a contact block's line is a company's name alone ("Alimera Sciences", "TG Therapeutics, Inc.")."""
    line = line.strip(" *_#\t")
    # (a full stop only after a legal form: "Abbisko Therapeutics Co., Ltd.", not a sentence)
    return bool(line) and line[0].isupper() and len(line.split()) <= 8 and not re.search(r"@|\d{3}|[:;]$|(?i:\b(?:tel|phone|www)\b)", line) \
        and not (line.endswith(".") and not re.search(rf"{LEGAL_SUFFIX}$", line)) and not CONTACT_KIND.fullmatch(line) \
        and not CONTACT_TITLE_HEAD.search(line)


def _split_contact_title(line: str) -> tuple[str, str]:
    """A contact's title and the company after it: "Manager, Corporate Communications, SymBio Pharmaceuticals Limited"
    is a title, its department, then the company."""
    parts = line.split(", ")
    n = 1
    while n < len(parts) and (CONTACT_TITLE_HEAD.search(parts[n]) or all(w in CONTACT_DEPARTMENT_WORDS for w in parts[n].split())):
        n += 1
    return ", ".join(parts[:n]), ", ".join(parts[n:])


PREVIOUS_WORD = compile_pattern(r"([A-Z][\w\-]*)\s+$")


def _typo_of(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` mistyped: one letter off, two for a name of seven letters or more."""
    return Levenshtein.distance(word.lower(), name.lower()) <= (2 if len(name) >= 7 else 1)


def _word_before(text: str, at: int) -> bool:
    """Whether a word character or a hyphen comes right before ``at`` (where a look-behind for no word character would fail)."""
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_-")


def _word_after(text: str, at: int) -> bool:
    """Whether a word character or a hyphen comes right at ``at`` (where a look-ahead for no word character would fail)."""
    return at < len(text) and (text[at].isalnum() or text[at] in "_-")


def _find_all(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def find_names(text: str, names, end: re.Pattern[str] = WORD_END) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) for each of ``names`` written in ``text`` as a whole word, left to right.

    The matches of the regex ``(?<![\\w\\-\\[])(?P<name>longest|...|shortest)`` followed by ``end``,
    without compiling a regex for each document's names: where names start, the longest is tried
    first and the first one that ``end`` accepts after it wins; the next match starts after it.
    """
    found = [(at, -len(name), name) for name in {n for n in names if n} for at in _find_all(text, name)]
    pos = 0
    for at, _, name in sorted(found):
        if at >= pos and NAME_START.match(text, at) and (m := end.match(text, at + len(name))):
            yield at, m.end(), name
            pos = m.end()


def _title_case(sentence: str) -> bool:
    words = WORD.findall(sentence)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) >= 0.7


DESCRIBED_TARGET = compile_pattern(r"-(?:directed|targeted|targeting|positive|negative|expressing|mutated|mutant|based|specific|"
                                   r"mediated|derived|associated|related|induced|dependent|resistant|naive|na\u00efve|high|low|amplified)$")
REGION_SUFFIX = compile_pattern(r"\s(?:Region|Province|Prefecture|Governorate|Oblast|County|Emirate)$")  # ("Governor of Qassim Region")
# the titles of a government's officers (see rules_profile.roles for whose government)
GOVERNMENT_TITLE = compile_pattern(r"(?i:(?:Deputy\s+|Vice\s+|Prime\s+|Chief\s+)?Minister|Governor|(?:Vice[\s-])?Mayor|Ambassador|Senator|"
                                   r"Congress(?:man|woman)|(?:Vice\s+)?President\s+of\s+the\s+Republic|Secretary\s+of\s+State|"
                                   r"State\s+Councill?or|Prefect)\b")
HEAD_OF_STATE = compile_pattern(r"(?:Vice[\s-])?President|Prime\s+Minister|King|Queen|Emir|Governor|Premier|Chancellor", re.I)
HEADLINE_VERBS = {"Announces", "Announce", "Announced", "Appoints", "Names", "Confirms", "Says", "Reports", "Welcomes", "Picks", "Taps",
                  "Selects", "Hires", "Promotes", "Elects", "Nominates", "Adds"}


def _headline_person(name: str) -> str:
    """The person in a capitalised headline: the words after its verb, without "Will" or "To"."""
    words = name.split()
    while words and words[-1] in ("Will", "To", "Shall"):
        words.pop()
    verbs = [n for n, w in enumerate(words) if w in HEADLINE_VERBS]
    return " ".join(words[verbs[-1] + 1:] if verbs else words)


NAME_OPENING_ADJECTIVES = {"Global", "Leading", "New", "American", "European", "Chinese", "Korean", "Japanese", "Indian", "Swiss", "German"}


# what "X is a ..." says X is: the first noun that tells a product from an organisation (those of an apposition)
IS_A_WHAT = compile_pattern(r"\s+(?:[\w\-]+\s+){0,4}?(?:(?P<product>vaccines?|candidates?|therap(?:y|ies)|drugs?|antibod(?:y|ies)|biosimilars?|"
                            r"medicines?|treatments?|inhibitors?|agonists?|antagonists?|conjugates?|formulations?|injections?|tablets?|"
                            rf"radioligands?|radiopharmaceuticals?|molecules?|compounds?|generics?|(?<=generic\s)versions?|inhalers?|aerosols?|capsules?|sprays?)\b|"
                            # ("ARO-XDH is a small interfering RNA (siRNA) designed to ...")
                            rf"(?P<product2>therapeutics?|(?:si|m|sa|ds)?RNAs?|oligonucleotides?|peptides?)(?![\w-])|(?P<org>{_APPOSITION_NOUNS}|maker\b)|"
                            # ("TMPRSS6 is a liver enzyme that ...": a target, no organisation)
                            r"(?P<target>enzymes?|proteins?|receptors?|genes?|kinases?|hormones?|proteases?|ligands?|cytokines?|antigens?|pathways?)\b)")
#: what follows a name under "About NAME" when the section is about a product ("... is a two-dose adenoviral vector vaccine")
ABOUT_PRODUCT_REST = compile_pattern(rf"\s*(?:®|™)?(?:\s*\([^()]*\))?,?\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w\-/,]+\s+){{0,8}}?{_PRODUCT_KINDS}\b")
THE_INSIDE = re.compile(r"(?<=[a-z,;:])[ \t]+The[ \t]+(?=[A-Z])")


def _trim_name(name: str, start: int) -> tuple[str, int]:
    """Drop leading function words ("The", "Our") from a candidate name (but not the adjective an institution's
    name opens with: "the Chinese Academy of Medical Sciences", "the American Society of Clinical Oncology")."""
    words = name.split()
    while words and (words[0] in NOT_NAME_WORDS or words[0].lower() in ("and", "or", "with", "by")
                     or words[0] in ("CDMO", "CRDMO", "CRO", "CMO", "CDO") and len(words) > 1) and not (  # ("European CDMO Cenexi")
            words[0][:1].isupper() and words[0][1:].islower() and len(words) > 1 and words[1] in INSTITUTION_HEADS
            and words[0] not in ("The", "Our", "Its", "Their", "This", "New", "Global", "Leading", "Other")) and not (
            # ("Global Blood Therapeutics", "New Amsterdam Pharma": an adjective that opens a company's name)
            words[0] in NAME_OPENING_ADJECTIVES and len(words) >= 3 and words[-1] in INDUSTRY_WORDS
            and words[1][:1].isupper() and words[1] not in INDUSTRY_WORDS and words[1] not in ("CDMO", "CRDMO", "CRO", "CMO", "CDO")) and not (
            # ("Swiss Pharma Nigeria Limited": the adjective of a name that an industry word and a legal form close)
            words[0] in NAME_OPENING_ADJECTIVES and len(words) >= 4 and words[1] in INDUSTRY_WORDS and re.fullmatch(LEGAL_SUFFIX, words[-1])) and not (
            # ("Indian Immunologicals Limited": a capitalised word and a legal form after it)
            words[0] in NAME_OPENING_ADJECTIVES and len(words) >= 3 and re.fullmatch(LEGAL_SUFFIX, words[-1]) and words[1][:1].isupper()
            and words[1] not in ("CDMO", "CRDMO", "CRO", "CMO", "CDO") and words[1] not in NOT_NAME_WORDS):
        start += name.index(words[0]) + len(words[0])
        name = name[name.index(words[0]) + len(words[0]):]
        start += len(name) - len(name.lstrip())
        name = name.lstrip()
        words = name.split()
    # ("the Belgian CDMO Xpress Biologics", "the plasmid DNA CDMO Xpress Biologics": the name after the kind of company)
    kind_at = max((n for n, w in enumerate(words[:-1]) if w in ("CDMO", "CRDMO", "CRO", "CMO", "CDO")), default=None)
    if kind_at is not None and words[kind_at + 1][:1].isupper() and words[-1] not in ("Division", "Unit", "Business", "Segment", "Services"):
        cut = re.match(rf"(?:\S+\s+){{{kind_at + 1}}}", name)
        start += cut.end()
        name = name[cut.end():]
    return name, start


#: the short names of the world's regions a business is split by ("President of MENA", "its CEE business")
WORLD_REGIONS = {"MENA", "EMEA", "APAC", "LATAM", "LatAm", "CEE", "CIS", "MEA", "META", "MENAT", "SSA", "ANZ", "DACH", "Benelux",
                 "Nordics", "AMEA", "APJ", "EMEAI"}


class MentionFinder:
    """Finds mentions in one document's text."""

    def __init__(self, text: str, sentences: list[Sentence]):
        self.text = text
        self.sentences = sentences
        self.lex = lexicon()
        self.out = DocMentions()
        self.taken = bytearray(len(text) + 1)  # 1 where a mention already covers the character
        self.heading_mask = bytearray(len(text) + 1)
        for s in sentences:
            if s.section == "heading" or not s.text.rstrip().endswith(".") and _title_case(s.text):
                self.heading_mask[s.start:s.end] = b"\x01" * (s.end - s.start)
        self.role_orgs: list[tuple[int, int, str]] = []  # organisations named in role patterns
        self._terms: set[str] | None = None  # (see _acronym_terms)
        self.place_words: set[str] = set()
        # (read again by places(); not "TURKOVAC, Türkiye's first vaccine", a possessive, nor "With TURKOVAC, Türkiye now
        # has ...", a name in capitals inside a sentence: no town and its country)
        self.city_country = [m for m in CITY_COUNTRY.finditer(text) if not re.match(r"\S+['’]s?(?!\w)", m.group("region")) and not (
            (last := m.group("city").split()[-1]).isupper() and len(last) > 3 and not is_city(last.title())
            and m.start("city") + m.group("city").rfind(last) > 0 and text[m.start("city") + m.group("city").rfind(last) - 1] != "\n")]
        for m in self.city_country:
            region = m.group("region")
            if self.lex.country(region) or is_region(region):
                self.place_words.add(m.group("city").split()[-1])
        for s in sentences[:6]:
            if (d := DATELINE.match(s.text)):
                self.place_words.update((d.group("city").title(), d.group("city").strip()))  # ("TEL AVIV" is no company)

    # -- helpers -------------------------------------------------------------------------
    def _is_taken(self, start: int, end: int) -> bool:
        return self.taken.find(1, start, end) >= 0

    def _named_org(self, name: str) -> bool:
        """A company of the table, or a name the text defines in brackets ("JW Pharmaceutical Corporation ("JWP")")."""
        return bool(self.lex.company(name) or re.search(rf"[(\"“]{re.escape(name)}[\"”)]", self.text))

    def _plausible_person(self, person: str) -> bool:
        """Whether a name a role pattern read is a person's: two words or more, none a title's, an industry word, a
        legal form or a word no name has, and no company of the table."""
        return len(person.split()) >= 2 and not any(w in NOT_NAME_WORDS or w in TITLE_TOKENS or w in INDUSTRY_WORDS or w in NOT_PERSON_WORDS
                                                    or re.fullmatch(LEGAL_SUFFIX, w) or w.endswith(("'s", "’s")) for w in person.split()) \
            and not self.lex.company(strip_legal(person))  # (nor a possessive: "..., Servier's U.S. subsidiary")

    def _org_named_well(self, org: str, written: str, repeated: bool = True) -> bool:
        """An organisation named as one: a known or defined name, one with a legal form or industry word, or (where
        ``repeated``) one the text writes more than once."""
        return bool(org) and org.split()[0] not in TITLE_TOKENS and not TITLE_ONLY.fullmatch(org) and (
            self._named_org(org) or bool(re.search(rf"{LEGAL_SUFFIX}$|\b(?:{_HEADS})$", written)) or bool(INVESTOR_HEAD.search(written))
            or repeated and len(re.findall(rf"(?<![\w-]){re.escape(org)}(?![\w-])", self.text)) >= 2)

    def _add_role(self, m: re.Match[str], group: str, person: str, title: str, org: str) -> None:
        """A role read by match ``m`` (org "" where the context gives it), its person noted and their mention added."""
        self.out.roles.append((person, title, org, m.start(), m.end()))
        self.out.persons.add(org_key(person))
        self._add(m.group(group), "Person", m.start(group), m.end(group), person)

    def _add_listed_role(self, m: re.Match[str], pm: re.Match[str], person: str, title: str, org: str) -> None:
        """A role of one of the people match ``m`` lists in its "list" group (``pm``, matched inside that group)."""
        self.out.roles.append((person, title, org, m.start(), m.end()))
        self.out.persons.add(org_key(person))
        self._add(pm.group(), "Person", m.start("list") + pm.start(), m.start("list") + pm.end(), person)

    def _add(self, text: str, kind: str, start: int, end: int, key: str) -> None:
        if kind == "Product" and text[:1].isupper() and (form := FORMULATION_AFTER.match(self.text, end)) and not self._is_taken(form.start(), form.end()):
            # "NURTEC ODT", "Octagam 10%": the brand is both words, wherever it is found
            text, end, key = text + form.group(), form.end(), f"{key} {form.group('form')}"
        if self._is_taken(start, end):
            return
        self.taken[start:end] = b"\x01" * (end - start)
        self.out.mentions.append(Mention(text, kind, start, end, key))

    def _org_key(self, name: str) -> str:
        # (the name as written first: "Merck KGaA" is a row of its own, not "Merck" with a legal form)
        known = self.lex.company(name) or self.lex.company(strip_legal(name))
        return company_key(known) if known else org_key(name)

    def _register_org(self, name: str, kind: str = "Company") -> str | None:
        name = re.sub(r"^(?:the|The)\s+", "", clean_name(name))
        if not name or len(name) < 2 or name in NOT_NAME_WORDS:
            return None
        key = self._org_key(name)
        if not key or key in self.out.persons:
            return None
        self.out.org_names.setdefault(key, set()).add(strip_legal(name) if kind == "Company" else name)
        if name != strip_legal(name):
            self.out.org_names[key].add(name)
        self.out.org_kind.setdefault(key, kind)
        return key

    def _add_regulator(self, name: str, start: int, end: int, key: str) -> None:
        """A regulator the reference table lacks (or knows under another name), its mention and its name noted."""
        self._add(name, "Regulator", start, end, key)
        self.out.org_kind[key] = "Regulator"
        self.out.org_names.setdefault(key, set()).add(name)

    def _in_heading(self, pos: int) -> bool:
        return bool(self.heading_mask[pos])

    # -- passes --------------------------------------------------------------------------
    def regulators(self) -> None:
        found_acronyms: set[str] = set()
        for pattern in (self.lex.regulator_pattern, self.lex.regulator_pattern_ci):
            if pattern is None:
                continue
            for m in pattern.finditer(self.text):
                row = self.lex.regulator_by_name(m.group())
                if row is None:
                    continue
                # "the Jordanian FDA", "Thailand's FDA": the acronym of another country's agency
                prev = re.search(r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:['’]s)?\s+$", self.text[max(0, m.start() - 30): m.start()])
                country = self.lex.country(prev.group(1)) if prev else None
                if country and country["code"] != row["country_code"]:
                    # (and "Jordan's Food and Drug Administration": its full name, said of another country)
                    local = next((r for r in self.lex.regulators if r["country_code"] == country["code"]
                                  and m.group() in r["_names"]), None) or next(
                        (r for r in self.lex.regulators if r["country_code"] == country["code"] and r["acronym"].endswith(m.group())), None) or (
                        None if m.group().isupper() else next((r for r in self.lex.regulators if r["country_code"] == country["code"]
                                                                and m.group().lower() in r["_names"].lower()), None))
                    if local:
                        row = local
                # "FDA-approved" and "the Authority" style mentions are still the regulator
                self._add(m.group(), "Regulator", m.start(), m.end(), row["id"])
                self.out.org_kind[row["id"]] = "Regulator"
                self.out.org_names.setdefault(row["id"], set()).add(m.group())
                found_acronyms.add(row["acronym"])
        # ("China's former State Food and Drug Administration (SFDA)": the acronym the text defines for the name before it)
        regs = sorted((x for x in self.out.mentions if x.kind == "Regulator"), key=lambda x: x.start)
        for a, b in zip(regs, regs[1:]):
            if a.key != b.key and DEFINES_ACRONYM.fullmatch(self.text, a.end, b.start) and self.text[b.end: b.end + 1] == ")":
                self.out.mentions[self.out.mentions.index(b)] = Mention(b.text, b.kind, b.start, b.end, a.key)
                self.out.org_names[a.key].add(b.text)
                if not any(x.key == b.key for x in self.out.mentions):
                    self.out.org_names.pop(b.key, None)
                    self.out.org_kind.pop(b.key, None)
        for m in scan(LOCAL_REGULATOR, self.text):
            group = "name" if m.group("name") else "desc"
            words = m.group(group).split()
            country = None
            while words and (words[0] in ("The", "A", "An") or re.search(r"['’]s?$", words[0])):
                country = self.lex.country(re.sub(r"['’]s?$", "", words.pop(0))) or country  # ("China's ...", "The ...")
            name = " ".join(words)
            start = m.end(group) - len(name)
            if len(words) < 3 or self._is_taken(start, m.end(group)) or any(
                    self.lex.regulator_by_name(" ".join(words[k:])) for k in range(len(words) - 1)):
                continue
            # "Indonesia's Food and Drug Authority (Badan Pengawas Obat dan Makanan, "BPOM")": a national agency the table knows
            brackets = re.match(r"\s*\(([^()]{1,80})\)", self.text[m.end(group):])
            known = next((row for part in (re.split(r"\s*[,;]\s*|\s+or\s+", brackets.group(1)) if brackets else [])
                          if (row := self.lex.regulator_by_name(part.strip("\"“”' ")))), None)
            if known is None and country and not re.search(r"Provincial|Municipal", name):
                known = self.lex.primary_regulator(country["code"])
            self._add_regulator(name, start, m.end(group), known["id"] if known else f"local-{slug(name)}")
        for m in scan(MINISTRY_OF_HEALTH, self.text):
            country = next((c for g in ("adj", "of") if m.group(g) and (c := self.lex.country(re.sub(r"['’]s?$", "", m.group(g))))), None)
            if country is None:
                continue  # (which country's, the text does not say here)
            start = m.start("adj") if m.group("adj") and not re.search(r"['’]s?$", m.group("adj")) else m.start("name")
            end = m.end("of") if m.group("of") else m.end("name")
            name = self.text[start:end]
            if self._is_taken(start, end) or self.lex.regulator_by_name(name) or re.search(r"\bof\s+the\s+$", self.text[max(0, start - 10): start]):
                continue  # ("COFEPRIS of the Mexican Ministry of Health": the agency named before decides)
            self._add_regulator(name, start, end, f"local-{slug(name)}")
        # typos of an acronym the document also spells right ("AVMAT" beside "ANMAT")
        typo_prone = any(acro.isupper() and len(acro) >= 4 for acro in found_acronyms)
        for m in ACRONYM.finditer(self.text) if typo_prone else ():
            word = m.group()
            if word in found_acronyms or self._is_taken(m.start(), m.end()):
                continue
            for acro in found_acronyms:
                if acro.isupper() and len(acro) >= 4 and len(acro) == len(word) and Levenshtein.distance(word, acro) == 1:
                    row = self.lex.regulator_by_name(acro)
                    self._add(word, "Regulator", m.start(), m.end(), row["id"])
                    self.out.org_names[row["id"]].add(word)
                    break

    def _role_windows(self) -> list[Sentence]:
        """Sentences that name a title: the role patterns only need to look there."""
        lowered = self.text.lower()
        if len(lowered) != len(self.text):  # "İ" lower-cases to two characters: offsets would shift
            return [s for s in self.sentences if TITLE_HINT_ANY_CASE.search(s.text)]
        hits = [m.start() for m in TITLE_HINT.finditer(lowered)]
        return [s for s in self.sentences if (i := bisect_left(hits, s.start)) < len(hits) and hits[i] < s.end]

    def _contact_roles(self) -> None:
        """The people a contact block lists with their titles ("Fennec Pharmaceuticals: Robert Andrade, Chief Financial
        Officer, +1 919 ...", or "Abzena plc" on a line of its own, then "Julian Smith, Chief Financial Officer"): each an
        officer of the company named on their line or the line before, else of the company the text is about."""
        for sent in self.sentences:
            if sent.section != "boilerplate" or not TITLE_HINT_ANY_CASE.search(sent.text):
                continue
            line_start = self.text.rfind("\n", 0, sent.start) + 1
            line_end = self.text.find("\n", sent.start)
            m = CONTACT_ROLE.match(self.text, line_start, line_end if line_end >= 0 else len(self.text))
            if not m or line_start < sent.start - 80:
                continue
            person = person_name(m.group("person"))
            if not self._plausible_person(person):
                continue
            org = (m.group("org") or "").strip(" *_#")
            # ("Chief Financial Officer, Neuland Laboratories Limited, ir@...": the title, then the company)
            title, tail = _split_contact_title(re.sub(r"[\s\-–—]+$", "", m.group("title")))  # (not "Head of X --" before an e-mail)
            if tail and (not org or CONTACT_KIND.fullmatch(org)):
                org = tail
            if not org or CONTACT_KIND.fullmatch(org):
                # a line before, a company's name alone ("Abzena plc", "**ORIC Pharmaceuticals**"), past the other people
                # of the block
                org, at = "", line_start
                for _ in range(4):
                    if at <= 0:
                        break
                    prev = self.text.rfind("\n", 0, at - 1) + 1
                    before = self.text[prev: at - 1].strip(" *_#:\t")
                    at = prev
                    if not before or CONTACT_ROLE.match(before) or re.search(r"@|\+\d|(?i:tel|phone)\b", before):
                        continue  # (another person of the block, a telephone number, an address)
                    if len(before.split()) <= 6 and "," not in before and not CONTACT_KIND.fullmatch(before) and before[0].isupper():
                        org = before
                    break
            org = re.sub(r"\s+(?:Media|Investors?|Press)(?:\s+(?:Relations|Contacts?))?$", "", org)
            # (no company named in the block: the one the text is about)
            self._add_role(m, "person", person, title, clean_name(org) if org else "its")
        self._stacked_contacts()
        self._piped_contacts()

    def _stacked_contacts(self) -> None:
        """The people of a contact block written a line each: a heading ("Media Contact"), the person's name, their title
        (with their company after a comma, or on the next line), then an e-mail or a telephone number."""
        if "\n" not in self.text:
            return
        for m in scan(CONTACT_STACK, self.text):
            heading = self.text[max(0, m.start() - 160): m.start()].rstrip().rsplit("\n", 2)[-2:]
            # (the heading right before, or another person of the same block: "Media: ..." lines above; or a line that
            # ends with a colon, "Investor and Media Relations, TG Therapeutics:", or names the company alone)
            if not any(CONTACT_KIND.fullmatch(h.strip(" *_#:\t")) or re.search(r"@|\+\d|:\s*$", h) for h in heading) and not (
                    heading and _company_line(heading[-1])):
                continue
            person = person_name(m.group("person"))
            if not self._plausible_person(person):
                continue
            if not CONTACT_TITLE_HEAD.search(m.group("line").split(", ")[0]) or re.search(r"\d{3}", m.group("line")):
                continue
            title, org = _split_contact_title(m.group("line"))
            if not org:
                nxt = self.text[m.end() + 1: self.text.find("\n", m.end() + 1) if "\n" in self.text[m.end() + 1:] else len(self.text)]
                if _company_line(nxt):
                    org = nxt.strip(" *_#\t")  # "Abbisko Therapeutics Co., Ltd." on the line after the title
            self._add_contact(m, person, re.sub(r"\s+[-–]\s+", ", ", title), org)

    def _piped_contacts(self) -> None:
        """A contact on one line, its fields between bars: "Wang Lin | Public Relations Director | X Co., Ltd. | e-mail"."""
        for m in scan(CONTACT_PIPED, self.text):
            person = person_name(m.group("person"))
            fields = [f.strip(" *_\t") for f in m.group("line").split("|")]
            if not self._plausible_person(person) or not fields or not CONTACT_TITLE_HEAD.search(fields[0]):
                continue
            title, org = _split_contact_title(fields[0])
            org = org or next((f for f in fields[1:] if _company_line(f)), "")
            self._add_contact(m, person, title, org)

    def _add_contact(self, m: re.Match[str], person: str, title: str, org: str) -> None:
        """A contact's role; the company on their line is registered ("Real Chemistry": a company, though named nowhere
        else), and with none named the role is the company's the text is about."""
        if org and not CONTACT_KIND.fullmatch(org):
            self._register_org(org)
        self._add_role(m, "person", person, title, clean_name(org) if org else "its")

    def _full_name(self, person: str) -> str:
        """A surname alone ("Dr Mathias will join the Group as ...") read as the one person of that surname the text
        names in full; any other name as it is."""
        if len(person.split()) != 1:
            return person
        full = {r[0] for r in self.out.roles if r[0].split()[-1] == person} or {
            n for f in re.finditer(rf"(?<![\w\-.])(?:[{UP}][{LOW}]+\s+(?:[{UP}]\.\s+)?){re.escape(person)}(?![\w\-])", self.text)
            if (n := person_name(f.group())).split()[0] not in TITLE_TOKENS | NOT_NAME_WORDS and not HONORIFIC.match(f.group())}
        return full.pop() if len(full) == 1 else person

    def people(self) -> None:
        windows = self._role_windows()
        for m in (mm for w in windows if "s of " in w.text or "s at " in w.text for mm in ROLE_PAIR.finditer(self.text, w.start, w.end)):
            org = re.sub(r"['’]s?$", "", clean_name(m.group("org")))
            names = [person_name(m.group(g)) for g in ("person", "person2")]
            if any(len(p.split()) < 2 or any(w in NOT_NAME_WORDS or w in TITLE_TOKENS for w in p.split()) for p in names) or not org:
                continue
            title = re.sub(r"(?<=[a-z])s$", "", re.sub(r"(?<=[a-z])s(?=\s+and\s)", "", m.group("title"))).replace("Chairmen", "Chairman")
            for g, person in zip(("person", "person2"), names):
                self._add_role(m, g, person, title, org)
            self.taken[m.start("title"): m.end("title")] = b"\x01" * (m.end("title") - m.start("title"))  # (no firm "Managing Partners")
            self.role_orgs.append((m.start("org"), m.start("org") + len(org), org))
        for m in (mm for w in windows if " and " in w.text for mm in ROLE_PAIR_ITS.finditer(self.text, w.start, w.end)):
            names = [person_name(m.group(g)) for g in ("person", "person2")]
            if any(len(p.split()) < 2 or any(w in NOT_NAME_WORDS or w in TITLE_TOKENS for w in p.split()) for p in names):
                continue
            title = re.sub(r"(?<=[a-z])s$", "", m.group("title")).replace("Chairmen", "Chairman")
            for g, person in zip(("person", "person2"), names):
                self._add_role(m, g, person, title, "its")
        for m in NEW_POSITION.finditer(self.text) if "position:" in self.text else ():
            person = person_name(m.group("person"))
            if self._plausible_person(person):
                # (the notice's company, where the line names no other)
                self._add_role(m, "person", person, m.group("title"), "its:notice")
                if not re.search(r"\bFormer\s+(?:position|title|role):", m.group()):
                    self.out.roles.append((person, m.group("title2"), clean_name(m.group("org2") or "") or "its:notice", m.start(), m.end()))
        for n, pattern in enumerate(ROLE_PATTERNS):
            for m in (mm for w in windows for mm in scan(pattern, self.text, w.start, w.end)):
                person = person_name(m.group("person"))
                if not self._plausible_person(person):
                    continue
                if n == 0 and self.text[max(0, m.start("title") - 4): m.start("title")] == "the " and NEXT_PERSON_IN_LIST.match(self.text, m.end()):
                    continue  # "the President of Brazil, Lula, the Minister of Health, Nísia Trindade, ...": the title is the next person's
                org = clean_name(m.group("org"))
                if n == 1 and HONORIFIC.match(org) and not self.lex.company(org):  # (not "Dr. Reddy's", a company)
                    # "Dr. Roland Hecht, Chief Customer Officer, Dr. Harry Flore, Chairman ...": the next person, no
                    # organisation; the title's organisation comes from the context
                    self._add_role(m, "person", person, m.group("title"), "")
                    continue
                if pattern is ROLE_TITLE_FIRST and PERSON_BEFORE_TITLE.search(self.text, max(0, m.start() - 60), m.start()):
                    continue  # "Alex Huybens, Chief Operating Officer of HALIX, Dr. Roland Hecht, ...": the title is the one before's
                title = m.group("title")
                # ("Global Head of Injectables": a head of a business, named more than once, is no company)
                if n in GENERIC_ROLES and (any(r[0] == person and r[3] < m.end() and m.start() < r[4] for r in self.out.roles)
                                           or not self._org_named_well(org, m.group("org"), repeated=not re.search(r"\b(?:Head|Lead|Leader)$", title))):
                    continue
                if n == 11:
                    def named(o: str) -> bool:  # (organisations are found later: a name the text defines or writes in full)
                        return self._named_org(o) or bool(re.search(rf"(?<![\w-]){re.escape(o)}(?:\s+[A-Z][\w\-]*){{0,3}},?\s+{LEGAL_SUFFIX}(?![\w-])", self.text))
                    if org.endswith(" Group") and not named(org) and named(org[:-6]):
                        org, title = org[:-6], f"Group {title}"  # "Aspen Group Chief Executive": Aspen's
                    if not named(org) or any(w in TITLE_TOKENS for w in org.split()):
                        continue
                lower = re.match(r"\s+([a-z][\w\-]+)", self.text[m.end("org"): m.end("org") + 30])
                if lower and (self.lex.company(f"{org} {lower.group(1)}") or (
                        org.isupper() and re.search(rf"(?<![\w-]){re.escape(org)}\s+{lower.group(1)},?\s+{LEGAL_SUFFIX}", self.text))):
                    # "SK bioscience": a known name written with a lower-case word, or one the text writes with its
                    # legal form ("SK biotek Co., Ltd.")
                    org = f"{org} {lower.group(1)}"
                # "Dr. Reddy's" is a name; "Pfizer's" is Pfizer
                org = org if self.lex.company(org) else re.sub(r"['’]s?$", "", org)
                # (not "Texas Children's Hospital", "St. Joseph's Health Care": a possessive that is part of the name)
                unit = (None if re.search(r"(?:\b(?:Children|Women|Men|People|Veterans)|^(?:St\.?|Saint)\s+[A-Z]\w+)['’]s\s", org)
                        else re.fullmatch(r"(?P<org>.+?)['’]s\s+(?P<unit>.+)", org)) or (
                    # ("Secretary, Department of Biotechnology": a government department is the organisation)
                    # (but "Director of the Department of Gastrointestinal Oncology at Peking University Cancer Hospital": its unit)
                    None if re.match(r"(?:Department|Office)\s+of\s", org) and not re.match(r"\s+(?:at|of)\s", self.text[m.end("org"):])
                    else UNIT_THEN_ORG.fullmatch(org))
                # ("Co-director of the Texas Children's Hospital Center for Vaccine Development": the hospital's centre)
                # (but "the Johns Hopkins University School of Medicine", "Sogang University School of Business": a
                # university's school is the organisation the gold and readers name)
                unit = unit or (None if re.search(r"\bUniversity\s+(?:School|Faculty)\s+of\s", org) else INSTITUTE_UNIT.fullmatch(org))
                if unit and (DEPARTMENT_WORDS.search(unit.group("unit")) or (
                        re.search(r"['’]s\s", org) and self._named_org(unit.group("org")) and re.search(r"\b(?:Cent(?:er|re)|Institute|Laborator(?:y|ies)|Labs?)$", unit.group("unit")))):
                    # ("Executive Vice President of JWP's Drug Discovery Center": a centre of the company the text defines)
                    # "Managing Director of PharmaMar's Oncology Business Unit", "General Manager of the Bio-Pharma Services
                    # Department of Ajinomoto Co.": the unit belongs in the title
                    org, title = unit.group("org"), f"{title} of the {unit.group('unit')}"
                org, _ = _trim_name(re.sub(r"\s+(?:Co|Corp)$", "", org), 0)  # ("... of Ajinomoto Co., Ltd.": its name read to "Co")
                if self.lex.country(org) and org not in CONTINENTS and (HEAD_OF_STATE.fullmatch(title) or GOVERNMENT_TITLE.search(title)) or (
                        GOVERNMENT_TITLE.search(title) and (is_region(org) or is_city(org))):
                    # "Alberto Fernández, President of Argentina", "Mayor of Toulouse": a government's officer (see
                    # rules_profile.roles), no organisation's, and no company named
                    self._add_role(m, "person", person, title, org)
                    continue
                if n == 9 and re.fullmatch(r"(?:Deputy\s+|Vice\s+|Chief\s+)?Minister|Secretary", title) and not self.lex.company(org) \
                        and not self.lex.country(org) and not GOVERNMENT_DEPARTMENT.match(org):
                    # "the Minister of Institutional Relations, Alexandre Padilha": a portfolio of the government (see
                    # rules_profile.roles), no organisation
                    self._add_role(m, "person", person, f"{title} of {org}", "")
                    continue
                if org in CONTINENTS or is_region(org):
                    # "President of the Middle East and North Africa (MENA) business": a region, the organisation from context
                    self._add_role(m, "person", person, title, "")
                    continue
                if n == 1 and org and all(w in ("&", "and") or DEPARTMENT_WORDS.fullmatch(w) for w in org.split()) \
                        and not re.match(r"\s+(?:at|of|for)\s", self.text[m.end():]):
                    # "Andy Plump, President, Research & Development, and ...": a function, the organisation from context
                    self._add_role(m, "person", person, f"{title}, {org}", "")
                    continue
                if not org or TITLE_ONLY.fullmatch(org) or org in ("Head", "Lead", "Chair", "Member"):
                    continue  # ("Timothy Miller, CEO, President and Co-founder of Forge": "President" is no organisation)
                # "Chief Executive Officer, Serum Institute of India": the words after the title's comma start the name
                tail = re.search(r",\s+(?P<unit>[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3})$", title)
                whole = f"{tail.group('unit')} of {org}" if tail else None
                if whole and (self.lex.company(whole) or ORG_BY_PREFIX.fullmatch(whole) or GOVERNMENT_DEPARTMENT.match(whole)):
                    title, org = title[: tail.start()], whole
                # "Director of the Pneumococcal Vaccine Project at PATH", "General Manager of the Bio CDMO Division, FUJIFILM
                # Corporation": a part of the organisation named next belongs in the title
                org_end = m.end("org")
                if n == 0 and (more := AND_UNIT.match(self.text, org_end)):
                    org, org_end = org + more.group(), more.end()  # "Director of the Endocrine and Diabetes Program at X"
                part = UNIT_OF_ORG.match(self.text, org_end) if n == 0 and (UNIT_WORDS.search(org) or more) else None
                # "Chief Medical Officer for the Healthcare business of Merck KGaA": a business of the company named next
                business = BUSINESS_OF.match(self.text, m.end("org")) if n == 0 and part is None else None
                if business and len(org.split()) <= 3:
                    title, org = f"{title}, {org}", clean_name(business.group("org"))
                    m_org_start = business.start("org")
                else:
                    m_org_start = None
                if part and (self.lex.company(strip_legal(part.group("org"))) or re.search(LEGAL_SUFFIX + "$", part.group("org"))
                             or re.search(rf"\b(?:{_HEADS})$", part.group("org")) or part.group("org").isupper()
                             or any(w in INSTITUTION_HEADS for w in part.group("org").split())
                             or re.search(r"\b(?:Medical|Cancer|Research|Health|Children['’]s)\s+(?:Center|Centre)$|\bClinic$", part.group("org"))):
                    title, org = f"{title} of the {org}", clean_name(part.group("org"))
                self.out.roles.append((person, title, org, m.start(), m.end()))
                # "Chief Executive Officer of TissueGene and Kolon Life Science": the same office at both
                also = AND_ORG_AFTER.match(self.text, m.end()) if n == 0 else None
                if also and not TITLE_ONLY.search(also.group("org")) and (self._named_org(clean_name(also.group("org"))) or len(
                        re.findall(rf"(?<![\w-]){re.escape(clean_name(also.group('org')))}(?![\w-])", self.text)) >= 2):
                    self.out.roles.append((person, title, clean_name(also.group("org")), m.start(), also.end()))
                # "Chairman of Everest Medicines and Founder and Chief Executive Officer of C-Bridge Capital"
                more = (ROLE_MORE.match(self.text, m.end()) or ROLE_ALSO.match(self.text, m.end())) if n == 0 else None
                if more and (more.group("org") in INDUSTRY_HEADS or re.match(r",\s+[A-Z]\w+(?:,|\s+and\b)", self.text[more.end():])):
                    more = None  # "CEO of Biologics, Vaccines and Peptides": a division, not an organisation
                if more:
                    other = re.sub(r"['’]s?$", "", clean_name(more.group("org")))
                    self.out.roles.append((person, more.group("title"), other, m.start(), more.end()))
                    if other[:1].isupper() and not DEPARTMENT_WORDS.search(other):
                        self.role_orgs.append((more.start("org"), more.start("org") + len(other), other))
                if n in ORG_NAMING_ROLES and org[:1].isupper() and not re.fullmatch(TITLE_PHRASE, org) and not (
                        GOVERNMENT_TITLE.search(m.group("title")) and REGION_SUFFIX.search(org)) and (
                        not DEPARTMENT_WORDS.search(org) or re.match(r"(?:St\.|Saint)\s", org) or GOVERNMENT_DEPARTMENT.match(org)  # ("St. Luke's Health System")
                        or INVESTOR_HEAD.search(org)):  # ("Pershing Square Capital Management")
                    at = m.start("org") if m_org_start is None else m_org_start
                    self.role_orgs.append((at, at + len(org), org))
                self.out.persons.add(org_key(person))
                ps = m.start("person")
                self._add(m.group("person"), "Person", ps, m.end("person"), person)
        self._contact_roles()
        taken_people = {r[0] for r in self.out.roles}
        for m in (mm for w in windows for mm in (*APPOINTED.finditer(self.text, w.start, w.end),
                                                  *ROLE_NO_ORG.finditer(self.text, w.start, w.end),
                                                  *(x for p in ROLE_NO_ORG_MORE for x in _past_titles(p, self.text, w.start, w.end)),
                                                  *(x for p in ROLE_IN_CONTEXT for x in p.finditer(self.text, w.start, w.end)))):
            before = self.text[max(0, m.start() - 20): m.start()]
            if re.search(r"\b(?:Vice|Senior|Executive|Deputy|Assistant|Associate|Chief|Global|Group)\s*$", before):
                continue
            words = person_name(m.group("person")).split()
            if any(w in INDUSTRY_WORDS or w in NOT_PERSON_WORDS or re.fullmatch(LEGAL_SUFFIX, w) for w in words) or self.lex.company(strip_legal(person_name(m.group("person")))):
                continue  # "Bio-Thera's partner Biogen Inc.": a company, not a person called Biogen
            person = person_name(m.group("person"))
            if m.groupdict().get("predecessor"):
                person = _headline_person(person)  # "Takeda Announces Julie Kim Will Succeed ...": Julie Kim
            person = self._full_name(person)
            if len(person.split()) < 2 or any(w in NOT_NAME_WORDS or w in TITLE_TOKENS for w in person.split()):
                continue
            in_context = m.re in ROLE_IN_CONTEXT_RES
            # (a role the person takes up is one more, though the name was read with another: "Jane Roe, who has led
            # Kessler as CEO, ... becomes Executive Chairman")
            if self._is_taken(m.start("person"), m.end("person")) and not in_context and m.re not in NEW_ROLE_RES:
                continue
            title = m.groupdict().get("title") or m.group("title_c")
            if m.re is ROLE_NO_ORG_RE and title.lower() == "partner":
                continue  # "Partner Bracco Imaging receives approval": a business partner, no title
            if re.search(r"\b(?:the|of|a|an|and|at|for)$", title):
                continue  # "Head of the Emerging Technologies business unit": a unit's name, not a person after a title
            title = re.sub(r"\bof\s+(?:the\s+company['’]s|its|our)\s+", "of the ", title)  # "head of the company's X unit"
            # ROLE_IN_CONTEXT: the organisation is the one "its" stands for, not the first one named
            org = ("its:join" if m.re is ROLE_IN_CONTEXT_RES[-1] else "its") if in_context else \
                ("its" if re.search(r",\s+(?:its|our|the\s+company['’]s)\s+", m.group()) else "")  # "Pete Buzy, its President"
            if title.lower().endswith(" member"):
                title = f"{title} of the Board of Directors"  # "joins the board as a new independent member"
            self.out.roles.append((person, "Chair" if title == "chaired" else title, org, m.start(), m.end()))
            self.out.persons.add(org_key(person))
            at = m.group("person").find(person) if m.groupdict().get("predecessor") else -1
            if at > 0:  # (the headline's person alone, not the words before it)
                self._add(person, "Person", m.start("person") + at, m.start("person") + at + len(person), person)
            else:
                self._add(m.group("person"), "Person", m.start("person"), m.end("person"), person)
            if m.groupdict().get("title_now"):
                self.out.roles.append((person, m.group("title_now"), org, m.start(), m.end()))  # the title held now
            before = person_name(m.groupdict().get("predecessor") or "")
            if len(before.split()) >= 2 and not any(w in NOT_NAME_WORDS or w in TITLE_TOKENS for w in before.split()) \
                    and not self._is_taken(m.start("predecessor"), m.end("predecessor")):
                # (the title succeeded to, not the seat that comes with it: "as President and CEO and as a member of the Board")
                self._add_role(m, "predecessor", before, re.split(r",?\s+and\s+as\s+", title)[0], org)
        for m in (mm for w in windows if " and " in w.text for mm in ELECTED_PAIR.finditer(self.text, w.start, w.end)):
            # "shareholders elected Joseph R. Swedish and Shawn Tomasello as non-executive directors": each one a director
            title = re.sub(r"s$", "", m.group("title"))
            for group in ("person", "person2"):
                person = self._full_name(person_name(m.group(group)))
                if len(person.split()) >= 2 and not any(w in NOT_NAME_WORDS or w in TITLE_TOKENS or w in INDUSTRY_WORDS for w in person.split()):
                    self.out.roles.append((person, title, "", m.start(), m.end()))
                    self.out.persons.add(org_key(person))
                    self._add(m.group(group), "Person", m.start(group), m.end(group), person)
        for m in (mm for w in windows if "oard" in w.text for mm in JOINS_BOARD.finditer(self.text, w.start, w.end)):
            person = self._full_name(person_name(m.group("person")))
            last = next((r for r in reversed(self.out.roles) if r[3] < m.start() and (person in ("He", "She") or r[0] == person)), None)
            if person in ("He", "She"):
                # "He will ... join the Board of Directors": the person a role was last read for before
                person = last[0] if last else person
            if not (m.group("org") or m.group("org2")):
                # ("... and join the Board of Directors": the board of the company of that person's last role, else the company
                # the text speaks of: "Ronald Scott was elected to the Board")
                org = last[2] if last else ""
            else:
                org = re.sub(r"['’]s?$", "", clean_name(m.group("org") or m.group("org2")))
            board = (m.group("board") or m.group("board2")).replace("board", "Board").replace("directors", "Directors")
            if len(person.split()) >= 2 and not any(w in NOT_NAME_WORDS or w in TITLE_TOKENS for w in person.split()) \
                    and (org[:1].isupper() or org in ("", "its", "its:join")) and not self.lex.company(person):
                self._add_role(m, "person", person, f"member of the {board}", org)
        for m in (mm for w in self.sentences if "embers of" in w.text for mm in MEMBERS_LIST.finditer(self.text, w.start, w.end)):
            org = clean_name(m.group("org")) if m.group("org") else ""
            for pm in re.finditer(_MEMBER, m.group("list")):
                person = self._full_name(person_name(pm.group()))
                if len(person.split()) >= 2 and not any(w in NOT_NAME_WORDS or w in TITLE_TOKENS or w in INDUSTRY_WORDS for w in person.split()) \
                        and not self.lex.company(person):
                    self._add_listed_role(m, pm, person, f"member of the {m.group('body')}", org)
        for m in (mm for w in windows for mm in FOUNDED_BY.finditer(self.text, w.start, w.end)):
            # "It was founded in 2003 by A and B on the basis of research at Uppsala University": the company "it" is
            # (or "Founded in Hyderabad in 1978 by Dr. P. V. N. Raju, Gland Pharma was ...": the company named after them)
            opening = self.text[max(0, m.start() - 30): m.start()]
            after = FOUNDED_SUBJECT_AFTER.match(self.text, m.end()) if m.group().startswith("Founded") else None
            founded_org = "its" if IT_WAS.search(opening) else (clean_name(after.group("org")) if after else "")
            for pm in re.finditer(PERSON, m.group("list")):
                person = person_name(pm.group())
                # ("founded by Juno Therapeutics and WuXi AppTec": companies, not people)
                if len(person.split()) >= 2 and not any(w in TITLE_TOKENS or w in INDUSTRY_WORDS or re.fullmatch(LEGAL_SUFFIX, w) for w in person.split()) \
                        and not self.lex.company(person) and not re.match(rf",?\s+{LEGAL_SUFFIX}", m.group("list")[pm.end():]):
                    self._add_listed_role(m, pm, person, "Founder", founded_org)
        for m in (mm for w in windows if "ounded" in w.text for mm in WHO_FOUNDED.finditer(self.text, w.start, w.end)):
            person = person_name(m.group("person"))
            if len(person.split()) >= 2 and not any(w in NOT_NAME_WORDS or w in TITLE_TOKENS or w in INDUSTRY_WORDS for w in person.split()) \
                    and not self.lex.company(person):
                self._add_role(m, "person", person, "Co-founder" if m.group("co") else "Founder", "its" if m.group("it") else clean_name(m.group("org")))
        del taken_people
        # "Dr Mathias was Chief Executive Officer of Medigene AG", "Mr. Weber joined Takeda in April 2014 as Chief Operating
        # Officer": a person named before by full name, now by title and surname
        by_surname: dict[str, set[str]] = {}
        for person, *_ in self.out.roles:
            if len(person.split()) >= 2:
                by_surname.setdefault(person.split()[-1], set()).add(person)
        titled = [w for w in windows if by_surname and HONORIFIC.search(self.text, w.start, w.end)]
        for m in (mm for w in titled for p in ROLE_BY_SURNAME for mm in p.finditer(self.text, w.start, w.end)):
            full = by_surname.get(m.group("surname"), set())
            org = clean_name(m.group("org"))
            if len(full) == 1 and org[:1].isupper() and not TITLE_ONLY.fullmatch(org):
                person = next(iter(full))
                self.out.roles.append((person, m.group("title"), re.sub(r"['’]s?$", "", org), m.start(), m.end()))
                self._add(m.group("surname"), "Person", m.start("surname"), m.end("surname"), person)
        # every other mention of the same people
        people = {r[0]: r[0] for r in self.out.roles}
        for start, end, name in find_names(self.text, people):
            self._add(name, "Person", start, end, name)

    def organisations(self) -> None:
        reg_mask = bytes(self.taken)
        product_keys = {x for m in self.out.mentions if m.kind == "Product" for x in (m.key, m.text)}  # ("Sac-TMT is ...": sac-TMT)
        products_upper: dict[str, set[str]] = {}
        for k in product_keys:
            products_upper.setdefault(k.upper(), set()).add(k)
        candidates: list[tuple[int, int, str, str]] = []  # start, end, name, how
        if self.lex.company_pattern is not None:
            for m in self.lex.company_pattern.finditer(self.text):
                candidates.append((m.start(), m.end(), m.group(), "gazetteer"))
        for m in scan(ORG_LOWER_LEGAL, self.text):
            if m.group("name").split()[0] not in NOT_LOWER_NAMES and not re.search(r"[A-Z][\w'’\-]*[ \t]+$", self.text[max(0, m.start() - 40): m.start()]):
                candidates.append((m.start(), m.end(), m.group(), "lower"))
        for m in scan(ORG_BY_LEGAL_OF, self.text):
            words, _, after = m.group("name").partition(" of ")
            words = words.split()
            # (only where the words after "of" name no company alone: "of Technologies Co., Ltd.", not "Unit-2 of Tamsin
            # Lifesciences Ltd")
            after_words = strip_legal(after).replace(",", " ").split()
            if all(w.lower() in GENERIC_WORDS_AFTER_OF for w in after_words) and not TITLE_ONLY.search(" ".join(words)) and not any(
                    w in NOT_NAME_WORDS or w in TITLE_TOKENS or DEPARTMENT_WORDS.fullmatch(w) or is_lower_word(self.text, w.lower()) for w in words):
                candidates.append((m.start(), m.end(), m.group("name"), "legal"))
        for pattern, how in ((ORG_BY_LEGAL, "legal"), (ORG_BY_LEGAL_PREFIX, "legal"), (ORG_BY_TICKER, "ticker"), (ORG_BY_HEAD, "head"), (ORG_CAMEL, "head"), (ORG_CAMEL_ALONE, "camel"),
                             (ORG_BY_PREFIX, "prefix"), (ORG_BY_APPOSITION, "apposition"), (ORG_BY_VERB, "verb"), (ORG_BY_VERB_PAST_CLAUSE, "verb"),
                             (ORG_BY_GRANT, "verb"), (ORG_BY_DEAL, "deal"), (ORG_BY_PASSIVE_DEAL, "deal"), (ORG_BY_KIND, "kind")):
            for m in scan(pattern, self.text):
                group = "name" if m.group("name") is not None or how != "deal" else "name2"
                name, start = _trim_name(m.group(group), m.start(group))
                if how == "prefix" and (cut := re.search(r"\s+and\s+(?P<rest>.+)$", name)) and self.lex.company(strip_legal(cut.group("rest"))):
                    name = name[: cut.start()]  # "the University of Oxford and AstraZeneca": two organisations
                if how == "prefix" and (cut := re.search(r"(?:\s+(?:Annual|Scientific|World|International))*\s+(?:Congress|Meeting|Conference|Symposium|Summit|Forum)$", name)):
                    name = name[: cut.start()]  # "the European Society for Medical Oncology Congress": its meeting
                if not name or (how in ("head", "apposition", "verb", "prefix", "deal", "kind") and self._in_heading(start)):
                    continue
                if pattern in (ORG_BY_VERB, ORG_BY_VERB_PAST_CLAUSE) and m.group().endswith(("a", "an", "the")) and (
                        what := IS_A_WHAT.match(self.text, m.end())) and (what.group("product") or what.group("product2") or what.group("target")):
                    continue  # "CHIKV VLP is a single-dose candidate": a product, not an organisation
                if how in ("apposition", "verb", "kind") and re.search(r"\b(?:Dr|Prof|Mr|Mrs|Ms|Professor)\.?\s+$", self.text[max(0, start - 12): start]):
                    continue  # "Prof. Avram Hershko, a member of Oramed's Scientific Advisory Board": a person
                if pattern is not ORG_CAMEL and CAMEL_BEFORE.search(self.text, max(0, start - 40), start):
                    continue  # ("mAbTree Biologics AG": not "Biologics AG")
                candidates.append((start, start + len(name), name, how))
        # "Manufacturing partners already contracted for CVnCoV include Wacker and Rentschler Biopharma, ..., and Fareva":
        # every name of the list is a partner company
        for m in scan(PARTNERS_INCLUDE, self.text):
            prev_end = m.end()
            for name in PARTNER_NAME.finditer(self.text, m.end(), min(len(self.text), m.end() + 240)):
                if name.start() > prev_end and not PARTNER_LIST_GAP.fullmatch(self.text, prev_end, name.start()):
                    break  # (the list ends: the first name must follow the verb, each other one a list's comma or "and")
                prev_end = name.end()
                if name.group() not in NOT_NAME_WORDS and not self._in_heading(name.start()):
                    candidates.append((name.start(), name.end(), name.group(), "kind"))
        # "Bharat Serums and Vaccines Limited ("BSV")": a name with "and" in it, whole where its acronym says so
        for m in scan(ORG_BY_ACRONYM, self.text):
            words = [w for w in re.split(r"[\s\-]+", strip_legal(m.group("name"))) if w[:1].isupper()]
            # (or the words before "and": "China Grand Pharmaceutical and Healthcare Holdings Limited ("CGP")")
            first = [w for w in re.split(r"[\s\-]+", re.split(r"\s+(?:and|&)\s+", m.group("name"))[0]) if w[:1].isupper()]
            if len(words) >= 3 and m.group("acr") in ("".join(w[0] for w in words), "".join(w[0] for w in first)):
                candidates.append((m.start("name"), m.end("name"), m.group("name"), "legal"))
                # (and where the text writes it again without the acronym: "About China Grand Pharmaceutical and ...")
                name, at = m.group("name"), self.text.find(m.group("name"))
                while at >= 0:
                    if at != m.start("name"):
                        candidates.append((at, at + len(name), name, "legal"))
                    at = self.text.find(name, at + 1)
        # "Drugmex is led by general manager Jorge Palomino": the organisation of a role is one
        candidates += [(start, end, name, "role") for start, end, name in self.role_orgs]
        for s in self.sentences:
            if s.section == "heading" and (about := ORG_ABOUT.match(s.text)):
                name = about.group("name")
                if not re.search(LEGAL_SUFFIX + r"$", name):
                    name = name.rstrip(".")
                # (not "About Sputnik V" where the section starts "Sputnik V is a two-dose adenoviral vector vaccine")
                after = self.text[s.end: s.end + 300]
                lead = len(after) - len(after.lstrip())
                if re.fullmatch(rf"{NAME_SEQ}(?:,?\s+{LEGAL_SUFFIX})?(?:\s*\([^)]*\))?", name) and not (
                        after.startswith(name, lead) and ABOUT_PRODUCT_REST.match(after, lead + len(name))):
                    candidates.append((s.start + about.start("name"), s.start + about.start("name") + len(name), name, "about"))
        keys_by_span: list[tuple[int, int, str]] = []
        # "the acquisition of The Medicines Company": a capital "The" inside a sentence is part of the name
        after_the = {m.end() for m in THE_INSIDE.finditer(self.text)}
        legal = (-1, -1)  # the name with a legal form reaching furthest so far: "Serum Institute of India Pvt. Ltd."
        known = (-1, -1)  # the table's name reaching furthest so far
        for start, end, name, how in sorted(candidates, key=lambda c: (c[0], -(c[1] - c[0]))):
            if how != "gazetteer" and legal[1] >= end and legal != (start, end):
                continue  # "India Pvt. Ltd." inside it (candidates come by start, so the span starts before)
            if how == "gazetteer":
                known = max(known, (start, end), key=lambda k: k[1])
            elif known[0] < start < known[1]:
                continue  # "(About) Serum Institute of India Pvt. Ltd.", "Dr. Reddy’s Laboratories": not "India Pvt. Ltd." or
                # "Reddy’s Laboratories", a part of the known name
            if re.search(LEGAL_SUFFIX + r"$", name) and end > legal[1]:
                legal = (start, end)
            if EPONYM_DISEASE.match(self.text, end):
                continue  # "Friedreich's ataxia", "Parkinson's disease": a disease named after a person, no company
            if based := PLACE_BASED.match(name):
                start, name = start + based.end(), name[based.end():]  # "US-based AMPAC Fine Chemicals": AMPAC Fine Chemicals
            possessive = re.match(r"^[A-Z][\w ]*?['’]s\s+", name)
            if possessive and (self.lex.country(possessive.group().rstrip("'’s ").strip()) or possessive.group().rstrip("'’s ").strip() in NOT_NAME_WORDS):
                start += possessive.end()
                name = name[possessive.end():]
            # a role's organisation may overlap a word the product finder took ("Halvorsen Bio is led by ...")
            if (how != "role" and reg_mask.find(1, start, end) >= 0) or self._bad_org(name, how, product_keys, products_upper):
                continue
            if name.endswith("Co.") and re.match(rf"{SP}+[A-Z][a-z]+(?!\w)", self.text[end: end + 20]) and not re.match(
                    rf"{SP}+{LEGAL_SUFFIX}", self.text[end: end + 20]):
                continue  # "in Dundalk, Co. Louth": an Irish county, not "Co." of a company
            if how != "gazetteer" and re.search(r"\b(?:Group|Division|Unit|Business)$", name) and \
                    re.match(rf"{SP}+(?:at|of|within){SP}+(?:the{SP}+)?[A-Z]", self.text[end: end + 12]):
                continue  # "the Global Generic Medicines Group at Teva": a part of a company, not one
            key = self._register_org(name)
            if key:
                keys_by_span.append((start, end, key))
                written = re.sub(r"^The\s+", "", name)
                if (start + len(name) - len(written)) in after_the and not self._in_heading(start) and (
                        base := strip_legal(written)) not in GENERIC_HEADS:
                    self.out.org_names[key].add(f"The {base}")
        # defined short names: Gulf Pharmaceutical Industries PSC ("Julphar"), Lupin Limited (Lupin)
        for start, end, key in keys_by_span:
            m = DEFINED_SHORT.match(self.text, end, min(len(self.text), end + 60))
            if m and key in self.out.org_names and not re.fullmatch(r"[A-Z]+\s*:.*|NYSE|NASDAQ|the Company", m.group("short")):
                short = m.group("short")
                quoted = any(q + short in m.group() for q in "\"“”'")
                if not quoted and (is_city(short) or is_region(short) or self.lex.country(short) or short in self.place_words):
                    continue  # "C-Ray Therapeutics (Chengdu) Co., Ltd": a place, not a short name (but "(“Hercules”)" is one)
                if short in ("Group", "Holdings", "Holding", "International", "Global") or \
                        re.match(rf",?{SP}*{LEGAL_SUFFIX}", self.text[m.end(): m.end() + 30]):
                    continue  # "Shanghai Fosun Pharmaceutical (Group) Co., Ltd.": part of the name, not a short one
                if short.lower() not in ("company", "the company") and len(short) >= 2 and short not in product_keys:
                    self.out.org_names[key].add(short)
                    # (and the names after it: ("China Grand Pharma" or "CGP"))
                    self.out.org_names[key] |= {alt for alt in QUOTED_ALTERNATIVE.findall(m.group(), m.end("short") - m.start())
                                                if alt not in product_keys and alt.lower() != "the company"}
        self._merge_shared_names()
        self._merge_opening_adjectives()
        self._merge_generic_heads()
        self._merge_prefixes()
        self._merge_similar()
        self._add_short_forms()
        self._mark_all_names()

    def _merge_opening_adjectives(self) -> None:
        """ "Blood Therapeutics", read where another pattern dropped the adjective, is "Global Blood Therapeutics" (and
        "Parenterals" is "Swiss Parenterals")."""
        for key in list(self.out.org_names):
            words = key.split()
            tail = " ".join(words[1:])
            if not (len(words) >= 2 and words[0].title() in NAME_OPENING_ADJECTIVES and tail in self.out.org_names):
                continue
            adjective = next((n.split()[0] for n in self.out.org_names[key] if n.lower().startswith(words[0] + " ")), words[0].title())
            # (the short names are the long one, written where the adjective was cut off: "of Global Blood Therapeutics")
            self.out.org_names[key] |= {f"{adjective} {n}" if n.lower().startswith(words[1]) else n for n in self.out.org_names.pop(tail)}
            self.out.org_kind.pop(tail, None)
            fixed = []
            for m in self.out.mentions:
                if m.key == tail and self.text[max(0, m.start - len(adjective) - 1): m.start] == f"{adjective} ":
                    m = Mention(f"{adjective} {m.text}", m.kind, m.start - len(adjective) - 1, m.end, key)
                elif m.key == tail:
                    m = Mention(m.text, m.kind, m.start, m.end, key)
                fixed.append(m)
            self.out.mentions = fixed

    def _merge(self, keep: str, drop: str) -> None:
        if keep == drop or drop not in self.out.org_names or keep not in self.out.org_names:
            return
        self.out.org_names[keep] |= self.out.org_names.pop(drop)
        self.out.org_kind.pop(drop, None)

    def _companies(self) -> list[str]:
        return [k for k in self.out.org_names if self.out.org_kind.get(k) == "Company"]

    def _merge_shared_names(self) -> None:
        """Clusters that share a spelling are one organisation."""
        owner: dict[str, str] = {}
        for key in self._companies():
            for name in sorted(self.out.org_names.get(key, ())):
                other = owner.get(org_key(name))
                if other and other in self.out.org_names and other != key:
                    # (the cluster with more spellings keeps its key: "China Grand Pharma", not its acronym "cgp")
                    keep, drop = (other, key) if len(self.out.org_names[other]) >= len(self.out.org_names[key]) else (key, other)
                    self._merge(keep, drop)
                    key = keep
                owner[org_key(name)] = key

    def _merge_generic_heads(self) -> None:
        """ "the Institute's Hadapsar campus" in a release about the Serum Institute of India, "the Group's centre": a
        head word alone is the one company whose name has it (when there is exactly one)."""
        for key in self._companies():
            names = self.out.org_names.get(key, set())
            if len(names) != 1 or (word := next(iter(names))) not in GENERIC_HEADS:
                continue
            owners = [k for k in self._companies() if k != key and any(word in n.split() for n in self.out.org_names.get(k, ()))]
            if len(owners) == 1:
                self._merge(owners[0], key)
            elif not owners:
                # a bare "Group" that names no company of the text (Oxford Biomedica plc (LSE: OXB, "OXB" or "the Group")):
                # no organisation of its own; "the Group" is read as the company it stands for where facts are told
                self.out.org_names.pop(key, None)
                self.out.org_kind.pop(key, None)

    def _merge_prefixes(self) -> None:
        """Fold "BioDlink" into "BioDlink Biopharm" when the longer name adds only industry words."""
        heads = {w.lower() for h in INDUSTRY_HEADS for w in h.split()} | GENERIC_CORPORATE
        keys = self._companies()
        for short in sorted(keys, key=len):
            words = short.split()
            if any(re.search(LEGAL_SUFFIX + r"$", n) for n in self.out.org_names.get(short, ())):
                continue
            longer = [k for k in keys if k != short and k.split()[: len(words)] == words and k in self.out.org_names
                      and all(w in heads for w in k.split()[len(words):])]
            if len(longer) == 1 and self._distinct_known(short, longer[0]):
                continue
            if len(longer) == 1:
                self._merge(longer[0], short)

    def _distinct_known(self, a: str, b: str) -> bool:
        """Both keys name different rows of the company table ("Biocon" and "Biocon Biologics")."""
        rows_a = {id(r) for n in self.out.org_names.get(a, ()) if (r := self.lex.company(strip_legal(n)))}
        rows_b = {id(r) for n in self.out.org_names.get(b, ()) if (r := self.lex.company(strip_legal(n)))}
        return bool(rows_a) and bool(rows_b) and not rows_a & rows_b

    def _merge_similar(self) -> None:
        """Typos of a multi-word name ("Aurbindo Pharma", "Evergreen Theranostics")."""
        # the most written spelling first; sorted names and keys so that the run's hash seed decides nothing
        keys = sorted(self._companies(), key=lambda k: (-self.text.count(min(self.out.org_names[k])), k))

        def similar(a: str, b: str) -> bool:
            return len(a) >= 6 and a[0] == b[0] and len(a.split()) == len(b.split()) and Levenshtein.normalized_similarity(a, b) >= 0.88

        def formal(k: str) -> bool:
            return any(strip_legal(n) != clean_name(n) and "(" not in n for n in self.out.org_names[k])

        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                if a not in self.out.org_names or b not in self.out.org_names:
                    continue
                if formal(a) and formal(b):
                    continue  # each written out with its legal form: two companies ("Jubilant Pharma Limited", "Jubilant Pharmova Limited")
                # the keys, or a name of each ("Jansen Pharmaceutica" beside "Janssen Pharmaceutica NV", keyed "janssen")
                if similar(a, b) or any(similar(x, y) for x in {org_key(n) for n in self.out.org_names[a]} - {a}
                                        for y in {org_key(n) for n in self.out.org_names[b]}):
                    self._merge(a, b)

    def _bad_org(self, name: str, how: str, product_keys: set[str], products_upper: dict[str, set[str]]) -> bool:
        """``name`` found ``how`` is no organisation; ``product_keys`` are the products' names and keys (by their upper
        case in ``products_upper``), where the organisation's own key does not count."""
        words = name.split()
        if how != "gazetteer" and name.isupper() and 2 <= len(name) <= 8 and (f"({name})" in self.text) and re.search(
                rf"(?<![\w\-])[a-z][\w\-]*(?:\s+[a-z][\w\-]*){{0,4}}\s+\({re.escape(name)}\)", self.text):
            return True  # "a pre-approval inspection (PAI)": the short form of a term, no organisation
        if how != "gazetteer" and not name.isupper() and len(words) == 1 and f"({name})" in self.text and (
                term := re.search(rf"(?<![\w\-])[a-z][\w\-]*(?:\s+[a-z][\w\-]*){{1,4}}\s+\({re.escape(name)}\)", self.text)) \
                and any(w.startswith(name[0].lower()) for w in term.group().split()[:-1]):
            return True  # "pyroglutamate-modified amyloid-beta (PyroGlu-Abeta)": the short form of a term
        if how != "gazetteer" and name.isupper() and f"({name})" in self.text and re.search(
                rf"\b(?:Report|Letter|Certificate|Agreement|Application|Designation|Authori[sz]ation|Approval|Practices?|Indicated|Standard)s?\s+\({re.escape(name)}\)", self.text):
            return True  # "an Establishment Inspection Report (EIR)": a document's short form
        if how != "gazetteer" and name.isupper() and f"({name})" in self.text and re.search(rf"[\"“][^\"“”]{{3,60}}[\"”]\s+\({re.escape(name)}\)", self.text):
            return True  # 'a "No Action Indicated" (NAI) classification': a quoted term's short form
        if how in ("verb", "apposition", "deal") and len(words) == 1 and any(
                len(k) >= 6 and k[0] == name[0] and Levenshtein.distance(k, name) <= 2 and k != org_key(name) for k in product_keys):
            return True  # "Convidicea is the second vaccine": a typo of the product Convidecia
        if not words or len(name) < 2 or (words[0][0].islower() and how not in ("gazetteer", "lower") and not CAMEL_START.match(words[0])):
            return True
        if how != "gazetteer" and len(words) > 1 and words[-1] in HEADLINE_VERBS:
            return True  # "CSL Names Chief Operating Officer ... as Next CEO": a headline's subject and verb
        if how == "apposition" and (name.lower() in self.lex.targets or (len(words) == 1 and name in NOT_PERSON_WORDS)):
            return True  # "the mechanism of HER2, a receptor ...", "of Health, the ...": a target or a word of a longer name
        if words[0] in MONTHS_AND_DAYS:
            return True  # "In April, the company signed ...": a date, not "April, the company"
        if how != "gazetteer" and re.fullmatch(r"(?:MFG|DP|DS|Plant|Unit|Line|Building|Block)(?:-?\d{1,3}|\s+[IVX]{1,5})", name):
            return True  # "MFG5 and DP2 passed the inspection", "its Unit V facility": a plant's code, not a company
        if self.lex.country(name) or self.lex.regulator_by_name(name) or name in self.place_words or name in WORLD_REGIONS:
            return True
        if name in DEPARTMENT_HEADS or name in ("Unit", "Team"):
            return True  # ("Secretary, Department of ...": the start of a name, no organisation alone)
        if how != "gazetteer" and name != strip_legal(name) and self.lex.country(strip_legal(name)):
            return True  # "National Stock Exchange of India Ltd.": the end of a longer name, not a company "India"
        if name.lower() in self.lex.indications:
            return True  # "Small Cell Lung Cancer" is a disease
        if STOCK_EXCHANGE.fullmatch(strip_legal(name)):
            return True  # "listed on the National Stock Exchange of India and BSE Limited": where its shares trade
        if how != "gazetteer" and re.match(r"[A-Z][\w\-]+['’]s\s+(?:U\.S\.|US|UK|European|Global|Generic|Specialty|Consumer)\s", name):
            return True  # "Endo's U.S. Generic Pharmaceuticals segment": a company's business, named with its owner
        if how != "gazetteer" and len(words) == 2 and words[0] in ("Specialty", "Generic", "Generics", "Consumer", "Branded", "Innovative") \
                and words[1] in INDUSTRY_WORDS and not self.lex.company(name):
            return True  # "Its Specialty Pharmaceuticals business": a kind of business, no company's name
        if how != "gazetteer" and len(words) > 1 and words[-1] in ("Park", "Campus") and name == strip_legal(name):
            return True  # "the Leiden Bio Science Park", "Genome Valley ... Campus": a place where companies are

        if how in ("apposition", "verb", "deal") and (is_city(name) or is_region(name)):
            return True  # "its sites in Mainz and Idar-Oberstein, the company now operates ...": a town
        if how == "apposition" and len(words) == 1 and re.search(
                rf"\b(?:sites?|facilit(?:y|ies)|plants?|campus|based|headquartered|located)\s+(?:[^.;]{{0,40}}?\s)?(?:in|at)\s+{re.escape(name)}(?![\w-])", self.text):
            return True  # "its sites in Bubendorf and in Vionnaz ... besides Bubendorf and Vionnaz, the group makes": a town
        if ((same := products_upper.get(clean_name(name).upper())) and same - {org_key(name)}) or CODE.fullmatch(name):
            return True
        if org_key(name) in self.out.persons or person_name(name) in {r[0] for r in self.out.roles}:
            return True
        if (re.search(r"\d", name) or name.isupper() and any(f"{name}{after}" in self.text for after in (" stud", " trial", ", a", ", an"))) and re.search(
                rf"(?<![\w-]){re.escape(name)}(?:,\s+an?\s+[^.;]{{0,80}}?|\s+(?:Phase\s+\w+\s+)?)(?:study|trial)\b", self.text):
            return True  # "GLORY-1, a randomised, double-blind Phase 3 study", "the Phase III COMPOSE study": a trial
        if how in ("verb", "apposition", "ticker", "deal", "kind") and (len(words) > 4 or TITLE_ONLY.fullmatch(name)):
            return True
        # (a title's words: "Chief Scientific Officer said"; but "Polymun Scientific" and "Smith Medical" are names)
        if how in ("verb", "apposition", "about", "deal", "kind") and (words[0] in ("It", "He", "She", "We", "They", "This") or words[0] in TITLE_TOKENS
                                                                      or any(w in TITLE_HEAD_TOKENS for w in words)):
            return True
        if how != "gazetteer" and (words[0] in TITLE_HEAD_TOKENS or words[0] in TITLE_ACRONYMS and len(words) > 1):
            return True  # "Sang-Jin Pak, President Biopharma and Member of the Board": a title, not "President Biopharma"
            # (nor "Deputy CEO of Merck as well as CEO Healthcare")
        if how in ("verb", "apposition", "deal") and len(words) == 1 and self._lower_in_text(name):
            return True
        return False

    def _named_alone(self, name: str) -> bool:
        """Whether the text writes ``name`` on its own somewhere, not as the start or end of a longer name."""
        return any(WORD_START.match(self.text, at) and ALONE_AFTER.match(self.text, at + len(name))
                   and not NAME_WORD_BEFORE.search(self.text, max(0, at - 30), at) for at in _find_all(self.text, name))

    def _add_short_forms(self) -> None:
        """"C-Ray" for "C-Ray Therapeutics", "Biokin" for "Biokin Pharmaceutical", typos such as "Julfar"."""
        text = self.text
        for key in self._companies():
            if key not in self.out.org_names:
                continue  # (merged into a longer name below)
            names = self.out.org_names[key]
            for name in list(names):
                base = strip_legal(name)
                if "&" in base or " " not in base:
                    continue
                first = base.split()[0]
                if len(first) < 3 or first in NOT_NAME_WORDS or self.lex.country(first) or first in self.place_words or first in CONTINENTS \
                        or first in ORG_PREFIX_HEADS or not (first[0].isupper() or name[0].islower() and first not in NOT_LOWER_NAMES) or first in US_STATES \
                        or first in DEPARTMENT_HEADS:
                    continue
                if first.isupper() and first in self._acronym_terms():
                    continue  # "ADC Biotechnology" in a text about "antibody-drug conjugates (ADCs)": the term, no short name
                if (unit := COUNTRY_UNIT.search(base)) or self.lex.country(base.split()[-1]):
                    # "Octapharma" beside "Octapharma USA": the group, not its national subsidiary, named alone
                    group = base[: unit.start() if unit else base.rindex(" ")].strip()
                    if self._named_alone(group) and org_key(group) not in self.out.org_names and not any(
                            group in ns for ns in self.out.org_names.values()):  # (not "Hepalink", the short name of another)
                        self.out.org_names[org_key(group)] = {group}
                        self.out.org_kind.setdefault(org_key(group), "Company")
                    continue
                if (is_city(first) or is_region(first)) and re.search(rf"\b(?:in|at|near|from)\s+{first}(?![\w-]|\s+[A-Z])|(?<![\w-]){first.upper()},", text):
                    continue  # "SHANGHAI, China -- ... Shanghai Fosun Pharmaceutical": the city, not a short name
                # (written alone, not as the end of a longer name: "founded by Arthur Ash and Calvin Stevens" is no "Ash")
                if any(DISEASE_AFTER.match(text, at + len(first)) for at in _find_all(text, first)):
                    continue  # "Angelman syndrome": not a short name of "Angelman Syndrome Therapeutics"
                if any(WORD_START.match(text, at) and ALONE_AFTER.match(text, at + len(first))
                       and not NAME_WORD_BEFORE.search(text, max(0, at - 30), at) for at in _find_all(text, first)):
                    owner = [k for k, ns in self.out.org_names.items() if k != key and any(n.split()[0] == first for n in ns if n.split())]
                    if not owner:
                        names.add(first)
                    elif len(owner) == 1 and self.out.org_names[owner[0]] == {first} and self.out.org_kind.get(owner[0]) == "Company" \
                            and not self.lex.company(first):
                        # "Disc obtains exclusive rights" read as a company of its own beside "Disc Medicine, Inc.": one
                        names.add(first)
                        self._merge(key, owner[0])
                    elif all(o.startswith(key + " ") for o in owner):
                        # "Jazz" beside "Jazz Pharmaceuticals plc" and "Jazz Pharmaceuticals Ireland Limited": the parent
                        names.add(first)
        singles = {n: k for k in self._companies() for n in self.out.org_names[k] if " " not in n}
        by_initial: dict[str, list[tuple[str, str]]] = {}  # the names of five letters or more a word may be a typo of
        for name, key in singles.items():
            if len(name) >= 5:
                by_initial.setdefault(name[0], []).append((name, key))
        for word, key in list(singles.items()):
            # ("Oramd's Chief Scientific Officer" read as a company of its own beside "Oramed": one, the typo merged)
            if len(word) >= 5 and self.out.org_names.get(key) == {word} and not self.lex.company(word):
                other = [(name, k) for name, k in by_initial.get(word[0], ()) if k != key and len(self.out.org_names.get(k, ())) > 1
                         and _typo_of(word, name)]
                if len(other) == 1:
                    self._merge(other[0][1], key)
        for m in CAPITALISED_WORD.finditer(text):
            word = m.group()
            if word in singles or word in NOT_NAME_WORDS or word in self.place_words or DEMONYM.fullmatch(word):
                continue  # (nor "African" a typo of "Africa")
            if self.lex.country(word) or is_city(word) or is_region(word) or (
                    (before := PREVIOUS_WORD.search(text, max(0, m.start() - 30), m.start())) and self.lex.country(f"{before.group(1)} {word}")):
                continue  # (nor "Arabia" of "Saudi Arabia" a typo of the distributor "Arabio")
            for name, key in by_initial.get(word[0], ()):
                if _typo_of(word, name):
                    self.out.org_names[key].add(word)
                    break

    def _plural_term(self, name: str) -> bool:
        """Whether a capitalised code is a term the text also writes in the plural ("GLP-1RAs", "ADCs")."""
        return name[-1:].isupper() and (name + "s") in self.text and bool(re.search(rf"(?<![\w-]){re.escape(name)}s\b", self.text))

    def _acronym_terms(self) -> set[str]:
        """Acronyms the text uses as terms: in the plural ("ADCs") or after the words they shorten ("... conjugates (ADC)")."""
        if self._terms is None:
            self._terms = set(ACRONYM_PLURAL.findall(self.text)) | {
                m.group(1) for m in ACRONYM_IN_BRACKETS.finditer(self.text) if WORD_BEFORE.search(self.text, max(0, m.start() - 30), m.start())}
        return self._terms

    def _mark_all_names(self) -> None:
        owner = {n: k for k in self._companies() for n in self.out.org_names[k]}
        for n, k in list(owner.items()):
            if len(n) >= 4 and not n.isupper():
                owner.setdefault(n.upper(), k)  # "LONZA" in a sentence about Lonza
        for start, end, name in find_names(self.text, owner, NAME_END):
            key = owner.get(name)
            before = len(self.out.mentions)
            self._add(self.text[start:end], "Company", start, end, key)
            if len(self.out.mentions) > before:
                self.out.org_counts[key] = self.out.org_counts.get(key, 0) + 1

    def _inn_and_maker(self, name: str, start: int, end: int) -> bool:
        """ "Filgrastim Teva", "Pegfilgrastim Mundipharma": a biosimilar named by its INN and its maker. Whether it is one."""
        if name[0].isupper() and (maker := INN_MAKER.match(self.text, end)) and self.lex.company(maker.group("co")):
            self._add(name + maker.group(), "Product", start, maker.end(), f"{name} {maker.group('co')}")
            return True
        return False

    def _insulins(self) -> None:
        """An insulin the text names as a medicine, with its dosage form ("Insulin Glargine Injection") or beside its brand
        in brackets ("Semglee (insulin glargine-yfgn)"): one product however often written."""
        found = list(scan(INSULIN, self.text))
        if not found:
            return
        by_end = {x.end: x.key for x in self.out.mentions if x.kind == "Product"}
        by_start = {x.start: x.key for x in self.out.mentions if x.kind == "Product"}
        named: dict[str, str] = {}
        brands: list[str | None] = []
        for m in found:
            before = BRACKET_OPENS_BEFORE.search(self.text, max(0, m.start() - 4), m.start())
            after = BRACKET_OPENS.match(self.text, m.end())
            brands.append((before and by_end.get(before.start())) or (after and by_start.get(after.end())) or None)
            if m.group("form") and not brands[-1]:
                named.setdefault(" ".join(m.group("name").lower().split()), " ".join(m.group().split()))
        for m, brand in zip(found, brands):
            base = " ".join(m.group("name").lower().split())
            if brand or base in named:  # (not the kind of insulin a plant makes: "recombinant human insulin and insulin glargine")
                self._add(m.group(), "Product", m.start(), m.end(), brand or named[base])

    def products(self) -> None:
        self.inn_of: dict[str, str] = {}
        # "Brand® (inn)", then "inn (BRAND®)" (where the INN's stem alone would take ordinary words: not NOT_INN)
        for pattern, inn_checked, runs in ((BRAND_INN, False, 6), (INN_BRAND, True, 4)):
            for m in finditer_before(pattern, self.text, OPEN_BRACKET, 200, runs):
                name, inn = m.group("name"), m.group("inn").lower()
                if self.lex.company(name) or name in NOT_NAME_WORDS or (inn_checked and inn in NOT_INN) or DOSAGE_FORM_WORD.fullmatch(name):
                    continue
                start = m.start("name")
                if name in FORMULATION_WORDS and (prev := BRAND_BEFORE_FORM.search(self.text, max(0, start - 40), start)) \
                        and not self.lex.company(prev.group(1)) and prev.group(1) not in NOT_NAME_WORDS:
                    start, name = prev.start(1), f"{prev.group(1)} {name}"  # "Somatuline Depot (lanreotide)": the brand is both words
                brand = clean_name(name)
                self._add(name, "Product", start, m.end("name"), brand)
                inn = inn.rsplit(None, 1)[0] if " " in inn and DOSAGE_FORM_WORD.fullmatch(inn.rsplit(None, 1)[1]) else inn
                self.inn_of.setdefault(inn, brand)
                # (the INN written with a brand is that brand, whichever brand named it first: "Roxathera (rituximab)"; not
                # one of a combination's: "Helicor (omeprazole magnesium, amoxicillin and rifabutin)")
                if not INN.search(self.text, m.end("inn"), m.end()):
                    self._add(self.text[m.start("inn"): m.start("inn") + len(inn)], "Product", m.start("inn"), m.start("inn") + len(inn), brand)
        # "Bristol Myers Squibb's Opdivo", "Novartis' Kymriah and Kite's Yescarta": a brand after a known maker's name
        people = {m.text for m in self.out.mentions if m.kind == "Person"}
        for m in OWNER_BRAND.finditer(self.text):
            name = m.group("name")
            owner = OWNER_BEFORE.search(self.text, max(0, m.start() - 60), m.start())
            words = owner.group().split() if owner else []
            if not any(self.lex.company(" ".join(words[n:])) for n in range(len(words))):
                continue
            if name in people or name in COMMON_CAPS or name.split()[0] in NOT_NAME_WORDS or (
                    " " in name and (self._lower_in_text(name.split()[0]) or name.split()[0] in DRUG_ADJECTIVES)):  # ("Henlius' Investigational Perjeta®")
                continue
            if not (BRAND_LIST_CUE.search(self.text, max(0, m.start() - 80), m.start()) or self.text[m.end("name"): m.end("name") + 1] in "®™"):
                continue  # (named among medicines: "CAR-T therapies such as Novartis' Kymriah", not "Evotec's Campus Curie")
            if self._not_product(name) or is_city(name) or is_region(name) or name.split()[0] in TITLE_TOKENS:
                continue
            self._add(name, "Product", m.start("name"), m.end("name"), name)
        for m in (*scan(VACCINE_OF_COMPANY, self.text), *scan(COMPANY_VACCINE, self.text)):
            company = m.group("company").split("-")[0]
            if company in INDUSTRY_HEADS or re.match(rf",?{SP}+{LEGAL_SUFFIX}", self.text[m.end():]):
                continue  # "Medigen Vaccine Biologics Corp.": a company's name
            if self.lex.company(company) or any(LEGAL_FORM_AFTER.match(self.text, at + len(company)) for at in _find_all(self.text, company)
                                                if not _word_before(self.text, at)):
                self._add(m.group("name"), "Product", m.start("name"), m.end("name"), clean_name(m.group("name")))
        # brands written without a mark, where the text says what they are: "Cilacar, a cilnidipine tablet", "markets it as
        # Saxenda for obesity and Victoza for type 2 diabetes"
        for m in (*scan(BRAND_OF_INN, self.text), *scan(SOLD_AS, self.text)):
            for g in ("name", "name2"):
                name = m.groupdict().get(g)
                if not name or self._named_otherwise(name):
                    continue
                self._add(name, "Product", m.start(g), m.end(g), name)  # (its other mentions: the brands pass below)
        self._listed_brands(people)
        self._named_brands(people)
        for m in scan(BRAND, self.text):
            if self.lex.company(m.group("name")) or org_key(m.group("name")) in self.out.org_names:
                continue
            if TECHNOLOGY_AFTER.match(self.text, m.end()):
                continue  # "its BEAT® platform", "LUNAR® lipid nanoparticle delivery system": a technology, not a product
            self._add(m.group("name"), "Product", m.start("name"), m.end("name"), clean_name(m.group("name")))
        # "ISB 2001": a research code written with a space, taken when the text names it more than once
        for m in scan(SPACED_CODE, self.text):
            name = m.group("name")
            if name.split()[0] not in NOT_SPACED_CODES and self.text.count(name) >= 2 and not self.lex.regulator_by_name(name.split()[0]):
                self._add(name, "Product", m.start("name"), m.end("name"), name)
        # names of clinical trials written like codes, wherever the text says they are trials
        codes = list(scan(CODE, self.text))  # (read twice: scanned once)
        # (and "the Phase 3 studies CLIMB-111 and CLIMB-121": named after the word)
        # ... and genes: "the BCL11A gene", "KRAS G12C mutations", and strains: "serogroups O1 and O139" (every mention)
        trials = {m.group("name") for m in codes if TRIAL_NAME_AFTER.match(self.text, m.end()) or GENE_AFTER.match(self.text, m.end())
                  or TRIAL_NAME_BEFORE.search(self.text[max(0, m.start() - 60): m.start()])
                  or STRAIN_BEFORE.search(self.text[max(0, m.start() - 40): m.start()])
                  or TARGET_AFTER.match(self.text, m.end()) or TARGET_BEFORE.search(self.text, max(0, m.start() - 30), m.start())}
        for pattern in (ISOTOPE_CODE, CODE, LOWER_CODE):
            for m in codes if pattern is CODE else scan(pattern, self.text):
                name = m.group("name")
                if NOT_CODES.match(name) or name.lower() in self.lex.targets or self.lex.regulator_by_name(name):
                    continue
                head = name.split("-")[0]
                if "-" in name and (NOT_CODES.match(head) or head.lower() in self.lex.targets) and not re.search(r"\d", name.split("-", 1)[1]):
                    continue  # "CD19-directed", "HER2-positive"
                if "-" in name and all(NOT_CODES.match(part) or part.lower() in self.lex.targets for part in name.split("-")):
                    continue  # "the CD40-CD154 interaction": two targets
                if ADJECTIVE_TAIL.search(name):
                    continue  # "COVID-19-related pneumonia", "EGFR-mutated": a word made of a name, no product
                if AMOUNT_AFTER.match(self.text, m.end()) and re.fullmatch(r"[A-Z]{1,2}\d[\d.,]*", name):
                    continue  # "R120 million" (rand), "S$50 million": a sum, no code
                if re.search(r"(?:anti-|target(?:s|ing|ed)?\s+|directed\s+(?:at|against)\s+|binds?\s+(?:to\s+)?)$", self.text[max(0, m.start() - 25): m.start()]):
                    continue  # "targeting BCL11A": a molecular target, not a product
                if re.fullmatch(r"\d{2,3}[A-Z][a-z]?-?\d*", name) or CODE_LABEL.search(self.text, max(0, m.start() - 30), m.start()):
                    continue  # ("Stock code: 2269", "ISIN: DE000A1EWWW0", "KOSDAQ: 196170"; not "three biosimilars: AVT16, ...")
                if _abbreviates(self.text, m.start("name"), name):
                    continue  # "enterovirus 71 (EV71)", "human papillomavirus type 16 (HPV-16)": the short form of a virus
                if self._plural_term(name):
                    continue  # "receptor agonist (GLP-1RA)" and "GLP-1RAs lower blood glucose": a class of drugs, in the plural
                if name in trials:
                    continue  # "the Phase 3 LASER301 study", "LASER201, an open-label Phase 1/2 study": a trial, not a product
                if HEAD_OR_LEGAL_AFTER.match(self.text, m.end("name")):
                    continue  # "G42 Healthcare", "3SBio Inc.": the start of a company's name
                if pattern is ISOTOPE_CODE and not re.search(r"[A-Z]{2}", name):
                    continue
                end = m.end("form") if m.group("form") else m.end("name")
                full = self.text[m.start("name"):end]
                # "177Lu-NRT6020" in a headline and "[177Lu]-NRT6020" in the body: one product, keyed with the brackets
                self._add(full, "Product", m.start("name"), end, ISOTOPE_PREFIX.sub(r"[\1]-", clean_name(name)))
        for pattern in PRODUCT_CONTEXT:
            for m in scan(pattern, self.text):
                name = m.group("name")
                if "\n" in self.text[m.start(): m.end("name")]:
                    continue  # "Manufacturing and supply" (a heading), then "Legend and Janssen ...": lines apart
                if pattern is LISTED_WITH_MAKER and REFERENCE_BEFORE_LIST.search(self.text, max(0, m.start() - 160), m.start()):
                    continue  # ("the reference products are Lantus, marketed by Sanofi, ..., and NovoLog, ...": see reference products)
                if name in COMMON_CAPS or name in NOT_NAME_WORDS or self._not_product(name) or re.fullmatch(r"[A-Z]{2,5}s", name):
                    continue
                if is_city(name) or is_region(name) or self.lex.country(name) or self._plural_term(name):
                    continue  # "based in Leiden, the Netherlands, helps partners move vaccines": a town
                if re.fullmatch(LEGAL_SUFFIX, name) or re.search(r"(?<![\w.])[A-Z]\.\s+$", self.text[max(0, m.start("name") - 4): m.start("name")]):
                    continue  # "Biological E. Limited is a vaccine maker": the end of a company's name
                if (inn := INN.match(self.text, m.start("name"))) and inn.end("name") == m.end("name"):
                    continue  # "Zanotimab is a PD-1 antibody": an INN at a sentence's start, read as the INN it is
                if re.search(r"[A-Z][\w\-]*\s+$", self.text[max(0, m.start("name") - 30): m.start("name")]) and not re.search(r"\d", name):
                    continue
                if re.match(r"\s+(?:of|for|de)\s+[A-Z]", self.text[m.end("name"): m.end("name") + 8]):
                    continue  # "Institute for Protein Design": part of a longer name
                end = m.end("name")
                if form := FORMULATION_AFTER.match(self.text, end):
                    end, name = form.end(), name + " " + form.group("form")  # "Xtampza ER": the brand is both words
                self._add(name, "Product", m.start("name"), end, clean_name(name))
                if pattern is PRODUCT_CONTEXT[4] and (generic := BRACKETED_GENERIC.match(self.text, end)):
                    self._bracketed_generic(generic.group(1))
        brands = {m.key: m.key for m in self.out.mentions if m.kind == "Product" and re.fullmatch(r"[\w\-\[\]]+(?: [\w\-]+){0,3}(?: \d{1,2}(?:\.\d)?%)?", m.key)}
        for start, end, name in find_names(self.text, brands):
            self._add(name, "Product", start, end, name)
        inns: set[str] = set()
        for m in INN.finditer(self.text):
            inn = m.group("name").lower()
            if inn in NOT_INN or inn.split("-")[0] in NOT_INN or self._lower_stop(inn) or self.lex.company(inn[0].upper() + inn[1:]):
                continue  # ("Genmab", "genmab.com": a company named like an antibody)
            if inn in self.lex.targets:
                continue  # ("a fully human monoclonal antibody that inhibits myostatin activation": a target, no drug)
            name = m.group("name")
            if self._inn_and_maker(name, m.start("name"), m.end("name")):
                continue
            if " " not in name and PAYLOAD_WORD.search(name) and re.search(rf"[a-z]{SP}+{re.escape(inn)}(?![\w-])", self.text, re.I):
                continue  # "Daiichi Sankyo's deruxtecan (DXd) ADCs" beside "patritumab deruxtecan": the payload, not a drug
            if name[0].isupper() and " " not in name and any(
                    not _word_before(self.text, at) and CAPITAL_WORD_NEXT.match(self.text, at + len(name))
                    or CAPITAL_WORD_BEFORE.search(self.text, max(0, at - 60), at) and not _word_after(self.text, at + len(name))
                    for at in _find_all(self.text, name)):
                continue  # "Halvorsen also received ...", with "Halvorsen Pharma" or "Lars Petersen" elsewhere: a name's word
            inns.add(inn)
            # (its salt written or not, the INN of a brand is the brand: "ensartinib hydrochloride capsules ... Beimeina")
            self._add(m.group("name"), "Product", m.start("name"), m.end("name"),
                      self.inn_of.get(inn) or (not PRODRUG_TAIL.search(inn) and self.inn_of.get(SALT_TAIL.sub("", inn))) or inn)
        self._insulins()
        # the short names of cell therapies: "cilta-cel", "lete-cel", "uza-cel" (the one just named, when in its brackets),
        # and "sacituzumab tirumotecan (sac-TMT, ...)": a short name in brackets right after a product, then wherever written
        products = sorted((x.end, x.key) for x in self.out.mentions if x.kind == "Product")
        ends = [e for e, _k in products]
        for m in SHORT_NAME.finditer(self.text):
            j = bisect_right(ends, m.start()) - 1  # the product named last before it
            before = products[j][1] if j >= 0 and re.fullmatch(r"\s*[;,(]\s*(?:or\s+)?", self.text[products[j][0]: m.start()]) else None
            if not before and not m.group().endswith("-cel") and m.group() not in self.inn_of:
                continue
            self._add(m.group(), "Product", m.start(), m.end(), before or self.inn_of.get(m.group(), m.group()))
            if before:
                self.inn_of.setdefault(m.group(), before)
        for m in scan(LOWER_PRODUCT_CONTEXT, self.text):
            inn = m.group("name")
            if inn in inns or inn in NOT_INN or self._lower_stop(inn) or NOT_LOWER_PRODUCT.search(inn.split()[0]):
                continue
            if len(re.findall(rf"(?<![\w-]){re.escape(inn)}(?![\w-])", self.text, re.I)) < 2:
                continue  # named once: too little to tell a drug from a word
            inns.add(inn)
            for w in re.finditer(rf"(?<![\w-]){re.escape(inn)}(?![\w-])", self.text):
                self._add(inn, "Product", w.start(), w.end(), self.inn_of.get(inn, inn))
        # "Bispecific Zanidatamab" in a title-case headline is the zanidatamab of the body text
        capitalised = {inn[0].upper() + inn[1:]: inn for inn in inns}
        for start, end, name in find_names(self.text, capitalised):
            inn = capitalised[name]
            if not self._inn_and_maker(name, start, end):
                self._add(name, "Product", start, end, self.inn_of.get(inn, inn))
        # "botensilimab (BOT) and balstilimab (BAL)", then "BOT and BAL": a short form the text defines for a drug
        shorts: dict[str, str] = {}
        for m in self.out.mentions:
            if m.kind != "Product" or not m.key[:1].islower():
                continue
            short = ABBREVIATION_AFTER.match(self.text, m.end)
            if short and abbreviates_word(short.group(1), m.key) and short.group(1) not in NOT_SPACED_CODES:
                shorts.setdefault(short.group(1), m.key)
        for start, end, short in find_names(self.text, shorts):
            self._add(short, "Product", start, end, shorts[short])
        # a name the text calls a platform anywhere ("its LentiVector® platform", "TruUCAR, a platform for allogeneic cell
        # therapies") is a technology wherever it is written
        keys = {m.key for m in self.out.mentions if m.kind == "Product" and m.key[:1].isupper()} \
            if "platform" in self.text or "technology" in self.text else ()  # (every match needs one of the two words)
        tech = {k for k in keys if any(PLATFORM_AFTER_RE.match(self.text, at + len(k)) for at in _find_all(self.text, k)
                                       if not _word_before(self.text, at))}
        if keys:
            tech |= {m.key for m in self.out.mentions if m.key in keys and PLATFORM_BEFORE.search(self.text, max(0, m.start - 120), m.start)}
        if tech:
            self.out.mentions = [m for m in self.out.mentions if not (m.kind == "Product" and m.key in tech)]

    def table_products(self) -> None:
        """The names in the product column of a table of products ("Brand | Molecule | Approved use", then "FOLOTYN |
        pralatrexate injection | ..."): a cell that is a name in capitals, with its dosage form or generic name after
        it, is a product ("Preclinical CGRP assets" is no name)."""
        width = 0
        col = None
        for s in self.sentences:
            cells = s.text.split(" | ")
            if len(cells) < 3:
                width, col = 0, None
                continue
            if len(cells) != width:  # a new table: its header
                width = len(cells)
                col = product_column([c.strip() for c in cells])
                continue
            if col is None:
                continue
            start = s.start + cell_offset(cells, col)
            start += len(cells[col]) - len(cells[col].lstrip())
            m = PRODUCT_CELL.fullmatch(cells[col].strip())
            if not m:
                continue
            name = m.group("name")
            if self.lex.company(name) or name in NOT_NAME_WORDS or is_city(name) or is_region(name) or self.lex.country(name):
                continue
            self._add(name, "Product", start, start + len(name), clean_name(name))

    def _listed_brands(self, people: set[str]) -> None:
        """Brands with no mark, listed after words that say what they are (BRAND_LIST_LEAD): two or more names, or one
        after "brand is"; none of them a company, person, place or ordinary word."""
        for lead in scan(BRAND_LIST_LEAD, self.text):
            if not lead.group("verb") and not re.fullmatch(r"(?i:brand\s+names?|brands)\s+", lead.group()):
                continue  # ("the Ilumetri brand", "names Jane Doe"; but "the oral brands Remo and Remozen")
            names: list[re.Match[str]] = []
            at = lead.end()
            while (item := BRAND_LIST_ITEM.match(self.text, at)) is not None:
                names.append(item)
                gap = BRAND_LIST_GAP.match(self.text, item.end())
                if gap is None or len(names) >= 15:
                    break
                at = gap.end()
            single = bool(re.search(r"(?i:brand)\s+(?:name\s+)?is\s", lead.group()))
            if not names or UNIT_AFTER_LIST.match(self.text, names[-1].end()) or re.match(r"[ \t]+[A-Z]", self.text[names[-1].end():]):
                continue  # "through its Generics, Injectables and Branded businesses": units, not brands (nor a list that
                # runs on into more names: "brands including Thermo Scientific, ..., Unity Lab Services")
            kept = [m for m in names if not self._not_brand(m.group("name"), people)]
            if len(kept) < (1 if single else 2) or 2 * (len(names) - len(kept)) >= len(names):
                continue  # (a list of companies, places or ordinary words: "markets such as Russia, Georgia and Armenia")
            for m in kept:
                self._add(m.group("name"), "Product", m.start("name"), m.end("name"), m.group("name"))

    def _named_brands(self, people: set[str]) -> None:
        """A name the text calls a brand: "the cardiovascular brand Cidmus", "the probiotic brand Sporlac", "the Razel
        brand family", "the Voveran range" (none of them a company, person, place or ordinary word)."""
        done: set[str] = set()
        for m in scan(NAMED_BRAND, self.text):
            name = m.group("name") or m.group("name2")
            if name not in done and not self._not_brand(name, people):  # (companies, places and countries too)
                done.add(name)
                for w in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.text):
                    self._add(name, "Product", w.start(), w.end(), name)

    def _not_brand(self, name: str, people: set[str]) -> bool:
        first = name.split()[0]
        if len(name.split()) > 1 and any(first.lower() in key.split() for key in self.out.org_names):
            return True  # "Thermo Scientific" where the text names Thermo Fisher: the company's brand, not a medicine
        return bool(self._named_otherwise(name) or name in people or name in COMMON_CAPS or first in NOT_NAME_WORDS
                    or first in TITLE_TOKENS or first in DRUG_ADJECTIVES or self._lower_in_text(first))

    def _named_otherwise(self, name: str) -> bool:
        """Whether a capitalised name found as a brand is rather an organisation, a place or an ordinary word
        (``_not_product`` covers the company and country tables)."""
        return org_key(name) in self.out.org_names or self._not_product(name) or is_city(name) or is_region(name)

    def _bracketed_generic(self, word: str) -> None:
        """ "XPHOZAH (tenapanor) tablets": a generic name no INN stem knows, in the brackets after a brand, is a product
        wherever the text writes it (the molecule, which other brands and codes may share: "EMPAVELI (pegcetacoplan)" and
        "SYFOVRE (pegcetacoplan)")."""
        word = word.lower()
        if len(word) < 7 or word in NOT_INN or word in NOT_BRACKETED_GENERIC or NOT_LOWER_PRODUCT.search(word) or self._lower_stop(word) \
                or INN.fullmatch(word) or word in self.lex.targets or word in self.lex.indications:
            return
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", self.text, re.I):
            self._add(m.group(), "Product", m.start(), m.end(), word)

    @staticmethod
    def _lower_stop(word: str) -> bool:
        """Ordinary English words that end like an INN stem ("stat", "nib", "pril" ...)."""
        return word in ENGLISH_LOOKALIKES

    def _not_product(self, name: str) -> bool:
        cache = self.__dict__.setdefault("_not_product_cache", {})
        if name not in cache:
            cache[name] = self._not_product_uncached(name)
        return cache[name]

    def _lower_in_text(self, word: str) -> bool:
        """Whether ``word`` occurs in the text in lower case (then it is an ordinary word)."""
        return is_lower_word(self.text, word.lower())

    def _starts_company_name(self, name: str) -> bool:
        """Whether ``name`` is written somewhere as the start of a company's name ("Forge Biologics", "Emergent BioSolutions Inc.")."""
        at = self.text.find(name)
        while at >= 0:
            if not (at and (self.text[at - 1].isalnum() or self.text[at - 1] == "-")) and HEAD_OR_LEGAL_AFTER.match(self.text, at + len(name)):
                return True
            at = self.text.find(name, at + 1)
        return False

    def _not_product_uncached(self, name: str) -> bool:
        lex = self.lex
        if lex.company(name) or lex.regulator_by_name(name) or lex.country(name) or name in self.place_words or name in CONTINENTS:
            return True
        if name in MONTHS_AND_DAYS:
            return True  # ("... announced after US markets closed on Wednesday.")
        if name.lower() in lex.targets or name.lower() in lex.indications or name in US_STATES:
            return True
        if re.fullmatch(r"(?:[A-Z]{1,3}|CAR)-(?:cells?|lymphocytes?)|CAR-(?:T|NK|M)", name):
            return True  # "regulatory T-cell (Treg) therapies": a kind of cell, not a product
        if DOSAGE_FORM_WORD.fullmatch(name):
            return True  # "Mitchga Subcutaneous Injection 60mg Syringes": the pack, not a product of its own
        if DESCRIBED_TARGET.search(name):
            return True  # "a CD30-directed ADC", "HER2-positive": a target described, not a product
        if re.search(r"(?:Pharma|Bio|Therapeutics|Biologics|Biosciences|Labs?|Inc|Ltd)$", name) and not re.search(r"\d", name):
            return True
        if not re.search(r"\d", name) and self._starts_company_name(name):
            return True  # "Forge, a manufacturer of genetic medicines" where the text names Forge Biologics: the company
        if name.isupper() and len(name) <= 4 and not re.search(r"\d", name):
            return True
        # a capitalised word that also appears in lower case is an ordinary word
        return self._lower_in_text(name) and not re.search(r"\d|[A-Z].*[A-Z]", name[1:])

    def places(self) -> None:
        lex = self.lex
        if lex.country_pattern is not None:
            for m in lex.country_pattern.finditer(self.text):
                row = lex.country(m.group())
                if re.match(r"\s?\$", self.text[m.end(): m.end() + 2]):
                    continue
                if row and m.group() != row["adjective"]:
                    self._add(m.group(), "Place", m.start(), m.end(), row["name"])
        for s in self.sentences[:6]:
            d = DATELINE.match(s.text)
            if d and d.group("city").isupper():
                city = d.group("city").title()
                self._add(d.group("city"), "Place", s.start + d.start("city"), s.start + d.end("city"), city)
        for m in self.city_country:
            region = m.group("region")
            region = region if lex.country(region) or is_region(region) else region.rstrip(".")  # ("Yokohama, Japan.")
            if lex.country(region) or is_region(region) or lex.country(region.split()[0]) or is_region(region.split()[0]):
                city, _ = self._trim_place(m.group("city"), m.start("city"))
                if city and self._placeable(city):
                    start = m.start("city") + m.group("city").index(city)
                    self._add(city, "Place", start, start + len(city), city)
                    if is_region(region) and not lex.country(region):
                        rs = m.start("region")
                        self._add(region, "Place", rs, rs + len(region), region)
                    # "Boulder and Longmont, Colorado", "Chiba and Yokohama, Japan": the towns listed before it too
                    lead = TOWNS_BEFORE_AND.search(self.text, max(0, m.start("city") - 80), m.start("city"))
                    for tm in re.finditer(rf"{TOK}(?:{SP}+{TOK})?", lead.group()) if lead else ():
                        if is_city(tm.group()) and self._placeable(tm.group()):
                            self._add(tm.group(), "Place", lead.start() + tm.start(), lead.start() + tm.end(), tm.group())
        for m in PLACE_LIST.finditer(self.text):
            for pm in re.finditer(PLACE_NAME, m.group("list")):
                place, start = self._trim_place(pm.group(), m.start("list") + pm.start())
                if place and place.isupper() and len(place) > 3 and not (is_city(place.title()) or is_region(place) or lex.country(place)):
                    break  # "headquartered in Pune, India, SIIPL manufactures ...": the list has ended, its subject follows
                if place and self._placeable(place):
                    self._add(place, "Place", start, start + len(place), place)
        for m in scan(UNIT_AT, self.text):
            # ("three facilities in Telangana: Unit-1 at Bonthapally, Unit-2 at Pashamylaram and Unit-3 at Gaddapotharam")
            place, start = self._trim_place(m.group("place"), m.start("place"))
            if place and self._placeable(place):
                self._add(place, "Place", start, start + len(place), place)
        for m in scan(PLACE_BEFORE_FACILITY, self.text):
            raw, raw_start = m.group("place"), m.start("place")
            if (owner := re.search(r"['’]s\s+", raw)) and org_key(raw[: owner.start()]) in self.out.org_names:
                raw, raw_start = raw[owner.end():], raw_start + owner.end()  # "Lupin's Pithampur Unit-2 facility"
            # (a town's own possessive, "Shanghai's Xuhui district", is left to _trim_place)
            raw = re.sub(r"\s+(?:Unit|Plant|Block)[- ]?(?:\d+|[IVX]{1,4})$", "", raw)
            place, start = self._trim_place(raw, raw_start)
            if not (place and self._placeable(place)):
                continue
            # (a town's name after its owner's: "Lupin's Pithampur Unit-2", not "MS Pharma's SFDA-approved biologics plant")
            owned = re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}", place) and self._after_owner(start)
            if is_city(place) or is_region(place) or place in self.place_words or self._after_in(place) or owned:
                self._add(place, "Place", start, start + len(place), place)
        for m in PLACE_IN_REGION.finditer(self.text):
            region = m.group("region")
            country_after = COUNTRY_AFTER.match(self.text, m.end("region"))
            if not (lex.country(region) or is_region(region) or lex.country(region.split()[0]) or is_region(region.split()[0])
                    or (country_after and lex.country(country_after.group("country")))):
                continue  # (a county the region list does not hold, followed by its country: "in Cheshire, England")
            place, start = self._trim_place(m.group("place"), m.start("place"))
            # a town GeoNames knows, or any name in a list of sites ("three sites: Research Triangle Park in ...")
            listed = re.search(r"\b(?:sites|facilities|plants|locations|campuses)\s*:[^.;]*$", self.text[max(0, start - 150): start])
            # (or a site's town GeoNames does not know: "the manufacturing centre at Holmes Chapel in Cheshire")
            sited = SITE_AT_BEFORE.search(self.text, max(0, start - 40), start)
            if place and (is_city(place) or listed or sited) and self._placeable(place):
                self._add(place, "Place", start, start + len(place), place)
        for m in PLACE_AFTER_IN.finditer(self.text):
            place = m.group("place")
            if (is_city(place) or is_region(place)) and self._placeable(place):
                self._add(place, "Place", m.start("place"), m.end("place"), place)
        places = {m.key: m.key for m in self.out.mentions if m.kind == "Place"}
        for start, end, name in find_names(self.text, places):
            self._add(name, "Place", start, end, name)

    def _after_in(self, place: str) -> bool:
        if not hasattr(self, "_after_in_text"):
            self._after_in_text = {m.group(1) for m in re.finditer(rf"\b(?:in|at)\s+({TOK}(?:{SP}+{TOK}){{0,3}})", self.text)}
        return any(p == place or p.startswith(place + " ") for p in self._after_in_text)

    def _after_owner(self, start: int) -> bool:
        """Whether a known organisation's possessive comes right before ``start`` ("Lupin's Pithampur Unit-2 facility")."""
        m = re.search(r"(?<![\w-])((?:[A-Z][\w&.\-]*\s+){0,4}[A-Z][\w&.\-]*)['’]s\s+$", self.text[max(0, start - 64): start])
        return bool(m) and org_key(m.group(1)) in self.out.org_names

    @staticmethod
    def _trim_place(name: str, start: int) -> tuple[str, int]:
        """Like _trim_name, but "New York" and "New Delhi" keep their first word (and "Shanghai's Xuhui" is Xuhui)."""
        if (owner := re.search(r"['’]s\s+(?=[A-Z])", name)) and (is_city(name[: owner.start()]) or is_region(name[: owner.start()])
                                                              or lexicon().country(name[: owner.start()])):
            name, start = name[owner.end():], start + owner.end()
        for n in range(len(name.split()), 0, -1):
            head = " ".join(name.split()[:n])
            if n > 1 and (is_city(head) or is_region(head)) and head.split()[0] in NOT_NAME_WORDS:
                return name, start
        return _trim_name(name, start)

    def _placeable(self, name: str) -> bool:
        if len(name) < 3 or name in COMMON_CAPS or name.split()[0] in COMMON_CAPS:
            return False  # ("Co" of "Co. Louth" is no town)
        if PLOT_NUMBER.fullmatch(name):
            return False  # (a plot's number: "facility at B-8, MIDC Industrial Area, Waluj")
        if self.lex.company(name) or org_key(name) in self.out.org_names or self.lex.regulator_by_name(name):
            return False
        if re.search(r"\b(?:GMP|API|ADC|Good|Existing|Its|Our|This|Commercial|Manufacturing|The|Phase|Unit|Plant|Site|Exchange|Building|Block|Wing)\b", name):
            return False  # (nor "the Shanghai Stock Exchange")
        if name.startswith("New ") and not (is_city(name) or is_region(name)):
            return False
        if not hasattr(self, "_named"):
            self._named = {m.text for m in self.out.mentions if m.kind in ("Product", "Person")}
        return name not in self._named


ACRONYM = compile_pattern(r"(?<![\w-])[A-Z]{4,8}(?![\w-])")
LOWER_WORD = compile_pattern(r"(?<![\w-])[a-z][\w'’]*(?:-[\w'’]+)*(?![\w-])")


def is_lower_word(text: str, word: str) -> bool:
    """Whether ``word`` is one of ``LOWER_WORD.findall(text)``, asked only where ``word`` is written.

    A match of LOWER_WORD at such a place is one ``findall`` finds unless an earlier match runs over it, which
    needs an apostrophe right before it (the one character before a match that a match may hold): then all
    are read.
    """
    at = text.find(word)
    while at >= 0:
        if at and text[at - 1] in "'’":
            return word in set(LOWER_WORD.findall(text))
        m = LOWER_WORD.match(text, at)
        if m and m.end() == at + len(word):
            return True
        at = text.find(word, at + 1)
    return False
NAME_WORD_BEFORE = compile_pattern(r"(?<![\w-])[A-Z][a-z]+\.?\s$")
CAPITALISED_WORD = compile_pattern(r"(?<![\w-])[A-Z][a-z]{4,}(?![\w-])")
US_STATES = {
    "N.J.", "NJ", "New Jersey", "Mass.", "MA", "Massachusetts", "Calif.", "CA", "California", "N.Y.", "NY", "New York",
    "Pa.", "PA", "Pennsylvania", "Md.", "MD", "Maryland", "N.C.", "NC", "North Carolina", "Ill.", "IL", "Illinois",
    "Ind.", "Indiana", "Texas", "TX", "Wash.", "Washington", "Conn.", "Connecticut", "Fla.", "Florida", "Ohio",
    "Mo.", "Missouri", "Colo.", "Colorado", "Mich.", "Michigan", "Minn.", "Minnesota", "Ga.", "Georgia", "Del.",
    "Gujarat", "Maharashtra", "Telangana", "Karnataka", "Andhra Pradesh", "Jiangsu", "Zhejiang", "Sichuan",
    "Guangdong", "Shandong", "Hubei", "Hebei", "Bavaria", "Ontario", "Quebec", "Québec", "Incheon", "Ras Al Khaimah",
}


def _past_titles(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` over a window, tried again after a "person" that is a title ("Its Chief Financial Officer,
    Reto Suter, has been appointed ...": the name comes after it, inside the first match)."""
    pos = start
    if _screened_out(pattern, text, start, end):
        return
    while (m := pattern.search(text, pos, end)) is not None:
        if any(w in TITLE_TOKENS for w in m.group("person").split()) and m.end("person") < m.end():
            pos = m.end("person")
            continue
        yield m
        pos = max(m.end(), pos + 1)


def find_mentions(text: str, sentences: list[Sentence]) -> DocMentions:
    """Every mention in ``text``, sorted by position, with organisation names grouped."""
    finder = MentionFinder(text, sentences)
    finder.regulators()
    finder.people()
    finder.products()
    finder.table_products()
    finder.organisations()
    finder.places()
    out = finder.out
    org_names = {org_key(n) for ns in out.org_names.values() for n in ns}
    orgs = [(m.start, m.end) for m in out.mentions if m.kind in ("Company", "Regulator")]
    out.mentions = [m for m in out.mentions if not (m.kind == "Product" and (org_key(m.text) in org_names or any(
        a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in orgs)))]
    # a name a site is said to be at is a town the gazetteer does not know, not a product: "its formulations manufacturing
    # facility at Moraiya, near Ahmedabad"
    located = {m.key for m in out.mentions if m.kind == "Product" and SITE_AT_BEFORE.search(text, max(0, m.start - 40), m.start)
               and " " not in m.text and m.text[:1].isupper() and m.text[1:].islower()}
    if located:
        out.mentions = [Mention(m.text, "Place", m.start, m.end, m.text) if m.kind == "Product" and m.key in located else m
                        for m in out.mentions]
    out.mentions.sort(key=lambda m: (m.start, -m.end))
    _join_conjugate_names(text, out)
    _merge_code_aliases(text, out)
    _merge_former_names(text, out)
    _merge_misspelt_brands(out)
    _join_slash_products(text, out)
    _extend_typos(text, out)
    _extend_product_lists(text, out, finder)
    _extend_product_names(text, out)
    return out


NAME_TAIL = compile_pattern(r" (?P<tail>\d{1,2}|[A-Z]{2,4})(?![\w\-])(?!\s*(?:mg|mL|ml|µg|mcg|g|kg|L|%|IU|units?|doses?|years?|months?|weeks?|days?)\b)")
LETTER_TAIL = compile_pattern(r" (?P<tail>[A-Z])(?![\w\-])")
NAME_HEAD = compile_pattern(r"(?P<head>[A-Z][a-z]{3,}) $")


def _extend_product_names(text: str, out: DocMentions) -> None:
    """Brand names of two words: "GARDASIL 9", "Radicava ORS" (a number or a short capital suffix after a brand),
    "Typbar TCV" (a capitalised word before a capital-letter name); every mention of the product is renamed."""
    taken = [(m.start, m.end) for m in out.mentions if m.kind != "Product"]
    rename: dict[str, str] = {}
    for m in out.mentions:
        if m.kind != "Product" or m.key in rename:
            continue
        tail = NAME_TAIL.match(text, m.end) if re.fullmatch(r"[A-Z][A-Za-z]{3,}", m.text) else None
        if tail is None and re.fullmatch(r"[A-Z]{4,}", m.text) and (letter := LETTER_TAIL.match(text, m.end)) and \
                text.count(m.text) == text.count(m.text + letter.group()):
            tail = letter  # "HEPAGAM B": one capital letter after a capitalised brand, wherever it is written
        head = NAME_HEAD.search(text, max(0, m.start - 20), m.start) if re.fullmatch(r"[A-Z]{2,5}", m.text) else None
        if tail and not any(a <= m.end + 1 < b for a, b in taken):
            rename[m.key] = f"{m.text} {tail.group('tail')}"
        elif head and head.group("head") not in COMMON_CAPS and head.group("head") not in NOT_NAME_WORDS and not any(
                a <= head.start() < b for a, b in taken) and re.search(r"[.!?]\s*$|^\s*$", text[max(0, head.start() - 3): head.start()]) is None:
            rename[m.key] = f"{head.group('head')} {m.text}"
    if not rename:
        return
    # (a brand the text also writes alone is another product: "Radicava (edaravone) ... and Radicava ORS, an oral
    # suspension", "Remsima" and "Remsima SC")
    alone = {key for key, new in rename.items() if len(re.findall(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text))
             > len(re.findall(rf"(?<![\w-]){re.escape(new)}(?![\w-])", text))}
    fixed = []
    for m in out.mentions:
        new = rename.get(m.key) if m.kind == "Product" else None
        if new and text.startswith(new, m.start):
            m = Mention(new, "Product", m.start, m.start + len(new), new)
        elif new and text.startswith(new, m.start - len(new) + len(m.text)):
            m = Mention(new, "Product", m.start - len(new) + len(m.text), m.end, new)
        elif new and m.key not in alone:
            m = Mention(m.text, "Product", m.start, m.end, new)
        fixed.append(m)
    out.mentions = sorted(fixed, key=lambda m: (m.start, -m.end))


LIST_NEXT = compile_pattern(r"(?:\s+for\s+[^,;.()]{3,60}?)?(?:,\s+(?:and\s+)?|\s+and\s+)(?P<name>[A-Z][a-z]{3,}[A-Za-z0-9\-]*)(?=\s+for\b|,|\s+and\b|\.|;)")


def _extend_product_lists(text: str, out: DocMentions, finder: MentionFinder) -> None:
    """ "two approved CAR T therapies, Breyanzi for large B-cell lymphoma and Abecma for multiple myeloma": the
    other items of a list that starts with a product are products too, unless they are known other names."""
    known = {m.text for m in out.mentions if m.kind != "Product"} | {n for ns in out.org_names.values() for n in ns}
    added: dict[str, str] = {}
    for m in [m for m in out.mentions if m.kind == "Product" and re.fullmatch(r"[A-Z][a-z]+[\w\-]*", m.text)]:
        end = m.end
        while (nxt := LIST_NEXT.match(text, end)) is not None:
            name = nxt.group("name")
            if name in known or name in COMMON_CAPS or name in NOT_NAME_WORDS or finder._not_product(name) or finder.lex.country(name):
                break
            added[name] = name
            end = nxt.end()
    if not added:
        return
    spans = [(m.start, m.end) for m in out.mentions]
    for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, added)) + r")\b", text):
        if not any(a < m.end() and m.start() < b for a, b in spans):
            out.mentions.append(Mention(m.group(), "Product", m.start(), m.end(), m.group()))
    out.mentions.sort(key=lambda m: (m.start, -m.end))


def _extend_typos(text: str, out: DocMentions) -> None:
    """ "developed by Biocon Biologic together with ...": a known short name followed by a typo of the rest of a
    longer name in the document is that longer organisation, not the short one."""
    longer = {n: key for key, names in out.org_names.items() if out.org_kind.get(key) == "Company" for n in names if " " in n}
    if not longer:
        return
    fixed = []
    for m in out.mentions:
        nxt = re.match(r"\s+([A-Z][\w\-]+)", text[m.end: m.end + 40]) if m.kind == "Company" else None
        if nxt:
            candidate = f"{m.text} {nxt.group(1)}"
            best = next((key for n, key in longer.items() if key != m.key and n.startswith(m.text + " ")
                         and Levenshtein.distance(n.lower(), candidate.lower()) <= 2), None)
            if best:
                m = Mention(candidate, m.kind, m.start, m.end + nxt.end(), best)
        fixed.append(m)
    out.mentions = fixed


# ... or named after it: "SKYTyphoid™, developed under the project name NBP618", "Aidixi®, research code: RC48"
CODE_ALIAS = compile_pattern(r"(?:\s*(?:®|™)?\s*\(\s*(?:(?:research|development|company|internal)\s+code\s*:?\s*|also\s+(?:known|referred\s+to)\s+as\s+|also\s+called\s+|formerly\s+|previously\s+|a\.k\.a\.\s+)?|"
                             r"\s*(?:®|™|\(R\)|\(TM\))?\)?,?\s+(?:developed\s+|known\s+)?(?:under\s+the\s+(?:project|code|research|development)\s+name|also\s+known\s+as|"
                             r"(?:formerly|previously)(?:\s+known\s+as)?|research\s+code:?|code[- ]named)\s+)$")


RENAMED_AS = compile_pattern(r"\b(?:renamed|(?:develop\w*|known|stud(?:y|ies|ied|ying)|market\w*|sold|registered)\s+(?:it\s+|the\s+\w+\s+)?"
                             r"(?:under\s+the\s+(?:code|(?:programme|program|project|code|brand|trade)\s+name)|as))\s+$")
INN_IN_BRACKETS = compile_pattern(r"[^.;()]{0,40}\(\s*(?:generic\s+name|INN)?\s*:?\s*")
# the next name of a list of a product's names: "(sac-TMT, previously known as SKB264 and, in MSD's global programme, as
# MK-2870", "(generic name: viltolarsen; development code: NS-065/NCNP-01)"
ALIAS_CHAIN_GAP = compile_pattern(r"\s*[;,/]\s*(?:also\s+known\s+as\s+|and\s+|(?:(?:research|development|company|internal|project)\s+code|"
                                  r"code\s+name|generic\s+name|INN)\s*:?\s*)?(?:[A-Z][\w\-]*\d\w*/)?|\s*[;,]?\s+(?:and|or),?\s+(?:in\s+[^,;()]{1,40},\s+)?as\s+")
PAYLOAD = r"[a-z]*(?:tecan|dotin|tansine|sunirine|tesirine|ozogamicin|pasudotox)"
ANTIBODY_INN = r"[A-Za-z][a-z]+(?:mab|tug|mig)"


def _join_conjugate_names(text: str, out: DocMentions) -> None:
    """An antibody-drug conjugate's name is two words: "pivekimab sunirine", "raludotatug deruxtecan"."""
    mentions: list[Mention] = []
    for m in out.mentions:
        if m.kind == "Product" and re.fullmatch(PAYLOAD, m.text) and (
                before := re.search(rf"(?<![\w-])(?P<inn>{ANTIBODY_INN})\s+$", text[max(0, m.start - 40): m.start])):
            start = max(0, m.start - 40) + before.start("inn")
            name = text[start: m.end]
            if mentions and mentions[-1].kind == "Product" and mentions[-1].start >= start:
                mentions.pop()  # the antibody alone, found on its own
            mentions.append(Mention(name, "Product", start, m.end, name[0].lower() + name[1:] if name[1:2].islower() else name))
            continue
        if m.kind == "Product" and re.fullmatch(ANTIBODY_INN, m.text) and (after := re.match(rf"\s+({PAYLOAD})(?![\w-])", text[m.end:])):
            name = text[m.start: m.end + after.end()]
            mentions.append(Mention(name, "Product", m.start, m.end + after.end(), name[0].lower() + name[1:]))
            continue
        if mentions and mentions[-1].kind == "Product" and mentions[-1].start <= m.start < mentions[-1].end and m.kind == "Product":
            continue  # the payload alone, inside the joined name
        mentions.append(m)
    out.mentions = mentions


def _join_slash_products(text: str, out: DocMentions) -> None:
    """ "R21/Matrix-M": an antigen and its adjuvant written as one vaccine's name are one product; the first part
    alone later ("R21") is that product too, the second ("Matrix-M", an adjuvant of its own) is not."""
    products = [m for m in out.mentions if m.kind == "Product"]
    joined: dict[tuple[int, int], Mention] = {}
    rename: dict[str, str] = {}
    for a, b in zip(products, products[1:]):
        if text[a.end: b.start] == "/" and (a.start, a.end) not in joined:
            name = text[a.start: b.end]
            joined[(a.start, a.end)] = joined[(b.start, b.end)] = Mention(name, "Product", a.start, b.end, name)
            rename[a.key] = name
    if not joined:
        return
    mentions: list[Mention] = []
    for m in out.mentions:
        if (m.start, m.end) in joined:
            if not mentions or mentions[-1] is not joined[(m.start, m.end)]:
                mentions.append(joined[(m.start, m.end)])
        elif m.kind == "Product" and m.key in rename:
            mentions.append(Mention(m.text, m.kind, m.start, m.end, rename[m.key]))
        else:
            mentions.append(m)
    out.mentions = mentions


def _merge_misspelt_brands(out: DocMentions) -> None:
    """A brand written once with a typo ("Convidicea is the second Chinese vaccine ..." beside "Convidecia") is that brand:
    capitalised names without digits, one or two letters apart (two from nine letters on), the rarer spelling renamed."""
    counts: dict[str, int] = {}
    for m in out.mentions:
        if m.kind == "Product" and m.key[:1].isupper() and len(m.key) >= 7 and not re.search(r"[\d\s]", m.key):
            counts[m.key] = counts.get(m.key, 0) + 1
    if len(counts) < 2:
        return
    order = sorted(counts, key=lambda k: (-counts[k], k))
    rename = {}
    for n, rare in enumerate(order):
        for common in order[:n]:
            if common not in rename and rare[0].lower() == common[0].lower() and \
                    Levenshtein.distance(rare.lower(), common.lower()) <= (2 if min(len(rare), len(common)) >= 9 else 1):
                rename[rare] = common
                break
    if rename:
        out.mentions = [Mention(m.text, m.kind, m.start, m.end, rename.get(m.key, m.key)) if m.kind == "Product" else m
                        for m in out.mentions]


#: the words between a company and its former name ("HK inno.N Corporation, the Korean company formerly known as CJ
#: Healthcare", "Sobi (formerly Swedish Orphan Biovitrum)"): within one sentence, no other company between
FORMER_NAME_GAP = compile_pattern(r"(?:\s*\([^()]{1,40}\))?(?:\s*\(\s*|,\s+(?:(?:the|a|an)\s+[^.;()]{0,80}?\s+)?)(?:which\s+was\s+|was\s+)?(?:formerly|previously)"
                                  r"(?:\s+(?:known|named|called|operating)(?:\s+as)?)?\s+")


def _merge_former_names(text: str, out: DocMentions) -> None:
    """A company's former name is the same company: every mention of it takes the present name's key."""
    orgs = [m for m in out.mentions if m.kind == "Company"]
    alias: dict[str, str] = {}
    for prev, m in pairwise(orgs):
        # (only a whole name that is a key of its own: not "ProBio, formerly known as GenScript ProBio", read as GenScript)
        if prev.key != m.key and m.key not in alias and org_key(strip_legal(m.text)) == m.key \
                and not re.match(r"[ \t]+[A-Z]", text[m.end: m.end + 3]) and FORMER_NAME_GAP.fullmatch(text, prev.end, m.start):
            alias[m.key] = alias.get(prev.key, prev.key)
    if alias:
        out.mentions = [Mention(m.text, m.kind, m.start, m.end, alias.get(m.key, m.key)) if m.kind == "Company" else m
                        for m in out.mentions]
        for old, new in alias.items():
            out.org_names.setdefault(new, set()).update(out.org_names.pop(old, set()))
            out.org_counts[new] = out.org_counts.get(new, 0) + out.org_counts.pop(old, 0)
            out.org_kind.pop(old, None)


def _merge_code_aliases(text: str, out: DocMentions) -> None:
    """ "molnupiravir (MK-4482)", "Mazdutide (research code IBI362; also known as LY3305677)": the codes in
    parentheses after a named product are that product, not others. (A code followed by a name in parentheses
    is left alone: "AVT05 (golimumab)" is a biosimilar of golimumab.)"""
    products = [m for m in out.mentions if m.kind == "Product"]
    alias: dict[str, str] = {}
    for n, m in enumerate(products):
        coded = bool(re.search(r"\d", m.key))
        end = m.end
        for code in products[n + 1: n + 4]:
            if (code.key == m.key or alias.get(code.key) == m.key) and re.fullmatch(r"[^.;]{0,40}", text[end: code.start]):
                end = code.end  # its INN in between: "Pluvicto™ (lutetium (177Lu) vipivotide tetraxetan), previously known as ..."
                continue
            gap = text[end: code.start]
            if not coded and end == m.end and code.text.islower() and INN_IN_BRACKETS.fullmatch(gap):
                end = code.end  # its INN first: "VILTEPSO® Intravenous Infusion 250 mg (generic name: viltolarsen; development code: ...)"
                continue
            # (a code as written: "Simponi (golimumab)" after "AVT05 (golimumab)" names no code, though its INN now
            # stands for AVT05)
            if not re.search(r"\d", code.text) or code.key in alias or code.key == m.key:
                break
            if coded and not re.fullmatch(r"\s*\(\s*", gap):
                break  # "BAT1806 (BIIB800)" is one product; "AVT05 (golimumab)" is not a code pair
            # ("patritumab deruxtecan (HER3-DXd; MK-1022)": a short name, then the code)
            if not (CODE_ALIAS.fullmatch(gap) or (end != m.end and ALIAS_CHAIN_GAP.fullmatch(gap))
                    or re.fullmatch(r"\s*\(\s*[\w\-]{2,20};\s*", gap)):
                break
            alias[code.key] = m.key
            end = code.end
    # a name it takes later: "the compound will be renamed TAK-279", "began developing it as HMS5552", "In Summit's
    # territories the molecule will be developed under the code SMT112": the product named just before
    for n, code in enumerate(products):
        if n == 0 or code.key in alias or not re.search(r"\d", code.text) or not RENAMED_AS.search(text, max(0, code.start - 70), code.start):
            continue
        if any(p.key == code.key for p in products[:n]):
            continue  # (a name the text used before: "where it is known as OTL-200" after "approves OTL-200")
        prev = next((p for p in reversed(products[:n]) if p.key != code.key and alias.get(p.key) != code.key), None)
        # (only one product named in the words before: "The two products were developed ... under the name RGB-14" names two)
        if prev is not None and code.start - prev.end <= 300 and prev.key not in alias \
                and len({alias.get(p.key, p.key) for p in products[:n] if p.start > text.rfind(". ", 0, prev.start)} - {code.key}) == 1:
            alias[code.key] = prev.key
    if alias:
        out.mentions = [Mention(m.text, m.kind, m.start, m.end, alias.get(m.key, m.key)) if m.kind == "Product" else m
                        for m in out.mentions]
