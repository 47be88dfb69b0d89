"""One CPV code suggested for two lines from different words: no evidence of one need.

A line without a written code and without a need family gets the code whose catalogue label
best fits its words (``catalogue.CpvSuggester``). Two such lines with the same suggested code
look like one need written in other words (a synonym). Measured on real notice titles it is
not: among pairs of different buyers' titles with no content word in common and one suggested
code, most of the notices are unrelated (``scripts/probe_real_synonyms.py --suggested``: 81
unrelated against 40 sharing a code at the lowest confidence, 11 against 6 at 0.7). A label of
several words suggests its code for each of them ("Laboratorieinstrumenter" and
"Kjøretøypåbygg" both get the code of instruments for vehicles).

So when both codes are suggested from the words (not written in the plan, not read from a need
family) and the words they came from have no last part in common, the code agreement counts
nothing. Words that end alike keep it ("Fotografering" and "Skolefotografering" are one
service; two plans writing "Autoklaver" agree on the code as before). What this cannot tell is
a label compound cut wrongly: "Autoklaver" read as "auto" + "klaver" ends like "Klaver", so the
autoclaves' code suggested for a piano still counts (noted, not solved here).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from kommunesamarbeid.core.overlap.line_features import LineFeatures

__all__ = ["apart", "evidence", "suggestion_heads"]

Int = npt.NDArray[np.int64]


def suggestion_heads(
    features: Sequence[LineFeatures], parts_of: Callable[[str], tuple[str, ...]]
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.int32]]:
    """Which lines' codes were suggested from their words, and per line the ids of the last
    parts of those words (``parts_of`` a lower-case word; -1 pads the rows). Two such lines
    with no last part in common had their codes suggested from different words ("fotografering"
    and "barnehagefotografering" end alike: the same word)."""
    ids: dict[str, int] = {}
    rows: dict[tuple[str, ...], tuple[int, ...]] = {}
    suggested = np.zeros(len(features), dtype=bool)
    found: list[tuple[int, ...]] = []
    for number, line in enumerate(features):
        heads: tuple[int, ...] = ()
        if line.cpv is not None and line.cpv_source == "text" and line.cpv_words:
            suggested[number] = True
            row = rows.get(line.cpv_words)
            if row is None:
                last = {(parts_of(w.lower()) or (w.lower(),))[-1] for w in line.cpv_words}
                row = rows[line.cpv_words] = tuple(ids.setdefault(h, len(ids)) for h in last)
            heads = row
        found.append(heads)
    width = max((len(h) for h in found), default=0) or 1
    table = np.full((len(features), width), -1, dtype=np.int32)
    for number, heads in enumerate(found):
        table[number, : len(heads)] = heads
    return suggested, table


def apart(heads: npt.NDArray[np.int32], a: Int, b: Int) -> npt.NDArray[np.bool_]:
    """Pairs (a[k], b[k]) of lines whose codes were both suggested (the caller picks them)
    from words with no last part in common (``suggestion_heads``)."""
    ha, hb = heads[a], heads[b]
    shared = np.zeros(len(a), dtype=bool)
    for column in range(hb.shape[1]):
        shared |= ((ha == hb[:, column : column + 1]) & (ha >= 0)).any(axis=1)
    result: npt.NDArray[np.bool_] = ~shared
    return result


def evidence(first: LineFeatures, second: LineFeatures) -> str:
    """What ``explain`` says when the code two lines were suggested counts nothing: the words
    each suggestion came from (words of the lines' own text)."""

    def words(line: LineFeatures) -> str:
        return ", ".join(f"«{w}»" for w in line.cpv_words)

    return (
        f"Begge linjene har bare en foreslått CPV-kode ({first.cpv}), og forslagene kommer fra "
        f"ulike ord ({words(first)} i linje {first.line.id}, {words(second)} i linje "
        f"{second.line.id}): en kode foreslått fra ulike ord sier ikke at behovet er det samme"
    )
