"""The default extractor: hand-written rules over mentions, deterministic and offline."""

from __future__ import annotations

from pharmagraph.extract import fast_re as re
from pharmagraph.extract import rules_deals, rules_profile, rules_regulatory
from pharmagraph.extract.context import DocContext, prepare
from pharmagraph.extract.mentions import abbreviates_word
from pharmagraph.extract.merge import merge_facts
from pharmagraph.extract.rules_regulatory import COMBINED_WITH
from pharmagraph.model import Document, Extraction, Fact

#: a company named as the partner a product is made with, not its developer ("together with Astellas")
PARTNERED_WITH = re.compile(r"\b(?:with|alongside)\s+(?:its\s+|their\s+)?(?:partners?\s+|the\s+)?$")


def _pair(fact: Fact) -> frozenset[str]:
    refs = {"licensing": ("licensor", "licensee"), "service": ("provider", "client")}.get(fact.kind)
    values = [fact.role(r) for r in refs] if refs else list(fact.role("party") or ())
    return frozenset(str(v).split("|", 1)[-1] for v in values if v)


#: research-code prefixes that big companies give their own compounds
CODE_OWNERS = {"AZD": "AstraZeneca", "MEDI": "AstraZeneca", "MK": "Merck", "PF": "Pfizer", "LY": "Lilly", "JNJ": "Johnson & Johnson",
               "BMS": "Bristol Myers Squibb", "ABBV": "AbbVie", "RG": "Roche", "RO": "Roche", "DS": "Daiichi Sankyo", "TAK": "Takeda",
               "SAR": "Sanofi", "BAY": "Bayer", "REGN": "Regeneron", "AMG": "Amgen", "VX": "Vertex", "GSK": "GSK", "BNT": "BioNTech",
               "BIIB": "Biogen", "INCB": "Incyte", "BGB": "BeiGene", "IBI": "Innovent", "SHR": "Hengrui", "HLX": "Henlius", "ONO": "Ono",
               "NNC": "Novo Nordisk", "BI": "Boehringer Ingelheim", "GS": "Gilead", "JS": "Junshi"}
CODE_PREFIX = re.compile(rf"({'|'.join(sorted(CODE_OWNERS, key=len, reverse=True))})-?\d{{3,}}[A-Za-z]?$")
# the company written right after a product ("X (inn) from Ipsen", "X, developed by Celgene"), also past an apposition
# ("INAVAC, the COVID-19 Vaccine Developed by Universitas Airlangga and Produced by Biotis")
PRODUCT_FROM = re.compile(r"(?:®|™)?(?:\s*\([^()]{1,60}\))?(?:,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,5}?(?=(?i:developed|discovered)\s))?"
                          r"(?:(?:,?\s+|(?<=\s))(?i:developed|discovered|invented|originated)\s+by|\s+from)\s+(?:the\s+)?")
SUBSIDIARY_OF = re.compile(r"(?:\s*\([^()]*\))?,\s+(?:a|an|the|its)\s+(?:[\w\-]+\s+){0,3}?(?:subsidiary|affiliate|unit|division|arm)\s+of\s+(?:the\s+)?$")


def _subsidiary_pairs(ctx: DocContext) -> set[frozenset[str]]:
    """Pairs of companies the text calls parent and subsidiary ("X, a subsidiary of Y")."""
    pairs = set()
    text = ctx.doc.text
    for sent in ctx.by_sentence:
        orgs = [m for m in sent if m.kind == "Company"]
        for a, b in zip(orgs, orgs[1:]):
            if a.key != b.key and b.start - a.end < 120 and SUBSIDIARY_OF.fullmatch(text, a.end, b.start):
                pairs.add(frozenset((ctx.org_ref(a.key), ctx.org_ref(b.key))))
    return pairs


