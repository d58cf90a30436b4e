"""Rules for deals between organisations: licensing, service agreements, acquisitions, collaborations."""

from __future__ import annotations

import dataclasses

from pharmagraph.extract import fast_re as re
from pharmagraph.extract.context import IT_SUBJECT, PAIR_COREF, DocContext
from pharmagraph.extract.cues import (
    HEDGE,
    NEGATION,
    POSSESSIVE,
    clause_before,
    deal_value,
    money_spans,
    split_spans,
)
from pharmagraph.extract.lexicon import LEGAL_SUFFIX, SERVICE_TYPES, lexicon
from pharmagraph.extract.mentions import INN_STEMS, PARTNERS_INCLUDE
from pharmagraph.extract.names import org_key, strip_legal
from pharmagraph.extract.regex_cache import compile_pattern
from pharmagraph.extract.rules_profile import facility_towns
from pharmagraph.extract.rules_regulatory import fact_date
from pharmagraph.model import Mention, Sentence

LICENSE_CUE = compile_pattern(
    # ("two licensed oral vaccines": licensed as an adjective, approved products, no deal)
    r"\b(?:licen[cs](?:ed(?!\s+(?:[a-z\-]+\s+)?(?:vaccines?|products?|medicines?|drugs?|therapies|biosimilars?|treatments?|indications?|"
    r"facilit(?:y|ies)|sites?|manufacturers?|premises|pharmacies)\b)|e|es|ing|ee|or)(?!\s+(?:application|holder|number))|in-licen[cs]\w*|out-licen[cs]\w*|sublicen[cs]\w*|exclusive\s+rights?|"
    # (a product's name after it, or an INN: "Rights to tazemetostat in Greater China belong to HUTCHMED")
    rf"rights?\s+to\s+(?:develop|commerciali[sz]e|manufacture|market|sell|distribute|(?-i:(?=[A-Z\d\[]|{INN_STEMS}(?![\w-]))))|"
    r"(?:commerciali[sz]ation|marketing|distribution|development|[A-Z][a-z]+)\s+rights|"
    r"exclusive\s+(?:\w+\s+){0,3}(?:agreement|partnership|arrangement))\b",
    re.I,
)
GRANT = compile_pattern(r"\b(?:grant(?:s|ed|ing)?|licen[cs](?:es|ed)|out-licen[cs]ed|award(?:s|ed)?|gave|give[sn]?)\b", re.I)
OBTAIN = compile_pattern(r"\b(?:obtain(?:s|ed)?|acquir(?:e|es|ed)|secur(?:e|es|ed)|gain(?:s|ed)?|receiv(?:e|es|ed)|in-licen[cs]ed|"
                    r"licensee|will\s+(?:have|hold)|holds?|held|takes?|took|get[s]?)\b", re.I)
TERRITORY = compile_pattern(
    r"\b(?P<t>(?:global(?:ly)?|worldwide)(?:\s+rights)?(?:,?\s+(?:excluding|except(?:\s+(?:in|for))?|outside(?:\s+of)?|ex-)\s+"
    r"[^.;()]*?(?=\s+(?:for|to|with|under|and\s+will|in\s+exchange)\b|,\s+(?:for|in|with|and|where|which|while|whereas)\b|[.;(]|$))?"
    r"|(?:in|for|across|throughout|covering)\s+(?:the\s+)?(?:(?:selected|certain|key|several|other)\s+)?"
    r"(?:emerging\s+markets|Greater\s+China|mainland\s+China|Latin\s+America|South\s+America|North\s+America|"
    r"Southeast\s+Asia|Asia(?:-Pacific)?|Middle\s+East(?:\s+and\s+North\s+Africa)?|MENA|Europe|European\s+Union|"
    r"Commonwealth\s+of\s+Independent\s+States|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"(?:(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)*(?:\s+markets?)?)"
)
SERVICE_CUE = compile_pattern(
    r"\b(?:CRDMO|CDMO|CMO|CRO|CDO|contract\s+(?:research|development|manufactur\w+)|manufacturing\s+(?:partner|agreement|services?)|"
    r"fill[- ](?:and[- ])?finish|manufactur(?:e|es|ed|ing)\s+(?:\w+\s+){0,6}(?:for|on\s+behalf\s+of)|supply\s+agreement|"
    r"technology\s+transfer|(?:selected|chose|chosen|appointed|engaged)\s+(?:\w+\s+){0,4}(?:as|to))\b"
)
ACTIVITIES = compile_pattern(
    r"\b(?:including|such\s+as|providing|covering|comprising|spanning|for|responsible\s+for|will\s+(?:perform|handle|provide|carry\s+out)|"
    r"services?\s+(?:for|of))\s+(?P<list>(?:[\w\-/]+(?:\s+|,\s*|\s+and\s+)){1,40}?[\w\-/]+)(?=[.;:(]|,\s+(?:which|while|under|with|at|in)\b|$)",
    re.I,
)
# an amount as deals and purchases write it, number first ("US$150 million", "$950 million", "EUR 40m")
_AMOUNT = r"(?:US|USD\s?|EUR\s?|€|£)?\$?[\d.,]+\s*(?:million|billion|bn|m)?"
ACQ_VERB = compile_pattern(
    # (not the noun: "purchasing convenience", "buying power")
    r"\b(?:acquir(?:e|es|ed|ing)|to\s+buy|buy(?:s|ing)?(?!\s+(?:power|decisions?|groups?|patterns?)\b)|bought|"
    r"purchas(?:e|es|ed|ing)(?!\s+(?:convenience|power|decisions?|groups?|orders?|obligations?|price|agreement)\b)|take\s+over|took\s+over|takeover\s+of|"
    rf"acquisition\s+of|merger\s+with|merge\s+with|buyout\s+of|taken\s+private|paid\s+{_AMOUNT}\s+for|bec(?:ome|ame|omes)\s+the\s+(?:new\s+|sole\s+)?owner\s+of)\b",
    re.I,
)
COLLAB_CUE = compile_pattern(
    r"\b(?:collaborat(?:e|es|ed|ing|ion|ions|ive)|partnerships?|partnered|partnering|alliances?|joint\s+ventures?|JV|co-develop\w*|"
    r"co-commerciali[sz]\w*|co-promot\w*|(?:form(?:s|ed|ing)?|creat(?:e|es|ed|ing)|establish(?:es|ed|ing)?|set\s+up|join(?:s|ed|ing)?|members?\s+of)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?consortium(?!\s+(?:led|backed|headed)\b)|jointly\s+develop\w*|teamed\s+up|work(?:ing|ed|s)?\s+together|cooperation|"
    # ("the Butantan Institute is working with China's Sinovac on CoronaVac")
    r"(?:is|are|has\s+been|have\s+been)\s+working\s+(?:closely\s+)?with(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"distribution\s+(?:agreement|partner\w*|rights)|(?:will\s+be|is|are|to\s+be)\s+(?:exclusively\s+)?distributed\s+(?:in\s+[A-Z][\w ]{1,30}?\s+)?by(?=\s+[A-Z])|commerciali[sz]ation\s+(?:and\s+licen[cs]e\s+)?(?:agreement|partner\w*)|memorandum\s+of\s+understanding|"
    # ("together with" a party: not "device development together with API manufacturing")
    r"\bMoU\b|strategic\s+agreement|jointly|joint\s+research|together\s+with(?=\s+(?:the\s+)?(?-i:[A-Z]))(?!\s+(?:APIs?|R&D|GMP|cGMP)\b)|partners?|"
    # "DS-5670, an mRNA vaccine candidate being developed with the University of Tokyo"
    r"(?<!be\s)(?<!been\s)develop(?:ed|ing)\s+(?:jointly\s+)?with(?=\s+(?:the\s+)?[A-Z])|"
    # "signed a binding term sheet with X to develop, manufacture and market ...": an agreement to develop together
    r"(?:agreement|term\s+sheet|letter\s+of\s+intent)(?=\s+with\s+[^.;]{1,80}?\s+to\s+(?:jointly\s+)?(?:co-)?develop\b)|"
    r"acts?\s+as\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:[A-Z][\w\-]*['’]s?\s+)?(?:exclusive\s+)?(?:sponsor|distributor|agent|representative|marketing\s+authori[sz]ation\s+holder))\b",
    re.I,
)
COLLAB_KINDS = [
    (r"joint\s+venture|\bJV\b", "joint venture"),
    (r"\bconsorti(?:um|a)\b", "consortium"),
    (r"co-develop\w*|jointly\s+develop\w*|develop(?:ed|ing)\s+(?:jointly\s+)?with\s+(?:the\s+)?[A-Z]|co-commerciali|(?:agreement|term\s+sheet|letter\s+of\s+intent)\s+with\s+[^.;]{1,80}?\s+to\s+develop\b", "co-development"),
    (r"distribut\w+", "distribution"),
    (r"commerciali[sz]\w*|market(?:ing)?\s+(?:and|&)", "commercialization partnership"),
    (r"research|discovery", "research collaboration"),
    (r"manufactur\w+|production|scale-up", "manufacturing partnership"),
    (r"strategic", "strategic partnership"),
]


# (compiled once: searched in every sentence that names a service)
SERVICE_TYPE_PATTERNS = [(compile_pattern(pattern, re.I if "contract" in pattern else 0), label) for pattern, label in SERVICE_TYPES]


def _service_type(text: str) -> str | None:
    for pattern, label in SERVICE_TYPE_PATTERNS:
        if pattern.search(text):
            return label
    return None


def _clean_list(raw: str) -> list[str]:
    parts = re.split(r",\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+", raw)
    out = []
    for p in parts:
        p = re.sub(r"^(?:the|its|their|comprehensive|end-to-end|services?\s+(?:for|of)|full)\s+", "", p.strip(), flags=re.I)
        if 2 < len(p) <= 60 and not re.match(r"^(?:in|at|to|of|by|with|which|that)\b", p):
            out.append(p)
    return out[:10]


def _ok(text: str) -> bool:
    return not NEGATION.search(text) and not HEDGE.search(text)


OPTION = compile_pattern(r"\b(?:option\s+to|right\s+of\s+first\s+(?:refusal|negotiation)|opt-in)\b", re.I)


def _ok_before(text: str, pos: int) -> bool:
    """No negation or hedge governs the deal word at ``pos``: they are looked for in its clause up to it and a
    few words on ("plans to enter into a licence", "has not licensed"), so that "potential milestones" or
    "subject to closing" later in the sentence do not hide a signed deal."""
    lead = clause_before(text, pos) + text[pos: pos + 25]
    return not NEGATION.search(lead) and not HEDGE.search(lead) and not OPTION.search(lead)


def _territory(text: str) -> str | None:
    for m in TERRITORY.finditer(text):
        t = m.group("t")
        if re.search(r"\b(?:headquartered|based|located|incorporated|registered|listed)\s+$", text[max(0, m.start() - 20): m.start()]):
            continue  # "Albireo AB, a company headquartered in Sweden, which granted it ... rights": where it is, no territory
        t = re.sub(r"^(?:in|for|across|throughout|covering)\s+(?:the\s+)?", "", t).strip(" ,")
        words = t.split()
        if words and (lexicon().company(t) or lexicon().regulator_by_name(t)):
            continue
        if len(words) == 2 and lexicon().country(words[0]) and not lexicon().country(t) and words[1][:1].isupper():
            t = words[0]  # "in Japan Verrica's product candidates": the country, not the name after it
        if re.match(r"(?:global|worldwide)", t, re.I) or lexicon().country(t) or lexicon().country(words[0]) or \
                re.search(r"markets?|China|America|Asia|Europe|East|Africa|Union|States", t):
            return "global" if t.lower() in ("global", "globally", "global rights", "worldwide rights") else t
    return None


def _value_fields(value: tuple[str, float, str] | None) -> dict:
    """A deal value as the fact's value, amount and currency columns."""
    return {"value": value[0] if value else None, "amount": value[1] if value else None,
            "currency": value[2] if value else None}


def _value_of(ctx: DocContext, i: int) -> tuple[str, float, str] | None:
    return deal_value(ctx.sentences[i].text)


def _other_party(ctx: DocContext, not_key: str | None) -> str | None:
    """The document's most mentioned company other than ``not_key``."""
    ranked = sorted(ctx.found.org_counts.items(), key=lambda kv: -kv[1])
    return next((k for k, _n in ranked if k != not_key and ctx.kind_of(k) == "Company"), None)


# "Y, the global licensee for X" (screened by "licensee": tried at every comma, it took 20 us a sentence)
# (and "with Fosun Pharma, which holds the rights to develop and commercialise the vaccine in China")
LICENSEE_NAMED = compile_pattern(r"(?P<who>[^,]+),\s+(?:(?:the\s+|its\s+|an?\s+)?(?:[\w'’.]+\s+){0,3}licensee\b|"
                                 r"which\s+(?:holds|has|owns|obtained|acquired|received)\s+(?:the\s+)?(?:\w+\s+){0,2}rights\b)")


RIGHTS_HELD_BY = compile_pattern(r"\b[Rr]ights\b[^;]{0,120}?\b(?:belong(?:s|ed)?\s+to|rest(?:s|ed)?\s+with|lie(?:s)?\s+with|(?:are|were)\s+held\s+by)\s+(?:the\s+)?(?=[A-Z])")
WITH_AFTER = compile_pattern(r"\bwith\s+(?:the\s+)?")
OWNERS_LICENSEE = compile_pattern(r"(?P<owner>['’]s?)\s+(?:exclusive\s+|long-?time\s+|local\s+|regional\s+|Japanese\s+|Chinese\s+|U\.S\.\s+|US\s+)?licensee,?\s+(?=[A-Z])")
FROM_DESCRIBED = compile_pattern(r"the\s+(?:[\w\-]+\s+){0,3}?(?:drugmaker|company|biotech|biotechnology\s+company|group|firm|developer|pharmaceutical\s+company)\b")
WHICH_LICENSED = compile_pattern(r",\s+which\s+(?:later\s+|then\s+|has\s+|had\s+|also\s+)*(?:exclusively\s+)?(?:out-)?licen[cs]ed\s+(?:[^.;,]{0,80}?\s)?to\s+(?:the\s+)?(?=[A-Z])")
TO_WHICH_LICENSED = compile_pattern(r"(?:\s*\([^()]{1,60}\))?,\s+(?P<to>to\s+which\s+)(?=[A-Z][^,;.]{0,60}?\b(?:licen[cs]ed|granted|sublicen[cs]ed|out-licen[cs]ed)\b)")
PAYS = compile_pattern(r"(?:,\s+Inc\.)?\s+(?:has\s+|will\s+|would\s+|is\s+to\s+|agreed\s+to\s+|has\s+agreed\s+to\s+)?"
                       r"(?:(?P<pays>pa(?:id|ys?|ying)|made)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:[A-Z]{0,3}\$|[€£¥]|US\$|USD|upfront|"
                       r"payments?|milestone)|(?P<gets>receive[sd]?|get|gets|is\s+eligible\s+to\s+receive|will\s+be\s+eligible\s+to\s+receive)"
                       r"\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:[A-Z]{0,3}\$|[€£¥]|US\$|USD|upfront|payments?|milestone|royalt))")


SOLD_BY_UNDER_LICENCE = compile_pattern(r"\b(?:marketed|distributed|sold|commerciali[sz]ed|manufactured|made|launched)\s+(?:[^,;]{0,60}?\s)?by\s+(?:the\s+)?"
                                        r"(?P<by>)[A-Z][^,;]{0,60}?\s+under\s+(?:an?|the|its|their)\s+(?:[\w\-]+\s+){0,3}?licen[cs]e\b")


def _product_owner(ctx: DocContext, i: int, licensee: str) -> str | None:
    """The developer of a product sentence ``i`` names, other than ``licensee``: who grants a licence the text does not
    say the grantor of ("Its biosimilar Tyruko is commercialised by Sandoz under an exclusive licence")."""
    owners = [o.split("|", 1)[1] for p in ctx.of_kind(i, "Product") if (o := ctx.product_attrs(p.key).get("developer"))]
    return next((o for o in owners if o != licensee), None)


IN_OUT_DEAL_OF = compile_pattern(r"['’]s?\s+(?:[\w\-]+\s+){0,3}?(?:in|out)-licen[cs]\w*")


GRANTING_IT = compile_pattern(r",\s+(?:granting|giving)\s+(?:it|them)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?rights?\b")
PARTNERED_WITH = compile_pattern(r"\b(?:partnered|teamed\s+up|signed\s+(?:a|an)\s+[\w\s\-]{0,40}?agreement)\s+(?:[^,;]{0,60}?\s)?with\s+(?:the\s+)?")
#: two companies that announce a deal together ("Hikma and Gedeon Richter today announced an exclusive licence agreement")
JOINT_ANNOUNCE = compile_pattern(r"\s+and\s+(?:[^;]{0,120}?)\b(?:today\s+)?(?:announced|signed|entered\s+into|have\s+entered|concluded)\b")
#: a product's owner written with a possessive after it or before it ("cariprazine, Richter's novel ...", "Richter's P")
OWNER_AFTER = compile_pattern(r",\s+(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})(?:['’]s\s|(?<=s)['’]\s)")
OWNER_BEFORE_PRODUCT = compile_pattern(r"\b(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})['’]s\s+(?:[\w\-]+\s+){0,3}$")


#: an INN a licensed product copies or is: "an ustekinumab biosimilar", "biosimilar to trastuzumab", "Herzuma (trastuzumab)"
COPIED_AFTER = compile_pattern(r"\s+biosimilars?\b|\)")
COPIED_LEAD = r"\b(?:biosimilars?\s+(?:to|of|referencing|version\s+of)|reference\s+(?:product|medicine|biologic))\s+(?:the\s+)?"
COPIED_BEFORE = compile_pattern(rf"{COPIED_LEAD}$|[A-Za-z0-9®™]\s*\($")
BRAND_COPIED_AFTER = compile_pattern(r"(?:®|™|\(R\))?\s+[Bb]iosimilars?\s+(?=[A-Z0-9])")
BRAND_COPIED_BEFORE = compile_pattern(rf"{COPIED_LEAD}(?:[A-Z][\w\-]*(?:®|™|\(R\))?/)?$")
#: "X licensed P" (the verb in the active, a product right after it)
LICENSED_PRODUCT = compile_pattern(r"(?<![Bb]e\s)(?<!been\s)(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)\b(?:in-)?licen[cs]ed\s+(?:(?:exclusive\s+|global\s+|worldwide\s+)?rights\s+(?:to|for)\s+)?(?=[\w\[])")
#: ... and on to someone, or out: then its subject grants the licence
LICENSED_ONWARD = compile_pattern(r"[^;,]{0,80}?(?<!\bup\s)\bto\s+(?:the\s+|its\s+)?(?:[A-Z]|[a-z]+['’]s\s|[a-z]+\s+(?:company|partner|group)\b)|\s*(?:out|its|their|our)\b")
IN_LICENSED_FROM = compile_pattern(r"\s+from\s+(?:the\s+)?(?:[A-Z][\w\-]*['’]s\s+)?(?=[A-Z])")
FROM_AFTER = compile_pattern(r"[^;.]*?\bfrom\s+(?:the\s+)?(?=[A-Z])")
#: "X licensed Y's P": X takes a licence to Y's product (not "licensed to", "licensed out", "licensed its")
LICENSED_OWNERS = compile_pattern(r"\b(?:in-)?licen[cs]ed\s+(?:the\s+(?:[\w\-]+\s+){0,2}rights\s+to\s+)?(?P<owner>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})(?:['’]s\s|(?<=s)['’]\s)")


def _joint_licence(ctx: DocContext, i: int, s: Sentence, rel: list) -> tuple[str, str] | None:
    """ "A and B announced an exclusive licence agreement for the commercialisation of P, B's novel antipsychotic": the
    party whose product it is grants the licence, the other takes it."""
    if len({m.key for m, _ in rel}) != 2 or not (j := JOINT_ANNOUNCE.search(s.text, rel[0][1] + len(rel[0][0].text))) \
            or not any(j.start() <= pos < j.end() for m, pos in rel if m.key != rel[0][0].key):
        return None
    text = s.text
    parties = {m.key for m, _ in rel}
    products = [p for p in ctx.of_kind(i, "Product") if s.start <= p.start < s.end]
    owners = set()
    for p in products:
        # ("P, B's novel antipsychotic" or "B's P", the company written as the text names it: "Richter")
        after = OWNER_AFTER.match(text, p.end - s.start)
        before = OWNER_BEFORE_PRODUCT.search(text, j.end(), p.start - s.start)
        for m in (after, before):
            if m is None:
                continue
            name = m.group("name").lower()
            key = ctx.org_key_of(m.group("name")) or next((k for k in parties if name in k.split() or k.startswith(name + " ")), None)
            if key:
                owners.add(key)
    if not owners:
        # (or the one the text says keeps rights: "... Kestrel keeps all rights in the Greater China region")
        owners = {k.split("|", 1)[1] for k in _rights_keepers(ctx)} & parties
    if len(owners) != 1:
        return None
    owner = owners.pop()
    other = next((m.key for m, _ in rel if m.key != owner), None)
    return (owner, other) if other and owner in parties else None


