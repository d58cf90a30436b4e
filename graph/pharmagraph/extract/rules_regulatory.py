"""Rules for what regulators do: GMP certifications and inspections, and product decisions."""

from __future__ import annotations

from pharmagraph.extract import fast_re as re
from pharmagraph.extract.context import DocContext
from pharmagraph.extract.cues import (
    APPROVAL_CONDITION,
    ENFORCEMENT,
    FILING,
    HEDGE,
    NEGATION,
    SUBSIDIARY_BEFORE,
    clause_before,
    split_spans,
)
from pharmagraph.extract.lexicon import lexicon
from pharmagraph.extract.mentions import DATELINE, product_column
from pharmagraph.extract.regex_cache import compile_pattern
from pharmagraph.ingest.dates import find_dates
from pharmagraph.model import Mention, Sentence

# a regulator's licence for a plant ("a manufacturing licence by Japan's MHLW for its facility MFG2"), and the letter
# that closes a warning letter: certificates, both
# (and the UK's "Manufacturer's Authorisation for Investigational Medicinal Products, or MIA(IMP)")
# (and a licence to run a site: "the authorisation to open its new plant in Arras as a pharmaceutical establishment", "a
# nuclear substance processing facility licence to operate the Nuclear Medicine Production Facility")
MANUFACTURING_LICENCE = (r"(?:manufactur\w*|[Mm]anufacturer['’]s)\s+(?:licen[cs]es?|permits?|authori[sz]ations?)|MIA\s?\(IMP\)|"
                         r"(?:establishment|facility)\s+licen[cs]es?|authori[sz]ation\s+to\s+(?:open|operate|run)\s+(?:[\w\-]+\s+){0,6}?as\s+an?\s+"
                         r"(?:pharmaceutical\s+)?(?:establishment|manufacturing\s+site)")
