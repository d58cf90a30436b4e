"""Rules for descriptions: people's roles, facilities, products, company profiles."""

from __future__ import annotations

from pharmagraph.extract import fast_re as re
from pharmagraph.extract.context import DocContext
from pharmagraph.extract.cues import (
    POSSESSIVE,
    SUBSIDIARY_BEFORE,
    is_hedged,
    is_negated,
    split_spans,
    to_litres,
    to_square_metres,
)
from pharmagraph.extract.lexicon import CONTINENTS, INDUSTRY_HEADS, TITLE_WORDS, cased_short_forms, lexicon
from pharmagraph.extract.mentions import (
    COMPASS,
    CREDS,
    GOVERNMENT_DEPARTMENT,
    GOVERNMENT_TITLE,
    HEADER_CELL,
    HEADLINE_VERBS,
    INN_STEMS,
    PERSON,
    TITLE_PHRASE,
    product_column,
)
from pharmagraph.extract.names import org_key, person_name, strip_legal
from pharmagraph.extract.places import is_city, is_region, is_us_state
from pharmagraph.extract.regex_cache import compile_pattern
from pharmagraph.model import Sentence

#: words that may follow a company's name in a role without making it another organisation
UNIT_FILLERS = {w.lower() for h in INDUSTRY_HEADS for w in h.split()} | {"group", "holdings", "company", "corporation", "inc", "ltd"}
TITLE_SPLIT = compile_pattern(rf"\s*(?:,\s*and\s+|,\s*|\s+and\s+as\s+(?:an?\s+)?|\s+and\s+|\s*&\s*)(?={TITLE_WORDS})")
# (not "on-site", "off-site"; not the verb: "is also building a plant")
FACILITY_WORDS = compile_pattern(r"(?<!\btrial )(?<!credit )(?<!loan )(?<!lending )(?<!financing )(?<!clinical )(?<!treatment )(?<!study )(?<!web)(?<!on-)(?<!off-)\b(?:facility|facilities|plants?|sites?|campus|campuses|"
                            r"factory|factories|base|(?<=manufacturing )bases|(?<=production )bases|centre|center|(?<=research )centres|(?<=research )centers|(?<=R&D )centres|(?<=R&D )centers|(?<=development )centres|(?<=development )centers|(?<=industrial |production )complex|building(?!\s+(?:a|an|the|its|their|new|out|up|on)\b)|(?<=sales )office|"
                            r"(?-i:laborator(?:y|ies))|(?-i:Unit)[- ]?(?:\d{1,2}|(?-i:[IVX]{1,4}))|locations(?=\s+(?:in|at|across)\s)|"
                            # ("research and development hubs are located in ...", "viral vector operations in Alachua")
                            r"(?:(?<=development\s)|(?<=research\s)|(?<=manufacturing\s)|(?<=R&D\s)|(?<=production\s))hubs?|"
                            r"(?:(?<=vector\s)|(?<=manufacturing\s)|(?<=production\s)|(?<=therapy\s)|(?<=GMP\s))operations(?=\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])))\b", re.I)
MODALITIES = [
    (r"bispecific\s+(?:antibody[- ]drug\s+conjugate|ADC)", "bispecific antibody-drug conjugate"),
    (r"antibody[- ]drug\s+conjugate|\bADC\b", "antibody-drug conjugate"),
    (r"radiopharmaceutical|radioligand|radionuclide|radioconjugate|\bRDC\b", "radiopharmaceutical"),
    (r"bispecific\s+antibod", "bispecific antibody"),
    (r"CAR[- ]?T", "CAR-T cell therapy"),
    (r"cell\s+therap", "cell therapy"),
    (r"gene\s+therap", "gene therapy"),
    (r"mRNA\s+vaccine", "mRNA vaccine"),
    (r"(?:recombinant\s+)?(?:protein\s+)?(?:nanoparticle\s+)?vaccine", "vaccine"),
    (r"monoclonal\s+antibod|\bmAb\b", "monoclonal antibody"),
    (r"inhaled\s+insulin", "inhaled insulin"),
    (r"insulin(?![\w-])", "insulin"),  # (not "insulin-dependent")
    (r"small[- ]molecule", "small molecule"),
    (r"peptide", "peptide"),
    (r"siRNA|antisense|oligonucleotide", "oligonucleotide"),
    (r"fusion\s+protein|recombinant\s+protein", "recombinant protein"),
]
MODALITIES = [(compile_pattern(p, re.I if not p.startswith("CAR") else 0), label) for p, label in MODALITIES]
#: a biosimilar of a modality: the narrower concepts the vocabularies have (any other is a plain "biosimilar")
BIOSIMILAR_OF = {"monoclonal antibody": "biosimilar monoclonal antibody", "insulin": "biosimilar insulin"}
PHASES = [
    (r"Phase\s*(?:III|3)\b", "Phase III"), (r"Phase\s*(?:II|2)\b", "Phase II"), (r"Phase\s*(?:I|1)\b", "Phase I"),
    (r"pre-?clinical", "Preclinical"),
]
PHASES = [(compile_pattern(p, re.I), label) for p, label in PHASES]
ISOTOPES = {"Lu": "Lu-177", "Ac": "Ac-225", "Cu": "Cu-67", "Y": "Y-90", "I": "I-131", "Ga": "Ga-68", "Pb": "Pb-212", "At": "At-211"}
ISOTOPE_IN_CODE = compile_pattern(r"^\[?(?P<mass>\d{2,3})(?P<el>[A-Z][a-z]?)\]?-")
ISOTOPE_WORD = compile_pattern(r"\b(?P<el>lutetium|actinium|copper|yttrium|iodine|gallium|lead|astatine)[- ](?P<mass>\d{2,3})\b", re.I)
ELEMENTS = {"lutetium": "Lu", "actinium": "Ac", "copper": "Cu", "yttrium": "Y", "iodine": "I", "gallium": "Ga", "lead": "Pb", "astatine": "At"}
COMPANY_KIND = compile_pattern(
    r"\b(?:is|was|operates\s+as|as)\s+(?:a|an|one\s+of\s+the)\s+(?P<kind>(?:[\w\-]+\s+){0,5}?"
    r"(?:company|enterprise|manufacturer|CDMO|CRDMO|CRO|CMO|organi[sz]ation|developer|firm|group|specialist|biotech|"
    r"drugmaker|maker|producer|distributor|provider|institute|partner))\b"
)
FOUNDED = compile_pattern(r"\b(?:founded|established|incorporated|set\s+up|formed)\b(?:\s+in\s+[A-Z][\w ]*?)?\s+in\s+(?P<year>(?:18|19|20)\d\d)\b", re.I)
# (a town's name may hold a possessive: "King's Lynn", "St. John's")
_HQ_PLACE = r"[A-Z][\w\-]*(?:['’]s(?=\s+[A-Z]|[\s,.;]))?(?:\s+[A-Z][\w\-]*){0,2}"
HQ = compile_pattern(rf"\b(?:headquartered|head-?quartered|based)\s+in\s+(?P<place>{_HQ_PLACE})|"
                rf"\bheadquarters\s+in\s+(?P<place2>{_HQ_PLACE})|"
                rf"\bEstablished\s+in\s+(?P<place3>{_HQ_PLACE})\s+in\s+\d{{4}}")


INN_PAREN = compile_pattern(r"\s*(?:®|™|\(R\)|\(TM\))?\s*\((?P<inn>[a-z][a-z\-]+(?:\s+[a-z\-]+)?)\)")
# ("its lead candidate P", and "Its lead pipeline candidate, vimseltinib, is ...")
ITS_BEFORE = compile_pattern(r"\b(?:its|the\s+company['’]s|our|their)\s+(?:(?:[\w\-]+\s+|\([\w\-]+\)\s+){0,5}|(?:[\w\-]+\s+){0,4}[\w\-]+,\s+)$", re.I)
COMPANY_AFTER = compile_pattern(r"[^.]*?,\s+(?:the\s+company['’]s|its)\b")
APPOSITION = compile_pattern(r"\s*(?:®|™|\(R\)|\(TM\))?\s*(?:\([^()]{1,80}\)\s*)?(?:,|\s+is|\s+was|\s+-|\s+–)\s*(?:an?\s+|the\s+)?")
DEV_BY_AFTER = compile_pattern(r"[^.;]*?\b(?:developed|discovered|invented|originated|made|manufactured)"
                               r"(?:\s+and\s+(?:marketed|commerciali[sz]ed|sold|manufactured|distributed))?\s+by\s+")


DIVISION = compile_pattern(r"\b(?:Division|Research\s+Laboratories|Business\s+Unit|Business\s+Group|Segment)$")
ACADEMIC_TITLE = compile_pattern(r"(?i)\b(?:professor|lecturer|investigator|physician|oncologist|clinician|researcher|fellow)\b")


# titles a head of state or government holds, and a company's officers too ("President"): a government's only where
# the text names its country, state or town ("French President X", "Rwanda's President X", "President X of Kenya")
STATE_TITLE = compile_pattern(r"(?i:(?:Vice[\s-])?President|King|Queen|Emir|Crown\s+Prince|Premier|Chancellor|General\s+Secretary)$")
# the country, state or town written just before a title: "French President", "North Carolina Governor", "Rwanda's"
JURISDICTION_BEFORE = compile_pattern(r"(?<![\w\-])(?P<place>(?:[A-Z][\w\-.]*\s+){0,2}[A-Z][\w\-.]*)(?:['’]s?)?\s+$")
JURISDICTION_AFTER = compile_pattern(r"(?:\s+and\s+[A-Z][\w\s]{0,60}?)?\s+of\s+(?:the\s+)?(?P<place>(?:State\s+of\s+|City\s+of\s+|Republic\s+of\s+)?"
                                     r"[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*){0,2})")


PORTFOLIO_WORDS = {"Health", "Foreign", "Finance", "Trade", "Industry", "Science", "Economy", "Economic", "Education", "Defence",
                   "Defense", "Interior", "Agriculture", "Commerce", "Investment", "Technology", "Affairs", "State"}


def _jurisdiction(name: str, tails: bool = False) -> str | None:
    """The government a place name (or a nationality) stands for: a country by its name in the table, else a
    state, province or town as written ("Vietnamese" -> "Vietnam"; "North Carolina"; "State of São Paulo"); with
    ``tails``, the longest run of last words that is one."""
    words = name.split()
    while tails and len(words) > 1 and words[-1] in PORTFOLIO_WORDS:
        words.pop()  # ("Indonesian Health Minister X")
    for n in range(len(words) if tails else 1):
        if n and words[n - 1][:1].isupper() and words[n - 1] not in ("The", "His", "Her", "Excellency", "Highness"):
            continue  # ("Pfizer Japan President X": a company's unit, not Japan's government)
        tail = " ".join(words[n:])
        bare = re.sub(r"^(?:State|City|Republic|Government|Province)\s+of\s+", "", tail)
        if (row := lexicon().country(bare)) or (row := lexicon().country(tail)):
            return row["name"]
        if is_region(bare) or is_city(bare) or (n == 0 and REGION_NAME.fullmatch(tail)):
            return tail  # (or a place named as a region: "Governor of Qassim Region")
    return None


