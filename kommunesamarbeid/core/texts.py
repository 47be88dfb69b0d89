"""Texts in both written standards of Norwegian: bokmål (``nb``) and nynorsk (``nn``).

Everything a document prints, and every sentence the domain makes for it (warnings, the value
and threshold explanation, milestone names, kinds of contract, overlap reasons), is a keyed text
in a message catalogue per written standard: ``resources/texts/nb/*.toml`` and
``resources/texts/nn/*.toml``. The file name is the first part of each key
(``documents.toml`` holds ``documents.cover.kicker``). A text is written once per standard, by
someone who writes that standard; the code only chooses the key and passes the parameters.

An entry is a string with ``{name}`` placeholders, or a plural table chosen by the parameter
``n``: ``{ one = "…", two = "…", other = "…" }`` (``zero`` may be given too; ``other`` is
required). A placeholder may say ``{name:lower}`` or ``{name:upper}`` to change the case of the
first letter (a sentence used inside another one); a list is joined as "A, B og C", or with
``{items:comma}`` / ``{items:semicolon}`` / ``{items:space}`` as "A, B, C" / "A; B; C" /
"A B C" (sentences after each other).

:class:`Text` is how the domain hands such a text on: it *is* the bokmål string (so everything
that prints or stores a ``str`` keeps working), and it remembers its key and parameters, so a
document for a nynorsk municipality can :func:`render` it in nynorsk. Parameters may be plain
strings (names, amounts, dates as written), numbers, dates, other ``Text`` values (rendered in
the same standard), :class:`Written` values (a text that data, not the catalogue, gives in both
standards) and lists of these (joined as "A, B og C").
"""

from __future__ import annotations

import datetime as dt
import string
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final, Literal

__all__ = [
    "BOKMAAL",
    "LANGUAGES",
    "NYNORSK",
    "Catalogue",
    "CatalogueError",
    "Lang",
    "Text",
    "Written",
    "catalogue",
    "join",
    "lang_of",
    "render",
    "tr",
]

Lang = Literal["nb", "nn"]
BOKMAAL: Final[Lang] = "nb"
NYNORSK: Final[Lang] = "nn"
LANGUAGES: Final[tuple[Lang, ...]] = (BOKMAAL, NYNORSK)
PLURAL_FORMS: Final = frozenset({"zero", "one", "two", "other"})


class CatalogueError(ValueError):
    """A catalogue file cannot be used (the message says which file and why)."""


def lang_of(maalform: object) -> Lang:
    """``"nn"``/``"nynorsk"`` (or a Maalform) -> ``"nn"``; everything else bokmål."""
    value = str(getattr(maalform, "value", maalform) or "").strip().lower()
    return NYNORSK if value in ("nn", "nynorsk") else BOKMAAL


def _flatten(data: Mapping[str, Any], prefix: str, out: dict[str, str | dict[str, str]]) -> None:
    for key, value in data.items():
        full = f"{prefix}.{key}"
        if isinstance(value, str):
            out[full] = value
        elif isinstance(value, Mapping):
            keys = set(value)
            if keys and keys <= PLURAL_FORMS and all(isinstance(v, str) for v in value.values()):
                if "other" not in keys:
                    raise CatalogueError(f"«{full}»: et flertallsoppslag må ha «other».")
                out[full] = {k: str(v) for k, v in value.items()}
            else:
                _flatten(value, full, out)
        else:
            raise CatalogueError(f"«{full}» må være tekst eller en tabell, fant {value!r}.")


#: ``{items:comma}``, ``{items:semicolon}`` and ``{items:space}`` join a list without "og".
_SEPARATORS: Final = {"comma": ", ", "semicolon": "; ", "space": " "}


class _Formatter(string.Formatter):
    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, (list, tuple)) and format_spec in _SEPARATORS:
            return _SEPARATORS[format_spec].join(_param(v, self.lang) for v in value)
        text = _param(value, self.lang)
        if format_spec == "lower":
            return text[:1].lower() + text[1:]
        if format_spec == "upper":
            return text[:1].upper() + text[1:]
        if format_spec:
            return format(value, format_spec)
        return text


