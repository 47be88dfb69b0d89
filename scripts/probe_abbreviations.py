"""How the engine reads words written short, and whether an abbreviated plan line still meets
the same need written in full (and no other need) without a CPV code.

    .venv/bin/python scripts/probe_abbreviations.py              # word rates and pair rates
    .venv/bin/python scripts/probe_abbreviations.py --show 15    # and examples of each fault

Drawn from text the engine was not tuned on (test data, read where it lies: see
data-scout/SOURCES.md; nothing of it is written into the repository): the words of the CPV
catalogue's Norwegian labels (``cpv_2008_en_no.csv``) and the Doffin 2020 notice titles of
municipal buyers (``doffin_notices_2020_F02.csv``). Their words are written short by rules, the
ways office writers do:

- ``cut``: cut after a consonant before a vowel, with a full stop ("vedlikeh.", "kons.");
- ``compound``: a compound cut in its parts ("renh.midl.", "sikkerh.tj.", "kj.varer") or in its
  last part only ("vektertj.");
- ``skeleton``: the first letter and the consonants of a short word ("mnd", "stk", "skl");
- ``initials``: the first letters of the parts of a compound of three or more parts ("sfo");
- ``dropped``: the ending dropped, no full stop ("vedlikeh", "konsul");
- and in lines, prepositions written with a slash ("m/", "u/", "f/", "t/").

The same-need rate is printed for all pairs and for the lines that use each rule (a line mixes
rules, so the rates overlap).

*Words*: each word of a title is written short in that title (the other words in full), and
the title is read by the engine's analyzer. ``read``: the short title has the full word's key;
``wrong``: it has a key the full title does not have (read as another word: the worst fault);
``unread``: neither (the short form is left as it is written).

*Joins*: words cut where writers cut them (``_cuts``, before a full stop), and the word each
cut is read as. ``join``: read as a word neither the word list cuts are read against nor the
dictionaries have, a first part and a listed word ("vekter" + "tjeneste"); ``junk``: such a
join whose first part no running text uses (not in the frequency list, with or without its
linking letter): a rare form glued to the start of a listed word ("anskaff" + "elsykkel",
"bergskjær" + "ingeniør"). Over the list's own words every join is wrong (the cut is of a
listed word); over the titles' words not in the list, a join may be meant ("vektertj.").

*Pairs* (scored as detection scores them, in runs of about 200 lines, no CPV code): a title
with nearly every word written short against the same title in full (``same``: should pass),
and against a title of an unrelated need (CPV divisions that have nothing to do with each
other) that has a word the short form could also stand for (``unrelated``: should not); and
a word of each of the two unrelated titles, each after the same two letters cut short that are
no word ("Ve. brøyting" / "Ve. kopipapir": ``two``, should not: the cut could be any word).
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY, SHARED
from probe_precision import Probe, _related, passing, rates
from probe_real_recall import Notice, doffin_notices

from kommunesamarbeid.core.overlap import build_model, catalogue_from_csv, load_vocabulary
from kommunesamarbeid.core.overlap.norwegian import Analyzer

NOTICES = SHARED / "data-scout" / "doffin_notices_2020_F02.csv"
RULES = ("cut", "compound", "skeleton", "initials", "dropped")
_WORD = re.compile(r"[^\W\d_]+")
_VOWELS = frozenset("aeiouyæøå")
_MIN_WORD = 5
_WORDS_PER_RULE = 600
_PAIRS = 300
_SLASHES = (("med ", "m/"), ("uten ", "u/"), ("for ", "f/"), ("til ", "t/"))


# --- writing words short ----------------------------------------------------------------------


def _cuts(word: str, least: int = 2) -> list[int]:
    """Where a writer cuts a word: after a consonant before a vowel, keeping ``least`` letters
    at the least and three letters off at the least."""
    return [
        k
        for k in range(least, len(word) - 2)
        if word[k - 1] not in _VOWELS and word[k] in _VOWELS and word[k - 1] != word[k - 2]
    ] + [
        k
        for k in range(least, len(word) - 2)
        if word[k - 1] not in _VOWELS and word[k] not in _VOWELS and word[k - 1] == word[k - 2]
    ]


def cut(word: str, rng: random.Random, is_word: Callable[[str], bool]) -> str | None:
    """A writer does not cut a word where its start is a word ("mat." for "matematisk")."""
    places = [k for k in _cuts(word, 3) if not is_word(word[:k])]
    return word[: rng.choice(places)] + "." if places else None


def dropped(word: str, rng: random.Random, is_word: Callable[[str], bool]) -> str | None:
    places = [k for k in _cuts(word, 4) if k >= len(word) * 0.6 and not is_word(word[:k])]
    return word[: rng.choice(places)] if places else None


def skeleton(word: str) -> str | None:
    if len(word) > 7:
        return None
    letters = [word[0]] + [c for c in word[1:] if c not in _VOWELS]
    out = "".join(c for n, c in enumerate(letters) if n == 0 or c != letters[n - 1])
    return out if 3 <= len(out) <= 4 and out != word else None


def compound(word: str, parts: Sequence[str], rng: random.Random) -> str | None:
    """parts: the surface parts of ``word`` (two or more)."""
    if len(parts) < 2 or "".join(parts) != word:
        return None
    first, last = "".join(parts[:-1]), parts[-1]
    short_first = [first[:k] for k in _cuts(first, 2)] if len(parts) == 2 else []
    short_last = [last[:k] for k in _cuts(last, 2)]
    forms = []
    if short_first and short_last:
        forms.append(f"{rng.choice(short_first)}.{rng.choice(short_last)}.")  # renh.midl.
    if short_first:
        forms.append(f"{rng.choice(short_first)}.{last}")  # kj.varer
    if short_last:
        forms.append(f"{first}{rng.choice(short_last)}.")  # vektertj.
    return rng.choice(forms) if forms else None


def initials(parts: Sequence[str]) -> str | None:
    return "".join(p[0] for p in parts).upper() if len(parts) >= 3 else None


def shorten(word: str, rule: str, analyzer: Analyzer, rng: random.Random) -> str | None:
    def is_word(start: str) -> bool:
        return analyzer.known(start) or analyzer.rules.stopwords.__contains__(start)

    if rule == "cut":
        return cut(word, rng, is_word)
    if rule == "dropped":
        return dropped(word, rng, is_word)
    if rule == "skeleton":
        short = skeleton(word)
        return short if short is not None and not is_word(short) else None
    if rule == "compound":
        short = compound(word, analyzer.split(word), rng)
        pieces = [p for p in (short or "").split(".") if p]
        return short if pieces and not is_word(pieces[0]) else None
    return initials(analyzer.split(word))


# --- data ---------------------------------------------------------------------------------


def municipal_titles() -> list[Notice]:
    with NOTICES.open(encoding="utf-8") as handle:
        municipal = {
            str(n)
            for n, row in enumerate(csv.DictReader(handle))
            if "kommune" in row["oppdragsgiver"].lower()
        }
    return [
        n
        for n in doffin_notices(NOTICES)
        if n.id in municipal and 2 <= len(_WORD.findall(n.title)) <= 10
    ]


def catalogue_titles(labels: dict[str, tuple[str, str]]) -> list[Notice]:
    return [
        Notice(f"cpv{code}", label_no, (code,))
        for code, (label_no, _en) in sorted(labels.items())
        if label_no and not code.startswith("45") and len(label_no.split()) <= 6
    ]


def _content(analyzer: Analyzer, title: str) -> list[str]:
    """The words of a title worth writing short (content words of five letters or more)."""
    stop = analyzer.rules.stopwords
    return [
        w
        for w in dict.fromkeys(_WORD.findall(title))
        if len(w) >= _MIN_WORD and w.lower() not in stop and not w.isupper()
    ]


def _keys(analyzer: Analyzer, text: str) -> set[str]:
    return {t.key for t in analyzer.analyse(text).tokens}


def _parts(analyzer: Analyzer, text: str) -> set[str]:
    return {p for t in analyzer.analyse(text).tokens for p in t.parts}


def _replace(title: str, word: str, short: str) -> str:
    return re.sub(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", short, title, count=1)


# --- words --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WordCase:
    rule: str
    word: str
    short: str
    title: str
    outcome: str  # read / wrong / unread
    found: str


def word_cases(analyzer: Analyzer, titles: Sequence[Notice], rng: random.Random) -> list[WordCase]:
    cases: list[WordCase] = []
    pool = [(t, w) for t in titles for w in _content(analyzer, t.title)]
    rng.shuffle(pool)
    for rule in RULES:
        done = 0
        seen: set[str] = set()
        for notice, word in pool:
            lower = word.lower()
            if lower in seen:
                continue
            short = shorten(lower, rule, analyzer, rng)
            if short is None:
                continue
            seen.add(lower)
            if word[0].isupper():
                short = short[0].upper() + short[1:]
            wanted, wanted_parts = analyzer.word(lower)
            full = _parts(analyzer, notice.title)
            text = _replace(notice.title, word, short)
            found = _keys(analyzer, text)
            # as written: the short form's pieces read as they are (no word of a dictionary)
            literal = {p for piece in re.split(r"[.\s]+", short.lower()) for p in (piece,)}
            new = {p for p in _parts(analyzer, text) - full if p not in literal}
            if wanted in found or set(wanted_parts) <= _parts(analyzer, text):
                outcome, extra = "read", wanted
            elif new:
                outcome, extra = "wrong", " ".join(sorted(new))
            else:
                outcome, extra = "unread", ""
            cases.append(WordCase(rule, lower, short, text, outcome, extra))
            done += 1
            if done >= _WORDS_PER_RULE:
                break
    return cases


# --- joins ----------------------------------------------------------------------------


def join_cases(
    analyzer: Analyzer, words: Iterable[str]
) -> tuple[int, list[tuple[str, str]], list[tuple[str, str]]]:
    """(cuts read, joins, junk joins) of ``words`` cut where writers cut them."""
    lexicon = analyzer.lexicon
    table = analyzer.truncation_words()
    listed = set(table)
    if lexicon is None or not listed:
        return 0, [], []
    read = 0
    joins: list[tuple[str, str]] = []
    junk: list[tuple[str, str]] = []
    for cut_ in sorted({word[:k] for word in words for k in _cuts(word, 3)}):
        found = analyzer.truncated(cut_)
        if found is None:
            continue
        read += 1
        if found in listed or lexicon.lemma(found) is not None:
            continue
        heads = [found[n:] for n in range(3, len(found) - 2) if found[n:] in listed]
        if not heads:
            continue
        first = found[: len(found) - len(heads[0])]
        joins.append((cut_, found))
        bases = {first, first[:-1]} if first[-1:] in "se" else {first}
        if not any(b in lexicon.frequency for b in bases):
            junk.append((cut_, found))
    return read, joins, junk


# --- pairs --------------------------------------------------------------------------------


def abbreviated(
    analyzer: Analyzer, title: str, rng: random.Random
) -> tuple[str, list[str], set[str]]:
    """The title with nearly every content word written short (each by a rule that applies,
    chosen at random), its prepositions with a slash; the short forms used, and their rules."""
    text = title
    used = []
    rules = set()
    for word in _content(analyzer, title):
        lower = word.lower()
        options = [(r, s) for r in RULES if (s := shorten(lower, r, analyzer, rng)) is not None]
        if not options or rng.random() < 0.1:
            continue
        rule, short = rng.choice(options)
        if word[0].isupper() and not short.isupper():
            short = short[0].upper() + short[1:]
        text = _replace(text, word, short)
        used.append(short)
        rules.add(rule)
    for full, slash in _SLASHES:
        if full in text:
            text = text.replace(full, slash)
            rules.add("slash")
    return text, used, rules


def _could_be(short: str, word: str) -> bool:
    """Whether a short form could stand for ``word``: its pieces start the word in order."""
    pieces = [p for p in short.lower().split(".") if p]
    if not pieces:
        return False
    if len(pieces) == 1 and short.isupper():
        return False
    rest = word
    for number, piece in enumerate(pieces):
        at = rest.find(piece) if number else (0 if rest.startswith(piece) else -1)
        if at < 0:
            return False
        rest = rest[at + len(piece) :]
    return True


def _two_letters(analyzer: Analyzer, title: str) -> str:
    """The first two letters of a title's first content word, when they are no word ("Ve"
    of "Vedlikehold"), or ""."""
    words = _content(analyzer, title)
    lexicon = analyzer.lexicon
    two = words[0][:2] if words else ""
    if lexicon is None or len(two) < 2 or lexicon.lemma(two.lower()) is not None:
        return ""
    return two if two.lower() not in analyzer.rules.stopwords else ""


def pair_probes(
    analyzer: Analyzer, titles: Sequence[Notice], rng: random.Random
) -> tuple[list[Probe], list[str]]:
    by_start: dict[str, list[tuple[Notice, str]]] = defaultdict(list)
    for notice in titles:
        for word in _content(analyzer, notice.title):
            by_start[word.lower()[:2]].append((notice, word.lower()))
    probes: list[Probe] = []
    shown: list[str] = []
    order = list(titles)
    rng.shuffle(order)
    same = unrelated = 0
    for notice in order:
        if same >= _PAIRS and unrelated >= _PAIRS:
            break
        text, used, rules = abbreviated(analyzer, notice.title, rng)
        if not used or text == notice.title:
            continue
        if same < _PAIRS:
            variant = "+".join(sorted(rules))
            probes.append(Probe("same", variant, text, notice.title, None, None, True))
            same += 1
        if unrelated >= _PAIRS or len(_content(analyzer, notice.title)) < 2:
            continue  # a line of one word written short could be any word it starts
        originals = {w.lower() for w in _content(analyzer, notice.title)}
        for short in used:
            others = [
                (other, w)
                for other, w in by_start.get(short.lower()[:2], ())
                if w not in originals
                and _could_be(short, w)
                and not _related(other.divisions, notice.divisions)
                and analyzer.word(w)[0] not in _keys(analyzer, notice.title)
            ]
            if others:
                other, w = rng.choice(others)
                probes.append(Probe("unrelated", "none", text, other.title, None, None, False))
                # the same pair written in full: when it passes, the fault is not the short form
                probes.append(Probe("full", "none", notice.title, other.title, None, None, False))
                # both written after the same two letters cut short ("Tj. …"), read as no word
                two = _two_letters(analyzer, other.title)
                if two:
                    # short lines, as plans write them ("Tj. innen regnskap")
                    first = f"{two}. {_content(analyzer, notice.title)[-1].lower()}"
                    second = f"{two}. {w}"
                    probes.append(Probe("two", "two", first, second, None, None, False))
                shown.append(f"{short} = {w}?")
                unrelated += 1
                break
    return probes, shown


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="så mange eksempler per feil")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    if not NOTICES.exists() or not DEFAULT_CATALOGUE.exists():
        print("Fant ikke data-scout (../shared er ikke lagt ved)", file=sys.stderr)
        return 1
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    catalogue = catalogue_from_csv(DEFAULT_CATALOGUE)
    model = build_model(vocabulary, catalogue)
    analyzer = model.analyzer
    titles = municipal_titles() + catalogue_titles(catalogue)
    rng = random.Random(args.seed)
    cases = word_cases(analyzer, titles, rng)
    print("words (read / wrong / unread)")
    for rule in RULES:
        mine = [c for c in cases if c.rule == rule]
        counts = Counter(c.outcome for c in mine)
        n = max(1, len(mine))
        print(
            f"  {rule:9} n={len(mine):4}  read {counts['read'] / n:.3f}  "
            f"wrong {counts['wrong'] / n:.3f}  unread {counts['unread'] / n:.3f}"
        )
    if args.show:
        for outcome in ("wrong", "unread"):
            for rule in RULES:
                mine = [c for c in cases if c.rule == rule and c.outcome == outcome]
                for c in mine[: args.show]:
                    print(f"    {outcome}/{rule}: «{c.short}» ({c.word}) -> {c.found or '-'}")
    title_words = {w.lower() for t in titles for w in _WORD.findall(t.title) if len(w) >= _MIN_WORD}
    sources = (
        ("listed", analyzer.truncation_words()),
        ("titles", sorted(title_words - set(analyzer.truncation_words()))),
    )
    for source, words in sources:
        read, joins, junk = join_cases(analyzer, words)
        print(
            f"joins, {source} words cut: {read} cuts read; read as a join {len(joins)}, "
            f"junk {len(junk)}"
        )
        for cut_, found in joins[: args.show]:
            print(f"    {'junk' if (cut_, found) in junk else 'join'}: «{cut_}.» -> {found}")
    probes, shown = pair_probes(analyzer, titles, random.Random(args.seed))
    passed = passing(probes, vocabulary, catalogue)
    table = rates(probes, passed)
    print("pairs, no CPV code")
    for cls, name in (
        ("same", "same-need rate"),
        ("unrelated", "false-pair rate"),
        ("full", "false-pair rate, written in full"),
        ("two", "false-pair rate, both after one two-letter cut"),
    ):
        ok, total = table.get((cls, "all"), (0, 0))
        print(f"  {cls:9} {name}: {ok}/{total} = {ok / max(1, total):.3f}")
    for rule in (*RULES, "slash"):
        mine = [
            ok
            for p, ok in zip(probes, passed, strict=True)
            if p.cls == "same" and rule in p.variant.split("+")
        ]
        if mine:
            print(f"    lines with {rule:9} {sum(mine)}/{len(mine)} = {sum(mine) / len(mine):.3f}")
    full_ok = [ok for p, ok in zip(probes, passed, strict=True) if p.cls == "full"]
    short_ok = [ok for p, ok in zip(probes, passed, strict=True) if p.cls == "unrelated"]
    own = sum(s and not f for s, f in zip(short_ok, full_ok, strict=True))
    print(f"  false pairs only when written short: {own}/{len(short_ok)}")
    if args.show:
        unrelated = iter(shown)
        printed: Counter[str] = Counter()
        for probe, ok in zip(probes, passed, strict=True):
            why = next(unrelated) if probe.cls == "unrelated" else ""
            if probe.cls != "full" and ok != probe.same_need and printed[probe.cls] < args.show:
                printed[probe.cls] += 1
                verdict = "passes" if ok else "missed"
                print(f"    {probe.cls}: «{probe.first}» / «{probe.second}» {why} -> {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