def _license_parties(ctx: DocContext, i: int, cue: re.Match[str], clause: Sentence | None = None) -> tuple[str | None, str | None]:
    s = clause or ctx.sentences[i]
    text = s.text
    companies = [m for m in ctx.orgs(i) if s.start <= m.start < s.end]
    rel = [(m, m.start - s.start) for m in companies]
    if (joint := _joint_licence(ctx, i, s, rel)) is not None:
        return joint
    # "Atara first partnered tab-cel with Pierre Fabre in October 2021, granting it exclusive rights to ...": the subject
    # grants, the partner named after "with" takes
    if (granting := GRANTING_IT.search(text)) and (partner := PARTNERED_WITH.search(text, 0, granting.start())):
        takers = [m.key for m, pos in rel if partner.end() <= pos < granting.start()]
        givers = [m.key for m, pos in rel if pos < partner.start()]
        if takers and givers and takers[0] != givers[0]:
            return givers[0], takers[0]
    # "In 2021 it licensed Genexine's long-acting interleukin-7, GX-I7": who licenses another's product takes the licence
    owners_m = LICENSED_OWNERS.search(text)
    if owners_m:
        owner = ctx.org_key_of(owners_m.group("owner"))
        taker = _actor_before(ctx, i, s.start + owners_m.start())
        if owner and taker and owner != taker and ctx.kind_of(taker) == "Company":
            return owner, taker
    # "In July 2021 Biogen licensed orelabrutinib for MS", "moksha8 licensed fexuprazan for the Mexican market": who
    # licenses a product (not to anyone, not its own) takes the licence from the product's owner
    took = LICENSED_PRODUCT.search(text)
    if took and not LICENSED_ONWARD.match(text, took.end()):
        product = next((p for p in ctx.of_kind(i, "Product") if p.start - s.start == took.end()), None)
        taker = _actor_before(ctx, i, s.start + took.start()) if product else None
        if taker and ctx.kind_of(taker) == "Company":
            grantor = FROM_AFTER.match(text, product.end - s.start)
            owner = next((m.key for m, pos in rel if grantor and pos == grantor.end() and m.key != taker), None) or \
                _product_owner(ctx, i, taker) or (ctx.main if ctx.main != taker else None)
            if owner:
                return owner, taker
    # "Y, the global licensee for X"
    licensee_m = LICENSEE_NAMED.search(text)
    if licensee_m:
        named = [m for m, pos in rel if pos < licensee_m.end("who")]
        # ("Medexus, medac's exclusive U.S. licensee": the one whose licensee it is, named with its "'s", grants)
        owner = [m for m in ctx.every_org(i) if licensee_m.end("who") < m.start - s.start < licensee_m.end()
                 and re.match(r"['’]s?\s", text[m.end - s.start:])]
        if owner and named and named[-1].key != owner[0].key:
            return owner[0].key, named[-1].key
        if named:
            licensee = named[-1].key
            others = [m.key for m in companies if m.key != licensee]
            return (others[0] if others else _other_party(ctx, licensee)), licensee
    # "Rights to tazemetostat in Greater China belong to HUTCHMED under an existing collaboration with Epizyme": the one
    # they belong to holds them; the one after "with" (else the product's owner) grants them
    # ("Mesoblast's licensee JCR Pharmaceuticals": the one whose licensee it is grants)
    held = RIGHTS_HELD_BY.search(text) or OWNERS_LICENSEE.search(text)
    if held:
        by = [m for m, pos in rel if pos == held.end()]
        if by:
            licensee = by[0].key
            owner = [m.key for m, pos in rel if pos + len(m.text) == held.start("owner")] if "owner" in held.re.groupindex else []
            with_m = WITH_AFTER.search(text, held.end())
            after = [m.key for m, pos in rel if with_m and pos == with_m.end() and m.key != licensee]
            licensor = (owner or after or [None])[0] or _product_owner(ctx, i, licensee) or _other_party(ctx, licensee)
            if licensor != licensee:
                return licensor, licensee
    # "Coherus, to which Junshi Biosciences licensed the rights": the one before "to which" takes them, the one after grants
    to_which = TO_WHICH_LICENSED.search(text)
    if to_which:
        before = [m.key for m, pos in rel if pos < to_which.start()]
        after = [m.key for m, pos in rel if pos >= to_which.end("to") and (not before or m.key != before[-1])]
        if before and after:
            return after[0], before[-1]
    # "a compound discovered at Johns Hopkins University, which licensed the rights to Progenics": the one before "which"
    # grants, the one after "to" takes
    which = WHICH_LICENSED.search(text)
    if which:
        every = [(m, m.start - s.start) for m in ctx.every_org(i) if s.start <= m.start < s.end]
        before = [m.key for m, pos in every if pos + len(m.text) <= which.start() and re.fullmatch(r"(?:\s*\([^()]*\))?", text[pos + len(m.text): which.start()])]
        after = [m.key for m, pos in every if pos == which.end()]
        if before and after and before[-1] != after[0]:
            return before[-1], after[0]
    # "The exercise gives Merck rights to SKB571": the company given rights is the licensee
    give = re.search(r"\b(?:gives?|gave|giving|grants?|granted|granting)\s+", text)
    # (every mention: "X and Y signed a licence that gives X the exclusive right ...")
    given = [m for m in ctx.every_org(i) if give and s.start <= m.start < s.end and m.start - s.start == give.end()]
    # (past an apposition or a relative clause: "granted Turning Point, which has since become part of BMS, rights to ...")
    if given and re.match(r"(?:\s*\([^()]*\)|,\s+(?:which|who|a|an|the|now)\b[^,;]{0,80},)?(?:\s+(?:the|an?))?\s+(?:[\w\-]+\s+){0,3}?(?:rights?|licen[cs]e|option)\b",
                          text[given[0].end - s.start:]):
        licensee = given[0].key
        before = [m.key for m, pos in rel if pos < give.start() and m.key != licensee]
        if not before and PRONOUN_SUBJECT.match(text):
            # "In August 2025, the company granted Fresenius Kabi a licence ...": the company "the company" stands for
            before = [k for k in (ctx.coref_company(i, s.start + give.start()),) if k and k != licensee]
        return (before[0] if before else None), licensee  # the subject, not "its subsidiaries A and B" after it
    # "Ryaltris will be marketed in the United States by Hikma under the exclusive US licence agreement that Hikma and
    # Glenmark Specialty signed": the company it is sold by holds the licence, the other one (or the product's owner) grants it
    sold_by = SOLD_BY_UNDER_LICENCE.search(text)
    if sold_by:
        by = [m for m, pos in rel if pos == sold_by.end("by")]
        if by:
            licensee = by[0].key
            others = [m.key for m, pos in rel if m.key != licensee and pos > sold_by.end()]
            licensor = (others[0] if others else None) or _product_owner(ctx, i, licensee) or _other_party(ctx, licensee)
            return licensor, licensee
    # "SII makes the vaccine under licence (from Novavax)": the maker is the licensee, the named or main company the licensor
    under_licence = re.search(r"\bunder\s+(?:an?\s+)?(?:exclusive\s+|non-exclusive\s+)?licen[cs]e\b(?!\s+(?:and\s+[\w\-]+\s+)?agreement)", text)
    if under_licence:
        from_name = re.match(r"\s+from\s+(?:the\s+)?(?=[A-Z])", text[under_licence.end():])
        if from_name and not any(pos == under_licence.end() + from_name.end() for m, pos in rel):
            return None, None  # ("which it markets under a licence from BIAL": from a company the text does not name as one)
        before = [m for m, pos in rel if pos < under_licence.start()]
        # "... was developed at Mount Sinai and made available to Butantan under a license": the one it went to
        given_to = [m for m, pos in rel if pos < under_licence.start() and re.search(r"\bto\s+(?:the\s+)?$", text[:pos])
                    and re.fullmatch(r"(?:\s*\([^()]*\))?,?\s*", text[pos + len(m.text): under_licence.start()])]
        if given_to:
            licensee = given_to[-1].key
            others = [m.key for m, pos in rel if m.key != licensee]
            return (others[0] if others else _other_party(ctx, licensee)), licensee
        if before:
            licensee = before[0].key
            # "... under a licence (it obtained) from ImmunoGen"
            from_m = re.match(r"(?:\s+[\w\-]+){0,3}?\s+(?:from|of)\s+", text[under_licence.end():])
            after = [m.key for m, pos in rel if from_m and pos >= under_licence.end() + from_m.end() and m.key != licensee]
            # ("obtained rights to P from ABX GmbH, ..., under a license signed in 2017": the one named after "from" before it)
            after = after or [m.key for m, pos in rel if pos < under_licence.start() and m.key != licensee
                              and re.search(r"\bfrom\s+(?:the\s+)?$", text[:pos])]
            # (else the owner of the product: "Its biosimilar Tyruko is commercialised by Sandoz under an exclusive licence")
            licensor = (after[0] if after else None) or _product_owner(ctx, i, licensee) or (ctx.main if ctx.main != licensee else None) \
                or _other_party(ctx, licensee)
            return licensor, licensee
    # "efgartigimod is licensed exclusively to Zai Lab": Zai Lab is the licensee, the product's owner the licensor
    # (and "ALT-B4 has also been licensed to Intas")
    passive = re.search(r"\b(?:is|are|was|were|has\s+(?:\w+\s+)?been|have\s+(?:\w+\s+)?been)\s+(?:\w+\s+)?(?:licen[cs]ed|sublicen[cs]ed)\s+(?:\w+\s+)?to\s+", text)
    if passive:
        after = [m.key for m, pos in rel if pos >= passive.end()]
        if after:
            # (the product's owner, where the sentence names the product or one just before it does: "Western European
            # marketing rights are licensed to Recordati" after "Cariprazine was discovered by Richter's teams")
            # (the brand named last may have no developer of its own: "marketed as Reagila"; then the text's main product)
            products = [p.key for p in ctx.of_kind(i, "Product")] or [p for p in (ctx.last_product(i), ctx.main_product()) if p]
            owner = next((d for p in products if (d := ctx.product_attrs(p).get("developer"))), None)
            owner_key = owner.split("|", 1)[1] if owner else None
            by = re.search(r"\bby\s+(?:the\s+)?", text[passive.end():])
            agent = [m.key for m, pos in rel if by and pos >= passive.end() + by.end() and m.key != after[0]]
            licensor = (agent[0] if agent else None) or next((m.key for m, pos in rel if pos < passive.start() and m.key != after[0]), None) \
                or owner_key or (ctx.main if ctx.main != after[0] else None)
            if licensor:
                return licensor, after[0]
            return None, None
    # "an agreement under which Y will develop and commercialise P": Y is the licensee
    under = re.search(r"\bunder\s+which\s+", text)
    if under:
        # (every mention: the licensee is often named a second time there, "with Y under which Y obtained")
        after = [(m, m.start - s.start) for m in ctx.every_org(i) if s.start <= m.start < s.end and m.start - s.start >= under.end()]
        verb = r"\s+(?:will\s+|would\s+|is\s+to\s+)?(?:{})"
        # (not one that receives money: "under which Akeso will receive an upfront payment")
        rights = [m for m, pos in after if re.match(verb.format("obtain|receive|gain|acquire|have|hold|get|take|market|commerciali[sz]e"),
                                                    text[pos + len(m.text):]) and not PAYS.match(text, pos + len(m.text))]
        # "under which Alvotech develops and manufactures the products and JAMP Pharma holds the rights": the holder
        makes = [m for m, pos in after if re.match(verb.format("develop|manufacture"), text[pos + len(m.text):])]
        if rights or (makes and len({m.key for m, _ in after}) == 1):
            licensee = (rights or makes)[0].key
            others = [m.key for m, _ in rel if m.key != licensee]
            return (others[0] if others else _other_party(ctx, licensee)), licensee
    # "MS Pharma has signed licensing agreements with Polpharma Biologics ... to commercialise ...": the subject sells
    # what the other party licenses to it
    with_m = SIGNED_WITH_TO_SELL.search(text) or SIGNED_WITH_TO_TAKE_RIGHTS.search(text)
    if with_m and len(rel) >= 2 and rel[0][1] < with_m.start():
        subject = rel[0][0].key
        other = next((m.key for m, pos in rel if pos >= with_m.end("with") and m.key != subject), None)
        if other:
            return other, subject
    # "B has entered into an agreement with A to in-license P": B licenses in, from A
    inl = re.search(r"\bin-licen[cs]\w*", text)
    outl = re.search(r"\bout-licen[cs]\w*", text)
    # ("Company formed by A in partnership with B; lead asset P in-licensed from China's C": C grants, and the company the
    # text is about takes, not A nor B)
    if inl and (fm := IN_LICENSED_FROM.match(text, inl.end())):
        giver = next((m.key for m, pos in rel if pos == fm.end()), None)
        clause_at = text.rfind(";", 0, inl.start()) + 1
        if giver and ctx.main and ctx.main != giver and not any(clause_at <= pos < inl.start() for m, pos in rel) \
                and (clause_at or _actor_before(ctx, i, s.start + inl.start()) is None):
            return giver, ctx.main
    if (inl or outl) and len(rel) >= 2:
        # (or the one whose deal it is: "The Voronoi transaction is ORIC's second in-licensing deal")
        whose = [m for m, pos in rel if IN_OUT_DEAL_OF.match(text, pos + len(m.text))]
        first = (whose or [rel[0][0]])[0]
        subject, other = first.key, next((m.key for m, _ in rel if m.key != first.key), None)
        if other:
            return (other, subject) if inl else (subject, other)
    # "... from X" after the cue: X is the licensor, the subject the licensee
    from_m = re.search(r"\bfrom\s+", text[cue.start():])
    if from_m:
        # (in the same clause: not "licensed from the Chinese drugmaker within three months; GSK pays ...")
        after = [m for m, pos in rel if pos >= cue.start() + from_m.end() - 1 and ";" not in text[cue.start() + from_m.end(): pos]]
        if after:
            licensor = after[0].key
            subject = next((m.key for m, pos in rel if m.key != licensor), None)
            return licensor, subject or _other_party(ctx, licensor)
        # "Second ADC licensed from the Chinese drugmaker; GSK pays $185 million upfront": the company described grants
        if FROM_DESCRIBED.match(text, cue.start() + from_m.end()) and len({m.key for m, _ in rel}) == 1:
            licensee = rel[0][0].key
            return _other_party(ctx, licensee), licensee
    # "X grants Y a licence", "X licensed P to Y"
    lead = re.match(r"[^.;]*?\b(?:licen[cs]ed|out-licen[cs]ed|grant(?:s|ed))\b", text)
    if lead and (not rel or rel[0][1] > lead.end()):
        after = [c for c, p in rel if p >= lead.end()]
        if after:
            owner = ctx.coref_company(i) or ctx.subject_company(i)
            if owner and owner != after[0].key:
                return owner, after[0].key
    for m, pos in rel:
        grant = GRANT.match(text, pos + len(m.text)) or re.match(r"[^.;]{0,60}?\b(?:grant(?:s|ed)?|licen[cs]ed|out-licen[cs]ed)\b", text[pos + len(m.text):])
        if grant:
            verb_end = pos + len(m.text) + grant.end() if grant.re is not GRANT else grant.end()
            if re.search(r"subsidiar|affiliate", text[max(0, pos - 60): pos]) and rel[0][0].key != m.key:
                m, pos = rel[0]  # "3SBio, acting with its subsidiaries A and B, grants ...": the group grants
            after = [c for c, p in rel if p >= verb_end and c.key != m.key]
            to_m = re.search(r"\bto\s+$", text[:after[0].start - s.start]) if after else None
            if after and (to_m or after[0].start - s.start - verb_end < 40):
                return m.key, after[0].key
    # "Y obtains / receives / secures exclusive rights" (the licensor is not a company named in the territory left
    # out: "Jazz gains rights in all territories outside BeiGene's Asia/Pacific region")
    outside = re.search(r"\b(?:outside|excluding|except(?:\s+for)?|other\s+than)\s+", text)
    rel = [(m, pos) for m, pos in rel if not (outside and pos >= outside.end() and pos - outside.end() < 40)] or rel
    for n, (m, pos) in enumerate(rel):
        end = pos + len(m.text)
        # "Merck Canada Inc., the Canadian subsidiary of Merck & Co., Inc., holds the rights": the verb after the apposition
        if n + 1 < len(rel) and ctx.is_parent_in_apposition(i, rel[n + 1][0]) and re.match(r",\s+(?:the|a|an|its)\s", text[end:]):
            end = rel[n + 1][1] + len(rel[n + 1][0].text)
            end += 1 if text[end: end + 1] == "," else 0
        if (OBTAIN.match(text, end) or re.match(r"\s+(?:has\s+|will\s+|now\s+)?(?:obtain|receive|secure|gain|acquire|get|take|took|hold|held|in-licen[cs])\w*", text[end:])) \
                and not ((money := PAYS.match(text, end)) and money.group("gets")):  # ("MEI will receive an upfront payment": money, see below)
            # (not its own group: "Merck Canada Inc., the Canadian subsidiary of Merck & Co., Inc., holds the rights ...")
            group = ctx.affiliates()
            others = [c.key for c, _ in rel if c.key != m.key and not ctx.is_parent_in_apposition(i, c)
                      and frozenset((c.key, m.key)) not in group]
            if not others and PAIR_COREF.search(text):
                others = [k for k in ctx.pair_before(i) if k != m.key]  # "... to which Clovis holds global rights"
            if not others and re.search(r"\bfrom\s+(?:the\s+)?[A-Z]", text[pos + len(m.text):]):
                return None, m.key  # "obtained rights from Genosco", a name the finder did not take: no guess
            return (others[0] if others else _other_party(ctx, m.key)), m.key
    # two parties and no verb that orders them: the payer is the licensee ("..., for which Janssen paid $350 million
    # upfront"), the company receiving the payments the licensor ("Akeso will receive an upfront payment of ...")
    described = _parents_only(ctx, i, companies)
    keys = [k for k in dict.fromkeys(m.key for m in companies) if k not in described]
    if len(keys) >= 2:
        for m in ctx.every_org(i):
            money = s.start <= m.start < s.end and PAYS.match(text, m.end - s.start)
            if money:
                other = next(k for k in keys if k != m.key)
                return (other, m.key) if money.group("pays") else (m.key, other)
    # ... else the product's developer licenses it out
    if len(keys) >= 2:
        for p in ctx.of_kind(i, "Product"):
            dev = ctx.product_attrs(p.key).get("developer")
            dev_key = dev.split("|", 1)[1] if dev else None
            if dev_key in keys:
                return dev_key, next(k for k in keys if k != dev_key)
        # "PharmaMar and Jazz entered into an exclusive licence agreement for lurbinectedin": the company the
        # release is about, when it is one of the two and named first, owns what is licensed
        # (and "Shionogi signed a licence agreement with the Medicines Patent Pool")
        if len(keys) == 2 and keys[0] == ctx.main and (re.search(r"\b(?:and|with)\b", text[:cue.start()])
                                                      or re.match(r"(?:[\w\-]+\s+){0,3}?agreements?\s+with\b", text[cue.start():])):
            return keys[0], keys[1]
    if len(companies) == 1:
        only = companies[0].key
        # "..., and in 2020 it entered into a collaboration and license agreement with Takeda for ARO-AAT": the
        # company "it" stands for (the subject of the sentence's first clause) grants the one it signed with
        pron = PRONOUN_SUBJECT.match(text)
        with_it = re.search(r"\bagreements?\s+with\s+(?:the\s+)?$", text[:companies[0].start - s.start])
        if pron and with_it and pron.end() <= cue.start():
            whole = ctx.sentences[i]
            before = [m.key for m in ctx.orgs(i) if m.start < s.start] if s.start > whole.start else []
            subject = before[0] if before else ctx.coref_company(i, s.start + pron.start("it"))
            if subject and subject != only:
                return subject, only
        for p in ctx.of_kind(i, "Product"):
            dev = ctx.product_attrs(p.key).get("developer")
            if dev == ctx.org_ref(only) or re.search(rf"\b(?:its|their)\s+(?:[\w\-]+\s+){{0,4}}{re.escape(p.text)}", text):
                return only, None
        return None, None
    if not companies:
        owner = ctx.coref_company(i)
        return owner, None
    return None, None


TECHNOLOGY = compile_pattern(r"\b(?:technolog(?:y|ies)|platforms?|toolbox|patents?|know-how|intellectual\s+property|IP)\b")
AMONG = compile_pattern(r"\b(?:among\s+them|including|such\s+as|for\s+example|e\.g\.)\s+")


def _technology_licences(ctx: DocContext, i: int) -> None:
    """Licences of a technology rather than a product: "More than a dozen companies have licensed the technology,
    among them MacroGenics, ..., Amgen and Genmab" after "Synaffix's proprietary toolbox ..."."""
    s = ctx.sentences[i]
    text = s.text
    tech = TECHNOLOGY.search(text)
    if not tech or not re.search(r"\blicen[cs]\w*", text) or not _ok_before(text, tech.start()):
        return
    every = ctx.every_org(i)
    # the owner: "Synaffix's technology", else the company whose technology a sentence just before named
    owner = next((m.key for m in reversed(every) if m.end - s.start <= tech.start() and POSSESSIVE.match(text, m.end - s.start)), None)
    for j in range(i - 1, max(-1, i - 3), -1):
        if owner:
            break
        t = ctx.sentences[j].text
        if TECHNOLOGY.search(t):
            owner = next((m.key for m in ctx.every_org(j) if POSSESSIVE.match(t, m.end - ctx.sentences[j].start)), None)
    among = AMONG.search(text)
    if among:
        licensees = [m.key for m in every if m.start - s.start >= among.end() and m.key != owner]
    else:
        licensor, licensee = _license_parties(ctx, i, LICENSE_CUE.search(text))
        owner = licensor or owner
        licensees = [licensee] if licensee else []
    if not owner or ctx.kind_of(owner) != "Company":
        return
    value = _value_of(ctx, i)
    for n, key in enumerate(dict.fromkeys(licensees)):
        if ctx.kind_of(key) != "Company":
            continue
        ctx.add_fact("licensing", i, {"licensor": ctx.org_ref(owner), "licensee": ctx.org_ref(key)},
                     {"territory": _territory(text) if not among else None, **_value_fields(value if n == 0 else None)}, confidence=0.6)


# "BE also licenses a recombinant protein COVID-19 vaccine candidate from Baylor": a product the text does not name,
# not the one it is about
# (or products still to be found: "a research collaboration and license agreement ... to discover and develop RNA editing
# medicines for genetic hearing loss")
ANOTHER_PRODUCT = compile_pattern(r"\b(?:a|an|another|second|new)\s+(?:(?!(?:the|to|of|for|in|on|with|its|their|licen\w*|rights)\b)[\w\-]+\s+){0,5}?(?:candidates?|vaccines?|compounds?|"
                                  r"molecules?|assets?|products?|therap(?:y|ies)|antibod(?:y|ies)|programmes?|programs?)\b|"
                                  r"\bto\s+(?:jointly\s+)?(?:discover|identify|research)(?:,?\s+(?:and\s+)?(?:develop|commerciali[sz]e|optimi[sz]e))*\s+"
                                  r"(?:(?!(?:the|its|their)\b)[\w\-]+\s+){0,4}?(?:medicines|therapeutics|drugs|therapies|treatments|drug\s+candidates)\b")