CLOSE_OUT = r"close-?out\s+letter"
#: how the FDA classifies an inspection's outcome
FDA_CLASSIFICATION = r"VAI|NAI|(?:Voluntary|No)\s+Action\s+Indicated"
#: a finding of non-compliance withdrawn: compliance restored ("its status of non-compliance with EU GMP will be withdrawn")
NON_COMPLIANCE_WITHDRAWN = r"non-compliance[^.;]{0,80}?\b(?:withdrawn|revoked|rescinded)\b"
STANDARDS = [
    (compile_pattern(r"\bEU[- ]GMP\b|\bEuropean\s+(?:Union\s+)?GMP\b|\b(?:EU|European\s+Union)\s+[Gg]ood\s+[Mm]anufacturing\s+[Pp]ractices?\b"), "EU GMP"),
    (compile_pattern(r"\bc\s?GMP\b|\bCGMP\b|current\s+good\s+manufacturing\s+practi[cs]es?", re.I), "cGMP"),
    (compile_pattern(r"\bPIC/S\b"), "PIC/S GMP"),
    (compile_pattern(r"\bK-?GMP\b"), "KGMP"),  # (Korea's)
    (compile_pattern(r"\bGMP\b|good\s+manufacturing\s+practi[cs]es?", re.I), "GMP"),
    # "it already holds the commercial manufacturing approvals ... from the FDA, the EMA, the PMDA and ANVISA"
    (compile_pattern(r"\bcommercial\s+manufacturing\s+approvals?\b", re.I), "commercial manufacturing approval"),
    (compile_pattern(r"(?<!['’]s )\bGDP\b(?!\s+(?:in|of|was|is|growth|per))|good\s+distribution\s+practi[cs]es?", re.I), "GDP"),
    (compile_pattern(r"\bGLP\b(?!-\d)|good\s+laboratory\s+practi[cs]es?", re.I), "GLP"),
    (compile_pattern(r"\bGCP\b|good\s+clinical\s+practi[cs]es?", re.I), "GCP"),
    (compile_pattern(r"\bprequalif\w*", re.I), "WHO prequalification"),
    (compile_pattern(r"\bCertificates?\s+of\s+Suitability\b|\bCEPs?\b", re.I), "CEP"),
    (compile_pattern(rf"\b{MANUFACTURING_LICENCE}\b", re.I), "manufacturing licence"),
    (ISO_STANDARD := compile_pattern(r"\bISO\s?(\d{4,5})(?::\d{4})?\b"), "ISO"),
    # (a regulator's accreditation of a foreign plant: "a renewal of its accreditation from Japan's PMDA")
    (compile_pattern(r"\baccreditation\b", re.I), "GMP"),
]
CERT_CUE = compile_pattern(
    r"\b(?:certif\w*|inspect\w*|audit\w*|accredit\w*|complian\w*|prequalif\w*|EIR|Establishment\s+Inspection\s+Report|approv\w*|"
    rf"{FDA_CLASSIFICATION}|"
    rf"observations|483|{MANUFACTURING_LICENCE}|{CLOSE_OUT}|"
    # "a Good Manufacturing Practice (GMP) multi-product license by Swissmedic"
    r"(?:GMP\)?|[Pp]ractice)\s+(?:[\w\-]+\s+){0,2}licen[cs]es?)\b",
    re.I,
)
DECISION_FROM = compile_pattern(r"(?:The|This|That)\s+(?:decision|certificate|certification|inspection|finding|outcome)\s+(?:came|comes|was\s+(?:taken|made|issued|carried\s+out))\s+(?:from|by)\s+")
CERT_PASS = compile_pattern(
    r"\b(?:certif(?:ied|ication|icate|icates|ications)|prequalified|granted|received|obtained|awarded|issued|passed|successfully|holds|accredited|"
    r"completed|concluded|closed|cleared|confirmed|restored|lifted|reinstated|full\s+compliance|in\s+compliance|"
    rf"{NON_COMPLIANCE_WITHDRAWN}|"
    r"(?:to\s+be|as)\s+(?:fully\s+)?compliant|"  # ("MFDS found the Plant 2 facility to be compliant with GMP")
    r"in\s+line\s+with|EIR|Establishment\s+Inspection\s+Report|(?:zero|no|nil|without\s+any|without\s+a\s+single)\s+(?:\w+\s+){0,2}observations?|"
    # (not the kind of inspection: "conducted a combined cGMP and pre-approval inspection (PAI)")
    r"NAI|VAI|No\s+Action\s+Indicated|(?<!pre-)approv(?:al|ed))\b",
    re.I,
)
FACILITY_APPROVED = compile_pattern(
    r"\b(?:plants?|facilit(?:y|ies)|sites?|lines?|units?)\b[^.;]{0,60}?\b(?:were|was|have\s+been|has\s+been|been|are|is)?\s*"
    r"(?:inspected\s+and\s+)?(?:approved|certified|accredited|cleared)\b|"
    # "MFG5 has been approved by the FDA to manufacture an innovative biologic": a plant approved to make a product
    r"\b(?:approved|certified|cleared|licensed)\s+(?:by\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+){0,5}?\s+)?(?:to|for\s+the)\s+(?:commercial\s+)?(?:manufactur|produc)\w*|"
    # "ANVISA has authorised production of four APIs": the plant may make them, no product is approved
    r"\b(?:authori[sz]ed|approved|permitted|allowed)\s+(?:the\s+)?(?:commercial\s+|local\s+|GMP\s+)?(?:production|manufactur(?:e|ing))\s+of\b",
    re.I,
)
POSITIVE_INSPECTION = compile_pattern(
    r"\b(?:zero|no|nil)\s+(?:\w+\s+){0,2}observations?|without\s+(?:any\s+|a\s+single\s+|a\s+)?(?:\w+\s+)?observations?|\bEIR\b|"
    # ("completed its first-ever inspection ... without issuing a Form 483")
    r"without\s+(?:issuing\s+|any\s+)?(?:a\s+(?:single\s+)?|any\s+)?(?:FDA\s+)?Form[\s-]?483|"
    # (and "its status of non-compliance with EU GMP will be withdrawn")
    rf"No\s+Action\s+Indicated|\bNAI\b|lifted|restored|reinstated|closed\s+out|{CLOSE_OUT}|{NON_COMPLIANCE_WITHDRAWN}",
    re.I,
)
COUNTRY_CERT_BEFORE = compile_pattern(
    r"(?:certif\w*|approv\w*|inspections?|audits?|authorit\w*|regulators?)\s+(?:\w+\s+){0,3}(?:in|from|by|of)\s+(?:the\s+)?$", re.I
)
COUNTRY_CERT_AFTER = compile_pattern(r"^(?:['’]s)?\s+(?:\w+\s+){0,2}(?:GMP|cGMP|certif\w*|inspection|approval)", re.I)
APPROVAL_CUE = compile_pattern(
    r"\b(?:approv(?:al|als|ed|es|ing)|authori[sz](?:ation|ations|ed|es)|clear(?:ed|ance)|green\s+light|"
    r"designations?|designated|granted|registration|register(?:ed|s)|EUA|EUL|emergency\s+use\s+listing|Notice\s+of\s+Compliance|nod|prequalif\w*|"
    # (a regulator's licence is an approval: "an FDA-licensed vaccine", "licensed in India by the DCGI")
    r"(?<=-)licen[cs]ed|licen[cs]ed(?=\s+(?:[\w\-]+\s+){0,4}?by\s+(?:the\s+)?[A-Z]))\b",
    re.I,
)
KINDS = [
    (compile_pattern(r"\bprequalif\w*", re.I), "prequalification"),
    (compile_pattern(r"emergency\s+use\s+listing|\bEUL\b", re.I), "emergency use listing"),  # (the WHO's)
    (compile_pattern(r"emergency\s+use|\bEUA\b|emergency\s+(?:use\s+|regulatory\s+)?(?:listing|authori[sz]ation|approval)", re.I), "emergency use authorisation"),
    (compile_pattern(r"breakthrough\s+therapy", re.I), "breakthrough therapy designation"),
    # (and "designated cenegermin an orphan medicinal product")
    (compile_pattern(r"orphan\s+(?:drug\s+|medicinal\s+product\s+)?designation|orphan\s+(?:drug|medicinal\s+product)\s+status|"
                     r"designated\s+(?:[\w\-]+\s+){0,3}?(?:as\s+)?an?\s+orphan\s+(?:drug|medicinal\s+product|medicine)", re.I), "orphan drug designation"),
    (compile_pattern(r"fast\s+track", re.I), "fast track designation"),
    (compile_pattern(r"priority\s+review", re.I), "priority review"),
    (compile_pattern(r"regenerative\s+medicine\s+advanced\s+therapy|\bRMAT\b", re.I), "regenerative medicine advanced therapy designation"),
    (compile_pattern(r"provisional\s+registration", re.I), "provisional registration"),
    (compile_pattern(r"provisional\s+(?:approval|authori[sz]ation|determination)", re.I), "provisional approval"),
    (compile_pattern(r"temporary\s+(?:authori[sz]ation|approval|registration)", re.I), "temporary authorisation"),
    (compile_pattern(r"accelerated\s+approval", re.I), "accelerated approval"),
    (compile_pattern(r"conditional\s+(?:marketing\s+)?(?:approval|authori[sz]ation)", re.I), "conditional marketing authorisation"),
    (compile_pattern(r"\bIND\b|investigational\s+new\s+drug|clinical\s+trial\s+applications?|\bCTA\b|clinical\s+(?:trial|study)\s+"
                r"(?:approval|application|clearance)|implied\s+approval|to\s+(?:start|begin|initiate|conduct|run|launch)\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:pivotal\s+|global\s+|registrational\s+|multi-?(?:regional|centre|center)\s+)?"
                r"(?:Phase|clinical|first-in-human)|first-in-human|(?:cleared|clearance|approv\w+|green\s+light)\s+(?:\w+\s+){0,3}?for\s+(?:a\s+|the\s+|its\s+)?"
                r"(?:pivotal\s+|registrational\s+)?Phase\s+(?:I|II|III|1|2|3)\w*\b", re.I), "clinical trial application"),
]
PRODUCT_COREF = compile_pattern(r"\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:vaccine|drug|product|therapy|biosimilar|candidate|medicine|antibody|insulin|treatment|program|programme|asset|molecule|compound)\b|^It\b|\b(?:granted|gave|given|awarded|approved|cleared|authori[sz]ed)\s+it\b")