def extract_with_rules(doc: Document) -> Extraction:
    """Facts and entity descriptions stated by ``doc``."""
    ctx = prepare(doc)
    for key, names in ctx.found.org_names.items():
        for name in sorted(names):
            ctx.note_entity(f"{ctx.kind_of(key)}|{key}", name)
    for m in ctx.found.mentions:
        if m.kind in ("Company", "Regulator"):
            ctx.note_entity(f"{m.kind}|{m.key}", m.text)
    rules_profile.roles(ctx)
    rules_profile.products(ctx)
    rules_regulatory.certifications(ctx)
    rules_regulatory.approvals(ctx)
    rules_deals.licensing(ctx)
    rules_deals.services(ctx)
    rules_deals.acquisitions(ctx)
    # the buyer and the company it buys are not client and provider in the same release ("Forge's manufacturing
    # expertise will be a transformative addition," said the buyer's manager)
    # (each with its deal's year: a licence the text dates years before the deal stays one, "In 2019 Taiho granted Cullinan
    # Pearl an exclusive licence")
    deal_years = {frozenset((f.role("acquirer"), f.role("target"))): str(f.value("date") or "")[:4] for f in ctx.facts if f.kind == "acquisition"}
    bought_pairs = set(deal_years)

    def earlier(f) -> bool:
        year = rules_deals.IN_YEAR.search(f.evidence.sentence) if f.evidence else None
        deal = deal_years.get(frozenset((f.role("licensor"), f.role("licensee"))), "")
        return bool(year and deal and year.group(1) < deal)

    def licensed_to_buyer(f) -> bool:
        # "At the same time, PCT licensed its process technology to Hitachi Chemical for use in Japan": a licence the
        # company sold grants its buyer in words of its own, beside the sale
        return bool(f.evidence and re.search(r"\blicen[cs]ed\s+(?:its\s+|the\s+)?[^.;]{0,80}?\bto\s+", f.evidence.sentence)
                    and not re.search(r"\b(?:acqui\w+|purchase\w*|sale|sells?|sold|buy\w*|bought)\b", f.evidence.sentence))

    # ... nor licensor and licensee ("The deal brings Genmab worldwide rights to ProfoundBio's portfolio": bought)
    # ... nor a company and one of its own group ("WuXi Vaccines, the CDMO subsidiary of WuXi Biologics", "Legend
    # Biotech, a subsidiary of GenScript")
    group_pairs = _subsidiary_pairs(ctx)
    ctx.facts[:] = [f for f in ctx.facts if not (f.kind == "service" and (frozenset((f.role("provider"), f.role("client"))) in bought_pairs
                                                                          or rules_deals.same_group(f.role("provider"), f.role("client"))
                                                                          or frozenset((f.role("provider"), f.role("client"))) in group_pairs)
                                                 or f.kind == "licensing" and frozenset((f.role("licensor"), f.role("licensee"))) in bought_pairs
                                                 and not earlier(f) and not licensed_to_buyer(f))]
    service_pairs = {frozenset((f.role("provider").split("|", 1)[1], f.role("client").split("|", 1)[1]))
                     for f in ctx.facts if f.kind == "service"}
    # parties to an acquisition are not also "collaborating" in the same release
    acquired = {frozenset((f.role("acquirer").split("|", 1)[1], f.role("target").split("|", 1)[1]))
                for f in ctx.facts if f.kind == "acquisition"}
    # ... nor are buyers of one company together ("looked forward to working alongside Patient Square and Veritas")
    buyers: dict[str, set[str]] = {}
    for f in ctx.facts:
        if f.kind == "acquisition":
            buyers.setdefault(f.role("target"), set()).add(f.role("acquirer").split("|", 1)[1])
    acquired |= {frozenset((a, b)) for group in buyers.values() for a in group for b in group if a != b}
    # "the ideal partner" in a licensing release is the licensee, not a new collaboration
    service_pairs |= {frozenset((f.role("licensor").split("|", 1)[1], f.role("licensee").split("|", 1)[1]))
                      for f in ctx.facts if f.kind == "licensing" and f.role("licensor") and f.role("licensee")}
    rules_deals.collaborations(ctx, service_pairs, acquired)
    rules_deals.codevelopers(ctx, acquired)
    rules_deals.commercial_partners(ctx, acquired)
    rules_profile.facilities(ctx)
    _site_operators_hold(ctx)
    rules_profile.companies(ctx)
    # products take their developer from licences, then approvals, when the text names none
    for kind, role in (("approval", "sponsor"), ("licensing", "licensor"), ("service", "client")):
        for fact in ctx.facts:
            product, owner = fact.role("product"), fact.role(role)
            if fact.kind == kind and product and owner and fact.evidence:
                ctx.note_developer(product, owner, ctx.sentence_at(fact.evidence.start), 1)
    # "Somatuline Depot (lanreotide) from Ipsen", "ZEPOSIA, developed by Celgene": the company written right after it
    for i, sent in enumerate(ctx.by_sentence):
        if ctx.sentences[i].section == "boilerplate":
            continue
        for m in sent:
            if m.kind == "Product" and (after := PRODUCT_FROM.match(ctx.doc.text, m.end)):
                maker = next((o for o in ctx.orgs(i) if o.start == after.end()), None)
                if maker and ctx.kind_of(maker.key) == "Company":
                    ctx.note_developer(f"Product|{m.key}", ctx.org_ref(maker.key), i, 2)
    # a research code with a company's own prefix ("AZD6234", "MK-2870", "BNT327"), that company, when the text names it
    for key in {m.key for m in ctx.found.mentions if m.kind == "Product"}:
        ref = f"Product|{key}"
        if ctx.product_attrs(ref).get("developer_strength", 0) >= 3 or not (code := CODE_PREFIX.match(key)):
            continue
        owner, how = ctx.org_match(CODE_OWNERS[code.group(1)])
        if owner and how == "exact" and ctx.kind_of(owner) == "Company":
            ctx.note_developer(ref, ctx.org_ref(owner), None, 3)
    # last resort: the company named beside the product where it is first mentioned
    from pharmagraph.extract.rules_deals import _provider_types

    providers = set(_provider_types(ctx))
    first_seen: dict[str, int] = {}
    for i, sent in enumerate(ctx.by_sentence):
        for m in sent:
            if m.kind == "Product":
                first_seen.setdefault(m.key, i)
    for key, i in first_seen.items():
        ref = f"Product|{key}"
        if ctx.product_attrs(ref).get("developer"):
            continue
        # a product named after its maker ("Pfizer-BioNTech COVID-19 Vaccine", "Moderna COVID-19 Vaccine"): that maker's
        maker = next((k for k, names in sorted(ctx.found.org_names.items()) if ctx.kind_of(k) == "Company"
                      and any(key.startswith((f"{n} ", f"{n}-")) for n in names if len(n) >= 3)), None)
        if maker:
            ctx.note_developer(ref, ctx.org_ref(maker), i, 2)
            continue
        if ctx.sentences[i].section == "boilerplate":
            continue
        sent = ctx.sentences[i]
        at = next((m.start for m in ctx.by_sentence[i] if m.kind == "Product" and m.key == key), None)
        if at is not None and COMBINED_WITH.search(ctx.doc.text, max(sent.start, at - 80), at):
            continue  # ("APHEXDA, used together with filgrastim, ...": a medicine given with the product, not the company's)
        # (not a partner the product is made "together with": "Padcev ... is developed and commercialised together with Astellas")
        # (nor the group a partner belongs to: "a collaboration with Genentech, a member of the Roche Group, to develop X")
        # (nor the maker named after another product: "X joins ..., alongside Y from Kite and Z from Juno Therapeutics")
        makers_of_others = {o.key for p in ctx.by_sentence[i] if p.kind == "Product" and p.key != key
                            and (after := PRODUCT_FROM.match(ctx.doc.text, p.end)) for o in ctx.orgs(i) if o.start == after.end()}
        companies = [m.key for m in ctx.orgs(i) if m.key not in providers and m.key not in makers_of_others
                     and not PARTNERED_WITH.search(sent.text, 0, m.start - sent.start) and not ctx.is_parent_in_apposition(i, m)]
        # one company there, or several led by the one the release is about ("Vertex and CRISPR Therapeutics
        # announced ... CASGEVY"): that one
        if len(set(companies)) == 1 or (companies and companies[0] == ctx.main):
            ctx.note_developer(ref, ctx.org_ref(companies[0]), i, 1)
    # a research code in a run of sentences about one company's pipeline, none named beside it ("Rina-S is ProfoundBio's
    # lead candidate ... PRO1160, an ADC directed against CD70, is in a Phase 1/2 trial"): that company's
    for key, i in sorted(first_seen.items(), key=lambda kv: kv[1]):
        ref = f"Product|{key}"
        attrs = ctx.product_attrs(ref)
        if attrs.get("developer") or not re.search(r"\d", key) or ctx.orgs(i) or ctx.sentences[i].section == "boilerplate":
            continue
        for j in range(i - 1, max(-1, i - 5), -1):
            if ctx.sentences[j].section != ctx.sentences[i].section or ctx.orgs(j) and not ctx.of_kind(j, "Product"):
                break
            devs = [a.get("developer") for p in ctx.of_kind(j, "Product") if (a := ctx.product_attrs(p.key))
                    and a.get("developer_strength", 0) >= 2]
            if devs:
                if len(set(devs)) == 1:
                    ctx.note_developer(ref, devs[0], i, 1)
                break
    _coded_after_company(ctx, first_seen)
    _takeover_products(ctx, first_seen)
    _developers_not_buyers(ctx, first_seen)
    # (once every product has what developer the text gives it: "... Form Global Collaboration on AL001 and AL101")
    rules_deals.licences_from_collaborations(ctx)
    # reference products, and the molecule a branded product is made of ("Ogivri, its biosimilar trastuzumab"),
    # are not developed by the release's companies
    references = {str(e["attrs"].get(a, "")).lower() for e in ctx.entities.values() for a in ("reference_product", "inn")}
    for ref, entry in list(ctx.entities.items()):
        dev = entry["attrs"].get("developer")
        if not ref.startswith("Product|") or not dev or ref.split("|", 1)[1].lower() in references:
            continue
        key = ref.split("|", 1)[1]
        if key.islower() and "biosimilar" in str(entry["attrs"].get("modality", "")).lower() and not re.search(r"-[a-z]{4}$", key):
            continue  # "Celltrion's biosimilars of infliximab and rituximab": the molecule copied, not a product of theirs
        at = entry["attrs"].get("developer_at")
        evidence = ctx.evidence(at) if isinstance(at, int) else None
        ctx.facts.append(Fact("development", (("product", ref), ("developer", dev)), (), evidence, 0.7))
    for m in ctx.found.mentions:
        if m.kind in ("Product", "Place"):
            ctx.note_entity(f"{m.kind}|{m.key}", m.text)
        elif m.kind == "Person":
            ctx.note_entity(f"{m.kind}|{m.key}", m.key)
    # reference products ("biosimilar to Stelara") are not the subject of the press release's facts
    refs = {r for r, e in ctx.entities.items() if e["attrs"].get("is_reference")}
    refs |= {f"Product|{e['attrs']['reference_product']}" for e in ctx.entities.values() if e["attrs"].get("reference_product")}
    ctx.facts = [f for f in ctx.facts if f.role("product") not in refs or f.kind in ("service",)]
    # the molecules a combination product is made of ("Talicia (omeprazole magnesium, amoxicillin and rifabutin)"): no products
    parts = _components(ctx)
    if parts:
        ctx.facts = [f for f in ctx.facts if f.role("product") not in parts]
    # companies of one group do not license to, serve or partner with each other in a release about them
    group = ctx.affiliates()
    if group:
        ctx.facts = [f for f in ctx.facts if not (f.kind in ("licensing", "service", "collaboration") and _pair(f) in group)]
    _one_holder_each(ctx)
    facts = merge_facts(ctx.facts, ctx.entities)
    return Extraction(doc, ctx.entities, facts)