# "the transfer of technology of Valneva's chikungunya vaccine": a company's product by its kind
OWNERS_PRODUCT = compile_pattern(r"\b[A-Z][\w\-]*['’]s?\s+(?:[a-z][\w\-]*\s+){0,2}(?:vaccine|drug|medicine|antibody|biosimilar|therapy)\b"
                                 r"(?!\s+(?:technolog|platform|portfolio|programs?|programmes?|candidates|research))")


def _referred_product(ctx: DocContext, i: int, recent: list[tuple[int, str]]) -> str | None:
    """The product a sentence that names none speaks of: the one its "About NAME" section describes, the
    document's main product when it was named in the last three sentences, else the one "the vaccine",
    "the compound", "it" refers to (the last named within six sentences)."""
    s = ctx.sentences[i]
    text = s.text
    in_section = ctx.section_product(s.section)
    if in_section and (THE_PRODUCT.search(text) or re.search(r"\bit\b", text)):
        return in_section
    if re.search(r"\b(?:rights?|licen[cs]e)\s+(?:to|for)\s+(?:[\w\-’']+\s+){0,4}(?:technolog\w+|platforms?)\b", text):
        return None  # "rights to Arcturus' sa-mRNA vaccine technology": a technology, no product
    near = {p for j, p in recent if i - j <= 3}
    main = ctx.main_product()
    if main in near and re.search(r"\b(?:licen[cs]\w*|rights?)\b", text) and not ANOTHER_PRODUCT.search(text):
        return main
    if (THE_PRODUCT.search(text) or OWNERS_PRODUCT.search(text)) and re.search(r"\b(?:licen[cs]\w*|rights?)\b", text):
        return ctx.last_product(i) or main  # (named long before: the vaccine the whole text is about)
    return None


#: the next sentence names what a deal covers
DEAL_INCLUDES = compile_pattern(r"(?:The|This)\s+(?:agreement|licen[cs]e|deal|transaction)\s+(?:includes|covers|comprises|spans|encompasses)\b")
#: products named together before, referred to together: "They", "both products", "the two medicines"
PLURAL_PRODUCTS = compile_pattern(r"^They\b|\b(?:[Bb]oth|[Tt]he\s+two|[Tt]hese|[Tt]he\s+three)\s+(?:products|medicines|drugs|therapies|tablets|treatments)\b")
LICENSEE_LIST = compile_pattern(r"\b(?:licen[cs]e\s+partners|licensees)\b,?\s+(?:including|such\s+as|among\s+them|namely)\s+")


def _listed_licensees(ctx: DocContext, i: int, products: list[str]) -> bool:
    """ "Basilea commercialises it through licence partners, including Astellas in the United States and Pfizer in most
    European countries": a licence to each partner listed, for the territory named after it. Whether it read one."""
    s = ctx.sentences[i]
    listed = LICENSEE_LIST.search(s.text)
    if not listed:
        return False
    orgs = ctx.orgs(i)
    owner = next((m.key for m in orgs if m.end - s.start <= listed.start()), None) or ctx.coref_company(i, s.start + listed.start())
    after = [m for m in orgs if m.start - s.start >= listed.end() and m.key != owner]
    if not products and re.search(r"\b(?:it|them)\b", s.text[:listed.start()]):
        products = [p for p in (ctx.last_product(i),) if p]
    if not owner or len(after) < 2 or not products:
        return False
    for n, m in enumerate(after):
        upto = after[n + 1].start - s.start if n + 1 < len(after) else len(s.text)
        for pk in products:
            ctx.add_fact("licensing", i, {"licensor": ctx.org_ref(owner), "licensee": ctx.org_ref(m.key), "product": f"Product|{pk}"},
                         {"territory": _territory(s.text[m.end - s.start: upto])}, confidence=0.7)
    return True


LIST_FOLLOWS_TO = compile_pattern(r"\bto\s*:\s*$")


def _licensees_listed_below(ctx: DocContext, i: int, cue: re.Match[str], products: list[str]) -> bool:
    """ "Henlius has already out-licensed HLX02 to:" and the licensees listed below it, one a line, each with its territory
    ("- Accord Healthcare, ..., for Europe and ...;"). Whether it read one."""
    s = ctx.sentences[i]
    if not products or not LIST_FOLLOWS_TO.search(s.text):
        return False
    owner = next((m.key for m in ctx.orgs(i) if m.end - s.start <= cue.start()), None)
    if not owner:
        return False
    found = False
    for j in range(i + 1, min(i + 12, len(ctx.sentences))):
        item = ctx.sentences[j]
        first = next(iter(ctx.orgs(j)), None)
        if first is None or first.start > item.start + 2 or first.key == owner or "\n" not in ctx.doc.text[max(0, item.start - 4): item.start]:
            break
        for pk in products:
            ctx.add_fact("licensing", j, {"licensor": ctx.org_ref(owner), "licensee": ctx.org_ref(first.key), "product": f"Product|{pk}"},
                         {"territory": _territory(item.text)}, confidence=0.7)
        found = True
    return found


def licensing(ctx: DocContext) -> None:
    recent: list[tuple[int, str]] = []
    for i, s in enumerate(ctx.sentences):
        text = s.text
        products = [m.key for m in ctx.of_kind(i, "Product")]
        recent += [(i, p) for p in products]
        cue = LICENSE_CUE.search(text)
        if cue and len(products) > 1:
            # (not the INN of a product named before it, "Herzuma (trastuzumab)", nor the medicine a biosimilar copies: "BFI-751,
            # an ustekinumab biosimilar candidate")
            copied = {m.key for m in ctx.of_kind(i, "Product") if m.key.islower() and (
                COPIED_AFTER.match(text, m.end - s.start) or COPIED_BEFORE.search(text, max(0, m.start - s.start - 40), m.start - s.start))
                # (or a brand: "for NESP Biosimilar DA-3880", "DA-3880, a biosimilar of ARANESP(R)/NESP(R)")
                or BRAND_COPIED_AFTER.match(text, m.end - s.start) or BRAND_COPIED_BEFORE.search(text, max(0, m.start - s.start - 60), m.start - s.start)}
            products = [p for p in products if p not in copied] or products
        if cue and len(products) > 1:  # (still more than one)
            # "rights to ALT-B4 for a subcutaneous formulation of KEYTRUDA": the product the licensed one is used with
            used = {m.key for m in ctx.of_kind(i, "Product") if USED_WITH.search(text, max(0, m.start - s.start - 60), m.start - s.start)}
            products = [p for p in products if p not in used] or products
        if not cue or s.section in ("boilerplate", "heading") or not _ok_before(text, cue.start()):
            continue
        if any(m.kind == "Regulator" and 0 <= cue.start() - (m.end - s.start) <= 12 for m in ctx.by_sentence[i]):
            continue  # "Neupogen, which the FDA first licensed in 1991": a regulator's licence is an approval
        if HELD_RIGHTS.search(text, max(0, cue.start() - 40), cue.start()) and ACQ_VERB.search(text, 0, cue.start()):
            continue  # "will acquire Cullinan Pearl, the subsidiary that holds worldwide rights to X": bought with the company
        if _listed_licensees(ctx, i, products) or _licensees_listed_below(ctx, i, cue, products):
            continue
        clauses = _licence_clauses(s)
        if clauses == [s] and ";" in text and products and ":" not in text[: text.find(";")]:  # (not a list: "...: A; B; and C")
            # "X has licensed its NAV Technology to other companies; Novartis uses the NAV vector in Zolgensma": the
            # products of the licence's own part of the sentence, where it names any
            part = next(((a, b) for a, b in split_spans(text, SEMICOLON) if a <= cue.start() < b), None)
            own = [m.key for m in ctx.of_kind(i, "Product") if part and part[0] <= m.start - s.start < part[1]]
            products = [p for p in products if p in own] or products
        if clauses == [s] and KEEPS_RIGHTS.search(text) or RIGHTS_RETURNED.search(text):
            continue  # (nor "the Japanese marketing rights to Lutathera ... would be returned to AAA": a licence ended)
        if not products and s.section.startswith("about:") and not ctx.section_product(s.section) and ctx.section_org(s.section) and \
                not re.search(r"(?i)\b(?:collaboration|partnership|alliance|agreement)$", s.section):
            continue  # "About Everest: ... in-licensing late-stage assets from global companies": a business, not a deal
        if not products and i + 1 < len(ctx.sentences) and DEAL_INCLUDES.match(ctx.sentences[i + 1].text):
            # "... a global, exclusive licence agreement with BMS covering BioArctic's antibody programme against
            # PyroGlu-Abeta. The agreement includes two antibodies, BAN1503 and BAN2803, and related products."
            products = [m.key for m in ctx.of_kind(i + 1, "Product")]
        if not products and (listed := ctx.listed_products(i)):
            products = listed  # "... signed licensing agreements with Y. The agreements cover: - PB016, ...; - PB018, ..."
        if not products and PLURAL_PRODUCTS.search(text):
            # "NEXLETOL and NEXLIZET ... They are commercialised in Europe by X under a licence": every product just named
            for j in range(i - 1, max(-1, i - 7), -1):
                named = list(dict.fromkeys(p for n, p in recent if n == j))
                if len(named) > 1:
                    products = named
                    break
        if not products:
            referred = _referred_product(ctx, i, recent)
            if referred is None and ANOTHER_PRODUCT.search(text) and not TECHNOLOGY.search(text):
                referred = ""  # a licence to a product the text does not name: the parties, no product
            if referred is None:
                _technology_licences(ctx, i)
                continue
            products = [referred]
        # "SK bioscience holds a licence to ... in South Korea, and Takeda holds a licence to ... in Japan":
        # each clause its own licence
        # "..., while Kelun-Biotech retains the rights in China": the company keeping rights is the licensor
        keeper = next((m.key for c in clauses if c != s and KEEPS_RIGHTS.search(c.text)
                       for m in ctx.orgs(i) if c.start <= m.start < c.end), None)
        for clause in clauses:
            ccue = LICENSE_CUE.search(clause.text)
            if not ccue or not _ok_before(clause.text, ccue.start()) or KEEPS_RIGHTS.search(clause.text):
                continue
            if RIGHTS_BY_PURCHASE.match(clause.text, ccue.end()) or DEAL_GIVES.search(clause.text, 0, ccue.start()):
                continue  # "obtained the rights to PSMA-617 through its acquisition of Endocyte", "The acquisition gives
                # Genmab worldwide rights to ProfoundBio's ADC portfolio": bought, not licensed
            # (each licence clause its own products, up to the next licence clause with a party, where it names any: "Arrowhead
            # licensed JNJ-3989 to Janssen, and in 2020 it signed a licence agreement with Takeda for ARO-AAT"; but "options
            # to license two programs - JS006, ..., and JS018-1, ..." both)
            upto = next((c.start for c in clauses if c.start > clause.start and LICENSE_CUE.search(c.text) and (
                PRONOUN_SUBJECT.match(c.text) or ctx.orgs(i, c.start, c.end))), s.end)
            own = [p for p in products if any(m.key == p and clause.start <= m.start < upto for m in ctx.of_kind(i, "Product"))]
            _licence(ctx, i, clause, ccue, own if clause is not s and own else products, keeper)
    _one_direction(ctx)


# what tells which way a licence goes ("Sosei grants Neurocrine exclusive rights", "licensed X to Y", "in-licensed from")
DIRECTED = compile_pattern(r"\b(?:grants?|granted|granting|gives?|gave|receives?|received|obtains?|obtained|in-licen[cs]\w*|out-licen[cs]\w*|"
                           r"licen[cs](?:es|ed|ing)\s+(?:[\w\-]+\s+){0,6}?(?:to|from)|licen[cs]ee|licensor)\b")


def _rights_keepers(ctx: DocContext) -> set[str]:
    """The companies the text says keep rights ("Kestrel keeps all rights in Greater China"), as references."""
    if "_keepers" not in ctx.__dict__:
        keepers = set()
        for i, s in enumerate(ctx.sentences):
            if (kept := KEEPS_RIGHTS.search(s.text)):
                before = [m for m in ctx.every_org(i) if s.start <= m.start and m.end - s.start <= kept.start()]
                key = before[-1].key if before else (ctx.coref_company(i, s.start + kept.start()) if PRONOUN_SUBJECT.match(s.text) else None)
                if key:
                    keepers.add(ctx.org_ref(key))
        ctx.__dict__["_keepers"] = keepers
    return ctx.__dict__["_keepers"]


def _one_direction(ctx: DocContext) -> None:
    """A licence read both ways for one product ("Neurocrine and Sosei today announced a licensing agreement" read as
    Neurocrine's, "Sosei grants Neurocrine exclusive rights"): the reading whose sentence says which way it goes."""
    # ("RAPT and Jemincare today announced an exclusive license agreement for JYB1904 ... Jemincare keeps all rights in
    # Greater China": the one keeping rights is the one that granted the others, where the sentence says no direction)
    keepers = _rights_keepers(ctx)
    for n, f in enumerate(ctx.facts):
        if keepers and f.kind == "licensing" and f.evidence and f.role("licensee") in keepers and f.role("licensor") \
                and f.role("licensor") not in keepers and not DIRECTED.search(f.evidence.sentence) \
                and not re.search(r"\bfrom\b", f.evidence.sentence):
            roles = {**dict(f.roles), "licensor": f.role("licensee"), "licensee": f.role("licensor")}
            ctx.facts[n] = dataclasses.replace(f, roles=tuple(roles.items()))
    licences = [f for f in ctx.facts if f.kind == "licensing" and f.role("licensor") and f.role("licensee") and f.evidence]
    directed = {id(f): bool(DIRECTED.search(f.evidence.sentence)) for f in licences}
    drop, named = set(), {}
    for f in licences:
        for g in licences:
            # (the parties named alike or as one group's members: "CSPC Megalith Biopharmaceutical" and then "CSPC", the
            # directed reading taking the names and terms of the first)
            if f.role("product") == g.role("product") and same_group(f.role("licensor"), g.role("licensee")) \
                    and same_group(f.role("licensee"), g.role("licensor")) and directed[id(g)] and not directed[id(f)]:
                drop.add(id(f))
                named[id(g)] = dataclasses.replace(g, roles=tuple({**dict(g.roles), "licensor": f.role("licensee"),
                                                                   "licensee": f.role("licensor")}.items()),
                                                   values=tuple({**dict(f.values), **{k: v for k, v in g.values if v}}.items()))
    if drop:
        ctx.facts = [named.get(id(f), f) for f in ctx.facts if id(f) not in drop]


USED_WITH = compile_pattern(r"\b(?:formulations?|versions?|use\s+with|(?:in\s+)?combination\s+with|combined\s+with|co-formulated\s+with)\s+"
                            r"(?:of\s+)?(?:(?:its|their|the)\s+)?(?:[\w\-]+\s+){0,2}?$", re.I)
# "Recordati has signed an agreement with Novartis AG to acquire the worldwide rights to Signifor": the signer takes them
SIGNED_WITH_TO_TAKE_RIGHTS = compile_pattern(r"\b(?:agreements?|deal|term\s+sheet)(?P<with>\s+with\s+)[^;]{1,120}?\bto\s+(?:acquire|obtain|in-license|"
                                             r"buy|purchase)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?rights\b")
SIGNED_WITH_TO_SELL = compile_pattern(r"\blicen[cs]\w*\s+(?:and\s+[\w\-]+\s+)?agreements?(?P<with>\s+with\s+)[^;]{1,200}?\bto\s+"
                                      r"(?:exclusively\s+)?(?:commerciali[sz]e|market|distribute|sell)\b")


def _licence_clauses(s: Sentence) -> list[Sentence]:
    """The clauses of a sentence that each state a licence, else the whole sentence."""
    spans = split_spans(s.text, LICENCE_CLAUSE_BREAK)
    # (or one that keeps rights: "Novavax has licensed Matrix-M to SII ...; Novavax keeps the rights in other
    # markets": the kept rights are no licence, the first clause is)
    if len(spans) > 1 and (sum(bool(LICENSE_CUE.search(s.text[a:b])) for a, b in spans) >= 2
                           or any(KEEPS_RIGHTS.search(s.text[a:b]) for a, b in spans)):
        return [Sentence(s.text[a:b], s.start + a, s.start + b, s.section) for a, b in spans]
    return [s]


RIGHTS_BY_PURCHASE = compile_pattern(r"[^,;]{0,80}?\b(?:through|via|with|by\s+way\s+of|as\s+part\s+of)\s+(?:its\s+|their\s+|the\s+)?"
                                     r"(?:[\w$€£¥.,\-]+\s+){0,3}?(?:acquisition|purchase|takeover|merger)\b")
DEAL_GIVES = compile_pattern(r"\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:[\w$€£¥.,\-]+\s+){0,3}?(?:acquisition|purchase|takeover|merger)\s+(?:gives|grants|brings|provides|gave)\b")
DEVELOPED_WITH = compile_pattern(r"\b(?:developed|discovered|co-developed)\s+(?:\w+\s+)?(?:in\s+(?:collaboration|partnership)|together)\s+with\b")
RIGHTS_RETURNED = compile_pattern(r"\brights\b[^;]{0,240}?\b(?:(?:be|been|were|was|are|is)\s+)?(?:returned|reverted|revert|transferred\s+back)\s+to\b")
HELD_RIGHTS = compile_pattern(r"\b(?:that|which|who)\s+(?:holds?|owns?|has|had|held)\s+(?:the\s+|all\s+)?(?:[\w\-]+\s+){0,3}$")
KEEPS_RIGHTS = compile_pattern(r"\b(?:keeps?|retains?|retained|kept)\s+(?:\w+\s+){0,2}rights\b")
# (and ", and in May 2024 it granted STADA ...": a clause of its own after a date or "it")
# (and "... worldwide, excluding Japan and Taiwan, where Shionogi keeps all rights": the keeper's clause)
SEMICOLON = compile_pattern(r";\s+")
LICENCE_CLAUSE_BREAK = compile_pattern(r";\s+|,\s+(?:and|while|whereas|where)\s+(?=[A-Z]|(?:in|on|by|from)\s+(?:[A-Z]|\d)|it\s|the\s+company\s)")


def _parents_only(ctx: DocContext, i: int, mentions: list) -> set[str]:
    """The companies sentence ``i`` names only as the group another belongs to ("Legend Biotech, a subsidiary of
    GenScript, ... signed a licence with Janssen"): no party of what it says."""
    parent = {m.key for m in mentions if ctx.is_parent_in_apposition(i, m)}
    return parent - {m.key for m in mentions if m.key in parent and not ctx.is_parent_in_apposition(i, m)}


def _licence(ctx: DocContext, i: int, clause: Sentence, cue: re.Match[str], products: list[str], keeper: str | None = None) -> None:
    licensor, licensee = _license_parties(ctx, i, cue, clause)
    named = [m for m in ctx.orgs(i) if clause.start <= m.start < clause.end]
    described = _parents_only(ctx, i, named)
    if described & {licensor, licensee}:
        rest = [m.key for m in named if m.key not in described and m.key not in (licensor, licensee)]
        licensor = licensor if licensor not in described else (rest.pop(0) if rest else None)
        licensee = licensee if licensee not in described else (rest.pop(0) if rest else None)
    if keeper and keeper != licensee and (licensor is None or licensor == licensee or licensee is None):
        licensor, licensee = keeper, (licensee or (licensor if licensor != keeper else None))
    if (licensor is None and licensee is None) or licensor == licensee:
        return
    value = deal_value(clause.text)
    if value is None:
        # "... The total potential deal value is up to $1.2 billion." in the next sentences
        for j in (i + 1, i + 2):
            if j < len(ctx.sentences) and re.search(r"\b(?:deal|transaction|agreement|upfront|milestones?|total|worth|valu\w+)\b",
                                                      ctx.sentences[j].text, re.I):
                value = _value_of(ctx, j)
                if value:
                    break
    if value is None:
        # ... or further on, under "Financial terms": "Together, these payments bring the total potential value of the
        # transaction to up to approximately US$6.035 billion"
        totals = [v for j in range(i + 3, min(len(ctx.sentences), i + 8))
                  if ctx.sentences[j].section != "boilerplate" and DEAL_TOTAL.search(ctx.sentences[j].text) and (v := _value_of(ctx, j))]
        value = max(totals, key=lambda v: v[1]) if totals else None
    territory = _territory(clause.text)
    if (licensor is None or licensee is None) and value is None:
        return  # one side and no deal value: "Valneva licensed IXIARO" says too little to be a licence
    # "the two companies granted TRACON an exclusive licence": both grant it
    pair = [k for k in ctx.pair_before(i) if k != licensee] if licensee and PAIR_COREF.search(clause.text, 0, cue.start()) else []
    licensors = pair if len(pair) == 2 and licensor in pair else [licensor]
    for pk in products:
        if not pk and (licensor is None or licensee is None):
            continue  # no product and one side: says nothing
        for grantor in licensors:
            ctx.add_fact("licensing", i, {"licensor": ctx.org_ref(grantor) if grantor else None,
                                          "licensee": ctx.org_ref(licensee) if licensee else None,
                                          "product": f"Product|{pk}" if pk else None},
                         {"territory": territory, **_value_fields(value)})
        if licensor and pk:
            ctx.note_developer(f"Product|{pk}", ctx.org_ref(licensor), i, 1)
    # "licensing agreements with five generic manufacturers – Cipla, Dr. Reddy's Laboratories, Emcure Pharmaceuticals, Hetero
    # Labs and Sun Pharmaceutical Industries –": each company listed with the licensee is one
    if licensor and licensee:
        orgs = [m for m in ctx.orgs(i) if clause.start <= m.start < clause.end]
        at = next((n for n, m in enumerate(orgs) if m.key == licensee), None)
        listed = []
        for m in orgs[at + 1:] if at is not None else ():
            if not re.fullmatch(r",\s+|,?\s+and\s+", ctx.doc.text[orgs[at + len(listed)].end: m.start]) or m.key == licensor:
                break
            listed.append(m)
        if listed:
            for m in listed:
                for pk in products:
                    ctx.add_fact("licensing", i, {"licensor": ctx.org_ref(licensor), "licensee": ctx.org_ref(m.key),
                                                  "product": f"Product|{pk}" if pk else None}, {"territory": territory, **_value_fields(value)})
    # "PharmaMar has licensed lurbinectedin to Luye for China, and to Boryung for South Korea": each "and to B" a licence
    if licensor and licensee:
        for more in re.finditer(r",?\s+and\s+to\s+", clause.text):
            nxt = [m for m in ctx.orgs(i) if m.start - clause.start == more.end() and m.key not in (licensor, licensee)]
            if nxt:
                rest = clause.text[more.end():]
                for pk in products:
                    ctx.add_fact("licensing", i, {"licensor": ctx.org_ref(licensor), "licensee": ctx.org_ref(nxt[0].key),
                                                  "product": f"Product|{pk}" if pk else None}, {"territory": _territory(rest)})