REGION_NAME = compile_pattern(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s+(?:Region|Province|Prefecture|Governorate|Oblast|County|Emirate)")


HOME_LINE = compile_pattern(r"(?:^|\*\*)\s*(?P<city>[A-Z][\w.'’\- ]{1,40}?)(?:,\s+(?P<a>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}))?"
                           r"(?:,\s+|\s+\()(?P<b>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\)?\s*(?:,|[-–—]|\*\*|\d)")


def home_country(ctx: DocContext) -> str | None:
    """The country of the release's dateline ("Melbourne, Australia, 16 November 2020 --", "CAPE TOWN, South Africa",
    "Saint-Herblain (France), April 14 --"; a US state or its abbreviation: the United States), worked out once."""
    if "_home" not in ctx.__dict__:
        home = None
        for s in ctx.sentences[:8]:
            m = HOME_LINE.match(s.text)
            if not m:
                continue
            for part in (m.group("b"), m.group("a")):
                if part and (row := lexicon().country(part.title() if part.isupper() else part)):
                    home = row["name"]
                elif part and is_us_state(part):
                    home = "United States"
                if home:
                    break
            if home:
                break
        ctx.__dict__["_home"] = home
    return ctx.__dict__["_home"]


PORTFOLIO = compile_pattern(r"[^,.]*")
# a minister's portfolio named with "for" is part of the title, not an organisation ("Minister for COVID-19 Response")
NATIONAL_TITLE = compile_pattern(r"(?i:(?:Deputy\s+|Vice\s+|Prime\s+|Acting\s+)?Minister|Premier|State\s+Councill?or|Ambassador|Senator)\b")


def _government_of(ctx: DocContext, title: str, org: str, start: int, end: int) -> str | None:
    """The government whose officer a role's title makes the person, when the text names its place: in the role's
    organisation ("Mayor of Toulouse"), just before the title ("Vietnamese President Luong Cuong", "UAE Minister of
    ...") or after it ("State Councilor and Minister of Foreign Affairs of China")."""
    if not (GOVERNMENT_TITLE.search(title) or STATE_TITLE.search(title)):
        return None
    text = ctx.doc.text
    at = text.find(title, start, end)
    if at >= 0:
        # (first: "New Jersey Governor Phil Murphy" gave the role pattern the organisation "Jersey")
        before = JURISDICTION_BEFORE.search(text, max(0, at - 40), at)
        # (not "Accord BioPharma's U.S. President X": a company's officer for a country)
        owned = before and re.search(r"[\w.]['’]s?\s+$", text[max(0, before.start() - 30): before.start()])
        if before and not owned and (place := _jurisdiction(before.group("place"), tails=True)):
            return place
    if org:
        return _jurisdiction(org)
    if at >= 0:
        after = JURISDICTION_AFTER.match(text, at + len(title))
        if after and (place := _jurisdiction(after.group("place"))):
            return place
    # ("Health Minister Greg Hunt said ...", "..., said Chris Hipkins, Minister for COVID-19 Response"): the country of the
    # dateline, for a national office named without its country
    if NATIONAL_TITLE.search(title) and "Food and Drug" not in title and not re.search(r"\s(?:at|of)\s+the\s", title):
        return home_country(ctx)
    # "President Cyril Ramaphosa described the decision as ...": a bare "President" before a name, in a sentence that
    # names no company, is the head of state of the dateline's country (a company's would be "X President", "of X")
    i = ctx.sentence_at(start)
    # (not "current President Atsuhiro Wakumoto to become Senior Advisor": a company's, passing on the post)
    if title == "President" and text.startswith("President ", start) and not ctx.orgs(i) and not re.search(
            r"\b(?:current|former|outgoing|incoming|new|interim|acting|its|our)\s+$", text[max(0, start - 12): start], re.I):
        return home_country(ctx)
    return None


# "He currently serves as Chief Executive Officer of X and of Y": the person named just before, in a title held now
# (not "He previously served as ...", "From 2014 to 2019 he was ...": former roles)
# (and a post held before: "From 2017 to 2022 he served as Chief Executive Officer of Mediq", "He was Head of ...")
PRONOUN_ROLE = compile_pattern(rf"(?:^|;\s+|,\s+and\s+|^(?:From|Between|Since|In|Until|Before\s+that|Previously|Earlier|Most\s+recently|Until\s+recently|Prior\s+to)\b[^,;]{{0,40}}?,?\s+)(?:He|She|he|she)\s+"
                               rf"(?:currently\s+|also\s+|now\s+|previously\s+|later\s+)*(?:(?:serves|served|has\s+served|had\s+served|"
                               rf"is\s+(?:also\s+|currently\s+)?serving)\s+as|was|has\s+been|had\s+been)\s+"
                               rf"(?:the\s+|an?\s+)?(?P<title>{TITLE_PHRASE})\s+(?:of|at)\s+(?:the\s+)?")


HONORIFIC_SURNAME = compile_pattern(r"\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+(?P<surname>[A-Z][\w\-’']+)")
#: the organisations of those boards, named one after another ("IBM and CDW")
BOARD_NAMES = compile_pattern(r"[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3}(?:(?:,\s+(?:and\s+)?|\s+and\s+)[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3})*(?=\s*[.;]|,\s+(?:where|which|among)\b)")
PRONOUN_BOARD = compile_pattern(r"(?:^|;\s+|,\s+and\s+)(?:He|She|he|she)\s+(?:currently\s+|also\s+|now\s+)*(?:serves|sits)\s+on\s+the\s+[Bb]oards?"
                                r"(?:\s+of\s+[Dd]irectors)?\s+of\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}")


# a person's name written out: two to four capitalised words (the person finder may not have taken it)
FIELD_NAME = r"(?P<person>[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’'.]*){1,3})"
# "Mr Doustdar is currently Executive Vice President, International Operations", "..., who has been President and Chief
# Executive Officer since January 2017": a title held now by a person named before (of the company the text is about,
# or of the organisation named after "of")
SURNAME_ROLE = compile_pattern(rf"(?:^|,\s+)(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+(?P<surname>[A-Z][\w\-’']+)\s+(?:is|has\s+been)\s+(?:currently\s+|also\s+|now\s+)*"
                               rf"(?:the\s+|an?\s+)?(?P<title>{TITLE_PHRASE})(?=[,.;]|\s+(?:of|at|and|since)\b)")
# ... or by the surname alone, opening a sentence, for someone the text named in full: "Caforio continues to serve as
# Executive Chairman", "Leiden, currently Chairman, President and Chief Executive Officer, will become ..."
GIVEN_NAME_BEFORE = compile_pattern(r"(?<![\w\-.’'])([A-Z][a-z][\w’'\-]*)\s+$")
BOARD_ONLY = compile_pattern(r"(?:Supervisory\s+|Management\s+|Executive\s+)?Board(?:\s+of\s+(?:Directors|Management|Trustees))?")
NAME_STOP_WORDS = {"The", "This", "That", "It", "He", "She", "They", "We", "Our", "Its", "Each", "Both"}
BARE_SURNAME_ROLE = compile_pattern(rf"(?:^|(?<=\bwhich\s)|(?<=\bthat\s)|(?<=,\s)|(?<=\band\s))(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(?P<surname>[A-Z][\w\-’']+)"
                                    # (or "Garijo, a Spanish-born physician, is currently Vice Chair of the Executive Board")
                                    rf"(?:,\s+(?:currently|now|still)\s+|(?:,\s+[^,;]{{1,60}},)?\s+(?:is|was)\s+(?:currently|now|still|also)\s+(?:an?\s+)?|"
                                    rf"\s+(?:continues|will\s+continue|remains|will\s+remain)\s+"
                                    rf"(?:to\s+serve\s+)?as\s+)(?:the\s+company['’]s\s+|its\s+|the\s+)?(?P<title>{TITLE_PHRASE})(?=[,.;]|\s+(?:of|at|and|since|to|until)\b)")
# (also "A S F Rahman, who is also Chairman of Beximco Pharma", "Severin Schwan, 54, has been Chief Executive Officer since
# 2008")
WHO_HAS_BEEN = compile_pattern(rf"{FIELD_NAME},\s+(?:who\s+(?:has\s+(?:been|served\s+as)|is|serves\s+as)|\d\d,\s+has\s+been)\s+"
                               rf"(?:also\s+|currently\s+|now\s+)?(?:the\s+|its\s+)?"
                               rf"(?P<title>{TITLE_PHRASE})\s+(?:of\s+(?:the\s+company|[A-Z])|since\b)")


# a notice's fields, as Japanese and Korean listed companies write them: "Representative: Jane Doe, Representative
# Director, President & CEO"; "Name: Jane Doe" then "New position: ..." and "Current position: ..."
REPRESENTATIVE_FIELD = compile_pattern(rf"^Representative\s*:\s*(?:(?:Mr|Ms|Dr)\.?\s+)?{FIELD_NAME},\s+(?P<title>{TITLE_PHRASE})\s*$")
NAME_FIELD = compile_pattern(rf"^Name\s*:\s*(?:(?:Mr|Ms|Dr)\.?\s+)?{FIELD_NAME}\s*$")
POSITION_FIELD = compile_pattern(rf"^(?:New|Current|Present)\s+(?:position|title|post)\s*:\s*(?P<title>{TITLE_PHRASE})\s*$")


def _field_roles(ctx: DocContext) -> None:
    for i, s in enumerate(ctx.sentences):
        if (m := REPRESENTATIVE_FIELD.match(s.text)) and ctx.main:
            _add_roles(ctx, i, m.group("person"), ctx.main, _titles(m.group("title")), 0.75)
        elif (m := NAME_FIELD.match(s.text)) and ctx.main:
            for j in range(i + 1, min(len(ctx.sentences), i + 3)):
                if (pos := POSITION_FIELD.match(ctx.sentences[j].text)):
                    _add_roles(ctx, j, m.group("person"), ctx.main, _titles(pos.group("title")), 0.75)


# "said Christopher Kiper, a member of Lifecore's board of directors": a board seat at the company named before "'s"
BOARD_SEAT = compile_pattern(rf"{FIELD_NAME},\s+(?:a|an)\s+(?:independent\s+|non-executive\s+)?"
                             r"member\s+of\s+(?:the\s+)?(?P<org>[A-Z][^,;]{1,60}?)['’]s?\s+(?P<board>(?:supervisory\s+)?board(?:\s+of\s+directors)?)\b")


def _board_seats(ctx: DocContext) -> None:
    for i, s in enumerate(ctx.sentences):
        for m in BOARD_SEAT.finditer(s.text):
            org = next((o.key for o in ctx.orgs(i) if o.start == s.start + m.start("org")), None)
            person = m.group("person")
            if any(o.start < s.start + m.end("person") and s.start + m.start("person") < o.end for o in ctx.by_sentence[i]
                   if o.kind != "Person") or not 2 <= len(person.split()) <= 4:
                person = None  # (an organisation's name, not a person's)
            if org and person:
                title = "member of the Supervisory Board" if "upervisory" in m.group("board") else "member of the Board of Directors"
                _add_roles(ctx, i, person, org, [title], 0.7)


# "Its independent directors are Jane Doe, CEO of X; John Roe, ...", "The other members of the SAB are:" and a list of
# people after it: a seat each, on the board of the company the sentence speaks of
BOARD_LIST = compile_pattern(
    r"(?:^|(?<=[\s,;]))(?:(?P<its>[Ii]ts|[Tt]he\s+company['’]s|[Oo]ur|[Tt]heir)|(?P<org>[A-Z][\w\-&.]*(?:\s+[A-Z][\w\-&.]*){0,3})['’]s|[Tt]he)\s+"
    r"(?:(?P<kind>independent|non-executive|outside|other|new)\s+)?(?:(?P<directors>directors|board\s+members)|members\s+of\s+(?:the\s+|its\s+)?"
    r"(?P<body>(?:[A-Z][\w\-]*\s+){0,3}(?:Board|Committee|Council)(?:\s+of\s+(?:Directors|Management|Trustees))?|[A-Z]{2,5}|board(?:\s+of\s+directors)?))"
    r"\s+(?:are|include|now\s+include|comprise)\b\s*:?\s*")
#: where the next person of such a list starts: after a semicolon, or after a comma or "and" when no semicolon parts them
ITEM_SEPARATOR = compile_pattern(r";\s*(?:and\s+)?")
ITEM_SEPARATOR_PLAIN = compile_pattern(r",\s*(?:and\s+)?|\s+and\s+")
LINE_START = compile_pattern(r"(?<=\n)[ \t]*(?=\S)")
#: a list item's person, up to the comma, semicolon or end that closes the name
ITEM_PERSON = compile_pattern(rf"[ \t*•\-–]*(?P<person>{PERSON}){CREDS}(?=\s*(?:[,;.:]|$|\s+and\s)|\s+\()")
KIND_TITLES = {"independent": "Independent Director", "non-executive": "Non-executive Director", "outside": "Outside Director"}


def _board_lists(ctx: DocContext) -> None:
    text = ctx.doc.text
    for i, s in enumerate(ctx.sentences):
        if "ember" not in s.text and "irector" not in s.text:
            continue
        m = BOARD_LIST.search(s.text)
        if not m:
            continue
        if m.group("org"):
            key = next((o.key for o in ctx.orgs(i) if o.start == s.start + m.start("org")), None)
        else:
            key = ctx.coref_company(i, s.start + m.start()) or ctx.section_org(s.section) or ctx.main
        if key is None:
            continue
        if m.group("directors"):
            kind = (m.group("kind") or "").lower()
            title = KIND_TITLES.get(kind, "member of the Board of Directors")
        else:
            body = m.group("body")
            if body.isupper() and (body := _acronym_body(text, body)) is None:
                continue
            title = f"member of the {body if body[0].isupper() else 'Board of Directors'}"
        rest = s.start + m.end()
        if rest < s.end - 1:  # the list follows in the sentence
            sep = ITEM_SEPARATOR if ";" in text[rest:s.end] else ITEM_SEPARATOR_PLAIN
            starts = [rest, *(x.end() for x in sep.finditer(text, rest, s.end))]
        else:  # a list of paragraphs after the colon, each opening with a person
            starts = [x.start() for x in LINE_START.finditer(text, s.end, s.end + 3000)][:12]
        named = []
        for at in starts:
            p = ITEM_PERSON.match(text, at, s.end if rest < s.end - 1 else len(text))
            if p is None or any(o.start < p.end("person") and p.start("person") < o.end for o in ctx.found.mentions if o.kind != "Person"):
                if rest < s.end - 1:
                    continue
                break  # (the paragraphs of people end where one opens with no name)
            named.append((p.start("person"), p.group("person")))
        for at, person in named:
            _add_roles(ctx, ctx.sentence_at(at), person, key, [title], 0.7)


BODY_AFTER = compile_pattern(r"\s+of\s+(?:the|its)\s+(?P<body>(?:[A-Z][\w\-]*\s+){0,3}(?:Board|Committee|Council)|[A-Z]{2,5})\b(?!\s+of\s)")


def _body_after(ctx: DocContext, end: int) -> str | None:
    """The company's board or committee named after a title ("... Chair of the SAB", "... of its Audit Committee")."""
    m = BODY_AFTER.match(ctx.doc.text, end)
    if m is None:
        return None
    body = m.group("body")
    return body if not body.isupper() else _acronym_body(ctx.doc.text, body)


def _acronym_body(text: str, acronym: str) -> str | None:
    """The board or committee an acronym stands for where the text defines it ("Scientific Advisory Board (SAB)")."""
    full = re.search(rf"(?P<full>(?:[A-Z][\w\-]*\s+){{1,4}}(?:Board|Committee|Council))\s*\(\s*{acronym}\s*\)", text)
    return full.group("full") if full else None


def _with_surname(ctx: DocContext, surname: str, before: int | None = None) -> list[str]:
    """The people named in full (before offset ``before``) whose last name is ``surname``, once each (a name the person
    finder did not take too: "... who will run the company after Jeffrey Leiden")."""
    found = list(dict.fromkeys(p.text for p in ctx.found.mentions if p.kind == "Person" and len(p.text.split()) > 1
                               and p.text.split()[-1] == surname and (before is None or p.start < before)))
    if found:
        return found
    text = ctx.doc.text[: before if before is not None else len(ctx.doc.text)]
    at = text.find(surname)
    while at > 0:
        if not (at + len(surname) < len(text) and (text[at + len(surname)].isalnum() or text[at + len(surname)] in "-’'")) \
                and (given := GIVEN_NAME_BEFORE.search(text, max(0, at - 30), at)) and given.group(1) not in NAME_STOP_WORDS \
                and not lexicon().company(given.group(1)) and not ctx.org_key_of(f"{given.group(1)} {surname}"):
            found.append(f"{given.group(1)} {surname}")
        at = text.find(surname, at + 1)
    return list(dict.fromkeys(found))


def _surname_roles(ctx: DocContext) -> None:
    _field_roles(ctx)
    _board_seats(ctx)
    _board_lists(ctx)
    for i, s in enumerate(ctx.sentences):
        if s.section in ("boilerplate", "heading"):
            continue
        for pattern in (SURNAME_ROLE, WHO_HAS_BEEN, BARE_SURNAME_ROLE):
            m = pattern.search(s.text)
            if not m:
                continue
            if pattern is BARE_SURNAME_ROLE and (ctx.org_key_of(m.group("surname")) or m.group("surname") in NAME_STOP_WORDS):
                continue  # (a company's name: "Lonza continues as ...")
            if pattern is not WHO_HAS_BEEN:
                named = _with_surname(ctx, m.group("surname"), s.start)
            elif any(o.start <= s.start + m.start("person") < o.end for o in ctx.by_sentence[i] if o.kind != "Person"):
                continue  # ("Novo Holdings, who has been ...": an organisation)
            else:  # (a name the person finder did not take: "He succeeds Lars Fruergaard Jørgensen, who has been ...")
                words = m.group("person").split()
                named = [" ".join(words[n:]) for n in range(len(words)) if words[n] not in ("He", "She", "succeeds", "Succeeds")][:1]
            if len(named) != 1:
                continue
            after = s.text[m.end("title"):]
            of = re.match(r"\s+(?:of|at)\s+(?:the\s+)?", after)
            org = next((o.key for o in ctx.orgs(i, start=s.start + m.end("title")) if of and o.start == s.start + m.end("title") + of.end()), None)
            key = org or (None if of else (ctx.coref_company(i) or ctx.section_org(s.section) or ctx.main))
            if key:
                _add_roles(ctx, i, named[0], key, _titles(m.group("title")), 0.7)


#: a capitalised name up to a comma or full stop, and the words a company's name may end with
UNNAMED_ORG = compile_pattern(r"(?P<org>[A-Z][\w\-&.’']*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w\-&’']*){1,4})(?=[,.;]|\s+(?:and|from|until|in|for)\b)")
INDUSTRY_WORDS_AFTER = {*INDUSTRY_HEADS, "Science", "Health", "Consulting", "Partners", "Capital", "Group"}


def _pronoun_roles(ctx: DocContext) -> None:
    _surname_roles(ctx)
    for i, s in enumerate(ctx.sentences):
        m = PRONOUN_ROLE.search(s.text)
        if not m and (board := PRONOUN_BOARD.search(s.text)):
            # "He currently serves on the Boards of Directors of the technology companies IBM and CDW": a director of each
            people = [p.text for j in range(i, max(-1, i - 3), -1) for p in reversed(ctx.by_sentence[j])
                      if p.kind == "Person" and p.start < s.start + board.start()]
            honoured = next((mr for j in range(i - 1, max(-1, i - 4), -1) for mr in reversed(list(HONORIFIC_SURNAME.finditer(ctx.sentences[j].text)))), None)
            if honoured:
                people = _with_surname(ctx, honoured.group("surname"), before=s.start) or people  # ("Mr Swedish is the former ...")
            listed = BOARD_NAMES.match(s.text, board.end())
            if people and listed:
                keys = []
                for name in re.split(r",\s+(?:and\s+)?|\s+and\s+", listed.group()):
                    key = ctx.org_key_of(name) or org_key(name)
                    if key not in ctx.found.org_names:
                        ctx.found.org_names[key] = {name}
                        ctx.found.org_kind.setdefault(key, "Company")
                        ctx.note_entity(f"Company|{key}", name)
                    keys.append(key)
                for key in dict.fromkeys(keys):
                    _add_roles(ctx, i, people[0], key, ["member of the Board of Directors"], 0.6)
            continue
        if not m:
            continue
        people = [p.text for j in range(i, max(-1, i - 3), -1) for p in reversed(ctx.by_sentence[j])
                  if p.kind == "Person" and p.start < s.start + m.start()]
        if not people and i and (mr := HONORIFIC_SURNAME.search(ctx.sentences[i - 1].text)):
            # ("Mr. Francis, 54, brings ... He currently serves as ..."): the person of that surname named before
            people = _with_surname(ctx, mr.group("surname"), before=s.start)
        orgs = [o for o in ctx.orgs(i) if o.start >= s.start + m.end()]
        if len(set(people[:1])) != 1:
            continue
        if not orgs or orgs[0].start != s.start + m.end():
            # ("Most recently he was Chief Executive Officer of Nestlé Health Science, the Swiss ..."): a company the
            # text names only here, by a name that ends like one
            named = UNNAMED_ORG.match(s.text, m.end())
            words = named.group("org").split() if named else []
            if len(words) >= 2 and words[-1] in INDUSTRY_WORDS_AFTER and not lexicon().country(words[0]):
                key = org_key(named.group("org"))
                ctx.found.org_names.setdefault(key, {named.group("org")})
                ctx.note_entity(f"Company|{key}", named.group("org"))
                _add_roles(ctx, i, people[0], key, _titles(m.group("title")), 0.6)
            continue
        keys = [orgs[0].key]
        for o in orgs[1:]:  # ("... of Purespring Therapeutics, a gene therapy company, and of Forcefield Therapeutics")
            if re.search(r"\band\s+(?:of|at)\s+(?:the\s+)?$", ctx.doc.text[max(0, o.start - 12): o.start]):
                keys.append(o.key)
        for key in keys:
            _add_roles(ctx, i, people[0], key, _titles(m.group("title")), 0.7)


def _best_roles(found: list[tuple[str, str, str, int, int]]) -> list[tuple[str, str, str, int, int]]:
    """The role readings to keep: not one whose organisation is a function another reading of the same words puts in the
    title ("Brian Foard, Executive Vice President, Head of Specialty Care, Sanofi": Sanofi's, no "Specialty Care"), nor an
    honorific "Professor" where the same sentence gives the person a title ("Professor Jane Doe, Vice-Chancellor of ...")."""
    keep = []
    for r in found:
        person, title, org, start, end = r
        # (but not for a reading that ends on a country: "... business of Merck KGaA, Darmstadt, Germany")
        if org and any(o is not r and o[0] == person and o[3] <= start < o[4] and org in o[1] and o[2] != org
                       and not lexicon().country(o[2]) for o in found):
            continue
        if title == "Professor" and not org and any(o[0] == person and o[1] != "Professor" and abs(o[3] - start) < 80 for o in found):
            continue
        keep.append(r)
    return keep


ORG_BOARD = compile_pattern(r"(?P<org>.+?)\s+(?P<board>(?:Supervisory\s+|Management\s+|Executive\s+)?Board(?:\s+of\s+(?:Directors|Management))?)")


def roles(ctx: DocContext) -> None:
    _pronoun_roles(ctx)
    officials: set[str] = set()  # people the text names as a government's officers
    for person, title, org, start, end in _best_roles(ctx.found.roles):
        i = ctx.sentence_at(start)
        if org and (verb := next((n for n, w in enumerate(org.split()) if w in HEADLINE_VERBS), 0)):
            # a headline's subject and verb before the title: "Vertex Picks Chief Medical Officer Reshma Kewalramani ..."
            words = org.split()
            org, title = " ".join(words[:verb]), " ".join([*words[verb + 1:], title])
            if re.match(r"(?i)(?:former|ex-)", title):
                continue  # ("Opthea Appoints Former Novartis Ophthalmology Leader ...": a past office elsewhere)
        if org in ("Prime", "Deputy", "Chief", *PORTFOLIO_WORDS) and re.fullmatch(r"Minister|Secretary", title):
            title, org = f"{org} {title}", ""  # ("Prime Minister Scott Morrison", "Health Minister Greg Hunt")
        if org and NATIONAL_TITLE.match(title) and (at := ctx.doc.text.find(f"{title} for {org}", start, end + 40)) >= 0:
            # ("Chris Hipkins, Minister for COVID-19 Response": the portfolio, to the next comma or full stop)
            title, org = f"{title} for {PORTFOLIO.match(ctx.doc.text, at + len(title) + 5).group().strip()}", ""
        if org and (board := ORG_BOARD.fullmatch(org)) and ctx.org_match(board.group("org"))[0]:
            title, org = f"{title} of the {board.group('board')}", board.group("org")  # "Chair of the Syneos Health Board of Directors"
        government = _government_of(ctx, title, org, start, end)
        if government:
            # named as an organisation: "Government of France", "Government of North Carolina", "City of Toulouse"
            if not re.match(r"(?:State|City|Republic|Government|Province|Kingdom)\s+of\s", government):
                government = f"{'City' if is_city(government) and not is_region(government) and not lexicon().country(government) else 'Government'} of {government}"
            key = government.lower()
            ctx.found.org_kind[key] = "Government"
            ctx.note_entity(f"Government|{key}", government)
            officials.add(person)
            _add_roles(ctx, i, person, key, _titles(title), 0.75)
            continue
        if person in officials and (GOVERNMENT_TITLE.search(title) or STATE_TITLE.search(title)):
            continue  # "In his remarks, President Luong Cuong welcomed ...": named as a head of state before
        if " & " in org and all(ctx.org_key_of(part) for part in org.split(" & ")) and len(set(map(ctx.org_key_of, org.split(" & ")))) > 1:
            # "Executive Chairperson, Biocon & Biocon Biologics": the same office at both companies the text names
            for part in org.split(" & "):
                _add_roles(ctx, i, person, ctx.org_key_of(part), _titles(title), 0.8)
            continue
        if org.lower() in ("company", "group", "firm", "organisation", "organization"):
            org = ""  # "Head of Sales at the company": the company the text is about
        elif BOARD_ONLY.fullmatch(org):
            # "Lead Independent Director of the Board": the board of the company named next, else of the one spoken of
            title, org = f"{title} of the {org}", ""
            org = next((m.text for m in ctx.by_sentence[i] if m.kind in ("Company", "Regulator") and end <= m.start <= end + 40
                        and re.fullmatch(r",\s*|\s+(?:at|of)\s+(?:the\s+)?", ctx.doc.text[end:m.start])), "")
            if not org and ctx.orgs(i):
                continue  # (a board the sentence leaves unclear among the companies it names)
        if org and title.endswith("Professor") and ACADEMIC_FIELD.fullmatch(org):
            continue  # "Vannevar Bush Professor of Electrical Engineering and Computer Science": a chair's field, no organisation
        if org.startswith("its"):  # "Its board is chaired by Jane Doe": the company the sentence speaks of
            s = ctx.sentences[i]
            # "Dr Doe will join the Group": the company that appointed her, when the text said so
            appointed = [str(f.role("organization")).split("|", 1)[1] for f in ctx.facts
                         if f.kind == "role" and f.role("person") == f"Person|{person_name(person)}"]
            key = (appointed[0] if org == "its:join" and appointed else None) or (ctx.main if org == "its:notice" else None) or \
                ctx.coref_company(i, end) or ctx.section_org(s.section) or ctx.main
            if key is not None:
                _add_roles(ctx, i, person, key, _titles(title), 0.8)
            continue
        if org and DIVISION.search(org):
            # "Dean Y. Li, President, Merck Research Laboratories", "Stefan Oelrich, President of the Pharmaceuticals
            # Division": a division is part of the title; the company is the one its name starts with, else the text's
            owner = next((k for k, names in ctx.found.org_names.items()
                          for n in names if org.startswith(strip_legal(n) + " ") and not DIVISION.fullmatch(n)), None)
            s = ctx.sentences[i]
            owner = owner or ctx.coref_company(i) or ctx.section_org(s.section) or (ctx.main if s.section == "body" else None)
            if owner is None:
                continue
            # (the last title takes the division as the text joins them: "Executive Vice President and President,
            # Merck Manufacturing Division")
            tail = next((f"{sep}{org}" for sep in (" of the ", " of ", ", ") if f"{title}{sep}{org}" in s.text), f", {org}")
            titles = _titles(title)
            _add_roles(ctx, i, person, owner, [*titles[:-1], titles[-1] + tail], 0.8)
            continue
        key, how = ctx.org_match(org) if org else (None, "")
        if how == "prefix" and org:
            # "Country Manager of Pfizer Korea", "President of Novartis Institutes for BioMedical Research":
            # a named unit of a known company is an organisation of its own; "Bain Capital Private Equity" too,
            # unless the longer name only adds industry words or a legal form
            known = {strip_legal(n).lower() for n in ctx.found.org_names.get(key, ())}
            base = strip_legal(org)
            extra = [w for w in base.split()[len(max((n for n in known if base.lower().startswith(n + " ")), key=len, default=base).split()):]]
            if extra and not all(w.lower() in UNIT_FILLERS for w in extra) and extra[-1] not in HEADLINE_VERBS:  # (not "CSL Names")
                key = org_key(base)
                ctx.found.org_names.setdefault(key, {base})
                ctx.note_entity(f"Company|{key}", base)
        if org:
            # "Director-General of the National Agency for Food and Drug Administration and Control (NAFDAC)": the name
            # read up to its "and" opens a regulator's
            key = next((m.key for m in ctx.by_sentence[i] if m.kind == "Regulator" and start <= m.start < end + 80
                        and ctx.doc.text.startswith(org, m.start) and len(m.text) > len(org)), key)
        if org and key is None:
            # "Chief Executive Officer, One India Business, Cipla": the organisation comes next
            nxt = [m for m in ctx.by_sentence[i] if m.kind in ("Company", "Regulator") and end <= m.start <= end + 40]
            if nxt:
                key = nxt[0].key
                title = f"{title}, {org}"
        body = _body_after(ctx, end) if not org else None
        if body:
            title = f"{title} of the {body}"  # ("appointed as the first Chair of the SAB": of the company's board)
        minister = re.match(r"(?i)minister\s+(?P<of>(?:of|for)\s+.+)", title)
        if not org and minister and (row := lexicon().regulator_by_name(f"Ministry {minister.group('of')}")):
            # "Minister of Food and Drug Safety Oh Yu-kyoung": the head of the ministry that regulates
            key = row["id"]
            ctx.found.org_kind.setdefault(key, "Regulator")
        elif not org and GOVERNMENT_TITLE.search(title):
            continue  # "Minister of Health Jane Doe said ...": a government's officer, not the company's
        elif not org and not body and (named := _org_after_title(ctx, i, end)):
            key = named  # "the appointment of Jane Doe as the new President and Chief Executive Officer (CEO) of X"
        elif not org:
            s = ctx.sentences[i]
            title_at = ctx.doc.text.find(title, start, end)
            # (named before the person: not "Jane Doe, Chief Commercial Officer, said the company hired former employees
            # of Lonza")
            orgs = [m for m in ctx.orgs(i, kinds=("Company", "Regulator"))
                    if (m.start < start or not REPORTED_AFTER.search(ctx.doc.text, end, m.start)) and not (body and m.start >= end)
                    and not CAME_FROM.search(ctx.doc.text, max(0, m.start - 30), m.start)  # (not "..., who joins from Boehringer")
                    # (nor the owner in an apposition: "The Seattle-based CDMO, a subsidiary of AGC Inc., appointed X as CEO")
                    and not (m.start < start and OWNER_IN_APPOSITION.search(ctx.doc.text, max(0, m.start - 60), m.start))
                    and not start < m.start < title_at]  # (nor "Jane Doe, founder of X, has been named Chair")
            # "X was appointed CEO", "It comprises Jane Doe, Chief Financial Officer; ...": the company the text is
            # about, unless the title is a scholar's ("said Jane Doe, Professor of Medicine": a hospital's, unnamed)
            key = (orgs[0].key if orgs else None) or ctx.coref_company(i) or ctx.section_org(s.section) or \
                (ctx.main if s.section == "body" and not ACADEMIC_TITLE.search(title) else None)
        if key is None:
            continue
        # ("a partner of X" is a business partner, but "a partner at Quintara Capital Partners" a title at a fund)
        fund = re.search(r"\b(?:Capital|Partners|Ventures|Investments|Equity|Advisors)\b", org)
        # (a "Secretary" alone is a company's secretary, no officer; but the Secretary of a government department is its head)
        department = GOVERNMENT_DEPARTMENT.match(org)
        titles = [t for t in _titles(title) if not re.fullmatch(r"Lead|Secretary" if not department else r"Lead", t) and (t != "partner" or fund)]
        _add_roles(ctx, i, person, key, titles, 0.85)
    _predecessors(ctx)


#: "He succeeds Nick Haggar, who ...", "Park succeeds Richard Lee (Lee Won-jik)", "Clerkin succeeds Brendan Brennan": with
#: no title of its own ("... as CEO" is read with the successor's roles)
SUCCEEDS = compile_pattern(rf"(?:^|(?<=[\s,;]))(?P<succ>{PERSON}|He|She|(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?[A-Z][\w\-’']+)(?:,\s+\d\d,)?\s+(?:will\s+)?"
                           rf"(?:succeeds?|replaces?)\s+[*_]*(?P<pred>{PERSON})[*_]*(?!\s+(?:as|at|in)\b)(?=\s*[,.;(]|\s+(?:who|whose)\b)")


GONE_BEFORE = compile_pattern(r"[*_]*\s*(?:\([^()]*\))?,?\s+who\s+(?:had|has\s+(?:stepped|left|retired|resigned|departed)|stepped|left|retired|resigned|"
                              r"departed|was|passed)\b")


def _predecessors(ctx: DocContext) -> None:
    """The one a successor succeeds held the title the successor takes at the company the text is about: "Nigel Clerkin
    has been appointed Chief Financial Officer ... Clerkin succeeds Brendan Brennan, who ..."."""
    if ctx.main is None:
        return
    main = ctx.org_ref(ctx.main)
    for i, s in enumerate(ctx.sentences):
        if s.section in ("boilerplate", "heading") or "ucceed" not in s.text and "eplace" not in s.text:
            continue
        for m in SUCCEEDS.finditer(s.text):
            succ, pred = m.group("succ"), person_name(m.group("pred"))
            if len(pred.split()) < 2 or re.search(r"\b(?:former|late)\s+$", s.text[max(0, m.start("pred") - 10): m.start("pred")]) \
                    or GONE_BEFORE.match(s.text, m.end("pred")):
                continue  # ("She succeeds Ron Bentsur, who had led the company as CEO": an office left before the release)
            roles = [f for f in ctx.facts if f.kind == "role" and f.role("organization") == main and f.evidence
                     and f.evidence.start <= s.start]
            if succ in ("He", "She"):
                people = [f.role("person") for f in roles]
                person = people[-1] if people else None
            else:
                last = succ.split()[-1]
                person = next((f.role("person") for f in reversed(roles) if f.role("person").split()[-1] == last), None)
            pred_ref = f"Person|{pred}"
            if person is None or person == pred_ref:
                continue
            titles = list(dict.fromkeys(f.value("title") for f in roles if f.role("person") == person
                                        and not re.search(r"(?i)\b(?:board|director|member|advis)", f.value("title") or "")))
            # (the highest of them: "President and Chief Executive Officer" hands on the chief executive's office)
            titles.sort(key=lambda t: not re.search(r"\bCEO\b|Chief\s+Executive", t))
            if titles and not any(f.kind == "role" and f.role("person") == pred_ref and f.role("organization") == main for f in ctx.facts):
                _add_roles(ctx, i, pred, ctx.main, titles[:1], 0.7)


OWNER_IN_APPOSITION = compile_pattern(r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:subsidiary|unit|division|affiliate|part|member|arm)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$")
CAME_FROM = compile_pattern(r"\b(?:joins|joined|comes|came|moves|moved|arrives|arrived|formerly|previously)\s+(?:from|of|at|with)\s+(?:the\s+)?$")
ACADEMIC_FIELD = compile_pattern(r"(?:[A-Z][a-z]+,?\s+(?:and\s+|&\s+)?)*(?:Engineering|Sciences?|Medicine|Chemistry|Biology|Pharmacology|Pharmacy|"
                                 r"Physics|Mathematics|Neurology|Oncology|Surgery|Pa?ediatrics|Radiology|Psychiatry|Immunology|"
                                 r"Microbiology|Genetics|Epidemiology|Biostatistics|Biochemistry|Virology|Cardiology|Dermatology|Diseases)")
#: a reporting verb after a role ("..., said the company has hired ..."): what follows is what the person said
REPORTED_AFTER = compile_pattern(r"\b(?:said|says|added|noted|explained|stated|commented|told)\b")
OF_AFTER_TITLE = compile_pattern(r"(?:\s*\([A-Z][\w\-]{1,10}\))?,?\s+(?:of|at)\s+(?:the\s+)?")


def _org_after_title(ctx: DocContext, i: int, end: int) -> str | None:
    """The organisation named right after a title the role pattern ended on ("... Officer (CEO) of X")."""
    text = ctx.doc.text
    m = OF_AFTER_TITLE.match(text, end)
    if not m:
        return None
    return next((c.key for c in ctx.by_sentence[i] if c.kind in ("Company", "Regulator") and c.start == m.end()), None)


# "Chief Scientific and Medical Officer", "Clinical and Regulatory Affairs Manager": one title; a part with no head
# noun of its own shares the next part's
TITLE_HEADS = {"officer", "president", "director", "chair", "chairman", "chairwoman", "chairperson", "manager", "head",
               "founder", "co-founder", "cofounder", "member", "partner", "professor", "dean", "lead", "leader", "executive",
               "secretary", "treasurer", "minister", "commissioner", "investigator", "general", "counsel", "scientist",
               "fellow", "director-general", "vice-president", "co-director", "co-chair", "mayor", "governor"}


def _headless(part: str) -> bool:
    words = part.strip(" ,").split()
    return bool(words) and len(words) <= 4 and not any(
        w.lower() in TITLE_HEADS or (w.isupper() and len(w) >= 2) or w.lower().endswith(("ist", "ian", "or", "er", "man", "person", "ent", "head")) for w in words)


def _titles(title: str) -> list[str]:
    """ "President and CEO" -> ["President", "CEO"]; "Chief Scientific and Medical Officer" stays whole."""
    parts, start, pending = [], 0, None
    for m in TITLE_SPLIT.finditer(title):
        part = title[start:m.start()]
        if pending is None and _headless(part):
            pending = start
        elif pending is None:
            parts.append(part)
        else:
            parts.append(title[pending:m.start()])
            pending = None
        start = m.end()
    parts.append(title[start:] if pending is None else title[pending:])
    # ("Promoter and Executive Chairman": an Indian company's promoter group is a shareholding, no office)
    return [t.strip(" ,") for t in parts if t.strip(" ,") and t.strip(" ,") != "Promoter"]


def _add_roles(ctx: DocContext, i: int, person: str, org_key: str, titles: list[str], confidence: float) -> None:
    for t in titles:
        ctx.add_fact("role", i, {"person": f"Person|{person_name(person)}", "organization": ctx.org_ref(org_key)},
                     {"title": t}, confidence=confidence)
    ctx.note_entity(f"Person|{person_name(person)}", person_name(person))


NAME_STOP = {"the", "a", "an", "its", "their", "our", "his", "her", "this", "that", "these", "those", "at", "in", "of", "on",
             "to", "and", "or", "for", "with", "by", "from", "expand", "expanding", "build", "building", "built", "opened",
             "open", "operates", "operate", "operating", "acquire", "acquired", "acquiring", "own", "which", "where", "is",
             "are", "was", "were", "has", "have", "runs", "run", "new", "existing", "one", "two", "three", "four", "five",
             "several", "multiple", "all", "other", "each", "both", "s", "network"}
FACILITY_VERBS = compile_pattern(r"\b(?:operat\w+|runs?|owns?|houses?|located|built|opened|manufactur\w+|produc\w+|inspect\w+|"
                            r"headquartered|based|sites?|plants?|facilit\w+|campus|factory|(?-i:Unit)[- ]?(?:\d{1,2}|(?-i:[IVX]{1,4}))|locations(?=\s+(?:in|at|across)\s)|(?:industrial|production)\s+complex|headquarters|(?-i:laborator(?:y|ies))|"
                            r"(?:R&D|research(?:\s+and\s+development)?|manufacturing|production|innovation)\s+cent(?:re|er)s?)(?!\w)", re.I)


# (or "the cell therapy facility that Charles River now operates in Memphis")
OPERATED_BY = compile_pattern(r"\b(?:operated|owned|run|managed)\s+by\b|\b(?:that|which)\s+(?:[A-Z][\w\-&]*\s+){1,4}(?:now\s+|also\s+|currently\s+)?"
                              r"(?:operates|runs|owns|operated|ran|owned)\b")
FACILITY_PLAN = compile_pattern(
    r"\b(?:plans?|planned|planning|intends?|intention|expects?|aims?|proposed|will|would|may|might|could|to\s+be)\s+(?:\w+\s+){0,3}?"
    r"(?:build|construct|establish|set\s+up|open|develop|built|constructed|established|opened)\b|"
    r"\b(?:(?:is|are)\s+(?:(?:currently|now|also|still)\s+)*(?:building|constructing)|scheduled\s+to\s+(?:start|begin|open|come\s+on\s*line)|"
    r"under\s+construction|evaluat\w+\s+(?:sites|locations)|consider\w*\s+(?:sites|locations)|search\w*\s+for|potential\s+sites?|future\s+(?:site|plant|facility))\b",
    re.I)


UNIT_WORDS = {"m2", "sqm", "sq", "ft", "square", "metres", "meters", "feet", "l", "litres", "liters", "hectares"}


def _facility_name(text: str, word_end: int) -> str | None:
    """The noun phrase that ends with the facility word at ``word_end`` ("Dabhasa API manufacturing facility")."""
    words = re.findall(r"[\w\-]+", text[:word_end])
    if not words:
        return None
    kept = [words[-1]]
    for w in reversed(words[:-1]):
        if w.lower() in NAME_STOP or len(kept) >= 5 or re.search(r"\d|²|³", w) or w.lower() in UNIT_WORDS:
            break
        kept.insert(0, w)
    return " ".join(kept)


LIST_GOES_ON = compile_pattern(r"(?:,\s+[A-Z][\w\-'’]*(?:\s+[A-Z][\w\-'’]*)?)*,?\s+and\s+[A-Z]")


# (but "headquartered in Daix, near Dijon, where it operates its research and development facility": there)
WHERE_IT = compile_pattern(r"[^.;]*?\bwhere\s+(?:it|the\s+(?:company|group)|they|we)\b")
NOT_A_SITE_BEFORE = compile_pattern(r"\b(?:Nasdaq|NASDAQ|Euronext|OMX|Börse|Borsa)\s+$|\b(?:headquartered|head-?quartered|based)\s+in\s+$")


def facility_towns(ctx: DocContext, i: int) -> list:
    """The places of sentence ``i`` that can be where a site is: towns, not countries or the regions after them."""
    lex = lexicon()
    s = ctx.sentences[i]
    text = s.text
    # every mention, repeats included: "NANJING, April 16 – ... for its facility in Nanjing" names the town twice
    # (not the town of a stock exchange, "listed on Nasdaq Stockholm", nor where the company has its head office:
    # "Piramal Pharma Limited, headquartered in Mumbai, offers ... through sites in North America, Europe and Asia")
    places = [m for m in ctx.by_sentence[i] if m.kind == "Place" and not lex.country(m.text) and not lex.country(m.key)
              and m.key not in CONTINENTS and not (NOT_A_SITE_BEFORE.search(text, max(0, m.start - s.start - 30), m.start - s.start)
                                                   and not WHERE_IT.search(text, m.end - s.start))]
    # a city followed by its region ("Devens, Massachusetts"): the city is the location
    # ... and a region after a city the finder did not know ("Warren and Summit, New Jersey") is no site either
    # ... and the region a town is said to be in ("Billingham in the north-east of England") is not a second site
    # (but "the Princeton West Innovation Campus in Hopewell": a campus in a town, the town is where it is)
    def inside_previous(n: int, m) -> bool:
        gap = text[places[n - 1].end - s.start: m.start - s.start]
        if re.fullmatch(r"\s*\(\s*", gap) and (is_region(m.text) or lex.country(m.text)):
            return True  # "Torrance (California, USA)": the town's region in brackets
        if re.fullmatch(r",?\s+in\s+the\s+(?:[\w\-]+\s+){0,3}?(?:canton|state|province|prefecture|county|region|district|department)\s+of\s+", gap):
            return True  # "Visp, in the canton of Valais", "Baddi, in the north Indian state of Himachal Pradesh"
        # (after a region, a town starts the next item of a list: "Durham, North Carolina, Longmont, Colorado")
        prev = places[n - 1].text
        if re.fullmatch(r",\s*", gap) and not is_region(m.text) and not lex.country(m.text) and LIST_GOES_ON.match(text, m.end - s.start):
            return False  # (the middle of a list of towns: "at Gagillapur, Bonthapally and Jeedimetla near Hyderabad")
        return bool(re.fullmatch(r",\s*", gap) and not (is_region(prev) and not is_region(m.text) and not lex.country(m.text))
                    or re.fullmatch(rf"\s+in\s+(?:the\s+)?{COMPASS}?", gap) and (is_city(prev) or not is_city(m.text)))

    towns = [m for n, m in enumerate(places) if not (n and inside_previous(n, m))]
    # ("Shanghai's Xuhui district", "Shanghai's Zhangjiang Hi-Tech Park": the district or park, not the city it is in)
    towns = [m for n, m in enumerate(towns) if not (n + 1 < len(towns) and re.fullmatch(r"['’]s\s+", text[m.end - s.start: towns[n + 1].start - s.start]))]
    # ("a plant in Martorelles and a chemical plant in Celrà, both in Catalonia": the region of the towns before it)
    # ("three facilities in Telangana: Unit-1 at Bonthapally, ...": the region of the towns listed after it)
    towns = [m for m in towns if not ((is_region(m.text) or lex.country(m.text)) and re.match(r"\s*:\s+\S", text[m.end - s.start:]))]
    # (but "its facilities MFG4 and MFG5, all located in Wuxi city": the town of sites named without one)
    towns = [m for n, m in enumerate(towns) if not (n and re.search(r",\s+(?:both|all|each)\s+(?:located\s+)?in\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?$",
                                                                    text[max(0, m.start - s.start - 40): m.start - s.start]))]
    # ... and a campus or park said to be in a known town is not where to look either: the town is
    # (but a locality in a city is where it is: "facilities at Jeedimetla in Hyderabad")
    inside = [n for n, m in enumerate(towns) if n + 1 < len(towns) and not is_city(m.text) and is_city(towns[n + 1].text)
              and re.fullmatch(r"\s+in\s+", text[m.end - s.start: towns[n + 1].start - s.start])]
    drop = {n + 1 if len(towns[n].text.split()) == 1 and AT_LOCALITY.search(text, max(0, towns[n].start - s.start - 4), towns[n].start - s.start)
            else n for n in inside}
    towns = [m for n, m in enumerate(towns) if n not in drop]
    # (but a town after a country or a region is the next of a list: "sites in Karlskoga, Sweden, Milan, Italy, and ...")
    def after_a_name(m) -> bool:
        prev = re.search(r"\b(?P<name>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?),\s*$", text[max(0, m.start - s.start - 30): m.start - s.start])
        return bool(prev) and not any(lex.country(n) or is_region(n) for n in {prev.group("name"), prev.group("name").split()[-1]}) \
            and not (not is_region(m.text) and LIST_GOES_ON.match(text, m.end - s.start))

    towns = [m for m in towns if not after_a_name(m)]
    # ("at Gagillapur, Bonthapally and Jeedimetla near Hyderabad": the city the towns are near is no site of its own)
    return [m for n, m in enumerate(towns) if not (n and re.search(r"\b(?:near|close\s+to|outside|on\s+the\s+(?:edge|outskirts)\s+of)\s+(?:the\s+)?(?:city\s+of\s+)?$",
                                                                   text[max(0, m.start - s.start - 20): m.start - s.start]))]


AT_LOCALITY = compile_pattern(r"\bat\s+$")


# (", the company now operates ...": a new clause with a subject of its own)
# (not the last town of a list: "sites in Karlskoga, Sweden, Milan, Italy, and Tallinn, Estonia")
CLAUSE_BREAK = compile_pattern(r";\s+|,\s+(?:and|while|whereas)\s+(?=[A-Z])(?![A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?,\s+[A-Z])|,\s+(?=the\s+(?:company|group)\s+(?:now\s+|also\s+)?[a-z]+s\b)")


def _clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses that each name a facility ("X produces ... at its Bayview facility in Baltimore, and
    Y performs fill-finish at its site in Bloomington"); the whole sentence when it names one facility."""
    spans = split_spans(text, CLAUSE_BREAK)
    if len(spans) > 1 and sum(bool(FACILITY_WORDS.search(text[a:b])) for a, b in spans) >= 2:
        return spans
    return [(0, len(text))]


def facilities(ctx: DocContext) -> None:
    """Facility facts: an organisation runs a site in a place, with its area and capacity when stated."""
    last: dict | None = None
    for i, sentence in enumerate(ctx.sentences):
        if last and last.get("at") == i - 1 and IT_HAS.match(sentence.text) and sentence.section not in ("boilerplate", "heading"):
            # "It has 35,000 liters of drug substance manufacturing capacity": the site of the sentence before
            last = _more_of(ctx, i, last, to_square_metres(sentence.text), _capacity(sentence.text))
            continue
        if sentence.section in ("boilerplate", "heading") or not FACILITY_WORDS.search(sentence.text):
            continue
        for a, b in _clauses(sentence.text):
            clause = Sentence(sentence.text[a:b], sentence.start + a, sentence.start + b, sentence.section)
            if FACILITY_WORDS.search(clause.text):
                # (a clause that names no company lists more sites of the one before it: "...; and testing laboratories in ...")
                before = last["roles"]["operator"].split("|", 1)[1] if last and last.get("at") == i else None
                last = _facility_clause(ctx, i, clause, last, before)
    _site_table(ctx)
    _made_at_org_in_town(ctx)
    _drop_region_sites(ctx)
    _park_towns(ctx)


#: "lipid manufacturing will also take place at CordenPharma Chenôve in Chenôve, France": made at a company's unit in a town
MADE_AT = compile_pattern(r"\b(?:manufactur\w+|produc(?:e|es|ed|ing|tion)|made|fill(?:ed|ing)?[- ]and[- ]finish\w*)\b[^.;]{0,80}?\bat\s+$")
# (the unit's name may follow the company's: "CordenPharma Colorado in Boulder")
IN_TOWN_GAP = compile_pattern(r"(?:\s+[A-Z][\w\-]*){0,2}(?:\s*\([^()]*\))?,?\s+in\s+")


def _made_at_org_in_town(ctx: DocContext) -> None:
    """A site where a sentence says something is made "at X in Town": X's site in that town."""
    for i, s in enumerate(ctx.sentences):
        if s.section in ("boilerplate", "heading") or " at " not in s.text or FACILITY_PLAN.search(s.text):
            continue
        # (every mention: "at CordenPharma Chenôve in Chenôve, ... and at CordenPharma Colorado in Boulder")
        towns = [m for m in ctx.by_sentence[i] if m.kind == "Place" and is_city(m.text) and not is_region(m.text)]
        for org in (m for m in ctx.by_sentence[i] if m.kind == "Company"):
            at = org.start - s.start
            town = next((t for t in towns if IN_TOWN_GAP.fullmatch(s.text, org.end - s.start, t.start - s.start)), None)
            if town is None or not MADE_AT.search(s.text, max(0, at - 120), at) or is_negated(s.text[: at]) or is_hedged(s.text[: at]):
                continue
            ctx.add_fact("facility", i, {"operator": ctx.org_ref(org.key), "location": f"Place|{town.key}"},
                         {"name": None, "area_m2": None, "capacity_l": None}, confidence=0.6)


#: a science park or campus named after its town ("the Leiden Bio Science Park", "Oxford Science Park")
PARK_OF_TOWN = compile_pattern(r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]*){0,3}\s+(?:Science|Research|Innovation|Technology|Biotech|Life\s+Sciences?)\s+(?:Park|Campus)")


def _park_towns(ctx: DocContext) -> None:
    """A site placed in a park or campus that bears a town's name is in that town."""
    for n, f in enumerate(ctx.facts):
        where = f.role("location", "").partition("|")[2] if f.kind == "facility" else ""
        if not PARK_OF_TOWN.fullmatch(where):
            continue
        words = where.split()
        town = next((" ".join(words[:k]) for k in (2, 1) if len(words) > k and is_city(" ".join(words[:k]))), None)
        if town:
            ctx.facts[n] = f.with_role("location", f"Place|{town}")
            ctx.note_entity(f"Place|{town}", town)


#: (or with its owner's name or a word before it: "FDB site", "Main capabilities")
SITE_COLUMN = compile_pattern(r"(?P<owner>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*)?\s+)?(?i:(?:manufacturing\s+|production\s+)?(?:sites?|facilit(?:y|ies)|locations?|plants?|city|town|campus))")
WHAT_COLUMN = compile_pattern(r"(?i)(?:[\w\-]+\s+)?(?:role|functions?|activit(?:y|ies)|capabilit(?:y|ies)|type|focus|operations|description|use|"
                              r"services|purpose|specialty|speciality)")
TOWN_CELL = compile_pattern(r"[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,2}")


UNBUILT = compile_pattern(r"(?i)\b(?:under\s+construction|being\s+built|to\s+be\s+built|planned|not\s+yet\s+(?:built|operational|open))\b")


def _site_table(ctx: DocContext) -> None:
    """A table of sites ("Site | Country | Role" then "Dudley | United Kingdom | Headquarters; API manufacturing"):
    each row a site of the company its heading names ("Sterling's network"), else of the company the text is about."""
    for i, s in enumerate(ctx.sentences):
        if " | " not in s.text:
            continue
        head = [c.strip() for c in s.text.split(" | ")]
        col = next((n for n, c in enumerate(head) if SITE_COLUMN.fullmatch(c)), None)
        if col is None or not all(HEADER_CELL.fullmatch(c) for c in head):
            continue  # (not a row of a two-column list of facts: "Location | Sellersville, Pennsylvania, USA")
        what = next((n for n, c in enumerate(head) if WHAT_COLUMN.fullmatch(c)), None)
        titled = [m for j in (i - 1, i - 2) if j >= 0 and ctx.sentences[j].section == "heading" for m in ctx.orgs(j)]
        named = SITE_COLUMN.fullmatch(head[col]).group("owner")
        owner = (ctx.org_key_of(named.strip()) if named else None) or (titled[0].key if titled else ctx.main)
        if owner is None or ctx.kind_of(owner) != "Company":
            continue
        for j in range(i + 1, min(len(ctx.sentences), i + 40)):
            row = [c.strip() for c in ctx.sentences[j].text.split(" | ")]
            if len(row) != len(head):
                break
            town = row[col].split(",")[0].strip()
            if not TOWN_CELL.fullmatch(town) or ctx.found.org_names.get(org_key(town)):
                continue
            ctx.note_entity(f"Place|{town}", town)
            if any(UNBUILT.search(c) for c in row):
                continue  # ("Holly Springs, North Carolina | Under construction; operations planned for 2025")
            name = row[what] if what is not None and row[what] else "site"
            ctx.add_fact("facility", j, {"operator": ctx.org_ref(owner), "location": f"Place|{town}"}, {"name": name[:100]}, 0.7)


REGION_WORDS = compile_pattern(r"\b(?:Province|State|County|Prefecture|Region|Oblast|Canton)$")


def _drop_region_sites(ctx: DocContext) -> None:
    """A site placed only in a region ("the California sites", "its site in Liaoning Province") where the text also
    places one of the same operator's sites in a town of that region ("Emeryville, California") is that site again."""
    sites = [f for f in ctx.facts if f.kind == "facility"]
    if len(sites) < 2:
        return
    text = ctx.doc.text
    drop = set()
    for f in sites:
        region = f.role("location", "").partition("|")[2]
        if not (is_region(region) or REGION_WORDS.search(region)):
            continue
        for g in sites:
            town = g.role("location", "").partition("|")[2]
            if g is not f and g.role("operator") == f.role("operator") and town != region and is_city(town) and re.search(
                    rf"(?<![\w-]){re.escape(town)},?\s+(?:in\s+)?(?:the\s+)?(?:[\w\-]+\s+){{0,3}}?{re.escape(region)}(?![\w-])", text):
                drop.add(id(f))
                break
    if drop:
        ctx.facts[:] = [f for f in ctx.facts if id(f) not in drop]


ATTRIBUTIVE_WORDS = compile_pattern(r"(?:['’]s)?(?:\s+(?!(?:at|in|of|for|to|its|their|the|a|an|with|by|from|on|and|or)\b)[\w\-]+){0,5}\s+")


DEFINED_SITE = compile_pattern(r"\((?:the\s+)?[\"“](?P<name>[A-Z][^\"”()]{2,40})[\"”]\)")
#: a clause about the site the sentence before named: "The site ...", "The Syracuse Plant ...", "This facility ..."
FOLLOW_ON = compile_pattern(r"^(?:Currently,\s+|Today,\s+)?(?:(?i:this|the|that)\s+(?:[A-Z][\w\-]*\s+){0,2}(?i:site|facility|plant|campus|factory)\b)")
#: ... or "It": only with a size, in the sentence right after the site's
IT_HAS = compile_pattern(r"^(?:It|The\s+(?:site|facility|plant))\s+(?:has|have|had|houses|offers|comprises|covers|spans|features|provides|will\s+have)\b")


def _capacity(text: str) -> float | None:
    """The litres a text gives a site's bioreactors (not a yearly output)."""
    vol = to_litres(text)
    if not vol or not re.search(r"capacity|bioreactor|reactor|scale", text, re.I):
        return None
    if "annual" in text[max(0, vol[1] - 60): vol[1]].lower() or "per year" in text[vol[1]: vol[1] + 40].lower():
        return None
    return vol[0]


def _more_of(ctx: DocContext, i: int, last: dict, area: float | None, capacity: float | None) -> dict:
    """The area or capacity a later clause gives the site just named (each once)."""
    more = {}
    if area and "area" not in last:
        last["area"] = more["area_m2"] = area
    if capacity and "capacity" not in last:
        last["capacity"] = more["capacity_l"] = capacity
    if more:
        ctx.add_fact("facility", i, last["roles"], {**more, **last["values"]}, confidence=0.7)
    last["at"] = i
    return last


ORIGIN_BEFORE = compile_pattern(r"\b(?:spin-?out\s+(?:from|of)|spun\s+(?:out|off)\s+(?:from|of)|carved\s+out\s+of|spin-?off\s+(?:from|of))\s+(?:the\s+)?$")


def _facility_clause(ctx: DocContext, i: int, s: Sentence, last: dict | None, operator_before: str | None = None) -> dict | None:
    text = s.text
    inside = lambda m: s.start <= m.start < s.end  # noqa: E731 - mentions of this clause only
    area = to_square_metres(text)
    capacity = _capacity(text)
    fw = FACILITY_WORDS.search(text)
    cities = [m for m in facility_towns(ctx, i) if inside(m)]
    if last and FOLLOW_ON.match(text) and all(f"Place|{m.key}" == last["roles"]["location"] for m in cities):
        # "The site ...", "The Syracuse Plant, which dates back to 1943, has 1.2 million square feet": the site just named
        return _more_of(ctx, i, last, area, capacity)
    if not cities or not FACILITY_VERBS.search(text):
        return last
    if FACILITY_PLAN.search(text):
        return last  # "plans to build a plant in X (designed for 40,000 litres)": no site yet
    companies = [m for m in ctx.orgs(i) if inside(m)]
    every = [m for m in ctx.every_org(i) if inside(m)]
    fws = [m.start() for m in FACILITY_WORDS.finditer(text)]

    def before_facility(m) -> bool:
        # "Lupin's Pithampur Unit-2 manufacturing facility", "three Catalent fill-finish sites"
        rest = text[m.end - s.start:]
        # (not "Siegfried fills ... for BioNTech at its plant": words such as "at its" start a phrase of their own)
        return any(0 <= w - (m.end - s.start) <= 60 and re.fullmatch(ATTRIBUTIVE_WORDS, rest[: w - (m.end - s.start)])
                   for w in fws)

    # ("the former Novartis plant": Novartis ran it, someone else does now: the subject, or the company the text is about)
    former = [m for m in every if re.search(r"\bformer\s+$", text[max(0, m.start - s.start - 10): m.start - s.start])]
    # (nor "Founded as a spin-out from the University of Oxford, OXB operates ...": where the company named comes from)
    # (but "spun off from Formosa Laboratories, an API maker that operates API plants in Taoyuan": that company's)
    origin = [m for m in every if ORIGIN_BEFORE.search(text, max(0, m.start - s.start - 40), m.start - s.start)
              and not re.match(r"[^;.]{0,120}?\b(?:that|which)\s+(?:\w+\s+)?(?:operates|runs|owns|manages)\b", text[m.end - s.start:])]
    origin_keys = {o.key for o in origin}
    # (or where the text's own company is the subject: "The group traces its origins to a 1996 spin-off from Ferring and
    # operates sites in ...")
    if origin and (any(m.key not in origin_keys for m in every if m not in former)
                   or (ctx.section_org(ctx.sentences[i].section) or ctx.main) not in (None, *origin_keys)):
        former += origin
    attributive = [m for m in every if before_facility(m) and m not in former]
    companies = [m for m in companies if m not in former]
    of_m = re.search(r"\b(?:facility|facilities|plants?|sites?|campus|factory|(?-i:Unit)[- ]?(?:\d{1,2}|[IVX]{1,4}))\s+of\s+(?:its\s+|their\s+)?(?:(?:wholly[- ]owned|indirect|majority[- ]owned)\s+)?(?:subsidiary\s+|affiliate\s+)?", text)
    of_org = [m for m in companies if of_m and m.start - s.start == of_m.end()]
    its = re.search(r"\b(?:its|their)\s+(?:own\s+)?(?:[\w\-]+\s+){0,4}?(?:facility|facilities|plant|plants|site|sites|campus|factory|network|base|headquarters|office)\b", text)
    its_owner = None
    if its:
        # "ROVI will perform ... manufacturing of mRNA-1273, Moderna's vaccine, at its facility": not a possessive
        own = [m for m in every if m.end - s.start <= its.start() and text[m.end - s.start: m.end - s.start + 2] not in ("'s", "’s")]
        # the sentence's subject ("Synaffix will ... within the Lonza group from its base"), else the nearest
        its_owner = (own[0].key if own[0].start - s.start < 3 and not (
            # ("RDIF ... transferred the technology to Laboratorios Richmond, which has produced ... at its plant": Richmond's)
            re.search(r",\s+which\b", text[own[-1].end - s.start: its.start()])) else own[-1].key) if own else ctx.coref_company(i)
    # "... plants in Glenmark's network in India, which also includes facilities in Goa": the possessor
    owner = [m for m in every if POSSESSIVE.match(text, m.end - s.start) and m not in former]
    # ("Daewoong Pharmaceutical said its Indonesian subsidiary Daewoong Biologics Indonesia has received a GMP certificate
    # for a new plant in Cikarang": the subsidiary's)
    subsidiary = [m for m in companies if m.start - s.start < fws[0] and SUBSIDIARY_BEFORE.search(text, max(0, m.start - s.start - 50), m.start - s.start)]
    operator = (attributive[-1].key if attributive else None) or (of_org[0].key if of_org else None) or its_owner or \
        (subsidiary[0].key if subsidiary else None) or (companies[0].key if companies and (companies[0].start - s.start < fws[0] or OPERATED_BY.search(text)) else None) or \
        (owner[0].key if len({m.key for m in owner}) == 1 else None) or \
        (operator_before if not every and re.match(r"(?:and\s+|also\s+)?(?:[\w\-]+\s+){0,4}?(?:facilit|plant|site|laborator|hub|centre|center|campus|operations)", s.text) else None) or \
        (ctx.coref_company(i) if not companies or (re.search(r"\b(?:it|they)\b", text[: fws[0]])  # ("it took over a plant in X, ...
                                                     and all(m.start - s.start > fws[0] for m in companies)) else None) or \
        ctx.section_org(s.section) or \
        (ctx.main if not every and s.section == "body" and (SITE_LOCATED.match(text) or LIST_ITEM_SITE.match(text)) else None)
    if operator is None or ctx.kind_of(operator) != "Company":
        return last
    # every city listed after the facility word ("sites in Anagni, Bloomington and Brussels"), else the nearest
    listed = [m for m in cities if m.start - s.start > fw.start()] if len(cities) > 1 else cities
    named = [m for m in cities if m.end - s.start <= fw.start() and not is_region(m.text)
             and re.fullmatch(r"(?:\s+[\w\-]+){0,3}\s+", text[m.end - s.start: fw.start()])]
    if named and listed and all(is_region(m.text) for m in listed):
        listed = named[-1:]  # "its Pithampur Unit-2 manufacturing facility in Madhya Pradesh": the town in its name
    chosen = listed or [min(cities, key=lambda m: abs(m.start - (s.start + fw.start())))]
    # a dateline city far from the facility word is not where the facility is
    # (... but a list that runs on is one list: "facilities in Seattle, Washington; ...; and Chiba and Yokohama, Japan")
    kept: list = []
    for m in chosen:
        if min(abs(m.start - s.start - w) for w in fws) <= 120 or (
                kept and LIST_GAP.fullmatch(text, kept[-1].end - s.start, m.start - s.start)):
            kept.append(m)
    chosen = kept
    located = LOCATED_AT.search(text)
    if located and any(m.start - s.start == located.end() for m in chosen):
        # "The plant is located at Jawaharlal Nehru Pharma City in Parawada Mandal, Andhra Pradesh, near Visakhapatnam":
        # where the text says it is, not the region or the town it is near
        # (a list that runs on stays one: "located in Anagni, Italy; Bloomington, Indiana, USA; and Brussels, Belgium")
        first = next(n for n, m in enumerate(chosen) if m.start - s.start == located.end())
        kept = chosen[first: first + 1]
        for m in chosen[first + 1:]:
            if not LIST_GAP.fullmatch(text, kept[-1].end - s.start, m.start - s.start):
                break
            kept.append(m)
        chosen = kept
    chosen = list({m.key: m for m in reversed(chosen)}.values())[::-1]  # one fact a town (its first mention kept)
    name = _facility_name(text, fw.end()) if len(chosen) == 1 else None
    defined = DEFINED_SITE.search(text, fw.end(), fw.end() + 120) if name else None
    if defined and FACILITY_WORDS.search(defined.group("name")):
        name = defined.group("name")  # "the facility in Syracuse, New York (the “Syracuse Plant”)": the name the text gives it
    for place in chosen:
        # "those of its contract manufacturing partner Polymun Scientific in Klosterneuburg": the company named at the town
        at_town = next((m.key for m in every if m.key != operator and ctx.kind_of(m.key) == "Company"
                        and re.fullmatch(r"(?:\s*\([^()]*\))?,?\s+(?:in|at)\s+", text[m.end - s.start: place.start - s.start])), None)
        roles_ = {"operator": ctx.org_ref(at_town or operator), "location": f"Place|{place.key}"}
        values = {"name": name, "area_m2": area if len(chosen) == 1 else None, "capacity_l": capacity if len(chosen) == 1 else None}
        ctx.add_fact("facility", i, roles_, values, confidence=0.75 if (area or capacity) else 0.6)
        last = {"roles": roles_, "values": {"name": name}, "at": i}
    if capacity and last:
        last["capacity"] = capacity
    if area and last:
        last["area"] = area
    return last


#: "1. the API manufacturing facility at Srikakulam;": an item of a list of the company's sites
LIST_ITEM_SITE = compile_pattern(r"(?:the|its|our)\s+(?:[\w\-()]+\s+){0,5}?(?:facility|plant|site|unit)\s+(?:at|in)\s+[A-Z][^.]{0,80}(?:[;,.]|\s+and)?$")
#: "The plant is located at X", after a sentence that named the site but not its town: the company the text is about
SITE_LOCATED = compile_pattern(r"(?:The|This)\s+(?:site|facility|plant|campus|factory)\s+(?:is|was)\s+(?:located|situated)\s+(?:at|in)\b")
LOCATED_AT = compile_pattern(r"\b(?:located|situated)\s+(?:at|in)\s+(?:the\s+)?")
# (and "located in Aurangabad, Maharashtra, at Pithampur in Madhya Pradesh and at Guwahati in Assam")
LIST_GAP = compile_pattern(r"(?:[\s,;()]|\b(?:and|the|at)\b|\bin\s+(?=[^.;]*?\band\s+at\s)|[A-Z][\w.\-]*)*")


def _first(patterns, text):
    for pattern, label in patterns:
        if pattern.search(text):
            return label
    return None


def products(ctx: DocContext) -> None:
    """Describe each product from the sentences that name it (or say "It is ...")."""
    last_product = None
    for i, s in enumerate(ctx.sentences):
        text = s.text
        prods = ctx.of_kind(i, "Product")
        subjects: list[str] = []
        if prods:
            # every product a sentence names is described from its part of the sentence; a heading naming several, none
            subjects = list(dict.fromkeys(p.key for p in prods)) if len({p.key for p in prods}) == 1 or s.section != "heading" else []
            last_product = prods[-1].key
        elif re.match(r"^(?:It|The\s+(?:drug|product|vaccine|candidate|therapy|biosimilar|antibody|compound|molecule|medicine))\s+(?:is|was)\b", text) and last_product \
                and not (ctx.section_org(s.section) and ctx.section_org(s.section) != last_product):
            subjects = [last_product]  # ("It was formed in 2013" under "About AbbVie" is the company, not a product)
        if s.section == "boilerplate":
            continue
        for subject in subjects:
            _describe(ctx, i, subject, prods)


def _describe(ctx: DocContext, i: int, subject: str, prods: list) -> None:
    """What sentence ``i`` says of product ``subject``: modality, targets, indications, phase, developer..."""
    lex = lexicon()
    s = ctx.sentences[i]
    text = s.text
    ref = f"Product|{subject}"
    attrs: dict = {}
    near = text
    if len({p.key for p in prods}) > 1:
        first = next(p for p in prods if p.key == subject)
        nxt = next((p for p in prods if p.key != subject and p.start > first.start), None)
        near = text[max(0, first.start - s.start - 80): (nxt.start - s.start) if nxt else len(text)]
    modality = _first(MODALITIES, near)
    if modality and re.search(r"biosimilar", near, re.I):
        modality = BIOSIMILAR_OF.get(modality, "biosimilar")
    elif re.search(r"\bbiosimilar", near, re.I) and modality is None:
        modality = "biosimilar"
    if modality:
        attrs["modality"] = modality
    targets = []
    for m in re.finditer(r"\b(?:anti-(?P<a>[A-Z][\w\-/]*[\w])|(?P<b>[A-Z][\w\-/.]*[\w])[- ](?:directed|targeting|targeted)|targeting\s+(?P<c>[A-Z][\w\-/.]*[\w])|"
                         r"(?P<d>[A-Z][A-Z0-9\-]+)\s*[×x]\s*(?P<e>[A-Z][A-Z0-9\-]+))", near):
        for g in ("a", "b", "c", "d", "e"):
            if m.group(g):
                targets.append(lex.targets.get(m.group(g).lower(), m.group(g)))
    if lex.target_pattern is not None:
        for m in lex.target_pattern.finditer(near):
            if re.search(r"anti-|target|directed|[×x]\s*$|inhibitor|blocker|binds|against", near[max(0, m.start() - 15): m.end() + 15], re.I):
                canon = lex.targets.get(m.group().lower(), m.group())
                if canon not in targets:
                    targets.append(canon)
    if targets:
        attrs["targets"] = targets
    if lex.indication_pattern is not None and re.search(r"\b(?:treat\w*|indicated|for\s+(?:the\s+)?(?:treatment|prevention|patients)|against|in\s+patients|for\s+adults)", near, re.I):
        inds = []
        cased = cased_short_forms("indications.csv")
        for m in lex.indication_pattern.finditer(near):
            if cased.get(m.group().lower(), m.group()) != m.group():
                continue
            canon = lex.indications.get(m.group().lower(), m.group())
            if canon not in inds:
                inds.append(canon)
        inds = [x for x in inds if not any(x != y and x in y for y in inds)]
        if inds:
            attrs["indications"] = inds
    phase = _first(PHASES, near)
    if phase and re.search(r"\b(?:in|currently|ongoing|enter\w*|pivotal|registrational)\b", near):
        attrs["phase"] = phase
    elif re.search(r"\b(?:approved|marketed|launched|commercially\s+available)\b", near) and not re.search(r"\bnot\b|\bpending\b", near):
        attrs.setdefault("phase", "Approved")
    m = ISOTOPE_IN_CODE.match(subject)
    if m and m.group("el") in ISOTOPES:
        attrs["isotope"] = f"{m.group('el')}-{m.group('mass')}"
    elif (m := ISOTOPE_WORD.search(near)):
        attrs["isotope"] = f"{ELEMENTS[m.group('el').lower()]}-{m.group('mass')}"
    first = next((p for p in prods if p.key == subject), None)
    f_start = first.start - s.start if first is not None else None
    f_end = first.end - s.start if first is not None else None
    ref_m = INN_PAREN.match(text, f_end) if f_end is not None else None
    if ref_m:
        attrs.setdefault("inn", ref_m.group("inn"))
    # (past a description: "a biosimilar of the breast cancer antibody trastuzumab (Herceptin)")
    bio_ref = BIOSIMILAR_OF_INN.search(near) or BIOSIMILAR_OF_NAME.search(near)
    if bio_ref:
        attrs["reference_product"] = re.sub(r"[®™]", "", bio_ref.group("r"))
    if ref_m and (re.search(r"biosimilar", text, re.I) or "biosimilar" in str(ctx.product_attrs(ref).get("modality", ""))):
        attrs.setdefault("reference_product", ref_m.group("inn"))
    developer, strength = _developer(ctx, i, prods, first, f_start, f_end)
    if developer and ctx.kind_of(developer) == "Company":
        ctx.note_developer(ref, ctx.org_ref(developer), i, strength)
    references: list[str] = []
    # ("interchangeable with their reference medicines, Amgen's Xgeva® and Prolia®")
    for m in re.finditer(r"(?:biosimilar\s+(?:to|of|version\s+of|referencing|candidate\s+(?:to|for))|reference\s+(?:product|biologic|medicine|drug)(?:s,?|,(?=\s+[A-Z][\w\-&]*(?:\s+[A-Z][\w\-&]*)?['’]s\s))?|"
                         r"originator|referenc(?:es|ing)|interchangeable\s+with|compared\s+(?:with|to)|"
                         # ("the first generic of Spiriva HandiHaler", "a generic equivalent of Januvia", "generic Spiriva")
                         r"[Gg]eneric\s+(?:version\s+|equivalent\s+|form\s+)?(?:of|to)|[Gg]eneric(?=\s+[A-Z])|"
                         r"(?:therapeutic(?:ally)?|bio)[- ]?equivalent\s+(?:of|to)|reference\s+listed\s+drug(?:\s+\(RLD\))?,?)\s+(?:the\s+)?(?:(?:\w+|anti-\w+)\s+){0,4}?(?:[A-Z][\w\-&]*(?:\s+[A-Z][\w\-&]*)?['’]s\s+)?\(?(?P<r>[A-Z][\w\-]+)", text):
        references.append(m.group("r"))
        # ("a biosimilar to Prolia (denosumab) and Xgeva (denosumab)": both are the reference)
        at = m.end()
        while more := REFERENCE_LIST.match(text, at):
            references.append(more.group("r"))
            at = more.end()
        if subject in references:
            attrs["is_reference"] = True
    # "taking Roche's Avastin® (bevacizumab) as the reference product": named before the words
    references += [m.group("r") for m in REFERENCE_AFTER.finditer(text)]
    for p in prods:
        if p.text in references:
            if p.key != subject:
                ctx.note_entity(f"Product|{p.key}", is_reference=True)
            else:
                attrs["is_reference"] = True
    ctx.note_entity(ref, subject, **attrs)


#: what a biosimilar copies: the reference product or INN named after "biosimilar to/of"
_BIOSIMILAR_OF = r"biosimilar\s+(?:to|of|version\s+of|candidate\s+(?:to|for))\s+(?:the\s+)?(?:reference\s+product\s+)?(?:[A-Z][\w\-&]*(?:\s+[A-Z][\w\-&]*)?['’]s\s+)?"
#: ... an INN or a brand past up to three words of description
BIOSIMILAR_OF_INN = compile_pattern(rf"{_BIOSIMILAR_OF}(?:(?!{INN_STEMS}\b)[a-z][\w\-]*\s+){{0,3}}(?P<r>{INN_STEMS}\b|[A-Z][\w\-]+(?:\s+\([a-z\-]+\))?)")
#: ... else the first word after it
BIOSIMILAR_OF_NAME = compile_pattern(rf"{_BIOSIMILAR_OF}(?P<r>[A-Za-z][\w\-]+(?:\s+\([a-z\-]+\))?)")
REFERENCE_AFTER = compile_pattern(r"(?P<r>[A-Z][\w\-]+)\s*(?:®|™)?(?:\s*\([^()]{1,40}\))?\s+(?:as|is|was)\s+(?:the|its|a)\s+"
                                  r"reference\s+(?:product|medicine|biologic|drug)\b")
REFERENCE_LIST = compile_pattern(r"(?:®|™)?(?:\s*\([^()]{1,40}\))?(?:\s*,\s*|\s+and\s+|\s+or\s+|,\s+and\s+)(?P<r>[A-Z][\w\-]+)"
                                 r"(?!,?\s+(?:referencing|a\s+biosimilar|biosimilar|is\s+a\s+biosimilar)\b|,\s+(?:its|their|our)\s)")
#: an apposition that names a product's owner after "of" ("CVnCoV, the COVID-19 vaccine candidate of the biopharmaceutical
#: company CureVac")
PRODUCT_OF = compile_pattern(r"\s*(?:®|™)?(?:\s*\([^()]{1,40}\))?,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,4}?(?:vaccine|drug|product|therap(?:y|ies)|"
                             r"antibody|medicine|treatment|biosimilar|molecule|compound)s?(?:\s+candidates?)?\s+(?:of|from|developed\s+by)\s+"
                             r"(?:the\s+)?(?:[\w\-]+\s+){0,3}?")
VERBISH = compile_pattern(r"\b(?:is|are|was|were|has|have|had|will|said|agreed|announced|signed|acquired|licensed|with|from|"
                          r"makes?|made|takes?|brings?|allows?|helps?|gives?|enables?|partner|offer(?:s|ed)?|provide[sd]?|"
                          r"create[sd]?|open(?:s|ed)|means?|meant|offering)\b")
DEV_VERB = compile_pattern(r"\s+(?:(?:is|are|has|have|had|also|now|currently|continues\s+to|will|been)\s+)*"
                      r"(?:develop\w*|co-develop\w*|evaluat\w*|market(?:s|ed|ing)?|commerciali[sz]\w*|sell(?:s|ing)?|discover\w*|launch\w*|"
                      r"invent\w*|design\w*|test(?:s|ing)|stud(?:y|ies|ying))\s+(?:its\s+|the\s+|their\s+)?(?:[\w\-]+\s+){0,3}?$")
LIST_VERB = compile_pattern(r"\b(?:comprises|comprising|includes|including|consists\s+of|covers|covering)\s+(?:the\s+)?$")
PIPELINE = compile_pattern(r"\b(?:pipeline|portfolio)\s+(?:also\s+)?(?:includes?|comprises?|consists\s+of|contains?)\b")
COMPANY_DOES = compile_pattern(r"(?:^|(?<=,\s))(?:[Tt]he\s+company|[Ii]t|[Ww]e)\s+(?:\w+\s+){0,2}?(?:markets|sells|commerciali[sz]es|develops|discovered|"
                          r"launched|owns|manufactures|is\s+developing|is\s+evaluating|continues\s+to\s+develop)\b")


DEVELOPER_OF = compile_pattern(r"(?:,?\s+(?:Inc\.|Ltd\.?|AG|plc))?,\s+(?:the|a|an|its)\s+(?:[\w\-]+\s+){0,2}?(?:developer|maker|originator|inventor)"
                               r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-/]+\s+){0,4}?")