COMPOSITION = re.compile(r"(?:®|™|\(R\)|\(TM\))?\s*\((?P<list>[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+)?(?:(?:,\s+|,?\s+and\s+|\s*/\s*)[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+)?)+)\)")


def _site_operators_hold(ctx: DocContext) -> None:
    """A certificate for a site whose sentence names no company ("The Amsterdam facilities have been inspected by the EMA")
    is held by the one company the text says runs a site in that town ("WACKER will make it at its biotech site in
    Amsterdam"), not by the company the text is about."""
    operators: dict[str, set[str]] = {}
    for f in ctx.facts:
        if f.kind == "facility" and f.role("operator") and f.role("location"):
            operators.setdefault(f.role("location"), set()).add(f.role("operator"))
    for n, f in enumerate(ctx.facts):
        site = f.role("site") if f.kind == "certification" else None
        runs = operators.get(site, ())
        if len(runs) == 1 and f.role("holder") not in runs and f.evidence and not ctx.orgs(ctx.sentence_at(f.evidence.start)):
            ctx.facts[n] = f.with_role("holder", next(iter(runs)))


def _components(ctx: DocContext) -> set[str]:
    """Products (INNs) the text first names inside the brackets after a brand that list what it is made of, two or more
    ("Talicia (omeprazole magnesium, amoxicillin and rifabutin)"; later "combines rifabutin and amoxicillin with ...")."""
    text = ctx.doc.text
    spans = []
    for sent in ctx.by_sentence:
        for m in sent:
            if m.kind == "Product" and not m.key.islower() and (c := COMPOSITION.match(text, m.end)):
                spans.append((c.start("list"), c.end("list")))
    if not spans:
        return set()
    first: dict[str, bool] = {}
    for sent in ctx.by_sentence:
        for m in sent:
            if m.kind == "Product":
                first.setdefault(f"Product|{m.key}", any(a <= m.start and m.end <= b for a, b in spans))
    return {ref for ref, inside in first.items() if inside}