SERVICE_VERB = compile_pattern(
    r"\b(?:manufactur(?:e|es|ed|ing)|produc(?:e|es|ed|ing|tion)|fill(?:s|ed|ing)?[- ](?:and[- ])?finish|fill(?:ing)?\s+and\s+finish|makes|"
    r"suppl(?:y|ies|ied)\s+(?:\w+\s+){0,3}(?:for|to)|(?:development|manufacturing|services?|supply|capacity\s+reservation)\s+agreement|"
    r"reserv(?:e|es|ed)\s+(?:\w+\s+)?capacity|CDMO|CRDMO|CMO|CRO|CDO|contract\s+(?:research|development|manufactur\w+)|"
    r"technology\s+transfer|process\s+development|scale-up|(?:selected|chose|chosen|appointed|engaged)\s+(?:\w+\s+){0,4}(?:as|to)|"
    r"fill(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?and\s+packag(?:e|es|ed|ing))\b",
    re.I,
)
# "in-house", "at its own sites": made by the company itself (not "drawing on its own stock of raw material")
OWN_MAKING = compile_pattern(r"\bin-house\b|\b(?:its|our|their)\s+own\s+(?:[\w\-]+\s+){0,2}?(?:facilit\w*|sites?|plants?|factor\w+|"
                             r"manufactur\w*|production|capacity|network|operations|lines?)\b")
MAKES = compile_pattern(r"\s+(?:(?:will|also|already|now|currently|is\s+to|has|have|has\s+long|has\s+also|agreed\s+to|agrees\s+to|continues\s+to|will\s+continue\s+to)\s+)?"
                   r"(?:helps?\s+(?:to\s+)?)?"  # ("Sanofi will help manufacture and supply COMIRNATY")
                   r"(?:manufactur(?:e|es|ed)|produc(?:e|es|ed)|suppl(?:y|ies|ied)|makes|fill(?:s)?\s+and\s+packag(?:e|es)|formulat(?:e|es)|"
                   r"is\s+(?:the\s+|a\s+)?(?:sole\s+|exclusive\s+|main\s+|only\s+|primary\s+)?(?:manufacturer|supplier|producer)\s+of|"
                   r"is\s+(?:manufacturing|producing|supplying)|(?:is|are|will\s+be|remains?)\s+responsible\s+for\s+(?:the\s+)?(?:manufactur\w+|production|supply\w*)|"
                   r"fill(?:s)?\s+and\s+finish(?:es)?|(?:performs?|handles?|provides?|carry\s+out|carries\s+out)\s+(?:the\s+)?(?:[\w\-]+,?\s+(?:and\s+)?){0,4}?"
                   r"(?:fill[- ]finish|fill(?:ing)?|manufactur\w+|production|packag\w+|formulation))\b")
MAKES_TO = compile_pattern(r"\b(?:will|to)\s+(?:manufactur(?:e|es)|produc(?:e|es)|suppl(?:y|ies))(?:\s+and\s+suppl(?:y|ies))?\s+"
                           r"(?:[\w\-]+\s+){0,3}?(?:to|for)\s+(?=[A-Z])")
AGREEMENT_WITH = compile_pattern(r"\b(?i:agreement|contract|letter\s+of\s+intent|memorandum\s+of\s+understanding|MoU|term\s+sheet)\s+with\s+"
                                 r"[^;]{1,120}?,?\s+(?:under\s+which|whereby|in\s+which)\s+$")
# "Gland Pharma signs agreement with RDIF to manufacture up to 252 million doses of the Sputnik V vaccine": the subject
# makes for the company it signed with
SIGNED_TO_MAKE = compile_pattern(r"\b(?:signs?|signed|has\s+signed|enters?\s+into|entered\s+into|has\s+entered\s+into|concludes?|concluded)\s+"
                                 r"(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,4}?(?:agreement|contract|deal|letter\s+of\s+intent|memorandum\s+of\s+understanding|MoU)\s+"
                                 r"with\s+(?P<with>(?:(?!\b(?:under\s+which|whereby|which)\b)[^;]){1,80}?)\s+(?:to\s+(?:help\s+)?(?:manufacture|produce|make|fill|supply)\b|"
                                 # ("... with Novavax, Inc. (Nasdaq: NVAX) for the commercial-scale production of the antigen")
                                 r"for\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:production|manufactur(?:e|ing)|fill[- ]finish(?:ing)?)\s+of\b|to\s+(?:"
                                 # ("... with BioNTech SE to use its manufacturing capacity and expertise to support the production of")
                                 r"(?:use|provide|offer|dedicate)\s+(?:its|their)\s+(?:[\w\-]+\s+){0,2}?(?:manufacturing|production|fill[- ]finish)\s+capacity\b|"
                                 r"reserve\s+(?:[\w\-]+\s+){0,2}?(?:manufacturing|production|fill[- ]finish)\s+capacity\b|"
                                 r"support\s+(?:the\s+)?(?:production|manufactur\w+)\s+of\b))")
# "Boehringer Ingelheim's contract manufacturing business produces ...": the company through a part of it
OWN_UNIT = compile_pattern(r"['’]s?\s+(?:[\w\-]+\s+){0,3}?(?:business|unit|division|arm|subsidiary|site|plant|facility|operations)(?=\s)")
PRONOUN_AFTER_COLON = compile_pattern(r"[:;]\s+(?:[^,;:]{1,30},\s+)?(?P<it>it|the\s+company)\b")  # ("...: in July, the company")
PRONOUN_SUBJECT = compile_pattern(r"^(?:[^,;]{0,40}?(?:,\s+|\s+))?(?P<it>[Ii]t|[Tt]he\s+(?:company|group|Group|Company|CDMO|CRDMO|CMO))\b")
SPUN_FROM = compile_pattern(r"\b(?:spin-?off|spin-?out|spun[\s-]+(?:off|out))\s+(?:from|of)\s+(?:the\s+)?$|\b(?:formerly|previously)\s+(?:a\s+)?(?:part|unit|division|subsidiary)\s+of\s+(?:the\s+)?$")
TECH_TO = compile_pattern(r"\btransfer(?:red|s)?\s+(?:of\s+)?(?:the\s+|its\s+)?(?:manufacturing\s+|production\s+)?(?:technology|process|know-how)\s+"
                          r"(?:(?:for|of)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+)?to\s+(?:the\s+)?")
MAKES_AFTER = compile_pattern(r"\b(?:produc\w+|manufactur\w+|makes?|made|fill\w*|batch(?:es)?)\b")
THE_PRODUCT = compile_pattern(r"\b(?:the|this)\s+(?:vaccine|drug|product|medicine|antibody|biosimilar|therapy|candidate|compound|molecule)\b")
PROVIDER_KINDS = compile_pattern(r"\b(CRDMO|CDMO|CMO|CRO|CDO|IDMO)\b|contract\s+(?:development\s+and\s+)?manufactur|contract\s+research", re.I)


PROVIDER_BEFORE = compile_pattern(r"\b(?:contract\s+(?:development\s+and\s+)?manufacturing|CDMO|CRDMO|CMO|CRO|manufacturing)\s+"
                                  r"(?:partner|organi[sz]ation|provider|supplier)\s+$")


def _provider_types(ctx: DocContext) -> dict[str, str]:
    """Companies the document (or the reference table) describes as service providers (worked out once)."""
    if not hasattr(ctx, "_providers"):
        ctx._providers = _find_provider_types(ctx)
    return ctx._providers


def _find_provider_types(ctx: DocContext) -> dict[str, str]:
    providers: dict[str, str] = {}
    lex = lexicon()
    for key, names in ctx.found.org_names.items():
        for name in sorted(names):
            row = lex.company(name)
            if row and PROVIDER_KINDS.search(row.get("kind", "")):
                providers.setdefault(key, _service_type(row["kind"]) or "CDMO")
    for i, s in enumerate(ctx.sentences):
        about = ctx.section_org(s.section)
        if about and PROVIDER_KINDS.search(s.text) and re.search(r"\b(?:is|operates\s+as|as)\s+(?:a|an|the)\b", s.text):
            providers.setdefault(about, _service_type(s.text) or "CDMO")
        for m in ctx.orgs(i):
            # "its contract manufacturing partner Polymun Scientific", "its CDMO partner X"
            kind = PROVIDER_BEFORE.search(s.text, max(0, m.start - s.start - 60), m.start - s.start)
            if kind:
                providers.setdefault(m.key, _service_type(kind.group()) or "CMO")
            after = s.text[m.end - s.start: m.end - s.start + 140]
            # ("Emergent will provide contract development and manufacturing (CDMO) services to produce ...")
            if re.match(r"\s*(?:\([^)]*\)\s*)?,?\s*(?:a|an|the|is\s+a|as\s+(?:the|its|a)|which\s+describes\s+itself\s+as\s+the|"
                        r"(?:will\s+|to\s+|shall\s+|also\s+)?(?:provides?|offers?|performs?)\s+(?:its\s+|the\s+)?(?:[\w\-]+\s+){0,5}?(?:\([A-Z]+\)\s+)?services)\b", after):
                head = re.split(r"[;.]|\band\b\s+[A-Z]", after)[0]
                if PROVIDER_KINDS.search(head):
                    providers.setdefault(m.key, _service_type(head) or "CDMO")
    return providers


def _makers(ctx: DocContext, i: int, providers: dict[str, str]) -> bool:
    """Service facts from "A manufactures/produces/supplies X (to|for B)" clauses; True when the sentence had one.

    "POINT manufactures and supplies PNT2002 and PNT2003 to Lantheus"; "Emergent BioSolutions produces drug
    substance for the vaccine ..., and Catalent performs fill-finish at its site": each subject is a provider, and
    without a named client the owner of the product (named, or "the vaccine" just named) is the client.
    """
    s = ctx.sentences[i]
    text = s.text
    every = ctx.every_org(i)
    doers = [m for m in every if MAKES.match(text, m.end - s.start)
             or (unit := OWN_UNIT.match(text, m.end - s.start)) and MAKES.match(text, unit.end())]
    signed = SIGNED_TO_MAKE.search(text)
    if not doers and signed:
        subject = [m for m in every if m.end - s.start <= signed.start()]
        partner = [m for m in every if signed.start("with") <= m.start - s.start < signed.end("with")]
        if subject and partner and len({m.key for m in subject}) == 1 and subject[0].key != partner[0].key:
            doers = [Mention(subject[0].text, "Company", subject[0].start, s.start + signed.start(), subject[0].key)]
    # "RDIF facilitated the transfer of the manufacturing technology to Laboratorios Richmond, which has produced a first
    # batch": the one the process goes to makes for the one it comes from
    moved = TECH_TO.search(text) if not doers else None
    moved_client = None
    if moved:
        to = [m for m in every if m.start - s.start >= moved.end()]
        source = [m for m in every if m.end - s.start <= moved.start() and ctx.kind_of(m.key) == "Company"]
        if to and source and to[0].start - s.start == moved.end() and to[0].key != source[0].key and MAKES_AFTER.search(text, moved.end()):
            doers = [Mention(to[0].text, "Company", to[0].start, to[0].end, to[0].key)]
            signed = None
            moved_client = source[0].key
    # "For many years it has produced the vector used to make X's therapy": the company the pronoun stands for
    # (or after a colon: "PharmaMar keeps the production rights: it manufactures ... and supplies P to Jazz")
    pronoun = next((p for p in [PRONOUN_SUBJECT.match(text), *PRONOUN_AFTER_COLON.finditer(text)]
                    if p and MAKES.match(text, p.end())), None)
    if not doers and pronoun:
        subject = [m for m in every if m.end - s.start <= pronoun.start() and m.start - s.start < 3]
        who = (subject[0].key if subject else None) or ctx.section_org(s.section) or ctx.coref_company(i) \
            or (ctx.main if s.section.startswith("about:") else None) or (ctx.subject_company(i) if pronoun.start() < 3 else None)
        if who and ctx.kind_of(who) == "Company":
            doers = [Mention(pronoun.group("it"), "Company", s.start + pronoun.start("it"), s.start + pronoun.end(), who)]
    # "During the pandemic the Spokane site worked around the clock, producing Gilead Sciences' antiviral remdesivir": the
    # company whose site it is (the one the text is about) makes the products of the companies named with them
    site = SITE_MAKES.match(text)
    if not doers and site and not OWN_MAKING.search(text) and not re.search(r"['’]s?\s+own\b", text):  # (not "makes SK bioscience's own vaccines")
        who = ctx.section_org(s.section) or ctx.coref_company(i) or ctx.main
        if who and ctx.kind_of(who) == "Company" and not any(m.end - s.start <= site.end("site") for m in every):
            doers = [Mention(site.group("site"), "Company", s.start + site.start("site"), s.start + site.end("site"), who)]
    # "Henlius will remain responsible for development and, if approved, will manufacture and supply them to Organon":
    # the subject of the sentence makes for the company named after "to"
    late = MAKES_TO.search(text)
    if not doers and late:
        subject = [m for m in every if m.end - s.start <= late.start()]
        if subject and subject[0].start - s.start < 3 and len({m.key for m in subject}) == 1:
            doers = [Mention(subject[0].text, "Company", subject[0].start, s.start + late.start(), subject[0].key)]
    if not doers:
        return False
    products = [p.key for p in ctx.of_kind(i, "Product")]
    if not products and THE_PRODUCT.search(text) and ctx.last_product(i):
        products = [ctx.last_product(i)]
    found = False
    for n, d in enumerate(doers):
        clause_end = doers[n + 1].start - s.start if n + 1 < len(doers) else len(text)
        clause = text[d.end - s.start: clause_end]
        named = [m for m in every if d.end <= m.start < s.start + clause_end and m.key != d.key
                 and re.search(r"\b(?:to|for|on\s+behalf\s+of)\s+(?:the\s+)?$", text[: m.start - s.start])]
        client = named[0].key if named else moved_client
        if client is None and signed and d.end <= s.start + signed.start():
            client = next((m.key for m in every if signed.start("with") <= m.start - s.start < signed.end("with") and m.key != d.key), None)
        if client is None and re.search(r"\bfor\s+(?:the\s+(?:company|group|drugmaker)|it|them)\b", clause):
            # "All three work for Novo Nordisk: Catalent performs sterile fill-finish for the company"
            others = [m.key for m in every if m.key != d.key and m.key not in providers and m.start < d.start]
            client = others[-1] if others else None
        clients = [client] if client else []
        if client is None and AGREEMENT_WITH.search(text, 0, d.start - s.start):
            # "Legend and Janssen entered into a ... Supply Services Agreement with Novartis, under which Novartis will
            # manufacture cilta-cel": those who signed with the maker are its clients
            clients = list(dict.fromkeys(m.key for m in every if m.start < d.start and m.key != d.key and m.key not in providers))
        if client is None and not clients and re.search(r"\bunder\s+which\s+$", text[: d.start - s.start]) and \
                PAIR_COREF.search(text, 0, d.start - s.start):
            # "In 2017 the companies signed a commercial supply agreement under which BI Biopharma China produces ...":
            # the other of the two companies is the client
            clients = [k for k in ctx.pair_before(i) if k != d.key and k not in providers][:1]
        if not clients:
            # the client an earlier sentence named for this maker and product ("signs agreement with RDIF to manufacture ...
            # Sputnik V"), else the product's owner
            known = [str(f.role("client")).split("|", 1)[1] for f in ctx.facts if f.kind == "service"
                     and f.role("provider") == ctx.org_ref(d.key) and f.role("client") and str(f.role("product", "")).split("|", 1)[-1] in products]
            clients = known[:1]
        owned: dict[str, str] = {}  # each product's owner, when the owners are the clients
        if not clients:
            for pk in products:
                owner = ctx.product_attrs(pk).get("developer")
                if owner and owner != ctx.org_ref(d.key):
                    owned[pk] = owner.split("|", 1)[1]
            clients = list(dict.fromkeys(owned.values()))
        clients = [c for c in clients if ctx.kind_of(c) == "Company"]
        if not clients:
            continue
        stype = _service_type(clause) or providers.get(d.key) or "CMO"
        names = {k for m in every for k in (m.key, org_key(m.text))}  # (no company is an activity: "for Tamsin Pharma Inc.")
        activities = [a for m in ACTIVITIES.finditer(clause) for a in _clean_list(m.group("list"))
                      if not money_spans(a) and org_key(a) not in names]
        for client in clients:
            # ("producing Gilead Sciences' remdesivir and Eli Lilly and Company's bamlanivimab": each for its owner)
            for pk in [p for p in products if len(set(owned.values())) < 2 or owned.get(p) == client] or [None]:
                ctx.add_fact("service", i, {"provider": ctx.org_ref(d.key), "client": ctx.org_ref(client),
                                            "product": f"Product|{pk}" if pk else None},
                             {"service": stype, "activities": activities}, confidence=0.7)
            found = True
    return found


def _partner_list(ctx: DocContext, i: int) -> bool:
    """ "Manufacturing partners already contracted for CVnCoV include Wacker and Rentschler Biopharma, ..., and Fareva":
    each company listed makes the product for its developer (else for the company the text is about)."""
    s = ctx.sentences[i]
    m = PARTNERS_INCLUDE.search(s.text)
    if not m:
        return False
    products = [p.key for p in ctx.of_kind(i, "Product") if p.start - s.start < m.end()]
    client = (ctx.product_attrs(f"Product|{products[0]}").get("developer") if products else None) or (
        ctx.org_ref(ctx.main) if ctx.main else None)
    listed = [o for o in ctx.orgs(i) if o.start - s.start >= m.end() and ctx.org_ref(o.key) != client]
    if not client or not listed:
        return False
    for o in listed:
        ctx.add_fact("service", i, {"provider": ctx.org_ref(o.key), "client": client,
                                    "product": f"Product|{products[0]}" if products else None},
                     {"service": _service_type(s.text) or "CMO"}, confidence=0.7)
    return True


