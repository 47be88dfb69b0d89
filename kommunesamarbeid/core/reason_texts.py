"""Overlap reasons in either written standard.

The overlap engine (``core.overlap.explain``) writes its reasons in bokmål, and they are stored
with the group. A document for a nynorsk municipality prints them in nynorsk: each reason the
engine can write is a catalogue text (``overlap.*`` in ``resources/texts``), recognised here by
its pattern. A reason is translated only when the bokmål template, filled with what was read,
gives back exactly the stored text; anything else (a reason written by a person, or by an older
version) is printed as it was stored.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from kommunesamarbeid.core.texts import BOKMAAL, Lang, tr

__all__ = ["reason_in", "recognised"]

_ANY: Final = r"(?P<{0}>.+?)"
_NUM: Final = r"(?P<{0}>\d+)"

#: key -> pattern of the bokmål text (named groups are the template's parameters).
_PATTERNS: Final[dict[str, str]] = {
    "municipalities": r"(?P<n>\d+) kommuner: (?P<names>.+)",
    "same_need": r"Samme behov: (?P<label>.+)",
    "same_need_some": r"Samme behov for (?P<count>\d+) av (?P<total>\d+) linjer: (?P<label>.+)",
    "same_cpv": r"Samme CPV-(?P<level>avdeling|gruppe|klasse|kategori) (?P<prefix>\d+)"
    r"(?P<label>(?: \(.+?\))?)(?P<share>(?: for \d+ av \d+ linjer)?)"
    r"(?P<suggested>(?:; for \d+ av linjene er koden foreslått, ikke oppgitt i planen)?)",
    "shared_words": r"Felles ord: (?P<words>.+)",
    "no_time": r"Ingen av linjene har tidspunkt; tiden er ikke vurdert",
    "time_overlap": r"Tidsrom overlapper: (?P<period>.+?)(?P<missing>(?: \(\d+ linjer? uten tidspunkt\))?)",
    "time_within": r"Tidsrom innenfor (?P<months>\d+) måneder: (?P<first>.+?) til (?P<last>.+?)"
    r"(?P<missing>(?: \(\d+ linjer? uten tidspunkt\))?)",
    "total_value": r"Samlet verdi: (?P<value>.+? kr) for hele avtaleperioden(?P<given>(?: \(oppgitt for \d+ av \d+ linjer\))?)",
    "annual_value": r"Samlet årlig verdi: (?P<value>.+? kr)(?P<given>(?: \(oppgitt for \d+ av \d+ linjer\))?)",
    "similarity": r"Gjennomsnittlig likhet mellom linjene: (?P<value>[\d,]+)",
    "fits": r"Passer med (?P<fits>\d+) av (?P<others>\d+) andre linjer i gruppen \(snitt (?P<mean>[\d,]+)\)",
    "fits_between": r"Passer med (?P<fits>\d+) av (?P<others>\d+) linjer fra andre kommuner i gruppen"
    r" \(snitt (?P<mean>[\d,]+)\)",
    "need": r"Behov: (?P<label>.+?)(?P<known>(?: \(kjent på .+\))?)",
    "cpv_written": r"CPV (?P<named>.+) står i planen",
    "cpv_suggested": r"Ingen CPV i planen; CPV (?P<named>.+?) er (?P<how>foreslått ut fra .+)",
    "shared_with_group": r"Felles ord med gruppen: (?P<words>.+)",
    "time": r"Tidspunkt: (?P<period>.+)",
    "time_missing": r"Tidspunkt mangler i planen",
    "value_total": r"Verdi: (?P<value>.+? kr) for hele perioden",
    "value_annual": r"Verdi: (?P<value>.+? kr) per år",
}

#: Optional pieces inside a reason (the same in the templates of both standards).
_PIECES: Final[dict[str, str]] = {
    "suggested": r"; for (?P<n>\d+) av linjene er koden foreslått, ikke oppgitt i planen",
    "missing": r" \((?P<n>\d+) linjer? uten tidspunkt\)",
    "given": r" \(oppgitt for (?P<n>\d+) av (?P<total>\d+) linjer\)",
    "known": r" \(kjent på (?P<words>.+)\)",
    "how_need_words": r"foreslått ut fra behovet \((?P<words>.+)\)",
    "how_need": r"foreslått ut fra behovet",
    "how_words": r"foreslått ut fra ordene (?P<words>.+)",
    "how_text": r"foreslått ut fra teksten",
}


@cache
def _compiled() -> list[tuple[str, re.Pattern[str]]]:
    return [(key, re.compile(pattern)) for key, pattern in _PATTERNS.items()]


def _piece(text: str, lang: Lang, *names: str) -> str | None:
    """An optional piece translated ("" stays ""); None when it is not one we know."""
    if not text:
        return ""
    for name in names:
        m = re.fullmatch(_PIECES[name], text)
        if m is None:
            continue
        params: dict[str, object] = dict(m.groupdict())
        if "n" in params:
            params["n"] = int(str(params["n"]))
        if tr(f"overlap.piece.{name}", BOKMAAL, **params) == text:
            return tr(f"overlap.piece.{name}", lang, **params)
    return None


_PIECE_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "suggested": ("suggested",),
    "missing": ("missing",),
    "given": ("given",),
    "known": ("known",),
    "how": ("how_need_words", "how_need", "how_words", "how_text"),
}


def recognised(text: str) -> bool:
    """Whether ``text`` is a reason the catalogue knows (so it can be written in nynorsk)."""
    return _translate(text, "nn") is not None


def reason_in(text: str, lang: Lang) -> str:
    """The overlap reason ``text`` (as stored, bokmål) in ``lang``; unknown text unchanged."""
    if lang == BOKMAAL:
        return text
    translated = _translate(text, lang)
    return text if translated is None else translated


def _translate(text: str, lang: Lang) -> str | None:
    for key, pattern in _compiled():
        m = pattern.fullmatch(text)
        if m is None:
            continue
        params = m.groupdict()
        if tr(f"overlap.reason.{key}", BOKMAAL, **params) != text:
            continue
        translated = dict(params)
        if "words" in params:
            # words written two ways are said to be one word («a» / «b» (skrivemåter …))
            translated["words"] = params["words"].replace(
                tr("overlap.piece.variants", BOKMAAL), tr("overlap.piece.variants", lang)
            )
        for name, value in params.items():
            if name in _PIECE_NAMES:
                piece = _piece(value, lang, *_PIECE_NAMES[name])
                if piece is None:
                    break
                translated[name] = piece
        else:
            return tr(f"overlap.reason.{key}", lang, **translated)
    return None
