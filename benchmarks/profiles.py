"""Source-profile benchmark: gender, role and affiliation of the people quoted, beside a baseline.

Run from the repository root::

    python benchmarks/profiles.py                       # ../shared/eval/dev/profiles.jsonl
    python benchmarks/profiles.py --cache-dir CACHE --output /tmp/profiles.json --errors

The gold (``profiles.jsonl``, see ``shared/eval/dev/README.md``) gives, for
each person quoted in ``wikinews.jsonl`` and ``bbc.jsonl``, the gender as the
article gives it (``unknown`` when it never does), the role and the
affiliation. Each article is parsed once; quoteattr's sources are found with
:func:`quoteattr.find_sources` and each gold person is matched to the entity
whose name is equal under the scorer's name rule
(:func:`quoteattr.evaluation.matching.names_equal`). Over the gold people
found:

- gender accuracy: a gold ``unknown`` is right only when the system says
  ``None``;
- role and affiliation token F1: lowercased words, counted over all people
  (micro), a missing value giving no words.

The baseline, in the same run and on the same people, is what a first-name
tracker does (the Gender Gap Tracker's method): the gender
``gender-guesser`` gives the first name (``mostly_*`` and unknown names
count as ``None``), and no role or affiliation. quoteattr's opt-in name
estimate (``gender_from_names=True``) is scored too. The figures are written
to ``benchmarks/results/profiles.json`` stamped with the versions.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
from accuracy import DEFAULT_GOLD, ROOT, parse, stamp
from spacy.tokens import Doc

import quoteattr
from quoteattr.evaluation import read_corpus
from quoteattr.evaluation.matching import names_equal
from quoteattr.resolution.names import first_name_gender
from quoteattr.results import Entity, SourceKind

DEFAULT_OUTPUT = ROOT / "benchmarks" / "results" / "profiles.json"
SYSTEMS = ("quoteattr", "quoteattr_names", "baseline")
_WORD = re.compile(r"\w+")


def words(text: str | None) -> Counter[str]:
    """The lowercased words of a value (none for ``None``)."""
    return Counter(_WORD.findall(text.lower())) if text else Counter()


@attrs.define
class Tally:
    """Running counts of one system."""

    people: int = 0
    gender_right: int = 0
    role: list[int] = attrs.field(factory=lambda: [0, 0, 0])  # overlap, predicted, gold
    affiliation: list[int] = attrs.field(factory=lambda: [0, 0, 0])

    def add(
        self, gold: dict[str, Any], gender: str | None, role: str | None, affiliation: str | None
    ) -> None:
        """Score one person."""
        self.people += 1
        expected = None if gold["gender"] == "unknown" else gold["gender"]
        self.gender_right += gender == expected
        for counts, ours, theirs in (
            (self.role, role, gold["role"]),
            (self.affiliation, affiliation, gold["affiliation"]),
        ):
            mine, right = words(ours), words(theirs)
            counts[0] += sum((mine & right).values())
            counts[1] += sum(mine.values())
            counts[2] += sum(right.values())

    def to_dict(self) -> dict[str, Any]:
        """The figures."""
        return {
            "people": self.people,
            "gender_accuracy": round(self.gender_right / self.people, 4) if self.people else 0.0,
            "role": _prf(self.role),
            "affiliation": _prf(self.affiliation),
        }


def _prf(counts: list[int]) -> dict[str, float]:
    overlap, predicted, gold = counts
    precision = overlap / predicted if predicted else 0.0
    recall = overlap / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def baseline_gender(name: str) -> str | None:
    """A first-name tracker's guess: the first word of the name through gender-guesser."""
    first = name.split()[0] if name.split() else ""
    return first_name_gender(first)


def match(name: str, entities: list[Entity]) -> Entity | None:
    """The person entity whose name equals the gold name (the scorer's rule), else ``None``."""
    people = [e for e in entities if e.kind is SourceKind.PERSON and names_equal(name, e.name)]
    if not people:
        people = [e for e in entities if names_equal(name, e.name)]
    return people[0] if people else None


