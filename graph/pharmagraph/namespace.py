"""The ontology's terms as closed rdflib namespaces, checked against ``ontology/pharmagraph.ttl``.

A typo such as ``PG.holdr`` raises ``AttributeError`` instead of minting a new IRI; the test
``tests/test_namespace.py`` fails when this list and the ontology file drift apart.

>>> str(PG.Certification)
'https://w3id.org/pharmagraph/ontology#Certification'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/pharmagraph/ontology"
ID = Namespace("https://w3id.org/pharmagraph/id/")
VOCAB = Namespace("https://w3id.org/pharmagraph/vocab/")
DOC = Namespace("https://w3id.org/pharmagraph/doc/")
WD = Namespace("http://www.wikidata.org/entity/")
#: the path under ID that an entity's kind gives its IRI ("Company" -> .../id/org/...)
ENTITY_PATHS = {"Company": "org", "Regulator": "regulator", "Government": "government", "Product": "product", "Person": "person", "Place": "place",
                "Site": "site"}


class PG(DefinedNamespace):
    """pharmagraph ontology terms (classes first, then properties)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # entities
    Organization: URIRef
    Company: URIRef
    Regulator: URIRef
    Government: URIRef
    Product: URIRef
    Person: URIRef
    Site: URIRef
    Place: URIRef
    Document: URIRef
    # facts (n-ary relationship nodes)
    Fact: URIRef
    Certification: URIRef
    RegulatoryDecision: URIRef
    LicensingDeal: URIRef
    ServiceAgreement: URIRef
    Acquisition: URIRef
    Collaboration: URIRef
    Role: URIRef
    Development: URIRef
    SiteOperation: URIRef

    # entity attributes
    mentionedAs: URIRef
    countryCode: URIRef
    companyKind: URIRef
    headquarters: URIRef
    foundingYear: URIRef
    modality: URIRef
    target: URIRef
    indication: URIRef
    phase: URIRef
    referenceProduct: URIRef
    isotope: URIRef
    location: URIRef
    areaM2: URIRef
    capacityLitres: URIRef
    contentHash: URIRef
    # fact provenance
    evidence: URIRef
    evidenceStart: URIRef
    evidenceEnd: URIRef
    confidence: URIRef
    extractor: URIRef
    date: URIRef
    # fact roles
    holder: URIRef
    issuer: URIRef
    standard: URIRef
    site: URIRef
    product: URIRef
    regulator: URIRef
    decisionKind: URIRef
    sponsor: URIRef
    licensor: URIRef
    licensee: URIRef
    territory: URIRef
    dealValue: URIRef
    amount: URIRef
    currency: URIRef
    provider: URIRef
    client: URIRef
    serviceType: URIRef
    activity: URIRef
    acquirer: URIRef
    acquired: URIRef
    status: URIRef
    party: URIRef
    subject: URIRef
    collaborationKind: URIRef
    person: URIRef
    organization: URIRef
    roleTitle: URIRef
    developer: URIRef
    operator: URIRef