def standards_of(text: str) -> list[str]:
    """Every standard a sentence names: "ISO 22301 ..., ISO 45001 ... and ISO 14001" are three certificates."""
    first = standard_of(text)
    isos = list(dict.fromkeys(f"ISO {m.group(1)}" for m in ISO_STANDARD.finditer(text)))
    return isos if first and first.startswith("ISO") else ([first] if first else [])


def standard_of(text: str) -> str | None:
    for pattern, label in STANDARDS:
        m = pattern.search(text)
        if m:
            return f"ISO {m.group(1)}" if label == "ISO" else label
    return None


def _stated_date(text: str) -> str | None:
    """The most precise date a text states: the last full date, else the last month or year written as a date."""
    dates = [d for d, _, _ in find_dates(text)]
    full = [d for d in dates if len(d) == 10]
    return (full or dates or [None])[-1]


def fact_date(ctx: DocContext, i: int) -> str | None:
    """The most precise date the sentence states (the last full date, else the last month), else the document's."""
    stated = _stated_date(ctx.sentences[i].text)
    if stated:
        return stated
    year = re.search(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|back\s+in)\s+((?:19|20)\d{2})\b(?!\s*(?:patients|doses|people|sites|%))", ctx.sentences[i].text)
    return year.group(1) if year else ctx.doc.date  # ("Bayer completed its acquisition of Monsanto in 2018")


def _dateline_span(text: str) -> int:
    m = DATELINE.match(text)
    if not m:
        return 0
    dash = re.search(r"\s[-–—]{1,2}\s|/PRNewswire/|/Xinhua/", text[:160])
    return dash.end() if dash else m.end()


def country_regulators(ctx: DocContext, i: int) -> list[tuple[Mention, str]]:
    """Countries named as where a certificate or approval came from -> their regulator ids."""
    s = ctx.sentences[i]
    out = []
    accepted_end = -10
    for m in ctx.of_kind(i, "Place"):
        row = lexicon().country(m.text) or lexicon().country(m.key)
        if not row:
            continue
        before = s.text[: m.start - s.start]
        after = s.text[m.end - s.start:]
        if re.search(r"\b(?:first|only|second|third|largest|biggest)\s+(?:[\w\-]+\s+){0,3}in\s+(?:the\s+)?$", before[-60:]):
            continue  # "the first site in China to be certified under EU GMP": where, not by whom
        chained = re.fullmatch(r"\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?", s.text[accepted_end - s.start: m.start - s.start]) if accepted_end > 0 else None
        if COUNTRY_CERT_BEFORE.search(before[-80:]) or COUNTRY_CERT_AFTER.match(after) or chained:
            reg = lexicon().primary_regulator(row["code"])
            if reg:
                out.append((m, reg["id"]))
                accepted_end = m.end
    return out


ALONGSIDE = compile_pattern(r"\b(?:alongside|along\s+with|as\s+well\s+as\s+(?:rival|competing)|joins?\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?:group|list|number|ranks|family)\s+of)\b")
SET_ASIDE = compile_pattern(r"^(?:Besides|Apart\s+from|Aside\s+from|In\s+addition\s+to|Other\s+than|Beyond)\s+(?:the\s+|its\s+)?$")
ISSUED_BY = compile_pattern(r"\b(?:issued|granted|awarded|delivered)\s+by\s+(?:the\s+)?$")
THE_CERTIFICATE = compile_pattern(r"(?:The|This|That)\s+(?:certificate|certification|accreditation)\b")
SETS_STANDARD = compile_pattern(r"\b(?:enforced|set|required|defined|established|demanded|mandated|prescribed)\s+by\s+(?:the\s+)?(?:[\w.]+\s+){0,6}\(?$")


def _sets_the_standard(ctx: DocContext, i: int, rid: str) -> bool:
    """Whether the sentence names the regulator only as the one whose standard it is ("enforced by the FDA")."""
    s = ctx.sentences[i]
    named = [m for m in ctx.by_sentence[i] if m.key == rid]
    # (or whose law it is: "the requirements laid down in the relevant European Commission directive")
    return bool(named) and all(SETS_STANDARD.search(s.text, max(0, m.start - s.start - 90), m.start - s.start)
                               or LAW_AFTER.match(ctx.doc.text, m.end) for m in named)


LAW_AFTER = compile_pattern(r"['’]?s?\s+(?:directives?|regulations?|guidelines?|guidance|rules|legislation|law)\b")


SENT_TO = compile_pattern(r"\b(?:submit\w*|send|sent|provid\w+|report\w*)\s+(?:[\w\-,]+\s+){0,12}?to\s+(?:the\s+)?$")


def _names_a_class(s: Sentence, m: Mention) -> bool:
    """Whether an INN is written as a class of products ("denosumab biosimilars", "the first biosimilars of
    denosumab") or as the reference of one ("a biosimilar of agalsidase beta"), not as the product approved."""
    # (written as an INN, whatever brand it names: "one of the best-selling darbepoetin alfa biosimilars")
    return (m.key.islower() or m.text.islower()) and bool(re.match(r"\s+[Bb]iosimilars\b", s.text[m.end - s.start:])
                                    or re.search(r"\b[Bb]iosimilars?\s+(?:of|to|for)\s+$", s.text[max(0, m.start - s.start - 20): m.start - s.start]))


def _sent_to(s: Sentence, m: Mention) -> bool:
    """Whether the sentence names the regulator as one that is sent something ("PLS must continue to submit additional
    data ... to the NPRA"): no decision of its own."""
    return bool(SENT_TO.search(s.text, max(0, m.start - s.start - 120), m.start - s.start))


UNIT_OF_AGENCY = compile_pattern(r"(?:\s*\([A-Z]{2,6}\))?\s+of\s+(?:the\s+|China['’]s\s+)?")


def _regulators(ctx: DocContext, i: int) -> list[str]:
    """The regulators a sentence names, then those its countries stand for ("the Polish authority": Poland's), unless
    it names one of that country already ("Poland's Chief Pharmaceutical Inspectorate (GIF) ... the Polish authority")."""
    s = ctx.sentences[i]
    regs = [m.key for m in ctx.orgs(i, kinds=("Regulator",)) if not _sent_to(s, m)]
    if any(r.startswith("local-") for r in regs):
        return regs  # (a regional authority the sentence names: "... of the State of Hamburg, Germany" is not Germany's)
    named = {_country_of(f"Regulator|{r}") for r in regs}
    for m, rid in country_regulators(ctx, i):
        # ("a European Union GMP inspection conducted jointly by SUKL and INFARMED": the union's standard, the named inspect)
        if regs and re.match(r"\s+c?GMP\b", s.text[m.end - s.start:]):
            continue
        if rid not in regs and _country_of(f"Regulator|{rid}") not in named:
            regs.append(rid)
    return regs