def run(
    gold_people: list[dict[str, Any]], nlp: Any, cache_dir: Path | None, errors: bool
) -> dict[str, Any]:
    """All systems over the gold people of every corpus named in the gold."""
    by_doc: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for person in gold_people:
        by_doc[(person["corpus"], person["id"])].append(person)
    tallies = {name: Tally() for name in SYSTEMS}
    per_corpus: dict[str, dict[str, Tally]] = defaultdict(
        lambda: {name: Tally() for name in SYSTEMS}
    )
    missed: list[str] = []
    for corpus in sorted({c for c, _ in by_doc}):
        path = DEFAULT_GOLD / f"{corpus}.jsonl"
        documents = read_corpus(path)
        cached = cache_dir / f"{path.stem}.spacy" if cache_dir else None
        for document, doc in zip(documents, parse([d.text for d in documents], nlp, cached)):
            people = by_doc.get((corpus, document.id))
            if not people:
                continue
            entities = quoteattr.find_sources(doc, quoteattr.find_quotes(doc))
            estimated = quoteattr.find_sources(
                doc, quoteattr.find_quotes(doc), gender_from_names=True
            )
            for person in people:
                entity = match(person["name"], entities)
                if entity is None:
                    missed.append(f"{document.id}: {person['name']}")
                    if errors:
                        print(f"{document.id} {person['name']}: not found by name", file=sys.stderr)
                    continue
                named = match(person["name"], estimated)
                assert named is not None
                rows = {
                    "quoteattr": (entity.gender, _text(entity.role), _text(entity.affiliation)),
                    "quoteattr_names": (named.gender, _text(named.role), _text(named.affiliation)),
                    "baseline": (baseline_gender(person["name"]), None, None),
                }
                for name, (gender, role, affiliation) in rows.items():
                    tallies[name].add(person, gender, role, affiliation)
                    per_corpus[corpus][name].add(person, gender, role, affiliation)
                if errors:
                    _show_errors(document.id, doc, person, entity)
    return {
        "gold_people": len(gold_people),
        "found": len(gold_people) - len(missed),
        "missed": len(missed),
        "all": {name: t.to_dict() for name, t in tallies.items()},
        "corpora": {
            c: {name: t.to_dict() for name, t in ts.items()} for c, ts in per_corpus.items()
        },
    }


def _text(span: Any) -> str | None:
    return None if span is None else str(span.text)


def _show_errors(doc_id: str, doc: Doc, gold: dict[str, Any], entity: Entity) -> None:
    expected = None if gold["gender"] == "unknown" else gold["gender"]
    wrong = []
    if entity.gender != expected:
        evidence = entity.gender_evidence.text if entity.gender_evidence else None
        wrong.append(
            f"gender {entity.gender} ({evidence}) != {expected} ({gold['evidence']}) {entity.warnings}"
        )
    if words(_text(entity.role)) != words(gold["role"]):
        wrong.append(f"role {_text(entity.role)!r} != {gold['role']!r}")
    if words(_text(entity.affiliation)) != words(gold["affiliation"]):
        wrong.append(f"affiliation {_text(entity.affiliation)!r} != {gold['affiliation']!r}")
    if wrong:
        print(f"{doc_id} {gold['name']}: " + "; ".join(wrong), file=sys.stderr)


def table(result: dict[str, Any]) -> str:
    """The figures side by side."""
    lines = [f"{'':<22}" + "".join(f"{name:>18}" for name in SYSTEMS)]
    for scope, figures in [("all", result["all"]), *sorted(result["corpora"].items())]:
        lines.append(f"-- {scope} ({figures['quoteattr']['people']} people)")
        lines.append(
            f"{'gender accuracy':<22}"
            + "".join(f"{figures[n]['gender_accuracy']:>18.3f}" for n in SYSTEMS)
        )
        for field in ("role", "affiliation"):
            lines.append(
                f"{field + ' token F1':<22}"
                + "".join(f"{figures[n][field]['f1']:>18.3f}" for n in SYSTEMS)
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; print the table and write the JSON result."""
    parser = argparse.ArgumentParser(
        description="quoteattr's source profiles vs a first-name baseline."
    )
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD / "profiles.jsonl")
    parser.add_argument(
        "--output", type=Path, default=DEFAULT_OUTPUT, help="where to write the JSON result"
    )
    parser.add_argument(
        "--model", default=None, help="spaCy pipeline name or path (default: quoteattr's)"
    )
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=None,
        help="folder of <corpus>.spacy DocBins of the same texts, to skip parsing (development)",
    )
    parser.add_argument(
        "--errors", action="store_true", help="print each person got wrong to stderr"
    )
    options = parser.parse_args(argv)
    with options.gold.open(encoding="utf-8") as lines:
        gold_people = [json.loads(line) for line in lines if line.strip()]
    nlp = quoteattr.load(options.model)
    result = {"stamp": stamp(nlp), **run(gold_people, nlp, options.cache_dir, options.errors)}
    print(f"gold people: {result['gold_people']}, found by name: {result['found']}\n")
    print(table(result))
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(
        json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"\nwrote {options.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
