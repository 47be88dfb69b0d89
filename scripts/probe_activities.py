"""Class probe: one need, the object once in a compound and once after another head of the
same activity (issue 14, objects11).

    .venv/bin/python scripts/probe_activities.py              # the rates per class
    .venv/bin/python scripts/probe_activities.py --show 20    # and pairs that come out wrong

Plans write «Førstehjelpskurs» in one plan and «Opplæring i førstehjelp» in the next: the
object («førstehjelp») once as a compound's first part, once after a preposition, and the head
once «kurs», once «opplæring». Made from data the engine was not tuned on:

- compounds: words of the Norwegian labels of the CPV catalogue
  (``../shared/data-scout/cpv_2008_en_no.csv``) and of Doffin titles and descriptions
  (``../shared/data-scout/doffin_notices_2020_F02.csv``) that end in a head of one of the
  activities below, with a first part of their own (split by the engine's dictionary reading),
  paired with «Y' prep X» written here (source ``compound``);
- phrases: «head prep object» in the same texts («Utleie av kraner», «Undervisning i helse»),
  the object a single word the dictionaries know, paired with a compound made here: the
  object's lemma, the linking letter the dictionaries' compounds join it with most often, and
  a head (source ``phrase``);
- activities: heads that name one kind of activity (course/training, repair/service, hire,
  analysis/sampling), written here in bokmål and nynorsk, with the prepositions a plan writes
  before their object (not the engine's list: it reads its own from the vocabulary, and knows
  fewer).

Classes: ``synonym`` (should pass): the compound and the phrase with two heads of one
activity; ``split`` (should pass, the control): with the same head; ``other_object`` and
``synonym_other_object`` (should not pass): the same, with the object of another compound or
phrase of the activity; ``both_split`` (should pass): both lines «head prep object», the same
object after two heads of one activity («Opplæring i førstehjelp» / «Kurs i førstehjelp»), and
``both_split_other_object`` (should not pass): another object in the second line. Each in bokmål and in nynorsk wording, without CPV codes, in runs of
``RUN_LINES`` lines (the probe lines only); a pair passes when detection finds it as a
candidate and scores it at the threshold without a veto (``candidate_edges``: what grouping starts from).
"""

from __future__ import annotations

import csv
import random
import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path

# scripts/ is on the path when a script runs: evaluate_detection puts the repository there too
from evaluate_detection import DEFAULT_VOCABULARY
from probe_objects import probe_arguments
from probe_precision import RUN_LINES, Probe, nynorsk_forms, print_rates

from kommunesamarbeid.core.overlap import (
    Vocabulary,
    build_model,
    catalogue_from_csv,
    load_vocabulary,
)
from kommunesamarbeid.core.overlap.detect import _df_cap, place_names, read_together
from kommunesamarbeid.core.overlap.features import TextModel
from kommunesamarbeid.core.overlap.grouping import candidate_edges
from kommunesamarbeid.core.overlap.model import DetectionSettings, MatchLine
from kommunesamarbeid.core.overlap.scoring import FeatureTable

#: Activities: (name, preposition, heads as (bokmål, nynorsk) a compound ends in, heads a
#: phrase «head preposition object» starts with, other prepositions of such a phrase).
ACTIVITIES: tuple[
    tuple[str, str, tuple[tuple[str, str], ...], tuple[tuple[str, str], ...], tuple[str, ...]],
    ...,
] = (
    (
        "training",
        "i",
        (("kurs", "kurs"), ("opplæring", "opplæring"), ("utdannelse", "utdanning")),
        (("kurs", "kurs"), ("opplæring", "opplæring"), ("undervisning", "undervisning")),
        ("innen", "om"),
    ),
    (
        "repair",
        "av",
        (("reparasjon", "reparasjon"), ("service", "service")),
        (("reparasjon", "reparasjon"), ("vedlikehold", "vedlikehald")),
        ("på",),
    ),
    (
        "hire",
        "av",
        (("leie", "leige"), ("utleie", "utleige")),
        (("leie", "leige"), ("utleie", "utleige")),
        (),
    ),
    (
        "analysis",
        "av",
        (("analyse", "analyse"), ("prøver", "prøver")),
        (("analyse", "analyse"), ("prøvetaking", "prøvetaking")),
        (),
    ),
)
_WORD = re.compile(r"[a-zæøå]{6,}")
#: Words that are no object of a phrase: adjectives («elektriske», «medisinsk»).
_NOT_OBJECT = ("ske", "sk", "ige", "lig", "lige", "ene", "ens", "tte", "ende")
#: Pairs per activity and class and source.
PAIRS = 40


def _texts(notices: Path, catalogue: dict[str, tuple[str, str]]) -> list[str]:
    texts = [label for label, _ in catalogue.values() if label]
    with notices.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            texts.append(row.get("tittel") or "")
            texts.append(row.get("beskrivelse") or "")
    return texts