def services(ctx: DocContext) -> None:
    providers = _provider_types(ctx)
    for i, s in enumerate(ctx.sentences):
        text = s.text
        verb = SERVICE_VERB.search(text)
        if s.section == "boilerplate" or s.section == "heading" or not verb or not _ok_before(text, verb.start()):
            continue
        # (rights a company keeps are no licence: "PharmaMar keeps the production rights: it manufactures ...")
        kept = KEEPS_RIGHTS.search(text)
        licence = next((c for c in LICENSE_CUE.finditer(text) if not (kept and kept.start() <= c.start() < kept.end())), None)
        # (and "we are excited to join Ajinomoto Co.": bought, not served)
        # ("its own sites and those of its contract manufacturing partner Polymun": the partner named, the words do not rule out)
        own = OWN_MAKING.search(text) and not re.search(
            r"\b(?:contract\s+(?:development\s+and\s+)?manufacturing|CDMO|CRDMO|CMO|manufacturing)\s+partners?\b", text)
        if ACQ_VERB.search(text) or licence or own or re.search(r"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?[A-Z]", text):
            continue
        if _partner_list(ctx, i):
            continue
        if COMPETES.search(text):
            continue  # "competes for fill-finish work with larger CDMOs such as Catalent and Baxter": rivals, no deal
        if _makers(ctx, i, providers) or _capacity_at(ctx, i):
            continue
        companies = ctx.orgs(i)
        stype = _service_type(text)
        provider = next((m.key for m in companies if m.key in providers), None)
        if provider is None and stype:
            near = [m for m in companies if re.search(r"^\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:served|serves|acts|acted|will\s+serve|as|is|was|,\s+(?:a|an|the))\b",
                                                      text[m.end - s.start:])]
            provider = near[0].key if near else None
        by_maker = False
        if provider is None and stype:
            # "Antibody production ... were carried out by the contract manufacturer TOT Biopharm": the one it was done by
            by = [m for m in companies if MADE_BY.search(text, max(0, m.start - s.start - 80), m.start - s.start)]
            provider, by_maker = (by[0].key, True) if by else (None, False)
        if provider is None and stype:
            # "A entered into a contract manufacturing agreement with B, under which the plant will make drug substance
            # for A": the one it makes for is the client, the other the provider
            made_for = {m.key for m in ctx.by_sentence[i] if m.kind == "Company"
                        and re.search(r"\b(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$", text[: m.start - s.start])}
            others = {m.key for m in companies} - made_for
            if len(made_for) == 1 and len(others) == 1:
                provider = others.pop()
        if provider is None and (serve := SERVICES_FOR.search(text)):
            # "Thermo Fisher will reserve dedicated capacity for ... aseptic fill-finish services for Moderna": the subject
            # serves the one named after "for"
            before = [m for m in companies if m.end - s.start <= serve.start()]
            after = [m for m in companies if m.start - s.start == serve.end()]
            if len({m.key for m in before}) == 1 and after and after[0].key != before[0].key:
                provider = before[0].key
        if provider is None:
            m = re.search(r"\b(?:selected|chose|chosen|appointed|engaged)\s+(?:\w+\s+){0,2}", text)
            if m:
                after = [c for c in companies if c.start - s.start >= m.end() - 2]
                provider = after[0].key if after else None
        if provider is None or (ctx.section_org(s.section) == provider and len(companies) < 2):
            continue
        clients = [m.key for m in companies if m.key != provider and m.key not in providers
                   and not SPUN_FROM.search(text, max(0, m.start - s.start - 40), m.start - s.start)]  # ("a spin-off from Roche")
        # (not the group the provider belongs to: "mAbxience, the biotechnology company of Grupo Insud, ... with AstraZeneca")
        # ("Lotte Biologics was established as the CDMO business of Lotte Group": the group alone is no client)
        clients = [k for k in clients if not any(ctx.is_parent_in_apposition(i, m) for m in companies if m.key == k)]
        # (nor its owners, "PCI is controlled by Kohlberg & Company and Mubadala", nor a business of a list of units: "Its
        # businesses include ... and the India Consumer Healthcare business")
        clients = [k for k in clients if not any(m.key == k and (OWNED_BY_BEFORE.search(text, max(0, m.start - s.start - 90), m.start - s.start)
                                                                 or UNIT_AFTER.match(text, m.end - s.start)) for m in companies)]
        # (not a place named after a company: "located at Biocon Park"; nor one of the provider's own group:
        # "WuXi Vaccines, the vaccine CDMO subsidiary of WuXi Biologics", "PEL ... through Piramal Pharma Solutions")
        clients = [k for k in clients if not same_group(k, provider) and not any(
            m.key == k and PLACE_AFTER_NAME.match(text, m.end - s.start) for m in companies)]
        client = clients[0] if clients else None
        if client is None:
            for p in ctx.of_kind(i, "Product"):
                owner = ctx.product_attrs(p.key).get("developer")
                if owner and owner != ctx.org_ref(provider):
                    client = owner.split("|", 1)[1]
            if client is None and (by_maker or re.search(r"\b(?:partner\w*|for|with|on\s+behalf\s+of)\b", text)):
                co = ctx.coref_company(i) or (ctx.main if by_maker else None)
                client = co if co != provider else (ctx.main if ctx.main != provider else None)
        if client is None or ctx.kind_of(client) != "Company":
            continue
        stype = stype or providers.get(provider) or ("CDMO" if re.search(r"develop", text, re.I) else "CMO")
        activities: list[str] = []
        for m in ACTIVITIES.finditer(text):
            activities += _clean_list(m.group("list"))
        names = {m.text for m in companies}
        activities = [a for a in activities if not money_spans(a) and a not in names]  # ("for LG Chem": the client)
        products = ctx.of_kind(i, "Product")
        for pm in products or [None]:
            # "CDMO services for other vaccines, including AstraZeneca's AZD1222 and Novavax's NVX-CoV2373": each its owner's
            owner = next((m.key for m in companies if pm is not None and m.key != provider
                          and re.fullmatch(r"['’]s?\s+(?:[\w\-]+\s+){0,3}?", text[m.end - s.start: pm.start - s.start])), None)
            ctx.add_fact("service", i, {"provider": ctx.org_ref(provider), "client": ctx.org_ref(owner or client),
                                        "product": f"Product|{pm.key}" if pm else None},
                         {"service": stype, "activities": activities})


COMPETES = compile_pattern(r"\bcompet(?:e|es|ed|ing|itors?|itive)\b|\brivals?\b|\bnot\s+involved\b")
OWNED_BY_BEFORE = compile_pattern(r"\b(?:controlled|owned|backed|held)\s+by\b[^;.]{0,80}$")
UNIT_AFTER = compile_pattern(r"\s+(?:business|unit|division|segment)\b|\s+(?:retain\w*|hold\w*|own\w*|keep\w*)\s+(?:an?\s+)?(?:minority\s+|majority\s+|[\d.]+\s?%\s+)?(?:holding|stake|interest)\b")
#: services done for a client named right after ("fill-finish services for Moderna", "manufacturing services for X")
SERVICES_FOR = compile_pattern(r"\b(?:fill[- ]finish|fill(?:ing)?\s+and\s+finish(?:ing)?|manufacturing|production|development|packaging|"
                               r"analytical|testing)\s+(?:\w+\s+){0,2}?(?:services|capacity|work)\s+(?:to|for)\s+(?:the\s+)?(?=[A-Z])")
#: the words before a provider named in the passive ("carried out by the contract manufacturer X", "produced by X")
MADE_BY = compile_pattern(r"\b(?:manufactured|produced|made|filled|packaged|carried\s+out|performed|conducted|done)\s+(?:\w+\s+){0,2}?by\s+"
                          r"(?:the\s+|its\s+)?(?:(?:contract\s+(?:development\s+and\s+)?manufactur\w*|contract\s+research\s+organi[sz]ation|"
                          r"CDMO|CRDMO|CMO|CRO|CDO|partner)\s+)?$")


CAPACITY_AT = compile_pattern(r"\breserv(?:e|es|ed|ing)\s+(?:[\w\-]+\s+){0,3}?capacity\s+(?:at|with)\s+(?:the\s+)?")


def _capacity_at(ctx: DocContext, i: int) -> bool:
    """ "CEPI also reserved manufacturing capacity at SK bioscience": the company with the capacity serves the one
    reserving it; True when the sentence said so."""
    s = ctx.sentences[i]
    m = CAPACITY_AT.search(s.text)
    if not m:
        return False
    provider = next((o.key for o in ctx.orgs(i) if o.start == s.start + m.end()), None)
    client = _actor_before(ctx, i, s.start + m.start())
    if not provider or not client or provider == client or same_group(provider, client):
        return False
    ctx.add_fact("service", i, {"provider": ctx.org_ref(provider), "client": ctx.org_ref(client), "product": None},
                 {"service": "CMO", "activities": ["reserved manufacturing capacity"]}, confidence=0.7)
    return True


def same_group(a: object, b: object) -> bool:
    """Whether two companies (keys or references) have names that start with the same word ("wuxi vaccines", "wuxi
    biologics"): one group's members, no provider and client of each other."""
    return bool(a and b) and str(a).split("|", 1)[-1].split()[0] == str(b).split("|", 1)[-1].split()[0]


PLACE_AFTER_NAME = compile_pattern(r"\s+(?:Park|Campus|Centre|Center|Tower|Building|Plaza)\b")
# (a sentence's full stops are its names' own: "Fidelta d.o.o.", "Beta Bio Inc."; and "the sale of Fidelta to Selvita")
SELL_VERB = compile_pattern(r"\b(?:sell(?:s|ing)?|sold|divest(?:s|ed|ing)?|transfer(?:s|red|ring)?|(?:sale|divestiture|divestment)\s+of)\s+"
                            r"(?P<what>[^;]{0,160}?)\s+to\s+", re.I)


#: a site of the company as the subject of making ("The Spokane site worked around the clock, producing ...")
SITE_MAKES = compile_pattern(r"(?:[^,;]{0,40}?,?\s+)?(?P<site>(?:[Tt]he|[Ii]ts|[Oo]ur)\s+(?:[A-Z][\w\-]*\s+){0,3}(?:site|plant|facility|factory|campus))\s+"
                             r"[^.;]{0,80}?\b(?:produc(?:es|ed|ing)|manufactur(?:es|ed|ing)|makes|made|fill(?:s|ed|ing)|has\s+made)\s+")
#: a site bought with the company that ran it
WITH_THE_COMPANY = compile_pattern(r",?\s+(?:when|as|after)\s+(?:it|they|the\s+company|the\s+group)\s+(?:bought|acquired|purchased|took\s+over)\b")
#: a part of the seller sold ("its Health business", "its consumer healthcare unit")
OWN_UNIT_SOLD = compile_pattern(r"(?:its|their|(?P<owner>[A-Z][\w\-&.]*(?:\s+[A-Z][\w\-&.]*){0,3})['’]s?)\s+(?:entire\s+|global\s+)?"
                                r"(?P<unit>(?P<uname>(?:[\w\-&]+\s+){1,4}?)(?:\(\s*[\"“]?(?P<short>[A-Z][\w\-&]{1,10})[\"”]?\s*\)\s+)?(?P<uword>business|unit|division))")
#: a second buyer joined to the first ("to funds managed by Advent International ("Advent"), one of the world's largest
#: private equity investors, and Warburg Pincus")
AND_BUYER = compile_pattern(r"(?:\s*\([^()]{1,40}\))?(?:,\s+[^,;()]{1,80}?,?)?\s+and\s+(?:the\s+)?(?:funds?\s+(?:managed|advised)\s+by\s+)?")


def _joined_buyers(ctx: DocContext, buyers: list[Mention]) -> list[Mention]:
    """The first buyer after "to", and the ones "and" joins to it."""
    out = [buyers[0]]
    text = ctx.doc.text
    for b in buyers[1:]:
        if b.key == out[-1].key:
            continue
        if not AND_BUYER.fullmatch(text, out[-1].end, b.start) or ctx.kind_of(b.key) != "Company":
            break
        out.append(b)
    return out


def _sale_status(text: str) -> str:
    """A sale the sentence says is done ("has sold", "completed the sale"), else one agreed."""
    done = re.search(r"\b(?:completed|completes|closed|closes|has\s+sold|sold|transferred)\b", text, re.I)
    return "completed" if done and not UNFINISHED.search(text) else "agreed"


SITE_WORD = compile_pattern(r"\b(?:sites?|facilit(?:y|ies)|plants?|factory|campus)\b", re.I)


def _sales(ctx: DocContext, i: int) -> bool:
    """ "MCG ... has resolved to transfer all shares of its subsidiary MTPC to ... Bain Capital": the buyer acquires."""
    s = ctx.sentences[i]
    text = s.text
    found = False
    for m in SELL_VERB.finditer(text):
        lead = clause_before(text, m.start(), 140)
        if NEGATION.search(lead) or HEDGE.search(lead) and not re.search(r"\b(?:agreed|resolved|decided)\s+to\s*$", lead):
            continue
        # (nor a technology handed over: "transfer of Roche's manufacturing process and analytical methods to Gypto Pharma")
        if re.search(r"\b(?:rights?|licen[cs]es?|products?|doses|vaccines?|medicines?|assets?|portfolio|process(?:es)?|methods?|technolog(?:y|ies)|"
                     r"know-how|expertise|knowledge|data)\b", m.group("what"), re.I):
            continue
        every = ctx.every_org(i)
        # ("360 employees transferred from Bristol-Myers Squibb to SK biotek": where they come from is not sold)
        sold = [c for c in every if s.start + m.start("what") <= c.start < s.start + m.end("what")
                and not re.search(r"\bfrom\s+(?:the\s+)?$", text[: c.start - s.start])]
        buyers = [c for c in every if c.start >= s.start + m.end()]
        unit = OWN_UNIT_SOLD.fullmatch(m.group("what")) if buyers else None
        # ("the sale of Ipsen's Consumer HealthCare business to Mayoly Spindler": the owner named with its business)
        owned = [c for c in sold if unit and unit.group("owner") and c.start == s.start + m.start("what") + unit.start("owner")]
        if unit and (not sold or owned and len(sold) == 1):
            # "JM has agreed to sell its Health business to Altaris": the seller's business, named as the text names it
            owner = owned[0].key if owned else _actor_before(ctx, i, s.start + m.start())
            if owner and owner != buyers[0].key and ctx.kind_of(owner) == "Company":
                named = next((c.text for c in ctx.found.mentions if c.key == owner), None)
                uname, short = unit.group("uname").strip(), unit.group("short")
                # (a business with a name of its own: "its BioPharma Solutions ("BPS") business")
                proper = all(w[:1].isupper() for w in uname.split()) and not (named and uname.startswith(strip_legal(named)))
                plain = f"{uname} {unit.group('uword')}"
                name = uname if proper and short else f"{strip_legal(named)} {plain}" if named else plain
                key = f"{owner} business {org_key(plain)}"
                ctx.note_entity(f"Company|{key}", name)
                if short:
                    ctx.note_entity(f"Company|{key}", short)
                ctx.found.org_kind[key] = "Company"
                for buyer in _joined_buyers(ctx, buyers):
                    ctx.add_fact("acquisition", i, {"acquirer": ctx.org_ref(buyer.key), "target": f"Company|{key}"},
                                 {**_value_fields(_value_of(ctx, i)), "status": _sale_status(text), "date": fact_date(ctx, i)}, confidence=0.7)
                found = True
            continue
        if not sold and buyers and SITE_WORD.search(m.group("what")):
            # "an agreement to sell its manufacturing facility in Bohumil, Czech Republic, to Novo Nordisk": the town's site
            towns = [t for t in facility_towns(ctx, i) if s.start + m.start("what") <= t.start < s.start + m.end("what")]
            for town in towns[:1]:
                ctx.add_fact("acquisition", i, {"acquirer": ctx.org_ref(buyers[0].key), "target": f"Place|{town.key}"},
                             {**_value_fields(_value_of(ctx, i)), "status": _sale_status(text), "date": fact_date(ctx, i)}, confidence=0.7)
                found = True
            continue
        if not sold or not buyers or sold[-1].key == buyers[0].key:
            continue
        # "to K.K. BCJ-94, a special purpose company ... advised by Bain Capital": the named fund stands behind it
        value = _value_of(ctx, i)
        status = _sale_status(text)
        ctx.add_fact("acquisition", i, {"acquirer": ctx.org_ref(buyers[0].key), "target": ctx.org_ref(sold[-1].key)},
                     {**_value_fields(value), "status": status, "date": fact_date(ctx, i)}, confidence=0.7)
        found = True
    return found


#: a company formed only to make an acquisition ("Freya Bidco Limited", "Merger Sub", "Parent Acquisition Corp.")
VEHICLE = compile_pattern(r"(?i:\bbid\s?co\b|\bmerger\s+sub\b|\bacquisition\s+(?:corp|sub|co|company)\b|\bpurchaser\b|\bhold\s?co\b)")
#: "Bidco is a newly incorporated company that will be indirectly owned by the EQT X fund, managed by ... EQT"
OWNED_BY = compile_pattern(r"\b(?:owned|controlled|formed|established)\s+by\s+")
MANAGED_BY = compile_pattern(r"\b(?:managed|advised)\s+by\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?$")


def _vehicle_owners(ctx: DocContext) -> None:
    """An acquisition made through a vehicle is its owner's: the company the text says owns or manages it."""
    for n, f in enumerate(ctx.facts):
        vehicle = str(f.role("acquirer") or "").partition("|")[2] if f.kind == "acquisition" else ""
        if not vehicle or not VEHICLE.search(" ".join(ctx.found.org_names.get(vehicle, ())) or vehicle):
            continue
        owner = None
        for i, s in enumerate(ctx.sentences):
            own = OWNED_BY.search(s.text)
            if not own or not any(m.key == vehicle and m.start - s.start < own.start() for m in ctx.orgs(i)):
                continue
            after = [m for m in ctx.orgs(i) if m.key != vehicle and m.start - s.start >= own.end()]
            managed = [m for m in after if MANAGED_BY.search(s.text, 0, m.start - s.start)]
            owner = (managed or after or [None])[0]
            if owner:
                break
        if owner is not None and owner.key != str(f.role("target") or "").partition("|")[2]:
            ctx.facts[n] = f.with_role("acquirer", ctx.org_ref(owner.key))


#: "The offer values Dechra's fully diluted share capital at approximately £4.46 billion"
OFFER_VALUES = compile_pattern(r"\b(?:offer|acquisition|transaction|deal|consideration|price)\s+values?\s+[^.;]{0,100}?\bat\s+")


def _offer_values(ctx: DocContext) -> None:
    """An acquisition whose sentence gives no value takes the one a sentence naming its target says the offer values it at."""
    for n, f in enumerate(ctx.facts):
        if f.kind != "acquisition" or f.value("value"):
            continue
        target = str(f.role("target") or "").partition("|")[2]
        for i, s in enumerate(ctx.sentences):
            m = OFFER_VALUES.search(s.text) if s.section != "boilerplate" else None
            spans = money_spans(s.text[m.end():]) if m else []
            if spans and spans[0][3] < 30 and any(o.key == target and o.start - s.start < m.end() for o in ctx.orgs(i)):
                value = spans[0][:3]  # (the first amount, not "an enterprise value of about £4.88 billion" after it)
                for k, v in _value_fields(value).items():
                    f = f.with_value(k, v) if v is not None else f
                ctx.facts[n] = f
                break


def acquisitions(ctx: DocContext) -> None:
    _acquisitions(ctx)
    _brand_portfolios(ctx)
    _vehicle_owners(ctx)
    _offer_values(ctx)


#: what a portfolio deal buys: brands, products or a business ("acquire the commercialisation rights ... for Aspen's
#: thrombosis business", "take over the rights, title and interest in the products", "sell ... four anaesthetic brands to")
PORTFOLIO_WORDS = compile_pattern(r"\b(?:brands?|portfolio|products|business|franchise)\b", re.I)
#: a sentence that goes on about the portfolio just bought: "The portfolio consists of ...", "It also includes ...",
#: "Among the best-known names are ...", "Its best-known brand is ...", "The brands being sold include:"
PORTFOLIO_BACK = compile_pattern(r"^(?:(?:The|This|These|Its|Their)\s+(?:[\w\-]+\s+){0,3}?(?:portfolio|brands?|products|package|business|assets|medicines)\b"
                                 r"|(?:It|They)\s+(?:also\s+)?(?:includes?|comprises?|contains?|covers?)\b|Among\b|(?:Brands|Products)\s+(?:such\s+as|including)\b)")
BRANDS_OF = compile_pattern(r"\b(?:brands?|portfolio|products|business|franchise)\s+of\s+(?:the\s+)?$")
PORTFOLIO_SELL = compile_pattern(r"(?<!-)\b(?:sell(?:s|ing)?|sold|divest(?:s|ed|ing)?|transfer(?:s|red|ring)?)\b")
LICENCE_WORDS = compile_pattern(r"\b(?:licen[cs]\w*|exclusive|royalt\w*|milestones?|co-?promot\w*|develop(?:s|ed|ing|ment)?)\b", re.I)


def _portfolio_deal(ctx: DocContext, i: int) -> tuple[str, str | None] | None:
    """The buyer and the seller of the brands a sentence says are bought or sold ("Celltrion ... to acquire Takeda's
    primary care business", "Takeda will sell a portfolio of ... products ... to Hypera Pharma"); None when it tells no
    such deal, or a licence."""
    s = ctx.sentences[i]
    text = s.text
    # (both readings below need a portfolio word in the sentence: most sentences stop here)
    if not PORTFOLIO_WORDS.search(text) or LICENCE_WORDS.search(text):
        return None
    for verb in ACQ_VERB.finditer(text):
        stop = BOUGHT_FROM.search(text, verb.end())
        obj = text[verb.end(): stop.start() if stop else len(text)]
        if PORTFOLIO_WORDS.search(obj) and not _unsure(text, verb) and not re.match(r"\s+(?:is|was|will|has|had)\b", obj):
            named = [m for m in ctx.every_org(i) if s.start + verb.end() <= m.start < s.start + verb.end() + len(obj)
                     and not ctx.is_parent_in_apposition(i, m) and not re.search(r"\(\s*[\"“]?$", ctx.doc.text[max(0, m.start - 3): m.start])]
            # the brands' owner: "Panacea Biotec's domestic formulation brands", "the brands of Panacea Biotec Pharma"
            owners = [m.key for m in named if POSSESSIVE.match(ctx.doc.text, m.end)
                      or BRANDS_OF.search(ctx.doc.text, max(0, m.start - 40), m.start)]
            if len(owners) < len(named):
                continue  # "acquired Progenics ..., bringing AZEDRA into its portfolio": a company bought, with its products
            buyer = _buyer(ctx, i, s.start + verb.start())
            if buyer in owners:
                # "an agreement with Wockhardt Limited to acquire ... Wockhardt's branded generics business": the seller
                # is the one the brands belong to; the buyer is the sentence's subject
                buyer = next((m.key for m in ctx.every_org(i) if m.key not in owners and m.start < s.start + verb.start()), None)
            if buyer and ctx.kind_of(buyer) == "Company":
                seller = owners[0] if owners else None
                if seller is None and stop and stop.group().strip() == "from":
                    seller = next((m.key for m in ctx.every_org(i) if m.start == s.start + stop.end()), None)
                return buyer, seller
    for verb in PORTFOLIO_SELL.finditer(text):
        rest = text[verb.end():]
        to = re.search(r"(?<!according )\bto\s+(?:the\s+)?(?=[A-Z])", rest[:200])
        if not to or not PORTFOLIO_WORDS.search(rest[: to.start()] + rest[to.end():][:160]) or NEGATION.search(clause_before(text, verb.start(), 140)):
            continue
        at = s.start + verb.end() + to.end()
        buyer = next((m.key for m in ctx.every_org(i) if m.start == at and not POSSESSIVE.match(ctx.doc.text, m.end)), None)
        if buyer and ctx.kind_of(buyer) == "Company":
            seller = _actor_before(ctx, i, s.start + verb.start())
            return buyer, seller if seller != buyer else None
    return None