INFINITIVE = compile_pattern(r"\b(?:to\s+(?!the\b|a\b|an\b)[a-z]+|rights?\s+to)\s")
BROUGHT_IT = compile_pattern(r"\b(?:also\s+)?(?:brought|gave|added)\s+(?:it|the\s+company|the\s+group)\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}$")
SALES_OF = compile_pattern(r"\b(?:sales|revenues?|royalt(?:y|ies)|supply|supplies|distribution)\s+(?:of|from|on)\s+(?:the\s+)?$")
#: a clause about what the possessive names, other than what it holds ("..., which compete with", not "..., which includes")
RELATIVE_CLAUSE = compile_pattern(r",\s+(?:which|that|who|whose)\s+(?!(?:also\s+|now\s+)?(?:includes?|including|comprises?|contains?|covers?|consists?|spans?|features?)\b)")
CLAUSE_THEN_SUBJECT = compile_pattern(r",\s+(?:we|it|they|he|she|I|you)\s+")


REFERENCE_BEFORE = compile_pattern(r"\b(?:biosimilar\s+(?:candidate\s+|version\s+)?(?:to|of|for)|referenc\w+|reference\s+(?:product|medicine|biologic)|"
                                   r"generic\s+(?:version\s+|equivalent\s+|form\s+)?(?:of|to)|generic|(?:therapeutic(?:ally)?|bio)[- ]?equivalent\s+(?:of|to))\s+"
                                   r"(?:the\s+)?(?:[\w\-]+\s+){0,2}?$", re.I)


