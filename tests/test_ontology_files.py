"""Checks of the ontology files in ``ontology/``: they parse, match ``PG``, and the shapes work.

The SHACL settings used here are the ones ``pharmagraph validate`` must use: the ontology is
passed as ``ont_graph`` (the data graph does not contain it) and inference is ``"none"``.
RDFS inference would apply the ontology's ``rdfs:range`` axioms (``pg:issuer`` has range
``pg:Regulator``), typing any issuer as a regulator, so ``sh:class`` checks on fact
participants could never fail; ``test_rdfs_inference_would_hide_wrong_participant_class``
shows this. The class hierarchy mixed in from ``ont_graph`` is enough for ``sh:class`` to
count a ``pg:Company`` as a ``pg:Organization``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pyshacl import validate
from pyshacl.entrypoints import meta_validate
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, SKOS

from pharmagraph.namespace import PG

ONTOLOGY_DIR = Path(__file__).resolve().parents[1] / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "pharmagraph.ttl"
VOCABULARIES_FILE = ONTOLOGY_DIR / "vocabularies.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
TTL_FILES = [ONTOLOGY_FILE, VOCABULARIES_FILE, SHAPES_FILE]

ONTOLOGY_IRI = URIRef("https://w3id.org/pharmagraph/ontology")
PG_NS = "https://w3id.org/pharmagraph/ontology#"
VOCAB_NS = "https://w3id.org/pharmagraph/vocab/"
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # not rdflib's XSD, which warns when pytest probes it

TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
DECLARATION_TYPES = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDFS.Datatype,
    OWL.NamedIndividual,
)
FACT_SUBCLASSES = {
    PG.Certification,
    PG.RegulatoryDecision,
    PG.LicensingDeal,
    PG.ServiceAgreement,
    PG.Acquisition,
    PG.Collaboration,
    PG.Role,
    PG.Development,
    PG.SiteOperation,
}

# scheme -> {slug: prefLabel}, exactly as agreed with the extractors
EXPECTED_VOCABULARIES = {
    "standards": {
        "gmp": "GMP",
        "cgmp": "cGMP",
        "eu-gmp": "EU GMP",
        "gdp": "GDP",
        "glp": "GLP",
        "gcp": "GCP",
        "iso-9001": "ISO 9001",
        "iso-13485": "ISO 13485",
        "pics-gmp": "PIC/S GMP",
        "kgmp": "KGMP",
        "who-prequalification": "WHO prequalification",
        "manufacturing-licence": "manufacturing licence",
        "cep": "CEP",
        "commercial-manufacturing-approval": "commercial manufacturing approval",
        "iso-14001": "ISO 14001",
        "iso-45001": "ISO 45001",
        "iso-50001": "ISO 50001",
        "iso-22301": "ISO 22301",
    },
    "decision-kinds": {
        "marketing-authorisation": "marketing authorisation",
        "clinical-trial-application": "clinical trial application",
        "emergency-use-authorisation": "emergency use authorisation",
        "conditional-marketing-authorisation": "conditional marketing authorisation",
        "breakthrough-therapy-designation": "breakthrough therapy designation",
        "orphan-drug-designation": "orphan drug designation",
        "fast-track-designation": "fast track designation",
        "priority-review": "priority review",
        "accelerated-approval": "accelerated approval",
        "label-expansion": "label expansion",
        "prequalification": "prequalification",
        "regenerative-medicine-advanced-therapy-designation": "regenerative medicine advanced therapy designation",
        "provisional-approval": "provisional approval",
        "provisional-registration": "provisional registration",
        "temporary-authorisation": "temporary authorisation",
        "emergency-use-listing": "emergency use listing",
    },
    "service-types": {
        "cdmo": "CDMO",
        "crdmo": "CRDMO",
        "cro": "CRO",
        "cmo": "CMO",
        "cdo": "CDO",
    },
    "phases": {
        "preclinical": "Preclinical",
        "phase-1": "Phase I",
        "phase-2": "Phase II",
        "phase-3": "Phase III",
        "approved": "Approved",
    },
    "modalities": {
        "monoclonal-antibody": "monoclonal antibody",
        "bispecific-antibody": "bispecific antibody",
        "antibody-drug-conjugate": "antibody-drug conjugate",
        "bispecific-antibody-drug-conjugate": "bispecific antibody-drug conjugate",
        "biosimilar-monoclonal-antibody": "biosimilar monoclonal antibody",
        "biosimilar": "biosimilar",
        "radiopharmaceutical": "radiopharmaceutical",
        "vaccine": "vaccine",
        "cell-therapy": "cell therapy",
        "car-t-cell-therapy": "CAR-T cell therapy",
        "gene-therapy": "gene therapy",
        "small-molecule": "small molecule",
        "peptide": "peptide",
        "recombinant-protein": "recombinant protein",
        "insulin": "insulin",
        "mrna": "mRNA",
        "oligonucleotide": "oligonucleotide",
        "mrna-vaccine": "mRNA vaccine",
        "biosimilar-insulin": "biosimilar insulin",
        "inhaled-insulin": "inhaled insulin",
    },
    "collaboration-kinds": {
        "co-development": "co-development",
        "strategic-partnership": "strategic partnership",
        "distribution": "distribution",
        "commercialization-partnership": "commercialization partnership",
        "joint-venture": "joint venture",
        "consortium": "consortium",
        "research-collaboration": "research collaboration",
        "manufacturing-partnership": "manufacturing partnership",
        "collaboration": "collaboration",
    },
}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE)


@pytest.fixture(scope="module")
def vocabularies() -> Graph:
    return Graph().parse(VOCABULARIES_FILE)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE)


def pg_terms_declared(graph: Graph) -> set[str]:
    names = set()
    for term_type in TERM_TYPES:
        for subject in graph.subjects(RDF.type, term_type):
            if isinstance(subject, URIRef) and str(subject).startswith(PG_NS):
                names.add(str(subject)[len(PG_NS) :])
    return names


def pg_iris_used(graph: Graph) -> set[str]:
    names = set()
    for triple in graph:
        for node in triple:
            if isinstance(node, URIRef) and str(node).startswith(PG_NS):
                names.add(str(node)[len(PG_NS) :])
    return names


def english(graph: Graph, subject: URIRef, predicate: URIRef) -> list[Literal]:
    return [o for o in graph.objects(subject, predicate) if isinstance(o, Literal) and o.language == "en"]


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize("path", TTL_FILES, ids=lambda p: p.name)
def test_turtle_file_parses(path: Path) -> None:
    graph = Graph().parse(path, format="turtle")
    assert len(graph) > 0


# --------------------------------------------------------------------------- ontology


def test_declared_terms_equal_pg_namespace(ontology: Graph) -> None:
    expected = set(PG.__annotations__)
    declared = pg_terms_declared(ontology)
    assert sorted(expected - declared) == [], "terms in PG but not declared in pharmagraph.ttl"
    assert sorted(declared - expected) == [], "terms declared in pharmagraph.ttl but not in PG"


@pytest.mark.parametrize("path", TTL_FILES, ids=lambda p: p.name)
def test_no_undeclared_pg_iri_is_used(path: Path) -> None:
    used = pg_iris_used(Graph().parse(path))
    assert sorted(used - set(PG.__annotations__)) == []


def test_each_term_has_exactly_one_kind(ontology: Graph) -> None:
    for name in PG.__annotations__:
        kinds = {t for t in TERM_TYPES if (PG[name], RDF.type, t) in ontology}
        assert len(kinds) == 1, f"pg:{name} is declared as {sorted(kinds)}"


def test_every_term_has_english_label_comment_and_is_defined_by(ontology: Graph) -> None:
    for name in PG.__annotations__:
        term = PG[name]
        assert len(english(ontology, term, RDFS.label)) == 1, f"pg:{name} needs one rdfs:label@en"
        assert len(english(ontology, term, RDFS.comment)) == 1, f"pg:{name} needs one rdfs:comment@en"
        assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in ontology, f"pg:{name} needs rdfs:isDefinedBy"


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert (ONTOLOGY_IRI, OWL.versionInfo, Literal("0.1.0")) in ontology
    assert english(ontology, ONTOLOGY_IRI, DCTERMS.title)
    assert english(ontology, ONTOLOGY_IRI, DCTERMS.description)
    assert (ONTOLOGY_IRI, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")) in ontology
    assert not list(ontology.objects(ONTOLOGY_IRI, OWL.imports)), "the ontology must import nothing"


def test_every_iri_is_declared_once_for_owl2_dl(ontology: Graph) -> None:
    """Protégé (OWL API) needs a declaration for every IRI used, and no IRI of two kinds."""
    builtin_predicates = {
        RDF.type, RDF.first, RDF.rest,
        RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range,
        RDFS.label, RDFS.comment, RDFS.isDefinedBy, RDFS.seeAlso,
        OWL.versionInfo, OWL.versionIRI, OWL.unionOf, OWL.members, OWL.disjointWith,
    }  # fmt: skip
    builtin_classes = {OWL.Thing, RDFS.Literal} | {
        URIRef(str(XSD) + n) for n in ("string", "integer", "decimal", "date", "gYear", "gYearMonth")
    }

    kinds: dict[URIRef, set[URIRef]] = {}
    for kind in DECLARATION_TYPES:
        for subject in ontology.subjects(RDF.type, kind):
            if isinstance(subject, URIRef):
                kinds.setdefault(subject, set()).add(kind)
    punned = {iri: k for iri, k in kinds.items() if len(k) > 1}
    assert punned == {}

    for predicate in set(ontology.predicates()):
        if predicate not in builtin_predicates:
            assert kinds.get(predicate, set()) & {
                OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty
            }, f"undeclared property {predicate}"

    class_positions = []
    class_positions += list(ontology.objects(None, RDFS.subClassOf))
    class_positions += list(ontology.objects(None, RDFS.domain))
    class_positions += [
        o for s, o in ontology.subject_objects(RDFS.range) if (s, RDF.type, OWL.ObjectProperty) in ontology
    ]
    for union in ontology.objects(None, OWL.unionOf):
        class_positions += list(Collection(ontology, union))
    for members in ontology.objects(None, OWL.members):
        class_positions += list(Collection(ontology, members))
    for cls in class_positions:
        if isinstance(cls, BNode) or cls in builtin_classes:
            continue
        assert OWL.Class in kinds.get(cls, set()), f"undeclared class {cls}"

    for sub, sup in ontology.subject_objects(RDFS.subPropertyOf):
        assert kinds.get(sup) and kinds.get(sup) == kinds.get(sub), f"{sub} and {sup} differ in kind"

    for prop, rng in ontology.subject_objects(RDFS.range):
        if (prop, RDF.type, OWL.DatatypeProperty) in ontology:
            assert rng in builtin_classes, f"unexpected datatype {rng} for {prop}"


def test_fact_subclasses_are_pairwise_disjoint(ontology: Graph) -> None:
    subclasses = {s for s in ontology.subjects(RDFS.subClassOf, PG.Fact)}
    assert subclasses == FACT_SUBCLASSES
    groups = [
        set(Collection(ontology, members))
        for axiom in ontology.subjects(RDF.type, OWL.AllDisjointClasses)
        for members in ontology.objects(axiom, OWL.members)
    ]
    assert FACT_SUBCLASSES in groups


def test_properties_have_expected_ranges(ontology: Graph) -> None:
    object_properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty))
    datatype_properties = set(ontology.subjects(RDF.type, OWL.DatatypeProperty))
    for name in PG.__annotations__:
        term = PG[name]
        if term in object_properties or term in datatype_properties:
            ranges = list(ontology.objects(term, RDFS.range))
            assert len(ranges) == 1, f"pg:{name} needs exactly one rdfs:range"
    assert (PG.issuer, RDFS.range, PG.Regulator) in ontology
    assert (PG.person, RDFS.subPropertyOf, URIRef("http://www.w3.org/ns/org#member")) in ontology
    assert (PG.organization, RDFS.subPropertyOf, URIRef("http://www.w3.org/ns/org#organization")) in ontology
    assert (PG.date, RDFS.range, RDFS.Literal) in ontology
    for name in ("evidenceStart", "evidenceEnd", "foundingYear"):
        assert (PG[name], RDFS.range, XSD.integer) in ontology
    for name in ("confidence", "amount", "areaM2", "capacityLitres"):
        assert (PG[name], RDFS.range, XSD.decimal) in ontology


# --------------------------------------------------------------------------- vocabularies


def test_vocabularies_have_expected_schemes_and_concepts(vocabularies: Graph) -> None:
    schemes = {str(s) for s in vocabularies.subjects(RDF.type, SKOS.ConceptScheme)}
    assert schemes == {VOCAB_NS + name for name in EXPECTED_VOCABULARIES}
    all_concepts = {str(c) for c in vocabularies.subjects(RDF.type, SKOS.Concept)}
    expected_concepts = {
        f"{VOCAB_NS}{scheme}/{slug}" for scheme, slugs in EXPECTED_VOCABULARIES.items() for slug in slugs
    }
    assert all_concepts == expected_concepts
    for scheme_name, slugs in EXPECTED_VOCABULARIES.items():
        scheme = URIRef(VOCAB_NS + scheme_name)
        for slug, label in slugs.items():
            concept = URIRef(f"{VOCAB_NS}{scheme_name}/{slug}")
            assert [str(x) for x in english(vocabularies, concept, SKOS.prefLabel)] == [label]
            assert len(list(vocabularies.objects(concept, SKOS.prefLabel))) == 1
            assert english(vocabularies, concept, SKOS.definition), f"{concept} needs a skos:definition@en"
            assert (concept, SKOS.inScheme, scheme) in vocabularies
            broader = list(vocabularies.objects(concept, SKOS.broader))
            is_top = (concept, SKOS.topConceptOf, scheme) in vocabularies
            assert is_top != bool(broader), f"{concept}: top concept exactly when it has no broader concept"
            assert is_top == ((scheme, SKOS.hasTopConcept, concept) in vocabularies)
            for b in broader:
                assert (b, SKOS.inScheme, scheme) in vocabularies


def test_vocabulary_labels_are_unambiguous(vocabularies: Graph) -> None:
    for scheme_name in EXPECTED_VOCABULARIES:
        scheme = URIRef(VOCAB_NS + scheme_name)
        seen: dict[str, URIRef] = {}
        for concept in vocabularies.subjects(SKOS.inScheme, scheme):
            for predicate in (SKOS.prefLabel, SKOS.altLabel):
                for label in vocabularies.objects(concept, predicate):
                    key = str(label).casefold()
                    first = seen.setdefault(key, concept)
                    assert first == concept, f"label {label!r} used twice in {scheme_name}"


def test_required_alt_labels(vocabularies: Graph) -> None:
    std = Namespace(VOCAB_NS + "standards/")
    dk = Namespace(VOCAB_NS + "decision-kinds/")
    expected = {
        std["gmp"]: {"Good Manufacturing Practice"},
        dk["marketing-authorisation"]: {"marketing approval", "approval", "NDA approval", "BLA approval"},
        dk["clinical-trial-application"]: {"IND clearance", "CTA approval", "implied approval"},
    }
    for concept, labels in expected.items():
        assert labels <= {str(x) for x in vocabularies.objects(concept, SKOS.altLabel)}


def test_phase_notations(vocabularies: Graph) -> None:
    ph = Namespace(VOCAB_NS + "phases/")
    notations = {
        slug: [int(n) for n in vocabularies.objects(ph[slug], SKOS.notation)]
        for slug in EXPECTED_VOCABULARIES["phases"]
    }
    assert notations == {"preclinical": [0], "phase-1": [1], "phase-2": [2], "phase-3": [3], "approved": [4]}


# --------------------------------------------------------------------------- shapes


def test_shapes_graph_is_valid_shacl(shapes: Graph) -> None:
    conforms, _, text = meta_validate(shapes)
    assert conforms, text


def test_each_fact_class_is_targeted(shapes: Graph) -> None:
    targeted = set(shapes.objects(None, SH.targetClass))
    entities = {PG.Company, PG.Regulator, PG.Product, PG.Person, PG.Place, PG.Site, PG.Document}
    assert FACT_SUBCLASSES | entities | {PG.Fact} <= targeted
    for cls in FACT_SUBCLASSES:
        targets = [set(shapes.objects(sh, SH.targetClass)) for sh in shapes.subjects(SH.targetClass, cls)]
        assert {cls} in targets, f"no shape of its own for {cls}"


def test_every_shape_constraint_has_an_english_message(shapes: Graph) -> None:
    for prop_shape in shapes.objects(None, SH.property):
        path = shapes.value(prop_shape, SH.path)
        assert english(shapes, prop_shape, SH.message), f"property shape on {path} has no message"
    for node_shape in shapes.subjects(RDF.type, SH.NodeShape):
        if (node_shape, SH["or"], None) in shapes:
            assert english(shapes, node_shape, SH.message), f"{node_shape} has no message"


PREFIXES = """
@prefix pg:      <https://w3id.org/pharmagraph/ontology#> .
@prefix id:      <https://w3id.org/pharmagraph/id/> .
@prefix doc:     <https://w3id.org/pharmagraph/doc/> .
@prefix std:     <https://w3id.org/pharmagraph/vocab/standards/> .
@prefix prov:    <http://www.w3.org/ns/prov#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema:  <https://schema.org/> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
"""

ENTITIES = """
doc:pr-2024-001 a pg:Document ;
    dcterms:identifier "pr-2024-001" ;
    dcterms:title "Acme Biologics receives EU GMP certificate for its Incheon plant" ;
    dcterms:date "2024-05-14"^^xsd:date ;
    dcterms:source <https://example.com/news/acme-eu-gmp> ;
    pg:contentHash "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" .

