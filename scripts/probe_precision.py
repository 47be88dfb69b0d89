"""Class probes for precision: do unrelated needs that share a look-alike or a generic word
group, and do the same needs written another way still group?

    .venv/bin/python scripts/probe_precision.py                 # the rates per class
    .venv/bin/python scripts/probe_precision.py --show 15       # and pairs that pass wrongly

Made from data the engine was not tuned on: the Norwegian labels of the CPV catalogue
(``../shared/data-scout/cpv_2008_en_no.csv``). Its words are read by the engine's own analyzer
(compound parts, lemmas) and paired by class, each pair from two CPV divisions that have nothing
to do with each other (so they are two needs):

- ``head``: the same last part, other first parts ("brannslanger" / "hageslanger");
- ``modifier``: the same first part, other last parts ("vannpumper" / "vannanalyser");
- ``lookalike``: the same first letters, other words ("servere" / "servering");
- ``generic``: a generic word around two unrelated words ("Fagsystem for X" / "Fagsystem for
  Y", "Konsulenttjenester X" / "Konsulenttjenester Y").

Each pair is written as two plan lines (bokmål and nynorsk wording), with no CPV code, with
each its own code, or with one shared code (the first word's: a code copied wrongly). The
same-need probes are the other way round: one catalogue code, written as its label and as a
plan would write the label's main word ("Kjøp av X", "Rammeavtale X", nynorsk), with and without
the code; and two terms of one need family.

Every pair is scored the way detection scores it (in runs of about 200 lines, so word weights
are as in a plan set of that size), and counted as passing when its score reaches the
threshold and nothing vetoes it. The false-pair rate is the share of unrelated pairs that pass;
the same-need rate the share of same-need pairs that pass. The catalogue is test data (see
data-scout/SOURCES.md): read where it lies, nothing written.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# scripts/ is on the path when a script runs: evaluate_detection puts the repository there too
from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY

from kommunesamarbeid.core.overlap import (
    DetectionSettings,
    MatchLine,
    Vocabulary,
    build_model,
    catalogue_from_csv,
    load_vocabulary,
)
from kommunesamarbeid.core.overlap.detect import _df_cap, place_names, read_together
from kommunesamarbeid.core.overlap.features import TextModel
from kommunesamarbeid.core.overlap.goods_service import marks, service_words
from kommunesamarbeid.core.overlap.scoring import FeatureTable

NN_NB = DEFAULT_VOCABULARY / "lexicon" / "nn_nb.tsv"
#: Lines per scoring run (about one plan set).
RUN_LINES = 200
#: CPV divisions that are one area of need with another: a pair across them is not "unrelated".
_RELATED_DIVISIONS = (
    {"30", "48", "72", "32"},
    {"45", "44", "71", "50", "51"},
    {"33", "85"},
    {"15", "55"},
    {"34", "60", "50"},
    {"90", "77", "39"},
    {"79", "75"},
    {"18", "35", "39"},
    {"31", "32", "51", "50"},
    {"03", "14", "44", "45"},
    {"24", "33", "39"},
    {"42", "43", "16"},
    {"37", "39"},
    {"73", "79", "80"},
)
#: Generic last parts by what they buy: a system, a service, goods ("lønnssystem",
#: "lønnstjenester"; "renholdsutstyr", "renholdstjenester" are two needs).
_GENERIC_GROUPS = {
    "system": {"system", "fagsystem", "datasystem"},
    "service": {
        "tjeneste",
        "service",
        "drift",
        "vedlikehold",
        "kontroll",
        "bistand",
        "konsulent",
        "rådgivning",
        "tilsyn",
        "inspeksjon",
        "reparasjon",
        "analyse",
        "konsulentbistand",
    },
    "goods": {
        "utstyr",
        "materiell",
        "materiale",
        "produkt",
        "artikkel",
        "vare",
        "rekvisita",
        "middel",
        "forbruksmateriell",
    },
}
#: Divisions whose codes are works (separate projects are vetoed anyway: left out).
_WORKS = {"45"}

_BOKMAAL = (
    ("{W}", "{W}"),
    ("Kjøp av {w}", "Rammeavtale {w}"),
    ("Rammeavtale {w}", "{W} til kommunale bygg"),
    ("{W} – levering 2026", "Innkjøp av {w}"),
)
_NYNORSK = (
    ("Innkjøp av {w}", "{W} til kommunale bygg"),
    ("Rammeavtale {w}", "Kjøp av {w} til skulane"),
)
_GENERIC = (
    "Fagsystem for {w}",
    "Konsulenttjenester – {w}",
    "Drift og service av {w}",
    "Rammeavtale tjenester {w}",
    "Konsulentteneste innan {w}",
    "Avtale om {w}",
    "Tenester knytt til {w}",
    "Lab-analyser av {w}",
)


@dataclass(frozen=True, slots=True)
class Word:
    surface: str
    parts: tuple[str, ...]
    key: str
    codes: tuple[str, ...]

    @property
    def divisions(self) -> frozenset[str]:
        return frozenset(c[:2] for c in self.codes)


@dataclass(frozen=True, slots=True)
class Probe:
    cls: str
    variant: str
    first: str
    second: str
    first_cpv: str | None
    second_cpv: str | None
    same_need: bool


def _related(a: frozenset[str], b: frozenset[str]) -> bool:
    if a & b:
        return True
    return any(a & group and b & group for group in _RELATED_DIVISIONS)


def catalogue_words(model: TextModel, labels: dict[str, tuple[str, str]]) -> list[Word]:
    """Words of the catalogue's Norwegian labels, one entry per word, with every code whose
    label has it (labels of one code often say the same in several words). A word written with
    a hanging hyphen ("forsknings- og") is left out: it is no word by itself."""
    codes: dict[str, list[str]] = defaultdict(list)
    for code, (label_no, _label_en) in labels.items():
        if not label_no or code[:2] in _WORKS:
            continue
        for raw in label_no.replace(",", " ").replace("/", " ").split():
            if raw.endswith("-"):
                continue
            word = raw.strip("().–").lower()
            if len(word) >= 6 and word.isalpha() and code not in codes[word]:
                codes[word].append(code)
    words = []
    analyzer = model.analyzer
    for surface, found in codes.items():
        key, parts = analyzer.word(surface)
        if key and not analyzer.is_generic(parts):
            words.append(Word(surface, parts, key, tuple(found)))
    return words


def _specific(model: TextModel, parts: tuple[str, ...]) -> bool:
    return not any(p in model.generic for p in parts)


def _generic_group(word: str) -> str:
    for name, members in _GENERIC_GROUPS.items():
        if word in members:
            return name
    return ""


def generic_head_pairs(
    model: TextModel, words: Sequence[Word], rng: random.Random, same: bool
) -> list[tuple[Word, Word]]:
    """Words of one specific first part with generic last parts of different groups ("system",
    "tjeneste", "utstyr": software, a service, goods; ``same`` False) or of one group (True)."""
    by_stem: dict[tuple[str, ...], list[Word]] = defaultdict(list)
    for word in words:
        parts = word.parts
        if len(parts) >= 2 and _generic_group(parts[-1]) and _specific(model, parts[:-1]):
            by_stem[parts[:-1]].append(word)
    found: list[tuple[Word, Word]] = []
    for stem in sorted(by_stem):
        group = by_stem[stem]
        pairs = [
            (a, b)
            for i, a in enumerate(group)
            for b in group[i + 1 :]
            if a.parts[-1] != b.parts[-1]
            and (_generic_group(a.parts[-1]) == _generic_group(b.parts[-1])) == same
        ]
        rng.shuffle(pairs)
        found.extend(pairs[:2])
    return found


def _inflections(model: TextModel, first: str, second: str) -> bool:
    """Two forms of one word ("gjerde" / "gjerder", "privat" / "private"): the dictionaries
    give one lemma, or one is the other with an ending of at most three letters."""
    senses = model.vocabulary.senses
    if senses is not None and senses.lemma(first) and senses.lemma(first) == senses.lemma(second):
        return True
    short, long = sorted((first, second), key=len)
    return long.startswith(short) and len(long) - len(short) <= 3


def _unrelated_pairs(
    buckets: dict[str, list[Word]], rng: random.Random, per_bucket: int
) -> Iterator[tuple[Word, Word]]:
    """Pairs of words of one bucket from unrelated divisions that share no part but the one
    the bucket is made by (none for look-alikes)."""
    for name in sorted(buckets):
        words = buckets[name]
        found = 0
        order = list(range(len(words)))
        rng.shuffle(order)
        for i, j in ((i, j) for i in order for j in order if i < j):
            a, b = words[i], words[j]
            if _related(a.divisions, b.divisions):
                continue
            if set(a.parts) & set(b.parts) - {name}:
                continue
            yield a, b
            found += 1
            if found >= per_bucket:
                break


def nynorsk_forms(path: Path = NN_NB) -> dict[str, str]:
    """Bokmål word -> the nynorsk word the dictionaries pair it with (the first one)."""
    found: dict[str, str] = {}
    if path.exists():
        for row in path.read_text(encoding="utf-8").splitlines():
            nn, _, nb = row.partition("\t")
            if nb and not row.startswith("#") and len(nb) >= 4 and nn != nb:
                found.setdefault(nb, nn)
    return found


def _nynorsk(word: Word, forms: dict[str, str]) -> str:
    """The word with its parts written the nynorsk way where the dictionaries know one."""
    text = word.surface
    for part in word.parts:
        other = forms.get(part)
        if other is not None and part in text:
            text = text.replace(part, other, 1)
    return text


def _written(template: str, word: str) -> str:
    return template.replace("{W}", word[:1].upper() + word[1:]).replace("{w}", word)


def _code(word: Word) -> str:
    return word.codes[0]


def unrelated_probes(model: TextModel, words: Sequence[Word], seed: int = 7) -> list[Probe]:
    rng = random.Random(seed)
    forms = nynorsk_forms()
    heads: dict[str, list[Word]] = defaultdict(list)
    modifiers: dict[str, list[Word]] = defaultdict(list)
    starts: dict[str, list[Word]] = defaultdict(list)
    for word in words:
        if len(word.parts) >= 2 and _specific(model, word.parts):
            # a compound of specific parts: by its last part, and by its first
            heads[word.parts[-1]].append(word)
            modifiers[word.parts[0]].append(word)
        if len(word.parts) == 1:
            starts[word.surface[:6]].append(word)
    chosen: list[tuple[str, Word, Word]] = []
    chosen += [("head", a, b) for a, b in _unrelated_pairs(heads, rng, 2)]
    chosen += [("modifier", a, b) for a, b in _unrelated_pairs(modifiers, rng, 2)]
    chosen += [
        ("lookalike", a, b)
        for a, b in _unrelated_pairs(starts, rng, 1)
        if not _inflections(model, a.surface, b.surface)
    ]
    chosen += [("generic_head", a, b) for a, b in generic_head_pairs(model, words, rng, False)]
    simple = [w for w in words if len(w.divisions) == 1]
    for _ in range(len(_GENERIC) * 40):
        a, b = rng.sample(simple, 2)
        if not _related(a.divisions, b.divisions):
            chosen.append(("generic", a, b))
    probes: list[Probe] = []
    for number, (cls, a, b) in enumerate(chosen):
        if cls == "generic":
            template = _GENERIC[number % len(_GENERIC)]
            texts = [("bokmål", _written(template, a.surface), _written(template, b.surface))]
        else:
            bm = _BOKMAAL[number % len(_BOKMAAL)]
            nn = _NYNORSK[number % len(_NYNORSK)]
            texts = [
                ("bokmål", _written(bm[0], a.surface), _written(bm[1], b.surface)),
                (
                    "nynorsk",
                    _written(nn[0], _nynorsk(a, forms)),
                    _written(nn[1], _nynorsk(b, forms)),
                ),
            ]
        for language, first, second in texts:
            for cpv, codes in (
                ("none", (None, None)),
                ("own", (_code(a), _code(b))),
                ("shared", (_code(a), _code(a))),
            ):
                probes.append(Probe(cls, f"{language}/{cpv}", first, second, *codes, False))
    return probes


def _service_on_thing(model: TextModel, label: str) -> bool:
    """A label naming a service on a thing ("Installasjon av generatorer"): written as the thing
    alone ("Innkjøp av generatorer") it is another need (``goods_service``)."""
    analysed = model.analyzer.analyse(label)
    return bool(service_words(analysed.tokens, marks(label, analysed.words)))


def same_need_probes(
    model: TextModel, labels: dict[str, tuple[str, str]], words: Sequence[Word], seed: int = 7
) -> list[Probe]:
    """One code written two ways, and two terms of one need family."""
    rng = random.Random(seed)
    forms = nynorsk_forms()
    probes: list[Probe] = []
    by_code: dict[str, list[Word]] = defaultdict(list)
    for word in words:
        for code in word.codes:
            by_code[code].append(word)
    codes = sorted(
        c
        for c, found in by_code.items()
        if len(labels[c][0].split()) <= 3 and found and not _service_on_thing(model, labels[c][0])
    )
    for number, code in enumerate(rng.sample(codes, min(400, len(codes)))):
        label = labels[code][0]
        word = max(by_code[code], key=lambda w: len(w.surface))
        bm = _BOKMAAL[number % len(_BOKMAAL)]
        nn = _NYNORSK[number % len(_NYNORSK)]
        for variant, text in (
            ("bokmål", _written(bm[1], word.surface)),
            ("nynorsk", _written(nn[1], _nynorsk(word, forms))),
        ):
            probes.append(Probe("same_code", f"{variant}/none", label, text, None, None, True))
            probes.append(Probe("same_code", f"{variant}/own", label, text, code, code, True))
    for a, b in generic_head_pairs(model, words, rng, True):
        for variant, codes in (("bokmål/none", (None, None)), ("bokmål/own", (_code(a), _code(b)))):
            first = _written(_BOKMAAL[len(probes) % len(_BOKMAAL)][0], a.surface)
            second = _written(_BOKMAAL[len(probes) % len(_BOKMAAL)][1], b.surface)
            probes.append(Probe("generic_same", variant, first, second, *codes, True))
    for family in model.families:
        if family.broad:
            continue
        terms = [t for t in family.terms if "+" not in t and t.isalpha() and len(t) >= 5]
        if len(terms) >= 2:
            a, b = rng.sample(terms, 2)
            if _service_on_thing(model, a) != _service_on_thing(model, b):
                continue  # a thing and a service on it: two needs (goods_service)
            bm = _BOKMAAL[len(probes) % len(_BOKMAAL)]
            probes.append(
                Probe(
                    "family_terms",
                    "bokmål/none",
                    _written(bm[0], a),
                    _written(bm[1], b),
                    None,
                    None,
                    True,
                )
            )
    return probes


def passing(
    probes: Sequence[Probe],
    vocabulary: Vocabulary,
    catalogue: dict[str, tuple[str, str]],
    settings: DetectionSettings | None = None,
    background: Sequence[MatchLine] = (),
    order: Sequence[int] | None = None,
    per_run: int = RUN_LINES // 2,
) -> list[bool]:
    """Whether each probe pair passes (score at the threshold, no veto), scored ``per_run``
    pairs at a time (in ``order``) among the ``background`` lines (none: runs of
    ``RUN_LINES`` probe lines)."""
    settings = settings or DetectionSettings()
    model = build_model(vocabulary, catalogue)
    result = [False] * len(probes)
    if order is None:
        # one writing of a pair per run (its other writings are near spellings of its words,
        # which a run reads as one word: they would not be the pair of plans it stands for)
        order = sorted(range(len(probes)), key=lambda i: (probes[i].variant, i))
    base = [
        MatchLine(
            n, 10_000 + line.municipality_id, line.municipality, line.description, cpv=line.cpv
        )
        for n, line in enumerate(background)
    ]
    for start in range(0, len(order), per_run):
        chunk = order[start : start + per_run]
        lines = list(base)
        for index in chunk:
            probe = probes[index]
            for text, cpv in ((probe.first, probe.first_cpv), (probe.second, probe.second_cpv)):
                municipality = len(lines) - len(base) + 1
                lines.append(
                    MatchLine(len(lines), municipality, f"Kommune {municipality}", text, cpv=cpv)
                )
        places = place_names(lines)
        features = read_together(model, [model.line(line, places) for line in lines])
        table = FeatureTable(features, model, settings.max_months_apart, df_cap=_df_cap(len(lines)))
        a = np.arange(len(base), len(lines), 2, dtype=np.int64)
        b = a + 1
        parts = table.components(a, b, table.similarity(a, b))
        ok = (parts["score"] >= settings.threshold) & ~parts["veto"]
        for index, passed in zip(chunk, ok.tolist(), strict=True):
            result[index] = bool(passed)
    return result


def print_rates(probes: Sequence[Probe], passed: Sequence[bool], show: int) -> None:
    """The rate of each class (false pairs or same needs) and per variant, and up to ``show``
    pairs whose outcome is wrong."""
    table = rates(probes, passed)
    for cls in dict.fromkeys(p.cls for p in probes):
        ok, total = table[(cls, "all")]
        name = (
            "same-need rate"
            if any(p.same_need for p in probes if p.cls == cls)
            else "false-pair rate"
        )
        print(f"{cls:13} {name}: {ok}/{total} = {ok / total:.3f}")
        for (c, variant), (v_ok, v_total) in sorted(table.items()):
            if c == cls and variant != "all":
                print(f"    {variant:16} {v_ok}/{v_total} = {v_ok / v_total:.3f}")
    wrong = [p for p, ok in zip(probes, passed, strict=True) if ok != p.same_need]
    for probe in wrong[:show]:
        print(
            f"  {probe.cls}/{probe.variant}: «{probe.first}» [{probe.first_cpv}] / "
            f"«{probe.second}» [{probe.second_cpv}] -> {'passes' if not probe.same_need else 'missed'}"
        )


def rates(
    probes: Sequence[Probe], passed: Sequence[bool]
) -> dict[tuple[str, str], tuple[int, int]]:
    """(class, variant) -> (passing, total); also (class, "all")."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for probe, ok in zip(probes, passed, strict=True):
        for key in ((probe.cls, probe.variant), (probe.cls, "all")):
            counts[key][0] += ok
            counts[key][1] += 1
    return {k: (v[0], v[1]) for k, v in counts.items()}


