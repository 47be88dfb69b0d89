"""Generic words as whole keys: what a word that only says how something is bought reads as.

A generic word of the vocabulary ("forbruksmateriell") and a stopword written as one compound
("rammeavtale", "delkontrakt", "innkjøpsordning") say nothing about the need in any form: the
key of the word, whole, is generic. Stopwords are removed by their written form, so without
these keys an inflected or nynorsk form the list does not spell ("rammeavtalane",
"rammekontraktar", "delområdet") would read as a compound of two content words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

__all__ = ["whole_generic_keys"]


def whole_generic_keys(
    word: Callable[[str], tuple[str, tuple[str, ...]]],
    generic: Iterable[str],
    stopwords: Iterable[str],
) -> frozenset[tuple[str, ...]]:
    """The part keys of the generic words, and of the stopwords of more than one part (a
    one-part stopword is generic already; its key may be another word: "to" is "tå")."""
    keys = {word(w)[1] for w in generic}
    keys.update(parts for parts in (word(w)[1] for w in stopwords) if len(parts) > 1)
    return frozenset(keys)