class Catalogue:
    """The texts of one written standard: key -> template (or plural forms)."""

    def __init__(self, lang: Lang, entries: Mapping[str, str | dict[str, str]]) -> None:
        self.lang = lang
        self.entries = dict(entries)
        self._formatter = _Formatter(lang)

    @classmethod
    def from_files(cls, lang: Lang, files: Iterable[Path]) -> Catalogue:
        entries: dict[str, str | dict[str, str]] = {}
        for path in sorted(files):
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise CatalogueError(f"Kan ikke lese tekstfila {path}: {exc}") from exc
            _flatten(data, path.stem, entries)
        return cls(lang, entries)

    def template(self, key: str, n: object = None) -> str:
        entry = self.entries.get(key)
        if entry is None:
            raise KeyError(f"Teksten «{key}» finst ikkje i katalogen «{self.lang}».")
        if isinstance(entry, str):
            return entry
        if not isinstance(n, int):
            raise KeyError(f"Teksten «{key}» er et flertallsoppslag og trenger parameteren n.")
        form = {0: "zero", 1: "one", 2: "two"}.get(n, "other")
        return entry.get(form) or entry["other"]

    def format(self, key: str, params: Mapping[str, Any]) -> str:
        return self._formatter.vformat(self.template(key, params.get("n")), (), params)

    def __contains__(self, key: str) -> bool:
        return key in self.entries


def _resource_dir() -> Path:
    from kommunesamarbeid.paths import resource_path

    return resource_path("texts")


@cache
def catalogue(lang: Lang) -> Catalogue:
    """The shipped catalogue for ``lang`` (read once)."""
    folder = _resource_dir() / lang
    files = list(folder.glob("*.toml"))
    if not files:
        raise CatalogueError(f"Fant ingen tekstfiler i {folder} (installasjonen er ufullstendig).")
    return Catalogue.from_files(lang, files)


def join(items: Sequence[str]) -> str:
    """ "A", "A og B", "A, B og C" (the same in both standards)."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " og " + items[-1]


@dataclass(frozen=True, slots=True)
class Written:
    """A text that data gives in both standards (a table's note with a nynorsk column): a
    parameter of a :class:`Text`; the nynorsk form falls back to bokmål when it is empty."""

    nb: str
    nn: str = ""

    def __str__(self) -> str:
        return self.nb

    def render(self, lang: Lang) -> str:
        return self.nn if lang == NYNORSK and self.nn else self.nb


def _param(value: Any, lang: Lang) -> str:
    if isinstance(value, (Text, Written)):
        return value.render(lang)
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, dt.date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, (list, tuple)):
        return join([_param(v, lang) for v in value])
    return str(value)


def _freeze(value: Any) -> Any:
    return tuple(_freeze(v) for v in value) if isinstance(value, list | tuple) else value


class Text(str):
    """A catalogue text: the bokmål string, which also renders in nynorsk (module docstring)."""

    __slots__ = ("key", "params")
    key: str
    params: tuple[tuple[str, Any], ...]

    def __new__(cls, key: str, /, **params: Any) -> Text:
        frozen = {name: _freeze(value) for name, value in params.items()}
        self = super().__new__(cls, catalogue(BOKMAAL).format(key, frozen))
        self.key = key
        self.params = tuple(frozen.items())
        return self

    def render(self, lang: Lang) -> str:
        if lang == BOKMAAL:
            return str.__str__(self)
        return catalogue(lang).format(self.key, dict(self.params))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.key, self.params))

    def __repr__(self) -> str:
        return f"Text({self.key!r}, {str.__repr__(self)})"


def _rebuild(key: str, params: tuple[tuple[str, Any], ...]) -> Text:
    return Text(key, **dict(params))


def render(value: object, lang: Lang) -> str:
    """A text in ``lang``: a :class:`Text` is rendered from its key; other text is returned as
    it is (names, user text, figures)."""
    if isinstance(value, Text):
        return value.render(lang)
    return "" if value is None else str(value)


def tr(key: str, lang: Lang, /, **params: Any) -> str:
    """The text ``key`` in ``lang`` with ``params`` (for writers that only print)."""
    return catalogue(lang).format(key, {k: _freeze(v) for k, v in params.items()})