def build(
    catalogue_path: Path = DEFAULT_CATALOGUE,
) -> tuple[list[Probe], list[Probe], Vocabulary, dict[str, tuple[str, str]]]:
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    catalogue = catalogue_from_csv(catalogue_path)
    model = build_model(vocabulary, catalogue)
    words = catalogue_words(model, catalogue)
    return (
        unrelated_probes(model, words),
        same_need_probes(model, catalogue, words),
        vocabulary,
        catalogue,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalogue", type=Path, default=DEFAULT_CATALOGUE)
    parser.add_argument("--show", type=int, default=0, help="så mange par som feilaktig når opp")
    parser.add_argument("--csv", type=Path, help="skriv hvert par og utfallet hit")
    args = parser.parse_args(argv)
    if not args.catalogue.exists():
        print(f"Fant ikke {args.catalogue} (../shared er ikke lagt ved)", file=sys.stderr)
        return 1
    unrelated, same, vocabulary, catalogue = build(args.catalogue)
    probes = [*unrelated, *same]
    passed = passing(probes, vocabulary, catalogue)
    print_rates(probes, passed, args.show)
    if args.csv:
        with args.csv.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(
                [
                    "class",
                    "variant",
                    "first",
                    "second",
                    "first_cpv",
                    "second_cpv",
                    "same_need",
                    "passes",
                ]
            )
            for probe, ok in zip(probes, passed, strict=True):
                writer.writerow(
                    [
                        probe.cls,
                        probe.variant,
                        probe.first,
                        probe.second,
                        probe.first_cpv or "",
                        probe.second_cpv or "",
                        int(probe.same_need),
                        int(ok),
                    ]
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
