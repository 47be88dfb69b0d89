"""Class probe: the same head, another object (issue 14, precision10).

    .venv/bin/python scripts/probe_objects.py              # the rates per class
    .venv/bin/python scripts/probe_objects.py --show 20    # and pairs that come out wrong

Some words say what is bought only with what they are about: a course *in* something, licences
*for* something, spare parts *for* something. Two lines with such a word and different objects
are two needs ("Kurs i førstehjelp" / "Kurs i Excel"); the same word with the same object, or
with only *who it is for* differing ("Møbler til barnehage" / "Møbler til sjukeheim"), is one.

Made from data the engine was not tuned on:

- objects: words of the Norwegian labels of the CPV catalogue
  (``../shared/data-scout/cpv_2008_en_no.csv``, read by ``probe_precision.catalogue_words``),
  two of them from CPV divisions that have nothing to do with each other for the unrelated
  pairs; goods words (divisions 30-44) for spare parts and accessories;
- names: the product and supplier names real buyers wrote in Doffin titles
  (``../shared/data-scout/doffin_notices_2020_F02.csv``): capitalised words inside a title that
  no dictionary lists and that are no Norwegian place name;
- who a thing is for: municipal units and staff groups written here (not the engine's list:
  several of them it does not know).

Unrelated classes (should not pass): ``topic`` ("Kurs i X" / "Opplæring i Y"), ``topic_name``
(the same with names: "Kurs i Name"), ``parts`` ("Reservedeler til X" / "Tilbehør til Y"),
``licence`` ("Lisenser til Name" / "... Other"). Same-need classes (should pass):
``topic_same`` and ``topic_name_same`` (the same object, another audience or a compound),
``for_whom`` (the head alone for two users: "Lisenser til skolene" / "... til biblioteket"),
``parts_same``, ``licence_same``, and ``beneficiary`` (a thing for two different users: "X til
barnehage" / "X til sjukeheimen"). Each in bokmål and nynorsk wording, with no
CPV code, each its own, and one shared code; scored as ``probe_precision.passing`` scores
(runs of about 200 lines).
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path

# scripts/ is on the path when a script runs: evaluate_detection puts the repository there too
from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY, SHARED, lines_from_labels
from probe_precision import (
    Probe,
    Word,
    _related,
    catalogue_words,
    nynorsk_forms,
    passing,
    print_rates,
)

from kommunesamarbeid.core.overlap import (
    Vocabulary,
    build_model,
    catalogue_from_csv,
    load_vocabulary,
)
from kommunesamarbeid.core.overlap.features import TextModel, _municipalities

NOTICES = SHARED / "data-scout" / "doffin_notices_2020_F02.csv"
#: The lines the probe pairs are scored among (so the words weigh as in a real plan set: a
#: head every probe line has would otherwise be a stopword of the run).
BACKGROUND = SHARED / "corpus" / "dev"
#: Probe pairs scored together among the background lines.
PAIRS_PER_RUN = 20
_NAME = re.compile(r"(?<=\s)[A-ZÆØÅ][a-zæøå]+[A-Z]?[a-zæøå]*\b")
#: Divisions of goods that have spare parts and accessories.
_PART_GOODS = {"30", "31", "32", "33", "34", "35", "37", "38", "39", "42", "43", "44"}
#: Who a thing is for, as plans write it (bokmål, nynorsk): not the engine's word list.
_USERS = (
    ("barnehagene", "barnehagane"),
    ("sykehjemmet", "sjukeheimen"),
    ("skolene", "skulane"),
    ("hjemmetjenesten", "heimetenesta"),
    ("helsestasjonen", "helsestasjonen"),
    ("legevakten", "legevakta"),
    ("biblioteket", "biblioteket"),
    ("kulturskolen", "kulturskulen"),
    ("brannvesenet", "brannvesenet"),
    ("teknisk drift", "teknisk drift"),
    ("ansatte", "tilsette"),
    ("ledere", "leiarar"),
    ("lærlinger", "lærlingar"),
    ("assistenter", "assistentar"),
    ("fosterforeldre", "fosterforeldre"),
    ("verneombud", "verneombod"),
)
#: (class, same need, bokmål templates, nynorsk templates); {x}/{X} the first object, {y}/{Y}
#: the second (the same word in the same-need classes), {u}/{v} two users.
_TEMPLATES: tuple[
    tuple[str, bool, tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]], ...
] = (
    (
        "topic",
        False,
        (("Kurs i {x}", "Kurs i {y}"), ("Opplæring i {x}", "Opplæring i {y} for {u}")),
        (("Kurs i {x}", "Kurs i {y} for {u}"), ("Opplæring innan {x}", "Opplæring i {y}")),
    ),
    (
        "topic_same",
        True,
        (("Kurs i {x}", "Kurs i {x} for {u}"), ("Opplæring i {x} for {u}", "Opplæring i {x}")),
        (("Kurs i {x} for {u}", "Kurs i {x} for {v}"), ("Opplæring i {x}", "{X}-kurs")),
    ),
    (
        "topic_name",
        False,
        (("Kurs i {X}", "Kurs i {Y}"), ("Opplæring i {X}", "Opplæring i {Y} for {u}")),
        (("Kurs i {X} for {u}", "Kurs i {Y}"), ("Opplæring i {X}", "Opplæring i {Y}")),
    ),
    (
        "topic_name_same",
        True,
        (("Kurs i {X}", "{X}-kurs"), ("Kurs i {X} for {u}", "Kurs i {X}")),
        (("Kurs i {X}", "Kurs i {X} for {u}"), ("Opplæring i {X}", "Opplæring i {X} for {u}")),
    ),
    (
        "for_whom",
        True,
        (("Lisenser til {u}", "Lisenser til {v}"), ("Kurs for {u}", "Kurs for {v}")),
        (("Lisensar til {u}", "Lisensar til {v}"), ("Opplæring for {u}", "Opplæring for {v}")),
    ),
    (
        "parts",
        False,
        (
            ("Reservedeler til {x}", "Reservedeler til {y}"),
            ("Tilbehør til {x}", "Tilbehør til {y}"),
        ),
        (
            ("Reservedelar til {x}", "Reservedelar til {y}"),
            ("Tilbehør til {x}", "Tilbehør til {y}"),
        ),
    ),
    (
        "parts_same",
        True,
        (("Reservedeler til {x}", "Reservedeler til {x} for {u}"),),
        (("Reservedelar til {x}", "Tilbehør og reservedelar til {x}"),),
    ),
    (
        "licence",
        False,
        (("Lisenser til {X}", "Lisenser til {Y}"), ("Lisenser til {X} for {u}", "Lisenser {Y}")),
        (("Lisensar til {X}", "Lisensar til {Y}"), ("Lisensar til {X}", "Lisensar til {Y}")),
    ),
    (
        "licence_same",
        True,
        (("Lisenser til {X}", "{X}-lisenser"), ("Lisenser til {X} for {u}", "Lisenser til {X}")),
        (("Lisensar til {X}", "Lisensar til {X} for {u}"), ("Lisensar {X}", "Lisensar til {X}")),
    ),
    (
        "beneficiary",
        True,
        (("{X} til {u}", "{X} til {v}"), ("Kjøp av {x} til {u}", "{X} for {v}")),
        (("{X} til {u}", "{X} til {v}"), ("Innkjøp av {x} til {u}", "{X} til {v}")),
    ),
)


def doffin_names(model: TextModel, path: Path = NOTICES) -> list[str]:
    """Names real buyers wrote inside Doffin titles: a capitalised word inside a title, four
    letters or more, that the engine reads as a name (no dictionary word nor a compound of
    them) and that is no Norwegian place name, in the order first met."""
    analyzer = model.analyzer
    places = set(model.national_places)
    for fact in _municipalities():
        for name in (fact.name, fact.admin_centre, fact.county):
            places.update(name.lower().split())
    found: dict[str, None] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            title = row.get("tittel") or ""
            written = {w.lower(): w for w in _NAME.findall(title)}
            for token in analyzer.analyse(title).tokens:
                name = written.get(token.surface)
                if token.proper and name and len(name) >= 4 and token.surface not in places:
                    found.setdefault(name, None)
    return list(found)


def _fill(template: str, x: str, y: str, users: tuple[str, str]) -> str:
    return (
        template.replace("{X}", x[:1].upper() + x[1:])
        .replace("{Y}", y[:1].upper() + y[1:])
        .replace("{x}", x)
        .replace("{y}", y)
        .replace("{u}", users[0])
        .replace("{v}", users[1])
    )


def _pairs(words: Sequence[Word], rng: random.Random, count: int) -> list[tuple[Word, Word]]:
    """Pairs of single words from unrelated divisions that share no part."""
    simple = [w for w in words if len(w.divisions) == 1]
    found: list[tuple[Word, Word]] = []
    while len(found) < count:
        a, b = rng.sample(simple, 2)
        if not _related(a.divisions, b.divisions) and not set(a.parts) & set(b.parts):
            found.append((a, b))
    return found


def _codes(cls: str, a: Word, b: Word, same: bool) -> tuple[str, str]:
    """The codes plans would write: a course is a training code and a licence a software code
    whatever it is about; goods their own."""
    if cls.startswith("topic") or cls == "for_whom":
        return ("80500000", "80500000" if same else "80530000")
    if cls.startswith("licence"):
        return ("48000000", "48000000")
    return (a.codes[0], a.codes[0] if same else b.codes[0])


def probes(
    model: TextModel, words: Sequence[Word], names: Sequence[str], seed: int = 11
) -> list[Probe]:
    rng = random.Random(seed)
    forms = nynorsk_forms()
    goods = [w for w in words if w.divisions <= _PART_GOODS]
    found: list[Probe] = []
    for cls, same, bokmaal, nynorsk in _TEMPLATES:
        pool = goods if cls.startswith("parts") else words
        for number, (a, b) in enumerate(_pairs(pool, rng, 60)):
            if cls.startswith(("licence", "topic_name")):
                x, y = rng.sample(list(names), 2)
            else:
                x, y = a.surface, b.surface
            if same:
                y = x
            users = tuple(rng.sample(range(len(_USERS)), 2))
            for language, templates, column in (("bokmål", bokmaal, 0), ("nynorsk", nynorsk, 1)):
                first_t, second_t = templates[number % len(templates)]
                pair_users = (_USERS[users[0]][column], _USERS[users[1]][column])
                nx = forms.get(x, x) if language == "nynorsk" else x
                ny = forms.get(y, y) if language == "nynorsk" else y
                first = _fill(first_t, nx, ny, pair_users)
                second = _fill(second_t, nx, ny, pair_users)
                codes = _codes(cls, a, b, same)
                for cpv, written in (
                    ("none", (None, None)),
                    ("own", codes),
                    ("shared", (codes[0], codes[0])),
                ):
                    found.append(Probe(cls, f"{language}/{cpv}", first, second, *written, same))
    return found


def measure(
    vocabulary: Vocabulary, catalogue: dict[str, tuple[str, str]], notices: Path = NOTICES
) -> tuple[list[Probe], list[bool]]:
    """The probe pairs and whether each passes, scored ``PAIRS_PER_RUN`` pairs at a time (of
    all classes mixed) among the ``BACKGROUND`` lines."""
    model = build_model(vocabulary, catalogue)
    made = probes(model, catalogue_words(model, catalogue), doffin_names(model, notices))
    background, _ = lines_from_labels(BACKGROUND)
    order = list(range(len(made)))
    random.Random(3).shuffle(order)
    return made, passing(made, vocabulary, catalogue, None, background, order, PAIRS_PER_RUN)


def probe_arguments(description: str, argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments of a probe on the CPV catalogue and the Doffin notices (``--catalogue``,
    ``--notices``, ``--show``); None (and a message) when a file is not there."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--catalogue", type=Path, default=DEFAULT_CATALOGUE)
    parser.add_argument("--notices", type=Path, default=NOTICES)
    parser.add_argument("--show", type=int, default=0, help="så mange par med feil utfall")
    args = parser.parse_args(argv)
    for path in (args.catalogue, args.notices):
        if not path.exists():
            print(f"Fant ikke {path} (../shared er ikke lagt ved)", file=sys.stderr)
            return None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = probe_arguments(__doc__.splitlines()[0], argv)
    if args is None:
        return 1
    made, passed = measure(
        load_vocabulary(DEFAULT_VOCABULARY), catalogue_from_csv(args.catalogue), args.notices
    )
    print_rates(made, passed, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
