"""How the engine reads real nynorsk procurement text, and whether nynorsk and bokmål lines of
one need meet without a CPV code.

    .venv/bin/python scripts/probe_nynorsk.py                 # word rates and pair rates
    .venv/bin/python scripts/probe_nynorsk.py --show 15       # and examples of each fault
    .venv/bin/python scripts/probe_nynorsk.py --draw          # candidate pairs, for reading

Drawn from text the engine was not tuned on (test data, read where it lies: see
data-scout/SOURCES.md; nothing of it is written into the repository):

- *nynorsk titles*: Doffin 2020 notice titles (``doffin_notices_2020_F02.csv``) whose buyer is a
  municipality whose målform is nynorsk in ``kommuner_2025.csv``, or a county most of whose
  municipalities write nynorsk; *bokmål titles*: those of municipalities (and counties) that
  write bokmål.
- *words*: every word of the nynorsk titles that the nynorsk dictionary knows as a form of a
  headword spelt otherwise in bokmål (``nn_nb.tsv``: "tenester" -> "tjeneste"), read by the
  engine and compared with its reading of the bokmål headword. A fault is one of: ``unknown``
  (the engine reads no word), ``scraps`` (split into parts where the nynorsk word is one
  headword), ``lemma`` (another key than the bokmål word's), ``typo`` (read as a misspelling
  of another word), ``generic`` (generic where the bokmål word is not), and ``false_friend``
  (the form is also a bokmål word of another headword, and the engine reads the bokmål one:
  counted apart from the misreadings, since the word alone cannot say which is meant).
- *plurals*: the titles' bokmål nouns that nynorsk does not list (loans, new words), with the
  nynorsk plural endings a writer gives them anyway ("server" -> "serverar", "printer" ->
  "printarar"), read as the noun or not.
- *pairs*: a nynorsk and a bokmål title sharing a specific main code (at least four significant
  digits, no works code) that a reader judged one need (``nynorsk_pairs.tsv`` beside this
  script: Doffin row numbers and why), scored with no CPV code written; and unrelated pairs (a
  nynorsk title against a bokmål one whose codes share nothing and whose divisions are not one
  area of need), to show recall is not bought with false groups.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY, SHARED
from probe_precision import Probe, _related, passing, print_rates
from probe_real_recall import Notice, _specific, doffin_notices, kept_pairs

from kommunesamarbeid.core.overlap import build_model, catalogue_from_csv, load_vocabulary
from kommunesamarbeid.core.overlap.lexicon import Lexicon
from kommunesamarbeid.core.overlap.norwegian import Analyzer

DATA = SHARED / "data-scout"
MUNICIPALITIES = DATA / "kommuner_2025.csv"
NOTICES = DATA / "doffin_notices_2020_F02.csv"
KEPT = Path(__file__).resolve().parent / "nynorsk_pairs.tsv"
_UNRELATED = 400
_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORD = 3
FAULTS = ("unknown", "scraps", "lemma", "typo", "generic", "false_friend")


def _norm(name: str) -> str:
    return " ".join(name.lower().replace("-", " ").split())


def written_standards(path: Path = MUNICIPALITIES) -> dict[str, str]:
    """Buyer name (lower case) -> "nn" or "nb", for municipalities and counties."""
    found: dict[str, str] = {}
    by_county: dict[str, Counter[str]] = defaultdict(Counter)
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            form = {"nynorsk": "nn", "bokmål": "nb"}.get(row["maalform"].strip().lower())
            if form is None:
                continue  # neutral: no standard of its own
            for name in {row["kommunenavn"], row["kommunenavn_no"]}:
                found[_norm(name) + " kommune"] = form
                found[_norm(name) + " kommune " + _norm(row["fylke"])] = form
            by_county[_norm(row["fylke"])][form] += 1
    for county, counts in by_county.items():
        form = "nn" if counts["nn"] > counts["nb"] else "nb"
        found[county + " fylkeskommune"] = form
    return found


def by_standard(
    notices: Sequence[Notice], rows: dict[str, str], nynorsk_only: Callable[[str], bool]
) -> dict[str, str]:
    """Notice id -> "nn" for notices of a nynorsk buyer, "nb" for the others (state agencies
    and companies write bokmål) whose title has no form only nynorsk has."""
    standards = written_standards()
    result = {}
    for notice in notices:
        if standards.get(_norm(rows[notice.id])) == "nn":
            result[notice.id] = "nn"
        elif not any(nynorsk_only(w.lower()) for w in _WORD.findall(notice.title)):
            result[notice.id] = "nb"
    return result


def buyers(path: Path = NOTICES) -> dict[str, str]:
    with path.open(encoding="utf-8") as handle:
        return {str(n): row["oppdragsgiver"] for n, row in enumerate(csv.DictReader(handle))}


def descriptions(ids: set[str], path: Path = NOTICES) -> list[str]:
    """The descriptions of the notices ``ids`` (more nynorsk text than the titles)."""
    with path.open(encoding="utf-8") as handle:
        rows = enumerate(csv.DictReader(handle))
        return [row["beskrivelse"] for n, row in rows if str(n) in ids]


# --- words ----------------------------------------------------------------------------------


def bokmal_of(analyzer: Analyzer, word: str) -> tuple[str, bool] | None:
    """The bokmål headword of a nynorsk form spelt otherwise in bokmål, and whether the form
    is also a bokmål word; None when the form is no such nynorsk word."""
    lexicon = analyzer.lexicon
    assert lexicon is not None
    for base in lexicon.nn.lemmas(word):
        target = lexicon.nn_nb.get(base)
        if target is not None and target != base and target in lexicon.nb.entries:
            return target, bool(lexicon.nb.lemmas(word))
    return None


def readings(analyzer: Analyzer, word: str, bokmal: str) -> set[tuple[str, ...]]:
    """The engine's keys of every headword a form may be of: the bokmål headword it was drawn
    for, the bokmål spellings of its nynorsk headwords, and its bokmål headwords (a form may be
    a derived word of its own: "fiskar" is also "fisker")."""
    lexicon = analyzer.lexicon
    assert lexicon is not None
    heads = {bokmal}
    nynorsk = lexicon.nn.lemmas(word)
    heads.update(lexicon.nn_nb.get(h, h) for h in nynorsk)
    # the form itself only when nynorsk has it as a headword too: bokmål lists many forms
    # whole ("biblioteka", "skytefelta"), which nynorsk knows as forms of their headwords
    heads.update(h for h in lexicon.nb.lemmas(word) if h != word or not nynorsk or h in nynorsk)
    return {analyzer.word(h)[1] for h in heads}


def word_fault(analyzer: Analyzer, word: str, bokmal: str, shared: bool) -> str | None:
    """How the engine misreads a nynorsk form (one of FAULTS), or None when it reads it as one
    of its headwords (``readings``); a form that is also a bokmål word of another headword is
    a ``false_friend`` when the engine reads the bokmål word and not the nynorsk one."""
    parts = analyzer.word(word)[1]
    wanted = analyzer.word(bokmal)[1]
    if parts == wanted:
        return None
    if not parts:
        return "unknown"
    if analyzer.typos is not None and analyzer.typos.corrected(word) != word:
        return "typo"
    if parts in readings(analyzer, word, bokmal):
        return "false_friend" if shared else None
    if analyzer.is_generic(parts) and not analyzer.is_generic(wanted):
        return "generic"
    if len(parts) > len(wanted):
        return "scraps"
    return "lemma"


def word_report(analyzer: Analyzer, titles: Sequence[str], show: int) -> dict[str, tuple[int, int]]:
    """Fault -> (word types, word tokens) over the nynorsk forms of the titles."""
    tokens: Counter[str] = Counter()
    for title in titles:
        tokens.update(w.lower() for w in _WORD.findall(title) if len(w) >= _MIN_WORD)
    faults: dict[str, list[str]] = defaultdict(list)
    types = 0
    total_tokens = 0
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for word, count in sorted(tokens.items()):
        if word in analyzer.rules.stopwords:
            continue
        found = bokmal_of(analyzer, word)
        if found is None:
            continue
        types += 1
        total_tokens += count
        fault = word_fault(analyzer, word, *found)
        if fault is not None:
            counts[fault][0] += 1
            counts[fault][1] += count
            faults[fault].append(
                f"{word} -> {'+'.join(analyzer.word(word)[1]) or '-'}"
                f" (bokmål {found[0]}: {'+'.join(analyzer.word(found[0])[1])})"
            )
    print(f"nynorsk forms spelt otherwise in bokmål: {types} words, {total_tokens} occurrences")
    wrong_types = sum(c[0] for f, c in counts.items() if f != "false_friend")
    wrong_tokens = sum(c[1] for f, c in counts.items() if f != "false_friend")
    print(
        f"  misread: {wrong_types}/{types} words = {wrong_types / max(types, 1):.3f},"
        f" {wrong_tokens}/{total_tokens} occurrences = {wrong_tokens / max(total_tokens, 1):.3f}"
        " (false friends apart)"
    )
    for fault in FAULTS:
        t, n = counts.get(fault, [0, 0])
        print(f"    {fault:13} {t:4} words {n:5} occurrences")
        for example in faults.get(fault, [])[:show]:
            print(f"        {example}")
    return {f: (c[0], c[1]) for f, c in counts.items()}


def nynorsk_forms(lexicon: Lexicon, headword: str) -> set[str]:
    """Every form the nynorsk dictionary's rules make of a headword ("teneste" -> "tenesta",
    "tenester", "tenestene", ...)."""
    language = lexicon.nn
    flags = language.entries.get(headword, "")
    if flags.startswith("="):
        return set()
    forms = {headword}
    for ending, rules in language.rules.items():
        for flag, strip, cond in rules:
            if flag not in flags or not headword.endswith(strip):
                continue
            if cond is not None and not cond.search(headword):
                continue
            forms.add(headword[: len(headword) - len(strip)] + ending)
    return forms


def dictionary_forms(analyzer: Analyzer, titles: Sequence[str]) -> dict[str, tuple[str, bool]]:
    """Nynorsk form -> (its bokmål headword, whether the form is also a bokmål word of another
    headword), for the nynorsk headwords of the bokmål words the titles use: the words real
    procurement text needs, in every form a nynorsk writer may give them."""
    lexicon = analyzer.lexicon
    assert lexicon is not None
    to_nynorsk: dict[str, list[str]] = defaultdict(list)
    for nn, nb in lexicon.nn_nb.items():
        to_nynorsk[nb].append(nn)
    lemmas: set[str] = set()
    for title in titles:
        for word in _WORD.findall(title.lower()):
            lemma = lexicon.lemma(word) if len(word) >= _MIN_WORD else None
            if lemma is not None and word not in analyzer.rules.stopwords:
                lemmas.add(lemma)
    found: dict[str, tuple[str, bool]] = {}
    for lemma in sorted(lemmas):
        heads = list(to_nynorsk.get(lemma, ()))
        if lemma in lexicon.nn.entries and lexicon.nn_nb.get(lemma, lemma) == lemma:
            heads.append(lemma)
        for head in heads:
            for form in nynorsk_forms(lexicon, head):
                if len(form) < _MIN_WORD or form in analyzer.rules.stopwords:
                    continue
                # a form bokmål lists as itself only says nothing of another meaning
                other = [w for w in lexicon.nb.lemmas(form) if w not in (lemma, form)]
                found.setdefault(form, (lemma, bool(other)))
    return found


def hybrid_forms(analyzer: Analyzer, titles: Sequence[str]) -> dict[str, tuple[str, bool]]:
    """Nynorsk plurals of the titles' bokmål nouns the nynorsk dictionary does not have
    (loans and new words a nynorsk writer inflects anyway: "serverar", "printarar"): "-ar",
    "-ane", and for agent nouns in "-er" "-arar", "-arane"."""
    lexicon = analyzer.lexicon
    assert lexicon is not None
    known_nynorsk = set(lexicon.nn_nb.values()) | set(lexicon.nn.entries)
    found: dict[str, tuple[str, bool]] = {}
    for title in titles:
        for word in _WORD.findall(title.lower()):
            lemma = lexicon.lemma(word) if len(word) >= _MIN_WORD else None
            if lemma is None or lemma in known_nynorsk or not lexicon.nb.is_base(lemma):
                continue
            stem = lemma[:-1] if lemma.endswith("e") else lemma
            forms = [stem + "ar", stem + "ane"]
            if lemma.endswith("er"):
                forms += [lemma[:-2] + "arar", lemma[:-2] + "arane"]
            for form in forms:
                if not lexicon.nb.lemmas(form) and not lexicon.nn.lemmas(form):
                    found.setdefault(form, (lemma, False))
    return found


def form_report(
    analyzer: Analyzer, forms: dict[str, tuple[str, bool]], show: int
) -> dict[str, int]:
    """Fault -> forms, over the nynorsk forms of the titles' words."""
    faults: dict[str, list[str]] = defaultdict(list)
    for form, (lemma, shared) in sorted(forms.items()):
        fault = word_fault(analyzer, form, lemma, shared)
        if fault is not None:
            faults[fault].append(
                f"{form} -> {'+'.join(analyzer.word(form)[1]) or '-'}"
                f" (bokmål {lemma}: {'+'.join(analyzer.word(lemma)[1])})"
            )
    total = len(forms)
    wrong = sum(len(v) for f, v in faults.items() if f != "false_friend")
    print(f"nynorsk forms of the titles' words: {total}")
    print(f"  misread: {wrong}/{total} = {wrong / max(total, 1):.3f} (false friends apart)")
    print_faults(faults, FAULTS, show, " forms")
    return {f: len(v) for f, v in faults.items()}