#: brands listed in brackets right after a company ("Amgen (Prolia and Xgeva)"), up to the product
BRANDS_IN_BRACKETS = compile_pattern(r"\s*\(\s*(?:[A-Z][\w\-]*(?:\s+[A-Z0-9][\w\-]*)?\s*(?:®|™)?\s*(?:,\s*|\s+and\s+|\s*/\s*))*")
#: ... and from the product to the closing bracket
BRACKET_CLOSES = compile_pattern(r"\s*(?:®|™)?\s*(?:(?:,\s*|\s+and\s+|\s*/\s*)[A-Z][\w\-]*(?:\s+[A-Z0-9][\w\-]*)?\s*(?:®|™)?\s*)*\)")
UNDER_THE_BRAND = compile_pattern(r"\s+under\s+the\s+(?:brand\s+(?:names?\s+)?|trade\s+names?\s+)?")
BY_BEFORE = compile_pattern(r"\b(?:sold|marketed|commerciali[sz]ed|distributed|made|manufactured|developed)\s+by\s+(?:the\s+)?$")


def _developer(ctx: DocContext, i: int, prods: list, first, f_start: int | None, f_end: int | None) -> tuple[str | None, int]:
    """Who sentence ``i`` says develops its first product, and how strongly (see ``DocContext.note_developer``)."""
    s = ctx.sentences[i]
    text = s.text
    every = ctx.every_org(i)
    if first is not None and f_start is not None and BROUGHT_IT.search(text, max(0, f_start - 80), f_start):
        # "X took over the program as part of a transaction with Y that also brought it the vaccines P and Q": X's now
        subject = [m for m in every if m.start - s.start < f_start]
        if subject:
            return subject[0].key, 2
    if first is not None:
        # "The reference products are marketed by Amgen (Prolia and Xgeva)": brands in brackets after their owner
        # ("sold by Sanofi under the Clexane brand": a brand after its seller)
        for m in every:
            if m.end <= first.start and not text.startswith("About ") and (m.start > s.start and BRANDS_IN_BRACKETS.fullmatch(text, m.end - s.start, f_start) and BRACKET_CLOSES.match(text, f_end)
                                         or UNDER_THE_BRAND.fullmatch(text, m.end - s.start, f_start)
                                         and BY_BEFORE.search(text, max(0, m.start - s.start - 40), m.start - s.start)):
                return m.key, 2
        # "developed by TaiMed Biologics" right after the product
        dev = DEV_BY_AFTER.match(text, f_end)
        # (not the generic name in brackets after it: "Brixadi™ (buprenorphine) ..., the weekly treatment developed by Camurus")
        if dev and any(p.key != first.key and f_end <= p.start - s.start < dev.end()
                       and not re.fullmatch(r"\s*(?:®|™)?\s*\(", text[f_end: p.start - s.start]) for p in prods):
            dev = None  # "..., after RTS,S (Mosquirix), developed by GSK": the developer of the product named last
        if dev:
            after = [m for m in every if m.start - s.start >= dev.end() - 1]
            if after:
                return after[0].key, 3
        before = [m for m in every if m.end <= first.start]
        if before and POSSESSIVE.match(text, before[-1].end - s.start):
            between = text[before[-1].end - s.start: first.start - s.start]
            # "Seagen's Adcetris, Padcev and Tivdak", "three of Daiichi Sankyo's ADCs: the HER3 directed patritumab
            # deruxtecan (HER3-DXd), ... and the CDH6 directed raludotatug deruxtecan": a list after the possessive
            # (but not across a clause: "With ONO's resources behind us, we can take QINLOCK ...")
            # ("The portfolio comprises Alvotech's AVT03, a proposed biosimilar to Prolia; AVT05, ...; AVT06, ...": a list
            # the sentence announces may run on past semicolons)
            listed = LIST_VERB.search(text, 0, before[-1].start - s.start)
            # (a list of products, not "Alteogen's ALT-B4 in the development and commercialization of a formulation of
            # pembrolizumab": the last product before this one is followed by a list's separator, not by "of")
            inside = [p for p in prods if before[-1].end <= p.start < first.start and p.key != first.key]
            if inside and re.search(r"\bof\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}$", text[inside[-1].end - s.start: f_start]):
                pass
            elif INFINITIVE.search(between) or SALES_OF.search(between) or RELATIVE_CLAUSE.search(between):
                pass  # "AstraZeneca's decision to use ALT-B4", "Sanofi's rights to ABL301": what it does with another's product
                # (nor "royalties on Braeburn's net sales of Brixadi": what it sells; nor "Alnylam's patisiran and
                # vutrisiran, which compete with eplontersen": a product a clause about the list names)
            elif len(between) <= 60 and not CLAUSE_THEN_SUBJECT.search(between) or (
                    len(between) <= (300 if listed else 220) and re.fullmatch(r"['’]s?[^.;]*" if not listed else r"['’]s?[^.]*", between)
                    and re.search(r":|,\s|\band\b", between) and not VERBISH.search(between)):
                return before[-1].key, 3
        # "DS-1062, Daiichi Sankyo's proprietary ADC", "sintilimab (TYVYT), Innovent's PD-1 antibody"
        after = [m for m in every if m.start >= first.end and APPOSITION.fullmatch(text[f_end: m.start - s.start])]
        if after and POSSESSIVE.match(text, after[0].end - s.start):
            return after[0].key, 3
        # "CVnCoV, the COVID-19 vaccine candidate of the biopharmaceutical company CureVac"
        of_org = next((m for m in every if m.start >= first.end and PRODUCT_OF.fullmatch(text, f_end, m.start - s.start)), None)
        if of_org is not None:
            return of_org.key, 3
        # "Forty Seven, the developer of the anti-CD47 antibody magrolimab"
        if before and DEVELOPER_OF.fullmatch(text, before[-1].end - s.start, f_start):
            return before[-1].key, 3
        # "Karuna is evaluating KarXT", "Clovis markets Rubraca"
        for m in reversed(before):
            if DEV_VERB.fullmatch(text[m.end - s.start: f_start]) and not POSSESSIVE.match(text, m.end - s.start):
                # "Janssen is studying lazertinib": a partner may test what another company developed
                # ("an exclusive licensing agreement under which Norgine will commercialise PEDMARQSI": the licensee sells
                # what another company developed)
                if not re.search(r"\b(?:evaluat|test|stud)\w*", text[m.end - s.start: f_start]) and not (
                        re.search(r"\b(?:market|commerciali[sz]|sell|launch)", text[m.end - s.start: f_start])
                        and re.search(r"\b(?:under\s+which|whereby|allowing|enabling|permitting)\s+(?:the\s+)?$", text[max(0, m.start - s.start - 30): m.start - s.start])):
                    # ("IDEAYA will develop the candidate as IDE849": a plan, often the licensee's, not who made it)
                    return m.key, 1 if re.search(r"\bwill\b", text[m.end - s.start: f_start]) else 3
    by = re.search(r"\b(?:discovered|developed|invented|originated|created|designed)\s+(?:\w+\s+|and\s+\w+\s+)?by\s+", text)
    if by and first is not None and f_end is not None and any(
            p.key != first.key and f_end <= p.start - s.start < by.start() for p in prods):
        by = None  # "R21 is the second vaccine, after RTS,S (Mosquirix), developed by GSK": another product's developer
    if by:
        # "Discovered by Daiichi Sankyo, ifinatamab deruxtecan ..."
        after = [m for m in every if m.start - s.start >= by.end()]
        if after:
            return after[0].key, 3
    if first is not None and f_start is not None and REFERENCE_BEFORE.search(text, max(0, f_start - 60), f_start):
        return None, 0  # "ALT-L9, a biosimilar candidate to Eylea": the reference medicine is not the company's
    if first is not None and COMPANY_DOES.search(text):
        return ctx.coref_company(i) or ctx.subject_company(i), 2
    if first is not None and f_start is not None and f_end is not None and COMPANY_AFTER.match(text, f_end) \
            and not ITS_BEFORE.search(text[max(0, f_start - 80): f_start]):
        # "...; Novartis uses the NAV vector in Zolgensma, its approved gene therapy": the subject of the product's clause
        clause = text.rfind(";", 0, f_start) + 1  # (not a colon: "Akeso, Inc. (HKEX: 9926)")
        subject = [m for m in every if clause <= m.start - s.start and m.end - s.start <= f_start
                   and not POSSESSIVE.match(text, m.end - s.start)] if clause else []
        if subject:
            return subject[0].key, 2
    if first is not None and f_start is not None and (ITS_BEFORE.search(text[max(0, f_start - 80): f_start]) or COMPANY_AFTER.match(text, f_end)):
        return ctx.coref_company(i) or ctx.last_company(i), 2
    if first is not None and (pm := PIPELINE.search(text)) and pm.end() <= f_start:
        # "The pipeline also includes RYZ801": the pipeline of the company the text is about
        owner = [m for m in every if m.end <= s.start + pm.start() and POSSESSIVE.match(text, m.end - s.start)]
        return (owner[-1].key if owner else ctx.section_org(s.section) or ctx.coref_company(i) or ctx.main), 2
    if first is not None and f_start is not None and " | " in text and (owner := _product_table_owner(ctx, i, f_start)):
        return owner, 1
    about = ctx.section_org(s.section)
    if about and ctx.kind_of(about) == "Company" and not re.search(
            r"\b(?:licen[cs]ed\s+from|partner|acquired\s+from|in-licen[cs]ed)\b", text):
        return about, 1
    return None, 0