def _clause_ok(text: str, allow_positive_no: bool = False) -> bool:
    if HEDGE.search(text):
        return False
    if NEGATION.search(text) and not (allow_positive_no and POSITIVE_INSPECTION.search(text)):
        return False
    return True


def _site_places(ctx: DocContext, i: int) -> list:
    s = ctx.sentences[i]
    dateline_end = s.start + _dateline_span(s.text)
    # (every mention past the dateline: "ARRAS, France, ... its new plant in Arras" names the town twice)
    places = [m for m in ctx.by_sentence[i] if m.kind == "Place" and m.start >= dateline_end and not lexicon().country(m.text)
              and not lexicon().country(m.key)]
    first = {}
    for m in places:
        first.setdefault(m.key, m)
    return list(first.values())


COREF_HOLDER = compile_pattern(r"\b(?:the\s+company['’]s|its)\b")


def certifications(ctx: DocContext) -> None:
    first = len(ctx.facts)
    sites_by_issuer: dict[str, str] = {}
    for i, s in enumerate(ctx.sentences):
        text = s.text
        if s.section == "boilerplate" or not CERT_CUE.search(text):
            continue
        if re.search(r"\b(?:inspect\w*|audit\w*)", text, re.I) and not ENFORCEMENT.search(text):
            places = _site_places(ctx, i)
            for m in ctx.orgs(i, kinds=("Regulator",)):
                if places:
                    sites_by_issuer.setdefault(m.key, places[0].key)
        standard = standard_of(text)
        earlier = None
        if not standard and THE_CERTIFICATE.match(text):
            # "... has been awarded EU GMP certification. The certificate was granted after an inspection by ...": that one
            earlier = next((j for j in (i - 1, i - 2) if j >= 0 and ctx.sentences[j].section == s.section
                            and standard_of(ctx.sentences[j].text)), None)
            standard = standard_of(ctx.sentences[earlier].text) if earlier is not None else None
        # (and an inspection's outcome as the FDA classifies it: "classified its facilities as Voluntary Action Indicated (VAI)")
        inspection = re.search(rf"\binspect\w*|\baudit\w*|\bEIR\b|483|observations|{CLOSE_OUT}|\b(?:{FDA_CLASSIFICATION})\b",
                               text, re.I) or FACILITY_APPROVED.search(text)
        if not standard and not inspection:
            continue
        if re.search(r"\bapprov\w*", text, re.I) and not standard and not inspection:
            continue
        if ENFORCEMENT.search(text) and not POSITIVE_INSPECTION.search(text):
            continue
        if TRACK_RECORD.search(text):
            continue  # "has passed numerous regulatory inspections by agencies including the FDA": a record, no certificate
        if PREQUALIFIED_PRODUCTS.search(text):
            continue  # "supplies several WHO-prequalified vaccines": products approved (see approvals), no certificate
        if not (CERT_PASS.search(text) or _outcome_next(ctx, i)) or not _clause_ok(text, allow_positive_no=True):
            continue
        if FILING.search(text) and not re.search(r"\b(?:granted|received|obtained|awarded|issued|passed|certified|confirmed)\b", text):
            continue  # "has submitted an application for GMP certification"
        regs = [r for r in _regulators(ctx, i) if not r.startswith("chmp")]  # (a committee gives opinions, not certificates)
        # (nor does the agency whose standard a certificate is compared with: "the cGMP standard enforced by the FDA")
        regs = [r for r in regs if not _sets_the_standard(ctx, i, r)]
        # "The EMA coordinates inspections ..., but the certificate itself was issued by the HPRA": the issuer named so
        issued_by = {m.key for m in ctx.by_sentence[i] if m.key in regs and ISSUED_BY.search(text, max(0, m.start - s.start - 30), m.start - s.start)}
        regs = [r for r in regs if r in issued_by] if issued_by else regs
        if not regs and i + 1 < len(ctx.sentences) and DECISION_FROM.match(ctx.sentences[i + 1].text):
            # "... informed the company that its status of non-compliance will be withdrawn. The decision came from the
            # Government of Upper Bavaria (Regierung von Oberbayern)": the authority the next sentence names
            regs = [m.key for m in ctx.orgs(i + 1, kinds=("Regulator",))][:1]
        if not regs:
            continue
        start = s.start + _dateline_span(text)
        # (not the group the holder belongs to: "WuXi Vaccines, the CDMO subsidiary of WuXi Biologics, received ...")
        companies = [m for m in ctx.orgs(i, start=start) if not ctx.is_parent_in_apposition(i, m)] or ctx.orgs(i, start=start)
        # (nor a company's name that starts a place's: "US FDA Closes Biocon Park Inspection")
        companies = [m for m in companies if not SITE_NAMED_AFTER.match(ctx.doc.text, m.end)]
        # ("Vaccine co-developed with the International Vaccine Institute becomes the company's fourth ...": a partner)
        partners = [m for m in companies if re.search(r"\b(?:with|together\s+with|and)\s+(?:the\s+)?$", text[max(0, m.start - s.start - 20): m.start - s.start])
                    and re.search(r"\b(?:co-develop\w*|develop\w*|partner\w*|collaborat\w*)\s+(?:\w+\s+){0,2}$", text[max(0, m.start - s.start - 40): m.start - s.start])]
        if partners and COREF_HOLDER.search(text):
            companies = [m for m in companies if m not in partners]
        verb = re.search(r"\b(?:received|receives|obtained|obtains|secured|passed|has\s+been\s+(?:granted|awarded|issued|certified)|was\s+(?:granted|awarded|certified)|won|earned)\b", text)
        before_verb = [m for m in companies if verb and m.end - s.start <= verb.start()]
        of_m = re.search(r"\b(?:inspection|audit|certification|certificate)\s+(?:\w+\s+)?(?:of|at|for)\s+(?:the\s+)?(?:[\w\-]+\s+){0,5}?(?:of|at)\s+", text)
        owner_after = [m for m in companies if of_m and m.start - s.start == of_m.end()]
        possessive = [m for m in companies if re.match(r"['’]s\s+(?:[\w\-]+\s+){0,3}(?:facilit|plant|site|unit|campus|factory)", text[m.end - s.start:], re.I)]
        # ("ANVISA has granted a Certificate of GMP to its subsidiary Sinovac Life Sciences")
        subsidiary = [m for m in companies if SUBSIDIARY_BEFORE.search(text, max(0, m.start - s.start - 50), m.start - s.start)]
        if owner_after:
            holder = owner_after[0].key  # "an inspection of Unit-2 of Shilpa Pharma Lifesciences"
        elif subsidiary:
            holder = subsidiary[0].key
        elif possessive and not before_verb:
            holder = possessive[0].key   # "SPLL's Unit-1 ... was inspected"
        elif before_verb:
            holder = before_verb[-1].key
        else:
            holder = companies[0].key if companies else ctx.coref_company(i) or (ctx.main if s.section in ("heading", "body") else None)
        if holder is None:
            continue
        sites = _site_places(ctx, i) or (_site_places(ctx, earlier) if earlier is not None else [])
        site = sites[0].key if sites else None
        for rid in regs:
            for std in standards_of(text) or [standard if earlier is not None else None]:
                ctx.add_fact("certification", i, {"holder": ctx.org_ref(holder), "issuer": f"Regulator|{rid}",
                                                  "site": f"Place|{site}" if site else None},
                             {"standard": std or ("GMP" if inspection and re.search(r"manufactur|plant|facilit|site", text, re.I) else None),
                              "date": fact_date(ctx, i)}, confidence=0.85 if s.section != "heading" else 0.6)
    # a headline's loose holder ("Shilpa Medicare's Raichur unit clears FDA inspection") gives way to the body's
    # precise one for the same issuer ("an inspection of Unit-2 of Shilpa Pharma Lifesciences, its subsidiary")
    body = {(f.role("issuer"), f.role("holder")) for f in ctx.facts[first:] if f.kind == "certification" and f.confidence > 0.6}
    issuers = {i for i, _h in body}
    ctx.facts[first:] = [f for f in ctx.facts[first:] if not (
        f.kind == "certification" and f.confidence <= 0.6 and f.role("issuer") in issuers and (f.role("issuer"), f.role("holder")) not in body)]
    # "a Certificate of GMP Compliance ... by the HPRA" in a release whose headline says "EU GMP Certificate ... HPRA": that one
    specific = {(f.role("holder"), f.role("issuer")): f.value("standard") for f in ctx.facts[first:]
                if f.kind == "certification" and f.value("standard") in ("EU GMP", "PIC/S GMP", "cGMP")}
    for n in range(first, len(ctx.facts)):
        fact = ctx.facts[n]
        better = specific.get((fact.role("holder"), fact.role("issuer")))
        if fact.kind == "certification" and fact.value("standard") == "GMP" and better:
            ctx.facts[n] = fact.with_value("standard", better)
    # "The GMP inspection, conducted by ANMAT, focused on the facility in Suzhou": the site of that certificate
    for n in range(first, len(ctx.facts)):
        fact = ctx.facts[n]
        issuer = str(fact.role("issuer", "")).split("|", 1)[-1]
        if fact.kind == "certification" and fact.role("site") is None and issuer in sites_by_issuer:
            ctx.facts[n] = fact.with_role("site", f"Place|{sites_by_issuer[issuer]}")