def _brand_portfolios(ctx: DocContext) -> None:
    """A portfolio of brands bought is each of its brands bought: the brands the deal's sentence names after its verb,
    else those a list (or the next sentences about the portfolio) names; the deal's value, status and date for each."""
    done = {(f.role("acquirer"), f.role("target")) for f in ctx.facts if f.kind == "acquisition"}
    licensed = {f.role("product") for f in ctx.facts if f.kind == "licensing"}  # (rights licensed, not bought)
    deals = [(i, *deal) for i, s in enumerate(ctx.sentences) if s.section != "boilerplate" and not s.section.startswith("about:")
             and (deal := _portfolio_deal(ctx, i))]
    starts = {i for i, _, _ in deals}
    for i, buyer, seller in deals:
        brands = [m.key for m in ctx.of_kind(i, "Product") if not m.key.islower()]
        if not brands:
            brands = [k for k in ctx.listed_products(i) if not k.islower()]
        for j in range(i + 1, min(i + 7, len(ctx.sentences))) if not brands else ():
            s = ctx.sentences[j]
            if j in starts or s.section == "boilerplate" or s.section.startswith("about:"):
                break
            if " | " in s.text and (tabled := ctx.table_products(j)):
                brands += tabled  # ("Products included", then "Brand | Molecule | Approved use" and a row a brand)
                break
            if not PORTFOLIO_BACK.search(s.text.lstrip("#* \t")) or ACQ_VERB.search(s.text):
                continue
            brands += [m.key for m in ctx.of_kind(j, "Product") if not m.key.islower()] or [k for k in ctx.listed_products(j) if not k.islower()]
        text = ctx.sentences[i].text
        value = _value_near(ctx, i)
        status = "completed" if COMPLETED.search(text) and not UNFINISHED.search(text) else "agreed"
        if brands and seller:
            # ("to acquire the domestic formulation brands of Panacea Biotec Pharma": the brands, not the company)
            sold = (("acquirer", ctx.org_ref(buyer)), ("target", ctx.org_ref(seller)))
            ctx.facts[:] = [f for f in ctx.facts if not (f.kind == "acquisition" and f.roles == sold and f.evidence
                                                         and f.evidence.start == ctx.sentences[i].start)]
        for pk in dict.fromkeys(brands):
            if f"Product|{pk}" in licensed:
                continue
            if seller:
                ctx.sellers.setdefault(f"Product|{pk}", (ctx.org_ref(buyer), ctx.org_ref(seller)))
            if (ctx.org_ref(buyer), f"Product|{pk}") in done:
                continue
            done.add((ctx.org_ref(buyer), f"Product|{pk}"))
            ctx.add_fact("acquisition", i, {"acquirer": ctx.org_ref(buyer), "target": f"Product|{pk}"},
                         {**_value_fields(value), "status": status, "date": fact_date(ctx, i)}, confidence=0.6)


WHICH_BEFORE = compile_pattern(r",\s+which\s+$")
DEAL_DONE_AFTER = compile_pattern(r"\s+(?:completed|closed|finali[sz]ed|announced|agreed)\b")


def _acquisitions(ctx: DocContext) -> None:
    for i, s in enumerate(ctx.sentences):
        text = s.text
        if s.section == "boilerplate" or s.section == "heading":
            continue
        if _sales(ctx, i) or _tender_offer(ctx, i):
            continue
        verbs = list(ACQ_VERB.finditer(text))
        bought: set[str] = set()
        for n, verb in enumerate(verbs):
            window = text[verb.end(): verb.end() + 60]
            # "will buy US$150 million of newly issued shares": an amount of stock, not the company;
            # "will fund the purchase with ...": the word as a noun, the deal told elsewhere
            # ("will buy 511,182 shares of X common stock", "common stock purchase agreements": a financing, not a takeover)
            if re.match(r"\s+[\d,.]+\s+(?:(?:new(?:ly\s+issued)?|common|ordinary|preferred)\s+)*shares\b", window) or re.search(
                    r"\b(?:common|preferred|ordinary)\s+(?:stock|shares?)\s+$", text[max(0, verb.start() - 30): verb.start()]):
                continue
            if re.match(rf"\s+{_AMOUNT}\s+(?:of|in|worth)\b", window) or re.match(
                    r"\s+(?:is|was|will|has|had|would|could|should|may|might)\b", window) or (
                    re.search(r"\b(?:the|this|that|its|their)\s+$", text[max(0, verb.start() - 8): verb.start()])
                    and verb.group().lower().startswith("purchase") and not re.match(r"\s+of\b", window)):
                continue
            # "acquire from Novo Holdings three Catalent fill-finish sites": the seller is not the target
            window = re.sub(r"^\s+from\s+(?:\S+\s+){1,4}?(?=(?:a|an|the|its|\w+)\s)", " ", window)
            if _business_acquisition(ctx, i, verb):
                break
            if _passive_site(ctx, i, verb):
                break
            # (a comma only inside a number: "for Cook Pharmica, now its biologics site in Bloomington" buys the company)
            # (an owner's name too: "acquire G&W's drug product manufacturing facility in Sellersville")
            asset = re.match(r"\s+(?:a\s+|the\s+)?(?:[\w\-.&]+['’]s?\s+)?(?:(?:\d[\d,.]*(?:-[\w\-]+)?|[\w\-%.$]+)\s+){0,5}?(?P<what>stake|interest|rights|licen[cs]e|assets?|portfolio|sites?|facilit\w+|plants?|products?|business|unit|division|operations|property|land|building|doses|vials|courses|batches|programs?|programmes?)\b"
                             # (the noun the words before a site's name: "drug product manufacturing facility")
                             r"(?!\s+(?:[\w\-]+\s+){0,4}(?:facilit\w+|sites?|plants?)\b)", window, re.I)
            # (or "to acquire two of the Swiss drugmaker's pharmaceutical production sites in Spain": an owner's sites)
            asset = asset or OWNERS_SITES.match(window)
            if asset and re.match(r"(?i)sites?|facilit|plants?|property|land|building", asset.group("what")):
                # ("acquired three former Catalent sites in A, B and C for USD 11 billion, after Novo Holdings completed the
                # acquisition of Catalent for USD 16.5 billion": each deal of the sentence its own towns and price)
                # (not "acquired the Deeside facility in April 2021, when it bought ADC Biotechnology": the company's site)
                if not WITH_THE_COMPANY.search(text, verb.end()):
                    _site_acquisition(ctx, i, verb, verbs[n + 1].start() if n + 1 < len(verbs) else None)
                if n + 1 < len(verbs):
                    continue
                break

            # (or a product written in lower case: "has agreed to acquire efimosfermin alfa, the lead medicine of X")
            if (asset and re.match(r"(?i)portfolio|products?", asset.group("what"))) or PRODUCT_FIRST.match(text, verb.end()) or any(
                    p.start - s.start == verb.end() + 1 and text[verb.end()] == " " for p in ctx.of_kind(i, "Product")):
                if _product_acquisition(ctx, i, verb):
                    break
            # "the acquisition of Biogen's entire stake in Samsung Bioepis", "acquire a 100% stake in BSV": the company whose
            # control is bought (a minority stake is an investment)
            stake = CONTROLLING_STAKE.match(text, verb.end())
            if asset and not stake or MINORITY_SHARE.match(text, verb.end()):
                continue  # ("Novartis to buy approximately 9% of CBMG": an investment)
            if _unsure(text, verb):
                continue
            pos = s.start + verb.start()
            its_deal = ITS_DEAL.search(text, 0, verb.start())  # "its US$2.1 billion acquisition of Endocyte"
            every = [m for m in ctx.by_sentence[i] if m.kind == "Company"]
            before = [m for m in every if m.end <= pos]
            # "the business we are acquiring from Haleon": the seller is not the target, nor is its short name after it
            # ("the facility it acquired from Bristol-Myers Squibb Company ("Bristol-Myers Squibb")")
            # (and "from funds affiliated with KKR")
            # (the sellers of this deal, named after its verb: not "a licence from Vernalis, ... after Ligand acquired Vernalis")
            # (or "from the private equity firm Permira")
            sellers = {m.key for m in every if m.start >= s.start + verb.end() and re.search(r"\bfrom\s+(?:the\s+|its\s+)?(?:(?:[\w\-]+\s+)?(?:funds|entities|affiliates|vehicles)\s+"
                                                          r"(?:affiliated\s+with|managed\s+by|advised\s+by|controlled\s+by|of)\s+|"
                                                          r"(?:[\w\-]+\s+){0,3}(?:firm|investor|fund|owner|parent|shareholders?)\s+)?$",
                                                          text[max(0, m.start - s.start - 50): m.start - s.start])}
            after = [m for m in every if m.start >= s.start + (stake.end() if stake else verb.end()) and m.key not in sellers]
            # (a headline's capitals too: "Avid Bioservices to Be Acquired by GHO Capital Partners and Ampersand")
            # (and a participle after a name: "with Wyeth, later acquired by Pfizer")
            passive = (re.search(r"\b(?i:was|were|been|be|being|is)\s+(?:\w+\s+)?$|,\s+(?:later|since|subsequently|eventually|itself)\s+$", text[: verb.start()])
                       and re.search(r"\bby\b", text[verb.end():]))
            acquirer = target = None
            consortium: list[str] = []
            if verb.group().lower().startswith(("acquisition of", "takeover of", "buyout of")):
                past = stake.end() if stake else verb.end()  # (not "the entire stake held by Biogen in ...")
                by = re.search(r"\bby\s+", text[past:])
                target = after[0].key if after else None
                # "the acquisition of Versum Materials, a U.S. supplier of ..., which Merck completed in October 2019"
                which = next((m for m in after[1:] if m.key != target and WHICH_BEFORE.search(text, max(0, m.start - s.start - 12), m.start - s.start)
                              and DEAL_DONE_AFTER.match(text, m.end - s.start)), None)
                if by:
                    later = [m for m in after if m.start >= s.start + past + by.end()]
                    acquirer = later[0].key if later else None
                elif which is not None:
                    acquirer = which.key
                elif before and its_deal:
                    # "Novartis acquired AAA in 2018, and ... through its US$2.1 billion acquisition of Endocyte": the subject's
                    acquirer = before[0].key
                elif before:
                    acquirer = _actor_before(ctx, i, pos)
                elif re.search(r"\b(?:its|their)\s+(?:\w+\s+)?$|^(?:After|Following|Since|Through|Upon|With)\s+the\s+(?:\w+\s+)?$", text[: verb.start()]):
                    # ("After the acquisition of Quill Bio, Lumen Pharma became ...": the subject after it too)
                    # "Following its acquisition of Shire plc in January 2019, Takeda set ...": the subject after
                    subject = [m for m in after if m.key != target and re.search(r",\s+$", text[:m.start - s.start])]
                    acquirer = subject[0].key if subject else ctx.coref_company(i)
                elif re.search(r"\b(?:[Tt]he|[Tt]his|[Oo]ur)\s+(?:(?:agreed|proposed|pending|planned|announced|completed)\s+)?$", text[: verb.start()]):
                    # "A third transaction, the agreed acquisition of Karuna Therapeutics ...": the company the text is about
                    acquirer = ctx.coref_company(i) or ctx.subject_company(i)
            elif passive:
                target = before[-1].key if before else None
                acquirer = after[0].key if after else None
                firms = [m for n, m in enumerate(after) if n == 0 or m.key != after[n - 1].key]
                if after and CONSORTIUM.search(text, verb.end(), after[0].start - s.start):
                    # "taken private by a consortium made up of ...: Elliott (“Elliott”), Patient Square and Veritas": each buys
                    consortium = _party_list(text, [(m, m.start - s.start) for m in firms])
                elif after and re.fullmatch(r"\s+by\s+(?:the\s+)?", text[verb.end(): after[0].start - s.start]):
                    # "to be acquired by GHO Capital Partners and Ampersand Capital Partners": both buy
                    second = firms[1] if len(firms) > 1 else None
                    if second is not None and BUYER_AND.fullmatch(text, firms[0].end - s.start, second.start - s.start):
                        consortium = [firms[0].key, second.key]
            else:
                # ("has signed a binding term sheet with Actor Holdings to acquire 100% of ... Actor Pharma": the signer buys)
                acquirer = _buyer(ctx, i, pos)
                target = after[0].key if after else None
                if stake and THE_COMPANY_AFTER.match(text, stake.end()) and not (after and after[0].start - s.start < stake.end() + 40):
                    # "Suven ... announced that funds advised by Advent have signed an agreement to acquire a 50.1% stake in the
                    # company": the one that announces, else the one the text is about
                    target = next((m.key for m in before if m.key != acquirer), ctx.main if ctx.main != acquirer else None)
                if len(before) >= 2 and acquirer == before[-1].key and re.fullmatch(
                        r"(?:\s*\([^()]*\))?(?:,\s+(?:a|an|the)\s+[^,;()]{1,120}?)?(?:,\s+which|,?\s+that)\s+", text[before[-2].end - s.start: before[-1].start - s.start]):
                    # (past an apposition: "BlueRock Therapeutics, a developer of cell therapies, which Bayer acquired")
                    # "its spin-off Baxalta, which Shire acquired in 2016", "Through Cobra Biologics, which Cognate had bought
                    # in 2019, that transaction also brought Charles River ...": the company before "which"
                    target = before[-2].key
                elif target is None and before and verb.group().lower() in PAST_DEAL_VERBS and RELATIVE_IT.fullmatch(
                        text, before[-1].end - s.start, verb.start()) and (acquirer := acquirer if acquirer != before[-1].key else ctx.coref_company(i)):
                    # ("at the plant of Chiron Behring Vaccines, the rabies vaccine maker it acquired from GSK in 2019")
                    target = before[-1].key
                elif target is None and re.match(r"\s+(?:the\s+company|it)\b", text[verb.end():]) and (
                        others := [m.key for m in before if m.key != acquirer]):
                    target = others[0]  # "Kite has been part of Gilead Sciences since Gilead bought the company in 2017"
                elif after and re.match(r"\s+(?:subsidiary|affiliate)\b", text[after[0].end - s.start:]):
                    # "Endocyte will then merge with a newly formed Novartis subsidiary": Novartis buys Endocyte
                    acquirer, target = target, acquirer
            if not acquirer or not target or acquirer == target or target in bought:
                continue
            target_m = next((m for m in after if m.key == target), None)
            if target_m is not None and re.match(r"['’]s?\s", text[target_m.end - s.start: target_m.end - s.start + 3]) and not ALL_SHARES.match(
                    text, target_m.end - s.start):  # ("will acquire all of Fusion's outstanding common shares": Fusion)
                # "acquire BMS's Syracuse plant", "acquire Agenus' two facilities": an asset of the company, not the company; a site is one
                # (and "Bristol-Myers Squibb's oral solid, biologics and sterile product manufacturing and packaging facility")
                if re.match(r"['’]s?\s+(?:[\w\-]+,?\s+){0,10}?(?:sites?|facilit\w+|plants?|campus|factory)\b", text[target_m.end - s.start:]):
                    _site_acquisition(ctx, i, verb)
                    break
                continue
            # two deals in one sentence: each its own amount, the one just before its word or the one after it
            value = deal_value(text[max(0, verb.start() - 40): verb.start()]) if its_deal else None
            if len(verbs) > 1 and value is None:
                value = deal_value(text[verb.start(): verbs[n + 1].start() if n + 1 < len(verbs) else len(text)])
            value = value or _value_near(ctx, i)
            status = "completed" if COMPLETED.search(text) and not UNFINISHED.search(text) else "agreed"
            # "acquired Myovant Sciences, Urovant Sciences and Enzyvant Therapeutics": every company of the list
            targets = [target] if target_m is None or passive else _listed_targets(text, s.start, after, target_m)
            # "CDH Genetech and CGP will jointly acquire 100% of Sirtex": both buy
            buyers = consortium if len(consortium) > 1 and acquirer in consortium else [acquirer]
            named = [m for m in before if m.key == acquirer]
            others = [m for m in before if named and m.end <= named[0].start and m.key != acquirer]
            if JOINTLY.search(text, 0, verb.start()) and others and re.fullmatch(
                    r"(?:\s+[A-Z][\w\-]*){0,2}(?:\s*\([^()]*\))?\s+and\s+", text[others[-1].end - s.start: named[0].start - s.start]):
                buyers = [others[-1].key, acquirer]  # (the first name may run on: "CDH Genetech and ...")
            for one in targets:
                if one in bought:
                    continue
                # (each its own price: "Karuna for about $14.0 billion and RayzeBio for about $4.1 billion")
                own = next((m for m in after if m.key == one), None) if len(targets) > 1 else None
                priced = own and PRICED.match(text, own.end - s.start)
                for buyer in buyers:
                    if one != buyer:
                        ctx.add_fact("acquisition", i, {"acquirer": ctx.org_ref(buyer), "target": ctx.org_ref(one)},
                                     {**_value_fields(deal_value(priced.group()) if priced else value), "status": status,
                                      "date": _year_of_deal(text, verbs, n) or _year_before(text, verb) or _year_after(text, verb) or fact_date(ctx, i)})
                bought.add(one)


BUYER_AND = compile_pattern(rf"(?:,?\s+{LEGAL_SUFFIX})?(?:\s*\([^()]{{1,40}}\))?,?\s+and\s+(?:the\s+)?")
CONSORTIUM = compile_pattern(r"\b(?:consortium|group\s+of\s+(?:investors|investment\s+firms|funds))\b")
IN_YEAR = compile_pattern(r"\b(?i:in|since)\s+(?:(?:early|late|mid-?)\s+)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d{2})\b")


YEAR_BEFORE_DEAL = compile_pattern(r"\b((?:19|20)\d{2})\s+$")


def _year_before(text: str, verb: re.Match[str]) -> str | None:
    """The year written before the deal noun: "through its 2006 acquisition of Rhinopharma"."""
    year = YEAR_BEFORE_DEAL.search(text, max(0, verb.start() - 6), verb.start()) if verb.group().lower().startswith("acquisition") else None
    return year.group(1) if year else None


#: a deal verb in the past tense: a deal told as done ("a subsidiary that Y acquired in 2014")
PAST_DEAL_VERBS = ("acquired", "bought", "purchased")
PAST_DEAL_YEAR = compile_pattern(r"\s+(?:[^,;.]{1,80}?\s+)?in\s+((?:19|20)\d\d)\b")


def _year_after(text: str, verb: re.Match[str]) -> str | None:
    """The year a past deal is told in, in its clause ("a subsidiary that Bukwang acquired in 2014", "bought X from Y in 2019")."""
    if verb.group().lower() not in PAST_DEAL_VERBS:
        return None
    m = PAST_DEAL_YEAR.match(text, verb.end())
    return m.group(1) if m else None


def _year_of_deal(text: str, verbs: list[re.Match[str]], n: int) -> str | None:
    """The year told beside the deal verb ``n`` of a sentence that tells several deals in different years ("bought a site
    from X in 2017 and acquired Y in 2018"): the first "in YEAR" up to the next verb."""
    if len(verbs) < 2 or len(set(IN_YEAR.findall(text))) < 2:
        return None
    end = verbs[n + 1].start() if n + 1 < len(verbs) else len(text)
    after = IN_YEAR.search(text, verbs[n].end(), end)
    # ("In 2017 the company paid $950 million for A, and in 2018 it acquired B": the year that opens its clause)
    before = list(IN_YEAR.finditer(text, verbs[n - 1].end() if n else 0, verbs[n].start()))
    year = (before[-1] if before else after) if n == 0 else (after or (before[-1] if before else None))
    return year.group(1) if year else None


JOINTLY = compile_pattern(r"\b(?:jointly|together)\s+(?:\w+\s+)?$")


#: a price right after what is bought ("Karuna Therapeutics for about $14.0 billion"), and one more bought after it
PRICED = compile_pattern(rf"\s+for\s+(?:about\s+|approximately\s+|around\s+|some\s+|up\s+to\s+)?{_AMOUNT}")
PRICED_AND = compile_pattern(rf"{PRICED.pattern}\s+and\s+")


def _listed_targets(text: str, offset: int, after: list[Mention], first: Mention) -> list[str]:
    """The bought company ``first`` and those listed after it, when the list closes with "and" ("A, B and C",
    "A and B"; not "the acquisition of A, B became ..."); a company followed by a possessive owns what is bought."""
    named = [(m, m.start - offset) for m in after[after.index(first):]]
    keys = _party_list(text, named)
    if len(keys) < 2 and len(named) > 1 and named[1][0].key != first.key and PRICED_AND.fullmatch(
            text, named[0][1] + len(first.text), named[1][1]):
        return [first.key, named[1][0].key]  # "agreements to acquire Karuna for about $14.0 billion and RayzeBio for ..."
    if len(keys) < 2:
        return keys
    last, pos = named[len(keys) - 1]
    gap = text[named[len(keys) - 2][1] + len(named[len(keys) - 2][0].text): pos]
    if not re.search(r"\band\s+$", gap) or re.match(r"['’]s?\s", text[pos + len(last.text): pos + len(last.text) + 3]):
        return keys[:1]
    return keys


# "announced a recommended public cash offer to the shareholders of Calliditas", "a tender offer for all outstanding
# shares of X", "an offer for X": a bid for the whole company (agreed until it completes)
# (and "its tender offer, made through its subsidiary Shepard Vision, Inc., for all outstanding shares of common stock of X")
TENDER_OFFER = compile_pattern(r"\b(?:(?:recommended|public|cash|tender|exchange|takeover|voluntary|all-cash)\s+)+offer"
                               r"(?:,\s+(?:made\s+)?(?:through|via|by)\s+[^;]{1,100}?,)?\s+"
                               r"(?:to\s+(?:the\s+)?(?:shareholders|stockholders|holders)\s+of|for\s+(?:all\s+(?:of\s+)?(?:the\s+)?(?:issued\s+and\s+)?"
                               r"(?:outstanding\s+)?(?:common\s+|ordinary\s+)?(?:shares(?:\s+of\s+(?:common|ordinary)\s+stock)?|stock)\s+(?:of|in))?)\s+(?:the\s+)?")


def _tender_offer(ctx: DocContext, i: int) -> bool:
    s = ctx.sentences[i]
    m = TENDER_OFFER.search(s.text)
    if not m or _unsure(s.text, m):
        return False
    target = next((o.key for o in ctx.every_org(i) if o.start == s.start + m.end()), None)
    acquirer = _actor_before(ctx, i, s.start + m.start())
    # ("Interstellar Acquisition Inc., a wholly owned subsidiary of Alfasigma, will commence a tender offer": Alfasigma's)
    named = next((o for o in ctx.every_org(i) if o.key == acquirer), None)
    sub = SUBSIDIARY_AFTER.match(ctx.doc.text, named.end) if named else None
    parent = next((o.key for o in ctx.every_org(i) if sub and o.start == sub.end()), None)
    acquirer = parent or acquirer
    if not target or not acquirer or target == acquirer or ctx.kind_of(target) != "Company":
        return False
    if any(f.kind == "acquisition" and f.role("target") == ctx.org_ref(target) and same_group(f.role("acquirer"), acquirer)
           for f in ctx.facts):
        return True  # ("a subsidiary of Ipsen Biopharmaceuticals, Inc. ... will launch a tender offer": Ipsen's deal, told before)
    status = "completed" if re.search(r"\b(?:completed|closed|settled)\b", s.text) else "agreed"
    ctx.add_fact("acquisition", i, {"acquirer": ctx.org_ref(acquirer), "target": ctx.org_ref(target)},
                 {**_value_fields(_value_near(ctx, i)), "status": status, "date": fact_date(ctx, i)}, confidence=0.7)
    return True