id:acme-biologics a pg:Company ;
    skos:prefLabel "Acme Biologics"@en ;
    pg:mentionedAs "Acme Biologics Co., Ltd." ;
    pg:countryCode "KR" ;
    pg:companyKind "CDMO" .

id:ema a pg:Regulator ;
    skos:prefLabel "European Medicines Agency"@en ;
    skos:altLabel "EMA"@en ;
    pg:countryCode "NL" .
"""

GOOD_CERTIFICATION = """
id:fact-1 a pg:Certification ;
    prov:wasDerivedFrom doc:pr-2024-001 ;
    pg:holder id:acme-biologics ;
    pg:issuer id:ema ;
    pg:standard std:eu-gmp ;
    pg:date "2024-05"^^xsd:gYearMonth ;
    pg:evidence "Acme Biologics received an EU GMP certificate from the EMA." ;
    pg:evidenceStart 0 ;
    pg:evidenceEnd 59 ;
    pg:confidence 0.95 ;
    pg:extractor "rules-0.1" .
"""

# the issuer is a company, not a regulator, and the evidence sentence is missing
BROKEN_CERTIFICATION = """
id:fact-1 a pg:Certification ;
    prov:wasDerivedFrom doc:pr-2024-001 ;
    pg:holder id:ema ;
    pg:issuer id:acme-biologics ;
    pg:confidence 0.95 .