#: a sentence that gives the outcome of the inspections the one before it named ("Both inspections closed successfully.")
OUTCOME_NEXT = compile_pattern(r"^(?:Both|All|The|These|Each\s+of\s+the|Each)\s+(?:[\w\-]+\s+){0,3}?(?:inspections?|audits?)\b[^.;]{0,60}?"
                               r"\b(?:successfully|successful|(?:zero|no|nil)\s+(?:\w+\s+){0,2}observations?|without\s+(?:any\s+)?(?:\w+\s+)?observations?|"
                               r"No\s+Action\s+Indicated|NAI)\b", re.I)


def _outcome_next(ctx: DocContext, i: int) -> bool:
    """Whether the sentence after ``i`` says the inspections ``i`` named were passed."""
    nxt = ctx.sentences[i + 1] if i + 1 < len(ctx.sentences) else None
    return bool(nxt and nxt.section == ctx.sentences[i].section and re.search(r"\binspect\w*|\baudit\w*", ctx.sentences[i].text, re.I)
                and OUTCOME_NEXT.match(nxt.text) and not NEGATION.search(nxt.text))


PREQUALIFIED_PRODUCTS = compile_pattern(r"\bprequalified\s+(?:[\w\-]+\s+){0,2}?(?:vaccines?|products?|medicines?|drugs?|diagnostics?)\b", re.I)
TRACK_RECORD = compile_pattern(r"\b(?:numerous|multiple|several|many|more\s+than\s+\d+|over\s+\d+|\d+\s+successful)\s+(?:[\w\-]+\s+)?(?:inspections|audits)\b", re.I)
REVIEWED_BY = compile_pattern(r"\b(?:review|opinion|recommendation|assessment|evaluation|advice)\b[^.;]{0,100}?\bby\s+(?:the\s+)?"
                         r"(?:[\w\-()]+\s+){0,10}$", re.I)


FILING_CLAUSE_BREAK = compile_pattern(r";\s+|,\s+(?:and|while|whereas|but)\s+")
FOLLOWED = compile_pattern(r"\b(?:followed(?:\s+suit)?|did\s+(?:the\s+)?same|to\s+do\s+so|did\s+so|has\s+also\s+done\s+so)\b")


def _decision_kind(text: str) -> str:
    """What a sentence's decision is: the first of KINDS it names, else a marketing authorisation."""
    return next((label for pattern, label in KINDS if pattern.search(text)), "marketing authorisation")


RECEIVED = compile_pattern(r"(?:,?\s*\([^()]{0,40}\))?,?\s+(?:has\s+|have\s+|had\s+)?(?:received|obtained|secured|was\s+granted|has\s+been\s+granted)\b")


