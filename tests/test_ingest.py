"""Reading documents: text, Markdown, HTML, front matter, dates, sentences."""

from __future__ import annotations

import pytest

from pharmagraph.errors import InputError
from pharmagraph.extract.sentences import split_sentences
from pharmagraph.ingest import parse_document, read_document
from pharmagraph.ingest.dates import parse_date


def test_html_drops_scripts_navigation_and_reads_json_ld_date():
    page = """<html><head><title>T</title><script type="application/ld+json">{"datePublished": "2024-02-05"}</script>
    <script>var x = "BioDlink";</script><style>p {}</style></head><body><nav>Menu Licensing</nav>
    <div class="cookie-consent">We use cookies</div><article><h1>Acme &amp; Co</h1><p>First para.</p><p>Second para.</p></article>
    <footer>Footer text</footer></body></html>"""
    doc = parse_document(page, "x.html", "html")
    assert doc.text.split("\n") == ["Acme & Co", "First para.", "Second para."]
    assert doc.date == "2024-02-05"


def test_a_table_row_is_one_line_and_no_heading():
    md = "Status:\n\n| Authority | Status |\n|---|---|\n| U.S. FDA | Approved on 22 November 2022 |\n| MHRA | Under review |\n"
    page = ("<html><body><p>Status:</p><table>\n<tr>\n<th>Authority</th>\n<th>Status</th>\n</tr>\n<tr>\n<td>U.S. FDA</td>\n"
            "<td>Approved on 22 November 2022</td>\n</tr>\n</table></body></html>")
    for doc in (parse_document(md, "t.md", "markdown"), parse_document(page, "t.html", "html")):
        assert doc.text.split("\n")[:3] == ["Status:", "Authority | Status", "U.S. FDA | Approved on 22 November 2022"]
        assert [s.section for s in split_sentences(doc.text)][1:3] == ["heading", "body"]


def test_markdown_front_matter_and_title():
    doc = parse_document("---\ndate: 2025-01-09\nsource: https://example.org/pr\ntitle: A title\n---\n# Heading\n\n**BOLD** text.", "m.md", "markdown")
    assert (doc.date, doc.source, doc.title) == ("2025-01-09", "https://example.org/pr", "A title")
    assert doc.text == "Heading\nBOLD text."


@pytest.mark.parametrize("line,expected", [
    ("BRIDGEWATER, N.J. and MADRID, December 22, 2025 -- Acme said", "2025-12-22"),
    ("Date Time:2025-06-05", "2025-06-05"),
    ("SHANGHAI, China, Jan. 8, 2024 /PRNewswire/ --", "2024-01-08"),
    ("LONDON, 20 December 2023 – GSK", "2023-12-20"),
])
def test_dateline_dates(line, expected):
    assert parse_document(line + "\nBody text here.", "d.txt").date == expected


def test_dates_to_iso():
    assert parse_date("In July 2019") == "2019-07"
    assert parse_date("no date") is None


def test_sentences_keep_abbreviations_whole():
    text = "C-Ray Therapeutics (Chengdu) Co., Ltd. served as CRDMO. Dr. Jun Liu spoke in the U.S. on No. 1 day. Next one."
    sentences = [s.text for s in split_sentences(text)]
    assert sentences == ["C-Ray Therapeutics (Chengdu) Co., Ltd. served as CRDMO.",
                         "Dr. Jun Liu spoke in the U.S. on No. 1 day.", "Next one."]
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text


def test_about_section_is_marked():
    sents = split_sentences("Acme did it.\nAbout Acme Co., Ltd.\nAcme was founded in 2010.")
    assert sents[-1].section.startswith("about:Acme")


def test_bad_files(tmp_path):
    (tmp_path / "e.txt").write_text("   \n")
    with pytest.raises(InputError, match="e.txt: file is empty"):
        read_document(tmp_path / "e.txt")
    (tmp_path / "b.html").write_bytes(b"\xff\xfe\x00<html>")
    with pytest.raises(InputError, match="b.html"):
        read_document(tmp_path / "b.html")


def test_thousands_of_files_are_read_in_parallel_and_the_first_bad_one_is_reported(tmp_path):
    from pharmagraph.api import read_documents

    for n in range(2100):
        (tmp_path / f"{n:05d}.txt").write_text(f"Norvexa Biologics announced result number {n}.", encoding="utf-8")
    docs = read_documents([tmp_path], workers=2)
    assert [d.id for d in docs] == [d.id for d in read_documents([tmp_path], workers=1)]
    assert len(docs) == 2100 and docs[7].text.endswith("number 7.")
    (tmp_path / "01500.txt").write_bytes(b"\xff\xfe\x00bad")
    (tmp_path / "02000.txt").write_bytes(b"")
    with pytest.raises(InputError, match="01500.txt"):
        read_documents([tmp_path], workers=2)


def test_a_sentence_ends_after_a_legal_form_when_a_name_and_a_verb_follow():
    text = ("The molecule was made by Kessler, a unit of Halvorsen Bio Inc. Norvexa obtained the rights in 2015. "
            "Pfizer Inc. announced results. Merck & Co., Inc. Kenilworth, N.J. said so.")
    assert [s.text for s in split_sentences(text)] == [
        "The molecule was made by Kessler, a unit of Halvorsen Bio Inc.", "Norvexa obtained the rights in 2015.",
        "Pfizer Inc. announced results.", "Merck & Co., Inc. Kenilworth, N.J. said so."]