def _one_holder_each(ctx: DocContext) -> None:
    """One site's certificate from one issuer on one day has one holder, and one plant one operator: where two tellings
    name two companies of a group ("Lupin's Dabhasa API Facility Receives GMP Certification", "the facility of its wholly
    owned subsidiary Lupin Manufacturing Solutions ... has been granted"; "adds to a clean U.S. FDA inspection in 2024"),
    the telling with the full date wins, then a body sentence over the headline, then the first."""
    certs = [f for f in ctx.facts if f.kind == "certification" and f.role("site") and f.role("holder") and f.evidence]
    drop = set()

    def headline(f) -> bool:
        i = ctx.sentence_at(f.evidence.start)
        return i == 0 or ctx.sentences[i].section == "heading"

    for f in certs:
        for g in certs:
            if f is g or id(g) in drop or (f.role("issuer"), f.role("site"), f.value("standard")) != (g.role("issuer"), g.role("site"), g.value("standard")) \
                    or f.role("holder") == g.role("holder"):
                continue
            a, b = str(f.value("date") or ""), str(g.value("date") or "")
            if not a or not b or not (a.startswith(b) or b.startswith(a)):
                continue
            # (f is dropped: its date is vaguer, or as precise and told in the headline or later; a headline names the
            # group, "Lupin's Dabhasa API Facility Receives GMP Certification", the body the subsidiary that holds it)
            if len(a) < len(b) or (len(a) == len(b) and (headline(f), f.evidence.start) > (headline(g), g.evidence.start)):
                drop.add(id(f))
                break
    # ... and one plant one operator: "Shilpa Medicare's Raichur API Unit-2 Clears ..." over the body's "Unit-2 of Shilpa
    # Pharma Lifesciences Limited, its wholly owned subsidiary in Raichur"
    sites = [f for f in ctx.facts if f.kind == "facility" and f.role("location") and f.role("operator") and f.value("name") and f.evidence]
    for f in sites:
        if not headline(f):
            continue
        words = set(str(f.value("name")).lower().split())
        if any(g is not f and not headline(g) and g.role("location") == f.role("location") and g.role("operator") != f.role("operator")
               and set(str(g.value("name")).lower().split()) <= words for g in sites):
            drop.add(id(f))
    if drop:
        ctx.facts = [f for f in ctx.facts if id(f) not in drop]