def compounds(model: TextModel, texts: Sequence[str]) -> dict[str, dict[str, str]]:
    """Per activity, compound -> object of the texts' words that end in one of its heads
    after a first part of their own ("førstehjelpskurs": "førstehjelp"), in the order met."""
    heads = {
        model.analyzer.word(b)[1][-1]: n for n, _, written, _, _ in ACTIVITIES for b, _ in written
    }
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for text in texts:
        for word in _WORD.findall(text.lower()):
            parts = model.analyzer.word(word)[1]
            if len(parts) < 2 or parts[-1] not in heads:
                continue
            first = "".join(parts[:-1])
            if len(first) >= 4 and word.startswith(first):
                found[heads[parts[-1]]].setdefault(word, first)
    return found


def phrases(model: TextModel, texts: Sequence[str]) -> dict[str, dict[str, str]]:
    """Per activity, object -> its lemma of the texts' phrases «head prep object» ("utleie
    av kjøretøyer": "kjøretøyer" -> "kjøretøy"), in the order met: single words the
    dictionaries know (a compound's inner linking letters are not in its reading)."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    analyzer = model.analyzer
    for name, preposition, _, starts, more in ACTIVITIES:
        heads = "|".join(b for b, _ in starts)
        after = "|".join((preposition, *more))
        pattern = re.compile(rf"\b(?:{heads})(?: og \w+)? (?:{after}) ([a-zæøå]+)\b")
        for text in texts:
            for thing in pattern.findall(text.lower()):
                parts = analyzer.word(thing)[1]
                if (
                    len(thing) >= 4
                    and len(parts) == 1
                    and analyzer.known_anyhow(thing)
                    and not thing.endswith(_NOT_OBJECT)
                ):
                    found[name].setdefault(thing, parts[0])
    return found


def _compound(model: TextModel, lemma: str, head: str) -> str:
    """The compound of a first part and a head, with the linking letter the dictionaries'
    compounds join the first part with most often ("anlegg" + "s"), none when they have none."""
    counts = model.analyzer.lexicon.links.get(lemma) if model.analyzer.lexicon else None
    link = ""
    if counts is not None and sum(counts[:3]) > 0:
        link = ("", "s", "e")[max(range(3), key=lambda i: counts[i])]
    return lemma + link + head


def _nn(word: str, parts: Sequence[str], forms: dict[str, str]) -> str:
    """The word with its parts written the nynorsk way where the dictionaries know one."""
    for part in parts:
        other = forms.get(part)
        if other is not None and part in word:
            word = word.replace(part, other, 1)
    return word


def probes(
    model: TextModel,
    found: dict[str, dict[str, str]],
    split: dict[str, dict[str, str]],
    seed: int = 14,
) -> list[Probe]:
    """The probe pairs: real compounds against a split form written here, and real split
    forms against a compound made here («X» + «s» where Norwegian links so + head)."""
    rng = random.Random(seed)
    forms = nynorsk_forms()
    read = model.analyzer.word
    made: list[Probe] = []

    def add(source: str, name: str, pairs: list[tuple[str, str, str, str, bool]]) -> None:
        # (class, compound, head of the split form (bokmål), object, same need)
        preposition, starts = next((p, h) for n, p, _, h, _ in ACTIVITIES if n == name)
        nynorsk = dict(starts)
        for cls, whole, head, thing, need in pairs:
            for language in ("bokmål", "nynorsk"):
                w, h, o = whole, head, thing
                if language == "nynorsk":
                    h = nynorsk.get(h, h)
                    w, o = _nn(w, read(w)[1], forms), _nn(o, read(o)[1], forms)
                second = f"{h.capitalize()} {preposition} {o}"
                made.append(
                    Probe(
                        cls, f"{language}/{source}/{name}", w.capitalize(), second, None, None, need
                    )
                )

    for name, _preposition, ends, starts, _more in ACTIVITIES:
        ending = [b for b, _ in ends]
        starting = [b for b, _ in starts]
        # real compounds against a split form written here
        words = list(found.get(name, {}).items())[:PAIRS]
        for compound, thing in words:
            others = [o for _, o in words if not set(read(o)[1]) & set(read(thing)[1])]
            same = next((h for h in ending if compound.endswith(h)), "")
            pairs = []
            for head in starting:
                if head == same:
                    pairs.append(("split", compound, head, thing, True))
                else:
                    pairs.append(("synonym", compound, head, thing, True))
            if others:
                other = rng.choice(others)
                head = rng.choice(starting)
                cls = "other_object" if head == same else "synonym_other_object"
                pairs.append((cls, compound, head, other, False))
            add("compound", name, pairs)
        # real split forms against a compound made here
        things = list(split.get(name, {}).items())[:PAIRS]
        for thing, lemma in things:
            others = [first for _, first in things if first != lemma and first not in thing]
            head = rng.choice(starting)
            pairs = []
            for end in ending:
                cls = "split" if end == head else "synonym"
                pairs.append((cls, _compound(model, lemma, end), head, thing, True))
            if others:
                end = rng.choice(ending)
                cls = "other_object" if end == head else "synonym_other_object"
                pairs.append((cls, _compound(model, rng.choice(others), end), head, thing, False))
            add("phrase", name, pairs)
    made += both_split(model, found, split, seed)
    return made


def both_split(
    model: TextModel,
    found: dict[str, dict[str, str]],
    split: dict[str, dict[str, str]],
    seed: int = 14,
) -> list[Probe]:
    """Both lines «head prep object», with two heads of one activity: the objects of the real
    compounds (their first part) and of the real phrases (as written), each with every two
    heads a phrase starts with (``both_split``, should pass), and once with the object of
    another compound or phrase of the activity (``both_split_other_object``, should not)."""
    rng = random.Random(seed + 1)
    forms = nynorsk_forms()
    read = model.analyzer.word
    made: list[Probe] = []
    for name, preposition, _ends, starts, _more in ACTIVITIES:
        heads = [b for b, _ in starts]
        nynorsk = dict(starts)
        for source, objects in (
            ("compound", list(dict.fromkeys(found.get(name, {}).values()))[:PAIRS]),
            ("phrase", list(split.get(name, {}))[:PAIRS]),
        ):
            for thing in objects:
                pairs = [(h1, h2, thing, "both_split", True) for h1, h2 in combinations(heads, 2)]
                others = [o for o in objects if not set(read(o)[1]) & set(read(thing)[1])]
                if others:
                    h1, h2 = rng.sample(heads, 2)
                    pairs.append((h1, h2, rng.choice(others), "both_split_other_object", False))
                for h1, h2, second, cls, need in pairs:
                    for language in ("bokmål", "nynorsk"):
                        one, two, o1, o2 = h1, h2, thing, second
                        if language == "nynorsk":
                            one, two = nynorsk.get(one, one), nynorsk.get(two, two)
                            o1, o2 = _nn(o1, read(o1)[1], forms), _nn(o2, read(o2)[1], forms)
                        made.append(
                            Probe(
                                cls,
                                f"{language}/{source}/{name}",
                                f"{one.capitalize()} {preposition} {o1}",
                                f"{two.capitalize()} {preposition} {o2}",
                                None,
                                None,
                                need,
                            )
                        )
    return made


def detected(
    made: Sequence[Probe],
    vocabulary: Vocabulary,
    catalogue: dict[str, tuple[str, str]],
    per_run: int = RUN_LINES // 2,
) -> list[bool]:
    """Whether detection finds each pair (a candidate at the threshold, no veto), ``per_run``
    pairs (of all classes mixed) at a time."""
    settings = DetectionSettings()
    model = build_model(vocabulary, catalogue)
    order = list(range(len(made)))
    random.Random(3).shuffle(order)
    result = [False] * len(made)
    for start in range(0, len(order), per_run):
        chunk = order[start : start + per_run]
        lines: list[MatchLine] = []
        for index in chunk:
            for text in (made[index].first, made[index].second):
                number = len(lines) + 1
                lines.append(MatchLine(len(lines), number, f"Kommune {number}", text))
        places = place_names(lines)
        features = read_together(model, [model.line(line, places) for line in lines])
        table = FeatureTable(features, model, settings.max_months_apart, df_cap=_df_cap(len(lines)))
        edges = None
        for _done, _total, found in candidate_edges(table, settings.threshold):
            edges = found
        assert edges is not None
        pairs = {(int(a), int(b)) for a, b in zip(edges[0], edges[1], strict=True)}
        pairs |= {(b, a) for a, b in pairs}
        for offset, index in enumerate(chunk):
            result[index] = (2 * offset, 2 * offset + 1) in pairs
    return result


def main(argv: Sequence[str] | None = None) -> int:
    args = probe_arguments(__doc__.splitlines()[0], argv)
    if args is None:
        return 1
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    catalogue = catalogue_from_csv(args.catalogue)
    model = build_model(vocabulary, catalogue)
    texts = _texts(args.notices, catalogue)
    found, split = compounds(model, texts), phrases(model, texts)
    for name, *_ in ACTIVITIES:
        whole, apart = list(found.get(name, {})), list(split.get(name, {}))
        print(f"{name:10} {len(whole):3} sammensatte ord ({', '.join(whole[:3])}), ", end="")
        print(f"{len(apart):3} objekter etter ordet ({', '.join(apart[:3])})")
    made = probes(model, found, split)
    print_rates(made, detected(made, vocabulary, catalogue), args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
