"""Probe: one whole word with two meanings ("skjermer" for PCs, "skjermer" for windows).

    .venv/bin/python scripts/probe_word_senses.py             # the two rates
    .venv/bin/python scripts/probe_word_senses.py --show 10   # and pairs that come out wrong

Made from the Norwegian labels of the CPV catalogue (``../shared/data-scout``), data the engine
was not tuned on. For words the catalogue uses in unrelated divisions (``word_senses``), each
written with a word of one label that tells its area ("Skjermer – datamaskiner"), pairs:

- ``apart``: the word beside telling words of two unrelated divisions: two needs, must not pass;
- ``agree``: the word beside telling words of two codes of one division: one need, must pass.

Pairs are scored as ``probe_precision`` scores them (runs of about 200 lines, no CPV code).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY
from probe_precision import Probe, Word, catalogue_words, passing

from kommunesamarbeid.core.overlap import build_model, catalogue_from_csv, load_vocabulary
from kommunesamarbeid.core.overlap.word_senses import related, senses_of

_TEMPLATES = ("{W} – {x}", "Kjøp av {w} og {x}", "Rammeavtale {w}, {x}", "{W} og {x}")


def _line(template: str, word: Word, context: Word) -> str:
    return template.format(W=word.surface.capitalize(), w=word.surface, x=context.surface)


def probes(catalogue: dict[str, tuple[str, str]], seed: int = 7, limit: int = 300) -> list[Probe]:
    """``apart`` and ``agree`` pairs (see the module docstring), at most ``limit`` of each."""
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    model = build_model(vocabulary, catalogue)
    senses = senses_of(model)
    words = catalogue_words(model, catalogue)
    by_code: dict[str, list[Word]] = defaultdict(list)
    for word in words:
        for code in word.codes:
            by_code[code].append(word)
    rng = random.Random(seed)
    apart: list[Probe] = []
    agree: list[Probe] = []
    for word in sorted(words, key=lambda w: w.surface):
        if word.key not in senses.ambiguous or len(word.parts) != 1:
            continue
        tellers = {
            code: [
                w
                for w in by_code[code]
                if w.key in senses.telling and not set(w.parts) & set(word.parts)
            ]
            for code in word.codes
        }
        codes = sorted(c for c, found in tellers.items() if found)
        if len(codes) < 2:
            continue
        template = _TEMPLATES[len(apart) % len(_TEMPLATES)]
        first = rng.choice(codes)
        others = [c for c in codes if not related((c[:2],), (first[:2],))]
        same = [c for c in codes if c != first and c[:2] == first[:2]]
        for found, out, name in ((others, apart, "apart"), (same, agree, "agree")):
            if not found:
                continue
            second = rng.choice(found)
            x, y = rng.choice(tellers[first]), rng.choice(tellers[second])
            if x.key == y.key and name == "apart":
                continue
            out.append(
                Probe(
                    name,
                    "none",
                    _line(template, word, x),
                    _line(template, word, y),
                    None,
                    None,
                    name == "agree",
                )
            )
    rng.shuffle(apart)
    rng.shuffle(agree)
    return apart[:limit] + agree[:limit]


def rates(catalogue: dict[str, tuple[str, str]]) -> tuple[dict[str, tuple[int, int]], list[Probe]]:
    """class -> (passing, total), and the pairs that come out wrong."""
    chosen = probes(catalogue)
    passed = passing(chosen, load_vocabulary(DEFAULT_VOCABULARY), catalogue)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    wrong: list[Probe] = []
    for probe, ok in zip(chosen, passed, strict=True):
        counts[probe.cls][0] += ok
        counts[probe.cls][1] += 1
        if ok != probe.same_need:
            wrong.append(probe)
    return {k: (v[0], v[1]) for k, v in counts.items()}, wrong


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalogue", type=Path, default=DEFAULT_CATALOGUE)
    parser.add_argument("--show", type=int, default=0, help="så mange par som kommer feil ut")
    args = parser.parse_args(argv)
    if not args.catalogue.exists():
        print(f"Fant ikke {args.catalogue} (../shared er ikke lagt ved)", file=sys.stderr)
        return 1
    counts, wrong = rates(catalogue_from_csv(args.catalogue))
    for cls, (ok, total) in sorted(counts.items()):
        name = "same-need rate" if cls == "agree" else "false-pair rate"
        print(f"{cls:6} {name}: {ok}/{total} = {ok / max(total, 1):.3f}")
    for probe in wrong[: args.show]:
        print(f"  {probe.cls}: «{probe.first}» / «{probe.second}»")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
