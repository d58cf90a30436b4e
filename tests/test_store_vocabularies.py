"""A store keeps the vocabularies of the pharmagraph that writes to it (a newer release adds concepts)."""

from __future__ import annotations

from pharmagraph.store import VOCAB_DIGEST, VOCAB_GRAPH, Store

COLLABORATION = "https://w3id.org/pharmagraph/vocab/collaboration-kinds/collaboration"
LABEL = f"ASK {{ GRAPH <{VOCAB_GRAPH}> {{ <{COLLABORATION}> <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }} }}"


def test_an_older_copy_of_the_vocabularies_is_replaced_when_the_store_is_opened_to_write(tmp_path):
    path = tmp_path / "store"
    with Store.open(path, write=True, create=True) as store:
        assert store.ox.query(LABEL)
        # what a store built by an older release holds: no such concept, another digest
        store.ox.update(f"DELETE WHERE {{ GRAPH <{VOCAB_GRAPH}> {{ <{COLLABORATION}> ?p ?o }} }} ;"
                        f"DELETE WHERE {{ GRAPH <{VOCAB_GRAPH}> {{ <{VOCAB_GRAPH}> <{VOCAB_DIGEST}> ?d }} }} ;"
                        f'INSERT DATA {{ GRAPH <{VOCAB_GRAPH}> {{ <{VOCAB_GRAPH}> <{VOCAB_DIGEST}> "sha256:older" }} }}')
        assert not store.ox.query(LABEL)
    with Store.open(path) as reader:  # (a reader leaves the store as it is)
        assert not reader.ox.query(LABEL)
    with Store.open(path, write=True) as store:
        assert store.ox.query(LABEL)
        digests = list(store.ox.query(f"SELECT ?d WHERE {{ GRAPH <{VOCAB_GRAPH}> {{ <{VOCAB_GRAPH}> <{VOCAB_DIGEST}> ?d }} }}"))
        assert len(digests) == 1 and digests[0][0].value.startswith("sha256:") and digests[0][0].value != "sha256:older"
        assert store.refresh_vocabularies() is False  # (current now: nothing to do)