DEAL_HEADING = compile_pattern(r"(?i)\b(?:acqui\w+|licen[cs]\w+|in-licen[cs]\w+|partner\w*|deal|transaction|divest\w*|sale)\b")


def _product_table_owner(ctx: DocContext, i: int, f_start: int) -> str | None:
    """The company a table of products ("Medicine | Indication | Status", a row "ONPATTRO® (patisiran) | ... | Approved")
    is about, for the product in the row's product column: the company its heading names, else the one the text is
    about (a table of facts, "Product | AZD1222 (Covishield) ...", is no table of products)."""
    header = ctx.table_header(i)
    col = product_column(header[1]) if header else None
    if header is None or col is None:
        return None
    j = header[0]
    start, end = ctx.cell_span(i, ctx.sentences[i].text.split(" | "), col)
    if not start <= ctx.sentences[i].start + f_start < end:
        return None
    headings = [k for k in (j - 1, j - 2) if k >= 0 and ctx.sentences[k].section == "heading"]
    if any(DEAL_HEADING.search(ctx.sentences[k].text) for k in headings):
        return None  # ("What Pfizer acquires": the products another company brings)
    titled = [m for k in headings for m in ctx.orgs(k)]
    owner = titled[0].key if titled else ctx.main
    return owner if owner is not None and ctx.kind_of(owner) == "Company" else None


def companies(ctx: DocContext) -> None:
    for i, s in enumerate(ctx.sentences):
        text = s.text
        key = ctx.section_org(s.section)
        subject = ctx.orgs(i)
        if key is None and subject and subject[0].start - s.start < 3:
            key = subject[0].key
        if key is None and re.match(r"^(?:The\s+company|It)\b", text) and s.section.startswith("about:"):
            key = ctx.section_org(s.section)
        if key is None or ctx.kind_of(key) != "Company":
            continue
        ref = ctx.org_ref(key)
        attrs = {}
        if (m := COMPANY_KIND.search(text)) and (s.section.startswith("about:") or (subject and subject[0].key == key)):
            kind = re.sub(r"^(?:leading|global|fully\s+integrated|innovative|top|major|world-class|premier|largest|leading\s+global)\s+", "", m.group("kind"), flags=re.I)
            attrs["kind"] = kind
        if (m := FOUNDED.search(text)):
            attrs["founded"] = int(m.group("year"))
        if (m := HQ.search(text)):
            attrs["headquarters"] = m.group("place") or m.group("place2") or m.group("place3")
        if attrs:
            ctx.note_entity(ref, **attrs)
