"""Merging facts that one document states several times into one fact each.

Two facts merge when their key roles agree (a certification's holder, issuer and standard;
an approval's product, regulator and kind; ...); the merged fact keeps the first evidence and
fills its missing values from the others.
"""

from __future__ import annotations

from pharmagraph.model import Fact

KEYS = {
    "certification": ("holder", "issuer"),
    "approval": ("product", "regulator", "kind"),
    "licensing": ("licensor", "licensee", "product"),
    "service": ("provider", "client", "product"),
    "acquisition": ("acquirer", "target"),
    "collaboration": ("party",),
    "role": ("person", "organization", "title"),
    "development": ("product", "developer"),
    "facility": ("operator", "location"),
}


def _key(fact: Fact) -> tuple:
    parts = []
    for name in KEYS.get(fact.kind, ()):
        value = fact.role(name) if fact.role(name) is not None else fact.value(name)
        if name == "party" and isinstance(value, tuple):
            value = frozenset(value)
        if name == "title" and isinstance(value, str):
            value = value.lower()
        parts.append(value)
    if fact.kind == "certification":
        std = fact.value("standard")
        parts.append("GMP" if std in (None, "GMP") else std)
    return (fact.kind, *parts)


def merge_facts(facts: list[Fact], entities: dict | None = None) -> list[Fact]:
    """One fact per key, values filled from later statements of the same fact."""
    merged: dict[tuple, Fact] = {}
    order: list[tuple] = []
    for fact in facts:
        key = _key(fact)
        if fact.kind == "licensing" and fact.role("licensee") is None:
            # "a licensing deal for X" and "Y licensed X from Z" are one deal
            twin = next((k for k in order if k[0] == "licensing" and k[1] == key[1] and k[3] == key[3]), None)
            if twin:
                key = twin
        if fact.kind == "service" and fact.role("product") is None:
            # "C-Ray will continue supporting Biokin with clinical supply": the same agreement, more activities
            twin = next((k for k in order if k[0] == "service" and k[1] == key[1] and k[2] == key[2]), None)
            if twin:
                key = twin
        if fact.kind == "collaboration":
            parties = set(fact.role("party") or ())
            twin = next((k for k in order if k[0] == "collaboration" and (parties <= k[1] or k[1] <= parties)), None)
            if twin:
                if parties > twin[1]:
                    old = merged.pop(twin)
                    order[order.index(twin)] = key
                    merged[key] = old
                    continue
                key = twin
        if key not in merged:
            merged[key] = fact
            order.append(key)
            continue
        old = merged[key]
        values = dict(old.values)
        for k, v in fact.values:
            if k not in values:
                values[k] = v
            elif k == "activities":
                values[k] = tuple(dict.fromkeys((*values[k], *v)))
            elif k == "amount" and old.kind == "licensing" and isinstance(v, (int, float)) and isinstance(values.get(k), (int, float)) \
                    and v > values[k] and dict(fact.values).get("currency") == values.get("currency"):
                # ("Fennec to receive EUR 40 million upfront" in the headline, "up to EUR 250 million" in the body: the deal's
                # whole value)
                values["amount"], values["value"] = v, dict(fact.values).get("value", values.get("value"))
            elif k == "status" and v == "completed":
                values[k] = v  # ("agreed" in one sentence, "completed" in another: the deal has closed)
        roles = dict(old.roles)
        for k, v in fact.roles:
            roles.setdefault(k, v)
        evidence = fact.evidence if fact.confidence > old.confidence else old.evidence
        merged[key] = Fact(old.kind, tuple(roles.items()), tuple(values.items()), evidence,
                           max(old.confidence, fact.confidence), old.extractor)
    # "Oramed signs licensing agreements for ORMD-0801" before "HTIT receives exclusive rights to ORMD-0801": the deal
    # named first without its licensee is the one named later with it
    for key in [k for k in order if k[0] == "licensing" and k[2] is None and k[1] is not None]:
        twins = [k for k in order if k[0] == "licensing" and k[1] == key[1] and k[3] == key[3] and k[2] is not None]
        if len(twins) == 1:
            twin, partial = merged[twins[0]], merged.pop(key)
            values = dict(twin.values)
            for k, v in partial.values:
                values.setdefault(k, v)
            merged[twins[0]] = Fact(twin.kind, twin.roles, tuple(values.items()), twin.evidence, twin.confidence, twin.extractor)
            order.remove(key)
    return [merged[k] for k in order]