#: a licensor that invents rather than develops: a university, institute, hospital or foundation
ACADEMIC_LICENSOR = re.compile(r"\b(?:universit\w*|school|college|institutes?|institut|instituto|hospital|academy|council|foundation|nih)\b", re.I)
# a bought company's other products: "The pipeline also includes RYZ801"
PIPELINE_OF = re.compile(r"\b(?:pipeline|portfolio)\b", re.I)
# what a buyer says it gains with a company: "With the purchase, Kyowa Kirin gains Libmeldy"
_GAINED = re.compile(r"\b(?:purchase|acquisition|acquires?|acquired|acquiring|transaction|takeover|merger|gains?|adds?|brings?|"
                     r"combined\s+company|deal)\b", re.I)


#: a company's own programme, in its words ("the company is focused on efruxifermin, its lead product candidate")
LEAD_CANDIDATE = re.compile(r"\b(?:its|our)\s+(?:lead|most\s+advanced|flagship)\b|\bfocused\s+on\b")


def _developers_not_buyers(ctx, first_seen: dict[str, int]) -> None:
    """A product's developer, where the text does not say it outright, is not the company that licenses it in
    or buys its maker: the licensor of its licence, or the company bought in the sentence that names it."""
    licences = [f for f in ctx.facts if f.kind == "licensing" and f.role("product") and f.role("licensor") and f.role("licensee")]
    bought = {}
    for f in ctx.facts:
        if f.kind == "acquisition" and str(f.role("target") or "").startswith("Company|"):
            bought.setdefault(f.role("acquirer"), set()).add(f.role("target"))
    for ref, entry in ctx.entities.items():
        attrs = entry["attrs"]
        dev = attrs.get("developer")
        if not ref.startswith("Product|") or not dev or attrs.get("developer_strength", 0) >= 3:
            continue
        sold = ctx.sellers.get(ref)
        if sold and sold[0] == dev:
            attrs["developer"] = sold[1]  # brands the company sells to the buyer are the seller's
            continue
        # (but "its lead product candidate", "the company is focused on P": the licensee develops what it licensed in)
        at = attrs.get("developer_at")
        leads = attrs.get("developer_strength", 0) >= 2 and isinstance(at, int) and LEAD_CANDIDATE.search(ctx.sentences[at].text)
        licensors = set() if leads else \
            {f.role("licensor") for f in licences if f.role("product") == ref and f.role("licensee") == dev} - {dev}
        # (not a university or institute that licensed out what it invented: "the NDV vector technology was developed at
        # the Icahn School of Medicine at Mount Sinai, which licensed it to Avimex for this vaccine": Avimex develops it)
        licensors = {lic for lic in licensors if not ACADEMIC_LICENSOR.search(str(lic))}
        if len(licensors) == 1:
            attrs["developer"] = licensors.pop()
            continue
        targets = bought.get(dev, set())
        i = first_seen.get(ref.split("|", 1)[1])
        if i is None:
            continue
        if len(targets) > 1:
            # several companies bought: the one named in the sentence, or the two before it ("RayzeBio's lead programme ...
            # The pipeline also includes RYZ801")
            near = {f"Company|{m.key}" for j in range(max(0, i - 2), i + 1) for m in ctx.orgs(j)}
            targets = targets & near
        if f"Company|{ctx.section_org(ctx.sentences[i].section)}" == dev:
            continue  # "About Merck ... Its portfolio includes KEYTRUDA": the buyer's own products
        if len(targets) == 1 and (_GAINED.search(ctx.sentences[i].text) or PIPELINE_OF.search(ctx.sentences[i].text)):
            attrs["developer"] = next(iter(targets))