PRIOR_THERAPY = compile_pattern(r"\b(?:(?:have|has|had)\s+failed|prior\s+(?:\w+\s+){0,2}(?:therap|treatment|regimen|line)\w*|previously\s+(?:received|treated)|"
                                r"progress\w*\s+(?:on|after)|refractory\s+to|intolerant\s+(?:of|to))\b[^.;:()]*$")


def approvals(ctx: DocContext) -> None:
    first = len(ctx.facts)
    inferred: set[int] = set()  # the ids of facts whose regulator was guessed from a country
    last_product: str | None = None
    last_subject: str | None = None
    last_approval: tuple[int, list[str], str] | None = None  # sentence, products, kind of the last approval stated
    for i, s in enumerate(ctx.sentences):
        text = s.text
        # ("Besides HANSIZHUANG, its marketed products include HANQUYOU, which is approved ...": not the one set aside)
        products = [m for m in ctx.of_kind(i, "Product") if not SET_ASIDE.search(text, 0, m.start - s.start)]
        # ("approved retifanlimab, in combination with carboplatin and paclitaxel": the partners are not approved here)
        # (nor an INN that names the kind of another product: "the infliximab biosimilar Remsima")
        # (nor a reference product, "Ankada® (Bevacizumab Injection), the First Bevacizumab Biosimilar": Avastin's INN, nor
        # the kind of a product named before it: "HLX01, a rituximab biosimilar of Henlius")
        alone = [m for m in products if not COMBINED_WITH.search(text[max(0, m.start - s.start - 90): m.start - s.start])
                 # (nor the treatments patients had before: "who have failed at least two prior systemic therapies, including
                 # fluoropyrimidine, oxaliplatin and irinotecan")
                 and not PRIOR_THERAPY.search(text, max(0, m.start - s.start - 120), m.start - s.start)
                 and not _names_a_class(s, m) and not (m.key.islower() and re.match(r"\s+[Bb]iosimilar\s+[A-Z]", text[m.end - s.start:]))
                 and not (m.text.islower() and re.match(r"\s+biosimilar\b", text[m.end - s.start:])
                          and (re.search(r"[A-Za-z\d\-]+(?:\s*\([^()]*\))?,\s+(?:a|an|the)\s+$", text[: m.start - s.start])
                               # ("approved Nesbell, the first marketing authorization for a darbepoetin alfa biosimilar")
                               or any(not o.text.islower() and o.key != m.key for o in products)))
                 and not (ctx.product_attrs(f"Product|{m.key}").get("is_reference") and len({p.key for p in products}) > 1)]
        # ("In India it is approved ... in combination with gemcitabine and cisplatin": partners only)
        partners_only = bool(products) and not alone and all(
            PARTNER_WORD.search(text, max(0, m.start - s.start - 90), m.start - s.start) for m in products)
        products = alone if alone else products
        # ("approved XPHOZAH (tenapanor) tablets": the generic name in the brands' brackets is the same decision)
        products = [m for m in products if not any(
            o.end <= m.start and re.fullmatch(r"(?:®|™)?\s*\(", ctx.doc.text[o.end: m.start]) for o in products)]
        # ("approval of ZYMFENTRA (infliximab-dyyb), the First and Only Subcutaneous Infliximab": the molecule the brand
        # is, named again, is no second product approved)
        if any(not m.key.islower() for m in products):
            products = [m for m in products if not (m.key.islower() and any(
                (ctx.product_attrs(f"Product|{o.key}").get("inn") or "").lower().startswith(m.key) for o in products if o is not m))]
        # (never a class: "join a growing group of denosumab biosimilars cleared by the FDA")
        products = [m for m in products if not _names_a_class(s, m)]
        # ("X joins a small group of CAR-T therapies approved in China, alongside A from Fosun Kite, B from JW
        # Therapeutics ...": the others are competitors, named for comparison)
        if products and (cut := ALONGSIDE.search(text, products[0].end - s.start)):
            products = [m for m in products if m.start - s.start < cut.start()] or products
        if products and not partners_only:  # (the partners of a combination are not what "the antibody" refers to next)
            last_product = products[-1].key
            # ("Portola's lead product, Andexxa (...), reverses the effect of rivaroxaban and apixaban. It was granted
            # accelerated approval ...": a sentence's "It" is the one the sentence before was about, named first)
            last_subject = products[0].key
        if s.section in ("boilerplate",):
            continue
        if not APPROVAL_CUE.search(text):
            # "Ghana's FDA was the first to do so, and Nigeria's NAFDAC followed": the approval just stated, again
            if last_approval and i - last_approval[0] <= 2 and FOLLOWED.search(text) and not products and _clause_ok(text):
                _, keys, kind = last_approval
                for m in ctx.orgs(i, kinds=("Regulator",)):
                    for pk in keys:
                        ctx.add_fact("approval", i, {"product": f"Product|{pk}", "regulator": f"Regulator|{m.key}", "sponsor": None},
                                     {"kind": kind, "date": fact_date(ctx, i)}, confidence=0.6)
            continue
        if re.search(r"\b(?:GMP|cGMP|certificat\w*|inspection)\b", text) and not re.search(r"\b(?:marketing|clinical|designation|emergency)\b", text, re.I):
            continue
        cue = APPROVAL_CUE.search(text)
        if REFERENCE_SUBJECT.search(clause_before(text, cue.start())):
            continue  # "The reference medicine, marketed by X, is approved in ... , and BAT2506 is being developed"
        if FACILITY_APPROVED.search(text):
            continue  # the plants were approved: a certification, not a product decision
        clause = text
        if _filing_only(clause):
            # "X received NMPA approval for Y, and applications for A and B have been accepted for review": the clause
            # that tells a decision, with its own products
            decided = [(a, b) for a, b in split_spans(text, FILING_CLAUSE_BREAK)
                       if APPROVAL_CUE.search(text[a:b]) and not _filing_only(text[a:b]) and _clause_ok(text[a:b])
                       and any(a <= m.start - s.start < b for m in ctx.orgs(i, kinds=("Regulator",)))]
            if not decided or not products:
                continue
            products = [m for m in products if any(a <= m.start - s.start < b for a, b in decided)]
            if not products:
                continue
        lead = clause_before(text, cue.start()) + text[cue.start(): cue.end() + 25]
        if not _clause_ok(lead) or re.search(r"\b(?:if|whether|unless)\b", clause_before(text, cue.start())) or APPROVAL_CONDITION.search(text):
            continue  # (" ... worth US$1.00 if the FDA approves OTL-200": a condition, not a decision)
        # "The decision followed a review by the PMDA", "... the positive opinion adopted by the CHMP of the EMA":
        # the agency that reviewed is not the one that decided
        reviewers = {m.key for m in ctx.orgs(i, kinds=("Regulator",)) if re.search(r"\b(?:follow\w*|after)\b", text) and REVIEWED_BY.search(
            text[max(0, m.start - s.start - 140): m.start - s.start])}
        named = ctx.orgs(i, kinds=("Regulator",))
        # ("the Center for Drug Evaluation (CDE) of the NMPA and the U.S. FDA": the agency a centre belongs to decides)
        units = {a.key for a, b in zip(named, named[1:]) if UNIT_OF_AGENCY.fullmatch(ctx.doc.text, a.end, b.start)}
        regs = [m.key for m in named if m.key not in reviewers and m.key not in units and not _sent_to(s, m)]
        if reviewers and not regs:
            continue
        by_country = False
        if not regs and cue.group().lower().startswith("licen"):
            continue  # ("licensed in India by Cipla": a company's licence, not a regulator's)
        if not regs:
            regs = [rid for _m, rid in country_regulators(ctx, i)]
            by_country = True
        regs = [r for r in regs if not r.startswith("chmp")]
        if not regs and THE_REGULATOR.match(text) and (prev_reg := _last_regulator(ctx, i)) and not prev_reg.startswith("chmp"):
            regs, by_country = [prev_reg], False  # "The agency approved the bevacizumab biosimilar Bevqolva in December 2024"
        if not regs:
            if PRODUCT_COREF.search(text) and last_product and not products:
                # "Several African regulators had already authorised the vaccine": the next sentence may name them
                last_approval = (i, [ctx.main_product() or last_product], _decision_kind(text))
            continue
        about = s.section[6:] if s.section.startswith("about:") else None
        if not products and about and any(m.key == about for m in ctx.found.mentions if m.kind == "Product"):
            product_keys = [about]
        elif not products and PRODUCT_COREF.search(text) and last_product:
            product_keys = [last_subject if re.match(r"It\b", text) and last_subject else last_product]
        elif not products and (listed := ctx.listed_products(i)):
            product_keys = listed  # "... received marketing approval from the MHLW for three biosimilars" and a list
        elif not products and last_approval and i - last_approval[0] <= 2:
            product_keys = list(last_approval[1])  # "Earlier, Indonesia's BPOM granted emergency use authorization"
        elif not products and " | " in text and not by_country and ctx.main_product():
            product_keys = [ctx.main_product()]  # a table of the product's status: "U.S. FDA | Approved on 22 November 2022"
        elif not products and i and s.section == "body" and not by_country and DECIDED.search(text) and _clause_ok(text) \
                and len(prev := {m.key for m in ctx.of_kind(i - 1, "Product")}) == 1:
            product_keys = list(prev)  # "Nuvaxovid is authorised in many markets. The European Commission granted ..."
        else:
            product_keys = [m.key for m in products]
        if not product_keys:
            continue
        kind = _decision_kind(text)
        before = ctx.orgs(i, end=s.start + cue.start())
        # "Alvotech announced that its partner, Fuji Pharma Co., Ltd. ("Fuji Pharma"), has received approval": the
        # company that received it, else the first named
        receiver = next((m for m in reversed(before) if RECEIVED.match(text, m.end - s.start)), None)
        sponsor = (receiver or before[0]).key if before else ctx.coref_company(i)
        last_approval = (i, product_keys, kind)
        decisions = ([] if by_country else _clause_decisions(ctx, i, regs)) or [(regs[:2], kind, fact_date(ctx, i))]
        # "The regulator also granted emergency use authorization to CoronaVac, ... after Brazil's ANVISA": the agency
        # named before decides too
        if THE_REGULATOR.match(text) and (prev := _last_regulator(ctx, i)) and prev not in regs:
            decisions = [([prev], kind, fact_date(ctx, i)), *decisions]
        own_dates = _own_dates(ctx, i, products) if len(decisions) == 1 and len(products) > 1 else {}
        for pk in product_keys:
            for rids, kind_, date in decisions:
                for rid in rids:
                    ctx.add_fact("approval", i, {"product": f"Product|{pk}", "regulator": f"Regulator|{rid}",
                                                 "sponsor": ctx.org_ref(sponsor) if sponsor else None},
                                 {"kind": kind_, "date": own_dates.get(pk) or date}, confidence=0.6 if by_country else 0.8)
                    if by_country:
                        inferred.add(id(ctx.facts[-1]))
    _approval_tables(ctx)
    # "approved in the European Union" (a headline) guessed the EMA; the body names the European Commission:
    # a regulator guessed from a country gives way to one the text names for the same product and country
    # (only the guessed facts give way: "the NMPA has granted ..." stays though a later sentence's "in China" guessed it too)
    named = {(f.role("product"), _country_of(f.role("regulator"))) for f in ctx.facts[first:]
             if f.kind == "approval" and id(f) not in inferred}
    ctx.facts[first:] = [f for f in ctx.facts[first:] if not (
        f.kind == "approval" and id(f) in inferred and (f.role("product"), _country_of(f.role("regulator"))) in named)]