"""


@pytest.fixture(scope="module")
def shacl(shapes: Graph, ontology: Graph, vocabularies: Graph):
    """Validate Turtle data (with PREFIXES) as ``pharmagraph validate`` does."""

    def run(turtle: str, inference: str = "none"):
        data = Graph().parse(data=PREFIXES + turtle, format="turtle")
        data += vocabularies  # the store holds the vocabularies in a graph of their own
        return validate(data, shacl_graph=shapes, ont_graph=ontology, inference=inference, advanced=True)

    return run


def violations(results: Graph) -> set[tuple[URIRef, URIRef]]:
    return {
        (results.value(r, SH.resultPath), results.value(r, SH.sourceConstraintComponent))
        for r in results.subjects(RDF.type, SH.ValidationResult)
    }


def test_conforming_certification(shacl) -> None:
    conforms, _, text = shacl(ENTITIES + GOOD_CERTIFICATION)
    assert conforms, text


def test_broken_certification_reports_both_problems(shacl) -> None:
    conforms, results, text = shacl(ENTITIES + BROKEN_CERTIFICATION)
    assert not conforms
    assert violations(results) == {
        (PG.issuer, SH.ClassConstraintComponent),
        (PG.evidence, SH.MinCountConstraintComponent),
    }, text
    messages = {str(m) for m in results.objects(None, SH.resultMessage)}
    assert "A certification must have exactly one pg:issuer, a pg:Regulator." in messages
    assert "A fact must have exactly one non-empty pg:evidence sentence as an xsd:string." in messages


def test_rdfs_inference_would_hide_wrong_participant_class(shacl) -> None:
    """Why ``pharmagraph validate`` must not use inference="rdfs" (see the module docstring)."""
    _, results, _ = shacl(ENTITIES + BROKEN_CERTIFICATION, inference="rdfs")
    assert (PG.issuer, SH.ClassConstraintComponent) not in violations(results)


@pytest.mark.parametrize(
    ("turtle", "path", "component"),
    [
        (
            "id:acme-biologics pg:foundingYear 2011 ; pg:countryCode \"KOR\" .",
            PG.countryCode,
            SH.PatternConstraintComponent,
        ),
        (
            "id:fact-1 pg:confidence 1.5 .",
            PG.confidence,
            SH.MaxInclusiveConstraintComponent,
        ),
        (
            "id:fact-1 pg:confidence \"0.5\"^^xsd:double .",
            PG.confidence,
            SH.OrConstraintComponent,
        ),
        (
            "id:fact-1 pg:date \"14 May 2024\" .",
            PG.date,
            SH.OrConstraintComponent,
        ),
        (
            "id:site-1 a pg:Site ; skos:prefLabel \"Incheon plant\"@en ; pg:capacityLitres -1.0 .",
            PG.capacityLitres,
            SH.MinInclusiveConstraintComponent,
        ),
        (
            "id:person-1 a pg:Person .",
            SKOS.prefLabel,
            SH.MinCountConstraintComponent,
        ),
    ],
)
def test_more_violations_are_caught(turtle: str, path: URIRef, component: URIRef, shacl) -> None:
    conforms, results, text = shacl(ENTITIES + GOOD_CERTIFICATION + turtle)
    assert not conforms
    assert (path, component) in violations(results), text


def test_acquisition_and_collaboration_shapes(shacl) -> None:
    good = """
    id:beta a pg:Company ; skos:prefLabel "Beta Pharma"@en .
    id:fact-2 a pg:Acquisition ;
        prov:wasDerivedFrom doc:pr-2024-001 ;
        pg:evidence "Acme Biologics agreed to acquire Beta Pharma for USD 1.2 billion." ;
        pg:acquirer id:acme-biologics ; pg:acquired id:beta ;
        pg:status "agreed" ; pg:dealValue "USD 1.2 billion" ; pg:amount 1200000000 ; pg:currency "USD" .
    id:fact-3 a pg:Collaboration ;
        prov:wasDerivedFrom doc:pr-2024-001 ;
        pg:evidence "Acme Biologics and Beta Pharma formed a joint venture." ;
        pg:party id:acme-biologics , id:beta ;
        pg:collaborationKind <https://w3id.org/pharmagraph/vocab/collaboration-kinds/joint-venture> .
    """
    conforms, _, text = shacl(ENTITIES + good)
    assert conforms, text

    bad = good.replace('pg:status "agreed"', 'pg:status "pending"')
    bad = bad.replace("pg:party id:acme-biologics , id:beta", "pg:party id:beta")
    conforms, results, text = shacl(ENTITIES + bad)
    assert not conforms
    assert violations(results) == {
        (PG.status, SH.PatternConstraintComponent),
        (PG.party, SH.MinCountConstraintComponent),
    }, text


def test_licensing_deal_needs_licensor_or_licensee(shacl) -> None:
    deal = """
    id:drug-1 a pg:Product ; skos:prefLabel "ACM-101"@en ; pg:isotope "Lu-177" .
    id:fact-4 a pg:LicensingDeal ;
        prov:wasDerivedFrom doc:pr-2024-001 ;
        pg:evidence "Acme Biologics in-licensed ACM-101 for Europe." ;
        pg:product id:drug-1 ;
        pg:territory "Europe" .
    """
    conforms, results, text = shacl(ENTITIES + deal)
    assert not conforms
    assert violations(results) == {(None, SH.OrConstraintComponent)}, text

    conforms, _, text = shacl(ENTITIES + deal + "id:fact-4 pg:licensee id:acme-biologics .")
    assert conforms, text


def test_every_value_the_rules_write_is_a_concept() -> None:
    """A standard, decision kind, service type, modality or collaboration kind the rules write is in the
    vocabularies: an unknown one would get a concept minted again in every release that uses it."""
    from pharmagraph.extract.lexicon import SERVICE_TYPES
    from pharmagraph.extract.rules_deals import COLLAB_KINDS
    from pharmagraph.extract.rules_profile import BIOSIMILAR_OF, MODALITIES
    from pharmagraph.extract.rules_regulatory import KINDS, STANDARDS
    from pharmagraph.resolve import concept

    written = {
        "standards": {label for _, label in STANDARDS if label != "ISO"},
        "decision-kinds": {label for _, label in KINDS} | {"marketing authorisation"},
        "service-types": {label for _, label in SERVICE_TYPES},
        "modalities": {label for _, label in MODALITIES} | set(BIOSIMILAR_OF.values()) | {"biosimilar"},
        "collaboration-kinds": {label for _, label in COLLAB_KINDS} | {"collaboration"},
    }
    unknown = sorted((scheme, label) for scheme, labels in written.items() for label in labels if not concept(scheme, label)[2])
    assert not unknown
