"""Whether a compound whose first part the engine reads as a verb in "-e" meets its split
form written with the noun ("hekkeklipping" / "klipping av hekker").

    .venv/bin/python scripts/probe_linking_e.py              # rates
    .venv/bin/python scripts/probe_linking_e.py --show 15    # and pairs that fail

Drawn from text the engine was not tuned on (read where it lies: see data-scout/SOURCES.md;
nothing of it is written into the repository): the words of Doffin 2020 notice titles
(``doffin_notices_2020_F02.csv``) and of the CPV catalogue's Norwegian labels that the engine
reads as two parts, the first one ending in "-e", that ``split_forms.noun_first_part`` also
reads with a noun ("hekke" / "hekk", "flise" / "flis") whose plural is in "-er". ``--without``
measures the engine as it was before that reading.

Measured, no CPV code, in runs of about 200 lines: the compound against its split form
written with the noun's plural ("Klipping av hekker": same need, should pass), and against
the split form of another such noun with the same last part ("Klipping av låser": should
not).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Sequence

from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY
from probe_precision import Probe, passing, print_rates
from probe_real_recall import doffin_notices

from kommunesamarbeid.core.overlap import build_model, catalogue_from_csv, features, load_vocabulary
from kommunesamarbeid.core.overlap.features import TextModel
from kommunesamarbeid.core.overlap.split_forms import noun_first_part

_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORD = 8
_MIN_HEAD = 4


def _noun_plural(model: TextModel, parts: tuple[str, ...]) -> str | None:
    """The plural in "-er" of the noun the engine also reads a first part as; None when it
    reads none."""
    lexicon = model.analyzer.lexicon
    noun = noun_first_part(parts, lexicon)
    if noun is None or lexicon is None or noun[0] not in lexicon.nb.lemmas(noun[0] + "er"):
        return None
    return noun[0] + "er"


def linking_e_words(model: TextModel, texts: Sequence[str]) -> list[tuple[str, str, str]]:
    """(compound, its head as written, the noun's plural) of each such word in ``texts``."""
    found: dict[str, tuple[str, str, str]] = {}
    for text in texts:
        for word in _WORD.findall(text):
            lower = word.lower()
            if (
                len(lower) < _MIN_WORD
                or lower in found
                or (word[0].isupper() and word != text[: len(word)])
            ):
                continue
            tokens = model.analyzer.analyse(lower).tokens
            parts = tokens[0].parts if len(tokens) == 1 else ()
            if len(parts) != 2 or not parts[0].endswith("e") or not lower.startswith(parts[0]):
                continue
            head = lower[len(parts[0]) :]
            plural = _noun_plural(model, parts)
            if plural is not None and len(head) >= _MIN_HEAD:
                found[lower] = (lower, head, plural)
    return sorted(found.values())


def probes(words: Sequence[tuple[str, str, str]], seed: int = 7) -> list[Probe]:
    rng = random.Random(seed)
    made: list[Probe] = []
    for compound, head, plural in words:
        made.append(
            Probe(
                "split",
                "noun",
                compound.capitalize(),
                f"{head.capitalize()} av {plural}",
                None,
                None,
                True,
            )
        )
        others = [p for c, h, p in words if h == head and p != plural]
        if others:
            made.append(
                Probe(
                    "other_noun",
                    "noun",
                    compound.capitalize(),
                    f"{head.capitalize()} av {rng.choice(others)}",
                    None,
                    None,
                    False,
                )
            )
    return made


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="så mange par som blir feil")
    parser.add_argument(
        "--without", action="store_true", help="uten substantivlesningen (slik det var før)"
    )
    args = parser.parse_args(argv)
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    catalogue = catalogue_from_csv(DEFAULT_CATALOGUE)
    model = build_model(vocabulary, catalogue)
    texts = [n.title for n in doffin_notices()] + [no for no, _ in catalogue.values()]
    words = linking_e_words(model, texts)
    print(f"words: {len(words)} compounds with a verb-like first part in -e of a noun")
    made = probes(words)
    if args.without:
        features.noun_first_part = lambda parts, lexicon: None  # type: ignore[assignment]
    print_rates(made, passing(made, vocabulary, catalogue), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
