"""Wrong-code probe: the same need with a wrong CPV code on one line, and neighbouring needs.

    .venv/bin/python scripts/probe_wrong_codes.py            # the rates per kind of code
    .venv/bin/python scripts/probe_wrong_codes.py --show 10  # and pairs that come out wrong

Plans are full of wrong codes: the same need, and one officer picked a neighbouring code, the
parent, the code of the goods instead of the service (or the reverse), a works code, a code of
another division altogether, or a code that is not in the catalogue. This probe scores pairs the
engine was not tuned on with the right code, with none, and with one line's code made wrong by a
rule (nothing of the test data is written into the repository; it is read where it lies):

- same need (should pass): every pair of wordings of one need in ``sector_wordings.tsv``, its
  right code the one most of its wordings get when no code is written (the code an officer who
  picks it well writes); the English/Norwegian pairs of ``real_recall_pairs.tsv`` and the
  synonym pairs of ``real_synonym_pairs.tsv``, with their notices' shared main code;
- false (should not pass): every pair of wordings of two neighbouring needs (``~`` lines of
  ``sector_wordings.tsv``), each with its own need's code, and pairs of Doffin notices whose
  codes share nothing and whose divisions are not one area of need, with their main codes.

Treatments (the variant): ``right`` (each line its right code), ``none`` (no code), ``one`` (the
first line's code, none on the second), and ``wrong_<kind>``: the first line's code on it and on
the second a code derived from it by rule — ``sibling`` (another class of the same group),
``parent`` (the division), ``counterpart`` (goods for a service or the reverse: the code of the
other kind whose Norwegian label shares most words with the right one), ``works`` (a works
code), ``other`` (a code of an unrelated division) and ``invalid`` (a code of the same class
that is not in the catalogue). On the false side the same disagreement is made from the first
line's code: the pair must still part.
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence

from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY
from probe_precision import Probe, _related, passing, rates
from probe_real_precision import read_notices
from probe_real_recall import doffin_notices, english_probes, uk_notices
from probe_real_synonyms import _rows
from probe_real_synonyms import kept_pairs as synonym_pairs
from probe_sector_wordings import read_wordings

from kommunesamarbeid.core.cpv import kind
from kommunesamarbeid.core.overlap import (
    MatchLine,
    build_model,
    catalogue_from_csv,
    load_vocabulary,
)
from kommunesamarbeid.core.overlap.features import TextModel

Labels = dict[str, tuple[str, str]]
_WORD = re.compile(r"[^\W\d_]{4,}")
_UNRELATED = 300
_WRONG_KINDS = ("sibling", "parent", "counterpart", "works", "other", "invalid")


def _label_words(label: str) -> frozenset[str]:
    return frozenset(w[:5] for w in _WORD.findall(label.lower()))


class WrongCodes:
    """Wrong codes derived from a right one by rule (see the module docstring)."""

    def __init__(self, labels: Labels) -> None:
        self.labels = labels
        self.codes = sorted(labels)
        self.words = {c: _label_words(labels[c][0]) for c in self.codes}

    def sibling(self, code: str) -> str | None:
        same_group = [c for c in self.codes if c[:3] == code[:3] and c[3] != code[3]]
        if not same_group:
            same_group = [c for c in self.codes if c[:4] == code[:4] and c[4] != code[4]]
        return same_group[0] if same_group else None

    def parent(self, code: str) -> str | None:
        top = code[:2] + "000000"
        return top if top != code else None

    def counterpart(self, code: str) -> str | None:
        mine = kind(code)
        other = {"supplies": "services", "services": "supplies"}.get(mine)
        if other is None:
            return None
        words = self.words.get(code, frozenset())
        best = max(
            (c for c in self.codes if kind(c) == other),
            key=lambda c: (len(words & self.words[c]), c == "50000000"),
        )
        return best

    def works(self, code: str) -> str | None:
        works = [c for c in self.codes if c.startswith("45") and len(c.rstrip("0")) >= 5]
        return random.Random(code).choice(works) if not code.startswith("45") else None

    def other(self, code: str) -> str | None:
        far = [c for c in self.codes if not _related(frozenset({c[:2]}), frozenset({code[:2]}))]
        return random.Random(code + "x").choice(far)

    def invalid(self, code: str) -> str | None:
        for tail in ("999", "990", "909"):
            candidate = code[:5] + tail
            if candidate not in self.labels and candidate != code:
                return candidate
        return None

    def wrong(self, name: str, code: str) -> str | None:
        rule: Callable[[str], str | None] = getattr(self, name)
        return rule(code)


def need_codes(model: TextModel, needs: dict[str, tuple[str, list[str]]]) -> dict[str, str]:
    """Each need's right code: the one most of its wordings get when no code is written."""
    found = {}
    for need, (_sector, wordings) in needs.items():
        codes = Counter()
        for number, text in enumerate(wordings):
            features = model.line(MatchLine(number, 1, "Kommune 1", text), frozenset())
            if features.cpv:
                codes[features.cpv] += 1
        if codes:
            found[need] = codes.most_common(1)[0][0]
    return found