#: between a company and "acquired": an apposition, then the pronoun of the buyer ("X, the rabies vaccine maker it")
RELATIVE_IT = compile_pattern(r"(?:\s*\([^()]*\))?,\s+(?:a|an|the)\s+[^,;()]{1,120}?(?:,?\s+(?:which|that))?\s+(?:it|the\s+company|the\s+group)\s+(?:had\s+|has\s+|later\s+)?")
SUBSIDIARY_AFTER = compile_pattern(r",\s+(?:a|an)\s+(?:(?:wholly[- ]owned|indirect|direct)\s+)*(?:subsidiary|affiliate)\s+of\s+(?:the\s+)?")
THE_COMPANY_AFTER = compile_pattern(r"\s*the\s+(?:[Cc]ompany|[Gg]roup)\b")
CONTROLLING_STAKE = compile_pattern(r"\s+(?:of\s+)?(?:an?\s+|the\s+|its\s+|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}['’]s?\s+)?(?:entire|whole|full|100\s?%|100\s+per\s*cent|"
                                     r"(?:5[1-9]|[6-9]\d)(?:\.\d+)?\s?%|50\.\d*[1-9]\s?%|remaining|controlling|majority)\s+(?:equity\s+|ownership\s+)?(?:stake|interest|shareholding)"
                                     r"(?:\s+(?:held|owned)\s+by\s+[^,;]{1,80}?)?\s+in\b")  # ("the entire stake held by Biogen Inc. in Samsung Bioepis")
MINORITY_SHARE = compile_pattern(r"\s+(?:an?\s+)?(?:approximately|about|around|roughly|nearly|almost|up\s+to|some)?\s*(?:[1-4]?\d(?:\.\d+)?\s?%|"
                                 r"[1-4]?\d(?:\.\d+)?\s+per\s*cent)\s+(?:of|in)\b")
ALL_SHARES = compile_pattern(r"['’]s\s+(?:entire\s+|issued\s+and\s+)?(?:outstanding\s+)?(?:common\s+|ordinary\s+)?(?:shares|stock|share\s+capital|equity)\b")
ITS_DEAL = compile_pattern(r"\b(?:its|their)\s+(?:[\w$€£¥.,\-]+\s+){0,3}$")


COMPLETED = compile_pattern(r"\b(?:completed|completes|closed|closes|has\s+acquired|acquired|finali[sz]ed|paid|bought|purchased|took\s+over|"
                            r"(?:(?:with|after|following|upon|on)\s+(?:the\s+)?(?:closing|completion)\b.{0,60}?\bbecomes|has\s+become|became)\s+the\s+(?:new\s+|sole\s+)?owner)\b", re.I)
# the next sentence about the same deal: "The acquisition, for $160 million, took effect ...", "The price is ..."
SAME_DEAL = compile_pattern(r"\b(?:valu\w+|worth|price|consideration|pay)\b|^(?:The|This)\s+(?:acquisition|deal|transaction|purchase|takeover)\b")


def _value_near(ctx: DocContext, i: int) -> tuple[str, float, str] | None:
    """A deal's value: in its sentence, else in one of the next two that speaks of the same deal."""
    value = _value_of(ctx, i)
    for j in (i + 1, i + 2):
        if value is not None or j >= len(ctx.sentences):
            break
        if SAME_DEAL.search(ctx.sentences[j].text):
            value = _value_of(ctx, j)
    return value
# "the agreed acquisition of Karuna ... has not yet closed"
UNFINISHED = compile_pattern(r"\b(?:not\s+(?:yet\s+)?(?:been\s+)?(?:closed|completed)|yet\s+to\s+(?:close|be\s+completed)|expected\s+to\s+(?:close|complete)|"
                             r"(?:to|will)\s+be\s+(?:acquired|bought|purchased|taken\s+private))\b", re.I)


UNIT_OF_ACTS = compile_pattern(r"\b(?:an?|its|one)\s+(?:[\w\-]+\s+)?(?:affiliate|subsidiary|unit)\s+of\s+(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)"
                               r"\s+(?:will|would|shall|has\s+agreed\s+to|agreed\s+to|to)\s+$")


def _actor_before(ctx: DocContext, i: int, pos: int) -> str | None:
    """Who does what the verb at ``pos`` says: the company just before it, or, when a pronoun stands between
    ("Lotte Biologics, the CDMO of the Lotte Group, said that it has completed the acquisition"), the sentence's subject."""
    s = ctx.sentences[i]
    before = [m for m in ctx.every_org(i) if m.end <= pos]
    # ("under which an affiliate of Bora will acquire Emergent's facility": the group acts through it, here written short,
    # where the finder took no mention: "Bora" of "Bora Pharmaceuticals Co., Ltd.")
    if (unit := UNIT_OF_ACTS.search(s.text, 0, pos - s.start)) and (group := next(
            (m.key for m in before if m.text.split()[0] == unit.group("name").split()[0] and m.text != unit.group("name")), None)):
        return group
    # ("invoX Pharma, the International Arm of Sino Biopharm, Agrees to Buy ...": not the group it belongs to)
    before = [m for m in before if not ctx.is_parent_in_apposition(i, m)] or before
    # ("The group bought a facility from Bristol-Myers Squibb in 2017 and acquired AMPAC in 2018": not the seller)
    sellers = [m for m in before if re.search(r"\bfrom\s+(?:the\s+)?$", s.text[max(0, m.start - s.start - 12): m.start - s.start])]
    if sellers and sellers[-1] is before[-1]:
        before = [m for m in before if m not in sellers]
    if not before:
        return ctx.coref_company(i, pos)
    if re.search(r",?\s+and\s+(?:\w+\s+)?[a-z]+ed\s+(?:its|their)\b", s.text[before[-1].end - s.start: pos - s.start]):
        # "Endo ... after acquiring Paladin Labs Inc. for $1.6 billion, and expanded its U.S. business through the purchases
        # of Auxilium and Par": a second verb of the sentence's subject, not of the company bought in the first clause
        subject = [m for m in before if not re.search(r"\b(?:of|at|for|by|from|with|acquiring|buying|purchasing)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$",
                                                      s.text[max(0, m.start - s.start - 40): m.start - s.start])]
        if subject:
            return subject[0].key
    if SECOND_VERB.search(s.text, before[-1].end - s.start, pos - s.start) and (subject := PRONOUN_SUBJECT.match(s.text)) \
            and not any(m.start - s.start < subject.end() for m in before):
        # "The company emerged with a financing co-led by A and B, and at the same time acquired two start-ups": the
        # subject's second verb, not one of the companies named in its first clause
        return ctx.coref_company(i) or before[-1].key
    if re.search(r"\b(?:it|they)\b", s.text[before[-1].end - s.start: pos - s.start]):
        if IT_SUBJECT.match(s.text):
            # "In 2018 it bought Halo Pharma ..., and in 2019 it completed the purchase of Avista": the sentence's "it"
            return ctx.coref_company(i)
        # skip companies named inside a description ("the CDMO company of the Lotte Group")
        # ("the CDMO of Korea's Lotte Group")
        # (nor the other side of an agreement: "X has entered into an agreement with Y under which it acquires ...")
        heads = [m for m in before if not re.search(r"\b(?:of|at|for|by|from|with)\s+(?:the\s+)?(?:(?:[A-Z][\w\-]*\s+)?[A-Z][\w\-]*['’]s\s+)?$",
                                                    s.text[max(0, m.start - s.start - 30): m.start - s.start])
                 # (nor a ticker in brackets: "(BSE code: 532523, NSE: BIOCON)")
                 and s.text.count("(", 0, m.start - s.start) <= s.text.count(")", 0, m.start - s.start)]
        # ("the company paid $950 million for Cook Pharmica, and in 2018 it acquired ...": the subject "the company" stands for)
        return heads[-1].key if heads else (ctx.coref_company(i, pos) or before[0].key)
    return before[-1].key


SECOND_VERB = compile_pattern(r",\s+and\s+(?:(?:at\s+the\s+same\s+time|later|then|also|subsequently|in\s+\d{4}|in\s+[A-Z][a-z]+(?:\s+\d{4})?),?\s+)*$")
BUSINESS_OF = compile_pattern(r"\s+(?:(?:all\s+|parts?\s+|some\s+)?of\s+)?(?:the\s+)?(?:(?P<owner>[A-Z][^\s,;]*(?:\s+[A-Z][^\s,;]*){0,3}?)(?:['’]s?|(?<=s)['’])\s+(?P<d1>(?:[\w\-()]+\s+){0,6}?)"
                              r"(?P<w1>business|unit|division|operations)\b|(?P<d2>(?:[\w\-]+\s+){0,4}?)(?P<w2>business|unit|division|operations)\s+of\s+(?:its\s+(?:[\w\-]+\s+){0,3}?|the\s+)?)")


def _business_acquisition(ctx: DocContext, i: int, verb: re.Match[str]) -> bool:
    """ "completed the acquisition of the global biosimilars business of its partner Viatris", "acquire Xellia's US
    finished dosage form business": a part of a company, named as the text names it; True when the sentence said so."""
    s = ctx.sentences[i]
    text = s.text
    m = BUSINESS_OF.match(text, verb.end())
    if not m or _unsure(text, verb):
        return False
    every = [o for o in ctx.every_org(i) if ctx.kind_of(o.key) == "Company"]
    if m.group("w1"):
        owner = next((o for o in every if o.start - s.start == m.start("owner")), None)
        if owner is None:
            return False
        name = text[m.start("owner"): m.end("w1")]
    else:
        owner = next((o for o in every if o.start - s.start >= m.end()
                      and re.fullmatch(r"(?:[\w\-]+\s+){0,3}", text[m.end(): o.start - s.start])), None)
        if owner is None:
            return False
        name = text[m.start("d2"): owner.end - s.start]
    pos = s.start + verb.start()
    # ("entered into a definitive agreement with Apotex International Inc. to acquire Apotex's commercial operations")
    acquirer = _buyer(ctx, i, pos, every)
    if acquirer == owner.key:
        # "Hikma ... has signed an agreement with Xellia Pharmaceuticals ("Xellia") to acquire parts of Xellia's ...": the signer
        acquirer = next((o.key for o in reversed(every) if o.end <= pos and o.key != owner.key), None)
    if not acquirer or acquirer == owner.key:
        return False
    key = f"{owner.key} business {org_key(name)}"
    ctx.note_entity(f"Company|{key}", name)
    ctx.found.org_kind[key] = "Company"
    value = _value_near(ctx, i)
    status = "completed" if COMPLETED.search(text) and not UNFINISHED.search(text) else "agreed"
    ctx.add_fact("acquisition", i, {"acquirer": ctx.org_ref(acquirer), "target": f"Company|{key}"},
                 {**_value_fields(value), "status": status, "date": fact_date(ctx, i)}, confidence=0.7)
    return True


def _buyer(ctx: DocContext, i: int, pos: int, named: list[Mention] | None = None) -> str | None:
    """Who buys what the deal verb at offset ``pos`` of sentence ``i`` says is bought (``_actor_before``, then
    ``_signer_buys`` among ``named``, every organisation of the sentence by default)."""
    return _signer_buys(ctx.sentences[i], pos, _actor_before(ctx, i, pos), ctx.every_org(i) if named is None else named)


def _signer_buys(s: Sentence, pos: int, acquirer: str | None, named: list[Mention]) -> str | None:
    """The buyer of a deal at offset ``pos``: where the company read as the acquirer is the one an agreement was signed
    "with", the company that signed it ("X has signed agreements with Y to acquire ..."), else ``acquirer``."""
    signer = [m for m in named if m.end <= pos]
    # (named again in brackets, or its units: "signed definitive agreements with subsidiaries of Endo International plc
    # ("Endo") to buy Endo's manufacturing facility")
    if acquirer and len(signer) > 1 and signer[-1].key == acquirer and any(
            WITH_BEFORE.search(s.text, 0, m.start - s.start) for m in signer if m.key == acquirer):
        return next((m.key for m in reversed(signer[:-1]) if m.key != acquirer), acquirer)
    return acquirer


OWNERS_SITES = compile_pattern(r"\s+(?:(?:two|three|four|five|six|several|some|parts?)\s+of\s+)?(?:the|its|their)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+['’]s?\s+"
                                r"(?:[\w\-]+\s+){0,3}?(?P<what>sites?|facilit(?:y|ies)|plants?)\b")
WITH_BEFORE = compile_pattern(r"\b(?:agreements?|deal|contract|term\s+sheet)\s+with\s+(?:the\s+)?(?:(?:subsidiaries|affiliates|units?|an?\s+(?:[\w\-]+\s+)?(?:subsidiary|affiliate|unit))\s+of\s+(?:the\s+)?)?$")


def _site_acquisition(ctx: DocContext, i: int, verb: re.Match[str], until: int | None = None) -> None:
    """ "Lonza acquires the Vacaville site from Roche", "... three Catalent sites, located in Anagni, ...":
    the acquirer buys a site at each town named after the verb."""
    s = ctx.sentences[i]
    text = s.text
    pos = s.start + verb.start()
    # ("Siegfried has signed binding agreements with Novartis to acquire two of its sites")
    acquirer = _buyer(ctx, i, pos)
    end = s.start + (until if until is not None else len(text))
    towns = [m for m in facility_towns(ctx, i) if s.start + verb.end() <= m.start < end]
    if not acquirer or not towns or NEGATION.search(text) or re.search(r"\b(?:may|might|could|would|considering|explor\w+)\b", text):
        return
    value = (deal_value(text[verb.start(): until]) if until is not None else None) or _value_near(ctx, i)
    status = "completed" if COMPLETED.search(text) else "agreed"
    for town in towns:
        ctx.add_fact("acquisition", i, {"acquirer": ctx.org_ref(acquirer), "target": f"Place|{town.key}"},
                     {**_value_fields(value), "status": status, "date": fact_date(ctx, i)}, confidence=0.7)


SITE_SUBJECT = compile_pattern(r"(?:^|,\s+)(?:[Tt]he|[Ii]ts)\s+(?P<name>(?:[A-Z][\w\-]*\s+){1,3})(?:site|facility|plant|campus)\s+"
                               r"(?:was|were|had\s+been|has\s+been)\s+$")


def _passive_site(ctx: DocContext, i: int, verb: re.Match[str]) -> bool:
    """ "The Milford site was acquired from Shire in January 2019": the site of that town, bought by the company the
    text speaks of (a buyer named with "by" is read by the other rules)."""
    s = ctx.sentences[i]
    m = SITE_SUBJECT.search(s.text, 0, verb.start())
    if not m or re.search(r"\bby\b", s.text[verb.end():]) or _unsure(s.text, verb):
        return False
    towns = [p for p in ctx.by_sentence[i] if p.kind == "Place" and s.start + m.start("name") <= p.start < s.start + m.end("name")]
    buyer = ctx.coref_company(i) or ctx.main
    if not towns or not buyer:
        return False
    ctx.add_fact("acquisition", i, {"acquirer": ctx.org_ref(buyer), "target": f"Place|{towns[0].key}"},
                 {"status": "completed", "date": fact_date(ctx, i)}, confidence=0.7)
    return True


DEAL_HEDGE = compile_pattern(r"\b(?:may|might|could|would|considering|explor\w+|rumou?r\w*|options?\s+to\s+(?:acquire|buy|purchase))\b")


def _unsure(text: str, verb: re.Match[str]) -> bool:
    """Whether a negation or a hedge governs a deal verb: in its clause, before it ("did not acquire"), not in a
    relative clause after it ("acquired all of the MTPC shares it did not already own")."""
    lead = clause_before(text, verb.start(), 140)
    return bool(NEGATION.search(lead) or DEAL_HEDGE.search(lead + verb.group()))


OWNER_OF_BEFORE = compile_pattern(r",\s+(?:the|its|a|an)\s+[^,;]{0,50}?\b(?:of|from|by)\s+(?:privately[- ]held\s+|the\s+|[\w\-]+-based\s+)?$")
PRODUCT_FIRST = compile_pattern(r"\s+(?:the\s+)?(?=[A-Z])")  # (a name right after the verb: read as a product only if it is one)
BOUGHT_FROM = compile_pattern(r"\s+(?:from|for)\s+|[;.]")


def _product_acquisition(ctx: DocContext, i: int, verb: re.Match[str]) -> bool:
    """ "Kamada has acquired CYTOGAM, WINRHO SDF, VARIZIG and HEPAGAM B from Saol", "acquired a portfolio of four
    products from Saol" (then "The portfolio consists of A, B, C and D"): the buyer acquires each product; True when
    the sentence said so. (Rights to a product are a licence's words, not a purchase: see ``licensing``.)"""
    s = ctx.sentences[i]
    text = s.text
    if _unsure(text, verb):
        return False
    stop = BOUGHT_FROM.search(text, verb.end())
    end = s.start + (stop.start() if stop else len(text))
    object_text = text[verb.end(): end - s.start]
    # ("to acquire the CNS portfolio of US WorldMeds, a privately held company": the seller named after "of", the
    # products listed next)
    portfolio = re.search(r"\bportfolio\s+(?:of|from)\s+", object_text)
    if portfolio:
        object_text = object_text[: portfolio.start()]
        end = s.start + verb.end() + portfolio.start()
    if re.search(r"\b(?:rights?|licen[cs]es?|stake|shares|business|unit|division|company)\b", object_text, re.I):
        return False
    named = [m for m in ctx.by_sentence[i] if s.start + verb.end() <= m.start < end]
    # (the product's owner in an apposition after it is the seller: "to acquire efimosfermin alfa, the lead investigational
    # medicine of privately held Boston Pharmaceuticals")
    owner_of = [m for m in named if m.kind == "Company" and named[0].kind == "Product" and m.start > named[0].end
                and OWNER_OF_BEFORE.search(text, max(0, m.start - s.start - 60), m.start - s.start)]
    named = [m for m in named if m not in owner_of]
    if named and any(m.kind != "Product" for m in named):
        return False
    products = list(dict.fromkeys(m.key for m in named)) or ctx.listed_products(i)
    # ("entered into an agreement with Novartis AG to acquire the cardiovascular brand Cidmus": the signer buys)
    acquirer = _buyer(ctx, i, s.start + verb.start())
    if not products or not acquirer:
        return False
    value = _value_near(ctx, i)
    status = "completed" if COMPLETED.search(text) and not UNFINISHED.search(text) else "agreed"
    # (the one it is bought from keeps the making of it: "acquisition of Xiidra ... from Takeda" is no Novartis product)
    frm = re.search(r"\bfrom\s+(?:the\s+)?", text[end - s.start:])
    seller = next((m.key for m in ctx.orgs(i) if frm and m.start - end == frm.end() and m.key != acquirer), None) or \
        next((m.key for m in owner_of if m.key != acquirer), None)
    for pk in products:
        ctx.add_fact("acquisition", i, {"acquirer": ctx.org_ref(acquirer), "target": f"Product|{pk}"},
                     {**_value_fields(value), "status": status, "date": fact_date(ctx, i)}, confidence=0.7)
        if seller:
            ctx.sellers.setdefault(f"Product|{pk}", (ctx.org_ref(acquirer), ctx.org_ref(seller)))
    return True


PARTY_LIST_GAP = compile_pattern(r"(?:\s*\([^()]{1,40}\))?(?:,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?")


