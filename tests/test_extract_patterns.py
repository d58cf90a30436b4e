"""Sentence patterns the rules must read, each written here with invented companies and products.

Every case states one thing a press release says and what must (or must not) come out of it, so a
rule that only fits one development-set sentence fails here.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from pharmagraph.build import preferred_name
from pharmagraph.extract import extract
from pharmagraph.ingest import parse_document


def facts(text: str, kind: str | None = None):
    ex = extract(parse_document(text, "case"))
    return [f for f in ex.facts if kind is None or f.kind == kind]


def roles_of(fact, *names):
    return tuple(str(fact.role(n)).split("|", 1)[-1] for n in names)


def test_licence_with_potential_milestones_is_still_a_licence():
    text = ("Norvexa Biologics Inc. today announced that it has granted Quintara Pharma an exclusive licence to "
            "NVX-204 in Greater China, with potential milestone payments of up to $310 million.")
    (deal,) = facts(text, "licensing")
    assert roles_of(deal, "licensor", "licensee", "product") == ("norvexa biologics", "quintara pharma", "NVX-204")
    assert deal.value("value") == "USD 310 million"


def test_an_option_to_license_is_not_a_licence():
    text = ("Norvexa Biologics Inc. signed a supply agreement with Quintara Pharma. The agreement also gives Quintara "
            "Pharma an option to negotiate an exclusive licence for NVX-310; that option has not been exercised.")
    assert not [f for f in facts(text, "licensing") if f.role("product") == "Product|NVX-310"]


def test_technology_licences_name_no_product():
    text = ("Halvorsen Bio's proprietary conjugation technology lets developers build stable ADCs. "
            "Several companies have licensed the technology, among them Pellucid Therapeutics and Ardent Oncology.")
    deals = facts(text, "licensing")
    assert {roles_of(d, "licensor", "licensee") for d in deals} == {
        ("halvorsen bio", "pellucid therapeutics"), ("halvorsen bio", "ardent oncology")}
    assert all(d.role("product") is None for d in deals)


def test_paid_co_development_of_one_partners_product_is_a_licence():
    text = ("Kestrel Pharma and Moravia Biotherapeutics today announced a global development and commercialisation "
            "agreement for KP-118, Kestrel Pharma's proprietary antibody-drug conjugate. Moravia Biotherapeutics "
            "will pay an upfront payment of $200 million, and total payments could reach up to $1.5 billion.")
    (deal,) = facts(text, "licensing")
    assert roles_of(deal, "licensor", "licensee", "product") == ("kestrel pharma", "moravia biotherapeutics", "KP-118")
    assert deal.value("value") == "USD 1.5 billion"


def test_site_bought_from_its_owner_is_a_site_acquisition():
    text = ("Tamsin Biologics today said that it has completed the acquisition of Orland Pharma's biologics "
            "manufacturing facility in Rockville, Maryland, for $95 million.")
    (deal,) = facts(text, "acquisition")
    assert roles_of(deal, "acquirer", "target") == ("tamsin biologics", "Rockville")
    assert deal.value("status") == "completed"


def test_a_sale_makes_the_buyer_the_acquirer():
    text = ("Corvane Holdings Corporation has resolved to transfer all shares of its subsidiary Lindqvist Pharma "
            "Corporation to Aldermoor Capital for approximately $2.1 billion.")
    (deal,) = facts(text, "acquisition")
    assert roles_of(deal, "acquirer", "target") == ("aldermoor capital", "lindqvist pharma")


def test_negation_in_a_relative_clause_does_not_cancel_the_acquisition():
    text = ("Corvane Holdings Corporation (TSE: 9999) (\"CHC\") is a chemicals group. "
            "CHC acquired all of the Lindqvist Pharma shares it did not already own through a tender offer in 2020.")
    (deal,) = facts(text, "acquisition")
    assert roles_of(deal, "acquirer", "target") == ("corvane holdings", "lindqvist pharma")


def test_certification_body_issues_each_iso_standard_named():
    text = ("In May 2024 the British Standards Institution (BSI) certified Tamsin Biologics to ISO 22301 for "
            "business continuity and ISO 14001 for environmental management.")
    certs = facts(text, "certification")
    assert {(f.role("issuer"), f.value("standard")) for f in certs} == {
        ("Regulator|bsi-gb", "ISO 22301"), ("Regulator|bsi-gb", "ISO 14001")}


def test_glp_1_is_not_good_laboratory_practice():
    text = "Quintara Pharma received NMPA approval for QP-11, a GLP-1 receptor agonist, for weight management."
    assert not [f for f in facts(text, "certification") if f.value("standard") == "GLP"]


@pytest.mark.parametrize("text, person, title, org", [
    ("Orland Pharma's Chief Executive Officer, Dr. Mira Castell, said: \"We are ready.\"",
     "Mira Castell", "Chief Executive Officer", "orland pharma"),
    ("Halvorsen Bio is led by general manager Tomas Lindgren.", "Tomas Lindgren", "general manager", "halvorsen bio"),
    ("Ines Moreau, M.D., Executive Vice President, Global Clinical Operations, and Chief Medical Officer at "
     "Kestrel Pharma, said the results were clear.", "Ines Moreau", "Chief Medical Officer", "kestrel pharma"),
    ("\u2014 Maja van den Berg, Chairman and CEO, Pravaen Pharma", "Maja van den Berg", "CEO", "pravaen pharma"),
])
def test_roles(text, person, title, org):
    got = {(str(f.role("person")).split("|")[1], f.value("title"), str(f.role("organization")).split("|")[1])
           for f in facts(text, "role")}
    assert (person, title, org) in got


def test_unit_of_a_company_is_its_own_organisation():
    text = ("Tamsin Biologics announced record results. Lea Hoffmann, Country Manager of Tamsin Biologics Korea, "
            "said demand was strong.")
    (role,) = facts(text, "role")
    assert role.role("organization") == "Company|tamsin biologics korea"


def test_developer_from_explicit_wording_beats_a_licence():
    text = ("Quintara Pharma obtained exclusive rights to develop QP-7 in China from Norvexa Biologics in 2021, as "
            "part of a collaboration that also covers zelbimab (ZEL), Quintara Pharma's PD-1 monoclonal antibody.")
    ex = extract(parse_document(text, "case"))
    assert ex.entities["Product|zelbimab"]["attrs"]["developer"] == "Company|quintara pharma"


def test_maker_clauses_are_services_for_the_products_owner():
    text = ("Orland Pharma's vaccine, OV-19, uses an adenovirus vector. Tamsin Biologics produces drug substance for "
            "the vaccine at its Rockville facility, and Pellucid Therapeutics performs fill-finish at its site in Dayton.")
    got = {roles_of(f, "provider", "client", "product") for f in facts(text, "service")}
    assert got == {("tamsin biologics", "orland pharma", "OV-19"), ("pellucid therapeutics", "orland pharma", "OV-19")}


def test_facility_operator_is_the_subject_not_a_possessive():
    text = ("Tamsin Biologics will perform fill-finish manufacturing of OV-19, Orland Pharma's vaccine, "
            "at its facility in Dayton, Ohio.")
    got = {roles_of(f, "operator", "location") for f in facts(text, "facility")}
    assert got == {("tamsin biologics", "Dayton")}


def test_plans_to_build_are_not_facilities_but_production_at_a_site_is():
    built = "Tamsin Biologics plans to build a new plant in Dayton, Ohio."
    used = "Tamsin Biologics intends to produce drug substance for OV-19 at its site in Dayton, Ohio."
    assert not facts(built, "facility")
    assert {roles_of(f, "operator", "location") for f in facts(used, "facility")} == {("tamsin biologics", "Dayton")}


def test_companies_of_one_group_are_not_counterparties():
    text = ("Under the agreement, Corvane Holdings, acting together with its subsidiaries Lindqvist Pharma Co., Ltd. and "
            "Orland Pharma Co., Ltd., grants Quintara Pharma an exclusive licence to develop QP-707 worldwide.")
    deals = facts(text, "licensing")
    assert {roles_of(d, "licensor", "licensee") for d in deals} == {("corvane holdings", "quintara pharma")}


def test_passive_licence_names_the_licensee_and_its_agent_the_licensor():
    text = "In Greater China, zelbimab is licensed exclusively to Quintara Pharma by Norvexa Biologics."
    (deal,) = facts(text, "licensing")
    assert roles_of(deal, "licensor", "licensee") == ("norvexa biologics", "quintara pharma")


def test_a_company_after_partner_is_not_a_person():
    text = "The application was filed by Norvexa's partner Biogen Inc. on behalf of both companies."
    ex = extract(parse_document(text, "case"))
    assert not [k for k in ex.entities if k.startswith("Person|")]


def test_who_prequalification_is_a_certificate_and_a_decision():
    text = ("Tamsin Biologics today announced that its typhoid conjugate vaccine Typhivax has been prequalified by the "
            "World Health Organization (WHO).")
    assert {f.value("standard") for f in facts(text, "certification")} == {"WHO prequalification"}
    assert {f.value("kind") for f in facts(text, "approval")} == {"prequalification"}


def test_a_planned_plant_with_its_capacity_is_still_a_plan():
    text = "Tamsin Biologics plans to build a new antibody manufacturing plant in Dayton designed for 40,000 litres."
    assert not facts(text, "facility")


@pytest.mark.parametrize("text, first", [
    ("Lonza (Switzerland) AG is a CDMO based in Basel. It grew.", "Lonza (Switzerland) AG is a CDMO based in Basel."),
    ("Acme (NYSE: ACM) Foo Bar signed it. Then it ended.", "Acme (NYSE: ACM) Foo Bar signed it."),
])
def test_a_bracket_inside_a_name_does_not_end_the_sentence(text, first):
    from pharmagraph.extract.sentences import split_sentences

    assert split_sentences(text)[0].text == first


def test_same_text_same_output_whatever_the_hash_seed():
    """Names are gathered in sets; nothing that comes out may depend on the order Python gives them."""
    import os
    import subprocess
    import sys

    code = ("import json,sys; from pharmagraph.extract import extract; from pharmagraph.ingest import read_document; "
            "ex = extract(read_document(sys.argv[1])); "
            "print(json.dumps([[repr(f) for f in ex.facts], [(k, list(v['names'])) for k, v in ex.entities.items()]]))")
    case = next(p for p in sorted(Path(__file__).parent.joinpath("data", "cases").glob("c0*.txt")))
    outs = {subprocess.run([sys.executable, "-c", code, str(case)], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1


def test_its_after_an_acquired_company_is_that_company():
    text = ("Kestrel Pharma and Orland Pharma today announced an agreement under which Kestrel Pharma will acquire "
            "Orland Pharma, including its marketed antibody-drug conjugate (ADC) ORLIVO®.\n\n"
            "About Kestrel Pharma\n\nKestrel Pharma is a biopharmaceutical company. It was formed in 2010 and develops "
            "medicines in oncology.")
    ex = extract(parse_document(text, "case"))
    assert ex.entities["Product|ORLIVO"]["attrs"]["developer"] == "Company|orland pharma"


def test_providers_named_by_what_they_do_for_the_products_owner():
    text = ("Orland Pharma's vaccine, OV-19, is in Phase 3. Tamsin Biologics is manufacturing the vaccine's drug "
            "substance, and Pellucid Therapeutics will provide vial filling and packaging in the United States.")
    got = {roles_of(f, "provider", "client") for f in facts(text, "service")}
    assert got == {("tamsin biologics", "orland pharma"), ("pellucid therapeutics", "orland pharma")}


def test_licences_held_by_several_companies_in_an_about_section():
    text = ("Norvexa Biologics today announced that regulators in Brazil approved Quenvira, its protein vaccine.\n\n"
            "About Quenvira\n"
            "Quenvira is a protein vaccine for adults. Telmora Pharma makes the vaccine under licence and sells it in "
            "India. Orvanta Bio holds a licence to manufacture and commercialize the vaccine in South Korea, and "
            "Kessler Pharmaceutical Company Limited holds a licence to develop and commercialize it in Japan.")
    deals = {roles_of(f, "licensor", "licensee", "product"): f.value("territory") for f in facts(text, "licensing")}
    assert deals == {("norvexa biologics", "telmora pharma", "Quenvira"): "India",
                     ("norvexa biologics", "orvanta bio", "Quenvira"): "South Korea",
                     ("norvexa biologics", "kessler pharmaceutical", "Quenvira"): "Japan"}


def test_rights_given_while_the_licensor_keeps_its_home_market():
    text = ("Norvexa Biologics and Quintara Pharma extended their agreement. The exercise gives Quintara Pharma "
            "rights to NVX-571 outside Greater China, while Norvexa Biologics retains the rights in mainland China.")
    (deal,) = facts(text, "licensing")
    assert roles_of(deal, "licensor", "licensee", "product") == ("norvexa biologics", "quintara pharma", "NVX-571")


def test_a_licence_obtained_from_another_company():
    text = ("Quintara Pharma holds the rights to develop and commercialize NVX-88 in Greater China under a license it "
            "obtained from Norvexa Biologics in 2020. Halvorsen Bio reported results.")
    (deal,) = facts(text, "licensing")
    assert roles_of(deal, "licensor", "licensee") == ("norvexa biologics", "quintara pharma")


def test_an_unknown_company_named_by_its_group():
    text = ("The trial was run by Vintaro, a member of the Kessgroup conglomerate that holds a licence from "
            "Norvexa Biologics to manufacture NVX-12 for the Vietnamese market.")
    (deal,) = facts(text, "licensing")
    assert roles_of(deal, "licensor", "licensee") == ("norvexa biologics", "vintaro")


def test_fills_and_packages_for_the_products_owner():
    text = ("Norvexa Biologics expands supply of Quenvira. Halvorsen Bio fills and packages QUENVIRA for Norvexa "
            "Biologics at its plant in Hameln, Germany.")
    (svc,) = facts(text, "service")
    assert roles_of(svc, "provider", "client") == ("halvorsen bio", "norvexa biologics")


def test_it_in_an_about_section_is_the_company_that_makes():
    text = ("Halvorsen Bio today named a new chief executive.\n\nAbout the company\n"
            "For many years it has produced the viral vector used to make Norvexa Biologics' cell therapy QUENVIRA(R).")
    (svc,) = facts(text, "service")
    assert roles_of(svc, "provider", "client", "product") == ("halvorsen bio", "norvexa biologics", "QUENVIRA")


def test_a_company_named_after_its_parent_is_not_its_client():
    text = ("Kessler Holdings today completed its purchase of the Aarhus site. The site becomes the fourth "
            "manufacturing site of Kessler Holdings Biologics, which supplies biologics and vaccines to Kessler Holdings.")
    assert not facts(text, "service")


def test_towns_in_regions_are_the_sites_not_the_regions():
    text = ("Before the purchase, Kessler Biologics operated three sites: Billingham in the north-east of England, "
            "Research Triangle Park in North Carolina and College Station in Texas.")
    places = {str(f.role("location")).split("|", 1)[1] for f in facts(text, "facility")}
    assert "England" not in places and "Texas" not in places and "North Carolina" not in places
    assert {"Billingham", "College Station"} <= places


def test_the_plant_of_the_maker_not_of_its_client():
    text = "Halvorsen Bio fills and packages QUENVIRA for Norvexa Biologics at its plant in Hameln, Lower Saxony."
    (site,) = facts(text, "facility")
    assert roles_of(site, "operator", "location") == ("halvorsen bio", "Hameln")


def test_a_town_before_the_company_is_no_company():
    text = ("In addition to its sites in Mainz and Idar-Oberstein, the company now operates a plant in Marburg. "
            "Norvexa Biologics said so.")
    ex = extract(parse_document(text, "case"))
    assert not [k for k in ex.entities if k.startswith("Company|") and "oberstein" in k]


def roles(text):
    return {(str(f.role("person")).split("|", 1)[1], f.value("title"), str(f.role("organization")).split("|", 1)[1])
            for f in facts(text, "role")}


def test_roles_whose_organisation_is_the_one_the_text_speaks_of():
    text = ("Halvorsen Bio agreed to buy a plant in Pune. Its board is chaired by Mira Castellane, the founder of "
            "Norvexa Biologics. Halvorsen Bio was founded by Devan Ostrova, who remains its Chairman.")
    found = roles(text)
    assert ("Mira Castellane", "Chair", "halvorsen bio") in found
    assert ("Devan Ostrova", "Chairman", "halvorsen bio") in found


def test_led_by_after_a_legal_form_and_a_future_role_by_surname():
    text = ("Kessler Bio, Inc., led by President and CEO Taro Minegishi and based in Kashiwa, makes mRNA medicines. "
            "Halvorsen Bio plc announces that its Board has appointed Dr Frank Oberlin as Chief Executive Officer. "
            "Dr Oberlin will join the Group and its Board as an Executive Director in March 2023.")
    found = roles(text)
    assert {("Taro Minegishi", "President", "kessler bio"), ("Taro Minegishi", "CEO", "kessler bio")} <= found
    assert ("Frank Oberlin", "Executive Director", "halvorsen bio") in found


def test_approvals_that_follow_one_another():
    text = ("Norvexa Biologics today announced that the WHO has prequalified the NXR-217/Adjuvo-Q™ malaria vaccine. "
            "It follows Halvorsen Bio's Quentrix, recommended in 2021. "
            "Several African regulators had already authorised the vaccine before today's decision. "
            "Ghana's Food and Drugs Authority was the first in the world to do so, in April 2023, and Nigeria's "
            "NAFDAC followed later that month.")
    found = {roles_of(f, "product", "regulator") for f in facts(text, "approval")}
    assert {("NXR-217/Adjuvo-Q", "fda-gh"), ("NXR-217/Adjuvo-Q", "nafdac-ng")} <= found
    assert not [p for p, _r in found if p == "Quentrix"]


def test_an_earlier_approval_without_the_products_name():
    text = ("Australia's TGA granted provisional registration to Quenvira, Norvexa Biologics' protein vaccine. "
            "Earlier, Indonesia's National Agency of Drug and Food Control (BPOM) granted emergency use "
            "authorization in November 2021, and the Philippine Food and Drug Administration followed later that month.")
    found = {roles_of(f, "product", "regulator") for f in facts(text, "approval")}
    assert {("Quenvira", "tga-au"), ("Quenvira", "bpom-id"), ("Quenvira", "pfda-ph")} <= found


def developer_of(text, product):
    ex = extract(parse_document(text, "case"))
    return str(ex.entities[f"Product|{product}"]["attrs"].get("developer", "")).split("|", 1)[-1]


def test_developed_by_belongs_to_the_product_named_last():
    text = ("Norvexa Biologics announced that WHO has prequalified NXR-217. NXR-217 becomes the second vaccine to be "
            "prequalified, after RTS-9 (Quentrix™), developed by Halvorsen Bio.")
    assert developer_of(text, "NXR-217") != "halvorsen bio"


def test_the_partner_a_product_is_made_with_is_not_its_developer():
    text = ("Norvexa Biologics markets three medicines. Quentrix® (kelvatamab), an ADC for bladder cancer, is developed "
            "and commercialised together with Halvorsen Bio.")
    assert developer_of(text, "Quentrix") != "halvorsen bio"


def test_the_licensor_not_the_partner_studying_the_product_develops_it():
    text = ("In 2018, Norvexa Biologics entered into a license agreement with Kessler Pharma under which Kessler "
            "Pharma obtained exclusive rights to develop NVX-401 worldwide, excluding Korea. "
            "Kessler Pharma is studying NVX-401 in combination with its own antibody.")
    assert developer_of(text, "NVX-401") == "norvexa biologics"


def test_partnership_named_in_an_opening_phrase():
    text = ("Through a long-standing partnership with Kessler Pharma, Halvorsen Bio also offers customers access to "
            "20,000 litres of microbial capacity. The Quillon Institute and Norvexa Biologics have worked together "
            "on NVX-21 since its early clinical development.")
    pairs = {frozenset(str(p).split("|", 1)[1] for p in f.role("party")) for f in facts(text, "collaboration")}
    assert frozenset({"kessler pharma", "halvorsen bio"}) in pairs
    assert frozenset({"quillon institute", "norvexa biologics"}) in pairs


def test_the_subject_that_will_manufacture_and_supply_to_the_licensee():
    text = ("Halvorsen Bio granted Kessler Pharma exclusive rights to HLV-11 in Europe. Halvorsen Bio will remain "
            "responsible for development and, if the product is approved, will manufacture and supply it to Kessler Pharma.")
    (svc,) = facts(text, "service")
    assert roles_of(svc, "provider", "client") == ("halvorsen bio", "kessler pharma")


def test_two_facilities_of_two_owners_in_one_sentence():
    text = ("Norvexa Biologics expands mRNA output. In addition to its sites in Mainz and Idar-Oberstein, the company now "
            "operates the former Kessler Pharma plant in Marburg, which it took over in 2020.")
    found = {roles_of(f, "operator", "location") for f in facts(text, "facility")}
    assert found == {("norvexa biologics", "Mainz"), ("norvexa biologics", "Idar-Oberstein"), ("norvexa biologics", "Marburg")}


def test_the_licensor_is_not_the_company_in_the_territory_left_out():
    text = ("Kessler Pharma and Norvexa Biologics Sign Exclusive Licence for NVX-77 in Deal Worth Up to $1.76 Billion\n"
            "Kessler Pharma gains rights to NVX-77 in the United States, Europe and all other territories outside "
            "Halvorsen Bio's Asia/Pacific region. Norvexa Biologics discovered NVX-77.")
    deals = {roles_of(f, "licensor", "licensee"): f.value("value") for f in facts(text, "licensing")}
    assert ("halvorsen bio", "kessler pharma") not in deals
    assert deals.get(("norvexa biologics", "kessler pharma")) == "USD 1.76 billion"


def test_a_licence_and_collaboration_agreement_is_both():
    text = ("Kessler Pharma plc and Norvexa Biologics Inc. today announced an exclusive licence and collaboration "
            "agreement under which Kessler Pharma will acquire the development and commercialisation rights to NVX-512, "
            "Norvexa Biologics' bispecific antibody, in the United States and Europe.")
    assert [roles_of(f, "licensor", "licensee") for f in facts(text, "licensing")] == [("norvexa biologics", "kessler pharma")]
    (collab,) = facts(text, "collaboration")
    assert {str(p).split("|", 1)[1] for p in collab.role("party")} == {"kessler pharma", "norvexa biologics"}
    assert not facts(text, "acquisition")


def test_acquisitions_name_the_target_not_the_seller():
    text = ("Halvorsen Bio has entered into an agreement with Kessler plc to acquire Kessler's global portfolio of "
            "consumer brands. \"The business we are acquiring from Kessler has delivered steady sales,\" said "
            "Mira Castellane, Chief Executive Officer of Halvorsen Bio. Halvorsen Bio purchased the property from "
            "Quillon Equities Group in November 2021. Following its acquisition of Norvexa Biologics plc in January "
            "2019, Orvanta Pharma set a target of divesting non-core assets.")
    deals = {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert ("orvanta pharma", "norvexa biologics") in deals
    assert not [d for d in deals if d[1] in ("kessler", "quillon equities group")]


def test_an_irish_county_is_no_company():
    text = ("MSD today announced that it has agreed to acquire the Kessler Vaccines manufacturing facility in "
            "Dundalk, Co. Louth, from Kessler Biologics.")
    ex = extract(parse_document(text, "case"))
    assert not [k for k in ex.entities if k.startswith("Company|") and "dundalk" in k]
    assert [roles_of(f, "target") for f in ex.facts if f.kind == "acquisition"] == [("Dundalk",)]


def test_a_company_whose_name_starts_with_dr():
    text = ('"We are pleased," said Mira Castellane, Chief Executive Officer of Dr. Reddy\'s. Dr. Reddy\'s is based in '
            "Hyderabad.")
    assert ("Mira Castellane", "Chief Executive Officer", "dr reddy's") in roles(text)


def test_a_campus_in_a_town_is_located_in_the_town():
    text = ("Halvorsen Bio today opened its biologics manufacturing facility at the Princeton West Innovation Campus "
            "in Hopewell, New Jersey, with 16,000 litres of capacity.")
    assert [roles_of(f, "location") for f in facts(text, "facility")] == [("Hopewell",)]


def test_a_disease_is_no_company():
    text = "Small Cell Lung Cancer is the deadliest form of lung cancer, and topotecan is approved for it."
    ex = extract(parse_document(text, "case"))
    assert not [k for k in ex.entities if k.startswith("Company|")]


def test_a_registered_platform_is_no_product():
    text = ("Halvorsen Bio invented NVX-154 using its STARR™ self-amplifying RNA technology and its LUNAR® lipid "
            "nanoparticle delivery system. NVX-154 was approved in Japan.")
    ex = extract(parse_document(text, "case"))
    assert "Product|NVX-154" in ex.entities
    assert not [k for k in ex.entities if k in ("Product|STARR", "Product|LUNAR")]


def test_a_business_unit_of_a_company_and_a_director_general():
    text = ("Luis Marlow, Managing Director of Halvorsen Bio's Oncology Business Unit, added a comment. "
            '"A milestone," said Jerome Kwan, Director General of the Quillon Vaccine Institute.')
    found = roles(text)
    assert ("Luis Marlow", "Managing Director of the Oncology Business Unit", "halvorsen bio") in found
    assert ("Jerome Kwan", "Director General", "quillon vaccine institute") in found


def test_a_town_named_in_the_dateline_and_at_the_facility():
    text = ("NANJING, April 16, 2024 – Halvorsen Bio has been granted GMP certification by the Thai Food and Drug "
            "Administration for its biologics manufacturing facility in Nanjing.")
    assert [roles_of(f, "operator", "location") for f in facts(text, "facility")] == [("halvorsen bio", "Nanjing")]


def test_two_titles_before_the_name_and_a_possessive_ending_in_s():
    text = ("Halvorsen Bio is based in Leiden. The company is led by Chairman and Chief Executive Officer Lars Andren. "
            "Torcaos Biologics signed the deal. "
            '"A step," commented Youssef Salem, Torcaos\' General Manager.')
    found = roles(text)
    assert {("Lars Andren", "Chairman", "halvorsen bio"), ("Lars Andren", "Chief Executive Officer", "halvorsen bio")} <= found
    assert ("Youssef Salem", "General Manager", "torcaos biologics") in found


def test_conjugate_names_are_two_words():
    text = ("Halvorsen Bio's pipeline includes pivekimab sunirine (PVEK), a CD123-targeting ADC. Raludotatug "
            "deruxtecan, discovered by Halvorsen Bio, is in Phase 1.")
    ex = extract(parse_document(text, "case"))
    products = {k for k in ex.entities if k.startswith("Product|")}
    assert {"Product|pivekimab sunirine", "Product|raludotatug deruxtecan"} <= products
    assert "Product|deruxtecan" not in products and "Product|pivekimab" not in products


def test_a_research_code_written_with_a_space():
    text = ("Halvorsen Bio granted Kessler Pharma an exclusive licence to HLV 2001 in North America. HLV 2001 is a "
            "trispecific antibody; the FDA granted HLV 2001 orphan drug designation in 2023. Kessler Pharma holds "
            "ISO 9001 and ISO 9001 certificates.")
    ex = extract(parse_document(text, "case"))
    assert "Product|HLV 2001" in ex.entities and "Product|ISO 9001" not in ex.entities
    assert [roles_of(f, "licensor", "licensee", "product") for f in ex.facts if f.kind == "licensing"] == [
        ("halvorsen bio", "kessler pharma", "HLV 2001")]


def test_licences_to_two_companies_and_a_two_party_agreement():
    text = ("Halvorsen Bio announced FDA approval of QUENTRA (halvotinib). Halvorsen Bio and Kessler Pharma Limited "
            "entered into an exclusive licence agreement for halvotinib in the United States in 2019. Outside the "
            "United States, Halvorsen Bio has licensed halvotinib to Orvanta Pharma for China, and to Telmora Pharma "
            "for South Korea.")
    deals = {roles_of(f, "licensor", "licensee"): f.value("territory") for f in facts(text, "licensing")}
    assert deals.get(("halvorsen bio", "kessler pharma")) == "United States"
    assert deals.get(("halvorsen bio", "orvanta pharma")) == "China"
    assert deals.get(("halvorsen bio", "telmora pharma")) == "South Korea"


def test_a_short_name_shared_by_a_group_belongs_to_the_parent():
    text = ("Kessler Pharmaceuticals plc announced FDA approval of QUENTRA. Kessler Pharmaceuticals Ireland Limited "
            "holds the licence. Halvorsen Bio keeps the production rights: it manufactures the active ingredient and "
            "supplies QUENTRA to Kessler for the U.S. market.")
    (svc,) = facts(text, "service")
    assert roles_of(svc, "provider", "client") == ("halvorsen bio", "kessler pharmaceuticals")


def test_a_company_acting_as_anothers_sponsor_or_distributor():
    text = ("Australia's TGA registered Quenvira. The registration is held by Kessler Pty Ltd, which acts as "
            "Halvorsen Bio's sponsor in Australia and handles importation and distribution of the vaccine.")
    (collab,) = facts(text, "collaboration")
    assert {str(p).split("|", 1)[1] for p in collab.role("party")} == {"kessler", "halvorsen bio"}
    assert collab.value("kind") == "distribution"


def test_trials_written_like_codes_are_no_products():
    text = ("Halvorsen Bio's Genkora received approval based on results from HLV201, an open-label Phase 1/2 study. "
            "In HLV201 the compound also showed activity. Halvorsen Bio will complete the Phase 3 HLV301 trial. "
            "Regulators cleared the clinical trial application for HLV-44, and doctors will study HLV-44 in China.")
    products = {k for k in extract(parse_document(text, "case")).entities if k.startswith("Product|")}
    assert "Product|HLV201" not in products and "Product|HLV301" not in products
    assert "Product|HLV-44" in products


def test_an_unknown_company_introduced_with_a_dotted_word():
    text = ("The molecule was first made by Genvaro, a U.S.-based research subsidiary of Kessler Pharma Inc. "
            "Halvorsen Bio obtained global rights to HLV-1077 from Genvaro in July 2015 for USD 15 million.")
    deals = [roles_of(f, "licensor", "licensee") for f in facts(text, "licensing")]
    assert deals == [("genvaro", "halvorsen bio")]


def test_an_inn_with_no_known_stem_named_as_a_drug():
    text = ("Kessler Pharma grants Halvorsen Bio an exclusive licence to its investigational drug vorelinoxan for "
            "liver disease, for EUR 90 million. The U.S. FDA granted vorelinoxan Breakthrough Therapy Designation in 2021. "
            "Vorelinoxan is in a Phase 3 trial.")
    (deal,) = facts(text, "licensing")
    assert roles_of(deal, "licensor", "licensee", "product") == ("kessler pharma", "halvorsen bio", "vorelinoxan")
    (approval,) = facts(text, "approval")
    assert roles_of(approval, "product", "regulator") == ("vorelinoxan", "fda-us")
    assert approval.value("kind") == "breakthrough therapy designation"
    # an ordinary word after the same cue is not a drug
    assert not facts("Kessler Pharma is an investigational drug developer. Its lead candidate manufacturing is "
                     "in Oslo; the manufacturing team grew.", "licensing")


def test_a_designation_granted_to_it():
    text = ("Halvorsen Bio will develop HLV-12 for gastric cancer. The FDA granted it Fast Track Designation in May 2020.")
    (approval,) = facts(text, "approval")
    assert roles_of(approval, "product", "regulator") == ("HLV-12", "fda-us")
    assert approval.value("kind") == "fast track designation"


def test_a_vaccine_named_after_its_maker():
    text = ("Kessler Biotech, Inc. announced that Swissmedic has granted a temporary authorisation for "
            "COVID-19 Vaccine Kessler. About COVID-19 Vaccine Kessler: it is an mRNA vaccine.")
    (approval,) = facts(text, "approval")
    assert roles_of(approval, "product", "regulator", "sponsor") == ("COVID-19 Vaccine Kessler", "swissmedic-ch", "kessler biotech")
    assert approval.value("kind") == "temporary authorisation"
    assert not [k for k in extract(parse_document(text, "case")).entities if k == "Company|covid-19 vaccine kessler"]


def test_doses_bought_are_no_acquisition_and_a_town_before_a_clause_no_product():
    text = ("At Kessler Biotech's facility in Northwood, the company manufactures the active vaccine material. "
            "The Government has purchased 20 million doses to be manufactured by Kessler Biotech for Halvorsen Bio.")
    assert not facts(text, "acquisition")
    assert "Product|Northwood" not in extract(parse_document(text, "case")).entities


def test_a_town_in_a_canton_is_the_location_and_the_providers_group_no_client():
    text = ("Norvexa S.A., the CDMO company of Kessler Holdings S.A., has signed an agreement with Halvorsen Bio plc to "
            "manufacture the active substance of HLV-9. The work will be done at Norvexa's biologics plant in Visp, "
            "in the canton of Valais.")
    (svc,) = facts(text, "service")
    assert roles_of(svc, "provider", "client") == ("norvexa", "halvorsen bio")
    assert [roles_of(f, "operator", "location") for f in facts(text, "facility")] == [("norvexa", "Visp")]


def test_people_appointed_with_a_nickname_and_titles_ending_a_phrase():
    text = ('Kessler Pharmaceuticals PLC ("Kessler" or "the Group") announces that Jonathan ("Jon") Arvidsson has been '
            "appointed Chief Executive Officer. From 2014 he was President of the Global Generics Group at Halvorsen Bio Ltd. "
            "He will work with the Group's executive team, including Mara Lind, Chief Financial Officer, who remains in "
            "her role.")
    people = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert ("Jonathan Arvidsson", "kessler pharmaceuticals", "Chief Executive Officer") in people
    assert ("Mara Lind", "kessler pharmaceuticals", "Chief Financial Officer") in people
    orgs = {k for k in extract(parse_document(text, "case")).entities if k.startswith("Company|")}
    assert not [k for k in orgs if "generics group" in k]  # a division named "... Group at X" is no company


def test_a_known_name_written_with_a_lower_case_word_and_a_bare_apostrophe_possessive():
    text = ("SK bioscience to make antigen for Novavax’ vaccine candidate NVX-CoV2373. During the pandemic, "
            "SK bioscience will manufacture the vaccine antigen, which Novavax will use in the final product. "
            '"This is a milestone," said Jaeyong Ahn, Chief Executive Officer of SK bioscience.')
    ex = extract(parse_document(text, "case"))
    assert ex.entities["Product|NVX-CoV2373"]["attrs"]["developer"] == "Company|novavax"
    (svc,) = [f for f in ex.facts if f.kind == "service"]
    assert roles_of(svc, "provider", "client", "product") == ("sk bioscience", "novavax", "NVX-CoV2373")
    assert [roles_of(f, "organization") for f in ex.facts if f.kind == "role"] == [("sk bioscience",)]


def test_a_right_given_to_the_second_named_party_and_a_country_before_a_name():
    text = ("Kessler Yakuhin Co., Ltd. and Halvorsen Bio Inc. signed a license agreement that gives Kessler the exclusive "
            "right to develop and commercialize in Japan Halvorsen's HLV-102.")
    (deal,) = facts(text, "licensing")
    assert roles_of(deal, "licensor", "licensee") == ("halvorsen bio", "kessler yakuhin")
    assert deal.value("territory") == "Japan"


def test_the_cdmo_and_the_swedish_company_are_the_one_company_of_that_kind_or_country():
    text = ("Recipharm AB and Kessler Biotech, Inc. today announced an agreement for HLV-107. Under the agreement, the CDMO "
            "will formulate HLV-107 for Kessler. The work will take place at the Swedish company's drug product facility "
            "in Monts, France. The vaccine was granted an Emergency Use Authorization by the FDA in 2020.")
    ex = extract(parse_document(text, "case"))
    assert [roles_of(f, "operator", "location") for f in ex.facts if f.kind == "facility"] == [("recipharm", "Monts")]
    assert ("recipharm", "kessler biotech") in [roles_of(f, "provider", "client") for f in ex.facts if f.kind == "service"]
    assert [roles_of(f, "product", "regulator") for f in ex.facts if f.kind == "approval"] == [("HLV-107", "fda-us")]


def test_a_condition_is_no_decision_and_approved_it_refers_to_the_product():
    text = ("Holders receive one contingent value right worth US$1.00 if the FDA approves HLV-200 within the agreed "
            "timeframe. Zanotimab is a PD-1 antibody. In China, the NMPA first approved it in December 2018.")
    assert [roles_of(f, "product", "regulator") for f in facts(text, "approval")] == [("zanotimab", "nmpa-cn")]


def test_an_inn_with_its_brand_in_brackets_is_one_product():
    text = ("Kessler Biosciences Receives EC Approval for Zanotimab (KELVORA®). The FDA approved KELVORA in 2023; "
            "zanotimab (ZAN) is a PD-1 antibody.")
    products = {f.role("product") for f in facts(text, "approval")}
    assert products == {"Product|KELVORA"}


def test_a_web_page_whose_menus_look_like_boilerplate_starts_at_its_dateline():
    text = ("Investor Relations\n\nNews\n\nOSLO, Norway, June 9, 2021 – Kessler Biotech Co., Ltd. today announced that the "
            "Norwegian Medicines Agency has granted marketing approval to zanotimab vedotin for injection (brand name: "
            "KELVORA®, research code: KB48).\n\nZanotimab vedotin was discovered and developed by Kessler Biotech itself.\n")
    ex = extract(parse_document(text, "case"))
    approvals = [roles_of(f, "product", "sponsor") for f in ex.facts if f.kind == "approval"]
    assert approvals == [("KELVORA", "kessler biotech")]  # the INN, the brand and the code are one product


def test_shares_bought_and_a_purchase_funded_are_no_acquisitions_but_paid_for_is_one():
    text = ("In addition, Halvorsen Bio will buy US$150 million of newly issued Kessler Pharma shares. Norvexa Inc. will "
            "fund the purchase with a $650 million loan from Quintara Capital Partners. In 2017 Norvexa Inc. paid "
            "$950 million for Zelmont Pharmaceuticals, and Peter Lund, a partner at Quintara Capital Partners, joined its board.")
    deals = [roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")]
    assert deals == [("norvexa", "zelmont pharmaceuticals")]
    assert not facts(text, "collaboration")
    assert ("Peter Lund", "quintara capital partners") in [roles_of(f, "person", "organization") for f in facts(text, "role")]


def test_a_partner_named_in_a_subtitle_is_not_the_certified_company():
    text = ("Kessler Biotech's Vaccine Achieves WHO Prequalification\n\nVaccine co-developed with the Quillon Institute becomes "
            "the company's fourth product on the WHO prequalified list\n\nKessler Biotech Co., Ltd. announced that its "
            "typhoid vaccine KELTYPH™, developed under the project name KBP618, has been prequalified by the World Health "
            "Organization (WHO).\n")
    ex = extract(parse_document(text, "case"))
    assert {roles_of(f, "holder")[0] for f in ex.facts if f.kind == "certification"} == {"kessler biotech"}
    assert "Product|KBP618" not in ex.entities  # the project name of KELTYPH


def test_an_appointment_told_with_a_clause_and_dotted_legal_forms():
    text = ("MILAN, Italy, 1 December 2021 – The Board of Directors of Kessler S.p.A., the international pharmaceutical "
            "group, met today and appointed Anna Kessler as Chairman of the Board. Robert (\"Rob\") Lindqvist, who was "
            "first co-opted onto the Board, was appointed Chief Executive Officer.")
    people = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert ("Robert Lindqvist", "kessler", "Chief Executive Officer") in people
    assert ("Anna Kessler", "kessler", "Chairman of the Board") in people


def test_roles_told_by_become_and_succeed():
    text = ("Kessler Pharmaceuticals PLC announced leadership changes. Jane Roe, who has led Kessler as Chairman and "
            "Chief Executive Officer, hands over her executive duties and becomes Executive Chairman. Tom Berg will "
            "succeed Jane Roe as Chief Executive Officer.")
    people = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert ("Jane Roe", "kessler pharmaceuticals", "Executive Chairman") in people
    assert ("Tom Berg", "kessler pharmaceuticals", "Chief Executive Officer") in people


def test_roles_after_degrees_in_japanese_style_and_in_a_unit():
    text = ("OSAKA, Japan, May 2, 2023 -- TANKEI Corporation (President and CEO, Representative Director: Hiroshi Mabuchi) "
            "today announced that it has opened a laboratory. \"We are ready,\" said Lena Kovac, Ph.D., J.D., President and "
            "Chief Executive Officer of Orvane Oncology. \"It works,\" said Dr. Ravi Menon, Director of the Malaria Vaccine "
            "Project at Tessaly Health Alliance Inc. Mei Lanfang is President and Chief Executive Officer of Quintara Pharma. "
            "\"So do we,\" said Jonas Petit, Senior Executive Vice President and General Manager of the Bio Services Division, "
            "TANKEI Corporation, in a statement.")
    people = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Hiroshi Mabuchi", "tankei", "President"), ("Hiroshi Mabuchi", "tankei", "Representative Director"),
            ("Lena Kovac", "orvane oncology", "Chief Executive Officer"), ("Mei Lanfang", "quintara pharma", "President"),
            ("Ravi Menon", "tessaly health alliance", "Director of the Malaria Vaccine Project"),
            ("Jonas Petit", "tankei", "General Manager of the Bio Services Division")} <= people


def test_two_purchases_in_one_sentence_and_rights_bought_with_a_company():
    text = ("Halvorsen Pharma acquired Quillon Radiopharma for US$3.9 billion in 2018, and obtained the rights to QRX-617 "
            "through its US$2.1 billion acquisition of Endomira the same year.")
    deals = {roles_of(f, "acquirer", "target") + (f.value("value"),) for f in facts(text, "acquisition")}
    assert deals == {("halvorsen pharma", "quillon radiopharma", "USD 3.9 billion"), ("halvorsen pharma", "endomira", "USD 2.1 billion")}
    assert not facts(text, "licensing")


def test_a_regulators_manufacturing_licence_for_a_plant_is_a_certification():
    text = ("Kessler Biologics today announced that it has been granted a manufacturing licence by Japan's Ministry of "
            "Health, Labour and Welfare (MHLW) for its drug substance facility in Wuxi, China.")
    (cert,) = facts(text, "certification")
    assert roles_of(cert, "holder", "issuer") == ("kessler biologics", "mhlw-jp")


def test_the_licensor_develops_what_the_licensee_takes_on():
    text = ("Quintara Pharma today announced that it has in-licensed NVX-301 from Norvexa Bio for Europe. Quintara Pharma "
            "will pay $20 million upfront for its rights to NVX-301.")
    devs = {roles_of(f, "product", "developer") for f in facts(text, "development")}
    assert devs == {("NVX-301", "norvexa bio")}


def test_rights_held_by_a_subsidiary_named_with_its_parent_and_clients_of_a_supply_agreement():
    text = ("Quillon Bioepis Co., Ltd. announced that Health Canada approved ZENTRYS. Norvexa Canada Inc., the Canadian "
            "subsidiary of Pelham Pharma AG, holds the exclusive rights to commercialize ZENTRYS in Canada under the "
            "agreement that Quillon Bioepis and Pelham Pharma signed in 2013.\n\nManufacturing and supply\n"
            "Tamsin Biotech and Orland Pharma entered into a Master Manufacturing and Supply Services Agreement with Kessler "
            "Pharmaceuticals Corporation, under which Kessler will manufacture ZENTRYS at one of its U.S. facilities.")
    (deal,) = facts(text, "licensing")
    assert roles_of(deal, "licensor", "licensee", "product") == ("quillon bioepis", "norvexa canada", "ZENTRYS")
    services = {roles_of(f, "provider", "client") for f in facts(text, "service")}
    assert services == {("kessler pharmaceuticals", "tamsin biotech"), ("kessler pharmaceuticals", "orland pharma")}


def test_a_radioligands_inn_and_former_code_are_the_brand_and_unapproved_comparators_are_no_approvals():
    text = ("Kessler Pharma today announced that the European Commission (EC) has approved Zentrova™ (lutetium (177Lu) "
            "halvotide tetraxetan), previously known as 177Lu-KSP-818, for prostate cancer. Until today, no treatment "
            "approved in the EU had been shown to overcome resistance to the older drugs imatinib and dasatinib.")
    approved = {roles_of(f, "product")[0] for f in facts(text, "approval")}
    assert approved == {"Zentrova"}


def test_a_gmp_licence_and_a_warning_letter_close_out_are_certifications():
    text = ("BASEL, Switzerland, May 20, 2021 -- Kessler Biologics AG today announced that its new biologics facility in "
            "Solothurn, Switzerland, has been granted a Good Manufacturing Practice (GMP) multi-product license by Swissmedic. "
            "Separately, Kessler Biologics has received a close-out letter from the US Food and Drug Administration (FDA) for "
            "the Warning Letter issued in 2019 to its plant in Portugal.")
    certs = {roles_of(f, "holder", "issuer") for f in facts(text, "certification")}
    assert certs == {("kessler biologics", "swissmedic-ch"), ("kessler biologics", "fda-us")}


def test_names_spelled_out_by_their_acronym_and_companies_named_as_what_they_are():
    text = ("MUMBAI, India, July 25, 2024 -- Orland Pharma Limited today announced that it has signed an agreement to acquire "
            "Tamsin Serums and Vaccines Limited (\"TSV\") for Rs 13,630 crore. Orland completed its acquisition of the U.S. "
            "agricultural company Lisbon in 2018.")
    deals = {roles_of(f, "acquirer", "target") + (f.value("value"),) for f in facts(text, "acquisition")}
    assert ("orland pharma", "tamsin serums and vaccines", "INR 13630 crore") in deals
    assert any(target == "lisbon" for _a, target, _v in deals)


def test_licences_whose_products_are_listed_on_the_next_lines():
    text = ("AMMAN, Jordan – 2 September 2025 – Tamsin Pharma today announced that it has signed licensing agreements with "
            "Quillon Biologics to commercialise three proposed biosimilars in the Middle East and North Africa.\n"
            "The agreements cover:\n"
            "- QB016, a proposed biosimilar to Entyvio® (vedolizumab), for ulcerative colitis;\n"
            "- QB018, a proposed biosimilar to Ocrevus® (ocrelizumab), for multiple sclerosis.\n"
            "Financial terms were not disclosed.\n\n"
            "About Quillon Biologics\n"
            "Quillon Biologics develops biosimilars. In August 2025, the company granted Orland Kabi a licence to "
            "commercialise QB016 worldwide, excluding the Middle East and North Africa.\n")
    deals = {roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")}
    assert {("quillon biologics", "tamsin pharma", "QB016"), ("quillon biologics", "tamsin pharma", "QB018"),
            ("quillon biologics", "orland kabi", "QB016")} <= deals


def test_people_with_initials_and_titles_after_its():
    text = ("BALTIMORE -- Tamsin Bioservices Inc. will be bought by Kessler Pharma. After closing, Tamsin will keep operating "
            "under the leadership of Pete Orban, its President and Chief Executive Officer, and its team will join Kessler. "
            "\"We are glad,\" said G V Ramesh, Co-Chairman and Managing Director of Kessler Pharma.")
    people = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Pete Orban", "tamsin bioservices", "President"), ("G V Ramesh", "kessler pharma", "Co-Chairman")} <= people


def test_roles_told_in_a_relative_clause():
    text = ("KENILWORTH, N.J. -- Kessler Pharma announced a new finance chief. Roe succeeds Robert M. Tate, who has been "
            "Kessler Pharma's Chief Financial Officer since 2014. The company was founded by V.C. Nanna, who is Chairman and "
            "Managing Director of Orland Pharma.")
    people = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Robert M. Tate", "kessler pharma", "Chief Financial Officer"), ("V.C. Nanna", "orland pharma", "Chairman")} <= people


def test_acquisitions_told_in_background_clauses():
    text = ("BOSTON, March 3, 2024 -- Kestrel Biosciences Inc. today reported its fourth-quarter results. "
            "A third transaction, the agreed acquisition of Harmon Therapeutics for approximately $14 billion announced on "
            "December 22, 2023, has not yet closed. Before that she worked at its spin-off Danzig Bio, which Saxon Pharma "
            "acquired in 2016. Kestrel Biosciences has grown through acquisitions. In 2017 the company paid $950 million for "
            "Lorimer Cellworks, and in 2018 it acquired Juniper Pharmaceuticals.")
    deals = {roles_of(f, "acquirer", "target"): f for f in facts(text, "acquisition")}
    assert set(deals) == {("kestrel biosciences", "harmon therapeutics"), ("saxon pharma", "danzig bio"),
                          ("kestrel biosciences", "lorimer cellworks"), ("kestrel biosciences", "juniper pharmaceuticals")}
    harmon = deals[("kestrel biosciences", "harmon therapeutics")]
    assert harmon.value("status") == "agreed"  # "has not yet closed"
    lorimer = deals[("kestrel biosciences", "lorimer cellworks")]
    assert (lorimer.value("status"), lorimer.value("date"), lorimer.value("value")) == ("completed", "2017", "USD 950 million")


def test_a_controlling_stake_is_an_acquisition_and_a_minority_one_is_not():
    text = ("In April 2022, Tamsin Biologics completed the acquisition of Orland Pharma's entire stake in Verity Bioworks "
            "for up to USD 2.3 billion. Separately, Tamsin Biologics bought a 10% stake in Quintara Pharma.")
    assert {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")} == {("tamsin biologics", "verity bioworks")}


def test_the_company_after_a_sentence_about_a_deal_is_the_acquirer_there():
    text = ("WILMINGTON, March 29, 2021 -- Brennan Laboratories Inc. today announced that it has completed the acquisition "
            "of Cortland BioServices. The Cortland deal is the latest in a series through which Brennan Laboratories has "
            "broadened its portfolio. In December 2020, the company completed its purchase of Halvorsen Bio.")
    assert ("brennan laboratories", "halvorsen bio") in {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}


def test_generational_suffixes_unit_heads_and_departments_in_titles():
    text = ('"We are proud of this work," said Robert G. Kestler Sr., President and Chief Executive Officer of Norvexa '
            'Biologics. "We commit our capacity," said Syed T. Marlowe, Senior Vice President and CDMO Business Unit Head at '
            'Norvexa Biologics. "This is a good day," said Yuki Otani, Corporate Executive and General Manager of the '
            'Bio-Pharma Services Department of Quintara Pharma Co., Ltd.')
    roles = {(str(f.role("person")).split("|")[1], f.value("title"), str(f.role("organization")).split("|")[1])
             for f in facts(text, "role")}
    assert ("Robert G. Kestler Sr.", "Chief Executive Officer", "norvexa biologics") in roles
    assert ("Syed T. Marlowe", "CDMO Business Unit Head", "norvexa biologics") in roles
    assert any(p == "Yuki Otani" and o == "quintara pharma" and "Bio-Pharma Services Department" in t for p, t, o in roles)
    assert not any(o.lower() in ("president", "ceo") for _p, _t, o in roles)


def test_a_provider_named_by_what_it_will_provide_and_each_product_with_its_owner():
    text = ("GAITHERSBURG, Md., July 6, 2020 -- Halvorsen Bio Inc. today announced a five-year manufacturing services "
            "agreement with Pellucid Therapeutics for large-scale drug substance manufacturing of PT-101. Under the "
            "agreement, Halvorsen Bio will provide contract development and manufacturing (CDMO) services over five years. "
            "Halvorsen Bio has also signed agreements to provide CDMO services for other vaccine candidates, including "
            "Ardent Oncology's AO-22 and Moravia Biotherapeutics' MB-107.")
    got = {roles_of(f, "provider", "client", "product") for f in facts(text, "service")}
    assert {("halvorsen bio", "pellucid therapeutics", "PT-101"), ("halvorsen bio", "ardent oncology", "AO-22"),
            ("halvorsen bio", "moravia biotherapeutics", "MB-107")} <= got


def test_a_company_is_no_product_for_its_name_or_its_description():
    text = ("COPENHAGEN, Denmark, May 28, 2024 -- Genmab A/S announced results. Genmab is an international biotechnology "
            "company. Quintara Pharma and Forgewell Biologics (\"Forgewell\") today announced that Quintara Pharma will "
            "acquire Forgewell, a manufacturer of genetic medicines, for $620 million.")
    ex = extract(parse_document(text, "case"))
    products = {m.key.lower() for m in ex.mentions if m.kind == "Product"} if hasattr(ex, "mentions") else set()
    assert not {"genmab", "forgewell"} & products
    assert ("quintara pharma", "forgewell biologics") in {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert not [f for f in facts(text, "product") if str(f.role("product")).lower().endswith(("genmab", "forgewell"))]


def test_partners_listed_after_including_are_each_a_tie_of_the_company():
    text = ("SHANGHAI, March 3, 2023 -- Kestrel Biosciences Inc. today announced results. Kestrel Biosciences is also a "
            "partner of other international biotech companies, including Harmon Therapeutics and Orrin Pharma, for the "
            "development of medicines in China. The company works with commercial partners in more than 90 countries, "
            "including Tamsin Biologics in the United States and Quintara Pharma in Europe. The company has strategic "
            "alliances for development programs with Merrow Pharma PLC and Saxon Pharma Inc. More than a dozen companies "
            "have licensed the platform, among them Vantor Labs, whose alliance covers seven programmes with a value of "
            "$2 billion.")
    pairs = {frozenset(str(p).split("|")[1] for p in f.role("party")) for f in facts(text, "collaboration")}
    assert {frozenset({"kestrel biosciences", x}) for x in ("harmon therapeutics", "orrin pharma", "tamsin biologics",
                                                             "quintara pharma", "merrow pharma", "saxon pharma")} <= pairs
    assert frozenset({"tamsin biologics", "quintara pharma"}) not in pairs


def test_every_town_of_a_long_site_list_is_a_facility():
    text = ("About Halvorsen Biologics\nHalvorsen Biologics is a global CDMO. It operates cGMP facilities in Seattle, "
            "Washington; Boulder and Longmont, Colorado; Copenhagen, Denmark; Heidelberg, Germany; Milan, Italy; and "
            "Chiba and Yokohama, Japan.")
    towns = {str(f.role("location")).split("|")[1] for f in facts(text, "facility")}
    assert towns == {"Seattle", "Boulder", "Longmont", "Copenhagen", "Heidelberg", "Milan", "Chiba", "Yokohama"}


def test_a_contract_manufacturing_partner_at_its_town_and_the_other_of_the_companies():
    text = ("MAINZ, March 16, 2020 -- Quintara Pharma will supply the vaccine for the trials from GMP facilities in Europe, "
            "including its own sites and those of its contract manufacturing partner Halvorsen Scientific in Linz, Austria, "
            "which produces the lipid formulation of QP-162. Tamsin Biologics and Ardent Oncology have worked together "
            "since 2016. In 2017 the companies signed a commercial supply agreement under which Tamsin Biologics produces "
            "AO-237 at its plant in Shanghai.")
    services = {roles_of(f, "provider", "client", "product") for f in facts(text, "service")}
    assert ("halvorsen scientific", "quintara pharma", "QP-162") in services
    assert ("tamsin biologics", "ardent oncology", "AO-237") in services
    sites = {roles_of(f, "operator", "location") for f in facts(text, "facility")}
    assert ("halvorsen scientific", "Linz") in sites and ("quintara pharma", "Linz") not in sites


def test_a_trial_named_like_a_code_is_no_organisation():
    text = ("SUZHOU, June 27, 2024 -- Norvexa Biologics announced approval of NB-301. The approval is based on LUMEN-1, a "
            "randomised, double-blind Phase 3 study. \"LUMEN-1 showed meaningful weight loss,\" said Professor Wei Tang of "
            "Peking Union Hospital, the principal investigator of LUMEN-1.")
    ex = extract(parse_document(text, "case"))
    assert not [f for f in ex.facts if "LUMEN-1" in str(dict(f.roles)).upper() and f.kind in ("role", "collaboration")]


def test_a_bought_pipeline_is_the_sellers_and_no_licence():
    text = ("COPENHAGEN, May 28, 2024 -- Norvexa Biologics today completed its acquisition of Halvorsen Bio for $1.8 "
            "billion.\nThe Halvorsen portfolio\nThe deal brings Norvexa Biologics worldwide rights to Halvorsen Bio's ADC "
            "portfolio. HB-101 is Halvorsen Bio's lead candidate, a folate receptor alpha ADC. It is in a Phase 1/2 trial. "
            "HB-160, an ADC directed against CD70, is in a Phase 1 trial. HB-107, an ADC directed against PTK7, is in a "
            "Phase 1 trial.")
    assert not facts(text, "licensing")
    devs = {roles_of(f, "product", "developer") for f in facts(text, "development")}
    assert {("HB-101", "halvorsen bio"), ("HB-160", "halvorsen bio"), ("HB-107", "halvorsen bio")} <= devs


def test_the_group_defined_in_a_ticker_bracket_is_no_company_of_its_own():
    text = ("OXFORD, United Kingdom, 22 November 2022 -- Halvorsen Bio plc (LSE: HVB, \"Halvorsen\" or \"the Group\") today "
            "announces the appointment of Dr Frank Marlow as Chief Executive Officer. The Group's main manufacturing centre, "
            "Oxlab in Oxford, covers approximately 7,800 square metres.")
    ex = extract(parse_document(text, "case"))
    assert not [f for f in ex.facts if "Company|group" in str(dict(f.roles))]
    assert ("halvorsen bio", "Oxford") in {roles_of(f, "operator", "location") for f in facts(text, "facility")}


def test_compliance_found_by_a_regulator_and_makers_named_by_what_they_make():
    text = ("CHUNCHEON, South Korea, June 2, 2025 -- Halvorsen Bio Inc. today announced results. In February 2025, Korea's "
            "Ministry of Food and Drug Safety (MFDS) found the Plant 2 finished-product facility of Halvorsen Bio to be "
            "compliant with Good Manufacturing Practice (GMP). Under one such contract, Halvorsen Bio makes pertussis vaccine "
            "antigens for Quintara Pharma. Halvorsen Bio develops viral vectors for partners. It is the sole manufacturer of "
            "the vector used in Moravia Pharma's cell therapy Kymlera® (tisacel), under a supply agreement.")
    assert ("halvorsen bio", "mfds-kr") in {roles_of(f, "holder", "issuer") for f in facts(text, "certification")}
    services = {roles_of(f, "provider", "client"): f for f in facts(text, "service")}
    assert ("halvorsen bio", "quintara pharma") in services and ("halvorsen bio", "moravia pharma") in services
    assert "Quintara Pharma" not in (services[("halvorsen bio", "quintara pharma")].value("activities") or ())


def test_a_person_named_again_by_title_and_surname():
    text = ("OXFORD, 22 November 2022 -- Halvorsen Bio plc today announces the appointment of Dr Frank Marlow as Chief "
            "Executive Officer of Halvorsen Bio. Before that, Dr Marlow was Chief Executive Officer of Quintara Pharma AG. "
            "Mr Tamsin Weber, President of Halvorsen Bio, retires. Mr Weber joined Halvorsen Bio in April 2014 as Chief "
            "Operating Officer.")
    roles = {(str(f.role("person")).split("|")[1], f.value("title"), str(f.role("organization")).split("|")[1])
             for f in facts(text, "role")}
    assert ("Frank Marlow", "Chief Executive Officer", "quintara pharma") in roles
    assert ("Tamsin Weber", "Chief Operating Officer", "halvorsen bio") in roles


def test_a_possessive_across_a_clause_does_not_name_the_developer():
    text = ("OSAKA, June 11, 2024 -- Norvexa Pharma today completed its acquisition of Quintara Therapeutics. Quintara "
            "Therapeutics brings Norvexa Pharma a commercial oncology product. Its marketed medicine QX-201 is approved "
            "in 40 countries. \"With Norvexa Pharma's resources behind us, we can take QX-201 to more patients,\" said "
            "Jane Holt, Chief Executive Officer of Quintara Therapeutics.")
    devs = {roles_of(f, "product", "developer") for f in facts(text, "development")}
    assert ("QX-201", "norvexa pharma") not in devs


def test_board_membership_is_a_title():
    text = ("\"We chose to deepen our relationship,\" said Konrad Malewski, Member of the Supervisory Board of Quintara "
            "Pharma Group. Anna Pak, Member of the Management Board of Tamsin Biologics, said the approval matters.")
    roles = {(str(f.role("person")).split("|")[1], f.value("title"), str(f.role("organization")).split("|")[1])
             for f in facts(text, "role")}
    assert ("Konrad Malewski", "Member of the Supervisory Board", "quintara pharma group") in roles
    assert ("Anna Pak", "Member of the Management Board", "tamsin biologics") in roles


def test_a_title_before_an_industry_word_is_no_company():
    text = ("BAD HOMBURG, September 27, 2024 -- Quintara Pharma and Tamsin Biologics received approval of QP-202. \"This is "
            "a milestone,\" said Anna Pak, President Biopharma and Member of the Management Board of Tamsin Biologics.")
    ex = extract(parse_document(text, "case"))
    assert not [f for f in ex.facts if "president biopharma" in str(dict(f.roles)).lower()]


def test_its_candidate_named_in_apposition_is_the_companys():
    text = ("WALTHAM, June 11, 2024 -- Norvexa Pharma today announced results. Norvexa Pharma brings a commercial "
            "oncology product to patients. Its lead pipeline candidate, vimorastat, is a selective CSF1R inhibitor in a "
            "Phase 3 trial.")
    assert ("vimorastat", "norvexa pharma") in {roles_of(f, "product", "developer") for f in facts(text, "development")}


def test_what_a_designation_is_granted_to_is_a_product():
    text = ("SYDNEY, November 24, 2015 -- Norvexa Pharma today announced a trial of Ovaxil in women with ovarian cancer. "
            "The U.S. Food and Drug Administration (FDA) has granted Ovaxil Orphan Drug designation for ovarian cancer. "
            "The FDA also granted Breakthrough Therapy Designation to NX-220 in 2014.")
    got = {(str(f.role("product")).split("|")[1], f.value("kind")) for f in facts(text, "approval")}
    assert ("Ovaxil", "orphan drug designation") in got
    assert not any(p == "Breakthrough" for p, _k in got)


def test_successor_and_japanese_corporate_titles():
    text = ("TOKYO, June 3, 2025 -- Quintara Pharma Co., Ltd. announced results. \"We are ready,\" said Kenji Morita, "
            "Representative Corporate Officer and Chief Executive Officer of Quintara Pharma. \"So are we,\" said Anna "
            "Pak, CEO Designate of Tamsin Biologics Limited.")
    roles = {(str(f.role("person")).split("|")[1], f.value("title"), str(f.role("organization")).split("|")[1])
             for f in facts(text, "role")}
    assert ("Kenji Morita", "Representative Corporate Officer", "quintara pharma") in roles
    assert ("Kenji Morita", "Chief Executive Officer", "quintara pharma") in roles
    assert ("Anna Pak", "CEO Designate", "tamsin biologics") in roles


def test_an_acronym_with_a_lower_case_word_and_a_legal_form_is_a_company():
    text = ("SWORDS, Ireland, January 25, 2018 -- QX biotek Co., Ltd. (\"QX biotek\") opened its plant. \"This is a "
            "milestone,\" said Min Park, Chief Executive Officer of QX biotek.")
    roles = {(str(f.role("person")).split("|")[1], str(f.role("organization")).split("|")[1]) for f in facts(text, "role")}
    assert roles == {("Min Park", "qx biotek")}


def test_a_member_of_a_listed_board_works_for_the_company_of_the_text():
    text = ("LEVERKUSEN, February 8, 2023 -- Norvexa AG named a new CEO. The rest of the Board of Management is unchanged. "
            "It comprises Jan Weber, Chief Financial Officer; and Eva Roth, Chief Operating Officer. \"Good news,\" said "
            "Tom Hale, Professor of Medicine.")
    roles = {(str(f.role("person")).split("|")[1], f.value("title"), str(f.role("organization")).split("|")[1])
             for f in facts(text, "role")}
    assert ("Jan Weber", "Chief Financial Officer", "norvexa") in roles
    assert not [r for r in roles if r[0] == "Tom Hale"]


def test_in_licensed_from_a_company_named_after_its_kind():
    text = ("SEOUL, July 2, 2018 -- Vexira Pharma Inc. announced data. Vexira in-licensed VX-101 in 2015 from Korean "
            "biotechnology company Norvexa, and has since been responsible for its development.")
    (deal,) = facts(text, "licensing")
    assert roles_of(deal, "licensor", "licensee", "product") == ("norvexa", "vexira pharma", "VX-101")


def test_a_site_bought_from_a_seller_keeps_the_seller_out_of_the_deal():
    text = ("SWORDS, Ireland, January 25, 2018 -- Quintara Biotek Inc. opened its Swords Campus, the API facility it "
            "acquired from Tamsin Pharma Company (\"Tamsin Pharma\"). Some 360 employees transferred from Tamsin Pharma to "
            "Quintara Biotek on January 1, 2018. Quintara Biotek continues to manufacture the site's existing portfolio "
            "of APIs for Tamsin Pharma Inc., including the active ingredient of Zorvex.")
    assert not facts(text, "acquisition")
    services = {roles_of(f, "provider", "client") for f in facts(text, "service")}
    assert services == {("quintara biotek", "tamsin pharma")}
    assert all("Tamsin" not in a for f in facts(text, "service") for a in f.value("activities"))


def test_every_partner_of_a_joint_development_is_a_party():
    text = ("HYDERABAD, December 2, 2021 -- Vexira Biotech Ltd. received approval for VX-101. It was developed by Vexira "
            "jointly with Marlow Biologics Inc. (MB) and Quintara Pharma Inc., both in Houston.")
    (tie,) = facts(text, "collaboration")
    assert set(tie.role("party")) == {"Company|vexira biotech", "Company|marlow biologics", "Company|quintara pharma"}


def test_biosimilar_codes_stay_apart_from_their_reference_products_and_a_counted_approval_takes_them():
    text = ("Partner Quintara Pharma Receives Approval in Japan for Three Biosimilars\n\n"
            "Approvals cover NVX05 (golimumab), NVX03 (denosumab) and NVX06 (aflibercept).\n\n"
            "REYKJAVIK, Iceland, September 19, 2025 -- Norvexa Biotech today announced that its partner in Japan, "
            "Quintara Pharma Co., Ltd. (\"Quintara Pharma\"), has received marketing approval from the Japanese Ministry of "
            "Health, Labour and Welfare (MHLW) for three biosimilars developed by Norvexa Biotech.\n\n"
            "NVX05 is a biosimilar to Simponi (golimumab). NVX03 is a biosimilar to Ranmark (denosumab).")
    got = {(*roles_of(f, "product", "regulator"), roles_of(f, "sponsor")[0]) for f in facts(text, "approval")}
    assert got == {(p, "mhlw-jp", "quintara pharma") for p in ("NVX05", "NVX03", "NVX06")}


def test_capitalised_brands_described_by_their_use_and_approved_as_counted():
    text = ("REHOVOT, Israel, November 22, 2021 -- Norvexa Ltd. today announced that it has acquired a portfolio of four "
            "commercial products from Quintara Therapeutics. All four products are approved by the U.S. Food and Drug "
            "Administration (FDA). The portfolio consists of ZYTOGAM (Zytomegalovirus Immune Globulin Intravenous [Human]), "
            "used to prevent disease after transplantation; VINRHO SDF (Rho(D) Immune Globulin Intravenous [Human]), used in "
            "immune thrombocytopenic purpura; VARIZAX (Varicella Zoster Immune Globulin [Human]), used for post-exposure "
            "prophylaxis; and HEPAGEN B (Hepatitis B Immune Globulin Intravenous [Human]), used to prevent recurrence.")
    got = {roles_of(f, "product", "regulator") for f in facts(text, "approval")}
    assert got == {(p, "fda-us") for p in ("ZYTOGAM", "VINRHO SDF", "VARIZAX", "HEPAGEN B")}


def test_a_possessive_opens_a_list_that_runs_past_semicolons():
    text = ("MUMBAI, India, September 7, 2022 -- Tamsin Pharma signed a licence with Vexira for three biosimilars. The "
            "portfolio comprises Norvexa Biotech's NVX03, a proposed biosimilar to Prolia (denosumab); NVX05, a proposed biosimilar "
            "to Simponi (golimumab); and NVX06, a proposed biosimilar to Eylea (aflibercept).")
    devs = {roles_of(f, "product", "developer") for f in facts(text, "development")}
    assert {("NVX03", "norvexa biotech"), ("NVX05", "norvexa biotech"), ("NVX06", "norvexa biotech")} <= devs


def test_a_leader_since_a_year_a_stand_in_and_its_president():
    text = ("LEVERKUSEN, February 8, 2023 -- Norvexa AG named a new chief executive. Werner Baum (60), who has led Norvexa "
            "as Chief Executive Officer since 2016, will retire. Its Chief Financial Officer, Reto Sutter, has been "
            "appointed CEO ad interim. Quintara Bio Inc. will keep operating under the leadership of Pete Bruzy, its "
            "President, and its team will join Norvexa after the deal.")
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert ("Werner Baum", "norvexa", "Chief Executive Officer") in roles
    assert ("Reto Sutter", "norvexa", "CEO ad interim") in roles
    assert ("Pete Bruzy", "quintara bio", "President") in roles


def test_a_title_of_a_function_is_no_organisation():
    text = ("BOSTON, March 14, 2024 -- Marigold Biotherapeutics, Inc. announced approval. \"This is big,\" said Jane Roe, "
            "President of Quintara Pharma. Marigold's Chief Medical Officer and President of Research & Development, Rita "
            "Taube, M.D., said the data matter.")
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert ("Jane Roe", "quintara pharma", "President") in roles
    assert ("Rita Taube", "marigold biotherapeutics", "President of Research & Development") in roles


def test_marketed_products_bought_from_another_company_are_acquired():
    text = ("REHOVOT, Israel, November 22, 2021 -- Norvexa Ltd. today announced that it has acquired ZYTOGAM and VINRHO SDF "
            "from Quintara Therapeutics Inc. ZYTOGAM (Zytomegalovirus Immune Globulin [Human]) is used to prevent disease; "
            "VINRHO SDF (Rho(D) Immune Globulin [Human]) is used in purpura. Norvexa will also acquire the rights to "
            "NVX-12 from Tamsin Pharma Inc.")
    got = {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert got == {("norvexa", "ZYTOGAM"), ("norvexa", "VINRHO SDF")}


def test_a_vaccine_known_as_a_code_and_a_code_that_starts_a_company_name():
    text = ("BEIJING, May 7, 2021 -- The World Health Organization (WHO) granted emergency use listing to an inactivated "
            "vaccine of Norvexa Biotech Co., Ltd. The vaccine, known as NRVX-CorV, was developed by Norvexa Biotech. The trial "
            "was run together with G42 Healthcare, an Abu Dhabi-based company.")
    products = {roles_of(f, "product")[0] for f in facts(text) if f.kind in ("approval", "development")}
    assert "NRVX-CorV" in products and "G42" not in products


def test_a_named_inspectorate_is_not_doubled_by_its_countrys_regulator():
    text = ("SUZHOU, China, June 16, 2020 -- Norvexa Biologics Inc. announced that its Suzhou facility has been granted an "
            "EU GMP certificate. The certificate was issued by Poland's Chief Pharmaceutical Inspectorate (GIF) after an "
            "inspection that the Polish authority carried out in December 2019.")
    assert {roles_of(f, "holder", "issuer") for f in facts(text, "certification")} == {("norvexa biologics", "gif-pl")}


def test_honorary_chairs_and_elevations():
    text = ("SHANGHAI, September 4, 2020 -- Norvexa Inc. announced a deal. \"Our aim is clear,\" said Dr. Lin Zhao, Founder, "
            "Director and Honorary Chairman of Quintara Pharma Inc.\n\nBENGALURU, December 5, 2022 -- Tamsin Biologics Ltd. "
            "today announced that Ana Ruiz has been elevated to Managing Director and Chief Executive Officer.")
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert ("Lin Zhao", "quintara pharma", "Honorary Chairman") in roles
    assert ("Ana Ruiz", "tamsin biologics", "Chief Executive Officer") in roles


def test_an_incoming_officer_named_after_the_title():
    text = ("LONDON, 29 September 2025 -- Norvexa plc today announced a change. Norvexa's incoming Chief Executive "
            "Officer, Luke Mills, said: \"We are ready.\"")
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert roles == {("Luke Mills", "norvexa", "Chief Executive Officer")}


def test_a_shared_head_noun_keeps_a_title_whole():
    text = ("Norvexa Biologics Inc. today announced a deal. \"This is a natural next step,\" said Ana Ruiz, Norvexa's chief "
            "scientific and medical officer. Ben Cole, Chief Financial Officer and Chief Operating Officer of Norvexa, added.")
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert ("Ana Ruiz", "norvexa biologics", "chief scientific and medical officer") in roles
    assert not [r for r in roles if r[0] == "Ana Ruiz" and r[2] != "chief scientific and medical officer"]
    assert {r[2] for r in roles if r[0] == "Ben Cole"} == {"Chief Financial Officer", "Chief Operating Officer"}


def test_colleges_schools_and_hospitals_are_institutions_but_college_station_is_a_town():
    text = ("Norvexa Biologics Inc. today announced a deal. Dr Ana Ruiz, Dean of the National School of Tropical Medicine, "
            "Halden College of Medicine, said it was welcome. Ben Cole, Associate Professor of Dermatology at Marlow School "
            "of Medicine, added. Norvexa operates a plant in College Station, Texas.")
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert ("Ana Ruiz", "halden college of medicine", "Dean of the National School of Tropical Medicine") in roles
    assert ("Ben Cole", "marlow school of medicine", "Associate Professor of Dermatology") in roles
    ex = extract(parse_document(text, "case"))
    assert not [k for k in ex.entities if "college station" in k.lower() and not k.startswith("Place")]


def test_a_licence_to_an_unnamed_candidate_names_no_product():
    text = ("Tamsin Biologics Ltd. (\"TB\" or \"the Company\") today announced a manufacturing agreement with Quintara Pharma "
            "for QP-221. TB also licenses a recombinant protein vaccine candidate from Halden College of Medicine.")
    deals = [roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")]
    assert deals == [("halden college of medicine", "tamsin biologics", "None")]


def test_the_payer_of_a_licence_is_its_licensee():
    text = ("Norvexa Biologics Inc. today reported its results. In 2019, Norvexa entered into an exclusive worldwide license and "
            "collaboration agreement with Quintara Pharma, Inc. to develop and commercialize NVX-204, for which Quintara paid "
            "$350 million upfront. Kestrel Pharma and Tamsin Biologics signed a licence agreement for KP-118, and Kestrel "
            "will receive an upfront payment of $20 million.")
    deals = {roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")}
    assert ("norvexa biologics", "quintara pharma", "NVX-204") in deals
    assert ("kestrel pharma", "tamsin biologics", "KP-118") in deals
    assert len(deals) == 2


def test_titles_of_regions_units_clinicians_and_british_chief_executives():
    text = ("Norvexa Biologics Inc. today announced a result. \"It works,\" said Ana Ruiz, Group Chief Executive of Norvexa. "
            "\"It helps,\" said Ben Cole, President APAC of Norvexa. \"It lasts,\" said Lin Zhao, PhD, Clinical and Regulatory "
            "Affairs Manager at Norvexa. \"It matters,\" said Sara Holm, M.D., sarcoma medical oncologist at Marlow University "
            "Hospital. \"It counts,\" said Tom Berg, M.D., M.S.P.H., Executive Vice President, Head of Research and Development "
            "at Norvexa.")
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert ("Ana Ruiz", "norvexa biologics", "Group Chief Executive") in roles
    assert ("Ben Cole", "norvexa biologics", "President APAC") in roles
    assert ("Lin Zhao", "norvexa biologics", "Clinical and Regulatory Affairs Manager") in roles
    assert ("Sara Holm", "marlow university hospital", "sarcoma medical oncologist") in roles
    assert {r[2] for r in roles if r[0] == "Tom Berg"} == {"Executive Vice President", "Head of Research and Development"}


def test_a_successor_in_a_headline_and_the_predecessor_both_hold_the_title():
    text = ("Norvexa Announces Ana Ruiz Will Succeed Ben Cole as President and Chief Executive Officer\n\n"
            "Norvexa Biologics Inc. today announced the change.")
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {r for r in roles if r[2] == "Chief Executive Officer"} == {
        ("Ana Ruiz", "norvexa biologics", "Chief Executive Officer"), ("Ben Cole", "norvexa biologics", "Chief Executive Officer")}
    ex = extract(parse_document(text, "case"))
    assert not [k for k in ex.entities if k.startswith("Person|") and "Announces" in k]


def test_a_function_after_the_title_is_no_organisation_and_a_unit_of_the_company_is_in_the_title():
    text = ("Norvexa Biologics Inc. today announced changes. The other members of the executive team remain in their roles, "
            "including Ana Ruiz, President, Research & Development, and Ben Cole, Chief Financial Officer. \"It works,\" added "
            "Lin Zhao, head of the company's Biopharmaceuticals business unit. Tom Berg, Vice President, Licensing at Kestrel "
            "Pharma, agreed.")
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert ("Ana Ruiz", "norvexa biologics", "President, Research & Development") in roles
    assert ("Lin Zhao", "norvexa biologics", "head of the Biopharmaceuticals business unit") in roles
    assert ("Tom Berg", "kestrel pharma", "Vice President, Licensing") in roles
    assert not [r for r in roles if r[1] in ("research & development", "research", "licensing")]


def test_products_of_a_takeover_are_the_bought_companys_and_a_described_target_is_no_product():
    text = ("Norvexa to Acquire Kestrel Therapeutics\n\nBASEL, May 2, 2024 -- Norvexa AG today announced an agreement to "
            "acquire Kestrel Therapeutics Inc. for $2.9 billion. Norvexa will also gain KT-118, an investigational dual "
            "inhibitor of EZH2 and EZH1 in clinical development for solid tumours. Velmora® (kestramab) is a CD30-directed "
            "ADC used in lymphoma.")
    ex = extract(parse_document(text, "case"))
    devs = {roles_of(f, "product", "developer") for f in ex.facts if f.kind == "development"}
    assert ("KT-118", "kestrel therapeutics") in devs
    assert not [k for k in ex.entities if k.startswith("Product|") and "directed" in k]


def test_the_developer_of_a_product_and_what_it_markets():
    text = ("Quintara Pharma Inc. reported. In 2020 Norvexa bought Kestrel Bio, the developer of the anti-CD47 antibody "
            "kestrelimab, for about $4.9 billion. Tamsin Vaccines markets TAMVAX. In addition to TAMVAX, it markets "
            "CHOLVAC(R), an oral vaccine against cholera.")
    devs = {roles_of(f, "product", "developer") for f in facts(text, "development")}
    assert ("kestrelimab", "kestrel bio") in devs
    assert ("CHOLVAC", "tamsin vaccines") in devs


def test_a_site_that_holds_manufacturing_approvals_from_regulators_is_certified_by_each():
    text = ("Tamsin Biologics A/S today announced an expansion. \"Aarhus is one of our busiest sites, and it already holds the "
            "commercial manufacturing approvals that developers look for, from the FDA, the EMA and the PMDA,\" said Ana Ruiz, "
            "Chief Business Officer of Tamsin Biologics.")
    certs = {roles_of(f, "holder", "issuer") + (f.value("standard"),) for f in facts(text, "certification")}
    assert {c[1] for c in certs} == {"fda-us", "ema-eu", "pmda-jp"}
    assert all(c[0] == "tamsin biologics" and c[2] == "commercial manufacturing approval" for c in certs)


def test_a_brand_written_alone_and_with_a_formulation_suffix_is_two_products():
    text = ("Tamsin Pharma Inc. markets Velmora (kestradone) for ALS, which was approved by the U.S. Food and Drug "
            "Administration (FDA) in 2017, and Velmora ORS, an oral suspension of kestradone approved by the FDA in May 2022.")
    ex = extract(parse_document(text, "case"))
    assert {"Product|Velmora", "Product|Velmora ORS"} <= set(ex.entities)
    # (both approvals are read; the sentence's one date still goes to both)
    assert {roles_of(f, "product")[0] for f in ex.facts if f.kind == "approval"} == {"Velmora", "Velmora ORS"}


def test_makers_named_by_an_agreement_a_business_unit_or_help():
    text = ("HYDERABAD -- Tamsin Pharma Limited signed an agreement with the Kestrel Direct Investment Fund (KDIF) to "
            "manufacture up to 200 million doses of the Velmora vaccine. Norvexa Biologics' contract manufacturing business "
            "produces Quintara Pharma's anti-PD-1 antibody quintalimab at its Shanghai site. Marlow Pharma will help manufacture and "
            "supply HALVAX, the vaccine developed by Halden Bio. Halden Bio signed a letter of intent with Corvane Labs SA, under "
            "which Corvane Labs will manufacture HALVAX for Latin America.")
    services = {roles_of(f, "provider", "client") for f in facts(text, "service")}
    assert ("tamsin pharma", "kestrel direct investment fund") in services
    assert ("norvexa biologics", "quintara pharma") in services
    assert ("marlow pharma", "halden bio") in services
    assert ("corvane labs", "halden bio") in services


def test_appointment_of_a_person_with_the_title_held_now_and_a_title_held_since():
    text = ("MUMBAI, India – October 30, 2025 – The Board of Directors of Tamsin Pharma Limited approved the appointment of "
            "Ana Ruiz, currently the company's Global Chief Operating Officer, as Managing Director with effect from April 1, "
            "2026. Ben Cole, Managing Director since September 2016, has informed the Board that he will step down. Its Board "
            "is led by Lin Zhao, Chairman, and Sara Holm, Executive Vice-Chairperson.")
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Ana Ruiz", "tamsin pharma", "Global Chief Operating Officer"), ("Ana Ruiz", "tamsin pharma", "Managing Director"),
            ("Ben Cole", "tamsin pharma", "Managing Director"), ("Sara Holm", "tamsin pharma", "Executive Vice-Chairperson")} <= roles


def test_a_stake_held_by_a_partner_and_a_legal_name_with_small_words():
    text = ("INCHEON – April 20, 2022 – Norvexa Biologics today announced that it has completed the acquisition of the entire "
            "stake held by Kestrel Inc. (Nasdaq: KST) in Norvexa Bioepis Co., Ltd., the company the two set up. The plant is "
            "run by its subsidiary Brainvex Indústria Química e Farmacêutica S.A. (\"Brainvex\").")
    (deal,) = facts(text, "acquisition")
    assert roles_of(deal, "acquirer", "target") == ("norvexa biologics", "norvexa bioepis")
    ex = extract(parse_document(text, "case"))
    assert "Company|brainvex indústria química e farmacêutica" in ex.entities


def test_a_brand_name_given_to_an_inn():
    text = ("Tamsin Pharmaceuticals Ltd. today launched the oral antiviral kestravir under the brand name Kestraflu for the "
            "treatment of COVID-19 in India. Kestravir was originally developed by Norvexa Chemical Co., Ltd. of Japan, which "
            "sells it under the brand name Novira.")
    devs = {roles_of(f, "product", "developer") for f in facts(text, "development")}
    assert ("Kestraflu", "tamsin pharmaceuticals") in devs and ("Novira", "norvexa chemical") in devs


def test_discussions_with_regulators_are_no_decision():
    text = ("INCHEON – February 5, 2021 – Tamsin Biologics, Inc. today announced that the Ministry of Food and Drug Safety has "
            "granted conditional marketing authorisation to Velmora® (kestramab) for COVID-19. Tamsin said it is in discussions with regulators in "
            "several other countries, including the European Medicines Agency and the U.S. Food and Drug Administration, "
            "about emergency or conditional authorisation of Velmora.")
    assert {roles_of(f, "regulator")[0] for f in facts(text, "approval")} == {"mfds-kr"}


def product_keys(text):
    return {k.split("|", 1)[1] for k in extract(parse_document(text, "case")).entities if k.startswith("Product|")}


def test_a_product_described_in_apposition_is_a_product():
    text = ("Norvexa Biologics sells three products. Quelmira, the company's insulin glargine, is sold in Europe. "
            "Its portfolio also includes Tessavax, an inactivated enterovirus 71 (EV71) vaccine, Ombrivo, a high-concentration, "
            "citrate-free biosimilar to a leading antibody, and VERAGAM, its human anti-rabies immune globulin.")
    keys = product_keys(text)
    assert {"Quelmira", "Tessavax", "Ombrivo", "VERAGAM"} <= keys
    assert "EV71" not in keys  # (the short form of the virus's name)


def test_inns_of_further_stems_are_products():
    text = ("Norvexa Biologics will jointly develop two of its late-stage medicines, velotogrel and pirunaxaban, with "
            "Quintara Pharma.")
    assert {"velotogrel", "pirunaxaban"} <= product_keys(text)


def test_a_site_bought_with_its_size_told_after():
    text = ("TAMSIN, Norway, March 3, 2024 -- Tamsin Biologics today announced that it has become the owner of the biologics "
            "manufacturing facility in Harwick, Ohio (the \"Harwick Plant\") that it agreed to buy from Orland Pharma. "
            "The acquisition, for $120 million, took effect on March 1, 2024. The Harwick Plant, which dates back to 1961, has "
            "roughly 500,000 square feet of manufacturing space. It has 20,000 liters of drug substance manufacturing capacity. "
            "As part of the transaction, Orland Pharma entered into a contract manufacturing agreement with Tamsin Biologics, "
            "under which the Harwick Plant will continue to manufacture drug substance for Orland Pharma.")
    (deal,) = facts(text, "acquisition")
    assert roles_of(deal, "acquirer", "target") == ("tamsin biologics", "Harwick")
    assert deal.value("value") == "USD 120 million" and deal.value("status") == "completed"
    sites = facts(text, "facility")
    assert any(roles_of(f, "operator") == ("tamsin biologics",) and f.value("name") == "Harwick Plant"
               and f.value("area_m2") and f.value("capacity_l") == 20000 for f in sites)
    assert {roles_of(f, "provider", "client") for f in facts(text, "service")} == {("tamsin biologics", "orland pharma")}


def test_a_maker_performing_listed_steps_for_a_client_and_a_typo_of_its_name():
    text = ("DURBAN, South Africa, May 2, 2024 -- Kessler Pharma Holdings Limited (\"Kessler\") today announced an agreement "
            "with Orland Biologics NV for the manufacture of OB-301. Under the agreement, Kessler will perform the formulation, "
            "filling and secondary packaging of the vaccine at its sterile facility in Durban, and will supply the finished "
            "vials to Orland Biologics. \"We are proud to be chosen by a partner of Orlund Biologics' standing,\" said "
            "Jane Roe, Kessler Group Chief Executive.")
    deals = facts(text, "service")
    assert {roles_of(d, "provider", "client") for d in deals} == {("kessler pharma holdings", "orland biologics")}
    assert not facts(text, "collaboration")  # ("Orlund": the same company, misspelt; the partner is the client)
    assert ("Jane Roe", "Group Chief Executive", "kessler pharma holdings") in {
        (f.role("person").split("|", 1)[1], f.value("title"), roles_of(f, "organization")[0]) for f in facts(text, "role")}


def test_a_regional_authority_the_reference_table_lacks_certifies():
    text = ("SEOUL, South Korea, May 6, 2024 -- Kessler Pharma today announced that the injectables plant at its Gwangju campus "
            "has been awarded EU GMP certification. The certificate was granted after an inspection by the pharmaceutical "
            "licensing authority of the State of Bremen, Germany. EU GMP is regarded, together with the cGMP standard enforced "
            "by the U.S. Food and Drug Administration (FDA), as one of the most demanding benchmarks. In 2021 its Wuxi plant "
            "was granted a GMP certificate by the Jiangsu Provincial Medical Products Administration.")
    got = {(f.role("issuer").split("|", 1)[1], f.value("standard"), str(f.role("site")).split("|", 1)[-1]) for f in facts(text, "certification")}
    assert got == {("local-pharmaceutical-licensing-authority-of-the-state-of-bremen", "EU GMP", "Gwangju"),
                   ("local-jiangsu-provincial-medical-products-administration", "GMP", "Wuxi")}


def test_names_opening_in_lower_case_and_departments_that_are_no_people():
    text = ("In March 2025, Kessler Biologics signed a binding term sheet with mAbVera Biologics AG of Switzerland to develop, "
            "manufacture and market a new biological entity. \"This shows our quality,\" said Park Min-jun, Head of the "
            "Production Quality Division at Kessler Biologics.")
    (tie,) = facts(text, "collaboration")
    assert set(tie.role("party")) == {"Company|kessler biologics", "Company|mabvera biologics"}
    assert {f.role("person") for f in facts(text, "role")} == {"Person|Park Min-jun"}


def test_a_country_s_agency_named_in_full_is_that_country_s():
    text = ("Kessler Pharma said Indonesia's Food and Drug Authority (Badan Pengawas Obat dan Makanan, \"BPOM\") closed out "
            "its GMP inspection of the Xuhui plant. Jordan's Food and Drug Administration granted its Amman plant a GMP certificate.")
    assert {f.role("issuer") for f in facts(text, "certification")} == {"Regulator|bpom-id", "Regulator|jfda-jo"}


def test_succession_titles_with_a_region_after_a_dash():
    text = ("Kessler Pharma Announces Leadership Succession: Jane Roe to Become Managing Director; John Doe to Continue as "
            "Executive Chairman\n\nMark Poe appointed CEO - North America\n\nMUMBAI, June 13, 2025 -- Kessler Pharmaceutical "
            "Industries Limited (\"Kessler Pharma\") today announced the appointment of Jane Roe, currently CEO - India Business, "
            "as Managing Director of Kessler Pharma. John Doe, the founder of Kessler Pharma, who currently serves as Chairman "
            "and Managing Director, will continue to chair the Board. Ann Moe, President and CEO - North America, has decided "
            "to retire. She will be succeeded as CEO - North America by Mark Poe.")
    got = {(f.role("person").split("|", 1)[1], f.value("title")) for f in facts(text, "role")}
    assert {("Jane Roe", "Managing Director"), ("Jane Roe", "CEO - India Business"), ("John Doe", "Executive Chairman"),
            ("John Doe", "Chairman"), ("John Doe", "Managing Director"), ("Ann Moe", "CEO - North America"),
            ("Mark Poe", "CEO - North America")} <= got


def test_a_licensee_whose_short_name_is_a_town_and_the_deal_total_told_later():
    text = ("SHANGHAI, May 16, 2024 -- Kessler Pharmaceuticals Co., Ltd. (\"Kessler\") today announced an exclusive license "
            "agreement with Hercules CM NewCo, Inc. (\"Hercules\"), a newly formed company. Under the agreement, Hercules "
            "obtains the exclusive rights to develop and commercialise KP-7535 and KP-9531 worldwide, excluding Greater China. "
            "Kessler retains all rights in Greater China.\n\nFinancial terms\n\nHercules will pay Kessler US$110 million upfront. "
            "Kessler is also eligible to receive up to US$5.9 billion in milestone payments. Together, these payments bring the "
            "total potential value of the transaction to up to approximately US$6.035 billion. Hercules was set up by Bain "
            "Capital Life Sciences together with Atlas Venture and RTW Investments.")
    deals = facts(text, "licensing")
    assert {roles_of(d, "licensor", "licensee", "product") for d in deals} == {
        ("kessler pharmaceuticals", "hercules cm newco", "KP-7535"), ("kessler pharmaceuticals", "hercules cm newco", "KP-9531")}
    assert {d.value("value") for d in deals} == {"USD 6.035 billion"}
    assert not facts(text, "collaboration")


def test_a_maker_the_technology_was_transferred_to():
    text = ("MOSCOW, April 20, 2021 -- The Orlov Investment Fund (OIF) and Laboratorios Quilmes SACIF today announced that "
            "production of the Aurora V vaccine has started in Argentina. OIF facilitated the transfer of the manufacturing "
            "technology to Laboratorios Quilmes, which has produced a first batch of the vaccine at its plant in Pilar. "
            "Aurora V, developed by the Kessler Institute of Virology, was registered in 2020.")
    assert {roles_of(f, "provider", "client", "product") for f in facts(text, "service")} == {
        ("laboratorios quilmes", "orlov investment fund", "Aurora V")}
    assert {roles_of(f, "operator") for f in facts(text, "facility")} == {("laboratorios quilmes",)}
    assert developer_of(text, "Aurora V") == "kessler institute of virology"


def test_a_vaccine_named_after_its_maker_and_an_approval_as_a_condition():
    text = ("Kessler Bio to Make Orland-Halvor COVID-19 Vaccine in Cape Town\n\nCAPE TOWN, July 21, 2021 -- Kessler Bio "
            "today signed an agreement with Orland Pharma to manufacture the Orland-Halvor COVID-19 Vaccine. Once the vaccine "
            "has been approved in South Africa, Kessler Bio will supply 100 million doses. After a technology transfer, the "
            "company will manufacture the finished doses of the vaccine. Orland Pharma Inc. and Halvor Biotech AG developed it.")
    assert developer_of(text, "Orland-Halvor COVID-19 Vaccine") == "orland pharma"
    assert not facts(text, "approval")
    assert {roles_of(f, "provider", "client") for f in facts(text, "service")} == {("kessler bio", "orland pharma")}


def test_what_a_release_says_around_a_deal_and_a_certificate():
    text = ("Kessler Pharma to acquire European CDMO Orlena Group for EUR 120 million\n\nHYDERABAD, November 29, 2022 -- "
            "Kessler Pharma Limited today announced an agreement to acquire Orlena Group for EUR 120 million. Founded in 2004 as "
            "a spin-off from Halvor Biotech, Orlena is a contract development and manufacturing organisation (CDMO). In 2020, "
            "Poland's Chief Pharmaceutical Inspector issued an EU GMP certificate to Kessler Pharma. That inspection made its "
            "plant the first site in China to be certified under EU GMP. In Europe, the EMA has validated the marketing "
            "authorisation application for KP-101. Besides KP-101, its marketed products include KP-202, which is approved in "
            "China.")
    assert {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")} == {("kessler pharma", "orlena group")}
    assert not facts(text, "service")
    assert {f.role("issuer") for f in facts(text, "certification")} == {"Regulator|gif-pl"}
    assert {f.role("product") for f in facts(text, "approval")} <= {"Product|KP-202"}


def test_a_business_bought_from_a_company_is_named_as_the_text_names_it():
    text = ("LONDON, 17 June 2024 -- Kessler Pharma PLC (LSE: KPH) (\"Kessler\") today announced that it has signed an "
            "agreement with Orland Pharmaceuticals (\"Orland\") to acquire parts of Orland Pharmaceuticals' US finished dosage "
            "form (FDF) business for $185 million. Halvor Biologics Ltd. (HBL), a subsidiary of Halvor Ltd. (NSE: HALVOR), "
            "today announced that it has completed the acquisition of the global biosimilars business of its partner Quintara Inc.")
    got = {(f.role("acquirer").split("|", 1)[1], f.value("status")) for f in facts(text, "acquisition")}
    assert got == {("kessler pharma", "agreed"), ("halvor biologics", "completed")}
    ex = extract(parse_document(text, "case"))
    names = {n for f in ex.facts if f.kind == "acquisition" for n in ex.entities[f.role("target")]["names"]}
    assert names == {"Orland Pharmaceuticals' US finished dosage form (FDF) business",
                     "global biosimilars business of its partner Quintara Inc."}


def test_founders_in_about_sections_and_the_certificate_s_issuer_named_so():
    text = ("Kessler's Malaysian Plant Receives EU GMP Certificate After Inspection by Ireland's HPRA\n\nBENGALURU, India, August "
            "28, 2019 -- Kessler Ltd. today announced that it has been issued a Certificate of GMP Compliance for its insulin "
            "facility in Johor, Malaysia, by the Health Products Regulatory Authority (HPRA) of Ireland. The European Medicines "
            "Agency (EMA) coordinates inspections of sites outside the European Economic Area, but the certificate itself was "
            "issued by the HPRA. \"This is a milestone,\" said Dewi Sartika, President Director of Orland Farma. In April, the "
            "company signed a contract. Kessler is building a new plant in Penang, which is scheduled to start operations in 2027."
            "\n\nAbout Kessler\n\nFounded in 1978 by Kiran Rao and headquartered in Bengaluru, Kessler Ltd. is a biopharmaceutical company.")
    certs = facts(text, "certification")
    assert {(f.role("issuer"), f.value("standard")) for f in certs} == {("Regulator|hpra-ie", "EU GMP")}
    got = {(f.role("person").split("|", 1)[1], f.value("title"), roles_of(f, "organization")[0]) for f in facts(text, "role")}
    assert {("Kiran Rao", "Founder", "kessler"), ("Dewi Sartika", "President Director", "orland farma")} <= got
    assert not [f for f in facts(text, "facility") if "april" in str(f.role("operator")) or "Penang" in str(f.role("location"))]


def test_codes_with_a_lower_case_prefix_tablets_and_target_pairs():
    text = ("SEOUL, July 5, 2018 -- Kessler HealthCare today announced that South Korea's Ministry of Food and Drug Safety "
            "(MFDS) approved Q-TAB Tab. for erosive reflux disease. The WHO has prequalified nOPV7, made by Orland Biologics "
            "Limited. Kessler also licensed its MSLN4xCD3 bispecific KH-7022 to Halvor Pharma.")
    keys = product_keys(text)
    assert {"Q-TAB", "nOPV7", "KH-7022"} <= keys and "MSLN4xCD3" not in keys
    assert ("Product|Q-TAB", "Regulator|mfds-kr") in {(f.role("product"), f.role("regulator")) for f in facts(text, "approval")}


def test_short_forms_of_drugs_and_sites_of_a_company_ending_in_s():
    text = ("Kessler Inc. develops velusilimab (VEL) and torbalimab (TOR). Under the terms of the agreement, Orland Lifesciences "
            "Ltd. will acquire Kessler' two biologics manufacturing facilities in Emeryville and Berkeley for $125 million. "
            "In addition, Kessler has granted Orland Lifesciences an exclusive license to develop and commercialize VEL and "
            "TOR in India and Sri Lanka.")
    deals = facts(text, "licensing")
    assert {roles_of(d, "licensor", "licensee", "product") for d in deals} == {
        ("kessler", "orland lifesciences", "velusilimab"), ("kessler", "orland lifesciences", "torbalimab")}
    assert {roles_of(f, "target") for f in facts(text, "acquisition")} == {("Emeryville",), ("Berkeley",)}


def test_a_board_resolving_to_appoint_and_a_successor_named_with_an_apposition():
    text = ("TOKYO, February 6, 2023 -- Kessler Pharma Inc. (TSE: 4503, President and CEO: Kenji Sato, Ph.D., \"Kessler\") "
            "today announced that its Board of Directors has resolved to appoint Naoki Ueda, currently Representative "
            "Director and Chief Strategy Officer, as President and Chief Executive Officer. Adam Rowe, currently responsible "
            "for corporate strategy, will succeed Mr. Ueda as Chief Strategy Officer.")
    got = {(f.role("person").split("|", 1)[1], f.value("title")) for f in facts(text, "role")}
    assert {("Kenji Sato", "President"), ("Naoki Ueda", "Chief Executive Officer"), ("Naoki Ueda", "Representative Director"),
            ("Adam Rowe", "Chief Strategy Officer")} <= got


def test_hospitals_named_with_a_possessive_and_a_saint():
    text = ("Mara Quill, Division Head of Nephrology at St. Aldric's Health Care Hamilton, said the data were clear. "
            "Tobias Wren, Co-director of the Lakeside Children's Hospital Center for Vaccine Research, welcomed it.")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert got == {("Mara Quill", "st aldric's health care hamilton", "Division Head of Nephrology"),
                   ("Tobias Wren", "lakeside children's hospital", "Co-director of the Center for Vaccine Research")}


def test_sites_planned_on_site_visits_and_a_region_restating_its_towns():
    text = ("Orland Lifesciences completed its purchase of two biologics sites in Emeryville, California and Berkeley, "
            "California. Orland said it intends to grow the team at the California sites. Kessler Biologics opened its "
            "plant in Dublin, Ohio. Kessler Biologics is also building a drug substance manufacturing facility in Holly Springs, North "
            "Carolina. The review also included on-site inspections in Beijing of Halvor Biologics. Halvor has said it "
            "may also set up modular sites in Senegal. Filling starts at Orland's industrial complex in Itapevi.")
    got = {roles_of(f, "operator", "location") for f in facts(text, "facility")}
    assert got == {("orland lifesciences", "Emeryville"), ("orland lifesciences", "Berkeley"),
                   ("kessler biologics", "Dublin"), ("orland lifesciences", "Itapevi")}


def test_officials_of_regulators_and_universities_hold_roles_there():
    text = ("Speaking in Mexico City, Rafael Ortiz, Federal Commissioner of COFEPRIS, said the review was complete. "
            "Dr. Lena Marsh, Chief Medical Adviser at Health Canada, agreed. In a statement, Dr Ada Quill, the MHRA’s "
            "Chief Executive, said the product was safe. Omer Tasci, Rector of Kessler University, welcomed it.")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Rafael Ortiz", "cofepris-mx", "Federal Commissioner"), ("Lena Marsh", "hc-ca", "Chief Medical Adviser"),
            ("Ada Quill", "mhra-gb", "Chief Executive"), ("Omer Tasci", "kessler university", "Rector")} <= got


def test_trials_named_after_the_word_genes_and_a_kingdom_are_no_products():
    text = ("RIYADH, Jan. 9, 2024 -- The Saudi Food and Drug Authority (SFDA) has granted Marketing Authorization to "
            "ZELVARA(TM) (kessagene autotemcel), a therapy of Kessler Therapeutics Inc. In the Kingdom, the therapy may "
            "now be used in people aged 12 and older. Cells are edited at the enhancer of the ZNF482 gene; dialing down "
            "ZNF482 raises fetal hemoglobin. The SFDA based its decision on the Phase 3 studies CLAMP-111 and CLAMP-121 "
            "and the follow-up study CLAMP-131.")
    keys = product_keys(text)
    assert "ZELVARA" in keys and not keys & {"Kingdom", "ZNF482", "CLAMP-111", "CLAMP-121", "CLAMP-131"}


def test_a_company_named_with_vaccine_and_an_application_without_a_decision():
    text = ("HSINCHU, July 19, 2021 -- Orland Vaccine Biologics Corp. said that the Taiwan Food and Drug Administration "
            "(TFDA) has granted emergency use authorization to its vaccine OVB-1901. Kessler Biomedical, Inc. has also "
            "applied to the TFDA for an EUA for its vaccine KB-612; no decision on that application has been announced.")
    got = {roles_of(f, "product", "regulator") for f in facts(text, "approval")}
    assert got == {("OVB-1901", "tfda-tw")}
    assert "Orland Vaccine Biologics" not in product_keys(text)


def test_a_brand_in_capitals_beside_a_country_is_no_town():
    text = ("ZELTOVAC, Türkiye's First Domestic Vaccine, Receives Emergency Use Authorization from TİTCK\n\n"
            "ANKARA, 22 December 2021 -- Kessler University announced today that ZELTOVAC, the inactivated vaccine "
            "developed in Türkiye, has been granted emergency use authorization by the Turkish Medicines and Medical "
            "Devices Agency (TİTCK). With ZELTOVAC, Türkiye now has a vaccine of its own.")
    assert ("ZELTOVAC", "titck-tr") in {roles_of(f, "product", "regulator") for f in facts(text, "approval")}
    assert not [f for f in facts(text, "facility") if "ZELTOVAC" in str(f.role("location"))]


def test_decisions_listed_in_clauses_about_the_product_just_named():
    text = ("Zelvax® has been authorized in a growing number of markets. The European Commission granted conditional "
            "marketing authorization on December 20, 2021; the World Health Organization granted Emergency Use Listing "
            "on December 17, 2021; and Australia's Therapeutic Goods Administration (TGA) granted provisional "
            "registration on January 20, 2022. Kessler Biologics has submitted data to the FDA for emergency use "
            "authorization; that review is ongoing and Zelvax is not yet authorized in the United States.")
    got = {roles_of(f, "product", "regulator") + (f.value("kind"), f.value("date")) for f in facts(text, "approval")}
    assert got == {("Zelvax", "ec-eu", "conditional marketing authorisation", "2021-12-20"),
                   ("Zelvax", "who", "emergency use listing", "2021-12-17"),
                   ("Zelvax", "tga-au", "provisional registration", "2022-01-20")}


def test_platforms_cells_isotopes_are_no_products_and_an_imaging_agent_is_one():
    text = ("Kessler Biomedica plc supplies lentiviral vectors from its own LentiMax® platform. Orland Cell Therapy, a "
            "developer of engineered regulatory T-cell (Treg) therapies, has developed QuellCAR, a platform for "
            "allogeneic cell therapies. The deal brings Neurazin (florbetazin F18 injection) to Kessler. Neurazin is a "
            "fluorine-18 PET imaging agent approved in many markets.")
    keys = product_keys(text)
    assert "Neurazin" in keys and not keys & {"LentiMax", "QuellCAR", "T-cell", "F18"}


def test_a_price_per_share_is_no_deal_value_and_a_company_named_as_a_modifier_is_no_subject():
    text = ("Kessler Pharma Inc. will acquire Orland Therapeutics for US$2.00 per ordinary share (US$10.00 per ADS) in "
            "cash, about US$1.0 billion in total. The Orland transaction is the latest in a series of cell therapy moves "
            "by Kessler Pharma. Earlier in 2023 the company completed its purchase of Halvor Therapeutics in a deal worth "
            "up to US$320 million.")
    got = {roles_of(f, "acquirer", "target") + (f.value("value"),) for f in facts(text, "acquisition")}
    assert got == {("kessler pharma", "orland therapeutics", "USD 1 billion"), ("kessler pharma", "halvor therapeutics", "USD 320 million")}


def test_a_short_name_defined_hereinafter_and_a_known_name_with_its_legal_form_in_a_heading():
    text = ("PUNE, India -- Serum Institute of India Pvt. Ltd. (hereinafter “SIIPL”) said today that SIIPL received WHO "
            "prequalification for MenTriva.\n\nAbout Serum Institute of India Pvt. Ltd.\n\nFounded in 1966 by Dr. Cyrus "
            "S. Poonawalla and headquartered in Pune, India, SIIPL makes vaccines for India and the world.\n")
    ex = extract(parse_document(text, "case"))
    assert "Company|india" not in ex.entities and "Company|serum institute of india" in ex.entities
    assert "SIIPL" in ex.entities["Company|serum institute of india"]["names"]
    assert {roles_of(f, "person", "organization") for f in ex.facts if f.kind == "role"} == {
        ("Cyrus S. Poonawalla", "serum institute of india")}


def test_a_labelled_code_with_and_without_brackets_is_one_product():
    text = ("Kessler's 177Lu-KRX5020 Injection Obtains Clearance from U.S. FDA\n\nCHENGDU, China -- Kessler Radiopharma Co., "
            "Ltd. today announced that the IND application for [177Lu]-KRX5020 Injection has been cleared by the U.S. FDA.")
    assert product_keys(text) == {"[177Lu]-KRX5020"}


def test_a_minister_quoted_is_no_officer_of_the_company():
    text = ("ANKARA -- Kessler University said its vaccine was authorised. \"It is a proud day,\" said Minister of "
            "Health Ali Demir. Omer Tasci, Rector of Kessler University, thanked the team.")
    got = {roles_of(f, "person", "organization") for f in facts(text, "role")}
    assert got == {("Omer Tasci", "kessler university")}


def test_the_reference_medicine_approved_is_not_the_biosimilar_and_two_grants_in_one_sentence():
    text = ("Halvor Biotech Co., Ltd. develops HB2506, a proposed biosimilar to Simponi® (golimumab). The reference "
            "medicine, marketed by Kessler Inc., is approved in the United States and Europe for rheumatoid arthritis, and "
            "HB2506 is being developed for the same indications. In March 2024, the company granted Carevia the "
            "commercialization rights to HB2506 in Latin America, and in May 2024 it granted Orland Pharma AG "
            "(\"Orland\") exclusive rights to commercialize the product in the European Union.")
    assert not [f for f in facts(text, "approval") if f.role("product") == "Product|HB2506"]
    got = {roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")}
    assert got == {("halvor biotech", "carevia", "HB2506"), ("halvor biotech", "orland pharma", "HB2506")}


def test_appointments_with_a_present_title_and_officers_named_with_a_title_only():
    text = ("BASEL, 21 July 2022 -- Kessler Holding AG announced that the directors have appointed Jonas Brehm, today Head "
            "of the Diagnostics Division, as Kessler's next CEO. Tomas Reuter, Senior Vice President and Chief Financial "
            "Officer, continues in his role. \"Biosimilars are central,\" said Mara Quinn, President and Co-Chief Executive "
            "Officer of Orland Pharmaceuticals. Halvor's founder and chairman, Robert Vass, called the decision a milestone. "
            "\"Customers come here,\" said Ada Weil, Head of the Emerging Technologies business unit at Kessler Holding.")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Jonas Brehm", "kessler holding", "CEO"), ("Jonas Brehm", "kessler holding", "Head of the Diagnostics Division"),
            ("Tomas Reuter", "kessler holding", "Chief Financial Officer"),
            ("Mara Quinn", "orland pharmaceuticals", "Co-Chief Executive Officer"),
            ("Ada Weil", "kessler holding", "Head of the Emerging Technologies business unit")} <= got
    assert not [g for g in got if g[0] == "Emerging Technologies"]


def test_a_site_bought_in_the_passive_and_an_adverb_is_no_company():
    text = ("MILFORD, Mass., July 11, 2024 -- Kessler Biopharma SE today said its new line in Milford, Massachusetts, is "
            "running. The Milford site was acquired from Orland Pharma in January 2019. Separately, the Laupheim plant "
            "passed an inspection.")
    assert {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")} == {("kessler biopharma", "Milford")}
    assert "Company|separately" not in extract(parse_document(text, "case")).entities


def test_licensees_listed_together_and_a_known_name_with_a_typeset_apostrophe():
    text = ("In April 2021, Kessler Pharma Inc. licensed zelvumab to Cipla, Dr. Reddy’s Laboratories, Orland Pharmaceuticals "
            "and Halvor Labs, four generic manufacturers based in India, for supply in India.")
    got = {roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")}
    assert got == {("kessler pharma", x, "zelvumab") for x in ("cipla", "dr reddy's", "orland pharmaceuticals", "halvor labs")}


def test_numbered_units_are_sites_not_companies():
    # "Unit V", "Unit-2": a plant's name; "Unit-2 of X" is X's; "The plant is located at Y" places the unit named before
    text = ("Halvorsen Pharma Limited today said that the US FDA has completed an inspection of Unit-2 of Tamsin Lifesciences "
            "Limited, its wholly owned subsidiary in Mirzapur, with no observations. Halvorsen also received an inspection "
            "report for its Unit V facility. The plant is located at Rangapur Industrial Park in Kesri Mandal, Odisha, near "
            "Cuttack. Unit V makes oncology APIs.")
    ex = extract(parse_document(text, "case"))
    assert not [k for k in ex.entities if k.startswith("Company|unit")]
    got = {roles_of(f, "operator", "location") for f in ex.facts if f.kind == "facility"}
    assert ("tamsin lifesciences", "Mirzapur") in got
    assert ("halvorsen pharma", "Rangapur Industrial Park") in got
    assert not {loc for _, loc in got} & {"Odisha", "Cuttack"}


def test_a_town_in_a_sites_name_before_its_region():
    text = ("Halvorsen Pharma Ltd. today announced its results. Separately, the FDA closed an inspection at Halvorsen "
            "Pharma's Kesrigarh Unit-2 manufacturing facility in Madhya Pradesh with two observations.")
    got = {roles_of(f, "operator", "location") for f in facts(text, "facility")}
    assert got == {("halvorsen pharma", "Kesrigarh")}


def test_a_located_list_runs_on():
    text = ("Norvexa agreed to acquire three Kessler Biotech fill-finish sites, located in Vellano, Italy; Dayton, Ohio, "
            "USA; and Ghent, Belgium, for USD 2 billion.")
    got = {roles_of(f, "location")[0] for f in facts(text, "facility")}
    assert got == {"Vellano", "Dayton", "Ghent"}


def test_a_payload_alone_is_no_product_and_codes_after_a_short_name_join():
    text = ("Norvexa Pharma and Quintara Bio announced a global development and commercialization agreement for three of "
            "Norvexa's deruxtecan (DXd) ADC candidates: zalitumab deruxtecan (ZAL-DXd), orvatug deruxtecan (O-DXd) and "
            "pemitamab deruxtecan (P-DXd). Quintara will pay Norvexa an upfront payment of US$1.0 billion.\n"
            "Zalitumab deruxtecan (ZAL-DXd; QB-1022) is a HER3 directed DXd ADC.")
    ex = extract(parse_document(text, "case"))
    products = {k for k in ex.entities if k.startswith("Product|")}
    assert "Product|deruxtecan" not in products and "Product|QB-1022" not in products
    licensed = {roles_of(f, "licensor", "licensee", "product") for f in ex.facts if f.kind == "licensing"}
    assert {p for _, _, p in licensed} == {"zalitumab deruxtecan", "orvatug deruxtecan", "pemitamab deruxtecan"}
    assert {(a, b) for a, b, _ in licensed} == {("norvexa pharma", "quintara bio")}


def test_one_digit_codes_and_the_product_a_licensed_one_is_used_with():
    text = ("Norvexa Inc. today announced that it has granted Quintara Pharma exclusive worldwide rights to NVX-B4 for a "
            "subcutaneous formulation of ZENTRIVA® (zentrimab), with milestone payments of up to US$400 million. "
            "NVX-B4 has also been licensed to Tamsin Biologics and to Kessler Pharma for use with biosimilars.")
    got = {roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")}
    assert got == {("norvexa", "quintara pharma", "NVX-B4"), ("norvexa", "tamsin biologics", "NVX-B4"),
                   ("norvexa", "kessler pharma", "NVX-B4")}
    assert not [k for k in extract(parse_document("Its PD-L1-positive tumours", "case")).entities if k.startswith("Product|")]


def test_made_available_under_licence_and_a_holder_of_rights():
    text = ("Instituto Quintara announced approval of trials of QuintaVac®. The vector was developed at the Halvorsen "
            "Institute of Medicine and made available to Instituto Quintara under a license.")
    assert {roles_of(f, "licensor", "licensee") for f in facts(text, "licensing")} == {("halvorsen institute of medicine", "instituto quintara")}
    text = ("Norvexa Bio announced that ZORVAX® was approved. Norvexa Bio has a collaboration with Tamsin Pharma, which holds "
            "the rights to develop and commercialise the vaccine in mainland China.")
    assert {roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")} == {("norvexa bio", "tamsin pharma", "ZORVAX")}


def test_a_seller_behind_funds_and_purchasing_as_a_noun():
    text = ("Norvexa Group announced in December that it will acquire Tamsin Capsules, the Dayton-based provider of capsules, "
            "from funds affiliated with Kessler Capital for USD 2.5 billion.")
    assert {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")} == {("norvexa group", "tamsin capsules")}
    text = ("Norvexa Scientific completed its acquisition of Tamsin Research. Our team delivers innovative technologies, "
            "purchasing convenience and services through our brands, including Kessler Bio and Tamsin Research.")
    assert {roles_of(f, "target")[0] for f in facts(text, "acquisition")} == {"tamsin research"}


def test_no_service_within_a_group_nor_to_a_town():
    text = ("In July 2022, Norvexa Vaccines, the vaccine CDMO subsidiary of Norvexa Biologics, received a GMP certificate "
            "from the HPRA. Kessler operates sites in Bubendorf and in Vionnaz; besides Bubendorf and Vionnaz, the group "
            "manufactures in Dayton.")
    ex = extract(parse_document(text, "case"))
    assert not [f for f in ex.facts if f.kind == "service"]
    assert "Company|vionnaz" not in ex.entities


def test_a_brand_after_its_makers_possessive_and_the_org_after_an_appointed_title():
    text = ("Rival therapies include Norvexa's Zentriva and Novartis' Kymriah, while Halozyme Therapeutics' technology is used in "
            "products such as Roche's Phesgo. Tamsin Bio's lead candidate TMB-301, a biosimilar candidate to Eylea, is in Phase 3.")
    ex = extract(parse_document(text, "case"))
    assert {"Product|Kymriah", "Product|Phesgo"} <= set(ex.entities)
    devs = {roles_of(f, "product", "developer") for f in ex.facts if f.kind == "development"}
    assert ("Kymriah", "novartis") in devs and ("Phesgo", "roche") in devs
    assert not [d for p, d in devs if p == "Eylea"]
    text = ("TOKYO, June 29, 2023 - Norvexa Corporation today announced the appointment of Jane Doe as the new President and "
            "Chief Executive Officer (CEO) of Norvexa Tamsin Biologics (NTB), Norvexa's CDMO.")
    got = {roles_of(f, "person", "organization") for f in facts(text, "role")}
    assert got == {("Jane Doe", "norvexa tamsin biologics")}


def test_an_adjective_opening_a_companys_name_and_a_parent_in_apposition():
    text = ("Norvexa Inc. today announced that it has completed its acquisition of Global Tamsin Therapeutics, Inc. (GTT) for "
            "$68.50 per share. Global Tamsin Therapeutics is a biopharmaceutical company.")
    assert {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")} == {("norvexa", "global tamsin therapeutics")}
    text = ("Kessler Biotech, a subsidiary of Halvorsen Biotech Corporation that develops CAR-T therapies, announced today that "
            "it has executed a global collaboration and license agreement with Quintara Biotech, Inc. for KB-B38M, with an "
            "upfront payment of $350 million. Built on its strength in gene synthesis, Halvorsen Biotech provides research "
            "services and, through Kessler Biotech, cell therapy.")
    ex = extract(parse_document(text, "case"))
    assert {roles_of(f, "licensor", "licensee") for f in ex.facts if f.kind == "licensing"} == {("kessler biotech", "quintara biotech")}
    assert not [f for f in ex.facts if f.kind == "service"]


def test_a_warning_letter_list_of_sites_is_no_certification():
    text = ("Hyderabad, India, November 6, 2015: Tamsin Laboratories Ltd. (NSE: TAMSIN) today confirmed that it has received a "
            "Warning Letter from the US FDA for three of its sites:\n1. the API manufacturing facility at Kesrigarh, Andhra "
            "Pradesh;\n2. the API manufacturing facility at Rampur, Telangana; and\n3. the formulation facility at Duvvada.\n"
            "At the end of each inspection the US FDA issued a Form 483 listing its observations, and Tamsin submitted "
            "responses. Its shares are listed on the National Stock Exchange of India Ltd.")
    ex = extract(parse_document(text, "case"))
    assert not [f for f in ex.facts if f.kind == "certification"]
    assert {roles_of(f, "operator", "location") for f in ex.facts if f.kind == "facility"} == {
        ("tamsin laboratories", "Kesrigarh"), ("tamsin laboratories", "Rampur"), ("tamsin laboratories", "Duvvada")}
    assert "Company|india" not in ex.entities


def test_a_camel_case_name_alone_and_a_products_own_collaboration():
    text = ("Norvexa Behring today announced EU approval of ZENTRIGEN® (zentranacogene dezaparvovec). Norvexa Behring holds the exclusive global rights to "
            "commercialise zentranacogene dezaparvovec (also referred to as NVX222) under a licence agreement signed with "
            "kesQure in 2020. ZENTRIGEN was originally developed by kesQure as KQ-061.")
    ex = extract(parse_document(text, "case"))
    assert "Company|kesqure" in ex.entities and "Product|NVX222" not in ex.entities
    assert {roles_of(f, "licensor", "licensee", "product") for f in ex.facts if f.kind == "licensing"} == {
        ("kesqure", "norvexa behring", "ZENTRIGEN")}
    text = ("Halvorsen Pharma agreed to acquire Tamsin Pharma. Tamsin Pharma's portfolio includes ZELOXA® (zelotercept-aamt), "
            "approved in the United States. ZELOXA is developed and commercialized through a global collaboration with Kessler "
            "Bio.")
    got = {frozenset(str(p).split("|", 1)[1] for p in f.role("party")) for f in facts(text, "collaboration")}
    assert got == {frozenset({"tamsin pharma", "kessler bio"})}


def test_a_status_table_approves_the_product_the_text_is_about():
    text = ("Norvexa Behring today announced that the European Commission granted conditional marketing authorisation for "
            "ZENTRIGEN®.\n## Regulatory status\n\n| Authority | Status |\n|---|---|\n| U.S. Food and Drug Administration (FDA) | "
            "Approved on 22 November 2022 |\n| UK MHRA | Under review |\n")
    ex = extract(parse_document(text, "case.md", "markdown"))
    got = {roles_of(f, "product", "regulator") for f in ex.facts if f.kind == "approval"}
    assert got == {("ZENTRIGEN", "ec-eu"), ("ZENTRIGEN", "fda-us")}


def test_locations_in_a_profile_and_a_site_list_with_and_in():
    text = ("Tamsin Pharma AG has invested CHF 150 million at its two Swiss sites in Bubendorf and in Vionnaz, in the canton of "
            "Valais.\nAbout Norvexa Biologics\nNorvexa Biologics is a biologics contract development and manufacturing "
            "organization with locations in Billingham, United Kingdom; College Station, Texas; and Hillerød, Denmark.")
    got = {roles_of(f, "operator", "location") for f in facts(text, "facility")}
    assert {("norvexa biologics", "Billingham"), ("norvexa biologics", "College Station"), ("norvexa biologics", "Hillerød"),
            ("tamsin pharma", "Bubendorf"), ("tamsin pharma", "Vionnaz")} <= got
    assert not {loc for _, loc in got} & {"Valais", "Texas", "United Kingdom"}


def test_a_subsidiarys_certificate_and_a_record_of_inspections():
    text = ("In July 2022, Norvexa Vaccines, the vaccine CDMO subsidiary of Norvexa Biologics, received a GMP certificate from "
            "the HPRA for its QC laboratory in Dundalk. To date, Norvexa Biologics has passed numerous regulatory inspections "
            "by agencies including the U.S. Food and Drug Administration (FDA) and the European Medicines Agency (EMA).")
    assert {roles_of(f, "holder", "issuer") for f in facts(text, "certification")} == {("norvexa vaccines", "hpra-ie")}


def test_the_head_of_a_regulator_and_a_chairman_of_the_company_and_a_founding_chairman():
    text = ("In a statement, the head of the TGA, Adjunct Professor Jane Doe, said the agency had assessed the vaccine. "
            "Norvexa Institute of India Pvt. Ltd. announced approval. Dr. John Roe is the Chairman and Managing Director of the "
            "company. Tamsin Bio, Inc. is a biopharmaceutical company founded in 2002 by Chairman Kim Min-jun.")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Jane Doe", "tga-au", "head"), ("John Roe", "norvexa institute of india", "Chairman"),
            ("John Roe", "norvexa institute of india", "Managing Director"), ("Kim Min-jun", "tamsin bio", "Founder")} <= got


def test_officials_of_governments_are_no_company_officers():
    text = ("Norvexa Biologics and Tamsin Pharma signed the agreement in Hanoi. Jane Roe, President of Tamsin Pharma Asia, "
            "spoke in the presence of Vietnamese President Van Ba Nguyen and French President Pierre Lemaire. In his remarks, "
            "President Van Ba Nguyen welcomed the cooperation. North Carolina Governor John Hale attended, as did Marc "
            "Dupont, Mayor of Toulouse. Norvexa Japan President Ken Sato said the company would invest. \"We are proud,\" said "
            "Tamsin Pharma's U.S. President Ann Lee.")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Van Ba Nguyen", "government of vietnam", "President"), ("Pierre Lemaire", "government of france", "President"),
            ("John Hale", "government of north carolina", "Governor"), ("Marc Dupont", "city of toulouse", "Mayor"),
            ("Jane Roe", "tamsin pharma asia", "President")} <= got
    # (a company's officer for a country stays the company's; a head of state is no officer of the companies there)
    assert not [o for p, o, _ in got if p in ("Ken Sato", "Ann Lee") and o.startswith("government")]
    assert not [o for p, o, _ in got if p in ("Van Ba Nguyen", "Pierre Lemaire") and not o.startswith("government")]
    kinds = {f.role("organization").split("|")[0] for f in facts(text, "role") if f.role("person") == "Person|John Hale"}
    assert kinds == {"Government"}


def test_licences_taken_granted_past_a_clause_and_given_as_a_right():
    texts = ["Kestrel Medicines develops antibody-drug conjugates. In May 2022 the company granted Tamsin Therapeutics, which has "
             "since become part of Orland Pharma, rights to KM-302 in the United States.",
             "Kestrel Medicines develops antibody-drug conjugates. In May 2023 Moravia Biotherapeutics took an exclusive global "
             "licence to KM-305, in a deal worth up to USD 600 million.",
             "Quintara Bio makes ZELOXA, a chikungunya vaccine. In 2021 Quintara Bio and Instituto Halvorsen signed an agreement for "
             "the transfer of technology of the vaccine, giving Instituto Halvorsen the right to develop, manufacture and "
             "commercialise it in Latin America."]
    got = [{roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")} for text in texts]
    assert got == [{("kestrel medicines", "tamsin therapeutics", "KM-302")},
                   {("kestrel medicines", "moravia biotherapeutics", "KM-305")},
                   {("quintara bio", "instituto halvorsen", "ZELOXA")}]


def test_it_as_the_subject_of_a_purchase():
    text = ("Norvexa Pharma Solutions is a CDMO. It acquired Torvale, a Toronto-based manufacturer of APIs, in 2005. "
            "It is expected to grow.")
    assert {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")} == {("norvexa pharma solutions", "torvale")}


def test_a_public_offer_to_the_shareholders_is_an_agreed_takeover_and_a_price_no_product():
    text = ("TOKYO, May 28, 2024 -- Halvorsen Kasei Corporation today announced a recommended public cash offer to the "
            "shareholders of Norvexa Therapeutics AB to acquire all shares in the Swedish company. Halvorsen Kasei offers "
            "SEK 208 in cash per share. Shareholders holding 10 per cent have undertaken to accept the offer at SEK 208 per share.")
    (deal,) = facts(text, "acquisition")
    assert roles_of(deal, "acquirer", "target") == ("halvorsen kasei", "norvexa therapeutics")
    assert deal.value("status") == "agreed"
    assert not facts(text, "development")


def test_a_current_role_told_with_he_and_former_ones_not():
    text = ("Tamsin Pharma today announced that it has appointed Jonas Richter as President and CEO. Mr. Richter, 54, brings "
            "25 years of experience. He currently serves as Chief Executive Officer of Kestrel Therapeutics, a gene therapy "
            "company, and of Orland Therapeutics, which develops heart drugs. From 2014 to 2019 he was Chief Executive Officer "
            "of Quintara Generics.")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Jonas Richter", "kestrel therapeutics", "Chief Executive Officer"),
            ("Jonas Richter", "orland therapeutics", "Chief Executive Officer")} <= got
    assert not [o for _, o, _ in got if o == "quintara generics"]


def test_every_reference_product_of_a_biosimilar_and_a_technology_is_no_product():
    text = ("Norvexa Biologics and Tamsin Pharma entered into a license and supply agreement for NVX-03, Norvexa Biologics' proposed biosimilar "
            "to Prolexa (denosumab) and Zegiva (denosumab). Prolexa and Zegiva are marketed by Kestrel.")
    assert {roles_of(f, "product") for f in facts(text, "licensing")} == {("NVX-03",)}
    text = ("Orland Bio developed ZELOXA. In 2022 Orland Bio gave Quintara exclusive worldwide rights to Orland's sa-mRNA vaccine "
            "technology for influenza.")
    assert not [f for f in facts(text, "licensing") if f.role("product") == "Product|ZELOXA"]


def test_roles_told_with_a_surname_and_a_predecessor_who_has_been_in_office():
    text = ("Bagsværd, Denmark, 29 July 2025 -- The Board of Directors of Tamsin Nordisk A/S has appointed Marek Jan Olsen as "
            "President and Chief Executive Officer. He succeeds Lars Fruergaard Holm, who has been President and Chief Executive "
            "Officer since January 2017. Mr Olsen is currently Executive Vice President, International Operations. \"We are "
            "ready,\" said Aamir Qadir, Executive Vice President and Chief U.S. Commercial Officer, Tamsin Nordisk.")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert any(p == "Marek Jan Olsen" and t.startswith("Executive Vice President") for p, _, t in got)
    assert {("Lars Fruergaard Holm", "tamsin nordisk", "Chief Executive Officer"),
            ("Aamir Qadir", "tamsin nordisk", "Chief U.S. Commercial Officer")} <= got


def test_a_listed_companys_notice_fields_give_roles():
    text = ("February 4, 2021\n\nCompany name: Tamsin Pharmaceutical Co., Ltd.\nRepresentative: Kenji Arata, Representative "
            "Director, Chairman & CEO\nContact: Yumi Sato, Head of Corporate Communications Dept.\n\nNotice Regarding Change of "
            "CEO\n\nTOKYO, February 4, 2021 -- Tamsin Pharmaceutical Co., Ltd. announces a change of its CEO.\n\nName: Hiro Okada\n"
            "New position: Representative Director, President & CEO\nCurrent position: Representative Director, President & COO\n")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Kenji Arata", "tamsin pharmaceutical", "Chairman"), ("Hiro Okada", "tamsin pharmaceutical", "CEO"),
            ("Hiro Okada", "tamsin pharmaceutical", "COO"), ("Hiro Okada", "tamsin pharmaceutical", "Representative Director")} <= got
    assert not [p for p, _, _ in got if "Dept" in p or "Communications" in p]


def test_a_483_with_observations_a_reference_named_first_and_data_sent_to_an_agency():
    text = ("Norvexa Pharmaceutical said the FDA inspected its Chuannan site in May 2018. At the close of the inspection, the "
            "investigators issued a Form FDA 483 listing inspectional observations.")
    assert not facts(text, "certification")
    text = ("Quintara Pharmaceutical Receives NMPA Approval for Zentrava® (Bevacizumab Injection), the First Bevacizumab "
            "Biosimilar Approved in China\nQuintara developed the product on the biosimilar pathway, taking Kestrel's Avantix® "
            "(bevacizumab) as the reference product. Earlier, the NMPA approved HLX99, a rituximab biosimilar of Orland Biotech.")
    assert {roles_of(f, "product") for f in facts(text, "approval")} == {("Zentrava",), ("HLX99",)}
    text = ("Tamsin LifeScience has been granted conditional registration for ZELOXA by the Drug Control Authority (DCA) of "
            "Malaysia. As a condition of the registration, Tamsin LifeScience must continue to submit additional data on the "
            "quality of the vaccine to the NPRA.")
    assert {roles_of(f, "regulator") for f in facts(text, "approval")} == {("dca-my",)}


def test_sites_bought_and_the_takeover_before_them_each_with_its_price():
    text = ("To expand capacity, Tamsin Pharma acquired three former Kestrel manufacturing sites in Anagni, Italy; Bloomington, "
            "Indiana; and Brussels, Belgium, for USD 11 billion in December 2024, after Tamsin Holdings A/S, its controlling "
            "shareholder, completed the acquisition of Kestrel Inc. for USD 16.5 billion.")
    got = {roles_of(f, "acquirer", "target") + (f.value("value"),) for f in facts(text, "acquisition")}
    assert got == {("tamsin pharma", "Anagni", "USD 11 billion"), ("tamsin pharma", "Bloomington", "USD 11 billion"),
                   ("tamsin pharma", "Brussels", "USD 11 billion"), ("tamsin holdings", "kestrel", "USD 16.5 billion")}


def test_an_agreement_to_use_a_companys_capacity_for_a_partners_vaccine_is_a_service():
    text = ("Norvexa today announced that it has signed an initial agreement with Quintara SE to use its manufacturing capacity "
            "and expertise to support the production of the Quintara COVID-19 vaccine, ZELOXA (QT162b2). Norvexa AG is based in Basel.")
    (svc,) = facts(text, "service")
    assert roles_of(svc, "provider", "client", "product") == ("norvexa", "quintara", "ZELOXA")


def test_trials_named_in_a_list_and_clinical_scores_are_no_products():
    text = ("Kestrel Pharma developed KP-101. In the Phase III ORION-9, ORION-10 and ORION-11 studies, KP-101 lowered LDL-C. "
            "In the monotherapy studies, more patients reached EASI-75 or PASI 90 at week 16.")
    products = {f.role("product") for f in facts(text, "development")}
    assert products == {"Product|KP-101"}


def test_a_function_in_a_title_is_no_organisation_and_an_honorific_gives_way_to_a_title():
    text = ("\"This approval matters,\" said Brian Holt, Executive Vice President, Head of Specialty Care, Kestrel Pharma. "
            "\"This partnership is good,\" said Professor Irene Vale, Vice-Chancellor of the University of Orland.")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert got == {("Brian Holt", "kestrel pharma", "Executive Vice President"), ("Brian Holt", "kestrel pharma", "Head of Specialty Care"),
                   ("Irene Vale", "university of orland", "Vice-Chancellor")}


def test_officials_named_without_their_country_are_the_datelines_governments():
    text = ("MELBOURNE, Australia, 16 November 2020 – Kestrel Seqirus will build a new plant. Prime Minister John Carrow said "
            "the plant would protect the country. Health Minister Greg Hale said it was good news. \"It matters,\" said Chris "
            "Hopkins, Minister for COVID-19 Response. President Cyril Ramos described the decision as historic.")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("John Carrow", "government of australia", "Prime Minister"), ("Greg Hale", "government of australia", "Health Minister"),
            ("Chris Hopkins", "government of australia", "Minister for COVID-19 Response"),
            ("Cyril Ramos", "government of australia", "President")} <= got
    assert not [o for p, o, _ in got if p in ("John Carrow", "Greg Hale", "Chris Hopkins", "Cyril Ramos") and "government" not in o]


def test_name_particles_only_before_another_part_of_the_name():
    text = ("Kestrel Pharma today named Jan van de Wolde Chief Executive Officer. \"We are ready,\" said Jan van de Wolde, "
            "Chief Executive Officer of Kestrel Pharma. President Cyril Ramos described the decision as historic.")
    people = {f.role("person") for f in facts(text, "role")}
    assert "Person|Jan van de Wolde" in people and not [p for p in people if p.endswith(" de")]


def test_the_short_form_of_a_term_is_no_company():
    text = ("Kestrel Pharm Co., Ltd. said an FDA team spent five days at its oligo building in Ansan, conducting a pre-approval "
            "inspection (PAI). A PAI is a prerequisite before the agency approves a new drug. Orland Biologics Inc. (OBI) welcomed "
            "the news.")
    ex = extract(parse_document(text, "case"))
    orgs = {r for r in ex.entities if r.startswith("Company|")}
    assert "Company|pai" not in orgs and "Company|orland biologics" in orgs
    assert {roles_of(f, "holder") for f in ex.facts if f.kind == "certification"} <= {("kestrel pharm",)}


def test_what_is_granted_and_a_class_of_biosimilars_are_no_products():
    text = ("Kestrel Richter and Orland Pharma Receive US FDA Approval for Denosumab Biosimilars Zenoby® and Xtrava®\n"
            "The two products were developed by Kestrel Richter and join a growing group of denosumab biosimilars cleared by "
            "the FDA. The licence applies to Africa, except markets where Kestrel Richter has already granted rights to third "
            "parties. Funders would obtain rights to a share of its capacity.")
    assert {roles_of(f, "product") for f in facts(text, "approval")} == {("Zenoby",), ("Xtrava",)}
    assert not [f for f in facts(text, "development") if f.role("product") == "Product|rights"]


def test_an_elected_officer_and_a_board_member_named_with_the_companys_possessive():
    text = ("Kestrel Biomedical, Inc. today announced leadership changes. The board has elected Paul Jessop as President and "
            "Chief Executive Officer, effective May 20, 2024. \"We invested,\" said Christopher Kemper, a member of Kestrel "
            "Biomedical's board of directors.")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Paul Jessop", "kestrel biomedical", "Chief Executive Officer"),
            ("Christopher Kemper", "kestrel biomedical", "member of the Board of Directors")} <= got


def test_capacity_reserved_with_or_at_a_manufacturer_is_a_service():
    text = ("YONGIN, South Korea, October 20, 2020 – Kestrel Pharma announced today that it has signed an agreement with the "
            "Coalition for Epidemic Preparedness Innovations (CEPI) to reserve manufacturing capacity for COVID-19 vaccines. In "
            "August 2020, CEPI also reserved manufacturing capacity at Orland Bioscience Co., Ltd. in Korea.")
    got = {roles_of(f, "provider", "client") for f in facts(text, "service")}
    assert got == {("kestrel pharma", "cepi"), ("orland bioscience", "cepi")}


def test_a_capital_the_inside_a_sentence_is_part_of_the_name():
    text = ("ZURICH, March 2, 2021 -- Kestrel Pharma today completed its acquisition of The Orland Medicines Company for "
            "USD 2 billion. The Orland Medicines Company developed KP-771. The agreement was announced in January.")
    (deal,) = facts(text, "acquisition")
    ex = extract(parse_document(text, "case"))
    names = ex.entities[deal.role("target")]["names"]
    assert names.most_common(1)[0][0] == "The Orland Medicines Company"
    assert not [k for k in ex.entities if k.startswith("Company|") and "agreement" in k]


def test_listed_and_passive_acquisitions_and_a_bought_company_described_as_a_site():
    text = ("Kestrel Holdings acquired Orland Sciences, Tamsin Sciences and Vireo Therapeutics in 2019 for USD 3 billion. "
            "Halvex was acquired by Pellucid Pharma in 2020 for USD 1.1 billion. In 2017 Ardent Bio paid $950 million for "
            "Cobalt Pharmica, now its biologics site in Bloomington, Indiana. After the acquisition of Quill Bio, Lumen Pharma "
            "became a leader.")
    got = {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert got == {("kestrel holdings", "orland sciences"), ("kestrel holdings", "tamsin sciences"),
                   ("kestrel holdings", "vireo therapeutics"), ("pellucid pharma", "halvex"), ("ardent bio", "cobalt pharmica"),
                   ("lumen pharma", "quill bio")}


def test_roles_with_a_global_ceo_a_founder_chairman_a_possessive_title_and_a_unit_at_an_organisation():
    text = ("Kestrel Pharma Ltd. today announced a deal with Orland Sciences, Inc. \"We are proud,\" said Dr. Ravi Menon, Founder "
            "Chairman of Kestrel Pharma. Dr. Anil Menon, Managing Director and Global CEO of Kestrel Pharma, said the deal was good. "
            "Orland's Chairman and Chief Executive Officer, Daniel O'Brien, has described the programme. Jiwon Park, President of "
            "the Life Sciences Company at Kestrel Pharma, added that it helps. Professor Li Wei, Director of the Department of "
            "Endocrinology at Lakeside General Hospital and principal investigator of the trial, said the data were good. "
            "\"Good,\" said Dr. Sunil Rao, Chairman, Tamsin Group of Companies.")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Ravi Menon", "kestrel pharma", "Founder Chairman"), ("Anil Menon", "kestrel pharma", "Global CEO"),
            ("Daniel O'Brien", "orland sciences", "Chief Executive Officer"),
            ("Jiwon Park", "kestrel pharma", "President of the Life Sciences Company"),
            ("Li Wei", "lakeside general hospital", "Director of the Department of Endocrinology")} <= got
    assert not [r for r in got if r[1] in ("companies", "department of endocrinology", "life sciences company")]


def test_reference_medicines_listed_after_a_comma_and_a_class_of_biosimilars_are_not_approved():
    text = ("Kestrel Pharma secures US FDA approval for Zenvia® and Oryxa®, the first biosimilars of denosumab. The FDA approved "
            "them as interchangeable with their reference medicines, Orland's Tavexa® and Pyrolia®, across every indication. "
            "Like the reference product, Zenvia is a monoclonal antibody.")
    assert {roles_of(f, "product") for f in facts(text, "approval")} == {("Zenvia",), ("Oryxa",)}


def test_licensed_as_an_adjective_and_a_product_described_with_is_a():
    text = ("Kestrel Nordic A/S today announced it will acquire Orland Biosolutions Inc.'s travel vaccines. The deal covers two "
            "licensed oral vaccines, Typhex® and Cholvax®, together with ZIKV VLP, a vaccine candidate. ZIKV VLP is a "
            "single-dose candidate.")
    assert not facts(text, "licensing")
    ex = extract(parse_document(text, "case"))
    assert not [k for k in ex.entities if k.startswith("Company|zikv")]


def test_the_company_before_which_is_bought_and_a_merger_with_a_subsidiary_is_the_parents_deal():
    text = ("Through Pellucid Biologics, which Halvex had bought in 2019, that transaction also brought Ardent Labs two sites. "
            "Quill Therapeutics will then merge with a newly formed Lumen Pharma subsidiary.")
    got = {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert got == {("halvex", "pellucid biologics"), ("lumen pharma", "quill therapeutics")}


def test_a_licence_with_the_rights_kept_where_and_an_enzyme_inn():
    text = ("In 2016, Kestrel Pharma entered into a license agreement with Orland AG under which Orland received the rights to "
            "develop and commercialize zelofidase worldwide, excluding Japan and Taiwan, where Kestrel Pharma keeps all rights. "
            "Kestrel Pharma's partner is Quill Bio. Together with the cell therapy facility that Quill Bio now operates in "
            "Memphis, the deal will allow Kestrel Pharma to offer more.")
    (deal,) = facts(text, "licensing")
    assert roles_of(deal, "licensor", "licensee", "product") == ("kestrel pharma", "orland", "zelofidase")
    assert deal.value("territory") == "worldwide, excluding Japan and Taiwan"
    assert ("quill bio", "Memphis") in {roles_of(f, "operator", "location") for f in facts(text, "facility")}


def test_a_regulator_joined_to_its_decision_and_a_licence_given_by_a_regulator_are_approvals():
    text = ("Kestrel Bio announced WHO prequalification of Typhex®. The vaccine is already licensed in India by the Drugs "
            "Controller General of India (DCGI). Kestrel Bio also supplies several WHO-prequalified vaccines, including its "
            "encephalitis vaccine Jevax®. Cholvax® is the only FDA-licensed vaccine for cholera. Orvex® is licensed in Brazil "
            "by Orland Pharma.")
    got = {roles_of(f, "product", "regulator") for f in facts(text, "approval")}
    assert got == {("Typhex", "who"), ("Typhex", "dcgi-in"), ("Jevax", "who"), ("Cholvax", "fda-us")}
    assert not facts(text, "certification")


def test_bought_companies_named_before_which_past_an_apposition_as_the_company_and_with_a_short_form():
    text = ("Kestrel AG said it. The unit includes Orland Therapeutics, a developer of cell therapies, which Kestrel acquired in "
            "2019. Quill Pharma announced it. Quill Pharma has been part of Kestrel AG since Kestrel bought the company in 2017. "
            "In January 2018 Kestrel AG completed its USD 3.9 billion purchase of Advanced Tracer Applications (ATA), based in France.")
    got = {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert got == {("kestrel", "orland therapeutics"), ("kestrel", "quill pharma"), ("kestrel", "advanced tracer applications")}


def test_sites_listed_by_town_and_region_by_country_in_brackets_and_research_hubs():
    text = ("Kestrel Labs Inc. offers services across a network that includes sites in Karlskoga, Sweden, Milan, Italy, and "
            "Tallinn, Estonia; and testing laboratories in Durham, North Carolina, Longmont, Colorado, and Edinburgh, Scotland. "
            "Orland AG operates production sites in Zofingen and Evionnaz (Switzerland), Hameln and Minden (Germany), and "
            "Hal Far (Malta). Quill Pharma is a biopharmaceutical company. Its research and development hubs are located in "
            "Paris-Saclay, France; and Shanghai, China. Its main operations are in Boston.")
    got = {roles_of(f, "operator", "location") for f in facts(text, "facility")}
    assert got == {("kestrel labs", t) for t in ("Karlskoga", "Milan", "Tallinn", "Durham", "Longmont", "Edinburgh")} | {
        ("orland", t) for t in ("Zofingen", "Evionnaz", "Hameln", "Minden", "Hal Far")} | {
        ("quill pharma", "Paris-Saclay"), ("quill pharma", "Shanghai")}


def test_interim_former_and_departing_officers():
    text = ("Kestrel SE announced it. Mario Kessler, who has led Kestrel as interim CEO since January 3, 2024, will step down. "
            "Dr. Mario Kessler, Kestrel's long-serving former Chief Operating Officer, moved to the board. Werner Lund resigned "
            "as Chief Executive Officer of Kestrel in early January. He succeeds Aymeric Le Roux, who has led the Group as interim "
            "Chief Executive Officer since 2019.")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Mario Kessler", "kestrel", "interim CEO"), ("Mario Kessler", "kestrel", "Chief Operating Officer"),
            ("Werner Lund", "kestrel", "Chief Executive Officer"),
            ("Aymeric Le Roux", "kestrel", "interim Chief Executive Officer")} <= got


def test_a_name_closed_by_a_capital_and_a_subsidiary_that_buys_for_its_group():
    text = ("kestX Pharma, the International Arm of Orland Biopharm, Agrees to Buy Quill Therapeutics for About US$161 Million\n"
            "kestX Pharma Limited, founded in 2021, will buy Quill Therapeutics, Inc. \"Good,\" said Ben Hale, Chief Executive "
            "Officer of kestX. kestX was set up in 2021 to lead Orland Biopharm's research. The Quill purchase is expected to "
            "complement the pipeline Orland Biopharm already runs in China.")
    got = {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert got == {("kestx pharma", "quill therapeutics")}
    people = {roles_of(f, "person", "organization") for f in facts(text, "role")}
    assert people == {("Ben Hale", "kestx pharma")}


def test_a_product_sold_by_a_company_under_a_licence_agreement_it_signed():
    text = ("Orland Specialty S.A. owns Ryvex®. Ryvex will be marketed and distributed in the United States by Kestrel under the "
            "exclusive US licence agreement that Kestrel Pharmaceuticals PLC and Orland Specialty signed in February 2020.")
    (deal,) = facts(text, "licensing")
    assert roles_of(deal, "licensor", "licensee", "product") == ("orland specialty", "kestrel pharmaceuticals", "Ryvex")


def test_companies_named_past_a_relative_clause_or_where_they_are_based():
    text = ("Kestrel Medical plc operates through two businesses. Vespak, based in Norwich, Norfolk, designs and manufactures "
            "inhaler valves. Orsica, which Kestrel bought in 2014 for GBP 230 million, is a contract development and "
            "manufacturing organisation.")
    ex = extract(parse_document(text, "case"))
    assert {"Company|vespak", "Company|orsica"} <= set(ex.entities)
    assert {roles_of(f, "acquirer", "target") for f in ex.facts if f.kind == "acquisition"} == {("kestrel medical", "orsica")}


def test_together_with_joins_a_party_not_services():
    text = ("Kestrel Medical plc owns Vespak Ltd and Orsica Ltd. Through Vespak and Orsica it offers device development and "
            "manufacture together with API and finished-dose formulation. Orland Pharma, together with Quill Bio, will develop "
            "QB-101.")
    got = {frozenset(str(p).split("|", 1)[1] for p in f.role("party")) for f in facts(text, "collaboration")}
    assert got == {frozenset({"orland pharma", "quill bio"})}


def test_earlier_posts_of_a_person_named_by_a_pronoun_or_with_previously():
    text = ("Kestrel SE has appointed Christian Wolters as Chief Executive Officer. From 2017 to 2022 he served as Chief "
            "Executive Officer of Medix, a Dutch supplier of medical products. Jane Dale previously served as Chief Financial "
            "Officer of Orland Pharma Inc. Production began at Q HOUSE, the company's vaccine plant in Andong.")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Christian Wolters", "medix", "Chief Executive Officer"),
            ("Jane Dale", "orland pharma", "Chief Financial Officer")} <= got
    ex = extract(parse_document(text, "case"))
    assert "Company|q house" not in ex.entities


def test_a_list_of_officials_each_title_before_its_person():
    text = ("BRASILIA, Brazil, May 2, 2023 -- Kestrel Biológicos opened a plant. The ceremony was attended by the President of "
            "Brazil, Luiz Amaral da Silva, the Minister of Health, Nísia Prado, the Minister of Institutional Relations, "
            "Alexandre Pinto, the Minister of Mines and Energy, Alexandre Souza, and the Minister of Finance, Fernando Reis.")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert got == {("Luiz Amaral da Silva", "government of brazil", "President"),
                   ("Nísia Prado", "government of brazil", "Minister of Health"),
                   ("Alexandre Pinto", "government of brazil", "Minister of Institutional Relations"),
                   ("Alexandre Souza", "government of brazil", "Minister of Mines and Energy"),
                   ("Fernando Reis", "government of brazil", "Minister of Finance")}


def test_a_defined_companys_centre_and_a_headline_plan_and_a_drug_candidate_are_no_names():
    text = ("Kestrel Pharmaceutical Corporation (\"KPC\") announced a licence for KP1601, KPC's novel oral drug candidate for "
            "atopic dermatitis. \"Good,\" said Kyoung Lee, Executive Vice President of KPC's Drug Discovery Center.\n"
            "Orland Announces CEO Succession Plan")
    ex = extract(parse_document(text, "case"))
    assert "Product|candidate" not in ex.entities
    assert not [k for k in ex.entities if k.startswith("Person|Succession")]
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in ex.facts if f.kind == "role"}
    assert ("Kyoung Lee", "kestrel pharmaceutical", "Executive Vice President of the Drug Discovery Center") in got


def test_interim_and_board_chairs_a_lead_independent_director_and_a_post_nominal():
    text = ("Kestrel Medical Limited said it. \"Good,\" said Dr John Eady, Interim Chairman of Kestrel. \"Ireland has been home,\" "
            "said Giovanni Carlo, M.D., Board Chair and Chief Executive Officer of Kestrel Medical. The process was overseen "
            "by the Board's independent directors, led by Glenn F. Tolton, Lead Independent Director. \"A landmark,\" — Nazim "
            "Hassan MP, Managing Director, Kestrel Medical Limited")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("John Eady", "kestrel medical", "Interim Chairman"), ("Giovanni Carlo", "kestrel medical", "Board Chair"),
            ("Glenn F. Tolton", "kestrel medical", "Lead Independent Director"),
            ("Nazim Hassan", "kestrel medical", "Managing Director")} <= got


def test_a_quotes_own_footer_is_kept_and_the_pages_footer_dropped():
    from pharmagraph.ingest.html import html_to_text
    text = html_to_text("<html><body><main><blockquote><p>\"Good news.\"</p><footer>&mdash; Jane Doe, Managing Director, "
                        "Kestrel Pharmaceuticals Limited</footer></blockquote></main><footer>Site footer</footer></body></html>")
    assert "Jane Doe, Managing Director, Kestrel Pharmaceuticals Limited" in text and "Site footer" not in text


def test_accreditations_by_several_regulators_and_a_certificate_of_suitability():
    text = ("Kestrel Pharmaceuticals Limited said it. Its facilities have been accredited for Good Manufacturing Practice by "
            "Australia's Therapeutic Goods Administration (TGA), by Health Canada and by the Taiwan Food and Drug Administration "
            "(TFDA). Kestrel also holds a Certificate of Suitability (CEP) issued by the European Directorate for the Quality "
            "of Medicines & HealthCare (EDQM).")
    got = {roles_of(f, "holder", "issuer") + (f.value("standard"),) for f in facts(text, "certification")}
    assert got == {("kestrel pharmaceuticals", "tga-au", "GMP"), ("kestrel pharmaceuticals", "hc-ca", "GMP"),
                   ("kestrel pharmaceuticals", "tfda-tw", "GMP"), ("kestrel pharmaceuticals", "edqm-eu", "CEP")}


def test_deals_of_a_company_told_as_it_and_its_after_a_date():
    text = ("Kestrel Inc. completed its acquisition of Orland in May 2020 for about $63 billion. On February 12, 2024 it "
            "completed the purchase of Quill Therapeutics, developer of the ADC QX-101, for about $10.1 billion. Its "
            "agreement to acquire neuroscience company Lumen Therapeutics for about $8.7 billion has not yet closed.")
    got = {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert got == {("kestrel", "orland"), ("kestrel", "quill therapeutics"), ("kestrel", "lumen therapeutics")}


def test_two_buyers_acquiring_jointly_and_a_name_with_and_defined_by_its_first_words():
    text = ("Quill Medical Limited said that Kestrel Capital and Orland Grand Pharmaceutical and Healthcare Holdings Limited "
            "(\"OGP\") will jointly acquire 100% of the shares in Quill Medical. OGP is listed in Hong Kong.")
    got = {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert got == {("kestrel capital", "quill medical"), ("orland grand pharmaceutical and healthcare holdings", "quill medical")}


def test_a_name_with_and_defined_by_a_short_name_or_its_acronym_is_one_company_wherever_written():
    text = ("Kestrel Pharmaceuticals Limited today announced a licence with Orland Grand Pharmaceutical and Healthcare "
            "Holdings Limited (\"Orland Grand Pharma\" or \"OGP\"). Kestrel grants OGP exclusive rights to KP-101 in China.\n\n"
            "About Orland Grand Pharmaceutical and Healthcare Holdings Limited\n"
            "Orland Grand Pharmaceutical and Healthcare Holdings Limited is a pharmaceutical group listed in Hong Kong.")
    ex = extract(parse_document(text, "case"))
    companies = {k for k in ex.entities if k.startswith("Company|")}
    assert not {"Company|healthcare holdings", "Company|orland grand pharmaceutical", "Company|ogp"} & companies
    (deal,) = [f for f in ex.facts if f.kind == "licensing"]
    assert roles_of(deal, "licensor", "licensee") == ("kestrel pharmaceuticals", "orland grand pharmaceutical and healthcare holdings")


def test_the_same_text_gives_the_same_facts_whatever_the_hash_seed():
    import os
    import subprocess
    import sys
    code = ("from pharmagraph.extract import extract\nfrom pharmagraph.ingest import parse_document\n"
            "t = ('Kestrel Pharmaceuticals Limited today announced a licence with Orland Grand Pharmaceutical and Healthcare '\n"
            "     'Holdings Limited (\"Orland Grand Pharma\" or \"OGP\"). Kestrel grants OGP exclusive rights to KP-101 in China. '\n"
            "     'OGP will pay Kestrel USD 25 million.')\n"
            "print(sorted(repr((f.kind, f.roles, f.values)) for f in extract(parse_document(t, 'case')).facts))\n")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3", "4")}
    assert len(outs) == 1 and "kp-101" in next(iter(outs)).lower()


def test_products_listed_under_a_licence_one_a_line_with_more_sentences_each():
    text = ("Kestrel Pharmaceuticals Limited (\"Kestrel\") today announced a licence with Orland Bio.\n"
            "Kestrel grants Orland Bio exclusive rights to develop and commercialise its therapies in the Territory:\n"
            "- KP-591 (lutetium-177 labelled rosopatamab), an antibody therapy for prostate cancer. It has completed Phase II.\n"
            "- KP-250, which targets CAIX in renal cell carcinoma and is in Phase II development.\n"
            "Orland Bio will pay Kestrel an upfront payment of US$25 million.\n")
    got = {roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")}
    assert got == {("kestrel pharmaceuticals", "orland bio", "KP-591"), ("kestrel pharmaceuticals", "orland bio", "KP-250")}


def test_a_portfolio_not_yet_approved_and_a_filing_under_review_are_no_approvals():
    text = ("Kestrel Pharmaceuticals' new drug application for KP-101, filed with the US Food and Drug Administration (FDA) "
            "in September 2020, remains under review; no product in the licensed portfolio is yet approved in China.")
    assert not facts(text, "approval")


def test_a_minority_share_bought_is_an_investment_and_a_consortium_buys_together():
    text = ("Orland Pharma to buy approximately 9% of Kestrel Bio for $40 million. "
            "Quill Health, Inc. announced today that it will be taken private by a consortium made up of affiliates of three "
            "investment firms: Harbor Investment Management L.P. (\"Harbor\"), Lumen Square Capital (\"Lumen Square\") and "
            "Veritor Capital (\"Veritor\"). The transaction is valued at approximately $7.1 billion. Jim Doe, Managing Partner "
            "of Lumen Square, said the consortium looks forward to working alongside Harbor and Veritor.")
    got = {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert got == {("harbor investment management", "quill health"), ("lumen square capital", "quill health"),
                   ("veritor capital", "quill health")}
    assert not facts(text, "collaboration")
    assert ("Jim Doe", "lumen square capital", "Managing Partner") in {
        roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}


def test_succession_told_with_surnames_step_down_board_seats_and_post_nominals():
    text = ("CSX Names Chief Operating Officer Dr Paul Marsh as Next Chief Executive Officer\n\n"
            "MELBOURNE, Australia -- The Board of CSX Limited (\"CSX\") today announced the appointment of Dr Paul Marsh as "
            "Chief Executive Officer. Dr Marsh will succeed Paul Perrin. Mr Perrin will step down as Chief Executive Officer and "
            "Managing Director on 6 March 2023. Dr Marsh joins the CSX Board as an Executive Director immediately. "
            "\"We are delighted,\" said Dr Brian Cullen AO, Chairman of CSX.")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Paul Perrin", "csx", "Chief Executive Officer"), ("Paul Perrin", "csx", "Managing Director"),
            ("Paul Marsh", "csx", "Executive Director"), ("Brian Cullen", "csx", "Chairman")} <= got
    assert not [r for r in got if r[1] != "csx"]  # (no "CSX Names" company from the headline)


def test_a_japanese_succession_nominated_to_succeed_and_said_with_a_surname():
    text = ("Leadership change; current President Taro Sato to become Senior Advisor\n\n"
            "TOKYO, Japan -- Kestrel Kayaku Co., Ltd. announced today that its Board of Directors has nominated Jiro Kawa, "
            "currently Director and Managing Executive Officer, to succeed Taro Sato as President. At the same time, Ken "
            "Shima, Director and Managing Executive Officer responsible for the Life Science business, will be promoted to "
            "Senior Managing Executive Officer. \"We are ready,\" said Mr. Sato, President and Representative Director.")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Jiro Kawa", "kestrel kayaku", "President"), ("Jiro Kawa", "kestrel kayaku", "Managing Executive Officer"),
            ("Ken Shima", "kestrel kayaku", "Senior Managing Executive Officer"),
            ("Taro Sato", "kestrel kayaku", "Representative Director")} <= got
    assert not [r for r in got if r[1] != "kestrel kayaku"]  # (a company's President, not Japan's head of state)


def test_a_brand_with_its_formulation_word_and_the_company_written_after_it():
    text = ("In the control arm, patients received Quillostatin LAR (octreotide) from Orland Pharma or Lumatuline Depot "
            "(lanreotide) from Harbor Pharma.")
    got = {roles_of(f, "product", "developer") for f in facts(text, "development")}
    assert {("Quillostatin LAR", "orland pharma"), ("Lumatuline Depot", "harbor pharma")} <= got


def test_a_site_table_gives_the_sites_of_the_company_its_heading_names():
    text = ("Kestrel Pharma Solutions (\"Kestrel\"), a CDMO, announced today a new licence.\n\n"
            "## Kestrel's network\n\n| Site | Country | Role |\n|---|---|---|\n"
            "| Dudley | United Kingdom | Headquarters; API manufacturing |\n| Ringaskiddy | Ireland | API campus |\n")
    doc = parse_document(text, "case", "markdown")
    got = {roles_of(f, "operator", "location") for f in extract(doc).facts if f.kind == "facility"}
    assert {("kestrel pharma solutions", "Dudley"), ("kestrel pharma solutions", "Ringaskiddy")} <= got


def test_a_regional_governor_is_an_officer_of_its_region_and_a_uk_clinical_licence_a_certificate():
    text = ("BURAIDAH, Saudi Arabia -- Kestrel Pharma today opened a factory in Qassim. Prince Faisal bin Saud, Governor of "
            "Qassim Region, inaugurated the factory. Separately, the MHRA has granted Kestrel Pharma a Manufacturer's "
            "Authorisation for Investigational Medicinal Products, or MIA(IMP), for its facility in Deeside.")
    ex = extract(parse_document(text, "case"))
    assert "Company|qassim region" not in ex.entities
    certs = {roles_of(f, "holder", "issuer") for f in ex.facts if f.kind == "certification"}
    assert certs == {("kestrel pharma", "mhra-gb")}


def test_an_inn_with_its_ester_or_salt_and_a_medicine_given_with_the_product():
    text = ("Kestrel Pharmaceuticals markets allisartan isoproxil in China. The FDA has approved KESTRA (motixafortide), used "
            "together with filgrastim, for stem cell mobilization; Kestrel Pharmaceuticals will launch it in 2024.")
    ex = extract(parse_document(text, "case"))
    assert "Product|allisartan isoproxil" in ex.entities
    assert {str(f.role("product")) for f in ex.facts if f.kind == "approval"} == {"Product|KESTRA"}
    assert "Product|filgrastim" not in {str(f.role("product")) for f in ex.facts if f.kind == "development"}


def test_a_contract_for_the_production_of_an_antigen_is_a_service():
    text = ("Kestrel S.A. (WSE: KES), a Polish biotechnology company, today signed an agreement with Orland, Inc. (Nasdaq: "
            "ORL) for the commercial-scale production of the protein antigen used in OR-2373, Orland's COVID-19 vaccine.")
    got = {roles_of(f, "provider", "client") for f in facts(text, "service")}
    assert got == {("kestrel", "orland")}


def test_a_sale_to_a_buyer_with_central_european_legal_forms_and_a_seller_that_is_no_buyer():
    text = ("Harbor NV sold Quilta d.o.o. to Kestrel S.A. for EUR 31.2 million. Orland Group said today that the sale of "
            "Lumen d.o.o. to Kestrel has been completed. The group bought a manufacturing facility in Swords, Ireland, from "
            "Vantor Pharma in 2017 and acquired US-based Ampex Fine Chemicals in 2018.")
    got = {roles_of(f, "acquirer", "target") + (f.value("date"),) for f in facts(text, "acquisition")}
    assert ("kestrel", "quilta", None) in {g[:2] + (None,) for g in got} and ("kestrel", "lumen") in {g[:2] for g in got}
    assert ("orland group", "ampex fine chemicals", "2018") in got
    assert not [g for g in got if g[0] == "vantor pharma"]


def test_a_dateline_with_a_towns_own_letters_opens_the_body_after_a_contact_menu():
    from pharmagraph.extract.sentences import split_sentences
    text = ("Careers\nInvestors\nContact\nLočna, Novo mesto, 4 November 2015 – Kestrel, d. d., Novo mesto officially opened "
            "Notol 2, a new plant for solid dosage forms, at its main site today.\n")
    assert split_sentences(text)[-1].section == "body"


def test_general_directors_heads_of_an_agency_and_roles_kept_or_also_held():
    text = ("\"Good,\" said Masashi Kaura, General Director of Kestrel Pharma. The decision was announced by Penny K. Lutto, "
            "Head of BPOM, at a press conference. Kestrel Pharma appointed a CEO; Mr Kevin Wake will be supported by Andy "
            "Hallam, who continues as Deputy Chief Executive Officer and Financial Director. \"Good,\" said Brian Jopp, "
            "Chairman of Kestrel Pharma. Mr Jopp, who is also Chief Executive of the Orland Group, became chairman in 2014.")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Masashi Kaura", "kestrel pharma", "General Director"), ("Penny K. Lutto", "bpom-id", "Head"),
            ("Andy Hallam", "kestrel pharma", "Financial Director"), ("Brian Jopp", "orland group", "Chief Executive")} <= got


def test_a_town_before_an_apposition_is_no_product_and_developed_by_past_an_apposition():
    text = ("Batavo Biosciences, based in Leiden, the Netherlands, helps partners move vaccines to the clinic. "
            "BPOM Grants Emergency Use Authorization to KESTVAC, the COVID-19 Vaccine Developed by Universitas Orlanda "
            "and Produced by Kestrel\n\nJAKARTA -- PT Kestrel Pharmaceuticals Indonesia (\"Kestrel\") and Universitas Orlanda "
            "(Unor) announced today that BPOM has issued an Emergency Use Authorization for KESTVAC, an inactivated COVID-19 "
            "vaccine.")
    ex = extract(parse_document(text, "case"))
    assert "Product|Leiden" not in ex.entities
    assert ("KESTVAC", "universitas orlanda") in {roles_of(f, "product", "developer") for f in ex.facts if f.kind == "development"}


def test_a_licence_read_both_ways_keeps_the_way_a_sentence_says():
    text = ("SAN DIEGO -- Orland Biosciences, Inc. and Kestrel Group Corporation (\"Kestrel\") today announced a strategic "
            "collaboration and licensing agreement covering KG-878, with payments of up to $2.7 billion. Under the agreement, "
            "Kestrel grants Orland Biosciences exclusive worldwide rights to develop and commercialise KG-878.")
    got = {roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")}
    assert got == {("kestrel group", "orland biosciences", "KG-878")}


def test_rights_returned_a_group_company_and_a_profiles_products_are_no_deals():
    text = ("Kestrel Dream announced the purchase of Orland Toyama's radiopharmaceutical business for JPY 22.1 billion. The "
            "price was lowered after the parties, together with Advanced Quill Applications International S.A. (AQA), a "
            "Vantor company, agreed that the Japanese marketing rights to Lumathera, AQA's lutetium-177 radioligand therapy, "
            "would be returned to AQA.\n\nAbout Harbor Biosciences\nHarbor Biosciences is a neuroscience company. Its approved "
            "medicines include OSTENTYS (opicapone), which it markets in the United States under a licence from BIALO; and "
            "ORILIXA (elagolix) for endometriosis pain, developed in collaboration with AbbVie.")
    ex = extract(parse_document(text, "case"))
    assert not [f for f in ex.facts if f.kind in ("licensing", "collaboration") and "vantor" in repr(f.roles).lower()]
    assert not [f for f in ex.facts if f.kind == "licensing"]
    assert "Product|Lumathera" in ex.entities


def test_a_biosimilar_suffix_on_an_ordinary_word_is_no_inn():
    text = "Kestrel Dream has been extending the technology to peptide-drug conjugates (PDCs)."
    assert "Product|peptide-drug" not in extract(parse_document(text, "case")).entities


def test_a_class_of_drugs_in_the_plural_is_no_product_and_a_big_companys_code_is_its_own():
    text = ("CAMBRIDGE -- Orland Pharma and Kestrel have signed an exclusive licence agreement for KG5004, an oral "
            "glucagon-like peptide 1 receptor agonist (GLP-1RA) that Kestrel is developing. GLP-1RAs lower blood glucose. "
            "\"Building on data generated by Kestrel, it complements our pipeline, including AZD6234,\" said Jane Doe of "
            "AstraZeneca. Eve Roe is the company's co-founder and President, Research & Development.")
    ex = extract(parse_document(text, "case"))
    assert "Product|GLP-1RA" not in ex.entities
    assert ("AZD6234", "astrazeneca") in {roles_of(f, "product", "developer") for f in ex.facts if f.kind == "development"}
    assert ("Eve Roe", "President") in {(roles_of(f, "person")[0], f.value("title")) for f in ex.facts if f.kind == "role"}


def test_towns_listed_after_their_country_and_near_a_city_and_a_centre_of_an_agency():
    text = ("Quillan Pharma Limited said it. The company operates manufacturing facilities in India, at Gagillapur, Bonthapally "
            "and Jeedimetla near Hyderabad. Quillan Pharma's manufacturing bases are located in Linhai, Zhejiang Province. "
            "QP-101 was previously granted Breakthrough Therapy Designation by both the Center for Drug Evaluation (CDE) of "
            "the NMPA and the U.S. Food and Drug Administration (FDA).")
    ex = extract(parse_document(text, "case"))
    sites = {roles_of(f, "location")[0] for f in ex.facts if f.kind == "facility"}
    assert {"Gagillapur", "Bonthapally", "Jeedimetla", "Linhai"} <= sites and "Hyderabad" not in sites
    assert {roles_of(f, "regulator")[0] for f in ex.facts if f.kind == "approval"} == {"nmpa-cn", "fda-us"}


def test_manufacturing_partners_listed_each_make_the_product_for_its_developer():
    text = ("Kestrel N.V. announced data for KV-201, its vaccine candidate. Manufacturing partners already contracted for "
            "KV-201 include Wackel and Orland Biopharma, both of which produce mRNA drug substance, and Farevo, which provides "
            "fill and finish services.")
    got = {roles_of(f, "provider", "client") for f in facts(text, "service")}
    assert got == {("wackel", "kestrel"), ("orland biopharma", "kestrel"), ("farevo", "kestrel")}
    assert not facts(text, "collaboration")


def test_a_list_led_by_a_sentence_ending_in_a_colon_and_items_with_codes_in_brackets():
    text = ("# Kestrel and Orland sign licence\n\nNEWTON, Mass. -- Kestrel Therapeutics Inc. and Orland Corporation today announced "
            "an exclusive licence agreement.\n\n## Terms\n\nUnder the agreement, Orland receives exclusive rights to develop and "
            "commercialise:\n\n- **kestinexor (KPT-330)** and **orltinexor (KPT-8602)**, for oncology in mainland China; and\n"
            "- **verdinexor (KPT-335)**, for non-oncology indications, and **KPT-9274**, for oncology, in South Korea.\n\n"
            "Kestrel will receive an upfront payment of USD 12 million.\n")
    doc = parse_document(text, "case", "markdown")
    got = {roles_of(f, "licensor", "licensee", "product") for f in extract(doc).facts if f.kind == "licensing"}
    assert {g[2] for g in got} == {"KPT-330", "KPT-8602", "KPT-335", "KPT-9274"}
    assert {g[:2] for g in got} == {("kestrel therapeutics", "orland")}


def test_disease_eponyms_and_demonyms_name_no_company():
    text = ("Reston Pharmaceuticals announced FDA approval of SKYVARA for Friedreich's ataxia. Ron Bart, President and "
            "Co-founder of Friedreich's Ataxia Research Alliance, welcomed it. The Africa Centres for Disease Control and "
            "Prevention said South African scientists will work at the site.")
    ex = extract(parse_document(text, "case"))
    assert not {k for k in ex.entities if k.startswith("Company|") and ("friedreich" == k.split("|")[1] or "african" in k)}


def test_an_acronym_defined_for_an_agency_a_prior_therapy_a_subsidiarys_tender_offer_and_a_deals_year():
    text = ("HANGZHOU, China -- Kestrel Pharmaceuticals Co., Ltd. today announced that China's NMPA has approved "
            "ensartinib hydrochloride capsules, to be marketed under the brand name Kestmeina, for patients whose disease has "
            "progressed after crizotinib. Its first drug, icotinib (Kestmana), was approved by China's former State Food and "
            "Drug Administration (SFDA) in June 2011. Harbor Acquisition Inc., a wholly owned subsidiary of Orlasigma S.p.A., will "
            "commence a cash tender offer for all outstanding shares of Kestrel Pharmaceuticals. Ensartinib came to Kestrel "
            "through its 2006 acquisition of Rhinopharm Limited, which had taken a licence from Vernalo plc, whose rights now "
            "sit with Ligando Pharmaceuticals after Ligando acquired Vernalo in 2018.")
    ex = extract(parse_document(text, "case"))
    approvals = {roles_of(f, "product", "regulator") for f in ex.facts if f.kind == "approval"}
    assert approvals and {r for _p, r in approvals} == {"nmpa-cn"} and "crizotinib" not in {p for p, _r in approvals}
    deals = {roles_of(f, "acquirer", "target") + (f.value("date"),) for f in ex.facts if f.kind == "acquisition"}
    assert {g[:2] for g in deals} >= {("orlasigma", "kestrel pharmaceuticals"), ("kestrel pharmaceuticals", "rhinopharm"),
                                      ("ligando pharmaceuticals", "vernalo")}
    assert ("kestrel pharmaceuticals", "rhinopharm", "2006") in deals
    assert not [g for g in deals if g[0] == "harbor acquisition"]


def test_codevelopers_a_numbered_about_heading_a_combinations_molecules_and_an_ampersand_company():
    text = ("OSLO, Norway -- Fjordvax ASA today announced that it has begun manufacturing VXR-221, the COVID-19 vaccine "
            "developed by Kelmont Pharmaceuticals and the University of Bergen, for supply in Norway. The FDA approved "
            "Helicor(R) (omeprazole magnesium, amoxicillin and rifabutin) capsules of Fjordvax; Helicor combines rifabutin "
            "and amoxicillin with omeprazole.\n\n"
            "4. About Fjordvax\n\n"
            "Fjordvax ASA is a vaccine and biologics company. Medicines which were created in its own research include "
            "KELVIRA (emicizumab), a bispecific antibody, and ENTRAVA (satralizumab), a recycling antibody.\n")
    ex = extract(parse_document(text, "case"))
    collabs = {frozenset(p.split("|", 1)[1] for p in f.role("party")) for f in ex.facts
               if f.kind == "collaboration" and f.value("kind") == "co-development"}
    assert frozenset(("kelmont pharmaceuticals", "university of bergen")) in collabs
    devs = {roles_of(f, "product", "developer") for f in ex.facts if f.kind == "development"}
    assert {("KELVIRA", "fjordvax"), ("ENTRAVA", "fjordvax")} <= devs
    approved = {roles_of(f, "product")[0] for f in ex.facts if f.kind == "approval"}
    assert "Helicor" in approved and not approved & {"omeprazole", "amoxicillin", "rifabutin"}
    # "Merck & Co., Inc.": the "& Co." goes with the legal form, the name shown is "Merck", not "Merck &"
    assert preferred_name("Company", Counter({"Norlin & Co., Inc.": 2, "Norlin": 1})) == "Norlin"


def test_a_buyout_in_a_headline_two_partners_of_a_fund_and_a_spin_out():
    text = ("Tarvel Bioservices to Be Acquired by Holm Capital Partners LLP and Brightwater Capital Partners LLC\n\n"
            "TUSTIN, Calif. -- Tarvel Bioservices, Inc., a dedicated biologics CDMO, today announced a definitive merger "
            "agreement. \"We are looking forward to supporting Tarvel's team,\" said Alan Mackie and Mike Morten, Managing "
            "Partners of Holm Capital Partners. Tarvel Bioservices was established in 2002 as a spin-out of Peregrin "
            "Pharmaceuticals and makes biologics for clients.")
    ex = extract(parse_document(text, "case"))
    deals = {roles_of(f, "acquirer", "target") + (f.value("status"),) for f in ex.facts if f.kind == "acquisition"}
    assert deals == {("holm capital partners", "tarvel bioservices", "agreed"), ("brightwater capital partners", "tarvel bioservices", "agreed")}
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in ex.facts if f.kind == "role"}
    assert {("Alan Mackie", "holm capital partners", "Managing Partner"), ("Mike Morten", "holm capital partners", "Managing Partner")} <= roles
    assert not [f for f in ex.facts if f.kind == "service"]
    assert not [k for k in ex.entities if k.lower() == "company|managing partners"]


def test_inn_stems_of_other_classes_are_products():
    text = ("Kestrel Therapeutics granted Lianor Bio exclusive rights to mavacamten in Greater China, with up to USD 90 "
            "million in milestones.")
    (deal,) = facts(text, "licensing")
    assert roles_of(deal, "licensor", "licensee", "product") == ("kestrel therapeutics", "lianor bio", "mavacamten")


def test_a_products_later_names_and_a_list_of_its_names_are_that_product():
    text = ("Kestrel Pharma announced that the MHLW approved VILTARA® Intravenous Infusion 250 mg (generic name: viltarsen; "
            "development code: KS-065/NCRP-01). Its ADC orvatuzumab tirumotecan (orva-TMT, previously known as KS264 and, in "
            "Halden's global programme, as HD-2870) is in Phase 3. Halden Bio will acquire Norvik Therapeutics for its TYK2 "
            "inhibitor NRV-034858. Once the deal closes, the compound will be renamed HD-279.")
    products = {k.split("|", 1)[1] for k in extract(parse_document(text, "case")).entities if k.startswith("Product|")}
    assert not products & {"NCRP-01", "HD-2870", "KS264", "HD-279"}
    assert {"VILTARA", "NRV-034858"} <= products


def test_a_licensee_before_to_which_and_a_potassium_blocker():
    text = ('Torvimab is commercialized in the United States by Coleron BioSciences, Inc. ("Coleron"), to which Junlan '
            "Biosciences licensed the rights in 2021. In March 2023, Oncora Therapeutics granted Livara Pharmaceutical Group exclusive "
            "rights to develop and commercialise vestoprazan in Greater China.")
    got = {roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")}
    assert ("junlan biosciences", "coleron biosciences", "torvimab") in got
    assert ("oncora therapeutics", "livara pharmaceutical group", "vestoprazan") in got


def test_an_officer_of_a_companys_business_named_with_its_town_and_country():
    text = ('Dana Bar-Levi, Global Head of Research & Development and Chief Medical Officer for the Healthcare business of '
            'Merck KGaA, Darmstadt, Germany, said: "Both assets fit our pipeline." Hengrui Pharma and Merck KGaA signed the '
            "agreement.")
    ex = extract(parse_document(text, "case"))
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in ex.facts if f.kind == "role"}
    assert ("Dana Bar-Levi", "merck kgaa", "Chief Medical Officer, Healthcare") in roles
    assert not [k for k in ex.entities if k.lower() == "company|healthcare"]


def test_the_reference_medicine_after_a_hyphenated_class_is_not_approved():
    text = ("The first, Simvara® (AVT02), a high-concentration biosimilar to the anti-TNF antibody Humvira® (adalimumab), "
            "was authorized by Health Canada in January 2022.")
    approved = {roles_of(f, "product")[0] for f in facts(text, "approval")}
    assert "Simvara" in approved and "Humvira" not in approved


def test_one_certificate_told_twice_has_one_holder():
    text = ("Kestrel's Halden API Facility Receives GMP Certification from the TGA\n\n"
            "MUMBAI, India – July 17, 2025 – Kestrel Limited (Kestrel) today said that the API manufacturing facility of its "
            "wholly owned subsidiary Kestrel Manufacturing Solutions Limited at Halden, Gujarat, has been granted GMP "
            "certification by Australia's Therapeutic Goods Administration (TGA). The certificate was issued after TGA "
            "inspectors audited the plant on site.")
    holders = {roles_of(f, "holder")[0] for f in facts(text, "certification")}
    assert holders == {"kestrel manufacturing solutions"}
    text = ("Shelby Medicare's Raichur API Unit-2 Clears US FDA Inspection With Zero Observations\n\n"
            "RAICHUR, India -- Shelby Medicare Limited today announced that the USFDA has completed an inspection of Unit-2 "
            "of Shelby Pharma Lifesciences Limited, its wholly owned subsidiary in Raichur, without a single observation.")
    assert {roles_of(f, "operator")[0] for f in facts(text, "facility")} == {"shelby pharma lifesciences"}


def test_a_licence_from_a_company_described_not_named():
    text = ("Second ADC licensed from the Chinese drugmaker within three months; Galden pays $185 million upfront\n\n"
            "LONDON -- Galden plc today announced that it has entered into an exclusive licence agreement with Hanwei "
            "Pharmaceutical Group for HW-20093, under which Galden receives exclusive rights to develop and commercialise "
            "HW-20093 worldwide, excluding mainland China.")
    got = {roles_of(f, "licensor", "licensee") for f in facts(text, "licensing")}
    assert got == {("hanwei pharmaceutical group", "galden")}


def test_the_regulator_named_before_and_a_brand_written_with_a_typo():
    text = ("MEXICO CITY, February 10, 2021 -- COFEPRIS granted emergency use authorization to Convixenta, the vaccine of "
            "Canlio Biologics. The regulator also granted emergency use authorization to CoronaVax, developed by Sinovex "
            "Biotech, after Brazil's ANVISA. Convixetna is the second Chinese vaccine cleared by COFEPRIS this week.")
    ex = extract(parse_document(text, "case"))
    approvals = {roles_of(f, "product", "regulator") for f in ex.facts if f.kind == "approval"}
    assert {("CoronaVax", "cofepris-mx"), ("CoronaVax", "anvisa-br"), ("Convixenta", "cofepris-mx")} <= approvals
    assert not [p for p, _r in approvals if p == "Convixetna"]


def test_the_next_people_of_a_list_of_roles_after_continues_as():
    text = ("DUBLIN -- Kestrel plc today completed its acquisition of Orlan Health Sciences. Steve Cutter continues as Chief "
            "Executive Officer of the combined company, Brendan Brenner as Chief Financial Officer, and Ciara Murphy as "
            "Chairman of the Board of Directors.")
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Brendan Brenner", "kestrel", "Chief Financial Officer"),
            ("Ciara Murphy", "kestrel", "Chairman of the Board of Directors")} <= roles


def test_a_nickname_or_second_given_name_inside_a_persons_name():
    text = ('Harwell Pharma Ltd. today announced that its Board of Directors has appointed Margaret ("Meg") Olander as '
            "President and Chief Executive Officer. Ms. Olander has also joined Harwell's Board of Directors. "
            '"We are delighted," said Wei (Xiaoming) Tanaka, Chairman of Harwell Pharma.')
    roles = {roles_of(f, "person") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Margaret Olander", "President"), ("Margaret Olander", "Chief Executive Officer"),
            ("Margaret Olander", "member of the Board of Directors"), ("Wei (Xiaoming) Tanaka", "Chairman")} <= roles


def test_a_brand_with_its_dosage_form_and_strength_before_its_generic_name():
    text = ("TOKYO -- Sorel Company, Ltd. today announced that Japan's Ministry of Health, Labour and Welfare (MHLW) has "
            "granted manufacturing and marketing approval for Velandro Tablets 0.2 mg (generic name: tirmofibrate) for "
            "the treatment of hyperlipidemia.")
    approvals = {roles_of(f, "product", "regulator") for f in facts(text, "approval")}
    assert approvals == {("Velandro", "mhlw-jp")}


def test_whose_in_licensing_deal_and_each_clause_its_own_licence():
    text = ("SAN DIEGO -- Pellart Therapeutics, Inc. and Quorin Inc. today announced a licence agreement for PLT-114. The "
            "Quorin transaction is Pellart's second in-licensing deal in three months.")
    got = {roles_of(f, "licensor", "licensee") for f in facts(text, "licensing")}
    assert ("pellart therapeutics", "quorin") not in got
    text = ("PASADENA -- Tallow Pharmaceuticals Inc. develops RNAi medicines. In 2018 Tallow licensed TLW-3989 (formerly "
            "TLW-HBV), an RNAi candidate for hepatitis B, to Norvane Pharmaceuticals, Inc., and in 2020 it entered into a "
            "collaboration and license agreement with Kessla Pharma for TLW-AAT, its investigational RNAi therapeutic for liver disease.")
    licences = {roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")}
    assert licences == {("tallow pharmaceuticals", "norvane pharmaceuticals", "TLW-3989"), ("tallow pharmaceuticals", "kessla pharma", "TLW-AAT")}
    assert {frozenset(str(p).split("|", 1)[1] for p in f.role("party")) for f in facts(text, "collaboration")} == {
        frozenset({"tallow pharmaceuticals", "kessla pharma"})}


def test_a_code_without_digits_said_to_be_an_rna_medicine_is_a_product():
    text = ("PASADENA -- Tallow Pharmaceuticals Inc. and Brisk Therapeutics plc today announced a global collaboration and "
            "license agreement for TLW-XDH, a discovery-stage RNA interference (RNAi) therapeutic. TLW-XDH is a small "
            "interfering RNA (siRNA) designed to silence xanthine dehydrogenase in the liver. Brisk receives an exclusive "
            "worldwide license to TLW-XDH.")
    ex = extract(parse_document(text, "case"))
    assert "Company|tlw-xdh" not in ex.entities
    assert {roles_of(f, "licensor", "licensee", "product") for f in ex.facts if f.kind == "licensing"} == {
        ("tallow pharmaceuticals", "brisk therapeutics", "TLW-XDH")}


def test_a_company_name_written_in_lower_case_before_its_legal_form():
    text = ("CAMBRIDGE, Mass. -- redwing bio, Inc. (Nasdaq: RWB) and ostrel Biopharma GmbH today announced a manufacturing "
            "agreement under which ostrel will produce redwing bio's gene therapy RW-101 at ostrel's GMP facility in Ottobrunn. "
            '"We are pleased," said Nora Lisk, President and Chief Executive Officer of redwing bio.')
    ex = extract(parse_document(text, "case"))
    assert {"Company|redwing bio", "Company|ostrel biopharma"} <= set(ex.entities)
    assert "Company|biopharma" not in ex.entities
    assert ("Nora Lisk", "redwing bio") in {roles_of(f, "person", "organization") for f in ex.facts if f.kind == "role"}
    assert {roles_of(f, "operator")[0] for f in ex.facts if f.kind == "facility"} == {"ostrel biopharma"}


def test_it_is_the_product_the_sentence_before_was_about():
    text = ("Corvane's lead product, Retaxa (coagulation factor Xa (recombinant), inactivated), is the only approved agent that "
            "reverses the effect of the Factor Xa inhibitors rivaroxaban and apixaban. It was granted accelerated approval by the "
            "U.S. Food and Drug Administration in May 2018.")
    assert {roles_of(f, "product")[0] for f in facts(text, "approval")} == {"Retaxa"}


def test_a_function_before_an_office_and_saint_in_a_surname():
    text = ('"Latin America needs its own vaccine," said Fernando Ruiz, Business Development Director of Talvera Biotech. '
            "Harlow Pharmaceuticals named Jerry St. Clair as Chief Executive Officer.")
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Fernando Ruiz", "talvera biotech", "Business Development Director"),
            ("Jerry St. Clair", "harlow pharmaceuticals", "Chief Executive Officer")} <= roles


def test_three_members_listed_with_their_descriptions_form_a_consortium():
    text = ("LIMA, Peru -- Varen Sciences Corporation, the maker of the Flovax vaccine, Quillon Biotech, a Peruvian "
            "biotechnology company, and Fondo Lumen, a private foundation working on neglected diseases, today announced an "
            "agreement under which the three organisations become members of a consortium to develop a Zika vaccine.")
    (collab,) = facts(text, "collaboration")
    assert {str(p).split("|", 1)[1] for p in collab.role("party")} == {"varen sciences", "quillon biotech", "fondo lumen"}
    assert collab.value("kind") == "consortium"


def test_a_new_chief_executive_joins_the_board():
    cases = [("Harlow Pharmaceutical Industries Ltd. today announced that its Board of Directors has appointed Kåre Lindqvist as "
              "President and Chief Executive Officer. Lindqvist will also join Harlow's Board of Directors.", "Kåre Lindqvist"),
             ("Harlow plc today announced that the Board has appointed Luke Marden as Chief Executive Officer Designate. He will "
              "take on full responsibilities as Chief Executive Officer and join the Board of Directors on 1 January 2026.", "Luke Marden"),
             ("Harlow Inc. said today that its Board of Directors has appointed Christopher A. Venn as President and Chief "
              "Executive Officer and as a member of the Board, effective November 14.", "Christopher A. Venn")]
    for text, person in cases:
        roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
        assert any(p == person and o.startswith("harlow") and t.startswith("member of the Board") for p, o, t in roles), roles


def test_the_two_companies_grant_a_licence_together():
    text = ("SUZHOU, China -- Coravel Oncology and 4E Medicines today announced that the NMPA approved envolimab, which the two "
            "companies co-develop. In December 2019 the two companies granted Tarcon Pharmaceuticals, Inc. of San Diego an "
            "exclusive licence to develop and commercialise envolimab for soft tissue sarcoma in North America.")
    got = {roles_of(f, "licensor", "licensee") for f in facts(text, "licensing")}
    assert got == {("coravel oncology", "tarcon pharmaceuticals"), ("4e medicines", "tarcon pharmaceuticals")}


def test_more_inn_stems_and_a_stock_purchase_is_no_takeover():
    text = ("SOUTH SAN FRANCISCO -- Corvexa, Incorporated and Ji Ren Pharmaceuticals Limited today announced an exclusive "
            "license agreement for the development and commercialization of tolcamtiv mecarbil in Greater China. Separately, "
            "Corvexa entered into common stock purchase agreements under which entities affiliated with Redwood Investments, "
            "LP will buy 511,182 shares of Corvexa common stock for proceeds of US$20 million.")
    ex = extract(parse_document(text, "case"))
    assert "Product|tolcamtiv mecarbil" in ex.entities
    assert not [f for f in ex.facts if f.kind == "acquisition"]
    for inn in ("zemimazolam", "dexpironium bromide"):
        assert f"Product|{inn}" in extract(parse_document(f"Harlow Pharma Co., Ltd. develops {inn} for anaesthesia.", "case")).entities


def test_our_partner_is_no_title():
    text = ('SEOUL -- Kana Pharm Co., Ltd. ("Kana Pharm") announced approval of its drug. "Congratulations to our partner '
            'Kana Pharm on this success," said Dr. Jim Phelps, Chief Executive Officer of VAION AG.')
    ex = extract(parse_document(text, "case"))
    assert "Person|Kana Pharm" not in ex.entities


def test_a_regulators_name_cut_at_its_and_and_a_nationality_opening_a_legal_name():
    text = ('LAGOS, Nigeria -- Swiss Pharma Lagos Limited ("Swilag") today announced that WHO prequalified its zinc tablet. '
            '"This is a milestone," said Mojisola Adeyeye, Director-General of the National Agency for Food and Drug '
            "Administration and Control (NAFDAC).")
    ex = extract(parse_document(text, "case"))
    assert "Company|swiss pharma lagos" in ex.entities
    assert ("Mojisola Adeyeye", "nafdac-ng") in {roles_of(f, "person", "organization") for f in ex.facts if f.kind == "role"}


def test_members_elected_in_a_list_and_a_tender_offer_made_through_a_subsidiary():
    text = ("BASEL -- Veltra Pharmaceutica Ltd. announced that its shareholders approved all proposals. Dr. Martin Nilsson, "
            "Dr. Nicole Orsetti, Steven D. Skarsky and Dr. Thomas Wendt were re-elected as members of the Board. Dr. Nilsson, "
            "Mr. Skarsky and Dr. Wendt were also confirmed as members of the Compensation Committee.")
    roles = {roles_of(f, "person") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Nicole Orsetti", "member of the Board"), ("Steven D. Skarsky", "member of the Compensation Committee")} <= roles
    text = ('TOKYO -- Nichiko Pharmaceutical Co., Ltd. ("Nichiko") today announced the successful completion of its all-cash '
            "tender offer, made through its wholly owned subsidiary Shepard Vision, Inc., for all outstanding shares of common "
            'stock of Sorent Pharmaceuticals, Inc. (NASDAQ: SRNT, "Sorent") at US$21.75 per share.')
    assert {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")} == {("nichiko pharmaceutical", "sorent pharmaceuticals")}


def test_a_licence_under_an_about_heading_that_names_no_company():
    text = ("# Kaneko Receives Approval for Sorvelan\n\nTOKYO -- Kaneko Pharmaceutical Co., Ltd. announced that the MHLW "
            "approved sorpironium bromide. Brinkley Biotech, Inc. discovered it.\n\n## About the approval\n\nThe compound "
            "acts on the skin and is then broken down. Brinkley licensed the compound from Bodell Laboratories, Inc.\n")
    got = {roles_of(f, "licensor", "licensee") for f in facts(text, "licensing")}
    assert ("bodell laboratories", "brinkley biotech") in got


def test_licence_partners_listed_each_hold_a_licence():
    text = ("BASEL -- Veltra Pharmaceutica Ltd. announced results. Cresalin (isavuconazole) is an azole antifungal. Veltra "
            "commercialises it through licence partners, including Astellas in the United States and Pfizer in Europe.")
    ex = extract(parse_document(text, "case"))
    assert {roles_of(f, "licensor", "licensee", "product") for f in ex.facts if f.kind == "licensing"} == {
        ("veltra pharmaceutica", "astellas", "Cresalin"), ("veltra pharmaceutica", "pfizer", "Cresalin")}
    assert not [f for f in ex.facts if f.kind == "collaboration"]


def test_co_developed_with_in_a_relative_clause_and_partners_listed_with_the():
    text = ('SHENZHEN -- Shenzhen Kantai Biological Products Co., Ltd. ("Kantai") and Norvane Pharma announced today an exclusive '
            "agreement under which Kantai will manufacture NRV-1222, the vaccine candidate that Norvane Pharma co-developed with the "
            "University of Exeter, and supply it in mainland China.")
    pairs = {frozenset(str(p).split("|", 1)[1] for p in f.role("party")) for f in facts(text, "collaboration")}
    assert pairs == {frozenset({"norvane pharma", "university of exeter"})}
    text = ("BEIJING -- Brin Biosciences announced approval. The antibodies were developed by Brin Biosciences in collaboration "
            "with Tsinghua University and the Third People's Hospital of Shenzhen.")
    (collab,) = facts(text, "collaboration")
    assert len(collab.role("party")) == 3


def test_elected_as_chairman_and_elected_to_the_board():
    text = ("BASEL -- Veltra Pharmaceutica Ltd. announced that its shareholders approved all proposals at the AGM. Domenico "
            "Scalzi was re-elected as Chairman of the Board of Directors. Retiring CEO Ronald Scoville was elected to the "
            "Board of Directors.")
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert ("Domenico Scalzi", "veltra pharmaceutica", "Chairman of the Board of Directors") in roles
    assert not [r for r in roles if r[0].startswith("O ")]  # (not "O Ronald Scoville", read from inside "CEO")


def test_titles_no_list_knows_are_read_by_their_head_word():
    text = ("WELLINGTON, 4 March 2026 -- Kestrel Biologics Ltd said today that Tarnwick Pharma audited its plant. "
            "\"The inspection went well,\" said Mira Ostholm, Group Manager of Tarnwick Pharma. "
            "Oskar Fennel, Senior Vice President Quality Assurance and Quality Control at Kestrel Biologics, added: \"It matters.\" "
            "\"We are pleased,\" said Dana Lowry, Managing Director and co-head of the European healthcare team at Corvane Capital. "
            "Commenting on the plant, Ilse Varga, M.D., Ph.D., Global Therapeutic Area Head, Oncology, Brindle Research & "
            "Development, LLC, said: \"Good.\" Corvane Capital owns a stake. Petr Halloway, Vice President and Global Head of "
            "Injectables, added: \"Well done.\" \"In seven years we built capacity,\" said TH Moon, President of Kestrel Biologics.")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Mira Ostholm", "tarnwick pharma", "Group Manager"),
            ("Oskar Fennel", "kestrel biologics", "Senior Vice President Quality Assurance and Quality Control"),
            ("Dana Lowry", "corvane capital", "Managing Director and co-head of the European healthcare team"),
            ("Ilse Varga", "brindle research & development", "Global Therapeutic Area Head, Oncology"),
            ("TH Moon", "kestrel biologics", "President")} <= got
    # a head of a business ("Injectables") is no organisation; no person read from inside a word ("H Moon")
    assert not any(o == "injectables" or p == "H Moon" for p, o, _ in got)


def test_a_second_office_after_who_is_also_and_a_group_the_subject_was_spun_out_of():
    text = ("LONDON, 7 January 2026 -- Quillon Labs, the digital biology company spun out of Harrowgate DeepMind, today "
            "announced a strategic research collaboration with Velmora Pharma. \"Good,\" said Ada Pellworth, Founder and Chief "
            "Executive Officer of Quillon Labs, who is also co-founder and CEO of Harrowgate DeepMind. \"Well done,\" said Lin "
            "Tesh, Ph.D., Co-Founder, Director and Chairman of the Scientific Advisory Board of Velmora Pharma. Commenting, "
            "G.V. Raman, Co-Chairman and Chief Executive Officer, Dr. Reddy's, said: \"Fine.\" \"Sound,\" said Juno Beck, "
            "Interim Executive Director, Healthcare Quality and Access at the MHRA. Harrowgate-owned Quillon Labs also "
            "announced a collaboration with Dr. Reddy's.")
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Ada Pellworth", "harrowgate deepmind", "CEO"), ("Lin Tesh", "velmora pharma", "Chairman of the Scientific Advisory Board"),
            ("G.V. Raman", "dr reddy's", "Chief Executive Officer"),
            ("Juno Beck", "mhra-gb", "Interim Executive Director, Healthcare Quality and Access")} <= got
    parties = {str(p) for f in facts(text, "collaboration") for p in f.role("party")}
    assert not any("deepmind" in p for p in parties) and not any("owned" in p for p in parties)


def test_a_short_name_read_alone_a_typo_read_alone_and_a_name_with_of_before_its_legal_form():
    text = ("Corlan Signs Licensing Agreement for Oral Capsule KLM-0801 in China\n\n"
            "JERUSALEM, November 30, 2015 -- Corlan Pharmaceuticals Inc. has signed a licensing agreement with Hefei Yunhai "
            "Incubator of Technologies Co., Ltd. (\"HYIT\"). Under the license, HYIT receives exclusive rights to commercialize "
            "KLM-0801 in China, Hong Kong and Macau. Corlan obtains a USD 50 million payment. TMPRSS6 is a liver enzyme that "
            "holds down hepcidin. Attending the signing were Mr. Wei Gao, Chairman of HYIT, and Mr. Bo Lin, Vice President of "
            "Sinopharm, together with Nobel laureate Prof. Avram Tessler, a member of Corlan's Scientific Advisory Board. "
            "\"We are glad,\" said Ada Kidd, Chief Scientific Officer of Corlam. \"Good,\" said Hardy TS Nakamoto, President "
            "of Corlan Pharmaceuticals.")
    ex = extract(parse_document(text, "t"))
    companies = {k for k in ex.entities if k.startswith("Company|")}
    assert "Company|hefei yunhai incubator of technologies" in companies
    assert not companies & {"Company|technologies", "Company|tmprss6", "Company|avram tessler", "Company|corlam", "Company|corlan"}
    licences = [f for f in ex.facts if f.kind == "licensing"]
    assert [roles_of(f, "licensor", "licensee", "product") for f in licences] == [
        ("corlan pharmaceuticals", "hefei yunhai incubator of technologies", "KLM-0801")]
    assert not [f for f in ex.facts if f.kind == "collaboration"]  # guests of a signing
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in ex.facts if f.kind == "role"}
    assert {("Ada Kidd", "corlan pharmaceuticals", "Chief Scientific Officer"), ("Hardy TS Nakamoto", "corlan pharmaceuticals", "President"),
            ("Wei Gao", "hefei yunhai incubator of technologies", "Chairman")} <= got


def test_a_brand_with_a_radionuclide_a_competitor_list_and_a_sale_with_a_licence_to_the_buyer():
    text = ("Corvo Completes Sale of Cell Therapy CDMO Tellan to Hoshida Chemical for $75 Million\n\n"
            "BASKING RIDGE, N.J., May 16, 2017 -- Corvo Biosciences, Inc. today announced that it has completed the sale of "
            "its subsidiary Tellan, LLC to Hoshida Chemical Co., Ltd. With the closing, Hoshida Chemical becomes the sole owner "
            "of Tellan. In 2015, Tellan licensed its cell therapy process technology to Hoshida Chemical for use in Japan. "
            "The U.S. Food and Drug Administration (FDA) approved LUMASTA® (gleflufolastat F 18) injection on 25 May 2023. "
            "The FDA also approved Jorvexa® (lenvolisib), an oral, selective phosphoinositide 3-kinase delta inhibitor. "
            "Renacabtagene autoleucel joins a small group of CAR-T therapies approved by the FDA, alongside "
            "axicabtagene ciloleucel from Kite and lisocabtagene maraleucel from Juno Therapeutics.")
    ex = extract(parse_document(text, "t"))
    sale = [f for f in ex.facts if f.kind == "acquisition"]
    assert [(roles_of(f, "acquirer", "target"), f.value("status")) for f in sale] == [(("hoshida chemical", "tellan"), "completed")]
    licences = [(roles_of(f, "licensor", "licensee"), f.value("territory")) for f in ex.facts if f.kind == "licensing"]
    assert licences == [(("tellan", "hoshida chemical"), "Japan")]
    approved = {roles_of(f, "product")[0] for f in ex.facts if f.kind == "approval"}
    assert {"LUMASTA", "Jorvexa", "renacabtagene autoleucel"} <= approved
    assert not approved & {"gleflufolastat", "phosphoinositide", "axicabtagene ciloleucel", "lisocabtagene maraleucel"}
    developers = {roles_of(f, "product", "developer") for f in ex.facts if f.kind == "development"}
    assert ("lisocabtagene maraleucel", "juno therapeutics") in developers
    assert not any(p in ("renacabtagene autoleucel", "axicabtagene ciloleucel") and d == "juno therapeutics" for p, d in developers)


def test_which_licensed_the_rights_to_and_a_short_form_of_an_indication_in_its_own_case():
    text = ("BEDFORD, Mass., May 27, 2021 -- Lanvik Holdings, Inc. announced that the FDA approved PYLOSTA® (piflustat F 18). "
            "PYLOSTA is indicated for patients with prostate cancer and an elevated prostate-specific antigen (PSA) level. "
            "PYLOSTA was developed by Progenor Pharmaceuticals, Inc. from a compound discovered at Hopwell University, which "
            "licensed the rights to Progenor Pharmaceuticals.")
    ex = extract(parse_document(text, "t"))
    assert [roles_of(f, "licensor", "licensee") for f in ex.facts if f.kind == "licensing"] == [("hopwell university", "progenor pharmaceuticals")]
    indications = ex.entities["Product|PYLOSTA"]["attrs"].get("indications")
    assert indications and "psoriatic arthritis" not in indications


def test_a_portfolio_bought_with_its_products_listed_and_board_elections_at_a_general_meeting():
    text = ("# Sorvanus to Acquire CNS Portfolio from Halden Meds\n\n"
            "ROCKVILLE, Md., April 28, 2020 -- Sorvanus Pharmaceuticals, Inc. today said it has signed a definitive agreement "
            "to acquire the CNS portfolio of Halden Meds, a privately held company based in Louisville. The transaction is "
            "valued at up to $530 million.\n\n## What Sorvanus is buying\n\n"
            "- **APROVA®** (apomorphine hydrochloride injection), used in Parkinson's disease.\n"
            "- **MYOLEX®** (rimabotulinumtoxinB injection), for cervical dystonia.\n\n"
            "Sorvanus expects revenue of $150 million in FY2023-24 and secured a bridge credit facility from Bank of Omaha.\n\n"
            "Kelvar Medical Inc., Sorvanus' exclusive U.S. licensee, will sell APROVA. \"Good,\" said Ken d'Arbois, Chief "
            "Executive Officer of Kelvar Medical. Ola Berg, Chief Commercial Officer, said the company hired former employees "
            "of Lonza.\n\nAt the Annual General Meeting, Anna Weber was newly elected to the Board as Vice Chairman, Jonas "
            "Frei was re-elected as a member of the Board and Lea Moser was confirmed as Chairman of the Board of Directors.")
    ex = extract(parse_document(text, "t.md", "markdown"))
    bought = {(roles_of(f, "acquirer", "target"), f.value("value")) for f in ex.facts if f.kind == "acquisition"}
    assert bought == {(("sorvanus pharmaceuticals", "APROVA"), "USD 530 million"), (("sorvanus pharmaceuticals", "MYOLEX"), "USD 530 million")}
    assert [roles_of(f, "licensor", "licensee") for f in ex.facts if f.kind == "licensing"] == [("sorvanus pharmaceuticals", "kelvar medical")]
    assert not any(k.startswith("Product|FY") for k in ex.entities)
    assert not any(f.kind == "facility" and "credit" in str(f.value("name")) for f in ex.facts)
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in ex.facts if f.kind == "role"}
    assert {("Ken d'Arbois", "kelvar medical", "Chief Executive Officer"), ("Anna Weber", "sorvanus pharmaceuticals", "Vice Chairman"),
            ("Jonas Frei", "sorvanus pharmaceuticals", "member of the Board"),
            ("Lea Moser", "sorvanus pharmaceuticals", "Chairman of the Board of Directors")} <= got
    assert not any(p == "Ola Berg" and o == "lonza" for p, o, _ in got)


def test_the_licensee_that_will_sell_a_product_and_a_university_that_licensed_it_out_develop_nothing():
    text = ("Fenmore Pharmaceuticals and Norvane Sign Exclusive Licence for PEDLIXA in Europe\n\n"
            "Fenmore to receive EUR 40 million upfront\n\n"
            "RALEIGH, N.C., March 17, 2024 -- Fenmore Pharmaceuticals Inc. and Norvane, a European specialist pharmaceutical "
            "company, today announced an exclusive licensing agreement under which Norvane will commercialise PEDLIXA® "
            "(sodium thiosulfate) across Europe. Fenmore is eligible for up to EUR 250 million in upfront and milestone "
            "payments under the licensing agreement.\n\n"
            "Laboratorio Vexa, S.A. de C.V. (Vexa) announced that COFEPRIS approved Patrina, the COVID-19 vaccine that Vexa "
            "developed. The vector technology was developed at the Icahn School of Medicine at Mount Sinai, which licensed it "
            "to Vexa for this vaccine.")
    ex = extract(parse_document(text, "t"))
    developers = {roles_of(f, "product", "developer") for f in ex.facts if f.kind == "development"}
    assert ("PEDLIXA", "fenmore pharmaceuticals") in developers and ("Patrina", "laboratorio vexa") in developers
    licences = {roles_of(f, "licensor", "licensee", "product") + (f.value("value"),) for f in ex.facts if f.kind == "licensing"}
    assert ("fenmore pharmaceuticals", "norvane", "PEDLIXA", "EUR 250 million") in licences
    assert not any(lic[:2] == ("norvane", "fenmore pharmaceuticals") for lic in licences)


def test_people_of_a_contact_block_and_two_co_chief_executives_who_founded_the_company():
    text = ("CAMBRIDGE, Mass., June 13, 2022 -- Amvex Pharmaceuticals, Inc. announced that Health Canada approved ALVERA for "
            "people with Tessman syndrome. \"We are grateful,\" said Joel Cohan and Justin Kleve, Co-Chief Executive Officers "
            "and co-founders of Amvex. The Foundation for Tessman Syndrome Therapeutics supported the trial; the Tessman "
            "community welcomed the news.\n\n"
            "For further information, please contact:\n\n"
            "Amvex Pharmaceuticals, Inc.\nJohn Burr, Chief Executive Officer\nJulia Smit, Chief Financial Officer\n"
            "Tel: +44 (0)1223 903 498\n\n"
            "Investors: Palle Holm Olsen, Vice President, Investor Relations, +45 3083 5555\n")
    ex = extract(parse_document(text, "t"))
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in ex.facts if f.kind == "role"}
    assert {("Joel Cohan", "amvex pharmaceuticals", "Co-Chief Executive Officer"), ("Justin Kleve", "amvex pharmaceuticals", "co-founder"),
            ("Julia Smit", "amvex pharmaceuticals", "Chief Financial Officer"),
            ("Palle Holm Olsen", "amvex pharmaceuticals", "Vice President, Investor Relations")} <= got
    # ("Tessman syndrome" names a disease: "Tessman" is no short name of the foundation)
    assert not any(n == "Tessman" for k, e in ex.entities.items() if k.startswith("Company|") for n in e["names"])


def test_a_product_distributed_by_a_partner_is_a_distribution_tie():
    text = ("TOKYO, March 2016 -- Seikato Corporation developed condolase, its spinal injection. In Japan, the product will be "
            "distributed by Kakeno Pharmaceutical Co., Ltd. under an exclusive distributorship agreement the two companies "
            "concluded on December 25, 2012.")
    ties = [({str(p).split("|", 1)[1] for p in f.role("party")}, f.value("kind"), f.value("subject"))
            for f in facts(text, "collaboration")]
    assert ties and ties[0][:2] == ({"seikato", "kakeno pharmaceutical"}, "distribution")
    assert not str(ties[0][2]).startswith("December")


def test_a_generic_named_as_one_and_a_brand_approved_on_a_date():
    text = ("SAINT PAUL, Minn., August 2, 2023 -- Kendova Drug Delivery L.P. has begun commercial supply of Brevana for Viatrix "
            "Inc. Brevana is the first generic version of Astoria's Symbicort to be approved by the U.S. Food and Drug "
            "Administration (FDA). The agency approved Brevana on March 15, 2022, for the maintenance treatment of asthma.")
    ex = extract(parse_document(text, "t"))
    assert "Company|brevana" not in ex.entities
    assert "Product|Brevana" in ex.entities
    assert any(roles_of(f, "product", "regulator") == ("Brevana", "fda-us") for f in ex.facts if f.kind == "approval")


def test_brands_read_from_a_formulation_word_a_trial_phase_a_dosage_form_and_a_prequalification():
    text = ("GENEVA, May 4, 2021 -- Halvecta Pharma Co., Ltd. said its portfolio includes Tranzova ER (oxycodone), an "
            "extended-release formulation. Its plasma product Immulara (IgM concentrate), in Phase III development for severe "
            "pneumonia, is made in Ulm. Zentrova, its once-daily oral tablet for gout, is marketed in Europe. The World Health "
            "Organization (WHO) has prequalified Malvexa, a dispersible tablet for children. PRO1107, an ADC directed against "
            "PTK7, is in a Phase 1/2 trial.")
    ex = extract(parse_document(text, "t"))
    products = {k.split("|", 1)[1] for k in ex.entities if k.startswith("Product|")}
    assert {"Tranzova ER", "Immulara", "Zentrova", "Malvexa", "PRO1107"} <= products
    assert "PTK7" not in products  # (the target an ADC is directed against)
    assert any(roles_of(f, "product", "regulator") == ("Malvexa", "who") and f.value("kind") == "prequalification"
               for f in ex.facts if f.kind == "approval")


def test_a_region_both_sites_are_in_is_no_site_of_its_own():
    text = ("MADRID, Spain -- Estavera, S.A. is a pharmaceutical company. Estavera operates a pharmaceutical manufacturing plant "
            "in Martorelles and a chemical plant in Celrà, both in Catalonia.")
    sites = {roles_of(f, "operator", "location") for f in facts(text, "facility")}
    assert sites == {("estavera", "Martorelles"), ("estavera", "Celrà")}


def test_people_of_a_contact_block_written_a_line_each():
    text = ("SHANGHAI, China, May 4, 2023 -- Kelvora Therapeutics Co., Ltd. announced a licence agreement with Marendo Pharma. "
            "Kelvora will receive USD 70 million upfront.\n\n"
            "Media Contact\n\nVivian Zhao\nDirector, Corporate Communications\nKelvora Therapeutics Co., Ltd.\npr@kelvora.com\n\n"
            "Media and investor contact\nYvette Norberg, Ph.D.\nHead - Investor Relations, Marendo Pharma\nir@marendo.com | +972 3 765 8124\n")
    ex = extract(parse_document(text, "t"))
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in ex.facts if f.kind == "role"}
    assert ("Vivian Zhao", "kelvora therapeutics", "Director, Corporate Communications") in got
    assert ("Yvette Norberg", "marendo pharma", "Head, Investor Relations") in got


def test_a_countrys_ministry_of_health_the_table_lacks_is_a_regulator():
    text = ("HO CHI MINH CITY, Vietnam, June 12, 2023 -- Tavimex Pharmaceutical Joint Stock Company announced that its "
            "plant in Binh Duong was granted an EU-GMP certificate by the Hungarian Ministry of Health. Its vaccine Vorelix "
            "was approved by the Ministry of Health of Uzbekistan. Another plant holds a certificate from COFEPRIS of the "
            "Mexican Ministry of Health.")
    ex = extract(parse_document(text, "t"))
    assert "Company|tavimex pharmaceutical" in ex.entities
    issuers = {roles_of(f, "holder", "issuer") for f in ex.facts if f.kind == "certification"}
    assert ("tavimex pharmaceutical", "local-hungarian-ministry-of-health") in issuers
    assert not any("mexican" in i for _h, i in issuers)
    assert any(roles_of(f, "product", "regulator") == ("Vorelix", "local-ministry-of-health-of-uzbekistan")
               for f in ex.facts if f.kind == "approval")


def test_a_name_opening_with_a_nationality_and_closing_with_a_legal_form_keeps_both():
    text = ("HYDERABAD, India, April 24, 2021 -- Indian Vaccinals Limited (IVL) signed a technology transfer agreement. "
            "\"We are ready,\" said K. Anand Rao, Managing Director of Indian Vaccinals. Naresh Shah, Director of Swiss "
            "Injectables Limited, joined the board of IVL.\n\n"
            "Media contact\nSunita Rao\nSecurities Affairs Representative\nIndian Vaccinals Limited\nir@ivl.example\n")
    ex = extract(parse_document(text, "t"))
    companies = {k.split("|", 1)[1] for k in ex.entities if k.startswith("Company|")}
    assert "indian vaccinals" in companies and "vaccinals" not in companies
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in ex.facts if f.kind == "role"}
    assert ("Sunita Rao", "indian vaccinals", "Securities Affairs Representative") in got
    assert ("K. Anand Rao", "indian vaccinals", "Managing Director") in got


def test_a_company_the_subject_acquired_told_in_a_relative_clause():
    text = ("SEOUL, February 8, 2022 -- Kowang Pharmaceutical Co., Ltd. said its research is led in part by Centera Pharma, "
            "a Copenhagen-based subsidiary that Kowang acquired in 2014. Barat Biotech Ltd. is adding capacity at the plant "
            "of Chiral Behring Vaccines, the rabies vaccine maker it acquired from Glaxon in 2019.")
    deals = {roles_of(f, "acquirer", "target") + (f.value("date"),) for f in facts(text, "acquisition")}
    assert ("kowang pharmaceutical", "centera pharma", "2014") in deals
    assert ("barat biotech", "chiral behring vaccines", "2019") in deals


def test_a_generic_name_no_stem_knows_in_a_brands_brackets_is_a_product_of_its_own():
    text = ("WALTHAM, Mass., October 17, 2023 -- Ardova, Inc. announced that the U.S. Food and Drug Administration (FDA) has "
            "approved XPHOVIA (tenaporin) tablets for adults on dialysis. Kyowa Kirin, which develops tenaporin in Japan under "
            "license from Ardova, received approval from the MHLW in September 2023.")
    ex = extract(parse_document(text, "t"))
    assert "Product|tenaporin" in ex.entities
    approvals = {roles_of(f, "product", "regulator") for f in ex.facts if f.kind == "approval"}
    assert ("XPHOVIA", "fda-us") in approvals and ("tenaporin", "fda-us") not in approvals
    assert any(roles_of(f, "licensor", "licensee", "product") == ("ardova", "kyowa kirin", "tenaporin")
               for f in ex.facts if f.kind == "licensing")


def test_a_stock_exchange_is_no_company_and_a_contact_line_names_title_then_company():
    text = ("HYDERABAD, India, March 28, 2023 -- Neulara Laboratories Limited (NSE: NEULARA; BSE: 524558) received an "
            "Establishment Inspection Report from the USFDA for its Unit-1. Its shares are listed on the National Stock "
            "Exchange of India and BSE Limited.\n\n"
            "For more information, please contact:\n\nSarita Bhamidi\nCompany Secretary\nNeulara Laboratories Limited\n"
            "ir@neulara.example\n\n"
            "Abhinav Majumdar, Chief Financial Officer, Neulara Laboratories Limited, ir@neulara.example\n")
    ex = extract(parse_document(text, "t"))
    assert not any(k.startswith("Company|") and "bse" in k for k in ex.entities)
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in ex.facts if f.kind == "role"}
    assert ("Sarita Bhamidi", "neulara laboratories", "Company Secretary") in got
    assert ("Abhinav Majumdar", "neulara laboratories", "Chief Financial Officer") in got
    assert not any(title.endswith("Limited") for _p, _o, title in got)


def test_two_brands_licensed_together_by_a_plural_pronoun():
    text = ("ANN ARBOR, Mich., January 2, 2023 -- Esparion Therapeutics, Inc. launched NEXOLET (bempedoic acid) tablets and "
            "ZETARIN (bempedoic acid and ezetimibe) tablets in the United States. They are commercialised in Europe by "
            "Daichi Sanko Europe GmbH under a licence agreement signed with Esparion in 2019.")
    ex = extract(parse_document(text, "t"))
    licences = {roles_of(f, "licensor", "licensee", "product") for f in ex.facts if f.kind == "licensing"}
    assert {("esparion therapeutics", "daichi sanko europe", "NEXOLET"), ("esparion therapeutics", "daichi sanko europe", "ZETARIN")} <= licences


def test_numbered_units_at_towns_and_research_centres_are_sites():
    text = ("HYDERABAD, India -- Neulara Laboratories Limited operates three manufacturing facilities in Telangana: Unit-1 at "
            "Bonthapally, Unit-2 at Pashamylaram and Unit-3 at Gaddapotharam. Genfleetix Therapeutics employs about 200 "
            "people at its research centres in Shanghai and Hangzhou.")
    sites = {roles_of(f, "operator", "location") for f in facts(text, "facility")}
    assert {("neulara laboratories", "Bonthapally"), ("neulara laboratories", "Pashamylaram"), ("neulara laboratories", "Gaddapotharam"),
            ("genfleetix therapeutics", "Shanghai"), ("genfleetix therapeutics", "Hangzhou")} <= sites
    assert ("neulara laboratories", "Telangana") not in sites


def test_contact_lines_with_a_dash_and_an_agency_and_a_programme_cut_by_and():
    text = ("BOSTON, August 25, 2021 -- Ascenda Pharma A/S announced approval. \"This matters,\" said Paul Thorn, M.D., Medical "
            "Director of the Endocrine and Diabetes Program at Cook Children's Medical Center in Fort Worth, Texas.\n\n"
            "Contacts\n\n**Ascenda** – Mads Kronberg, Vice President, Media Relations, Ascenda Pharma A/S, mk@ascenda.example\n\n"
            "Kaitlyn Gallant\nVice President\nReal Chemica\nkg@realchemica.example\n")
    ex = extract(parse_document(text, "t", "markdown"))
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in ex.facts if f.kind == "role"}
    assert ("Paul Thorn", "cook children's medical center", "Medical Director of the Endocrine and Diabetes Program") in got
    assert ("Mads Kronberg", "ascenda pharma", "Vice President, Media Relations") in got
    assert ("Kaitlyn Gallant", "real chemica", "Vice President") in got


def test_a_brand_in_title_case_in_brackets_after_an_inn():
    text = ("SHANGHAI, November 2024 -- Genfleetix Therapeutics announced approval. Two KRAS G12C inhibitors, Amgen's sotorasib "
            "(Lumakras) and adagrasib (Krazati), originally developed by Mirati Therapeutics, are marketed in the United States.")
    ex = extract(parse_document(text, "t"))
    assert {"Product|Lumakras", "Product|Krazati"} <= set(ex.entities)
    devs = {roles_of(f, "product", "developer") for f in ex.facts if f.kind == "development"}
    assert ("Lumakras", "amgen") in devs and ("Krazati", "mirati therapeutics") in devs


def test_a_party_working_with_another_on_a_product_is_a_collaboration():
    text = ("SAO PAULO, Brazil, January 2021 -- Uniao Farmaceutica said. Other vaccines are moving ahead in Brazil: the Butanta "
            "Institute is working with China's Sinovax Biotech on CoronaVex.")
    ties = [({str(p).split("|", 1)[1] for p in f.role("party")}, f.value("subject")) for f in facts(text, "collaboration")]
    assert ({"butanta institute", "sinovax biotech"}, "CoronaVex") in ties or any(
        {"sinovax biotech"} < parties and "butanta" in " ".join(parties) for parties, _s in ties)


def test_a_decision_and_a_filing_in_one_sentence_each_their_own_products():
    text = ("HANGZHOU, China, December 9, 2019 -- Zhejiang Hisan Pharmaceutical Co., Ltd. announced approval of Anjianing. "
            "Bio-Thara Solutions received NMPA approval for its adalimumab biosimilar Qletra in November 2019, and applications "
            "for the candidates of Innovant Biologics (IBX303) and Shanghai Henlios Biotech (HLX93) have been accepted for "
            "review by the NMPA but not yet decided. Medicaro has also submitted data to other regulators, including the World "
            "Health Organization for emergency use listing; those reviews are ongoing and Anjianing is not yet authorized "
            "outside China.")
    approvals = {roles_of(f, "product", "regulator") for f in facts(text, "approval")}
    assert ("Qletra", "nmpa-cn") in approvals
    assert not any(p in ("IBX303", "HLX93") for p, _r in approvals) and not any(r == "who" for _p, r in approvals)


def test_contact_blocks_under_a_company_line_a_colon_heading_and_between_bars():
    text = ("NEW YORK, January 2, 2024 -- TGX Therapeutics, Inc. licensed BRIUVA to Neuraxa GmbH.\n\n"
            "Investor and Media Relations, TGX Therapeutics:\nJenna Bosca\nSenior Vice President, Corporate Communications\n"
            "TGX Therapeutics, Inc.\nir@tgx.example\n\n"
            "Neuraxa GmbH\nScott Gordan\nPresident\nCORA IR\nscott@cora.example\n\n"
            "Media enquiries\nWang Lian | Public Relations Director | Neuraxa GmbH | pr@neuraxa.example\n")
    ex = extract(parse_document(text, "t"))
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in ex.facts if f.kind == "role"}
    assert ("Jenna Bosca", "tgx therapeutics", "Senior Vice President, Corporate Communications") in got
    assert ("Scott Gordan", "cora ir", "President") in got
    assert ("Wang Lian", "neuraxa", "Public Relations Director") in got


def test_roles_the_words_give_to_the_company_or_an_organisation_named_after_who_is():
    text = ("BOSTON, May 3, 2024 -- Corvenna Therapeutics today announced a licence agreement with Halvoro Pharma.\n\n"
            "Tamsin Reyl, the company's Chief Executive Officer, welcomed the deal.\n\n"
            "Founded in 1966 by Dr. Cyrus Palamvala, its Chairman and Managing Director, Halvoro Pharma Pvt. Ltd. is "
            "headquartered in Pune.\n\n"
            "Halvoro Pharma is part of the Palam Group, chaired by Salman Rahmat, who is also Chairman of Halvoro Pharma.\n")
    ex = extract(parse_document(text, "t"))
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in ex.facts if f.kind == "role"}
    assert ("Tamsin Reyl", "corvenna therapeutics", "Chief Executive Officer") in got
    assert {("Cyrus Palamvala", "halvoro pharma", "Chairman"), ("Cyrus Palamvala", "halvoro pharma", "Managing Director")} <= got
    assert ("Salman Rahmat", "halvoro pharma", "Chairman") in got
    assert not any(p == "Cyrus Palamvala" and o == "corvenna therapeutics" for p, o, _t in got)


def test_rights_that_belong_to_a_company_and_codes_listed_after_a_colon():
    text = ("MELBOURNE, Australia, December 18, 2024 -- Tessoblast Limited today announced results for tazemetostat. "
            "Rights to tazemetostat in Greater China belong to Hutchmod Pharma under an existing collaboration with Tessoblast. "
            "Its partner received approval for three biosimilars developed by Tessoblast: AVT16, AVT33 and AVT44. "
            "Shares (KOSDAQ: AB1234) rose.")
    licences = {roles_of(f, "licensor", "licensee", "product") + (f.value("territory"),) for f in facts(text, "licensing")}
    assert ("tessoblast", "hutchmod pharma", "tazemetostat", "Greater China") in licences
    products = {roles_of(f, "product") for f in facts(text, "development")}
    assert {("AVT16",), ("AVT33",), ("AVT44",)} <= products and ("AB1234",) not in products
    text = ("SEOUL, May 2, 2024 -- Tessoblast Limited announced FDA approval of RYV-101. In Japan, Tessoblast's licensee "
            "Kanda Pharmaceuticals Co., Ltd. markets RYV-101 under a licence covering Japan.")
    licences = {roles_of(f, "licensor", "licensee") for f in facts(text, "licensing")}
    assert ("tessoblast", "kanda pharmaceuticals") in licences


def test_two_vice_chairmen_a_founder_in_a_relative_clause_and_an_appointee_described_between_commas():
    text = ("TOKYO, May 3, 2024 -- Corvenna Therapeutics today announced changes to its board.\n\n"
            "Hanna Rydell, who founded the company in 2009, is its Executive Chairman.\n\n"
            "Tomas Berglund and Anita Sorvik, the company's two Vice Chairmen, will remain on the board.\n\n"
            "Corvenna named Paul Josephson, a director since 2021, as interim CEO. Jane Roewen, who co-founded Kessler "
            "Biologics in 1998, joined the board.")
    ex = extract(parse_document(text, "t"))
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in ex.facts if f.kind == "role"}
    assert {("Hanna Rydell", "corvenna therapeutics", "Executive Chairman"), ("Hanna Rydell", "corvenna therapeutics", "Founder"),
            ("Tomas Berglund", "corvenna therapeutics", "Vice Chairman"), ("Anita Sorvik", "corvenna therapeutics", "Vice Chairman"),
            ("Paul Josephson", "corvenna therapeutics", "interim CEO"), ("Jane Roewen", "kessler biologics", "Co-founder")} <= got


def test_no_person_from_a_possessive_or_a_business_partner_and_an_investment_firm_as_an_organisation():
    text = ("BOSTON, April 1, 2021 -- Servier completed the deal.\n\n- Partner Bracco Imaging receives approval for Vueway\n\n"
            "\"We are ready,\" said David K. Lee, Chief Executive Officer of Servier Pharmaceuticals, Servier's U.S. subsidiary "
            "based in Boston. The Board added William A. Ackman, Chief Executive Officer of Pershing Square Capital Management, "
            "to its Board of Directors.")
    ex = extract(parse_document(text, "t"))
    got = {roles_of(f, "person", "organization") + (f.value("title"),) for f in ex.facts if f.kind == "role"}
    assert ("William A. Ackman", "pershing square capital management", "Chief Executive Officer") in got
    assert not any("Servier's" in p or p == "Bracco Imaging" for p, _o, _t in got)


def test_a_national_arm_is_a_company_of_its_own_a_strength_in_per_cent_and_a_unit_named_with_and():
    text = ("PARAMUS, N.J., July 20, 2021 -- Kessler Plasma USA today announced that the FDA has approved Ovragam 10% "
            "[Immune Globulin Intravenous (Human)] for the treatment of dermatomyositis in adults. \"This matters,\" said "
            "Rohan Aggar, MD, Medical Director of the Arthritis and Autoimmunity Center at the University of Pittsburgh.\n\n"
            "About Kessler Plasma\nKessler Plasma operates manufacturing sites in Vienna (Austria) and Springe (Germany). "
            "Kessler Plasma USA, the group's U.S. subsidiary, is based in Paramus, New Jersey.")
    ex = extract(parse_document(text, "t"))
    assert {"Company|kessler plasma", "Company|kessler plasma usa"} <= set(ex.entities)
    assert ("Ovragam 10%", "fda-us") in {roles_of(f, "product", "regulator") for f in ex.facts if f.kind == "approval"}
    assert ("kessler plasma", "Vienna") in {roles_of(f, "operator", "location") for f in ex.facts if f.kind == "facility"}
    assert ("Rohan Aggar", "university of pittsburgh", "Medical Director of the Arthritis and Autoimmunity Center") in {
        roles_of(f, "person", "organization") + (f.value("title"),) for f in ex.facts if f.kind == "role"}


def test_a_formulation_after_a_capitalised_brand_and_words_that_are_no_products():
    text = ("NEW HAVEN, Conn., February 27, 2020 -- Biohaxen Pharmaceutical Holding Company Ltd. announced that the FDA has "
            "approved NORTEC™ ODT (rimegepant) for the acute treatment of migraine in adults who responded to treatment with "
            "lanreotide. NORTEC ODT is made by Catalant. Its portfolio includes KPL-404, a monoclonal antibody inhibitor of the "
            "CD40-CD154 interaction in Phase 1, and mavrilimumab, in Phase 2/3 development for COVID-19-related pneumonia. "
            "Teplizumab delayed insulin-dependent disease.")
    ex = extract(parse_document(text, "t"))
    products = {k.split("|", 1)[1] for k in ex.entities if k.startswith("Product|")}
    assert "NORTEC ODT" in products and not {"NORTEC", "ODT", "CD40-CD154", "COVID-19-related"} & products
    assert {roles_of(f, "product") for f in ex.facts if f.kind == "approval"} == {("NORTEC ODT",)}
    assert not any(f.value("modality") == "insulin" for f in ex.facts if f.kind == "development")


def test_a_joint_inspection_a_science_park_a_list_of_people_with_titles_and_the_payee_of_a_licence():
    text = ("LEIDEN, the Netherlands, November 21, 2019 -- HALIK B.V. (\"HALIK\"), a CDMO, today opened its new facility at the "
            "Leiden Bio Science Park. Alex Huyben, Chief Operating Officer of HALIK, Dr. Roland Hechtel, Chief Customer Officer, "
            "and Dr. Harry Flory, Chairman of the Supervisory Board, performed the ceremony. In February 2014 inspectors from "
            "Belgium's Federal Agency for Medicines and Health Products (FAMHP) jointly inspected the plant during the review of "
            "a product, and confirmed its compliance with EU GMP.")
    ex = extract(parse_document(text, "t"))
    assert "Company|leiden bio science park" not in ex.entities
    assert ("halik", "Leiden") in {roles_of(f, "operator", "location") for f in ex.facts if f.kind == "facility"}
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in ex.facts if f.kind == "role"}
    assert ("Roland Hechtel", "halik", "Chief Customer Officer") in roles
    assert not any(p == "Roland Hechtel" and t == "Chief Operating Officer" for p, _o, t in roles)
    assert ("halik", "famhp-be") in {roles_of(f, "holder", "issuer") for f in ex.facts if f.kind == "certification"}
    text = ("LUGANO, Switzerland, August 4, 2016 -- Helsen Healthcare SA and MEO Pharma, Inc. signed a licence for pracinostat. "
            "Under the agreement, Helsen receives exclusive worldwide rights to pracinostat. In return for the rights, MEO Pharma will "
            "receive an upfront payment of USD 15 million.")
    assert {roles_of(f, "licensor", "licensee") for f in facts(text, "licensing")} == {("meo pharma", "helsen healthcare")}


def test_an_orphan_medicinal_product_designation_a_spanish_centre_and_a_partner_formed_with():
    text = ("ROME, July 10, 2017 -- Dompo Farmaceutici S.p.A. announced approval of Oxervoto. The European Medicines Agency (EMA) "
            "designated cenegermin an orphan medicinal product for neurotrophic keratitis in December 2015.\n\n"
            "Halden Cancer Center Inc. and its Cuban research partner, the Centro de Inmunología Molecular (CIM), in Havana, "
            "have formed Immunotherapy Alliance S.A., a joint venture.")
    ex = extract(parse_document(text, "t"))
    assert "orphan drug designation" in {f.value("kind") for f in ex.facts if f.kind == "approval" and roles_of(f, "regulator") == ("ema-eu",)}
    assert "Company|centro de inmunología molecular" in ex.entities
    assert any({"halden cancer center", "centro de inmunología molecular"} <= {str(p).split("|", 1)[1] for p in f.role("party")}
               for f in ex.facts if f.kind == "collaboration")


def test_products_listed_with_their_makers_but_not_reference_products():
    text = ("RANCHO CUCAMONGA, Calif., June 30, 2023 -- Amphastor Pharmaceuticals, Inc. completed its purchase of BAQSIMO® (glucagon) nasal powder. "
            "BAQSIMO competes with rescue products such as Gvuke, marketed by Xeris Biopharma, and Zegalugue, developed by "
            "Zealand Pharma. The respective reference products are Lantas, marketed by Sanofi, and NovoLug, marketed by Novo "
            "Nordisk.")
    ex = extract(parse_document(text, "t"))
    devs = {roles_of(f, "product", "developer") for f in ex.facts if f.kind == "development"}
    assert {("Gvuke", "xeris biopharma"), ("Zegalugue", "zealand pharma")} <= devs
    assert "Product|NovoLug" not in ex.entities


def test_an_acquisition_through_a_vehicle_is_its_owners():
    text = ("NORTHWICH, United Kingdom, 2 June 2023 -- The boards of Dexra Pharmaceuticals PLC (\"Dexra\") and Frey Bidco Limited "
            "(\"Bidco\") announced today that they have agreed the terms of a recommended all-cash acquisition of the entire "
            "issued share capital of Dexra. Bidco is a newly incorporated company that will be indirectly owned by the Kessler X "
            "fund, managed by the Swedish investment organisation Kessler Partners AB.")
    assert {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")} == {("kessler partners", "dexra pharmaceuticals")}
    text += (" The offer values Dexra's fully diluted share capital at approximately £4.46 billion and implies an enterprise value "
             "of about £4.88 billion.")
    assert {f.value("value") for f in facts(text, "acquisition")} == {"GBP 4.46 billion"}


def test_a_pack_word_is_no_product_and_a_second_verb_is_the_subjects():
    text = ("OSAKA, Japan, March 28, 2022 -- Maruhi Co., Ltd. announced that the MHLW has granted approval for Mitchgo(R) "
            "Subcutaneous Injection 60mg Syringes (nemolizumab). Under Mr. De Silva, Endox Pharmaceuticals plc relocated its "
            "headquarters to Dublin after acquiring the Canadian specialty company Paladon Labs Inc. for about $1.6 billion in "
            "February 2014, and expanded its U.S. business through the purchases of Auxilia Pharmaceuticals and Parr "
            "Pharmaceutical. Mr. Campanelli has led Endox's U.S. Generic Pharmaceuticals segment since Endox completed its "
            "acquisition of Parr Pharmaceutical in September 2015.")
    ex = extract(parse_document(text, "t"))
    assert "Product|Syringes" not in ex.entities
    deals = {roles_of(f, "acquirer", "target") for f in ex.facts if f.kind == "acquisition"}
    assert {("endox pharmaceuticals", "paladon labs"), ("endox pharmaceuticals", "auxilia pharmaceuticals")} <= deals
    assert not any(a == "paladon labs" for a, _t in deals) and not any("generic" in a for a, _t in deals)


def test_gnrh_antagonist_and_ppar_agonist_stems():
    text = ("GENEVA, January 27, 2022 -- ObsEvo SA and Theramox Ltd today announced an exclusive licence agreement under which "
            "Theramox will commercialise linzagolix in all markets outside the United States. Separately, the NMPA approved "
            "saroglitazar.")
    ex = extract(parse_document(text, "t"))
    assert {"Product|linzagolix", "Product|saroglitazar"} <= set(ex.entities)
    text = ("LONDON, November 20, 2018 -- BTX plc sells acute-care antidotes: CroFub, an antivenom for rattlesnake bites, and "
            "Varithona, a polidocanol injectable microfoam for varicose veins.")
    assert {"Product|CroFub", "Product|Varithona"} <= set(extract(parse_document(text, "t")).entities)
    text = ("LONDON, November 20, 2018 -- BTX plc announced results. Its Specialty Pharmaceuticals business sells CroFub, an "
            "antivenom for rattlesnake bites.")
    ex = extract(parse_document(text, "t"))
    assert "Company|specialty pharmaceuticals" not in ex.entities
    assert ("CroFub", "btx") in {roles_of(f, "product", "developer") for f in ex.facts if f.kind == "development"}


def test_an_approval_for_use_with_another_medicine_is_not_that_ones():
    text = ("SHENZHEN, China, July 19, 2024 -- Chipscrean Biosciences' chiglitazar approved in China for use with metformin "
            "in type 2 diabetes. The NMPA approved chiglitazar for use with metformin.")
    assert {roles_of(f, "product") for f in facts(text, "approval")} == {("chiglitazar",)}


def test_newer_who_inn_stems():
    text = ("ALLSCHWIL, Switzerland, March 20, 2024 -- Idorsal Ltd said the FDA approved vemacitentan for resistant "
            "hypertension. Its partner Brenmed Inc. develops dusocatib and the company also markets corvipertin, lomarotene, "
            "cenvibamate, relapivat and tovidectin, and licenses dovosporin. It sells no cephalosporin.")
    ents = set(extract(parse_document(text, "t")).entities)
    assert {"Product|" + p for p in ("vemacitentan", "dusocatib", "corvipertin", "lomarotene", "cenvibamate", "relapivat",
                                     "tovidectin", "dovosporin")} <= ents
    assert "Product|cephalosporin" not in ents
    assert {roles_of(f, "product") for f in facts(text, "approval")} == {("vemacitentan",)}


def test_present_title_without_organisation_and_spaced_degrees():
    text = ("RANCHO CUCAMONGA, Calif., April 27, 2023 -- Ambastar Pharmaceuticals, Inc. completed the purchase. Mary Lu, a "
            "co-founder of the company, is Chairman of the Board and Chief Operating Officer. Tom Roe is Chief Executive "
            "Officer of Delta Bio Inc. \"A good day,\" said Will Sheridon, MB BS, Chief Medical Officer of Ambastar.")
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Mary Lu", "ambastar pharmaceuticals", "Chairman of the Board"),
            ("Mary Lu", "ambastar pharmaceuticals", "Chief Operating Officer"),
            ("Tom Roe", "delta bio", "Chief Executive Officer"),
            ("Will Sheridon", "ambastar pharmaceuticals", "Chief Medical Officer")} <= roles
    assert not any(p == "Tom Roe" and o == "ambastar pharmaceuticals" for p, o, _t in roles)


def test_service_provider_named_in_the_passive():
    text = ("SHANGHAI, May 5, 2022 -- Escogen Biotech Co., Ltd. announced that the NMPA accepted its IND for ESG499. Escogen "
            "Biotech is a clinical-stage company. Antibody production and GMP filling of the clinical samples were carried out "
            "by the contract manufacturer TOX Biopharm Co., Ltd. Its tablets are produced by Pfizza Inc. in Ohio.")
    assert {roles_of(f, "provider", "client") for f in facts(text, "service")} == {("tox biopharm", "escogen biotech")}


def test_sites_listed_with_at_and_made_at_a_unit_in_a_town():
    text = ("MUMBAI, India, June 20, 2023 -- Ajantra Pharma Limited said the FDA inspected its Dahej plant. The company's other "
            "manufacturing facilities are located in Aurangabad, Maharashtra, at Pithampur in Madhya Pradesh and at Guwahati "
            "in Assam.")
    sites = {roles_of(f, "operator", "location") for f in facts(text, "facility")}
    assert {("ajantra pharma", "Aurangabad"), ("ajantra pharma", "Pithampur"), ("ajantra pharma", "Guwahati")} <= sites
    text = ("BOULDER, Colo., May 29, 2020 -- Cordanpharma GmbH, a CDMO, and Modernix, Inc. today extended their lipid supply agreement. Under the "
            "amendment, lipid manufacturing will now also take place at Cordanpharma Chenôve in Chenôve, France, and at "
            "Cordanpharma Colorado in Boulder, Colorado. Modernix plans to make doses at Lonzo AG in Visp.")
    sites = {roles_of(f, "operator", "location") for f in facts(text, "facility")}
    assert {("cordanpharma", "Chenôve"), ("cordanpharma", "Boulder")} <= sites
    assert not any(t == "Visp" for _o, t in sites)


def test_place_names_with_spanish_and_portuguese_particles():
    text = ("CANELONES, Uruguay, March 7, 2016 -- Megara Pharma S.A. today inaugurated its new manufacturing plant in the "
            "Parque de las Ciencias free trade zone. Libbo S.A. built a biotechnology manufacturing site in Embu das Artes, in "
            "the state of Sao Paulo.")
    ex = extract(parse_document(text, "t"))
    assert "Place|Embu das Artes" in ex.entities and "Place|Embu da" not in ex.entities
    assert not any(k.startswith("Place|Parque de") and k != "Place|Parque de las Ciencias" for k in ex.entities)


def test_research_code_letters_name_its_developer():
    text = ("PARIS, June 23, 2021 -- Poxal SA and Sumitoma Pharma Co., Ltd. announced that the MHLW approved Twymix. The "
            "pipeline of the two partners is broad, say Poxal and the Pan-Society of Asian Immunology Congress. PXL065, a deuterium-stabilised enantiomer of pioglitazone, is being studied "
            "in the Phase 2 DESTINY-1 trial. SMP-100 is in Phase 1. AB-123 is in Phase 1. Data will be shown at PSAIC 2025.")
    devs = {roles_of(f, "product", "developer") for f in facts(text, "development")}
    assert ("PXL065", "poxal") in devs and ("SMP-100", "sumitoma pharma") in devs
    assert not any(p in ("AB-123", "PSAIC 2025") for p, _d in devs)


def test_sites_listed_after_a_comma_and_development_centres():
    text = ("CHENNAI, India, August 7, 2023 -- Solarix Active Pharma Sciences Limited passed an FDA inspection. The company "
            "operates six API manufacturing plants, at Ambernath, Mangalore, Mysore, Puducherry, Visakhapatnam and Cuddalore, "
            "together with research and development centres in Chennai and Bengaluru.")
    towns = {t for _o, t in (roles_of(f, "operator", "location") for f in facts(text, "facility"))}
    assert {"Ambernath", "Mangalore", "Mysore", "Puducherry", "Visakhapatnam", "Cuddalore", "Chennai", "Bengaluru"} <= towns


def test_services_for_a_client_named_after_for():
    text = ("WALTHAM, Mass., Feb. 23, 2022 -- Fishar Scientific Inc. and Modernix, Inc. today announced a "
            "collaboration. Under the expanded agreement, Fishar Scientific will reserve dedicated capacity for a range of aseptic "
            "fill-finish services for Modernix, covering both lyophilized and liquid filling.")
    assert {roles_of(f, "provider", "client") for f in facts(text, "service")} == {("fishar scientific", "modernix")}


def test_inspections_passed_in_the_next_sentence():
    text = ("CHENNAI, India, August 7, 2023 -- Solarix Active Pharma Sciences Limited said its Cuddalore site passed an FDA "
            "inspection. From February 7 to 9, 2023 the site underwent a European Union GMP inspection conducted jointly by "
            "the State Institute for Drug Control (SUKL) of the Czech Republic and Portugal's National Authority of Medicines "
            "and Health Products (INFARMED). Both inspections closed successfully. In March the Brazilian agency ANVISA "
            "inspected the site. The outcome is awaited.")
    issuers = {roles_of(f, "issuer")[0] for f in facts(text, "certification")}
    assert {"fda-us", "sukl-cz", "infarmed-pt"} <= issuers
    assert not issuers & {"ema-eu", "anvisa-br"}


def test_former_company_name_is_the_same_company():
    text = ("SEOUL, South Korea, December 23, 2021 -- HK Innogen Corp. (KOSDAQ: 195940), the Korean pharmaceutical company "
            "formerly known as CJ Healthcore, today announced a license agreement with Braintrea Laboratories, Inc. for K-CUB. "
            "Kolmer Korea completed its acquisition of CJ Healthcore in April 2020.")
    ex = extract(parse_document(text, "t"))
    assert "Company|cj healthcore" not in ex.entities
    assert {roles_of(f, "acquirer", "target") for f in ex.facts if f.kind == "acquisition"} == {("kolmer korea", "hk innogen")}
    text = ("NANJING, China, May 5, 2023 -- Gentech Biotech Co., Ltd. established ProBia Inc., formerly known as Gentech "
            "ProBia, as a CDMO. Gentech makes reagents.")
    assert {"Company|gentech biotech", "Company|probia"} <= set(extract(parse_document(text, "t")).entities)


def test_appointed_successor_names_the_predecessor_title():
    text = ("GAITHERSBURG, Md., Jan. 9, 2023 -- Novavex, Inc. today announced that its Board of Directors has appointed John C. "
            "Jacobs as President and Chief Executive Officer and as a member of the Board, succeeding Stanley C. Erk. Mr. Erk "
            "will retire on that date.")
    roles = {roles_of(f, "person") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Stanley C. Erk", "President"), ("Stanley C. Erk", "Chief Executive Officer"),
            ("John C. Jacobs", "member of the Board")} <= roles
    assert ("Stanley C. Erk", "member of the Board") not in roles


def test_product_in_apposition_with_a_route_and_its_clause_owner():
    text = ("TEL AVIV, July 24, 2017 -- NeuroDerma Ltd. agreed to be acquired. Many patients rely on Duopix, AbbVie's "
            "levodopa-carbidopa enteral suspension. RegenBio Inc. has licensed its NAV Technology to other companies; Novartix "
            "AG uses the NAV AAV9 vector in Zolgenza, its approved gene therapy.")
    devs = {roles_of(f, "product", "developer") for f in facts(text, "development")}
    assert {("Duopix", "abbvie"), ("Zolgenza", "novartix")} <= devs
    assert ("Zolgenza", "regenbio") not in devs


def test_founder_after_a_title_and_organisation():
    text = ('SHANGHAI, June 9, 2020 -- Jacobia Pharmaceuticals Co., Ltd. signed a licence. "A great day," said Yinxian Wang, '
            'Ph.D., Chairman and Chief Executive Officer of Jacobia, who founded the company in 2015.')
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Yinxian Wang", "jacobia pharmaceuticals", "Founder"),
            ("Yinxian Wang", "jacobia pharmaceuticals", "Chief Executive Officer")} <= roles


def test_territory_is_not_where_the_licensor_is_based():
    text = ("TOKYO, January 19, 2018 -- EA Pharmo Co., Ltd. in-licensed relugolix from Albirea AB, a company headquartered in "
            "Sweden, which granted it exclusive rights to the compound in Japan.")
    deals = [f for f in facts(text, "licensing")]
    assert deals and all(f.value("territory") != "Sweden" for f in deals)


def test_licence_products_of_its_own_part_and_roman_numeral_sentence_end():
    text = ("ROCKVILLE, Md., June 10, 2022 -- RegenBio Inc. opened a plant. The pipeline also includes RGX-121 for "
            "mucopolysaccharidosis type II and RGX-111 for mucopolysaccharidosis type I. RegenBio has licensed RGX-999 to "
            "Novartix AG; Novartix AG also uses the NAV AAV9 vector in Zolgenza, its approved gene therapy.")
    ex = extract(parse_document(text, "t"))
    assert any(f.evidence.sentence.endswith("type I.") for f in ex.facts if f.evidence)
    licensed = {roles_of(f, "product")[0] for f in ex.facts if f.kind == "licensing"}
    assert licensed == {"RGX-999"}


def test_oxazolidinone_and_pan_ppar_stems_and_numbered_vaccine_names():
    text = ("SHANGHAI, June 3, 2021 -- MicuRix Pharmaceutical Co., Ltd. said the NMPA approved contezolid. The FDA granted "
            "Fast Track designation to contezolid acefosamil. Inventiva SA said the FDA granted lanifibranor Breakthrough "
            "Therapy designation. HAVANA, August 20, 2021 -- CECMED granted an Emergency Use Authorization to the vaccine "
            "candidates SOBERANA 02 and Abdala.")
    approved = {roles_of(f, "product")[0] for f in facts(text, "approval")}
    assert {"contezolid", "contezolid acefosamil", "lanifibranor", "SOBERANA 02"} <= approved


def test_title_of_a_communications_function_at_the_company():
    text = ('PARIS, Feb 6, 2017 -- Cellectys S.A. got an IND. "We are pleased," said Jennifer Moora, VP of Communications at '
            'Cellectys. "Great," said Jane Roe, Head of Investor Relations at Cellectys.')
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert {("Jennifer Moora", "cellectys", "VP of Communications"), ("Jane Roe", "cellectys", "Head of Investor Relations")} <= roles


def test_product_of_a_company_in_apposition():
    text = ("LEVERKUSEN, Germany, February 1, 2021 -- Bayar AG will help manufacture CVnCoZ, the COVID-19 vaccine candidate of "
            "the biopharmaceutical company CureVak N.V., the two companies announced today.")
    assert {roles_of(f, "product", "developer") for f in facts(text, "development")} == {("CVnCoZ", "curevak")}
    assert ("bayar", "curevak") in {roles_of(f, "provider", "client") for f in facts(text, "service")}


def test_licence_to_discover_products_not_yet_named():
    text = ('SEOUL, May 12, 2025 -- Ribozon Inc., a biotechnology company, announced that it has entered into a research '
            'collaboration and license agreement with Kelly Pharma Co. ("Kelly") to discover and develop RNA editing medicines '
            'for hearing loss. Ribozon will receive an upfront payment and is eligible for up to $1.3 billion in milestones.')
    licences = {roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")}
    assert licences == {("ribozon", "kelly pharma", "None")}
    # a collaboration with no licence and no product to be found is no licence
    assert not facts("SEOUL, May 12, 2025 -- Ribozon Inc. signed a research collaboration with Kelly Pharma Co. to discover "
                     "RNA editing medicines.", "licensing")


def test_targets_and_trials_written_like_codes_are_no_products():
    text = ("SAN DIEGO, Jan 8, 2024 -- Ambrex Inc. will study ARX517 with ZYTIGA (abiraterone acetate), a CYP17 inhibitor. "
            "Its other drug reverses the effect of the Factor Xa inhibitors. The vaccine is Vi polysaccharide conjugated to "
            "CRM197, a non-toxic carrier protein. In two Phase 3 trials, PREVENT-19 in the United States and a trial in the "
            "United Kingdom, NVX-CoV2373 worked. It was tested in Children's Oncology Group protocol ACCL0431.")
    products = {roles_of(f, "product")[0] for f in facts(text, "development")}
    assert "ARX517" in products and not products & {"CYP17", "Xa", "CRM197", "PREVENT-19", "ACCL0431"}
    ex = extract(parse_document(text, "t"))
    names = {k.split("|", 1)[1] for k in ex.entities if k.startswith("Product|")}
    assert "ARX517" in names and not names & {"CYP17", "Xa", "CRM197", "PREVENT-19", "ACCL0431"}


def test_platforms_named_after_the_word_or_in_brackets_are_no_products():
    text = ("SEOUL, Feb 1, 2024 -- Altegen Inc. signed a deal for ALT-B9. Its platform technologies include Hybrozyme™, "
            "NexQ™-fusion and NexFab™. LegaChem Biosciences Inc. has built a proprietary ADC platform, OptiXC™. Arrowbead Inc. "
            "uses its Targeted RNAi Molecule (TRiX™) platform. Orchard Ltd. is also advancing two programs built on the same "
            "platform: OTL-299 for Hurler syndrome and OTL-298 for Hunter syndrome.")
    ex = extract(parse_document(text, "t"))
    names = {k.split("|", 1)[1] for k in ex.entities if k.startswith("Product|")}
    assert {"ALT-B9", "OTL-299", "OTL-298"} <= names
    assert not names & {"Hybrozyme", "NexQ", "NexFab", "OptiXC", "TRiX"}


def test_plc_and_bioservices_name_companies_and_a_sold_business_unit():
    text = ("LONDON, December 17, 2021 -- Jackson Mattley Plc (JM) today announced that it has agreed to sell its Health "
            "business to Altaro Capital Partners, LLC (Altaro), a New York-based investment firm, for £325 million. In April "
            "2021 Resolve Inc. acquired the drug substance manufacturer Ologo Bioservices of Alachua, Florida.")
    deals = {roles_of(f, "acquirer", "target"): f for f in facts(text, "acquisition")}
    assert ("altaro capital partners", "jackson mattley business health business") in deals
    assert deals[("altaro capital partners", "jackson mattley business health business")].value("status") == "agreed"
    assert ("resolve", "ologo bioservices") in deals
    ex = extract(parse_document(text, "t"))
    assert preferred_name("Company", ex.entities["Company|jackson mattley business health business"]["names"]) == "Jackson Mattley Health business"


def test_sites_bought_by_area_and_sites_bought_with_their_company():
    text = ("BOSTON, Nov 29, 2022 -- Resolve Inc. grew. In March 2021 it took over a 136,000-square-foot biomanufacturing "
            "plant in Mississauga, Ontario. Sterlin Pharma Solutions Ltd. acquired the 6,500-square-metre facility in Deeside "
            "in April 2021, when it bought ADC Biotechnik Ltd.")
    deals = {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert ("resolve", "Mississauga") in deals
    assert ("sterlin pharma solutions", "Deeside") not in deals and ("sterlin pharma solutions", "adc biotechnik") in deals


def test_certificate_of_a_site_goes_to_the_company_running_it():
    text = ("TUEBINGEN, November 23, 2020 -- CuraVac N.V. and Wackar Chemie AG said Wackar will make CVnCoZ at its biotech site "
            "in Amsterdam, the Netherlands. The Amsterdam facilities have been inspected by the European Medicines Agency (EMA) "
            "and are approved for the manufacture of biopharmaceuticals.")
    assert {roles_of(f, "holder", "site") for f in facts(text, "certification")} == {("wackar chemie", "Amsterdam")}


def test_authorisation_to_run_a_plant_in_the_dateline_town():
    text = ("ARRAS, France, November 16, 2023 – LFB SA, the French biopharmaceutical group, has obtained from the Agence nationale "
            "de sécurité du médicament et des produits de santé (ANSM) the official authorisation to open its new plant in "
            "Arras as a pharmaceutical establishment.")
    assert {roles_of(f, "holder", "issuer", "site") for f in facts(text, "certification")} == {("lfb", "ansm-fr", "Arras")}


def test_the_company_site_makes_each_product_for_its_owner():
    text = ("SPOKANE, Wash., May 30, 2022 -- Jubilent HollisterStier LLC expands. During the pandemic the Spokane site worked "
            "around the clock, producing Gilead Sciences' antiviral remdesivir and Eli Lilly and Company's antibody "
            "bamlanivimab. The plant also makes Jubilent HollisterStier's own allergy extracts, including Centrex.")
    services = {roles_of(f, "provider", "client", "product") for f in facts(text, "service")}
    assert services == {("jubilent hollisterstier", "gilead sciences", "remdesivir"),
                        ("jubilent hollisterstier", "eli lilly and company", "bamlanivimab")}


def test_two_similar_names_each_with_a_legal_form_are_two_companies():
    text = ('SPOKANE, May 30, 2022 -- "We are proud," said Pramod Yaday, Chief Executive Officer of Jubilent Pharma Limited. '
            "Jubilent Pharma Limited is a wholly owned subsidiary of Jubilent Pharmova Limited. Jubilent Pharmova Limited is "
            "listed in India. Evergren Theranostics grew; Evergreen Theranostics Inc. said so.")
    ex = extract(parse_document(text, "t"))
    companies = {k for k in ex.entities if k.startswith("Company|")}
    assert {"Company|jubilent pharma", "Company|jubilent pharmova"} <= companies
    assert "Company|evergren theranostics" not in companies  # (a typo of a name written once with its legal form)


def test_known_former_companies_and_a_participle_after_a_name():
    text = ("GENEVA, June 13, 2018 -- TDR began studying moxidectin for human use with Wyeth, later acquired by Pfizer, in the "
            "early 2000s. Mirum Pharmaceuticals, Inc. obtained exclusive rights to maralixibat from Shire in 2018.")
    assert ("pfizer", "wyeth") in {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert ("shire", "mirum pharmaceuticals", "maralixibat") in {roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")}


def test_ibat_carbapenem_and_bcl2_stems():
    text = ("FOSTER CITY, Calif., Sept 29, 2021 -- Miram Pharmaceuticals, Inc. obtained exclusive rights to maralixibat from "
            "Shire in 2018. It is also developing volixibat. Spero Inc. develops tebipenem; Orchid Pharma Ltd. invented "
            "enmetazobactam; BeiGene Ltd. studies sonrotoclax. Arina Inc. licensed ralinepag to United Therapeutix Corp.")
    ex = extract(parse_document(text, "t"))
    names = {k.split("|", 1)[1] for k in ex.entities if k.startswith("Product|")}
    assert {"maralixibat", "volixibat", "tebipenem", "enmetazobactam", "sonrotoclax", "ralinepag"} <= names


def test_degrees_written_as_two_dotted_groups():
    text = ('SAN DIEGO, May 24, 2022 -- "It is an important step," said Helena Torrey, M.B. Ch.B., President and Chief '
            "Executive Officer of Halozime Therapeutics, Inc.")
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert ("Helena Torrey", "halozime therapeutics", "Chief Executive Officer") in roles


def test_no_application_approved_and_a_conditional_approval_are_no_approvals():
    text = ("MILAN, March 21, 2024 -- Italfarmoco S.p.A. said the FDA approved DUVYZOT (givinostat). In the United Kingdom, ITF "
            "Pharmo Ltd is in discussions with the Medicines and Healthcare products Regulatory Agency (MHRA) about a licence "
            "for givinostat; no application has yet been approved there. Should givinostat be approved in Australia, the TGA "
            "would decide on its label.")
    assert {roles_of(f, "product", "regulator") for f in facts(text, "approval")} == {("DUVYZOT", "fda-us")}


def test_sites_it_took_over_are_the_subject_company_sites():
    text = ("BOSTON, Nov 29, 2022 -- National Resolve, Inc. (Resolve) signed a deal. In March 2021 it took over a "
            "136,000-square-foot biomanufacturing plant in Mississauga, Ontario, and in April 2021 it acquired the drug "
            "substance manufacturer Ologo Bioservices of Alachua, Florida.")
    assert ("national resolve", "Mississauga") in {roles_of(f, "operator", "location") for f in facts(text, "facility")}
    deals = {roles_of(f, "acquirer", "target"): f.value("status") for f in facts(text, "acquisition")}
    assert deals[("national resolve", "Mississauga")] == "completed"


def test_a_company_name_starts_after_its_kind():
    text = ("ILLKIRCH, France, March 31, 2023 -- Polyplux SA bought the Belgian plasmid DNA CDMO Xpresso Biologics and the "
            "French biologics CDMO Bio Elpido. Takahashi Ishi, General Manager of the Bio CDMO Division of Fujifilm "
            "Corporation, spoke.")
    ex = extract(parse_document(text, "t"))
    companies = {k for k in ex.entities if k.startswith("Company|")}
    assert {"Company|xpresso biologics", "Company|bio elpido"} <= companies
    assert not any("cdmo xpresso" in k for k in companies)
    assert ("polyplux", "xpresso biologics") in {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}


def test_the_licensee_develops_what_it_calls_its_lead_candidate():
    text = ("SOUTH SAN FRANCISCO, Dec. 08, 2022 -- Akera Therapeutics, Inc. said the FDA granted Breakthrough Therapy "
            "Designation to efruxifermin. Akera in-licensed efruxifermin from Amgen Inc. in 2018 under an exclusive worldwide "
            "licence. The compound was first made by Amgen Inc. scientists.\n\nAbout Akera\n\nFounded in 2017, the company is "
            "focused on efruxifermin, its lead product candidate.")
    assert {roles_of(f, "product", "developer") for f in facts(text, "development")} == {("efruxifermin", "akera therapeutics")}


def test_brands_without_a_mark_named_by_what_they_are_or_sold_as():
    text = ("MUMBAI, July 2, 2020 -- J.C. Chemikals Ltd. was sold. Its brands are Cilacor, a cilnidipine tablet for "
            "hypertension, and Metrogel, a metronidazole anti-infective. Nova Nordiska A/S markets it as Saxendo for obesity "
            "and Victozo for type 2 diabetes.")
    ex = extract(parse_document(text, "t"))
    names = {k.split("|", 1)[1] for k in ex.entities if k.startswith("Product|")}
    assert {"Cilacor", "Metrogel", "Saxendo", "Victozo"} <= names
    assert ("Saxendo", "nova nordiska") in {roles_of(f, "product", "developer") for f in facts(text, "development")}


def products_in(text: str) -> set[str]:
    ex = extract(parse_document(text, "t"))
    return {k.split("|", 1)[1] for k in ex.entities if k.startswith("Product|")}


def test_brands_without_a_mark_listed_after_words_that_say_they_are_brands():
    text = ("PUNE, May 4, 2021 -- Veltrix Pharma Ltd. sells its anticoagulants under the brand names Fraxomin, Orvalane and "
            "Mono-Tessex. Among the best-known names are Practol, Zydex and Bro-zydex. Its best-known brand is Kardiovit. "
            "The company also markets the oral brands Remix and Remizen (remogliflozin etabonate).")
    assert {"Fraxomin", "Orvalane", "Mono-Tessex", "Practol", "Zydex", "Bro-zydex", "Kardiovit", "Remix", "Remizen"} <= products_in(text)


def test_names_listed_after_brand_words_that_are_not_medicines():
    text = ("WALTHAM, Mass., May 4, 2021 -- Korvath Scientific Inc. serves science through industry-leading brands, including "
            "Korvath Instruments, Applied Biolabs, Invitrix, Unity Lab Services and Patheon. Its products are sold in markets "
            "such as Russia, Georgia and Armenia. Zelma Pharma Ltd. works through its Generics, Injectables and Branded businesses.")
    assert not {"Korvath Instruments", "Russia", "Georgia", "Generics", "Injectables"} & products_in(text)


def test_a_portfolio_of_brands_bought_is_each_brand_bought():
    text = ("HYDERABAD, India, February 12, 2020 -- Ravindra Laboratories Ltd. today announced a definitive agreement with "
            "Wocken Pharma Limited to acquire selected divisions of Wocken Pharma's branded generics business in India for "
            "Rs 1,850 crore. The business to be transferred is made up of a portfolio of 62 brands. Among the best-known names "
            "are Practol, Zydex and Tryptol.\n\n"
            "In a second deal, Veltrix Pharma Ltd. will sell a portfolio of hospital products sold in Europe to Sandora AG for "
            "EUR 55 million. The portfolio comprises four brands. It includes Nimbol®, a neuromuscular blocker, and Naropal®, "
            "a local anaesthetic.")
    deals = {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert {("ravindra laboratories", "Practol"), ("ravindra laboratories", "Zydex"), ("ravindra laboratories", "Tryptol"),
            ("sandora", "Nimbol"), ("sandora", "Naropal")} <= deals
    assert not any(target in ("Practol", "Zydex") for buyer, target in deals if buyer != "ravindra laboratories")


def test_a_company_bought_with_its_products_is_no_product_purchase():
    text = ("NORTH BILLERICA, Mass., June 19, 2020 -- Lanthor Holdings Inc. acquired Progenix Inc. in June 2020, bringing the "
            "program, together with the radiotherapeutic AZEDRO® (iobenguane I 131), into its portfolio. Zelma Pharma Ltd. "
            "will transfer fill and finish operations for the three products to Morva Pharma's plant in Riyadh.")
    targets = {roles_of(f, "target")[0] for f in facts(text, "acquisition")}
    assert "AZEDRO" not in targets


def test_brands_of_a_company_bought_are_bought_not_the_company():
    text = ("NEW DELHI, March 1, 2022 -- Manvik Pharma Limited today announced that it has signed definitive agreements to "
            "acquire the domestic formulation brands of Panora Biotec Pharma Limited (\"PBPL\"), a wholly owned subsidiary of "
            "Panora Biotec Limited, for India and Nepal. The purchase consideration is Rs 1,872 crore. The brands being sold "
            "include:\n\n- Pangrol (tacrolimus), an immunosuppressant;\n- Mycepto (mycophenolate mofetil), a transplant "
            "immunosuppressant;\n- Alfadolin (alfacalcidol), a vitamin D analogue.\n")
    deals = {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert {("manvik pharma", "Pangrol"), ("manvik pharma", "Mycepto"), ("manvik pharma", "Alfadolin")} <= deals
    assert ("manvik pharma", "panora biotec pharma") not in deals


def test_a_universitys_school_is_the_organisation_of_a_professor():
    text = ("BALTIMORE, May 2, 2023 -- Korvex Bio Inc. named its advisers. Il Morn, Ph.D., Associate Professor of Radiology and "
            "Radiological Science at the Johns Hopkins University School of Medicine, joined. Min-seop Sang, Professor at "
            "Sogang University School of Business, also joined.")
    roles = {roles_of(f, "person", "organization") for f in facts(text, "role")}
    assert ("Il Morn", "johns hopkins university school of medicine") in roles
    assert ("Min-seop Sang", "sogang university school of business") in roles
    assert not any(person == "Radiological Science" for person, _ in roles)


def test_a_former_office_told_with_a_pronoun_at_a_company_named_only_there():
    text = ("STOCKHOLM, Nov. 21, 2023 -- Rekipharm AB today announced that Greg Behrens has been appointed Chief Executive "
            "Officer. Most recently he was Chief Executive Officer of Nestor Health Science, the Swiss nutrition business.")
    roles = {roles_of(f, "person", "organization") + (f.value("title"),) for f in facts(text, "role")}
    assert ("Greg Behrens", "nestor health science", "Chief Executive Officer") in roles


def test_national_gmp_certificates_and_a_directive_is_no_issuer():
    text = ("MUMBAI, July 26, 2023 -- Indora Remedies Limited today announced that it has received EU GMP certification from "
            "the Medicines Authority of Malta for its manufacturing site in Baddi. The certificate confirms that the site "
            "complies with the Good Manufacturing Practice requirements laid down in the relevant European Commission directive. "
            "At home, the plant obtained KGMP certification from Korea's Ministry of Food and Drug Safety (MFDS) in October 2017.")
    certs = {(roles_of(f, "holder", "issuer"), f.value("standard")) for f in facts(text, "certification")}
    assert (("indora remedies", "mma-mt"), "EU GMP") in certs
    assert (("indora remedies", "mfds-kr"), "KGMP") in certs
    assert not any(issuer == "ec-eu" for (_, issuer), _ in certs)


def test_the_university_a_company_spun_out_of_runs_none_of_its_sites():
    text = ("LONDON, Jan. 8, 2024 -- Oxbridge Biomedica plc (OXB) completed a deal. Founded in 1995 as a spin-out from the "
            "University of Oxford, Oxbridge Biomedica operates development and manufacturing facilities in Oxford and in "
            "Bedford, Massachusetts.\n\nAbout Kelso\n\nKelso Pharma Ltd. makes eye drops. The company was spun off from Formara "
            "Laboratories, Inc., an ingredient maker that operates API plants in Taoyuan, Taiwan.")
    sites = {roles_of(f, "operator", "location") for f in facts(text, "facility")}
    assert ("oxbridge biomedica", "Oxford") in sites and ("oxbridge biomedica", "Bedford") in sites
    assert not any(operator == "university of oxford" for operator, _ in sites)
    assert ("formara laboratories", "Taoyuan") in sites


def test_antipsychotic_inns_are_products():
    assert {"cariprazine", "olanzapine", "lurasidone"} <= products_in(
        "BUDAPEST, July 25, 2019 -- Gedeon Rihter Plc. sells cariprazine; rivals sell olanzapine and lurasidone.")


def test_two_companies_announcing_a_licence_the_one_whose_product_it_is_grants():
    text = ("LONDON, 25 July 2019 -- Hikmat Pharmaceuticals PLC (\"Hikmat\") and Gedeon Rihter Plc. (\"Rihter\") today "
            "announced an exclusive licence agreement for the commercialisation of cariprazine, Rihter's novel atypical "
            "antipsychotic, in a group of Middle East and North Africa markets.")
    (deal,) = facts(text, "licensing")
    assert roles_of(deal, "licensor", "licensee", "product") == ("gedeon rihter", "hikmat pharmaceuticals", "cariprazine")


def test_who_licensed_another_companys_product_takes_the_licence():
    text = ("BOSTON, May 5, 2023 -- Norvexa Biologics Inc. licensed Quintara Pharma's NVX-204 for Greater China in 2021. "
            "Veltrix Pharma Ltd. licensed its VLX-7 to Sandora AG for Europe.")
    deals = {roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")}
    assert ("quintara pharma", "norvexa biologics", "NVX-204") in deals
    assert ("veltrix pharma", "sandora", "VLX-7") in deals


def test_a_remit_after_a_title_is_no_part_of_it():
    # "in charge of ..." and "responsible for ..." say what the office covers; the organisation comes after or from the text
    text = ("Halvard Biologics Co., Ltd. announced that its second plant passed inspection. \"We can now export from "
            "both plants,\" said Park Min-seo, Executive Director in charge of Plant 2. Toma Varga, Deputy General "
            "Director responsible for Production, Supply Chain and Quality at Orvenna Pharma JSC, welcomed the news.")
    got = {(*roles_of(f, "person", "organization"), f.value("title")) for f in facts(text, "role")}
    assert got == {("Park Min-seo", "halvard biologics", "Executive Director"),
                   ("Toma Varga", "orvenna pharma", "Deputy General Director")}


def test_lists_of_directors_and_board_members_give_each_a_seat():
    text = ("Halvard Biologics Co., Ltd. today announced the launch of a Scientific Advisory Board (SAB). "
            "Dr. Ines Moravec has been appointed as the first Chair of the SAB. The other members of the SAB are:\n\n"
            "Tomas Lindqvist, M.D., Professor of Neurology at Orvenna University Hospital.\n\n"
            "Dr. Seo-yeon Park, a drug development specialist.\n\n"
            "Halvard Biologics also relies on a Board of Directors with outside experts. Its independent directors are "
            "Karel Novak, Chief Executive Officer of Novak Bio Consulting; Mira Jovic, Partner at Crossbay Partners LLC; "
            "and Aiko Mori, Professor at Sendai University.\n\nThe company is based in Incheon.")
    got = {(*roles_of(f, "person", "organization"), f.value("title")) for f in facts(text, "role")}
    assert {("Ines Moravec", "halvard biologics", "Chair of the Scientific Advisory Board"),
            ("Tomas Lindqvist", "halvard biologics", "member of the Scientific Advisory Board"),
            ("Seo-yeon Park", "halvard biologics", "member of the Scientific Advisory Board"),
            ("Karel Novak", "halvard biologics", "Independent Director"),
            ("Mira Jovic", "halvard biologics", "Independent Director"),
            ("Aiko Mori", "halvard biologics", "Independent Director")} <= got
    # the board's acronym is no organisation, and the paragraph after the list names no member
    assert not [g for g in got if g[1] in ("sab", "scientific advisory board") or g[0] == "Halvard Biologics"]


def test_a_german_state_authority_issues_eu_gmp_certificates():
    # EU GMP certificates for plants outside the EU are issued by a German state's inspectorate as often as by a national agency
    text = ("Korvani Pharma Limited announced that its oral solids plant at Vapi has been awarded an EU Good Manufacturing "
            "Practice (GMP) certificate by the Regierung von Oberbayern after an inspection in March 2024. Separately, its "
            "Baddi site received an EU GMP certificate from the Bezirksregierung Köln.")
    got = {(roles_of(f, "holder", "issuer"), f.value("standard")) for f in facts(text, "certification")}
    assert got == {(("korvani pharma", "rob-de"), "EU GMP"), (("korvani pharma", "bezreg-koeln-de"), "EU GMP")}


def test_a_company_that_licensed_a_product_took_the_licence_from_its_owner():
    text = ("Halvard Biologics Inc. today reported results for HB-207, its oral BTK inhibitor. The molecule has had a partner "
            "before: in July 2021 Orvenna Pharma AG licensed HB-207 for multiple sclerosis in a deal worth up to US$900 "
            "million. In 2019 Kestrel Therapeutics Ltd. licensed KT-88 from Moravia Bio GmbH in a US$40 million deal. Halvard Biologics also "
            "licensed HB-310 to Tamsin Pharma Corp. in 2020.")
    got = {roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")}
    assert got == {("halvard biologics", "orvenna pharma", "HB-207"), ("moravia bio", "kestrel therapeutics", "KT-88"),
                   ("halvard biologics", "tamsin pharma", "HB-310")}


def test_rights_licensed_to_a_partner_come_from_the_products_owner_named_before():
    text = ("Halvard Biologics Inc. and Orvenna Pharma AG signed a licence for HB-207 in Latin America. "
            "HB-207 was discovered by Halvard Biologics' research teams in Oslo. In Europe the product is marketed as Velora. "
            "Western European marketing rights are licensed to Tamsin Pharma Corp., and Halvard Biologics itself sells the "
            "molecule in the Nordics.")
    got = {roles_of(f, "licensor", "licensee") for f in facts(text, "licensing") if f.role("licensee") == "Company|tamsin pharma"}
    assert got == {("halvard biologics", "tamsin pharma")}


def test_a_companys_use_of_a_product_or_its_plan_to_develop_it_does_not_make_it_the_developer():
    text = ("Halvard Biologics Co., Ltd. said Orvenna Pharma AG will use HVB-4, its recombinant hyaluronidase, in two "
            "programmes. \"Orvenna's decision to use HVB-4 across more than one programme is an endorsement of our "
            "platform,\" said Park Min-seo, Chief Executive Officer of Halvard Biologics.\n\n"
            "Kestrel Pharma Inc. today announced an exclusive licence under which Tamsin Bio Corp. obtains the rights to "
            "KP-4849 outside China. Tamsin Bio will develop the candidate as TB-849.")
    developers = {str(e.role("product")).split("|")[-1]: str(e.role("developer")).split("|")[-1] for e in facts(text, "development")}
    assert developers.get("HVB-4") != "orvenna pharma"
    assert developers.get("KP-4849") == "kestrel pharma"


def test_a_short_name_defined_after_a_legal_forms_full_stop_and_world_regions_are_no_companies():
    text = ("Hikvana Pharmaceuticals PLC (\"Hikvana\") and Gedrin Richtel Plc. (\"Richtel\") today announced a licence for "
            "GR-118, Richtel's novel antipsychotic, in the MENA region. \"We are delighted,\" said Mara Selim, "
            "Executive Vice Chairman and President of MENA at Hikvana.")
    (deal,) = facts(text, "licensing")
    assert roles_of(deal, "licensor", "licensee") == ("gedrin richtel", "hikvana pharmaceuticals")
    assert {roles_of(f, "organization")[0] for f in facts(text, "role")} == {"hikvana pharmaceuticals"}


def test_the_signer_buys_the_sites_of_the_company_it_signed_with():
    text = ("ZOFINGEN, Switzerland, September 29, 2020 -- Halvard Holding AG has signed binding agreements with Orvenna "
            "Pharma AG to acquire two of the Swiss drugmaker's pharmaceutical production sites in Spain, at El Masnou "
            "and Sabadell.")
    got = {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert got == {("halvard holding", "El Masnou"), ("halvard holding", "Sabadell")}


def test_roles_taken_over_joined_as_an_independent_member_or_given_by_the_board():
    text = ("Shareholders of Halvard Peptides Group AG approved every proposal at the annual General Meeting. The meeting "
            "elected Ines Moravec, who joins the board as a new independent member. The AGM coincided with the first day "
            "in office of Tomas Lindqvist, whom the board named Chief Executive Officer on 3 April. The company also said "
            "that Aiko Mori will take over as Chief Financial Officer ad interim on 1 May and join the Executive Committee.")
    got = {(*roles_of(f, "person", "organization"), f.value("title")) for f in facts(text, "role")}
    assert got >= {("Ines Moravec", "halvard peptides group", "independent member of the Board of Directors"),
                   ("Tomas Lindqvist", "halvard peptides group", "Chief Executive Officer"),
                   ("Aiko Mori", "halvard peptides group", "Chief Financial Officer ad interim")}


def test_the_company_a_group_was_spun_off_from_runs_none_of_its_sites():
    text = ("About Halvard Peptides\n\nHalvard Peptides Group AG, headquartered in Baar, Switzerland, is a CDMO for peptide "
            "APIs. The group traces its origins to a 1996 spin-off from Orvenna Pharma and operates manufacturing sites in "
            "Malmö (Sweden), Strasbourg (France) and Ambernath (India).")
    operators = {roles_of(f, "operator")[0] for f in facts(text, "facility")}
    assert operators == {"halvard peptides group"}


def test_rivals_owners_and_business_units_are_no_clients_of_a_cdmo():
    text = ("Halvard Pharma Services, a CDMO, expanded its fill-finish capacity. Halvard Pharma Services competes for sterile "
            "fill-finish work with larger CDMOs such as Orvenna Biologics and Tamsin Bio, both of which manufacture for "
            "many clients. Halvard Pharma Services is controlled by the private equity firm Kestrel Capital and Moravia "
            "Holdings, with Lindqvist Partners retaining a minority holding; its owners have backed a push into "
            "services such as fill-finish of injectable drugs.")
    assert not facts(text, "service")


def test_head_offices_and_stock_exchange_towns_are_no_sites_unless_the_company_operates_there():
    text = ("About Halvard Pharma\n\nHalvard Pharma Limited, headquartered in Pune, India, offers products and services "
            "through manufacturing and development sites in North America, Europe and Asia. Halvard Pharma operates "
            "facilities in Europe and Asia, and its B shares are listed on Nasdaq Stockholm.\n\nAbout Orvenna\n\n"
            "Orvenna Bio SA is headquartered in Daix, near Dijon, France, where it operates its research and development facility.")
    got = {(roles_of(f, "operator")[0], roles_of(f, "location")[0]) for f in facts(text, "facility")}
    assert got == {("orvenna bio", "Daix")}


def test_a_team_list_and_a_chair_named_after_an_apposition_belong_to_the_company_not_to_former_employers():
    text = ("Halvard Bio Ltd. today launched with a US$400 million Series A. Alongside the CEO, the team includes Jane Roe, "
            "Ph.D., Chief Scientific Officer; Tomas Lindqvist, Chief Business Officer; and Aiko Mori, M.D., Chief Medical "
            "Officer, who joins from Orvenna Pharma GmbH. Mark Novak, M.D., founder of Kestrel Pharmaceuticals Inc. and "
            "former CEO of Tamsin Bio Inc., has been named Chairman of the Board.")
    got = {(*roles_of(f, "person", "organization"), f.value("title")) for f in facts(text, "role")}
    assert {("Jane Roe", "halvard bio", "Chief Scientific Officer"), ("Aiko Mori", "halvard bio", "Chief Medical Officer"),
            ("Mark Novak", "halvard bio", "Chairman of the Board")} <= got
    assert not [g for g in got if g[1] == "orvenna pharma" or (g[0] == "Mark Novak" and g[2] == "Chairman of the Board" and g[1] != "halvard bio")]


def test_the_partner_that_keeps_rights_granted_the_licence_both_announced():
    text = ("SOUTH SAN FRANCISCO and SHANGHAI, December 23, 2024 -- Orvenna Therapeutics, Inc. and Kestrel Pharmaceutical Co., "
            "Ltd. (\"Kestrel\") today announced an exclusive license agreement for KX-1904, a monoclonal antibody against "
            "immunoglobulin E (IgE). "
            "Kestrel keeps all rights in the Greater China region, where it is running Phase 2 trials of KX-1904.")
    (deal,) = facts(text, "licensing")
    assert roles_of(deal, "licensor", "licensee") == ("kestrel pharmaceutical", "orvenna therapeutics")


def test_a_product_bought_from_its_owner_is_a_product_acquisition_and_stays_the_sellers():
    text = ("LONDON, UK, 14 May 2025 -- Halvard plc has agreed to acquire velofermin alfa, the lead investigational medicine "
            "of privately held Orvenna Pharmaceuticals, the two companies announced on Wednesday.\n\n"
            "BASEL, Switzerland -- Kestrel AG has completed its acquisition of Lumidra (lifitegrast ophthalmic solution) and "
            "the assets associated with it from Tamsin Pharmaceutical Company Limited.")
    got = {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert ("halvard", "velofermin alfa") in got and ("kestrel", "Lumidra") in got
    assert not [g for g in got if g[1] in ("orvenna pharmaceuticals", "tamsin pharmaceutical")]
    developers = {str(e.role("product")).split("|")[-1]: str(e.role("developer")).split("|")[-1] for e in facts(text, "development")}
    assert developers.get("Lumidra") == "tamsin pharmaceutical"
    assert "Wednesday" not in developers


def test_a_professors_field_is_no_organisation():
    text = ("\"We are delighted to start this collaboration with Halvard,\" said Anand Rao, Dean of the Orvenna School of "
            "Engineering and Vannevar Bush Professor of Electrical Engineering and Computer Science.")
    assert not [f for f in facts(text, "role") if "engineering" in roles_of(f, "organization")[0] and "orvenna" not in roles_of(f, "organization")[0]]


def test_the_inn_of_a_licensed_brand_or_the_medicine_a_biosimilar_copies_is_no_licensed_product():
    text = ("Halvard Biologics Co., Ltd. and Tamsin Pharma Inc. signed an agreement under which Halvard Biologics grants Tamsin "
            "Pharma exclusive rights to commercialise Hervelo (trastuzumab) in Canada. In 2023 Kestrel Bio acquired exclusive "
            "commercialisation rights to KB-751, an ustekinumab biosimilar candidate developed by the US company Orvenna Inc.")
    got = {roles_of(f, "product")[0] for f in facts(text, "licensing")}
    assert got == {"Hervelo", "KB-751"}


def test_the_agency_named_before_approved_a_list_each_on_its_own_date():
    text = ("Halvard Biologics Ltd. said the MHRA has authorised Velzira. The agency approved the bevacizumab biosimilar "
            "Bevorra in December 2024, the filgrastim biosimilar Filgora in May 2025 and the pegfilgrastim biosimilar "
            "Pegdora in June 2025.")
    got = {(roles_of(f, "product", "regulator"), f.value("date")) for f in facts(text, "approval") if f.role("product") != "Product|Velzira"}
    assert got == {(("Bevorra", "mhra-gb"), "2024-12"), (("Filgora", "mhra-gb"), "2025-05"), (("Pegdora", "mhra-gb"), "2025-06")}


def test_an_fda_classification_of_a_site_as_vai_closes_its_inspection():
    text = ("US FDA Closes Halvard Park Inspection With VAI Status\n\nBENGALURU, India, November 11, 2024 -- Halvard Biologics "
            "Ltd., the biosimilars subsidiary of Halvard Ltd., said that the U.S. Food and Drug Administration (USFDA) has "
            "classified its manufacturing facilities at Halvard Park, Bengaluru, as Voluntary Action Indicated (VAI).")
    got = {roles_of(f, "holder", "issuer") for f in facts(text, "certification")}
    assert got == {("halvard biologics", "fda-us")}


def test_a_product_one_company_develops_and_another_sells_makes_them_commercialisation_partners():
    text = ("The FDA approved Byvora, developed by Halvard Bioepis Co., Ltd. and commercialized by Orvenna Inc., in September "
            "2021. Kestrel Biologics Inc. developed KV04. KV04 has already been approved in Japan, where it is commercialized by Tamsin "
            "Pharma Co., Ltd., and in Canada, where Moravia Pharma Inc. markets it as Morteki.")
    got = {(tuple(str(p).split("|")[-1] for p in f.role("party")), f.value("kind")) for f in facts(text, "collaboration")}
    assert got == {(("halvard bioepis", "orvenna"), "commercialisation partnership"),
                   (("kestrel biologics", "tamsin pharma"), "commercialisation partnership"),
                   (("kestrel biologics", "moravia pharma"), "commercialisation partnership")}


def test_the_subjects_second_verb_after_a_clause_naming_investors_is_the_subjects():
    text = ("Halvard Therapeutics Inc. today licensed a T-cell engager. The company emerged in September 2024 with a US$370 "
            "million financing co-led by Kestrel Capital Partners and Orvenna Ventures LLC, and at the same time acquired "
            "the start-up Tamsin Bio Inc.")
    got = {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert got == {("halvard therapeutics", "tamsin bio")}


def test_roles_told_by_surname_of_the_board_or_by_succeeding_him():
    text = ("PRINCETON, N.J., November 1, 2023 -- Halvard Pharma Inc. said today that Christopher Novak has become the "
            "company's Chief Executive Officer. Dr. Novak succeeds Giovanni Ferraro, M.D., who led Halvard Pharma as CEO for "
            "eight years. Dr. Ferraro continues to serve as Executive Chairman to support an orderly hand-over. Adam Lenko, "
            "previously Senior Vice President, was promoted to succeed him as Chief Commercialization Officer. Theodore Sam, "
            "Lead Independent Director of the Board, thanked the departing chief executive.")
    later = ("BOSTON, July 25, 2019 -- Orvenna Pharmaceuticals Inc. has settled who will run the company after Jeffrey Lind. "
             "The Board said it approved a transition under which Dr. Lind, currently Chairman and Chief Executive Officer, "
             "will become Executive Chairman on April 1, 2020.")
    got = {(*roles_of(f, "person", "organization"), f.value("title")) for f in facts(text, "role") + facts(later, "role")}
    assert {("Giovanni Ferraro", "halvard pharma", "Executive Chairman"),
            ("Adam Lenko", "halvard pharma", "Chief Commercialization Officer"),
            ("Theodore Sam", "halvard pharma", "Lead Independent Director of the Board"),
            ("Jeffrey Lind", "orvenna pharmaceuticals", "Chief Executive Officer")} <= got


def test_a_district_after_its_citys_possessive_and_a_town_a_site_is_at_are_places():
    text = ("Halvard Biotech Inc. operates manufacturing facilities in Shanghai's Xuhui district and in Songjiang. "
            "Kestrel Lifesciences Ltd. said it has received an Establishment Inspection Report (EIR) from the USFDA for its "
            "formulations manufacturing facility at Moravaya, near Ahmedabad.")
    places = {(roles_of(f, "operator")[0], roles_of(f, "location")[0]) for f in facts(text, "facility")}
    assert {("halvard biotech", "Xuhui"), ("halvard biotech", "Songjiang"), ("kestrel lifesciences", "Moravaya")} <= places
    assert not [p for p in places if p[1] in ("Shanghai", "Shanghai's Xuhui", "Ahmedabad")]
    assert not [f for f in facts(text, "development") if "Moravaya" in str(f.role("product"))]


def test_a_surname_after_an_apposition_is_currently_a_title_and_a_business_after_a_title_is_no_person():
    text = ("DARMSTADT, Germany, September 28, 2020 -- The partners of Halvard KGaA have appointed Belen Garro as Chief "
            "Executive Officer with effect from May 1, 2021. Garro, a Spanish-born physician, is currently Vice Chair of the "
            "Executive Board. Kai Berg, Member of the Executive Board and CEO Performance Materials, and Marcus Kuhn, the "
            "Chief Financial Officer, will remain on the Executive Board.")
    got = {(*roles_of(f, "person", "organization"), f.value("title")) for f in facts(text, "role")}
    assert ("Belen Garro", "halvard", "Vice Chair of the Executive Board") in got
    assert not [g for g in got if "Performance" in g[0] or "Materials" in g[0]]


def test_a_headlines_verb_before_a_title_and_who_resigned_to_become():
    text = ("Halvard Biotech Picks Chief Medical Officer Rina Kowal to Succeed Lind as CEO\n\n"
            "BOSTON -- Halvard Biotech Inc. said its board has chosen its next chief executive.")
    later = ("INDIANAPOLIS -- Orvenna Pharma Inc. named Lucas Monte CFO. Monte succeeds Ana Ashby, who resigned earlier this "
             "year to become Chief Financial Officer of Kestrel Technologies Inc., a position she took up on July 31.")
    got = {(*roles_of(f, "person", "organization"), f.value("title")) for f in facts(text, "role") + facts(later, "role")}
    assert ("Rina Kowal", "halvard biotech", "Chief Medical Officer") in got
    assert ("Ana Ashby", "kestrel technologies", "Chief Financial Officer") in got
    assert not [g for g in got if "picks" in g[1]]


def test_roles_appointed_as_an_independent_director_a_group_chair_and_a_head_who_pointed():
    text = ("PARIS, France, May 25, 2023 -- Halvard SA's General Shareholders' Meeting approved every item. Shareholders "
            "voted to appoint Frederic Oudan as an independent director. \"We are proud,\" said Kiran Mazur, Group "
            "Chairperson, Halvard SA. Hans Clevan, Head of Pharma Research and Early Development, pointed to the benefits.")
    got = {(*roles_of(f, "person", "organization"), f.value("title")) for f in facts(text, "role")}
    assert {("Frederic Oudan", "halvard", "independent director"), ("Kiran Mazur", "halvard", "Group Chairperson"),
            ("Hans Clevan", "halvard", "Head of Pharma Research and Early Development")} <= got


def test_a_seller_after_a_description_is_no_target_and_a_region_in_brackets_no_site():
    text = ("Bedford came into Halvard's network through the acquisition of Orvenna Lyophilization, Inc., which Halvard Pharma "
            "Services completed in December 2021. Halvard Pharma Services bought the company from the private equity firm "
            "Kestrel Capital Partners. Halvard Pharma Services operates sites in Malmö (Sweden) and Torrance (California, USA).")
    assert not [f for f in facts(text, "acquisition") if "kestrel" in str(f.role("target"))]
    assert {roles_of(f, "location")[0] for f in facts(text, "facility")} == {"Malmö", "Torrance"}


def test_a_serum_described_in_an_apposition_is_a_product():
    text = ("BUENOS AIRES, Argentina, January 12, 2021 -- Inmova S.A., an Argentine biotechnology company, said today that the "
            "first lots of VeroFab, its hyperimmune equine serum against SARS-CoV-2, are ready to be shipped. Argentina's drug "
            "regulator ANMAT authorized the product on December 22, 2020.")
    assert {roles_of(f, "product", "regulator") for f in facts(text, "approval")} == {("VeroFab", "anmat-ar")}


def test_brands_in_brackets_after_their_owner_and_a_second_biosimilar_with_its():
    text = ("Corvane Biologics received a certificate for CVB-14, its proposed biosimilar to Lumora® and Tessiva® (velumab), "
            "and CVB-11, its proposed biosimilar to Pendra® (pertavumab). Applications for the velumab candidates of Ostrel "
            "Biologics (OB-303) and Quintara Pharma (QP-03) are under review. In Europe the originator of ranexin is sold "
            "by Halvard Pharma under the Ranexa® brand.")
    got = {roles_of(f, "product", "developer") for f in facts(text, "development")}
    assert {("CVB-14", "corvane biologics"), ("CVB-11", "corvane biologics"), ("OB-303", "ostrel biologics"),
            ("QP-03", "quintara pharma"), ("Ranexa", "halvard pharma")} <= got
    assert not [g for g in got if g[0] in ("Lumora", "Tessiva", "Pendra")]


def test_titles_with_a_division_a_function_before_head_and_an_acronym_in_brackets():
    text = ('"We are glad," said Tomas Verhoeven, Global President and General Manager, Halvard Pharma. "It helps," said Ilse '
            'Marken, President and Business Head, India Formulations, Quintara Pharma Ltd. Ravi Olsen, Global Commercial '
            'Head - Biologics at Ostrel Biologics, said: "Demand is strong." "It matters," said Carla Brenn, M.D., Chief '
            'Medical Officer and Oncology Chief Development Officer at Norvexa. Anne Lyle, Senior Vice President and Head of '
            'the Data Sciences Institute (DSI) at Corvane, said the company shares that view.')
    got = {(*roles_of(f, "person", "organization"), f.value("title")) for f in facts(text, "role")}
    assert {("Tomas Verhoeven", "halvard pharma", "Global President"), ("Ilse Marken", "quintara pharma", "President"),
            ("Ravi Olsen", "ostrel biologics", "Global Commercial Head - Biologics"),
            ("Carla Brenn", "norvexa", "Oncology Chief Development Officer"),
            ("Anne Lyle", "corvane", "Senior Vice President")} <= got


def test_appointed_with_degrees_before_as():
    text = ("Norvexa Therapeutics, Inc. today announced that its Board of Directors has appointed Ilse Marken, M.D., M.M.Sc., "
            "as President and Chief Executive Officer.")
    got = {(*roles_of(f, "person", "organization"), f.value("title")) for f in facts(text, "role")}
    assert {("Ilse Marken", "norvexa therapeutics", "President"),
            ("Ilse Marken", "norvexa therapeutics", "Chief Executive Officer")} <= got


def test_a_buyer_after_which_and_no_company_named_after_an_officers_acronym():
    text = ("Halvard KGaA named Ilse Marken as its next CEO. Marken is currently Deputy CEO of Halvard as well as CEO "
            "Healthcare. Her predecessor's time in charge included the acquisition of Ostrel Materials, a U.S. supplier "
            "of specialty materials, which Halvard completed in October 2019 for around EUR 5.8 billion.")
    (deal,) = facts(text, "acquisition")
    assert roles_of(deal, "acquirer", "target") == ("halvard", "ostrel materials")
    ex = extract(parse_document(text, "case"))
    assert not [r for r in ex.entities if r.lower().startswith("company|ceo")]


def test_a_brand_sold_as_by_its_seller_is_a_product_but_not_the_same_medicines_sold_as():
    text = ("In the United States the velumab product is sold as Tessora by Quintara Pharma, which licensed US commercial "
            "rights from Ostrel Biologics. In Europe the same medicines are sold as NORVEL and NORVIX.")
    got = {roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")}
    assert ("ostrel biologics", "quintara pharma", "Tessora") in got
    ex = extract(parse_document(text, "case"))
    assert "Product|NORVEL" not in ex.entities


def test_a_quoted_terms_short_form_a_locality_in_a_city_and_a_function_are_no_names():
    text = ('Ostrel Life Sciences said the FDA closed the inspection of its plant at Varenna with a "No Action Indicated" '
            '(NAI) classification. NAI is the most favourable outcome. Alongside Varenna, the company runs manufacturing '
            'facilities at Jeedimetla in Hyderabad. "We are ready," said Tomas Verhoeven, Executive Vice President and '
            'General Manager, Industrial Operations and Product Supply at Ostrel Life Sciences.')
    ex = extract(parse_document(text, "case"))
    assert not [r for r in ex.entities if r.split("|")[1].lower() in ("nai", "alongside varenna", "product supply")]
    assert "Jeedimetla" in {roles_of(f, "location")[0] for f in facts(text, "facility")}


def test_a_product_about_section_is_no_company_and_a_roman_numeral_ends_a_brand():
    text = ("Kestrel Biologics will make Orlova V, the COVID-19 vaccine developed by Halvard Pharma.\n\nAbout Orlova V\n\n"
            "Orlova V is a two-dose adenoviral vector vaccine against COVID-19.")
    ex = extract(parse_document(text, "case"))
    assert "Product|Orlova V" in ex.entities
    assert not [r for r in ex.entities if r.startswith("Company|") and "orlova" in r.lower()]


def test_roles_person_is_orgs_title_orgs_title_is_person_and_a_towns_site_head():
    text = ("Ostrel BioSolutions Inc. is a global life sciences company. Robert G. Marken Sr. is Ostrel's President and "
            "Chief Executive Officer. Halvard Inc. designated its life science business as strategic. Halvard Inc.'s "
            "President and CEO is Yoshiro Tanabe. Attendees included Carla Brenn, Senior Vice President, Finance of Halvard; "
            "and Tomas Verhoeven, Managing Director and Grangemouth Site Head.")
    got = {(*roles_of(f, "person", "organization"), f.value("title")) for f in facts(text, "role")}
    assert {("Robert G. Marken Sr.", "ostrel biosolutions", "President"), ("Yoshiro Tanabe", "halvard", "CEO"),
            ("Tomas Verhoeven", "halvard", "Grangemouth Site Head")} <= got


def test_the_partners_of_a_combination_are_not_what_the_antibody_refers_to():
    text = ("Toralimab is a monoclonal antibody that blocks PD-1. In India it is approved as first-line treatment in "
            "combination with gemcitabine and cisplatin. In the pivotal study, adding toralimab to gemcitabine and cisplatin "
            "cut the risk of progression by 48 percent. The antibody was developed by Kestrel Biosciences Co., Ltd., which "
            "first obtained approval for it from China's National Medical Products Administration (NMPA) in December 2018.")
    got = {roles_of(f, "product", "regulator") for f in facts(text, "approval")}
    assert ("toralimab", "nmpa-cn") in got
    assert not [g for g in got if g[0] in ("cisplatin", "gemcitabine")]


def test_a_sale_to_a_buyer_named_in_an_apposition_and_egyptian_and_malaysian_legal_forms():
    text = ('LAVAL, Quebec, March 31, 2021 -- Halvard Health Companies Inc. said today that it has signed a definitive agreement '
            'to sell all of its equity interests in Ostrel Pharmaceutical Company S.A.E. ("Ostrel") to KQD, the Abu Dhabi-based '
            'holding company. Kestrel Manufacturing Berhad will supply the plant.')
    (deal,) = facts(text, "acquisition")
    assert roles_of(deal, "acquirer", "target") == ("kqd", "ostrel pharmaceutical company")
    ex = extract(parse_document(text, "case"))
    assert "Company|kestrel manufacturing" in ex.entities


def test_roles_took_charge_as_joined_an_advisory_board_a_pair_elected_and_an_owner_in_an_apposition():
    text = ("Norvexa Laboratories Ltd. said that Ilse Marken took charge today as the company's Chief Executive Officer. "
            "Norvexa Laboratories also announced that Richard G. Vane, Ph.D., of the Kestrel Clinic has joined the global "
            "Scientific Advisory Board (SAB) that the company launched last month. Shareholders voted to elect Mr Joseph R. "
            "Olsen and Ms Carla Brenn as non-executive directors of the company.")
    got = {(*roles_of(f, "person", "organization"), f.value("title").lower()) for f in facts(text, "role")}
    assert {("Ilse Marken", "norvexa laboratories", "chief executive officer"),
            ("Richard G. Vane", "norvexa laboratories", "member of the scientific advisory board"),
            ("Joseph R. Olsen", "norvexa laboratories", "non-executive director"),
            ("Carla Brenn", "norvexa laboratories", "non-executive director")} <= got
    text = ("Ostrel Biologics has a new CEO. The Seattle-based contract development and manufacturing organization (CDMO), a "
            "subsidiary of Japanese materials group Halvard Inc., appointed Tomas Verhoeven as Chief Executive Officer.")
    got = {roles_of(f, "person", "organization") for f in facts(text, "role")}
    assert got == {("Tomas Verhoeven", "ostrel biologics")}


def test_roles_taken_over_after_an_its_apposition_and_assumed_the_position_of():
    text = ("Norvexa (China) Limited today confirmed that Dr Weilin Sun, its long-serving Chief Scientific Officer, has taken "
            "over as Chief Executive Officer with effect from today. Halvard Company, Limited announced that Hiroki Okuda "
            "assumed the position of Representative Director, President and Chief Executive Officer (CEO) today.")
    got = {(*roles_of(f, "person", "organization"), f.value("title")) for f in facts(text, "role")}
    assert {("Weilin Sun", "norvexa", "Chief Executive Officer"), ("Hiroki Okuda", "halvard company", "President"),
            ("Hiroki Okuda", "halvard company", "Chief Executive Officer")} <= got


def test_operations_bought_from_their_owner_and_the_group_the_text_is_about():
    text = ('PRAGUE, April 7, 2020 -- Ostrel Group, a.s. ("Ostrel"), the European maker of generic medicines, today confirmed '
            'that it has completed its acquisition of the Central and Eastern European operations of Halvard ("Halvard CEE"). '
            'The acquired business includes Kestrel Pharma, the Bucharest-based manufacturer that Halvard had owned since 2012. '
            'Ostrel now employs 5,000 people, and Ostrel runs eight plants. In 2019 the group acquired Norvexa Pharma, a UK '
            'supplier of generic medicines.\n\nAbout Halvard\n\n'
            'Halvard is a privately held pharmaceutical company.')
    got = {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert ("ostrel group", "norvexa pharma") in got
    assert any(a == "ostrel group" and "central and eastern european operations" in t for a, t in got)
    text = ("Norvexa Pharma Limited today said it has entered into a definitive agreement with Ostrel International Inc. to "
            "acquire Ostrel's commercial operations in five European countries.")
    got = {roles_of(f, "acquirer") for f in facts(text, "acquisition")}
    assert got == {("norvexa pharma",)}


def test_a_majority_stake_in_the_company_that_announces():
    text = ("HYDERABAD, India, December 26, 2022 -- Ostrel Pharmaceuticals Limited (NSE: OSTREL), an Indian CDMO, today "
            "announced that funds advised by Halvard International, the global private equity investor, have signed a share "
            "purchase agreement to acquire a 50.1% stake in the company from its promoter, the Jasti family.")
    (deal,) = facts(text, "acquisition")
    assert roles_of(deal, "acquirer", "target") == ("halvard international", "ostrel pharmaceuticals")


def test_a_licence_whose_products_the_next_sentence_lists_and_a_terms_short_form_is_no_company():
    text = ("STOCKHOLM, Sweden -- Norvexa AB (publ) today announced a global, exclusive licence agreement with Halvard Pharma "
            "covering Norvexa's antibody programme against pyroglutamate-modified amyloid-beta (PyroGlu-Abeta) for Alzheimer's "
            "disease. The agreement includes two antibodies, BAN1503 and BAN2803, and related products. Norvexa AB also "
            "develops other antibodies.")
    got = {roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")}
    assert {("norvexa", "halvard pharma", "BAN1503"), ("norvexa", "halvard pharma", "BAN2803")} <= got
    ex = extract(parse_document(text, "case"))
    assert not [r for r in ex.entities if "pyroglu" in r.lower() and r.startswith("Company|")]


def test_a_short_name_known_as_a_plants_accreditation_and_a_reports_short_form():
    text = ("Ostrel Biotech Ltd. announced that the World Health Organization (WHO) prequalified its Poliomyelitis Vaccine (Vero "
            "Cell), Inactivated, Sabin Strains, known as sOPX, on June 2, 2022. Norvexa Remedies Ltd. said that its API plant "
            "at Patalganga has received a renewal of its accreditation from Japan's Pharmaceuticals and Medical Devices "
            "Agency (PMDA). In a filing with the Shanghai Stock Exchange, Halvard Medicine Co., Ltd. said its factory received "
            "an Establishment Inspection Report (EIR) from the FDA.")
    assert ("sOPX", "who") in {roles_of(f, "product", "regulator") for f in facts(text, "approval")}
    certs = {roles_of(f, "holder", "issuer", "site") for f in facts(text, "certification")}
    assert ("norvexa remedies", "pmda-jp", "Patalganga") in certs
    assert not [c for c in certs if "Exchange" in c[2]]
    ex = extract(parse_document(text, "case"))
    assert "Company|eir" not in ex.entities


def test_a_non_compliance_status_withdrawn_by_the_authority_the_next_sentence_names():
    text = ("Norvexa Laboratories Ltd. can resume supplying the European Union from its plant at Bachupally after German "
            "regulators re-inspected the site in January 2018 and informed the company that its status of non-compliance with "
            "EU Good Manufacturing Practice (GMP) will be withdrawn. The decision came from the Government of Upper Bavaria "
            "(Regierung von Oberbayern).")
    got = {roles_of(f, "holder", "issuer", "site") for f in facts(text, "certification")}
    assert ("norvexa laboratories", "rob-de", "Bachupally") in got


def test_founders_after_a_town_with_spaced_initials_and_of_the_company_it_stands_for():
    text = ("Halvard Pharma makes injectables. Founded in Hyderabad in 1978 by Dr. P. V. N. Rao, Halvard Pharma was the first "
            "Indian maker of injectable drugs. Kestrel Biologics Limited was established in Japan in 2014 by Yoshira Inc. and "
            "Norvexa Holdings SA.")
    got = {roles_of(f, "person", "organization") for f in facts(text, "role")}
    text = ("Ostrel AB is a Swedish company. It was founded in 2003 by Lars Lindqvist and Per Gellmark on the basis of "
            "research at Uppsala University.")
    got |= {roles_of(f, "person", "organization") for f in facts(text, "role")}
    assert {("P. V. N. Rao", "halvard pharma"), ("Lars Lindqvist", "ostrel"), ("Per Gellmark", "ostrel")} <= got
    assert not [g for g in got if "Yoshira" in g[0] or g[1] == "uppsala university"]


def test_the_molecule_a_brand_is_named_again_is_no_second_approved_product():
    text = ("JERSEY CITY, N.J., October 23, 2023 -- Ostrel USA, Inc. today announced that the U.S. Food and Drug Administration "
            "(FDA) has approved ZORVENTA (infliximab-dyyb), the first and only Subcutaneous Infliximab, for adults with "
            "ulcerative colitis, after induction treatment with intravenous infliximab. ZORVENTA is a subcutaneous formulation "
            "of infliximab, a tumor necrosis factor (TNF) blocker.")
    got = {roles_of(f, "product", "regulator") for f in facts(text, "approval")}
    assert ("ZORVENTA", "fda-us") in got and ("infliximab", "fda-us") not in got


def test_he_serves_on_the_boards_of_directors_of_two_companies():
    text = ("Ostrel Limited said that shareholders voted to elect Mr Joseph R. Olsen as a non-executive director. Mr Olsen is "
            "the former Chief Executive Officer of Halvard, Inc. He currently serves on the Boards of Directors of the "
            "technology companies IBX and CDQ.")
    got = {roles_of(f, "person", "organization") for f in facts(text, "role")}
    assert {("Joseph R. Olsen", "ibx"), ("Joseph R. Olsen", "cdq")} <= got


def test_the_head_of_a_hospital_department_and_a_target_named_like_a_drug():
    text = ('"The data are strong," said Kohei Shima, Head of the Department of Gastrointestinal Oncology at Kestrel Cancer '
            'Center Hospital East. Ostrel Rock Holding Corporation received a complete response letter from the FDA for '
            'ostegromab, a fully human monoclonal antibody that inhibits myostatin activation.')
    got = {(*roles_of(f, "person", "organization"), f.value("title")) for f in facts(text, "role")}
    assert ("Kohei Shima", "kestrel cancer center hospital east", "Head of the Department of Gastrointestinal Oncology") in got
    ex = extract(parse_document(text, "case"))
    assert "Product|myostatin" not in ex.entities


def test_developed_by_after_the_inn_in_brackets_and_a_licensees_sales_are_no_ownership():
    text = "Halvard Inc. said the FDA approved Norvix™ (buprenorphine) extended-release injection, the weekly treatment developed by Kestrel AB."
    assert {roles_of(f, "product", "developer") for f in facts(text, "development")} == {("Norvix", "kestrel")}
    text = "Kestrel AB is eligible for royalties on Halvard Inc.'s net sales of Norvix™ in North America."
    assert {roles_of(f, "product", "developer") for f in facts(text, "development")} == {("Norvix", "kestrel")}


def test_a_programme_taken_over_and_the_products_a_transaction_brought():
    text = ("Ostrel Nordic A/S took over the chikungunya program in 2023 as part of a transaction with Halvard BioSolutions Inc. "
            "that also brought it the oral travel vaccines Typhora®, against typhoid fever, and Cholvex®, against cholera.")
    assert not [f for f in facts(text, "acquisition") if "halvard" in str(f.role("target"))]
    assert {roles_of(f, "product", "developer") for f in facts(text, "development")} == {("Typhora", "ostrel nordic"), ("Cholvex", "ostrel nordic")}


def test_partnered_a_product_with_a_company_granting_it_rights():
    text = ("Halvard Laboratories markets NVX-901 in Europe. "
            "Ostrel Biotherapeutics, Inc. first partnered NVX-901 with Halvard Laboratories in October 2021, granting it exclusive "
            "rights to commercialize the therapy in Europe, the Middle East and Africa in return for a $45 million upfront payment.")
    assert {roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")} == {
        ("ostrel biotherapeutics", "halvard laboratories", "NVX-901")}


def test_the_purchase_of_a_majority_interest():
    text = ("MONTREAL, Canada, November 29, 2019 -- Ostrel Therapeutics Inc. today announced that it has completed the purchase "
            "of a 51.2% interest in Halvard Investments S.A., known as Grupo Halvard, from a group of controlling shareholders.")
    assert {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")} == {("ostrel therapeutics", "halvard investments")}


def test_roles_whose_title_is_a_business_after_ceo_and_a_co_ceo():
    text = ("Halvard Holding SE said the deal adds a brand. For Halvard, whose Chief Executive Officer is Dr. Hans-Georg Feld, "
            "the business adds an established brand. Ostrel said the sale sharpens its Healthcare business, led by Belén "
            "Garza, Member of the Executive Board and CEO Healthcare of Ostrel KGaA. \"It strengthens us,\" said Víctor "
            "Grau Deu, co-CEO of Kestrel, S.A.")
    got = {(*roles_of(f, "person", "organization"), f.value("title")) for f in facts(text, "role")}
    assert {("Hans-Georg Feld", "halvard holding", "Chief Executive Officer"), ("Belén Garza", "ostrel", "CEO Healthcare"),
            ("Víctor Grau Deu", "kestrel", "co-CEO")} <= got


def test_a_country_is_no_typo_of_a_company():
    text = ("RIYADH, Saudi Arabia -- Halvard Pharmaceuticals and NUPCO have signed an agreement. In July 2023, Halvard "
            "signed a memorandum with the Saudi distributor Arabio. \"Local production matters,\" said Faisal Tamer, "
            "Chairman of Arabio.")
    assert ("Faisal Tamer", "arabio") in {roles_of(f, "person", "organization") for f in facts(text, "role")}
    ex = extract(parse_document(text, "case"))
    assert not [r for r in ex.entities if r.startswith("Company|") and "Arabia" in str(ex.entities[r])]


def test_a_memorandum_to_explore_is_no_collaboration():
    text = ("In July 2023, Halvard Pharma signed a memorandum of understanding with Ostrel Biologics and the Saudi distributor "
            "Kestrel Pharma to explore how the three could support local vaccine manufacturing.")
    assert not facts(text, "collaboration")


def test_one_office_at_two_companies_joined_by_an_ampersand():
    text = ("Halvard Ltd. and Halvard Biologics Ltd. signed it. \"The pandemic has shown it,\" said Kiran Marsh-Shaw, "
            "Executive Chairperson, Halvard & Halvard Biologics.")
    got = {roles_of(f, "person", "organization") for f in facts(text, "role")}
    assert {("Kiran Marsh-Shaw", "halvard"), ("Kiran Marsh-Shaw", "halvard biologics")} <= got


def test_a_brand_with_its_dosage_form_claims_the_inn_and_a_prodrug_ester_is_another_molecule():
    text = ("SHANGHAI, 25 February 2019 -- Halvor Biotech announced that the NMPA approved HALKANG (rituximab injection, "
            "development code HB01), the company's rituximab biosimilar. The approval covers indications for which the "
            "reference product, Roxathera (rituximab), marketed in China by Kessler Pharma AG, is approved.")
    got = {roles_of(f, "product", "developer") for f in facts(text, "development")}
    assert ("Roxathera", "kessler pharma") in got and ("Roxathera", "halvor biotech") not in got
    text = ("SHANGHAI, June 2, 2021 -- Norvexa Therapeutics announced that the NMPA approved Norlexa (norezolid tablets). "
            "The FDA has granted Fast Track designation to norezolid acefosamil, Norvexa's intravenous prodrug.")
    assert {roles_of(f, "product", "regulator") for f in facts(text, "approval")} == {
        ("Norlexa", "nmpa-cn"), ("norezolid acefosamil", "fda-us")}


def test_insulins_named_as_medicines_and_a_prequalification_worked_towards():
    text = ("SHANGHAI, April 23, 2025 -- Tamsin Biopharma announced that the Drug Regulatory Authority of Pakistan (DRAP) has "
            "approved its self-developed Insulin Glargine Injection in cartridge form. Algeria's Ministry of Pharmaceutical "
            "Industry registered Insulin Aspart 30 Injection in 2024. Tamsin Biopharma makes recombinant human insulin in "
            "Suzhou. Kessler also sells Glarvia (insulin glargine). Tamsin Biopharma is working with the World Health "
            "Organization towards WHO prequalification of its insulin glargine.")
    got = {roles_of(f, "product", "regulator") for f in facts(text, "approval")}
    assert got == {("Insulin Glargine Injection", "drap-pk"), ("Insulin Aspart 30 Injection", "mip-dz")}
    products = {roles_of(f, "product")[0] for f in facts(text, "development")}
    assert "recombinant human insulin" not in products and "insulin glargine" not in products


def test_licensees_listed_below_a_licence_and_a_heading_after_an_about_part():
    text = ("SHANGHAI, 31 March 2020 -- Halvor Biotech today announced an exclusive licence agreement with Orland Pharma S.L. "
            "(\"Orland\") for HB02 in Argentina.\n\n"
            "### About HB02\n\nHB02 is a biosimilar of trastuzumab.\n\n"
            "### Comments from the partners\n\n"
            "\"Orland knows these markets, and this partnership takes us further,\" said Mia Chen, CEO of Halvor Biotech.\n\n"
            "### Existing partnerships\n\n"
            "Halvor Biotech has already out-licensed HB02 to:\n\n"
            "- Kessler Healthcare Ltd., a subsidiary of Intas Pharmaceuticals, for Europe and the CIS;\n"
            "- Cipla, for Australia and several other markets.\n\n"
            "A trade publication reported that Halvor Biotech was in talks about Brazil.\n")
    ex = extract(parse_document(text, "case", "markdown"))
    got = {roles_of(f, "licensor", "licensee", "product") for f in ex.facts if f.kind == "licensing"}
    assert got == {("halvor biotech", x, "HB02") for x in ("orland pharma", "kessler healthcare", "cipla")}
    assert not [f for f in ex.facts if f.kind == "collaboration" and f.evidence.sentence.startswith("Comments")]


def test_a_biosimilar_named_by_its_inn_and_its_maker():
    text = ("CAPE TOWN, 24 July 2018 -- Halvor Medpro, the South African subsidiary of Cipla Limited, today launched "
            "Filgrastim Teva, the first biosimilar medicine registered in South Africa. The product, a biosimilar of "
            "Amgen's Neupogen (filgrastim), has been registered by the South African Health Products Regulatory Authority "
            "(SAHPRA).\n\n- **2018** – SAHPRA, which took over from the MCC this year, registers *Filgrastim Teva*.\n")
    ex = extract(parse_document(text, "case", "markdown"))
    assert {roles_of(f, "product", "regulator") for f in ex.facts if f.kind == "approval"} == {("Filgrastim Teva", "sahpra-za")}


def test_a_reference_brand_before_biosimilar_and_approvals_sought_or_hypothetical():
    text = ("Halvor ST Signs Exclusive License-Out Agreement with Orlapharm for NEVA Biosimilar HB-3880\n\n"
            "SEOUL, November 7, 2022 -- Halvor ST Co., Ltd. announced that it signed an exclusive license-out agreement with "
            "Orlapharm, a Turkish pharmaceutical company, for HB-3880, Halvor ST's biosimilar of ZARANESP(R)/NEVA(R) "
            "(darbepoetin alfa). Orlapharm expects to prepare submissions to the Turkish Medicines and Medical Devices "
            "Agency (TITCK), and the timing of any approval depends on those reviews. Halvor ST has also signed an export "
            "agreement with Lotus Pharma to seek approval and market HB-3880 in Taiwan and Vietnam. In November 2018 Korea's "
            "Ministry of Food and Drug Safety (MFDS) approved Kestrelbell, the first marketing authorization for a "
            "darbepoetin alfa biosimilar anywhere in the world.")
    assert {roles_of(f, "product") for f in facts(text, "licensing")} == {("HB-3880",)}
    assert {roles_of(f, "product", "regulator") for f in facts(text, "approval")} == {("Kestrelbell", "mfds-kr")}


def test_none_approved_and_a_licence_direction_told_with_the_group_name():
    text = ("SHANGHAI, March 16, 2021 -- WuXi Biologics announced the purchase of the Hangzhou plant. The site was built to make "
            "biosimilar versions of trastuzumab, bevacizumab and rituximab for the Chinese market; none of those products has "
            "been approved in China from the Hangzhou plant.")
    assert not facts(text, "approval")
    text = ("NEW YORK, July 27, 2022 -- Kelvane Oncology, Inc. (Nasdaq: KELV), a company developing precision medicines for "
            "patients with solid tumors, today announced an exclusive license agreement with Tamsin Megalith "
            "Biopharmaceutical Co., Ltd. for the development and commercialization of TK-3021 in all territories other than "
            "mainland China, Hong Kong, Macau and Taiwan, for up to USD 1.2 billion.\n\n"
            "TK-3021 is an investigational ADC targeting Claudin 18.2, developed by Tamsin Pharma and licensed to Kelvane "
            "Oncology for territories outside Greater China.")
    got = {(*roles_of(f, "licensor", "licensee", "product"), f.value("value")) for f in facts(text, "licensing")}
    assert got == {("tamsin megalith biopharmaceutical", "kelvane oncology", "TK-3021", "USD 1.2 billion")}


def test_an_asset_in_licensed_from_a_company_goes_to_the_company_the_text_is_about():
    text = ("Orland Medicines Launches with USD 120 Million\n\n"
            "Company formed by Kestrel Capital in partnership with Halvor Pharma; lead asset OR336 in-licensed from China's "
            "Tamsin Biosciences\n\n"
            "BOSTON, January 10, 2025 -- Orland Medicines, Inc. (\"Orland\") today launched to develop OR336 for autoimmune "
            "diseases.")
    got = {roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")}
    assert got == {("tamsin biosciences", "orland medicines", "OR336")}


def test_partners_listed_with_the_licence_each_took():
    text = ("SEOUL, December 21, 2022 -- Halvor Biosciences, Inc. (\"Halvor\") today announced a research collaboration with "
            "Kestrel Pharma Inc. on ADCs. Earlier partners include Orland Therapeutics of the United Kingdom, which licensed the "
            "HER2-targeted ADC HB14 in December 2021, and Tamsin Pharmaceuticals, which in October 2020 took rights outside "
            "the Republic of Korea to HB71, a ROR1-directed ADC, for US$10 million upfront.")
    got = {roles_of(f, "licensor", "licensee", "product") for f in facts(text, "licensing")}
    assert got == {("halvor biosciences", "orland therapeutics", "HB14"), ("halvor biosciences", "tamsin pharmaceuticals", "HB71")}
    pairs = {frozenset(p.split("|", 1)[1] for p in f.role("party")) for f in facts(text, "collaboration")}
    assert frozenset(("orland therapeutics", "tamsin pharmaceuticals")) not in pairs


def test_a_subsidiary_named_by_the_announcer_holds_the_certificate_and_runs_the_plant():
    text = ("SEOUL, September 13, 2024 -- Halvor Pharmaceutical said its Indonesian subsidiary Halvor Biologics Indonesia has "
            "received a Good Manufacturing Practice (GMP) certificate from Indonesia's Food and Drug Supervisory Authority "
            "(BPOM) for a new stem cell manufacturing plant in Cikarang, West Java.")
    assert {roles_of(f, "holder", "issuer") for f in facts(text, "certification")} == {("halvor biologics indonesia", "bpom-id")}
    assert {roles_of(f, "operator", "location") for f in facts(text, "facility")} == {("halvor biologics indonesia", "Cikarang")}


def test_a_notice_of_officers_with_new_and_current_positions():
    text = ("Halvor Pharma Co., Ltd.\n\nNotice Concerning Change of Representative Directors\n\n"
            "OSAKA, Japan, May 14, 2024 - Halvor Pharma Co., Ltd. (\"Halvor Pharma\") announced today a change of its "
            "Representative Directors, with support from its parent company, Kestrel Chemical Co., Ltd.\n\n"
            "- Taro Kimura, Ph.D. – New position: Representative Director, President and CEO. Current position: "
            "Representative Director, Senior Executive Officer.\n"
            "- Jiro Sakai – New position: Executive Vice President. Current position: Senior Managing Executive Officer of "
            "Kestrel Chemical Co., Ltd.\n")
    got = {(*roles_of(f, "person", "organization"), f.value("title")) for f in facts(text, "role")}
    assert {("Taro Kimura", "halvor pharma", "President"), ("Taro Kimura", "halvor pharma", "Senior Executive Officer"),
            ("Jiro Sakai", "halvor pharma", "Executive Vice President"),
            ("Jiro Sakai", "kestrel chemical", "Senior Managing Executive Officer")} <= got
    assert ("Jiro Sakai", "kestrel chemical", "Executive Vice President") not in got


def test_sites_bought_from_an_owner_named_with_its_possessive_and_a_table_of_facts_is_no_site_table():
    text = ("MUMBAI, June 20, 2020 -- Halvor Pharma Solutions Ltd. (\"HPS\") today said it has signed an agreement with K&W "
            "Laboratories Inc. under which it will acquire K&W's drug product manufacturing facility in Sellersville, "
            "Pennsylvania. The consideration is US$17.5 million.\n\n"
            "BENGALURU, August 6, 2021 -- Orland Pharma Science Limited (\"Orland\") announced today that its wholly owned "
            "subsidiaries have signed definitive agreements with subsidiaries of Kestrel International plc (\"Kestrel\") to "
            "buy Kestrel's manufacturing facility at Chestnut Ridge, New York.")
    got = {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert got == {("halvor pharma solutions", "Sellersville"), ("orland pharma science", "Chestnut Ridge")}
    html = ("<html><body><p>MUMBAI, June 20, 2020 - Halvor Pharma Solutions bought a plant in Sellersville.</p>"
            "<table><tr><th>Feature</th><th>Detail</th></tr><tr><td>Location</td><td>Sellersville, Pennsylvania, USA</td></tr>"
            "<tr><td>Land</td><td>31.5-acre campus</td></tr><tr><td>Regulatory</td><td>Approved by the FDA</td></tr></table>"
            "</body></html>")
    ex = extract(parse_document(html, "case", "html"))
    assert not {roles_of(f, "location")[0] for f in ex.facts if f.kind == "facility"} & {"Land", "Regulatory"}


def test_one_initial_after_a_title_and_whose_chairman_past_a_description():
    text = ("BENGALURU, August 6, 2021 -- \"Our U.S. business has grown,\" said Dr. K. Venkataraman, Managing Director and "
            "Chief Executive Officer of Halvor Pharma Science Limited. Halvor is part of Kestrel Enterprises Limited, a "
            "diversified company headquartered in Mumbai whose Chairman is Arun Kestrel.")
    got = {(*roles_of(f, "person", "organization"), f.value("title")) for f in facts(text, "role")}
    assert {("K. Venkataraman", "halvor pharma science", "Chief Executive Officer"),
            ("Arun Kestrel", "kestrel enterprises", "Chairman")} <= got


def test_an_inspection_closed_without_issuing_a_form_483():
    text = ("HYDERABAD, July 12, 2019 -- Halvor Labs Limited (NSE: HALVOR), a research-driven pharmaceutical manufacturer, said "
            "today that the United States Food and Drug Administration (US FDA) has completed its first-ever inspection of the "
            "company's Unit 4 active pharmaceutical ingredient (API) facility without issuing a Form 483.")
    assert {roles_of(f, "holder", "issuer") for f in facts(text, "certification")} == {("halvor labs", "fda-us")}


def test_a_pre_approval_inspection_conducted_is_no_pass():
    text = ("HYDERABAD, February 27, 2025 -- Halvor India Limited said the US FDA has issued a warning letter for its Gagillapur "
            "site. From August 26 to September 6, 2024, US FDA investigators conducted a combined current Good Manufacturing "
            "Practice (cGMP) and pre-approval inspection (PAI) at Gagillapur.")
    assert not facts(text, "certification")


def test_a_title_ending_in_therapeutic_areas_names_no_person():
    text = ("TOKYO, September 27, 2021 -- \"This approval shows what the drug may offer patients in Japan,\" said Andrew "
            "Kessler, M.D., Ph.D., Senior Vice President and Head of Development Therapeutic Areas, Halvor Pharma Inc.")
    assert {roles_of(f, "person")[0] for f in facts(text, "role")} == {"Andrew Kessler"}


def test_a_joint_venture_named_in_an_apposition_after_the_partner():
    text = ("SEOUL, September 13, 2024 -- Halvor Pharmaceutical said its subsidiary received a GMP certificate. Its earlier "
            "joint venture with the Indonesian company Kestrel Farma, PT Halvor Kestrel, produces the biosimilar Epovia in "
            "East Java.")
    parties = [frozenset(p.split("|", 1)[1] for p in f.role("party")) for f in facts(text, "collaboration")]
    assert parties and all({"halvor pharmaceutical", "kestrel farma"} <= p for p in parties)


def test_a_site_sold_to_a_buyer_and_a_site_described_at_length():
    text = ("GAITHERSBURG, Md., Dec. 4, 2024 -- Halvor, Inc. (Nasdaq: HALV), a vaccine company, today announced a definitive "
            "agreement to sell its manufacturing facility in Bohumil, Czech Republic, to Kestrel Pharma A/S for $200 million.")
    assert {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")} == {("kestrel pharma", "Bohumil")}
    text = ("SOMERSET, N.J., June 19, 2019 -- Orland Pharma Company (NYSE: ORL) and Tamsin, Inc. (NYSE: TMS) today announced that "
            "Tamsin has agreed to buy Orland Pharma's oral solid, biologics and sterile product manufacturing and packaging "
            "facility in Anagni, Italy.")
    assert {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")} == {("tamsin", "Anagni")}


def test_two_companies_bought_each_for_its_own_price():
    text = ("PRINCETON, N.J., January 23, 2024 -- Halvor Squibb completed its acquisition of Orland Therapeutics, Inc. The "
            "company's agreements to acquire Kestrel Therapeutics, Inc. for about $14.0 billion and Tamsin Bio, Inc. for about "
            "$4.1 billion remain subject to regulatory clearances.")
    got = {(*roles_of(f, "acquirer", "target"), f.value("value")) for f in facts(text, "acquisition")}
    assert {("halvor squibb", "kestrel therapeutics", "USD 14 billion"), ("halvor squibb", "tamsin bio", "USD 4.1 billion")} <= got


def test_a_term_sheet_signer_buys_a_technology_transfer_is_no_sale_and_approvals_as_tasks_or_conditions():
    text = ("MUMBAI, September 4, 2023 -- Halvor Limited today announced that its wholly owned subsidiary Halvor Medpro South "
            "Africa (Pty) Limited (\"Halvor South Africa\") has signed a binding term sheet with Kestrel Holdings (Pty) Limited "
            "to acquire 100% of the issued ordinary shares of Kestrel Pharma (Pty) Limited.")
    assert {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")} == {("halvor medpro south africa", "kestrel pharma")}
    text = ("CAIRO, December 2, 2024 -- Orland Pharma and Tamsin AG completed the first phase of a technology transfer, "
            "covering the transfer of Tamsin's manufacturing process and analytical methods to Orland Pharma.")
    assert not facts(text, "acquisition")
    text = ("BENGALURU, April 17, 2024 -- Halvor Biologics signed a licence and supply agreement with Kestrel S.A. for "
            "semaglutide in Brazil. Kestrel will be responsible for obtaining regulatory approval from ANVISA. Commercial "
            "launch depends on registration of the product by the Brazilian Health Regulatory Agency (ANVISA).")
    assert not facts(text, "approval")


def test_an_adenovirus_serotype_is_a_vector_not_the_vaccine():
    text = ("MOSCOW, April 22, 2021 -- The Russian Direct Investment Fund and Halvor Pharm agreed to produce the Sputnik V "
            "vaccine in Egypt. Sputnik V uses two different human adenoviral vectors (Ad26 and Ad5) for its first and second "
            "doses. The vaccine was registered by the Ministry of Health of the Russian Federation in August 2020.")
    assert {roles_of(f, "product")[0] for f in facts(text, "approval")} == {"Sputnik V"}


def test_the_signer_of_an_agreement_to_acquire_rights_takes_the_licence():
    text = ("Milan, 12 July 2019 - Halvor S.p.A. has signed an agreement with Kestrel AG to acquire the worldwide rights to "
            "Signaxa(R) and Signaxa(R) LAR(R), which are used to treat Cushing's disease.")
    got = {roles_of(f, "licensor", "licensee") for f in facts(text, "licensing")}
    assert got == {("kestrel", "halvor")}


def test_a_plot_number_is_no_town():
    text = ("MUMBAI, October 31, 2018 -- Halvor Limited said its sterile ophthalmic manufacturing facility at B-8, MIDC "
            "Industrial Area, Waluj, Aurangabad, Maharashtra, received an Establishment Inspection Report from the US FDA.")
    assert "B-8" not in {roles_of(f, "location")[0] for f in facts(text, "facility")}


def test_a_successor_takes_the_title_written_before_the_predecessor():
    text = ("Halvor Announces Chief Executive Officer Succession: Mara Kessler to Succeed Founding CEO John Orland\n\n"
            "CAMBRIDGE, Mass., Dec. 15, 2020 -- Halvor Pharmaceuticals, Inc. announced its CEO transition.")
    got = {(*roles_of(f, "person", "organization"), f.value("title")) for f in facts(text, "role")}
    assert ("Mara Kessler", "halvor pharmaceuticals", "CEO") in got


def test_a_table_of_medicines_names_the_company_the_text_is_about_as_their_developer():
    text = ("# Veltris Therapeutics Appoints New Chief Executive Officer\n\n"
            "CAMBRIDGE, Mass. — Veltris Therapeutics, Inc. today announced that Jane Harlow will become its Chief "
            "Executive Officer.\n\n## Where Veltris stands today\n\n"
            "| Medicine | Indication | Status |\n|---|---|---|\n"
            "| KORVENA® (lotrisiran) | hereditary angioedema | Approved (2021) |\n"
            "| TALMIRO® (desmisiran) | Wilson disease | Approved (2023) |\n\n"
            "## What Veltris acquires\n\n"
            "| Asset | Description | Status |\n|---|---|---|\n"
            "| Orbavant | oral inhibitor from Quarrel Bio Ltd. | Phase 2 |\n")
    ex = extract(parse_document(text, "case", "markdown"))
    for brand in ("KORVENA", "TALMIRO"):
        assert ex.entities[f"Product|{brand}"]["attrs"].get("developer") == "Company|veltris therapeutics"
    # (a table under a deal's heading lists what another company brings)
    assert ex.entities.get("Product|Orbavant", {}).get("attrs", {}).get("developer") != "Company|veltris therapeutics"


def test_a_portfolio_bought_is_each_brand_its_table_lists():
    text = ("<html><body><h1>Corvana Pharma to acquire oncology portfolio</h1>"
            "<p>Corvana Pharma Ltd. announced today that it has signed a definitive agreement to acquire a portfolio of three "
            "marketed oncology injectables from Halbrook Therapeutics, Inc. for up to US$120 million.</p>"
            "<h2>Products included</h2><table><tr><th>Brand</th><th>Molecule</th><th>Approved use</th></tr>"
            "<tr><td>TORVANEX</td><td>pralatrexate injection</td><td>Peripheral T-cell lymphoma</td></tr>"
            "<tr><td>MELQUIS Kit</td><td>melphalan for injection</td><td>Multiple myeloma</td></tr>"
            "<tr><td>Preclinical CGRP assets</td><td>several molecules</td><td>Preclinical</td></tr></table></body></html>")
    deals = [f for f in extract(parse_document(text, "case", "html")).facts if f.kind == "acquisition"]
    targets = {roles_of(f, "target")[0] for f in deals if roles_of(f, "acquirer") == ("corvana pharma",)}
    assert {"TORVANEX", "MELQUIS"} <= targets
    assert not any("Preclinical" in t for t in targets)


def test_a_paid_collaboration_on_the_announcers_antibodies_licenses_them():
    text = ("Veltrane and Korvus Form Global Collaboration on Antibodies VL-101 and VL-202\n\n"
            "SOUTH SAN FRANCISCO, Calif., July 2, 2021 -- Veltrane, Inc. (Nasdaq: VLTR) and Korvus Pharma plc today "
            "announced a strategic global collaboration for the development and commercialization of two antibodies, "
            "VL-101 and VL-202.\n\nVL-101 is in a Phase 3 trial. VL-202 is in Phase 1.\n\n"
            "Under the agreement, Korvus will pay Veltrane $700 million upfront. Veltrane can receive up to $1.5 billion "
            "in milestones.\n")
    deals = {(roles_of(f, "licensor", "licensee", "product")) for f in facts(text, "licensing")}
    assert ("veltrane", "korvus pharma", "VL-101") in deals


def test_a_product_a_clause_after_a_companys_list_names_is_not_in_that_list():
    text = ("Norvexa Biologics Inc. today announced a global agreement with Quintara Pharma Ltd. for NVX-330. "
            "Medicines for the disease include Halvorsen Pharma's zolimeran and torviran, which compete with NVX-330. "
            "Norvexa Biologics is developing NVX-330 in a Phase 3 trial.")
    assert developer_of(text, "NVX-330") == "norvexa biologics"
    text = ("The deal adds to Halvorsen Pharma's existing immunology business, which includes the JAK inhibitor Zorvana "
            "(tofacitinib), approved for ulcerative colitis.")
    assert developer_of(text, "Zorvana") == "halvorsen pharma"


def test_to_serve_or_to_lead_the_company_as_a_title_is_a_role():
    text = ("Halvorsen Bio AG today announced that its Chief Executive Officer, Dr Anna Lind, will step down. "
            "Dr Peter Vogt, currently a member of the Supervisory Board and formerly Chief Operating Officer of the Company, "
            "has agreed to lead Halvorsen Bio as interim Chief Executive Officer. Supervisory Board member Maria Kessel will "
            "serve as interim Chair of the Audit Committee.")
    roles = {(r.role("person").split("|")[1], r.value("title")) for r in facts(text, "role")}
    assert ("Peter Vogt", "interim Chief Executive Officer") in roles


def test_a_contacts_title_may_name_its_function():
    lead = "Norvexa Biologics Inc. announced its results today.\n\nForward-looking statements\n\nThis release contains forward-looking statements.\n\nContact\n\n"
    for line, person, title in (
            ("Volker Brandt, SVP Global Head of Investor Relations & ESG\nir@example.com", "Volker Brandt", "SVP Global Head of Investor Relations & ESG"),
            ("Investor Relations: Kate Hollis, Vice President Investor Relations, Norvexa Biologics Inc.", "Kate Hollis", "Vice President Investor Relations"),
            ("Norvexa Investor Relations – Dirk Olsen, Investor Relations Officer, Norvexa Biologics Inc., Basel", "Dirk Olsen", "Investor Relations Officer")):
        roles = {(r.role("person").split("|")[1], r.value("title")) for r in facts(lead + line + "\n", "role")}
        assert (person, title) in roles


def test_the_one_a_successor_succeeds_held_the_successors_office():
    text = ("Norvexa Biologics Inc. today announced that Nigel Carlow has been appointed Chief Financial Officer, effective "
            "October 1. Carlow succeeds Brendan Brannigan, who informed the Board of his decision to leave the company.")
    roles = {(r.role("person").split("|")[1], r.value("title")) for r in facts(text, "role")}
    assert ("Brendan Brannigan", "Chief Financial Officer") in roles
    # (an office left before the release is no role: "who had led the company")
    text = ("Norvexa Biologics Inc. today announced that Nigel Carlow has been appointed Chief Executive Officer. "
            "He succeeds Ron Bentley, who had led the company as Chief Executive Officer since 2015.")
    assert not [r for r in facts(text, "role") if r.role("person") == "Person|Ron Bentley"]


def test_a_business_sold_to_two_buyers_is_bought_by_each():
    text = ("Corvana Medical Inc. today announced a definitive agreement to sell its Vial Solutions (\"VXS\") business to "
            "funds managed by Harbor Peak Capital LLC (\"Harbor Peak\"), a private equity investor, and Tollbridge Partners LLC.")
    ex = extract(parse_document(text, "case"))
    deals = [f for f in ex.facts if f.kind == "acquisition"]
    assert {roles_of(f, "acquirer")[0] for f in deals} == {"harbor peak capital", "tollbridge partners"}
    (target,) = {f.role("target") for f in deals}
    assert ex.entities[target]["names"].most_common(1)[0][0] == "Vial Solutions"


def test_the_sale_of_a_companys_business_is_no_sale_of_the_company():
    text = ("Quarrel Pharma SA and Moravia Laboratoires SAS today announced exclusive negotiations for the sale of Quarrel "
            "Pharma's Consumer Health business to Moravia Laboratoires. Its best-known brands include Smectil, for acute "
            "diarrhoea, and Forlane, for constipation.")
    deals = facts(text, "acquisition")
    assert deals and all(roles_of(f, "acquirer") == ("moravia laboratoires",) for f in deals)
    assert not [f for f in deals if f.role("target") == "Company|quarrel pharma"]


def test_a_site_column_may_name_its_owner_and_a_site_still_being_built_is_none():
    text = ("<html><body><p>Corvana Biologics Ltd. (\"CVB\") today announced a supply agreement with Halbrook Therapeutics, Inc.</p>"
            "<h2>Network at a glance</h2><table><tr><th>CVB site</th><th>Main capabilities</th></tr>"
            "<tr><td>Billingham, United Kingdom</td><td>Microbial process development</td></tr>"
            "<tr><td>Morrisville, North Carolina</td><td>Mammalian cell culture manufacturing</td></tr>"
            "<tr><td>Holly Springs, North Carolina</td><td>Under construction; operations planned for 2025</td></tr></table></body></html>")
    sites = {(roles_of(f, "operator", "location")) for f in extract(parse_document(text, "case", "html")).facts if f.kind == "facility"}
    assert {("corvana biologics", "Billingham"), ("corvana biologics", "Morrisville")} <= sites
    assert not [s for s in sites if s[1] == "Holly Springs"]


def test_a_table_of_one_regulators_decisions_approves_each_product_it_dates():
    text = ("<html><body><p>Norvexa Biologics Inc. today announced that Health Canada approved KORLIMA, its sixth biosimilar "
            "in Canada. The earlier ones are:</p><table><tr><th>Biosimilar</th><th>Reference product</th><th>Health Canada approval</th></tr>"
            "<tr><td>TORVANEX</td><td>Enbrel (etanercept)</td><td>August 2016</td></tr>"
            "<tr><td>MELQUIS</td><td>Remicade (infliximab)</td><td>December 2017</td></tr>"
            "<tr><td>ZAVRIDA</td><td>Humira (adalimumab)</td><td>under review</td></tr></table></body></html>")
    approved = {(roles_of(f, "product", "regulator")): f.value("date") for f in extract(parse_document(text, "case", "html")).facts
                if f.kind == "approval"}
    assert approved.get(("TORVANEX", "hc-ca")) == "2016-08" and approved.get(("MELQUIS", "hc-ca")) == "2017-12"
    assert ("ZAVRIDA", "hc-ca") not in approved


def test_the_agency_after_a_time_is_the_regulator_named_before():
    text = ("Norvexa Biologics Inc. said the FDA approved KORLIMA. KORLIMA is the second Norvexa biosimilar cleared by the FDA "
            "this year. In February the agency approved TORVANEX (filgrastim-abcd), which Quintara Pharma will market.")
    assert ("TORVANEX", "fda-us") in {roles_of(f, "product", "regulator") for f in facts(text, "approval")}


def test_a_building_number_is_no_town():
    text = ("Halvorsen Bio Ltd. received a GMP certificate from BPOM for its fill-finish facility in Building 21 in Bandung. "
            "BPOM inspectors reviewed the process in Building 21.")
    assert not [f for f in facts(text, "facility") if f.role("location") == "Place|Building"]


def test_an_affiliate_of_the_group_buys_for_it():
    text = ("Corvana Pharmaceuticals Co., Ltd. and Halbrook BioSolutions Inc. today announced a definitive agreement under "
            "which an affiliate of Corvana will acquire Halbrook's drug product manufacturing facility in Camden, Maryland, "
            "for approximately $30 million.")
    deals = facts(text, "acquisition")
    assert deals and {roles_of(f, "acquirer")[0] for f in deals} == {"corvana pharmaceuticals"}


def test_the_medicine_a_biosimilar_references_is_not_its_makers():
    text = ("Norvexa Biologics Inc. granted Quintara Pharma Ltd. the commercial rights to NVB-11 and NVB-15. "
            "NVB-11 references LUXENTA (ranibizumab) and is in a Phase 3 trial.")
    ex = extract(parse_document(text, "case"))
    assert ex.entities["Product|LUXENTA"]["attrs"].get("is_reference")
    assert not [f for f in ex.facts if f.kind == "licensing" and f.role("product") == "Product|LUXENTA"]


def test_brands_in_capitals_listed_with_what_they_treat():
    text = ("Halvorsen Pharma plc is a biopharmaceutical company headquartered in Dublin, Ireland. Its commercial products "
            "include KORVENA for alcohol and opioid dependence, TALMIRO for schizophrenia and ZEPRAVI for bipolar I disorder.")
    ex = extract(parse_document(text, "case"))
    assert {"Product|KORVENA", "Product|TALMIRO", "Product|ZEPRAVI"} <= set(ex.entities)


def test_a_sum_in_rand_is_no_product_code():
    text = ("Halvorsen Vaccines Ltd. signed a licence with Quintara Institute. The project is supported by R120 million in "
            "grant funding. The R21 vaccine is made in Pune.")
    ex = extract(parse_document(text, "case"))
    assert "Product|R120" not in ex.entities and "Product|R21" in ex.entities


def test_a_title_for_a_field_keeps_its_company():
    text = ('Norvexa Biologics Inc. said so. "We will work with our partner," said Yang Li, Chief Medical Officer for '
            'Oncology/Immunology at Norvexa Biologics.')
    (role,) = facts(text, "role")
    assert roles_of(role, "person", "organization") == ("Yang Li", "norvexa biologics")
    assert role.value("title") == "Chief Medical Officer for Oncology/Immunology"


def test_the_treatments_patients_failed_before_are_not_approved():
    text = ("Halvorsen MediTech Ltd. said today that the NMPA has approved zorvatinib capsules for patients with metastatic "
            "colorectal cancer who have failed at least two prior systemic therapies, including fluoropyrimidine, oxaliplatin "
            "and irinotecan.")
    approved = {roles_of(f, "product")[0] for f in facts(text, "approval")}
    assert "zorvatinib" in approved and "oxaliplatin" not in approved


def test_the_brand_a_generic_copies_is_a_reference_not_the_generic_makers():
    text = ("Norvexa Pharma Limited today announced that it has received approval from the U.S. FDA for its Abbreviated New "
            "Drug Application for Zorvium Bromide Inhalation Powder, the first generic of Korvatol® in the United States.")
    ex = extract(parse_document(text, "case"))
    assert ex.entities["Product|Korvatol"]["attrs"].get("is_reference")
    assert not [f for f in ex.facts if f.kind == "approval" and f.role("product") == "Product|Korvatol"]


def test_a_company_named_dr_after_a_title_is_the_company():
    text = ("Dr. Reddy's Laboratories Ltd. and Halvorsen Foods Limited announced a joint venture. \"With Halvorsen Foods we "
            "can reach many more people,\" said Erez Ilan, Chief Executive Officer, Dr. Reddy's.")
    (role,) = facts(text, "role")
    assert roles_of(role, "person", "organization") == ("Erez Ilan", "dr reddy's")


def test_an_option_to_acquire_is_no_acquisition():
    text = ("Halvorsen Pharma Inc. announced the opening of its plant. In March, Halvorsen Pharma took a minority stake in "
            "Quarrel Bio SAS together with an exclusive option to acquire the company; that option has not been exercised.")
    assert not facts(text, "acquisition")


def test_the_company_an_application_is_held_by_is_not_the_next_sentences_subject():
    text = ("Norvexa Pharma Limited has received tentative approval from the USFDA to market Zorvaliptin Tablets. The product "
            "is a generic version of Korvatol® tablets, whose new drug application is held by Quarrel Pharma Corp.\n\n"
            "The drug will be manufactured at the group's formulation manufacturing facility in Ahmedabad.")
    sites = {roles_of(f, "operator", "location") for f in facts(text, "facility")}
    assert ("norvexa pharma", "Ahmedabad") in sites and not [s for s in sites if s[0] == "quarrel pharma"]


def test_a_name_the_text_calls_a_brand_is_a_product_bought_by_the_signer():
    text = ("Norvexa Laboratories Ltd. today announced that it has entered into an agreement with Halvorsen Pharma AG to "
            "acquire the cardiovascular brand Zorvidus in India for USD 61 million. Norvexa Laboratories also bought the "
            "Quelmar brand family from Tamsin Lifesciences Limited.")
    deals = {roles_of(f, "acquirer", "target") for f in facts(text, "acquisition")}
    assert ("norvexa laboratories", "Zorvidus") in deals
    assert not [d for d in deals if d[0] == "halvorsen pharma"]
    ex = extract(parse_document(text, "case"))
    assert "Product|Quelmar" in ex.entities