def treated(
    cls: str, source: str, first: str, second: str, codes: tuple[str, str], wrong: WrongCodes
) -> list[Probe]:
    """The pair under every treatment (variant ``source:treatment``)."""
    same = cls == "same_need"
    right, other = codes
    found = [
        Probe(cls, f"{source}:right", first, second, right, other, same),
        Probe(cls, f"{source}:none", first, second, None, None, same),
        Probe(cls, f"{source}:one", first, second, right, None, same),
    ]
    for name in _WRONG_KINDS:
        code = wrong.wrong(name, right)
        if code is not None and code != other:
            found.append(Probe(cls, f"{source}:wrong_{name}", first, second, right, code, same))
    return found


def probes(model: TextModel, labels: Labels, wrong: WrongCodes) -> list[Probe]:
    needs, neighbours = read_wordings()
    codes = need_codes(model, needs)
    found: list[Probe] = []
    for need, (_sector, wordings) in needs.items():
        if need in codes:
            for a, b in itertools.combinations(wordings, 2):
                found += treated("same_need", "sector", a, b, (codes[need],) * 2, wrong)
    uk, no = uk_notices(), doffin_notices()
    for probe in english_probes(uk, no):
        if probe.variant == "one":  # (the first title's main code is the pair's shared code)
            assert probe.first_cpv is not None
            pair = (probe.first_cpv, probe.first_cpv)
            found += treated("same_need", "english", probe.first, probe.second, pair, wrong)
    notices = read_notices()
    by_row = _rows(notices)
    for first, second, _reason in synonym_pairs():
        a, b = by_row[first], by_row[second]
        found += treated("same_need", "synonym", a.title, b.title, (a.main, a.main), wrong)
    for need_a, need_b in neighbours:
        if need_a in codes and need_b in codes:
            pair = (codes[need_a], codes[need_b])
            for a, b in itertools.product(needs[need_a][1], needs[need_b][1]):
                found += treated("neighbour", "sector", a, b, pair, wrong)
    rng = random.Random(13)
    made = 0
    while made < _UNRELATED:
        x, y = rng.choice(notices), rng.choice(notices)
        if x is y or x.codes & y.codes or not x.main or not y.main:
            continue
        if _related(frozenset(c[:2] for c in x.codes), frozenset(c[:2] for c in y.codes)):
            continue
        found += treated("unrelated", "doffin", x.title, y.title, (x.main, y.main), wrong)
        made += 1
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="så mange par med galt utfall")
    args = parser.parse_args(argv)
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    labels = catalogue_from_csv(DEFAULT_CATALOGUE)
    model = build_model(vocabulary, labels)
    found = probes(model, labels, WrongCodes(labels))
    passed = passing(found, vocabulary, labels)
    table = rates(found, passed)
    names = {"same_need": "same-need rate", "neighbour": "false pairs", "unrelated": "false pairs"}
    for (cls, variant), (ok, total) in sorted(table.items()):
        if variant == "all":
            continue
        print(f"{cls:10} {variant:24} {names[cls]}: {ok}/{total} = {ok / total:.3f}")
        if args.show:
            wrong_out = [
                p
                for p, ok_ in zip(found, passed, strict=True)
                if p.cls == cls and p.variant == variant and ok_ != p.same_need
            ]
            for p in wrong_out[: args.show]:
                print(f"      «{p.first}» ({p.first_cpv}) / «{p.second}» ({p.second_cpv})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