def _party_list(text: str, named: list[tuple[Mention, int]]) -> list[str]:
    """The keys of the first organisation of ``named`` (mentions and their offsets in ``text``) and of those listed
    right after it ("A, B and C", "A (A-CVD) and B")."""
    keys = [named[0][0].key]
    for (a, pa), (b, pb) in zip(named, named[1:]):
        if not PARTY_LIST_GAP.fullmatch(text, pa + len(a.text), pb):
            break
        keys.append(b.key)
    return keys


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding offset ``pos`` of a sentence starts (after "; " or ", and in 2020 it ...": see
    LICENCE_CLAUSE_BREAK), 0 in its first clause."""
    return max((b.end() for b in LICENCE_CLAUSE_BREAK.finditer(text, 0, pos)), default=0)


LISTED_BEFORE = compile_pattern(r"(?:\s*\([^)]*\))?(?:,\s+(?:a|an|the)\s[^,;()]{1,80})?,\s+")


def _collaboration_parties(ctx: DocContext, i: int, cue: re.Match[str]) -> list[str]:
    s = ctx.sentences[i]
    text = s.text
    orgs = [m for m in ctx.orgs(i) if not re.search(r"\b(?:subsidiar(?:y|ies)|affiliates?|units?|parent)\W+(?:\w+\W+){0,2}$",
                                                      text[max(0, m.start - s.start - 40): m.start - s.start])]
    rel = [(m, m.start - s.start) for m in orgs]
    between = re.search(r"\bbetween\s+", text)
    if between:
        after = [(m, pos) for m, pos in rel if pos >= between.end()]
        if len(after) >= 2:
            # "The collaboration between Sanofi, RadioMedix and Orano Med": every party of the list
            parties = _party_list(text, after)
            return list(dict.fromkeys(parties)) if len(parties) >= 2 else [m.key for m, _ in after[:2]]
    # "AZD1222, the vaccine that AstraZeneca co-developed with the University of Oxford": the one right before the verb and
    # the one it names after "with", whoever the sentence's subject is
    verb_with = re.match(r"\S*\s+(?:jointly\s+|closely\s+)?with\s+(?:the\s+)?", text[cue.start():])
    if verb_with and re.match(r"(?i)co-develop|collaborat(?:es|ed|ing)\b|partnered|teamed", cue.group()):
        doer = [m for m in ctx.every_org(i) if 0 < cue.start() - (m.end - s.start) <= 12 and re.fullmatch(
            r"\s+(?:has\s+|have\s+|had\s+)?", text[m.end - s.start: cue.start()])]
        partners = [(m, pos) for m, pos in rel if pos >= cue.start() + verb_with.end()]
        if doer and partners and partners[0][1] == cue.start() + verb_with.end():
            return list(dict.fromkeys([doer[-1].key, *_party_list(text, partners)]))
    for n, ((a, pa), (b, pb)) in enumerate(zip(rel, rel[1:])):
        # (and "A and its Cuban research partner, the B (CIM), ... have formed ...")
        if re.fullmatch(r"(?:\s*\([^)]*\))?(?:,[^,]*?,)?\s+and\s+(?:(?:its|their)\s+(?:[\w\-]+\s+){0,3}?partner,?\s+(?:the\s+)?)?",
                        text[pa + len(a.text): pb]) and re.match(
                r"(?:\s*\([^)]*\))?(?:,[^.;]*?,)?\s+(?:today\s+)?(?:announced|signed|entered|agreed|will|have|has|are|to|jointly|sign|enter)",
                text[pb + len(b.text):]):
            # (and those listed before them: "A, the maker of X, B, an Argentine company, and C, a foundation, announced")
            first = n
            while first and LISTED_BEFORE.fullmatch(text, rel[first - 1][1] + len(rel[first - 1][0].text), rel[first][1]):
                first -= 1
            return list(dict.fromkeys([m.key for m, _ in rel[first: n]] + [a.key, b.key]))
    with_m = re.search(r"\b(?:with|alongside)\s+", text[cue.start():])
    if with_m:
        pos_with = cue.start() + with_m.end()
        after = [m.key for m, pos in rel if pos >= pos_with]
        # (not the group named in a description of the subject: "Isomorphic Labs, the company spun out of Google DeepMind, ...")
        before = [m.key for m, pos in rel if pos < cue.start() and not ctx.is_parent_in_apposition(i, m)] or [
            m.key for m, pos in rel if pos < cue.start()]
        # (in the cue's own clause: "Arrowhead licensed JNJ-3989 to Janssen, and in 2020 it entered into a collaboration
        # with Takeda": "it", the sentence's subject, not Janssen)
        clause_at = _clause_start(text, cue.start())
        if clause_at and before:
            own = [m.key for m, pos in rel if clause_at <= pos < cue.start()]
            before = own or ([before[0]] if PRONOUN_SUBJECT.match(text[clause_at:]) else before)
        if after:
            # "Through a long-standing partnership with MSD, FDB also offers ...": the subject after the phrase
            # (not an apposition naming the partner's venture: "Its joint venture with Infion, PT Daewoong Infion, produces")
            subject = [m.key for m, pos in rel if pos >= pos_with and m.key != after[0]
                       and re.search(r",\s+(?:\w+\s+){0,2}$", text[:pos]) and not text.startswith(",", pos + len(m.text))] if not before else []
            # ("REBLOZYL is developed and commercialized through a global collaboration with BMS": the product's developer)
            lead = [p for p in ctx.of_kind(i, "Product") if p.start - s.start < 3]
            dev = str(ctx.product_attrs(lead[0].key).get("developer", "")) if lead and not before and not subject else ""
            owner = dev.split("|", 1)[1] if dev.startswith("Company|") and dev.split("|", 1)[1] != after[0] else None
            first = before[-1] if before else (subject[0] if subject else None) or owner or ctx.coref_company(i, s.start + cue.start()) or ctx.main
            # "developed jointly with A (A-CVD) and B (Baylor)": every partner of the list
            partners = _party_list(text, [(m, pos) for m, pos in rel if pos >= pos_with])
            if first in partners:  # ("Partnering with mAbxience and Liomont ...", said in mAbxience's release: no tie)
                return [k for k in (first, after[0]) if k]
            return list(dict.fromkeys(k for k in (first, *partners) if k))
    return [m.key for m in orgs]


PARTNER_LIST = compile_pattern(r"(?:partners|partnerships|alliances|collaborations)\s+(?:[\w\-]+\s+){0,3}?(?:with|including|include|such\s+as)\s+|"
                               r"(?:partners?|partnerships?|alliances?|collaborations?)\b[^;:]{0,80}?\b(?:including|such\s+as|among\s+them)\s+")


TOOK_RIGHTS = compile_pattern(r"\b(?:took|takes|obtained|acquired|holds?)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?rights\b")


def _item_spans(ctx: DocContext, i: int, keys: list[str]) -> list[tuple[int, int]]:
    """Where each listed partner's part of the sentence runs: from its first mention to the next partner's."""
    s = ctx.sentences[i]
    starts = [next(m.start - s.start for m in ctx.orgs(i) if m.key == k) for k in keys]
    return [(a, starts[n + 1] if n + 1 < len(starts) and starts[n + 1] > a else len(s.text)) for n, a in enumerate(starts)]


def _listed_partners(ctx: DocContext, i: int, cue: re.Match[str]) -> tuple[str, list[str]] | None:
    """The company and the two or more partners a sentence lists after a plural or "including" ("works with commercial
    partners in 90 countries, including Teva in the United States and STADA in Europe"), or None."""
    s = ctx.sentences[i]
    m = PARTNER_LIST.match(s.text, cue.start())
    if not m:
        return None
    orgs = ctx.orgs(i)
    after = list(dict.fromkeys(o.key for o in orgs if o.start - s.start >= m.end()))
    before = [o for o in orgs if o.end - s.start <= cue.start()
              and not re.search(r"\b(?:of|at|for|by|from|with)\s+(?:the\s+)?$", s.text[max(0, o.start - s.start - 12): o.start - s.start])]
    first = before[0].key if before else ctx.coref_company(i, s.start + cue.start()) or ctx.main
    others = [k for k in after if k != first]
    return (first, others) if first and len(others) >= 2 else None


def collaborations(ctx: DocContext, service_pairs: set[frozenset[str]], blocked: set[frozenset[str]] = frozenset()) -> None:
    for i, s in enumerate(ctx.sentences):
        text = s.text
        spans = [(m.start - s.start, m.end - s.start) for m in ctx.by_sentence[i]]
        cue = next((c for c in COLLAB_CUE.finditer(text) if not any(a <= c.start() < b for a, b in spans)), None)
        if not cue or s.section in ("boilerplate", "heading") or not _ok_before(text, cue.start()):
            continue
        if re.search(r"\b(?:alongside|competitors?|rivals?|peers?|compet\w+)\b", text) and not re.search(r"\bwith\b", text):
            continue
        # (an acquisition is no collaboration, but "will acquire the development rights" is a licence's words)
        acquires = ACQ_VERB.search(text) and not re.search(r"\bacquir\w*\s+(?:the\s+|exclusive\s+|global\s+)*(?:[\w\-]+\s+(?:and\s+)?){0,3}?rights\b", text)
        if re.search(r"\b(?:advis[eo]rs?|legal\s+counsel|financial\s+advis\w+|counsel\s+to)\b", text, re.I) or acquires:
            continue
        if NOT_A_TIE.search(text):
            continue  # "We thank our partners at CSL and the TGA", "has since ended its memorandum of understanding with X"
        if LICENSEE_LIST.search(text) and any(f.kind == "licensing" and f.evidence and f.evidence.start == s.start for f in ctx.facts):
            continue  # "through licence partners, including A in X and B in Y": licences (see _listed_licensees), no more
        listed = _listed_partners(ctx, i, cue)
        if listed:
            # "X is also a partner of other biotechs, including A and B", "has strategic alliances with A and B": a tie each
            first, others = listed
            kind = next((label for pattern, label in COLLAB_KINDS if re.search(pattern, text, re.I)), "collaboration")
            for other, (a, b) in zip(others, _item_spans(ctx, i, others)):
                # ("partners include A, which licensed the ADC P in 2021, and B, which took rights to Q": a licence each)
                products = [p.key for p in ctx.of_kind(i, "Product") if a <= p.start - s.start < b]
                if products and (LICENSE_CUE.search(text, a, b) or TOOK_RIGHTS.search(text, a, b)):
                    ctx.add_fact("licensing", i, {"licensor": ctx.org_ref(first), "licensee": ctx.org_ref(other),
                                                  "product": f"Product|{products[0]}"}, {"territory": None}, confidence=0.7)
                elif frozenset((first, other)) not in blocked:  # (named partners: a licence between them is one tie more)
                    ctx.add_fact("collaboration", i, {"party": [ctx.org_ref(first), ctx.org_ref(other)]}, {"kind": kind}, confidence=0.7)
            continue
        parties = list(dict.fromkeys(_collaboration_parties(ctx, i, cue)))
        if "distributed" in cue.group():
            # "In Japan, the product will be distributed by Kaken Pharmaceutical": the distributor named after "by", and the
            # company whose product it is
            by = [m.key for m in ctx.every_org(i) if 0 <= m.start - s.start - cue.end() <= 2]
            owner = next((str(d).split("|", 1)[1] for p in ctx.of_kind(i, "Product") if (d := ctx.product_attrs(p.key).get("developer"))), None) \
                or ctx.coref_company(i, s.start + cue.start()) or ctx.main
            parties = [owner, by[0]] if by and owner and owner != by[0] else []
        if len(parties) == 1:
            other = ctx.coref_company(i) or (ctx.main if re.search(r"\bwith\s+", text) else None)
            if other and other != parties[0]:
                parties.append(other)
        if len(parties) < 2 and PAIR_COREF.search(text):
            parties = ctx.pair_before(i)  # "the two companies collaborate on ..."
        if len(parties) < 2:
            continue
        pair = frozenset(parties[:2])
        bare = cue.group().lower() in ("partner", "partners", "partnering", "partnered")
        if bare and re.search(r",\s+(?:a|the)\s+(?:\w+\s+)?$", text[:cue.start()]) and re.match(r"\s+(?:at|of)\s+[A-Z]", text[cue.end():]):
            continue  # "Peter Zippelius, a partner at Leonard Green": a person's title
        if (bare and pair in service_pairs) or pair in blocked or (bare and len(set(parties)) > 2):
            continue  # ("dedicated research centres for several major partners: A ...; B ...; C ...": clients, not one alliance)
        kind = next((label for pattern, label in COLLAB_KINDS if re.search(pattern, text, re.I)), "collaboration")
        subject = None
        # (not a date: "concluded on December 25, 2012")
        m = re.search(r"\b(?:to\s+(?:co-)?(?:develop|commerciali[sz]e|manufacture|distribute)|on|for)\s+(?!(?:January|February|March|April|May|June|July|"
                      r"August|September|October|November|December|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
                      r"November|December)|\d{4}\b))(?P<s>[^,.;]{4,80})", text[cue.start():])
        if m:
            subject = m.group("s").strip()
        products = [p.key for p in ctx.of_kind(i, "Product")]
        clause_at = _clause_start(text, cue.start())
        # (the cue's clause's product: "... licensed JNJ-3989 to Janssen, and in 2020 it entered into a collaboration ... for ARO-AAT")
        products = [p.key for p in ctx.of_kind(i, "Product") if p.start - s.start >= clause_at] or products
        ctx.add_fact("collaboration", i, {"party": [ctx.org_ref(p) for p in parties]},
                     {"subject": products[0] if products else subject, "kind": kind}, confidence=0.7 if bare else 0.8)


# "AZD1222, the COVID-19 vaccine developed by AstraZeneca and the University of Oxford", "co-developed by A with B"
DEVELOPED_BY = compile_pattern(r"\b(?:co-developed|(?:jointly\s+)?developed|co-invented)\s+(?:jointly\s+)?by\s+(?:the\s+)?")
CODEVELOPER_GAP = compile_pattern(r"(?:\s*\([^()]{1,40}\))?(?:,\s+|,?\s+and\s+|\s+(?:together\s+|in\s+(?:collaboration|partnership)\s+)?with\s+)"
                                  r"(?:the\s+|its\s+(?:partner\s+)?)?")


def codevelopers(ctx: DocContext, blocked: set[frozenset[str]] = frozenset()) -> None:
    """Organisations a product is said to be developed by together ("developed by A and B", "developed by A with B",
    "co-developed by A, B and C") co-develop it."""
    have = {frozenset(f.role("party")) for f in ctx.facts if f.kind == "collaboration"}
    for i, s in enumerate(ctx.sentences):
        if s.section == "heading" or "by" not in s.text:
            continue
        for m in DEVELOPED_BY.finditer(s.text):
            if not _ok_before(s.text, m.start()):
                continue
            orgs = [(o, o.start - s.start) for o in ctx.orgs(i, start=s.start + m.end(), kinds=("Company",))]
            if not orgs or orgs[0][1] != m.end():
                continue
            keys = [orgs[0][0].key]
            for (a, pa), (b, pb) in zip(orgs, orgs[1:]):
                if not CODEVELOPER_GAP.fullmatch(s.text, pa + len(a.text), pb):
                    break
                keys.append(b.key)
            keys = list(dict.fromkeys(k for k in keys if ctx.kind_of(k) == "Company"))
            if len(keys) < 2 or any(frozenset((a, b)) in blocked for a in keys for b in keys if a != b):
                continue
            refs = [ctx.org_ref(k) for k in keys]
            if frozenset(refs) in have:
                continue
            have.add(frozenset(refs))
            products = [p.key for p in ctx.of_kind(i, "Product") if p.start - s.start < m.start()]
            ctx.add_fact("collaboration", i, {"party": refs}, {"subject": products[-1] if products else None, "kind": "co-development"},
                         confidence=0.75)


#: "Byooviz, developed by Samsung Bioepis and commercialized by Biogen", "in Japan, where it is commercialized by Fuji Pharma"
SOLD_BY = compile_pattern(r"\b(?:[Ww]here|[Ww]hich|and)\s+(?:it\s+)?(?:is\s+|was\s+|are\s+|has\s+been\s+)?(?:(?:exclusively|now)\s+)?"
                          r"(?:commerciali[sz]ed|marketed|sold|distributed)\s+by\s+(?:its\s+partner\s+)?(?:the\s+)?|"
                          r"\b(?:[Ww]here|[Ww]hich)\s+(?P<seller>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})(?:,?\s+(?:Inc|Ltd|AG|plc|SA|Co|GmbH)\.?)?\s+"
                          r"(?:markets|sells|commerciali[sz]es|distributes)\s+it\b")


def commercial_partners(ctx: DocContext, blocked: set[frozenset[str]]) -> None:
    """A product one company develops and another sells ("Byooviz, developed by Samsung Bioepis and commercialized by
    Biogen", "AVT04 ... in Japan, where it is commercialized by Fuji Pharma"): the two are commercialisation partners."""
    have = {frozenset(f.role("party")) for f in ctx.facts if f.kind == "collaboration"}
    licensed = {frozenset((f.role("licensor"), f.role("licensee"))) for f in ctx.facts if f.kind == "licensing"}
    for i, s in enumerate(ctx.sentences):
        if s.section == "heading" or " by " not in s.text and " it" not in s.text:
            continue
        for m in SOLD_BY.finditer(s.text):
            if not _ok_before(s.text, m.start()):
                continue
            if m.group("seller"):
                seller = next((o.key for o in ctx.orgs(i) if o.start - s.start == m.start("seller")), None)
            else:
                seller = next((o.key for o in ctx.orgs(i) if o.start - s.start == m.end()), None)
            products = [p for p in ctx.of_kind(i, "Product") if p.start - s.start < m.start()] or \
                (ctx.of_kind(i - 1, "Product") if i else [])
            product = products[-1].key if products else None
            dev = str(ctx.product_attrs(product).get("developer") or "").split("|", 1)[-1] if product else ""
            # (the developer written in the same sentence: "developed by Samsung Bioepis and commercialized by Biogen")
            by = DEVELOPED_BY.search(s.text, 0, m.start())
            named = next((o.key for o in ctx.orgs(i) if by and o.start - s.start == by.end()), None)
            developer = named or dev
            if not seller or not developer or seller == developer or ctx.kind_of(seller) != "Company" or ctx.kind_of(developer) != "Company":
                continue
            refs = [ctx.org_ref(developer), ctx.org_ref(seller)]
            pair = frozenset(refs)
            if pair in have or pair in licensed or frozenset((developer, seller)) in blocked:
                continue
            have.add(pair)
            ctx.add_fact("collaboration", i, {"party": refs}, {"subject": product, "kind": "commercialisation partnership"},
                         confidence=0.7)


NOT_A_TIE = compile_pattern(r"\b(?:[Ww]e\s+(?:would\s+like\s+to\s+)?thank|[Tt]hanks?\s+to\s+our|grateful\s+to|(?:ended|terminated|cancell?ed|"
                            r"discontinued|dissolved|exited|expired)\s+(?:its\s+|their\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:memorandum|agreement|"
                            r"collaboration|partnership|alliance|joint\s+venture|relationship|deal|MoU|MOU)|"
                            # "Hercules was set up by Bain Capital together with Atlas Venture and RTW": co-investors
                            r"(?:set\s+up|formed|founded|launched|created|incubated|backed|financed|funded)\s+(?:[\w\-]+\s+){0,4}?by\s+[^.;]{1,80}?\btogether\s+with|"
                            # "Attending the signing were Mr. Gao, ..., together with Prof. Hershko": guests of a ceremony
                            r"(?:[Aa]ttending|[Aa]ttended\s+by|[Pp]resent\s+at|[Ww]itnessed\s+by)\b[^;]{1,200}?\btogether\s+with|"
                            # "signed a memorandum of understanding with A and B to explore how the three could ...": a plan
                            r"(?:memorandum\s+of\s+understanding|MoU|MOU|letter\s+of\s+intent)\b[^.;]{0,80}?\bto\s+(?:explore|evaluate|assess|discuss|study|consider)\b)")
PAYMENT = compile_pattern(r"\b(?:upfront|up-front|milestones?|royalt(?:y|ies)|payments?\s+to|pay(?:s|ing)?\s+\w+\s+(?:an?\s+)?(?:upfront|fee))\b", re.I)
DEAL_TOTAL = compile_pattern(r"\btotal\s+(?:potential\s+)?(?:deal\s+|transaction\s+)?(?:value|consideration)\b|\b(?:deal|transaction)\s+value\b|\b(?:deal|transaction|agreement)\s+(?:is\s+)?(?:worth|valued)\b", re.I)
TOTAL = compile_pattern(r"\b(?:total|in\s+all|up\s+to|worth|could\s+reach|potential(?:ly)?|aggregate)\b", re.I)


def licences_from_collaborations(ctx: DocContext) -> None:
    """A paid development and commercialisation deal for one party's product is a licence to the other.

    "A and B agreed to jointly develop and commercialise P, A's ADC ... upfront payment of $1.35 billion":
    the developer A licenses P to B. Research collaborations, manufacturing partnerships and joint
    ventures are left alone, and a deal with no payment stated stays a collaboration.
    """
    have = {(f.role("licensor"), f.role("product")) for f in ctx.facts if f.kind == "licensing"}
    paid = [j for j, s in enumerate(ctx.sentences) if s.section not in ("boilerplate",) and PAYMENT.search(s.text)]
    if not paid:
        return
    for fact in list(ctx.facts):
        if fact.kind != "collaboration" or fact.value("kind") not in ("co-development", "commercialization partnership", "collaboration"):
            continue
        if fact.confidence < 0.8:
            continue  # a bare "partner" ("... make it the right partner for these three assets"): no deal of its own
        i = ctx.sentence_at(fact.evidence.start) if fact.evidence else None
        parties = list(fact.role("party") or ())
        subject = fact.value("subject")
        if i is None or len(parties) != 2 or not subject or RIGHTS_RETURNED.search(ctx.sentences[i].text):
            continue
        if ctx.sentences[i].section.startswith("about:") or DEVELOPED_WITH.search(ctx.sentences[i].text):
            continue  # ("Its approved medicines include ORILISSA ..., developed in collaboration with AbbVie": a profile, no deal)
        product = f"Product|{subject}"
        dev = ctx.product_attrs(product).get("developer")
        if dev not in parties or any(p == product for _, p in have):
            continue
        # the payment: in the deal's own sentence or near it, else one naming both parties ("GSK will pay Alector $700
        # million upfront"), not another deal's ("Sanofi will pay ABL Bio ..." beside ABL Bio's older deal with I-Mab)
        keys = {p.split("|", 1)[1] for p in parties}
        if not any(abs(j - i) <= 3 or keys <= {m.key for m in ctx.every_org(j)} for j in paid):
            continue
        other = next(p for p in parties if p != dev)
        # the value: this sentence's, else the total of a payment sentence close by that names no other product
        value = deal_value(ctx.sentences[i].text) if PAYMENT.search(ctx.sentences[i].text) or TOTAL.search(ctx.sentences[i].text) else None
        if value is None:
            near = [j for j in paid if abs(j - i) <= 15 and not [p for p in ctx.of_kind(j, "Product") if p.key != subject]]
            totals = [deal_value(ctx.sentences[j].text) for j in near if TOTAL.search(ctx.sentences[j].text)]
            totals = [t for t in totals if t]
            value = max(totals, key=lambda t: t[1]) if totals else None
        territory = _territory(ctx.sentences[i].text)
        if territory in (None, "global"):
            # "The two companies will jointly develop and commercialise DS-1062 worldwide, except in Japan"
            for j in range(i + 1, min(i + 4, len(ctx.sentences))):
                if subject in ctx.sentences[j].text and re.search(r"\b(?:except|excluding|outside|ex-)\b", ctx.sentences[j].text):
                    territory = _territory(ctx.sentences[j].text) or territory
                    break
        # every product of the developer the sentence lists ("an agreement for three of Daiichi Sankyo's ADCs: A, B and C")
        listed = [f"Product|{m.key}" for m in ctx.of_kind(i, "Product")]
        for each in [product] + [p for p in listed if p != product and ctx.product_attrs(p).get("developer") == dev]:
            if (dev, each) in have:
                continue
            ctx.add_fact("licensing", i, {"licensor": dev, "licensee": other, "product": each},
                         {"territory": territory, **_value_fields(value)}, confidence=0.6)
            have.add((dev, each))
