"""Words the reader splits or stems into another meaning: every single-word term of the
vocabulary (families.json, lexicon.txt) read alone, in its inflected forms and as the first
part of a longer compound, and the parts that reading puts on it.

    .venv/bin/python scripts/probe_readings.py            # counts per kind
    .venv/bin/python scripts/probe_readings.py --show 20  # and words of each kind

Kinds of wrong reading counted:

- ``no word``: a part no text writes and no dictionary lists («svøm» for «svømme»,
  «sikkering» in «trafikksikring», «hjemmeboend»);
- ``forms``: an inflected form the dictionary gives for the word («lekeplasser»,
  «bygningene») read with other parts than the word itself;
- ``inside``: the word read otherwise as the first part of a compound («lekeplass» in
  «lekeplassvedlikehold»), or the compound losing its head.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY

from kommunesamarbeid.core.overlap import build_model, catalogue_from_csv, load_vocabulary
from kommunesamarbeid.core.overlap.lexicon import Lexicon
from kommunesamarbeid.core.overlap.norwegian import Analyzer

_MIN_WORD = 5
#: Heads put after each word ("X-vedlikehold", "X-kontroll").
_HEADS = ("vedlikehold", "kontroll")
#: Noun endings whose forms are tried.
_FORM_ENDINGS = ("en", "et", "a", "er", "ene", "ne", "r", "e")


def vocabulary_words() -> list[str]:
    """Single-word terms of families.json and the words of lexicon.txt."""
    words: set[str] = set()
    families = json.loads((DEFAULT_VOCABULARY / "families.json").read_text(encoding="utf-8"))
    for family in families["families"]:
        for term in family.get("terms", ()):
            if " " not in term and "+" not in term:
                words.add(term.lower())
    for row in (DEFAULT_VOCABULARY / "lexicon.txt").read_text(encoding="utf-8").splitlines():
        if row and not row.startswith("#"):
            words.add(row.strip().lower())
    return sorted(w for w in words if len(w) >= _MIN_WORD and w.isalpha())


def forms(lexicon: Lexicon, word: str) -> Iterator[str]:
    """The noun forms the bokmål dictionary gives for ``word`` (its own lemma read back)."""
    lemma = lexicon.lemma(word)
    if lemma != word:
        return
    for ending in _FORM_ENDINGS:
        form = word + ending
        if lexicon.nb.lemmas(form) and lexicon.lemma(form) == word:
            yield form


def real(analyzer: Analyzer, part: str) -> bool:
    """A part a text writes or a dictionary lists."""
    lexicon = analyzer.lexicon
    assert lexicon is not None
    return (
        lexicon.lemma(part) is not None
        or part in lexicon.frequency
        or part in analyzer.rules.stopwords
        or analyzer.known(part)
    )


def parts(analyzer: Analyzer, text: str) -> tuple[str, ...]:
    tokens = analyzer.analyse(text).tokens
    return tuple(p for t in tokens for p in t.parts)


def findings(analyzer: Analyzer, words: list[str]) -> dict[str, list[str]]:
    lexicon = analyzer.lexicon
    assert lexicon is not None
    found: dict[str, list[str]] = {"no word": [], "forms": [], "inside": []}
    for word in words:
        own = parts(analyzer, word)
        if not own:
            continue
        strange = [p for p in own if not real(analyzer, p)]
        if analyzer.translated(word) or lexicon.lemma(word) not in (word, None):
            continue  # an English word, or a form: read as its lemma
        for form in forms(lexicon, word):
            theirs = parts(analyzer, form)
            if theirs != own:
                found["forms"].append(f"{word} {'+'.join(own)} / {form} {'+'.join(theirs)}")
        lemma = lexicon.lemma(word)
        split = lexicon.split(word)
        if lemma is None and not (split and word.endswith(split[-1])):
            continue  # an unlisted plural ("-tjenester"): no first part of a compound
        for head in _HEADS:
            compound = parts(analyzer, word + head)
            strange += [p for p in compound if not real(analyzer, p) and p not in strange]
            if compound[-1:] != (head,) or compound[:-1] != own:
                found["inside"].append(f"{word}{head} -> {'+'.join(compound)} ({'+'.join(own)})")
                break
        if strange:
            found["no word"].append(f"{word} -> {'+'.join(own)}: {', '.join(strange)}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="words shown per kind")
    args = parser.parse_args(argv)
    model = build_model(load_vocabulary(DEFAULT_VOCABULARY), catalogue_from_csv(DEFAULT_CATALOGUE))
    if model.analyzer.lexicon is None:
        print("Ordboken mangler", file=sys.stderr)
        return 1
    words = vocabulary_words()
    found = findings(model.analyzer, words)
    print(f"{len(words)} ord fra ordlisten")
    for kind, rows in found.items():
        print(f"  {kind:8} {len(rows):4}")
        for row in rows[: args.show]:
            print(f"      {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