OWNED_BY_BEFORE = re.compile(r"(?:\s*\([^()]*\))?(?:,?\s+whose\s+|['’]s?\s+)(?:[\w\-]+\s+){0,3}")


#: the letters a research code opens with ("PXL" of PXL065, "RGX" of RGX-314, "NVX" of NVX-CoV2373)
# (no space before the number: "IASLC 2025" is a congress)
CODE_LETTERS = re.compile(r"([A-Z]{2,5})-?(?:[A-Z][a-z]{1,3}|[A-Z])?\d")


def _coded_after_company(ctx: DocContext, first_seen: dict[str, int]) -> None:
    """A research code that no sentence gives a developer is the company whose name its letters abbreviate, when one
    company of the text alone has those letters in order from its first ("PXL065" of Poxel, "RGX-314" of REGENXBIO)."""
    names = {k: k.replace(" ", "") for k in ctx.found.org_names if ctx.kind_of(k) == "Company"}
    for key, i in first_seen.items():
        ref = f"Product|{key}"
        m = CODE_LETTERS.match(key)
        if not m or ctx.product_attrs(ref).get("developer") or ctx.sentences[i].section == "boilerplate":
            continue
        owners = [k for k, name in names.items() if abbreviates_word(m.group(1), name)]
        if len(owners) == 1:
            ctx.note_developer(ref, ctx.org_ref(owners[0]), i, 1)