#: a table column of one regulator's decisions: "Health Canada approval", "FDA approved", "EU authorisation"
DECISION_COLUMN = compile_pattern(r"(?i)\b(?:approv\w*|authori[sz]\w*|registration|registered|clearance|cleared|licen[cs]e)\b")
NO_DECISION_CELL = compile_pattern(r"(?i)\b(?:pending|under\s+review|filed|submitted|expected|planned|not\s+(?:yet\s+)?(?:approved|submitted|filed))\b|^[\s\-–—/]*$|^n/?a$")


def _approval_tables(ctx: DocContext) -> None:
    """A table of products with a column of one regulator's decisions ("Biosimilar | Reference product | Health Canada
    approval", then "BRENZYS | Enbrel (etanercept) | August 2016"): each product with a date there approved by it."""
    have = {(f.role("product"), f.role("regulator")) for f in ctx.facts if f.kind == "approval"}
    for j, s in enumerate(ctx.sentences):
        if " | " not in s.text or s.section == "boilerplate":
            continue
        head = [c.strip() for c in s.text.split(" | ")]
        pcol = product_column(head)
        if pcol is None or (ctx.table_header(j + 1) or (None,))[0] != j:
            continue
        regs = ctx.orgs(j, kinds=("Regulator",))
        col = next((n for n, c in enumerate(head) if DECISION_COLUMN.search(c)), None)
        if len(regs) != 1 or col is None or not head[col].startswith(regs[0].text) and regs[0].text not in head[col]:
            continue
        rid = regs[0].key
        for k, cells in ctx.table_rows(j):
            if NO_DECISION_CELL.search(cells[col].strip()):
                continue
            product = next((m.key for m in ctx.cell_products(k, cells, pcol)), None)
            if product is None or (f"Product|{product}", f"Regulator|{rid}") in have:
                continue
            have.add((f"Product|{product}", f"Regulator|{rid}"))
            ctx.add_fact("approval", k, {"product": f"Product|{product}", "regulator": f"Regulator|{rid}", "sponsor": None},
                         {"kind": "marketing authorisation", "date": _stated_date(cells[col]) or None}, confidence=0.7)


