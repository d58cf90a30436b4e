"""One document prepared for the rules: sentences, mentions per sentence, co-reference.

Entity references passed between rules are strings ``"Kind|key"`` ("Company|biodlink biopharm",
"Regulator|anmat-ar", "Product|Pusintin", "Person|Jun Liu", "Place|Suzhou").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from pharmagraph.extract import fast_re as re
from pharmagraph.extract.mentions import (
    HEADER_CELL,
    NAME_OPENING_ADJECTIVES,
    DocMentions,
    cell_offset,
    find_mentions,
    product_column,
)
from pharmagraph.extract.names import strip_legal
from pharmagraph.extract.regex_cache import compile_pattern
from pharmagraph.extract.sentences import split_sentences
from pharmagraph.model import Document, Evidence, Fact, Mention, Sentence

AFFILIATE = compile_pattern(r"\b(?:its|their)\s+(?:(?:wholly[- ]owned|indirect|direct|majority[- ]owned|fully[- ]owned)\s+)?"
                       r"(?:\w+\s+)?(?:subsidiary|subsidiaries|affiliates?|parent(?:\s+company)?)\b")
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, **{str(n): n for n in range(2, 10)}}
AND_NEXT = compile_pattern(r",?\s+and\s+(?:[\w\-]+\s*\()?$")
NAME_THEN_BRACKET = compile_pattern(r"[\w\-]+\s*\(")
LINE_START = compile_pattern(r"[\s\-*•·–]*(?:\d{1,2}[.)]\s*)?")  # (what may come before a list item on its line)
LIST_LEAD = compile_pattern(r"(?::\s*$|\b(?P<n>two|three|four|five|six|several|\d)\s+(?:[\w\-]+\s+){0,3}(?:products?|candidates?|"
                            r"biosimilars?|assets?|programs?|programmes?|molecules?|medicines?|vaccines?|therap(?:y|ies)|drugs?)\b)")
PORTFOLIO_LEAD = compile_pattern(r"\bportfolio\b")
PAIR_COREF = compile_pattern(r"\b(?:[Tt]he\s+(?:two\s+)?(?:companies|partners|parties)|[Bb]oth\s+(?:companies|partners|parties))\b")
# what follows a company that does something: "Charles River has broadened", "Lonza (SIX: LONN) announced"
MODIFIER_AFTER = compile_pattern(r"(?:['’]s)?\s+(?:transaction|deal|acquisition|merger|takeover|purchase|shareholders?|board|"
                                 r"platform|portfolio|shares?|stock|team|agreement|offer)\b")
ACTS = compile_pattern(r"(?:\s*\([^()]{0,60}\))?\s+(?:today\s+|also\s+|recently\s+|then\s+|now\s+|further\s+)?"
                       r"(?:has|have|had|is|was|were|will|would|can|could|said|says|[a-z]{3,}ed|announces|receives|signs|plans|intends|"
                       r"expects|operates|acquires|completes|agrees|enters|obtains|reports|owns|holds|employs|develops|manufactures)\b")
PRONOUN_OPENS = compile_pattern(r"(?:[^,]{0,40},\s+)?(?:[Tt]he\s+(?:[Cc]ompany|[Gg]roup)|It|We)\b")
COREF_COMPANY = compile_pattern(
    r"\b(?:[Tt]he\s+(?:company|Company|group|Group|firm|drugmaker|drug\s+maker|biotech|CDMO|CRDMO|CRO|CMO|partner|licensee|institute|Institute|university|University|foundation|Foundation|"
    r"(?:[A-Z][a-z]+\s+)?(?:CDMO|biotech|company|drugmaker|pharmaceutical\s+company))|[Ii]ts|[Tt]heir|[Oo]ur|[Ww]e|[Uu]s)\b"
)

OPENING_PARTICIPLE = compile_pattern(r"(?:Founded|Co-founded|Established|Formed|Incorporated|Headquartered|Based|Led)\b")

# "It acquired ...", "In 2015, it also bought ...": the pronoun as the subject of a verb of action (not "It is ...")
IT_SUBJECT = compile_pattern(r"(?:(?:In|On|By|Since|Later|Then|After|Earlier|During|Last)\b[^,]{0,40}?(?:,\s*\d{4})?,?\s+)?(?:It|it)\s+(?:has\s+|had\s+|also\s+|later\s+|then\s+)*"
                             r"(?!is\b|was\b|will\b|would\b|may\b|might\b|could\b|should\b|can\b|seems?\b|remains?\b|"
                             r"appears?\b|takes?\b|means?\b|been\b|not\b)(?:[a-z]+(?:ed|s)|bought|sold|made|built|took|won|began|led|ran|grew|"
                             r"became|paid|spun|got|gave|brought)\b")

PARENT_BEFORE = re.compile(r"\b(?:(?:(?i:company|subsidiary|unit|division|arm|affiliate|member|part|business)|CDMO|CRO|CMO|organi[sz]ation(?:\s+\([A-Z]+\))?)\s+of|"
                           # ("the digital biology company spun out of Google DeepMind", "a start-up backed by X")
                           r"(?:spun|spin)[\s-](?:out|off)\s+(?:of|from)|(?:backed|owned)\s+by)\s+"
                           r"(?:the\s+)?(?:(?:[A-Z][\w\-]*\s+)?[A-Z][\w\-]*['’]s\s+)?$")  # ("the CDMO of South Korea's Lotte Group")


GROUP_COMPANY_BEFORE = re.compile(r"[)”\"]?(?:\s*\([^()]{1,40}\))?,\s+(?:a|an)\s+")
GROUP_COMPANY_AFTER = re.compile(r"\s+(?:group\s+)?company\b")


@dataclass
class DocContext:
    """What the rules read about one document."""

    doc: Document
    sentences: list[Sentence]
    found: DocMentions
    by_sentence: list[list[Mention]] = field(default_factory=list)
    main: str | None = None
    facts: list[Fact] = field(default_factory=list)
    entities: dict[str, dict] = field(default_factory=dict)  # ref -> {"names": Counter, "attrs": {}}
    sellers: dict[str, tuple[str, str]] = field(default_factory=dict)  # product ref -> (buyer ref, seller ref) of a brand sold

    # -- references -----------------------------------------------------------------------
    @staticmethod
    def ref(m: Mention) -> str:
        return f"{m.kind}|{m.key}"

    def kind_of(self, key: str) -> str:
        return self.found.org_kind.get(key, "Company")

    def org_ref(self, key: str) -> str:
        return f"{self.kind_of(key)}|{key}"

    def orgs(self, i: int, start: int | None = None, end: int | None = None, kinds=("Company",)) -> list[Mention]:
        """Organisation mentions of sentence ``i`` (optionally within offsets), first of each key."""
        seen, out = set(), []
        for m in self.by_sentence[i]:
            if m.kind in kinds and (start is None or m.start >= start) and (end is None or m.end <= end) and m.key not in seen:
                seen.add(m.key)
                out.append(m)
        return out

    def is_parent_in_apposition(self, i: int, m: Mention) -> bool:
        """Whether ``m`` is named as the group another company belongs to ("mAbxience, the biotechnology company
        of Grupo Insud, ...", "a subsidiary of X"): a description, not a party of what the sentence says."""
        s = self.sentences[i]
        return bool(PARENT_BEFORE.search(s.text[max(0, m.start - s.start - 40): m.start - s.start]))

    def every_org(self, i: int, kinds=("Company",)) -> list[Mention]:
        """Every organisation mention of sentence ``i``, repeats included (for position checks)."""
        return [m for m in self.by_sentence[i] if m.kind in kinds]

    def of_kind(self, i: int, kind: str) -> list[Mention]:
        seen, out = set(), []
        for m in self.by_sentence[i]:
            if m.kind == kind and m.key not in seen:
                seen.add(m.key)
                out.append(m)
        return out

    def last_company(self, i: int, pos: int | None = None) -> str | None:
        """The company most recently named before sentence ``i`` (or before ``pos`` in it)."""
        for j in range(i, max(-1, i - 6), -1):
            cands = [m for m in self.by_sentence[j] if m.kind == "Company" and (j < i or pos is None or m.start < pos)]
            if cands:
                return cands[-1].key
        return self.main

    def coref_company(self, i: int, pos: int | None = None) -> str | None:
        """The company that "the company", "its" or "we" in sentence ``i`` refers to."""
        s = self.sentences[i]
        section = s.section
        if section.startswith("about:"):
            about = self.section_org(section)
            if about:
                return about
        text = s.text if pos is None else s.text[: pos - s.start]
        if re.search(r"\b(?:[Oo]ur|[Ww]e|[Uu]s)\b", text):
            speaker = self.speaker(i)
            if speaker:
                return speaker
        m = COREF_COMPANY.search(text)
        it = IT_SUBJECT.match(s.text)
        if m is None and it and (pos is None or it.end() >= pos - s.start or re.fullmatch(
                r"\s+(?:the|its|a|an)\s+(?:[\w$€£.,\-]+\s+){0,3}", s.text[it.end(): pos - s.start])):
            # (and "it completed the purchase of ImmunoGen": the noun the verb governs)
            # "It acquired Torcan in 2005": the subject of the sentences before ("It is expected to ..." is no one)
            return self.subject_company(i) or self.main
        if m and re.fullmatch(r"[Tt]he\s+(?:Group|Company)", m.group()) and (defined := self.defined_term(m.group()[4:])):
            return defined  # ("Hikma" or "the Group"): the company that defined the term
        if m and (national := self.national_company(m.group())):
            return national
        if m and m.group().lower() == "the group" and (grouped := self.group_named()):
            return grouped  # ("Zentiva Group, a.s. ... In 2019 the group acquired Creo Pharma"): the one company named a group
        if m and (kind := re.match(r"(?i)the\s+(university|institute|foundation)$", m.group())):
            # "the University grants AstraZeneca ...": the organisation with that word in its name
            for j in range(i, max(-1, i - 8), -1):
                named = [c for c in self.by_sentence[j] if c.kind == "Company" and kind.group(1).lower() in c.text.lower()]
                if named:
                    return named[-1].key
        if m:
            # "Kaitai has selected Norvexa as its CDMO": "its" is the sentence's own subject
            if re.match(r"(?i)its|their", m.group()):
                own = [c for c in self.by_sentence[i] if c.kind == "Company" and c.start < s.start + m.start()]
                # ... but "acquire ImmunoGen, including its ADC ELAHERE", "X and its subsidiaries": the name just before
                if own and re.fullmatch(r"(?:\s*\([^()]*\))?,?\s+(?:including|and|with|together\s+with|along\s+with)\s+",
                                        s.text[own[-1].end - s.start: m.start()]):
                    return own[-1].key
                if own:
                    return own[0].key
                # "Founded in 1966 by Cyrus Poonawalla, its Chairman, Serum Institute ...": the subject after the opening
                # participle's phrase
                if OPENING_PARTICIPLE.match(s.text) and (after := [c for c in self.by_sentence[i] if c.kind == "Company"
                                                                   and c.start > s.start + m.end()]):
                    return after[0].key
            return self.subject_company(i) or self.main
        return None

    def group_named(self) -> str | None:
        """The company the text is about when it is the one company of the text whose name ends in "Group" (legal
        form aside), or None."""
        if "_group_named" not in self.__dict__:
            keys = {k for k, names in self.found.org_names.items() if self.found.org_kind.get(k) == "Company"
                    and any(re.search(r"\bGroup$", strip_legal(n)) for n in names)}
            self.__dict__["_group_named"] = keys.pop() if len(keys) == 1 and self.main in keys else None
        return self.__dict__["_group_named"]

    def national_company(self, phrase: str) -> str | None:
        """ "the Swedish company", "the Japanese drugmaker", "the CDMO": the one company of the text that the
        company table gives that country (or that kind), when there is exactly one (worked out once a phrase)."""
        found = self.__dict__.setdefault("_national", {})
        if phrase not in found:
            found[phrase] = self._national_company(phrase)
        return found[phrase]

    def _national_company(self, phrase: str) -> str | None:
        from pharmagraph.extract.lexicon import lexicon

        m = re.fullmatch(r"[Tt]he\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?(?P<noun>\w+(?:\s+company)?)", phrase)
        if not m or not (m.group("adj") or m.group("noun") in ("CDMO", "CRDMO", "CRO", "CMO")):
            return None
        lex = lexicon()
        country = lex.country(m.group("adj")) if m.group("adj") else None
        if m.group("adj") and not country:
            return None
        hits = set()
        for key in {c.key for c in self.found.mentions if c.kind == "Company"}:
            rows = [r for n in self.found.org_names.get(key, ()) if (r := lex.company(strip_legal(n)))]
            if country and any(r["country_code"] == country["code"] for r in rows):
                hits.add(key)
            elif not country and any(r["kind"] == m.group("noun") for r in rows):
                hits.add(key)
        return hits.pop() if len(hits) == 1 else None

    def defined_term(self, word: str) -> str | None:
        """The company a press release defines as "the Group" or "the Company" (`Hikma Pharmaceuticals PLC
        ("Hikma" or "the Group")`): the one named last before the definition."""
        terms = self.__dict__.setdefault("_defined_terms", {})
        if word not in terms:
            d = re.search(rf"[\"“]the\s+{word}[\"”]", self.doc.text)
            before = [m for m in self.found.mentions if m.kind == "Company" and d and m.end <= d.start() and d.start() - m.end < 80]
            terms[word] = before[-1].key if before else None
        return terms[word]

    def affiliates(self) -> set[frozenset[str]]:
        """Pairs of companies of one group: "3SBio, acting with its subsidiaries Shenyang Sunshine ... and 3S Guojian",
        "Lupin ... its wholly owned subsidiary Lupin Manufacturing Solutions"."""
        if not hasattr(self, "_affiliates"):
            pairs: set[frozenset[str]] = set()
            for i, s in enumerate(self.sentences):
                every = [m for m in self.by_sentence[i] if m.kind == "Company"]
                for m in AFFILIATE.finditer(s.text):
                    owner = [c for c in every if c.end - s.start <= m.start()]
                    members = [c for c in every if c.start - s.start >= m.end() and
                               re.fullmatch(r"[^.;:]{0,120}", s.text[m.end(): c.start - s.start]) and
                               not re.search(r"\b(?:grants?|licen[cs]\w*|with|to|from|signed|agreed)\b", s.text[m.end(): c.start - s.start])]
                    if owner:
                        pairs |= {frozenset((owner[-1].key, c.key)) for c in members if c.key != owner[-1].key}
                # "Advanced Accelerator Applications (AAA), a Novartis company": a member of that group
                for a, b in zip(every, every[1:]):
                    if a.key != b.key and GROUP_COMPANY_BEFORE.fullmatch(self.doc.text, a.end, b.start) and \
                            GROUP_COMPANY_AFTER.match(self.doc.text, b.end):
                        pairs.add(frozenset((a.key, b.key)))
            # "FUJIFILM Diosynth Biotechnologies" and "Fujifilm", "Pfizer Korea" and "Pfizer": a company named after another
            keys = sorted({m.key for m in self.found.mentions if m.kind == "Company"})
            pairs |= {frozenset((a, b)) for a in keys for b in keys if a != b and b.startswith(a + " ")}
            self._affiliates = pairs
        return self._affiliates

    def table_header(self, i: int) -> tuple[int, list[str]] | None:
        """The header row of the table row ``i`` belongs to (the first of the rows of as many cells above it), with its
        cells; None where that row is no header (a cell with figures or brackets) or ``i`` is no row under one."""
        width = self.sentences[i].text.count(" | ")
        j = i
        while width and j > 0 and self.sentences[j - 1].text.count(" | ") == width and i - j < 40:
            j -= 1
        if j == i:
            return None
        head = [c.strip() for c in self.sentences[j].text.split(" | ")]
        return (j, head) if all(HEADER_CELL.fullmatch(c) for c in head) else None

    def table_rows(self, j: int) -> list[tuple[int, list[str]]]:
        """The rows under the table header that is sentence ``j``: each sentence's index and cells, while they have as
        many cells as the header."""
        width = self.sentences[j].text.count(" | ") + 1
        rows = []
        for k in range(j + 1, min(len(self.sentences), j + 40)):
            cells = self.sentences[k].text.split(" | ")
            if len(cells) != width:
                break
            rows.append((k, cells))
        return rows

    def cell_span(self, k: int, cells: list[str], col: int) -> tuple[int, int]:
        """Where cell ``col`` of table row ``k`` (split into ``cells``) runs in the document."""
        start = self.sentences[k].start + cell_offset(cells, col)
        return start, start + len(cells[col])

    def cell_products(self, k: int, cells: list[str], col: int) -> list[Mention]:
        """The products named in cell ``col`` of table row ``k``."""
        start, end = self.cell_span(k, cells, col)
        return [m for m in self.by_sentence[k] if m.kind == "Product" and start <= m.start < end]

    def table_products(self, j: int) -> list[str]:
        """The products named in the product column of the table whose header is sentence ``j``."""
        col = product_column([c.strip() for c in self.sentences[j].text.split(" | ")])
        found: list[str] = []
        if col is None:
            return found
        for k, cells in self.table_rows(j):
            found += [m.key for m in self.cell_products(k, cells, col) if m.key not in found]
        return found

    def listed_products(self, i: int) -> list[str]:
        """The products a sentence announces and the next lines list, one a line ("The agreements cover:" then
        "PB016, a proposed biosimilar to Entyvio ...;", "... approval for three biosimilars." then "AVT05, approved as
        ..."), when the sentence names none itself."""
        # (or "the CNS portfolio of US WorldMeds" before a list of its products)
        lead = LIST_LEAD.search(self.sentences[i].text)
        portfolio = not lead and PORTFOLIO_LEAD.search(self.sentences[i].text)
        lead = lead or portfolio
        if not lead and not (i + 1 < len(self.sentences) and self.sentences[i + 1].text.rstrip().endswith(":")):
            return []
        found: list[str] = []
        for j in range(i + 1, min(i + 8, len(self.sentences))):
            s = self.sentences[j]
            if (s.text.rstrip().endswith(":") or portfolio and s.section == "heading") and not found:
                continue  # (or a heading before the list: "## What Supernus is buying")
            if found and not LINE_START.fullmatch(self.doc.text, self.doc.text.rfind("\n", 0, s.start) + 1, s.start):
                continue  # a list item's further sentences ("TLX591 (...), an antibody .... It has completed Phase II.")
            # (or a code in brackets after the name the finder did not take: "selinexor (KPT-330) and ...")
            first = next((m for m in self.by_sentence[j] if m.start - s.start < 3 or (
                m.kind == "Product" and NAME_THEN_BRACKET.fullmatch(self.doc.text, s.start, m.start))), None)
            if portfolio and first is None and not found and not self.by_sentence[j] and j <= i + 2:
                continue  # (a sentence naming nothing before the list: "The transaction is valued at up to $530 million.")
            if first is None or first.kind != "Product":
                break
            found.append(first.key)
            # (and the ones the item joins to it: "selinexor (KPT-330) and eltanexor (KPT-8602), ...")
            found += [m.key for m in self.by_sentence[j] if m.kind == "Product" and m.start > first.start and m.key not in found
                      and AND_NEXT.search(self.doc.text, max(s.start, m.start - 40), m.start)]
        count = COUNT_WORDS.get(lead.group("n").lower()) if lead and not portfolio and lead.group("n") else None
        if len(found) >= 2 and count in (None, len(found)):
            return found
        # "Approvals cover AVT05 (golimumab), AVT03 (denosumab) and AVT06 (aflibercept)." just before "... approval for
        # three biosimilars": as many products named together in one of the sentences before
        # (or after it: "All four products are approved by the FDA. The portfolio consists of A (...), B, C and D.")
        for j in (i + 1, i + 2, *range(i - 1, max(-1, i - 4), -1)):
            if j >= len(self.sentences):
                continue
            named = list(dict.fromkeys(m.key for m in self.by_sentence[j] if m.kind == "Product" and not m.key.islower()))
            if count and len(named) == count:
                return named
        return found if len(found) >= 2 else []

    def last_product(self, i: int) -> str | None:
        """The product most recently named up to sentence ``i`` ("the vaccine")."""
        for j in range(i, max(-1, i - 6), -1):
            prods = [m for m in self.by_sentence[j] if m.kind == "Product"]
            if prods:
                return prods[-1].key
        return None

    def main_product(self) -> str | None:
        """The product the document names most often (not a reference product; the first named on a tie), or None."""
        refs = {str(e["attrs"].get("reference_product", "")).lower() for e in self.entities.values()}
        refs |= {r.split("|", 1)[1].lower() for r, e in self.entities.items() if e["attrs"].get("is_reference")}
        counts: dict[str, int] = {}
        for m in self.found.mentions:
            if m.kind == "Product" and m.key.lower() not in refs:
                counts[m.key] = counts.get(m.key, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    def section_product(self, section: str) -> str | None:
        """The product an "About NAME" section describes, when NAME is one of the document's products."""
        if not section.startswith("about:"):
            return None
        name = section.split(":", 1)[1].strip().rstrip(":").replace("®", "").replace("™", "").strip()
        keys = {m.key for m in self.found.mentions if m.kind == "Product" and (m.text == name or m.key == name)}
        return next(iter(sorted(keys)), None)

    def pair_before(self, i: int) -> list[str]:
        """The two companies "the two companies" in sentence ``i`` refers to: the last sentence naming two."""
        for j in range(i, max(-1, i - 4), -1):
            keys = list(dict.fromkeys(m.key for m in self.by_sentence[j] if m.kind == "Company"))
            if len(keys) >= 2:
                return keys[:2]
        ranked = sorted(self.found.org_counts.items(), key=lambda kv: -kv[1])
        return [k for k, _n in ranked if self.kind_of(k) == "Company"][:2]

    def subject_company(self, i: int) -> str | None:
        """The company that the sentences just before ``i`` are about: the first one that a verb follows there
        ("The Cognate deal is the latest ... through which Charles River has broadened": Charles River), else the first."""
        for j in range(i - 1, max(-1, i - 5), -1):
            cands = [m for m in self.by_sentence[j] if m.kind == "Company"]
            if cands:
                text, start = self.sentences[j].text, self.sentences[j].start
                acting = [m for m in cands if ACTS.match(text, m.end - start)]
                if not acting and (PRONOUN_OPENS.match(text) or IT_SUBJECT.match(text)):
                    continue  # "The company works with partners including A and B", "On May 2 it completed the purchase
                    # of ImmunoGen": about the company before, not A or ImmunoGen
                # ("The Gracell transaction is the latest ... by AstraZeneca": a name used as a modifier is not the subject)
                # (nor "The reference medicine, marketed by Kessler Inc., is approved": the agent of a participle)
                heads = [m for m in cands if not MODIFIER_AFTER.match(text, m.end - start)
                         and not re.search(r"\b(?:[a-z]{3,}ed|held|made|sold|run|led|built|given|taken|won)\s+by\s+(?:the\s+)?$",
                                           text[max(0, m.start - start - 30): m.start - start])]  # (or "whose NDA is held by Merck")
                if acting or heads:
                    return (acting or heads)[0].key
                continue  # only names used as modifiers or agents there: the sentence before may have the subject
        return self.main

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence that contains (or comes last before) offset ``pos``."""
        from bisect import bisect_right

        if not hasattr(self, "_starts"):
            self._starts = [s.start for s in self.sentences]
        return max(0, bisect_right(self._starts, pos) - 1)

    def speaker(self, i: int) -> str | None:
        """The organisation of the person quoted in or right after sentence ``i``."""
        if not hasattr(self, "_role_orgs"):
            self._role_orgs: dict[int, list[str]] = {}
            for _person, _title, org, start, _end in self.found.roles:
                self._role_orgs.setdefault(self.sentence_at(start), []).append(org)
        if self._role_orgs.get(i) and not any(self._role_orgs[i]):
            return None  # ("..., said Jane Doe, Executive Director.": quoted here, her organisation left unsaid)
        for j in (i, i + 1, i - 1):
            for org in self._role_orgs.get(j, ()):
                key = self.org_key_of(org)
                if key:
                    return key
        return None

    def section_org(self, section: str) -> str | None:
        return self.org_key_of(section.split(":", 1)[1]) if section.startswith("about:") else None

    def org_key_of(self, name: str) -> str | None:
        """The key of the organisation that ``name`` (as written) refers to in this document."""
        return self.org_match(name)[0]

    def org_match(self, name: str) -> tuple[str | None, str]:
        """The organisation ``name`` refers to, and how: "exact", "prefix" (one name starts the other) or "typo"."""
        base = strip_legal(name).lower()
        with_adjective = {f"{adj.lower()} {base}" for adj in NAME_OPENING_ADJECTIVES}
        best, typo = None, None
        for key, names in self.found.org_names.items():
            lowered = {strip_legal(n).lower() for n in names}
            # ("Director of Swiss Parenterals" read without its adjective: "Parenterals")
            if base in lowered or not lowered.isdisjoint(with_adjective):
                return key, "exact"
            if any(base.startswith(n + " ") or n.startswith(base + " ") for n in lowered if n) and best is None:
                best = key
            # "MorphoSis" for MorphoSys, "AstraZenca" for AstraZeneca
            if typo is None and len(base) >= 6 and any(n[:1] == base[:1] and abs(len(n) - len(base)) <= 2
                                                       and Levenshtein.normalized_similarity(n, base) >= 0.85 for n in lowered):
                typo = key
        if best:
            return best, "prefix"
        return (typo, "typo") if typo else (None, "")

    # -- output ---------------------------------------------------------------------------
    def evidence(self, i: int) -> Evidence:
        s = self.sentences[i]
        return Evidence(s.text, s.start, s.end)

    def note_entity(self, ref: str, name: str | None = None, **attrs) -> None:
        entry = self.entities.setdefault(ref, {"names": Counter(), "attrs": {}})
        if name:
            entry["names"][name] += 1
        for k, v in attrs.items():
            if v in (None, "", [], ()):
                continue
            if isinstance(v, (list, tuple, set)):
                have = entry["attrs"].setdefault(k, [])
                have.extend(x for x in v if x not in have)
            else:
                entry["attrs"].setdefault(k, v)

    def product_attrs(self, product: str) -> dict:
        """What the text says so far of a product (``"Product|KEY"`` or its bare key): developer, modality ...; empty if nothing."""
        ref = product if product.startswith("Product|") else f"Product|{product}"
        return self.entities.get(ref, {}).get("attrs", {})

    def note_developer(self, product_ref: str, developer_ref: str, at: int | None, strength: int) -> None:
        """Record who develops a product; a stronger statement replaces a weaker one, the first wins a tie.

        Strength 3: the text says so ("developed by X", "X's P", "P, X's ADC", "X is developing P");
        2: "its P", "the company markets P", a licence's licensor; 1: the About section or the only company nearby.
        """
        attrs = self.entities.setdefault(product_ref, {"names": Counter(), "attrs": {}})["attrs"]
        if strength > attrs.get("developer_strength", 0):
            attrs["developer"], attrs["developer_strength"] = developer_ref, strength
            attrs.pop("developer_at", None)
            if at is not None:
                attrs["developer_at"] = at

    def add_fact(self, kind: str, i: int, roles: dict, values: dict | None = None, confidence: float = 0.8) -> Fact:
        clean_roles = tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in roles.items() if v)
        clean_values = tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in (values or {}).items() if v not in (None, "", [], ()))
        fact = Fact(kind, clean_roles, clean_values, self.evidence(i), confidence)
        self.facts.append(fact)
        return fact


def prepare(doc: Document) -> DocContext:
    """Split, find mentions and pick the document's main company."""
    sentences = split_sentences(doc.text)
    found = find_mentions(doc.text, sentences)
    by_sentence: list[list[Mention]] = [[] for _ in sentences]
    j = 0
    for m in found.mentions:
        while j < len(sentences) and sentences[j].end <= m.start:
            j += 1
        if j < len(sentences) and sentences[j].start <= m.start:
            by_sentence[j].append(m)
    ctx = DocContext(doc, sentences, found, by_sentence)
    counts = Counter(found.org_counts)
    if counts:
        first_seen = {}
        for m in found.mentions:
            if m.kind == "Company":
                first_seen.setdefault(m.key, m.start)
        ctx.main = max(counts, key=lambda k: (counts[k], -first_seen.get(k, 0)))
        # the company a headline opens with is the one the release is about ("Biocon Biologics Receives ...")
        head = next((n for n, s in enumerate(sentences[:3]) if s.section == "heading" or n == 0), None)
        lead = [m for m in by_sentence[head] if m.kind == "Company" and m.start - sentences[head].start < 3] if head is not None else []
        if lead and counts.get(lead[0].key, 0) >= 2:
            ctx.main = lead[0].key
    return ctx