def _takeover_products(ctx: DocContext, first_seen: dict[str, int]) -> None:
    """In a release about a takeover (the company bought named in its first sentences), a product no sentence
    gives a developer is the bought company's ("Novartis will also gain tulmimetostat, ..." after "Novartis to
    acquire MorphoSys")."""
    lead = {f.role("target") for f in ctx.facts if f.kind == "acquisition" and f.evidence
            and str(f.role("target")).startswith("Company|") and ctx.sentence_at(f.evidence.start) < 4}
    if len(lead) != 1:
        return
    target = lead.pop()
    buyers = {f.role("acquirer") for f in ctx.facts if f.kind == "acquisition" and f.role("target") == target}
    if " business " in target:
        # (a business bought is no developer: its products are the seller's, "the sale of Ipsen's Consumer HealthCare
        # business", where the text gives them no other)
        owner = target.split("|", 1)[1].split(" business ", 1)[0]
        if ctx.kind_of(owner) != "Company":
            return
        target = ctx.org_ref(owner)
    for key, i in first_seen.items():
        ref = f"Product|{key}"
        attrs = ctx.product_attrs(ref)
        if attrs.get("developer") or attrs.get("is_reference") or ctx.sentences[i].section == "boilerplate":
            continue
        at = next((m.start for m in ctx.by_sentence[i] if m.kind == "Product" and m.key == key), None)
        if at is not None and any(ctx.org_ref(m.key) not in buyers | {target} and m.end <= at and OWNED_BY_BEFORE.fullmatch(
                ctx.doc.text, m.end, at) for m in ctx.orgs(i)):
            continue  # ("... its acquisition of Veloxis, whose Envarsus XR ...": another company's product)
        ctx.note_developer(ref, target, i, 1)

