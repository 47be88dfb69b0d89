"""Recall probes from real notice titles: the same need written in English and in Norwegian,
and a compound against its split form; and unrelated pairs, to show recall is not bought with
false groups.

    .venv/bin/python scripts/probe_real_recall.py                # the rates per class
    .venv/bin/python scripts/probe_real_recall.py --show 20      # and pairs scored wrongly

Made from text the engine was not tuned on (test data, read where it lies: see
data-scout/SOURCES.md; nothing of it is written into the repository):

- ``english``: an English notice title (Lancashire, Contracts Finder) against a Norwegian one
  (Doffin 2020) sharing a specific main CPV code (not a works code, at least four significant
  digits), kept only when a reader judged them one need: the kept pairs and the reason are in
  ``real_recall_pairs.tsv`` beside this script (UK notice id, Doffin row number, reason). Drawn
  by ``--draw``, which prints every candidate pair for reading.
- ``compound``: a compound in one text against its parts written as separate words in another
  written as plans write it, the last part, a preposition and the first ("brønnboring" /
  "boring av brønner", "oljerørledninger" / "rørledninger til olje", at most two words
  between), both from the Norwegian Doffin titles and from the catalogue's Norwegian labels;
  the compound word alone against those words of the other text. Nynorsk titles count like
  bokmål.
- ``unrelated``: titles of two notices whose codes (main and additional) share nothing and
  whose divisions are not one area of need (``probe_precision._related``): English against
  Norwegian, and Norwegian against Norwegian.

Every pair is scored as detection scores it (``probe_precision.passing``: in runs of about 200
lines), with no CPV code written (``none``) and with the first line's code written and none on
the other (``one``; the check that a code on one side only does not sink text evidence).
"""

from __future__ import annotations

import argparse
import csv
import html
import random
import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY, SHARED
from probe_precision import Probe, _related, passing, rates

from kommunesamarbeid.core.overlap import build_model, catalogue_from_csv, load_vocabulary
from kommunesamarbeid.core.overlap.features import TextModel

DATA = SHARED / "data-scout"
UK_NOTICES = DATA / "uk_lancashire_contracts_finder_notices.csv"
DOFFIN_NOTICES = DATA / "doffin_notices_2020_F02.csv"
KEPT = Path(__file__).resolve().parent / "real_recall_pairs.tsv"
#: A code this specific (significant digits) says one need; works codes name projects.
_MIN_DIGITS = 4
_WORKS = "45"
#: Words between the preposition and the first part of a split form.
_MAX_BETWEEN = 2
_PREPOSITIONS = frozenset(
    {"av", "til", "for", "i", "på", "med", "ved", "innen", "innan", "frå", "fra", "mot"}
)
_UNRELATED_PER_SIDE = 400
_COMPOUNDS_PER_SOURCE = 300
_RATE_NAMES = {True: "same-need rate", False: "false-pair rate"}
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class Notice:
    id: str
    title: str
    codes: tuple[str, ...]  # main code first

    @property
    def divisions(self) -> frozenset[str]:
        return frozenset(c[:2] for c in self.codes)


def uk_notices(path: Path = UK_NOTICES) -> list[Notice]:
    found: list[Notice] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            title = " ".join(html.unescape(row["title"]).split())
            codes = tuple(c[:8] for c in row["cpv_codes"].split())
            if codes and title.lower() not in seen:
                seen.add(title.lower())
                found.append(Notice(row["id"][:8], title, codes))
    return found


def doffin_notices(path: Path = DOFFIN_NOTICES) -> list[Notice]:
    found: list[Notice] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            title = " ".join(row["tittel"].split())
            codes = tuple(
                dict.fromkeys(c[:8] for c in (row["cpv_hoved"], *row["cpv_tillegg"].split()) if c)
            )
            if codes and title.lower() not in seen:
                seen.add(title.lower())
                found.append(Notice(str(number), title, codes))
    return found


def _specific(code: str) -> bool:
    return len(code.rstrip("0")) >= _MIN_DIGITS and not code.startswith(_WORKS)