def print_faults(
    faults: dict[str, list[str]], kinds: Sequence[str], show: int, unit: str = ""
) -> None:
    """How many of each fault, and ``show`` examples of each."""
    width = max(map(len, kinds)) + 1
    for fault in kinds:
        examples = faults.get(fault, [])
        print(f"    {fault:{width}} {len(examples):5}{unit}")
        for example in examples[:show]:
            print(f"        {example}")


# --- pairs ----------------------------------------------------------------------------------


def candidates(
    notices: Sequence[Notice], standard: dict[str, str]
) -> list[tuple[str, Notice, Notice]]:
    by_code: dict[str, list[Notice]] = defaultdict(list)
    for notice in notices:
        if standard.get(notice.id) == "nb":
            by_code[notice.codes[0]].append(notice)
    return [
        (n.codes[0], n, b)
        for n in notices
        if standard.get(n.id) == "nn" and _specific(n.codes[0])
        for b in by_code.get(n.codes[0], ())
    ]


def pair_probes(
    notices: Sequence[Notice], standard: dict[str, str], rng: random.Random
) -> list[Probe]:
    by_id = {n.id: n for n in notices}
    probes = [
        Probe("same_need", "none", by_id[a].title, by_id[b].title, None, None, True)
        for a, b, _ in kept_pairs(KEPT)
    ]
    nynorsk = [n for n in notices if standard.get(n.id) == "nn"]
    bokmal = [n for n in notices if standard.get(n.id) == "nb"]
    made = 0
    while made < _UNRELATED:
        a, b = rng.choice(nynorsk), rng.choice(bokmal)
        if set(a.codes) & set(b.codes) or _related(a.divisions, b.divisions):
            continue
        probes.append(Probe("unrelated", "none", a.title, b.title, None, None, False))
        made += 1
    return probes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="så mange døme per feil")
    parser.add_argument("--draw", action="store_true", help="skriv kandidatparene (til lesing)")
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args(argv)
    if not NOTICES.exists() or not MUNICIPALITIES.exists():
        print(f"Fant ikke kunngjøringene i {DATA} (../shared er ikke lagt ved)", file=sys.stderr)
        return 1
    notices = doffin_notices(NOTICES)
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    lexicon = vocabulary.senses
    assert lexicon is not None

    def nynorsk_only(word: str) -> bool:
        return (
            len(word) >= _MIN_WORD and bool(lexicon.nn.lemmas(word)) and not lexicon.nb.lemmas(word)
        )

    standard = by_standard(notices, buyers(), nynorsk_only)
    if args.draw:
        for code, n, b in candidates(notices, standard):
            print(f"{code}\t{n.id}\t{b.id}\t{n.title[:90]}\t{b.title[:90]}")
        return 0
    counts = Counter(standard.values())
    print(f"notices: {counts['nn']} of nynorsk buyers, {counts['nb']} others in bokmål")
    catalogue = catalogue_from_csv(DEFAULT_CATALOGUE)
    model = build_model(vocabulary, catalogue)
    nynorsk_ids = {i for i, s in standard.items() if s == "nn"}
    titles = [n.title for n in notices if n.id in nynorsk_ids]
    print("== titles")
    word_report(model.analyzer, titles, args.show)
    print("== descriptions")
    word_report(model.analyzer, descriptions(nynorsk_ids), args.show)
    print("== dictionary forms")
    all_titles = [n.title for n in notices]
    forms = dictionary_forms(model.analyzer, all_titles)
    form_report(model.analyzer, forms, args.show)
    print("== nynorsk plurals of bokmål nouns nynorsk does not list")
    form_report(model.analyzer, hybrid_forms(model.analyzer, all_titles), args.show)
    probes = pair_probes(notices, standard, random.Random(args.seed))
    print_rates(probes, passing(probes, vocabulary, catalogue), args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