def _own_dates(ctx: DocContext, i: int, products: list) -> dict[str, str]:
    """Each product's own date where a list gives one each: "approved Bevqolva in December 2024, Zefylti in May 2025 and
    Dyrupeg in June 2025"."""
    s = ctx.sentences[i]
    marks = sorted(products, key=lambda m: m.start)
    out = {}
    for n, m in enumerate(marks):
        upto = marks[n + 1].start if n + 1 < len(marks) else s.end
        date = _stated_date(s.text[m.end - s.start: upto - s.start])
        if date:
            out.setdefault(m.key, date)
    return out if len(set(out.values())) > 1 else {}


SITE_NAMED_AFTER = compile_pattern(r"\s+(?:Park|Campus|Tower|Plaza|Estate)\b")
#: (after a time: "In February the agency approved RELEUKO", "Earlier this year, the regulator cleared ...")
THE_REGULATOR = compile_pattern(r"(?:(?:In|On|By|Earlier|Later|Last)\b[^,;]{0,30}?,?\s+(?=the\s))?(?:[Tt]he|This|That)\s+"
                                r"(?:(?:[A-Z][a-z]+|national|federal|health|medicines?|drug)\s+){0,2}(?:regulator|agency|authority|watchdog)\b")


def _last_regulator(ctx: DocContext, i: int) -> str | None:
    """The regulator named last before sentence ``i`` (within the five sentences before it)."""
    for j in range(i - 1, max(-1, i - 6), -1):
        named = ctx.orgs(j, kinds=("Regulator",))
        if named:
            return named[-1].key
    return None


# a filing's sentence that also states a decision ("submitted in May and approved in June"; not "is not yet authorized")
DECIDED_NOT_NEGATED = compile_pattern(r"(?<!\bnot\s)(?<!\bnot\syet\s)(?<!\bnot\sbeen\s)(?<!\bnot\syet\sbeen\s)(?<!\bno\s)(?<!\byet\s)"
                                      r"\b(?:approved|granted|cleared|authori[sz]ed)\b", re.I)


def _filing_only(text: str) -> bool:
    """Whether a text tells a filing and no decision ("submitted in May", but not "submitted in May and approved in June")."""
    return bool(FILING.search(text)) and not DECIDED_NOT_NEGATED.search(text)


PARTNER_WORD = compile_pattern(r"\b(?:combination|combined|plus|added|adding|on\s+top)\b")
COMBINED_WITH = compile_pattern(r"\b(?:in\s+combination\s+with|combined\s+with|plus|added\s+to|adding\s+[\w\-®™]+\s+to|on\s+top\s+of|metabolite\s+of|"
                                # (or a therapy the patients had before: "whose disease has progressed after crizotinib")
                                r"progressed\s+(?:on|after|following)|intolerant\s+(?:to|of)|refractory\s+to|(?:previously\s+)?treated\s+with|treatment\s+with|"
                                r"(?:used|given|administered|for\s+use)\s+(?:together\s+)?with|in\s+conjunction\s+with|linked\s+to|conjugated\s+(?:to|with))\s+(?:(?:the|a|an)\s+)?"
                                r"(?:[\w\-®™]+(?:\s+[\w\-®™]+){0,2}(?:,\s+|,?\s+and\s+|\s+or\s+))*(?:[\w\-®™]+\s+){0,2}$")
REFERENCE_SUBJECT = compile_pattern(r"\b[Tt]he\s+(?:reference|originator|innovator|originator's)\s+(?:medicine|product|drug|biologic|brand|molecule)\b")
DECIDED = compile_pattern(r"\b(?:granted|approved|authori[sz]ed|cleared|registered|listed)\b")
# ("... authorisation from the European Commission on December 20, 2021 and an Emergency Use Listing from the WHO ...")
SEMICOLON = compile_pattern(r";\s+(?:and\s+)?|,?\s+and\s+(?=(?:an?|the)\s)")


def _clause_decisions(ctx: DocContext, i: int, regs: list[str]) -> list[tuple[list[str], str, str | None]]:
    """ "The European Commission granted conditional marketing authorisation on December 20, 2021; the WHO granted
    Emergency Use Listing on December 17, 2021; and ...": each regulator's decision, kind and date in its own clause
    (none where the sentence is one clause)."""
    s = ctx.sentences[i]
    spans = split_spans(s.text, SEMICOLON)
    if len(spans) < 2:
        return []
    mentions = [m for m in ctx.orgs(i, kinds=("Regulator",)) if m.key in regs]
    out = []
    for a, b in spans:
        clause = s.text[a:b]
        rids = list(dict.fromkeys(m.key for m in mentions if a <= m.start - s.start < b))
        if not rids or not APPROVAL_CUE.search(clause) or not _clause_ok(clause) or _filing_only(clause):
            continue
        out.append((rids[:2], _decision_kind(clause), _stated_date(clause) or fact_date(ctx, i)))
    return out if len(out) > 1 else []


def _country_of(regulator_ref: str) -> str | None:
    row = lexicon().regulator_by_id(str(regulator_ref).split("|", 1)[-1])
    return row["country_code"] if row else None