def candidates(uk: Sequence[Notice], no: Sequence[Notice]) -> list[tuple[str, Notice, Notice]]:
    """English and Norwegian notices sharing a specific main code (for reading)."""
    by_code: dict[str, list[Notice]] = defaultdict(list)
    for notice in no:
        by_code[notice.codes[0]].append(notice)
    return [
        (u.codes[0], u, n) for u in uk if _specific(u.codes[0]) for n in by_code.get(u.codes[0], ())
    ]


def kept_pairs(path: Path = KEPT) -> list[tuple[str, str, str]]:
    """(UK notice id, Doffin row, reason) of the pairs a reader judged one need."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            uk_id, no_id, reason = line.split("\t", 2)
            rows.append((uk_id, no_id, reason))
    return rows


def english_probes(uk: Sequence[Notice], no: Sequence[Notice]) -> list[Probe]:
    by_uk = {n.id: n for n in uk}
    by_no = {n.id: n for n in no}
    probes = []
    for uk_id, no_id, _reason in kept_pairs():
        u, n = by_uk[uk_id], by_no[no_id]
        probes.append(Probe("english", "none", u.title, n.title, None, None, True))
        probes.append(Probe("english", "one", u.title, n.title, u.codes[0], None, True))
        probes.append(Probe("english", "one_no", n.title, u.title, n.codes[0], None, True))
    return probes


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


@dataclass(frozen=True, slots=True)
class Text:
    source: str  # "title" or "label"
    text: str
    codes: tuple[str, ...]

    @property
    def divisions(self) -> frozenset[str]:
        return frozenset(c[:2] for c in self.codes)


def _split_at(words: list[str], head: int) -> int | None:
    """The index of the word after the preposition that follows the word at ``head`` (the
    split form "boring av brønner": the last part, a preposition, the rest), or None."""
    if head + 1 < len(words) and words[head + 1].lower() in _PREPOSITIONS:
        return head + 2
    return None


def compound_pairs(
    model: TextModel, texts: Sequence[Text]
) -> tuple[list[tuple[Text, str, Text, str]], list[tuple[Text, str, Text, str]]]:
    """Compound against split form among the texts: a word of two specific parts (AB) in one
    text, and in another (without the compound) "B <preposition> … A" with at most two words
    between (same need); and decoys, "B <preposition> C" with another specific word C in a
    text whose codes are of an unrelated division (another need that shares the last part)."""
    analyzer = model.analyzer
    single: dict[str, list[tuple[int, int]]] = defaultdict(list)  # part -> (text, word index)
    compounds: list[tuple[int, str, tuple[str, str]]] = []
    words_of = [_words(t.text) for t in texts]
    parts_of: list[list[tuple[str, ...]]] = []
    for number, words in enumerate(words_of):
        parts_of.append([])
        for index, word in enumerate(words):
            lower = word.lower()
            parts = analyzer.word(lower)[1]
            parts_of[-1].append(parts)
            if len(parts) == 1 and len(parts[0]) >= 3 and not analyzer.is_generic(parts):
                single[parts[0]].append((number, index))
            elif lower.endswith("erte"):
                continue  # a participle ("programvarerelaterte"), no need of its own
            elif (
                len(parts) == 2
                and not any(analyzer.is_generic((p,)) for p in parts)
                and min(len(p) for p in parts) >= 3
                and parts[0] != parts[1]
            ):
                compounds.append((number, word, (parts[0], parts[1])))
    same: dict[tuple[str, str], tuple[Text, str, Text, str]] = {}
    decoys: dict[tuple[str, str], tuple[Text, str, Text, str]] = {}
    for number, word, (first, head) in compounds:
        for other, index in single.get(head, ()):
            words = words_of[other]
            after = _split_at(words, index)
            if other == number or after is None:
                continue
            if any(w.lower() == word.lower() for w in words):
                continue
            for end in range(after, min(after + _MAX_BETWEEN + 1, len(words))):
                parts = parts_of[other][end]
                span = " ".join(words[index : end + 1])
                key = (word.lower(), span.lower())
                if parts == (first,):
                    same.setdefault(key, (texts[number], word, texts[other], span))
                    break
                if (
                    len(parts) == 1
                    and len(parts[0]) >= 4
                    and not analyzer.is_generic(parts)
                    and first not in parts[0]
                    and parts[0] not in first
                    and not _related(texts[number].divisions, texts[other].divisions)
                ):
                    decoys.setdefault(key, (texts[number], word, texts[other], span))
    return sorted(same.values(), key=_order), sorted(decoys.values(), key=_order)


def _order(pair: tuple[Text, str, Text, str]) -> tuple[str, str]:
    return pair[1].lower(), pair[3].lower()


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def compound_probes(
    model: TextModel, no: Sequence[Notice], labels: dict[str, tuple[str, str]], rng: random.Random
) -> list[Probe]:
    """Compound against split form (same need), by where the two come from (titles, a title
    and a label, labels), and decoys (another need sharing the last part)."""
    texts = [Text("title", n.title, n.codes) for n in no]
    texts += [Text("label", label, (code,)) for code, (label, _) in sorted(labels.items()) if label]
    same, decoys = compound_pairs(model, texts)
    probes = []
    for cls, found, same_need in (("compound", same, True), ("decoy", decoys, False)):
        by_source: dict[str, list[tuple[Text, str, Text, str]]] = defaultdict(list)
        for pair in found:
            sources = sorted({pair[0].source, pair[2].source})
            by_source["+".join(sources) if len(sources) > 1 else sources[0] + "s"].append(pair)
        for source, pairs in sorted(by_source.items()):
            rng.shuffle(pairs)
            for _, word, _, span in pairs[:_COMPOUNDS_PER_SOURCE]:
                probes.append(
                    Probe(cls, source, _capital(word), _capital(span), None, None, same_need)
                )
    return probes


def unrelated_probes(uk: Sequence[Notice], no: Sequence[Notice], rng: random.Random) -> list[Probe]:
    probes = []
    for variant, left in (("english", uk), ("norwegian", no)):
        made = 0
        while made < _UNRELATED_PER_SIDE:
            a, b = rng.choice(left), rng.choice(no)
            if a is b or set(a.codes) & set(b.codes) or _related(a.divisions, b.divisions):
                continue
            probes.append(Probe("unrelated", variant, a.title, b.title, None, None, False))
            made += 1
    return probes


def draw(uk: Sequence[Notice], no: Sequence[Notice]) -> None:
    """Print the candidate English/Norwegian pairs for reading."""
    for code, u, n in candidates(uk, no):
        print(f"{code}\t{u.id}\t{n.id}\t{u.title[:100]}\t{n.title[:100]}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="så mange feilvurderte par per klasse")
    parser.add_argument("--draw", action="store_true", help="skriv kandidatparene (til lesing)")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args(argv)
    if not UK_NOTICES.exists() or not DOFFIN_NOTICES.exists():
        print(f"Fant ikke kunngjøringene i {DATA} (../shared er ikke lagt ved)", file=sys.stderr)
        return 1
    uk, no = uk_notices(), doffin_notices()
    if args.draw:
        draw(uk, no)
        return 0
    rng = random.Random(args.seed)
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    catalogue = catalogue_from_csv(DEFAULT_CATALOGUE)
    model = build_model(vocabulary, catalogue)
    probes = [
        *english_probes(uk, no),
        *compound_probes(model, no, catalogue, rng),
        *unrelated_probes(uk, no, rng),
    ]
    passed = passing(probes, vocabulary, catalogue)
    table = rates(probes, passed)
    same_need = {p.cls: p.same_need for p in probes}
    for cls, kept in same_need.items():
        ok, total = table[(cls, "all")]
        print(f"{cls:10} {_RATE_NAMES[kept]}: {ok}/{total} = {ok / total:.3f}")
        for (c, variant), (v_ok, v_total) in sorted(table.items()):
            if c == cls and variant != "all":
                print(f"    {variant:10} {v_ok}/{v_total} = {v_ok / v_total:.3f}")
        wrong = [
            p for p, ok in zip(probes, passed, strict=True) if p.cls == cls and ok != p.same_need
        ]
        for probe in wrong[: args.show]:
            print(f"      {probe.variant}: «{probe.first}» / «{probe.second}»")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
