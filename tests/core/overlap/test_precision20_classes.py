"""Precision by class (precision20): false pairs found in the newly read check sets (the
twelfth and thirteenth), each class checked here on words no corpus line uses.

- carrying or moving a thing (transport, frakt, flytting) is a service on it, as servicing is: a carrier is no
  supplier of the thing («Båttransport av containere» is not buying containers); and
  «service» cut short («Serv.») is servicing, as written out.
- a need one line is known by only through its plan's code, while its own words are whole
  words that name something else and share none with the other line, is a related need, not
  the same one: the code counts once, as the codes' agreement. A line of names or words cut
  short keeps the code's need (there the code is all that says what is bought).
- goods a service is done on are no other reading of the line, whatever code the plan wrote
  for them: «Flytting av inventar» under a code of furniture is moving.
"""

from __future__ import annotations

import pytest
from overlap_helpers import explain_coded, quoted_words_are_written

from kommunesamarbeid.core.explain_texts import explained

#: Pairs kept apart, each class on new words: the texts and written codes, and what the
#: explanation says against them.
_APART = [
    # carrying the thing is a service on it
    (
        "Frakt av skolemøbler mellom byggene",
        None,
        "Skolemøbler til ungdomsskolen",
        "39160000",
        "linje 1 gjelder en tjeneste («frakt»), linje 2 kjøp av selve varen",
    ),
    (
        "Båtfrakt av hageavfallscontainere",
        None,
        "Hageavfallscontainere til gjenvinningsstasjonen",
        None,
        "linje 1 gjelder en tjeneste («båtfrakt»)",
    ),
    (
        "Serv. heiser komm. bygg",
        None,
        "Heiser til nytt helsehus (kjøp)",
        None,
        "linje 1 gjelder en tjeneste («serv»), linje 2 kjøp av selve varen",
    ),
    (
        "Flytting av skolemøbler mellom byggene",
        None,
        "Skolemøbler til ungdomsskolen",
        "39160000",
        "linje 1 gjelder en tjeneste («flytting»)",
    ),
    # a need known only by a code, beside words that name something else
    (
        "Vakthold ved rådhuset og biblioteket",
        "79713000",
        "Overfallsknapper for ansatte i hjemmetjenesten",
        "79711000",
        "Linje 2 er kjent som vekter- og vakttjenester, alarmoverføring bare gjennom CPV-koden "
        "79711000, mens ordene («overfallsknapper») ikke peker på det behovet",
    ),
]

#: Pairs of one need the same classes must leave together.
_TOGETHER = [
    # carried with the purchase: the thing is bought
    ("Skolemøbler med frakt og montering", None, "Skolemøbler til ungdomsskolen", "39160000"),
    # carrying is the need of both
    ("Pasienttransport til legevakten", None, "Transport av pasienter", None),
    ("Serv. heiser komm. bygg", None, "Service og ettersyn av heisanlegg", None),
    ("Flytting av kontorinventar", "39100000", "Flyttetjenester ved kontorbytte", "98392000"),
    # a line of a name only: the code says what is bought
    ("Vakthold ved rådhuset og biblioteket", "79713000", "Avtale Nokas", "79711000"),
]


@pytest.mark.parametrize(("text_a", "code_a", "text_b", "code_b", "said"), _APART)
def test_kept_apart_with_a_true_reason(
    text_a: str, code_a: str | None, text_b: str, code_b: str | None, said: str
) -> None:
    why = explain_coded(text_a, code_a, text_b, code_b)
    assert not why.passes, (why.score, why.evidence_for)
    assert said in " ".join(why.evidence_against)
    quoted_words_are_written(why, text_a, text_b)
    assert all(explained(e) for e in [*why.evidence_for, *why.evidence_against])


@pytest.mark.parametrize(("text_a", "code_a", "text_b", "code_b"), _TOGETHER)
def test_stays_together(text_a: str, code_a: str | None, text_b: str, code_b: str | None) -> None:
    why = explain_coded(text_a, code_a, text_b, code_b)
    assert why.passes, (why.score, why.evidence_against)
