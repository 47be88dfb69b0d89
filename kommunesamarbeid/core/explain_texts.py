"""The answer to "why are these two lines (not) together?" in either written standard.

``core.overlap.pair`` (with ``evidence``, ``goods_service`` and ``split_forms``) and
``services.overlap_explain`` write the evidence in bokmål. Each sentence they can write is a
catalogue text (``explain.sentence.*`` in ``resources/texts``), made of the words and codes of
the lines, of other catalogue texts (``explain.piece.*``, the kinds of purchase) and of lists of
such pieces. The design is the one of ``reason_texts``: a sentence is recognised by its bokmål
template, its parts are translated one by one, and it is only translated when the bokmål
templates, filled with what was read, give back exactly the text; words quoted from the lines
(«…»), need labels, CPV codes and names stay as they were written. Anything else is shown as it
was written.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from functools import cache
from typing import Final

from kommunesamarbeid.core.texts import BOKMAAL, Lang, catalogue, tr

__all__ = ["explain_in", "explained"]

#: Kinds of slot: text kept as written, line numbers, quoted words, a closed set of words, a
#: piece (one of a group of catalogue texts) or a list of pieces.
_FREE: Final = "free"
_IDS: Final = re.compile(r"\d+(?: og \d+)*")
_QUOTED: Final = re.compile(r"(?:«[^»]*»(?:, «[^»]*»)*)?")

#: Groups of pieces a slot may hold; "" in a group: the slot may be empty.
_GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "known": ("explain.piece.known_code", "quoted"),
    "heads_known": ("explain.piece.heads_known", ""),
    "which": (
        "explain.piece.codes_one",
        "explain.piece.codes_both_text",
        "explain.piece.codes_both_needs",
        "explain.piece.codes_overruled",
        "explain.piece.codes_text_decides",
    ),
    "lowers": ("explain.piece.lowers_little", ""),
    "reading": ("explain.piece.reading_needs", "explain.piece.reading_text"),
    "verdict": ("explain.piece.verdict_maybe", "explain.piece.verdict_wrong"),
    "doubtful": ("explain.piece.doubtful_line",),
    "code_only": ("explain.piece.code_only_line",),
    "coded": ("explain.piece.service_coded", ""),
    "kinds_of_two": ("explain.piece.kinds_of_two",),
    "wider": ("explain.piece.wider_need", ""),
    "said": ("explain.piece.wider_said", ""),
    "system": ("explain.piece.system_for", "explain.piece.tails_of"),
    "tails_line": ("explain.piece.tails_line",),
    "role": ("explain.piece.role_words", "explain.piece.role_none"),
    "read_also": ("explain.piece.read_also",),
    "need_known": ("explain.piece.need_known",),
    "how": (
        "overlap.piece.how_need_words",
        "overlap.piece.how_need",
        "overlap.piece.how_words",
        "overlap.piece.how_text",
    ),
}

#: A list slot: the group of its items and what separates them (the same in both standards).
_LISTS: Final[dict[str, tuple[str, str]]] = {
    "doubtful_lines": ("doubtful", "; "),
    "code_only_lines": ("code_only", "; "),
    "system_lines": ("system", ", "),
    "tails_lines": ("tails_line", ", "),
    "roles": ("role", ", "),
    "also_lines": ("read_also", "; "),
    "needs_known": ("need_known", " og "),
}

#: What a slot holds, by its name in every text (line numbers, quoted words, the kinds of
#: purchase, a piece); a name not here is text kept as written (``_FREE``) unless ``_SLOTS``
#: says otherwise for one text.
_BY_NAME: Final[dict[str, str]] = {
    **dict.fromkeys(("a", "b", "c", "d", "group", "ids", "service", "goods"), "ids"),
    **dict.fromkeys(("first_objects", "second_objects", "first_words", "second_words"), "quoted"),
    **{name: name for name in ("kinds", "tails", "how", "reading", "verdict", "which")},
    **{name: name for name in ("lowers", "coded", "wider", "said")},
    "apart": "quoted",
}

#: The slots of one text whose name does not say what they hold (``_BY_NAME``).
_SLOTS: Final[dict[str, dict[str, str]]] = {
    "sentence.heads_apart": {"known": "heads_known"},
    "sentence.same_need": {"first": "known", "second": "known"},
    "sentence.code_alone": {"words": "quoted"},
    "sentence.meet": {"first": "quoted", "second": "quoted"},
    "sentence.generic_words": {"words": "quoted"},
    "sentence.codes_disagree": {"first_kinds": "kinds", "second_kinds": "kinds"},
    "sentence.code_doubtful": {"lines": "doubtful_lines"},
    "sentence.code_only_kind": {"lines": "code_only_lines"},
    "sentence.specific_word": {"kinds": "kinds_of_two"},
    "sentence.kinds_guessed": {"kinds": "kinds_of_two"},
    "sentence.kinds_differ": {"kinds": "kinds_of_two"},
    "sentence.family_by_head": {"words": "known", "kinds": "kinds_of_two"},
    "sentence.tails_system": {"lines": "system_lines"},
    "sentence.tails_apart": {"lines": "tails_lines"},
    "sentence.roles_differ": {"lines": "roles"},
    "sentence.one_of_two": {"lines": "also_lines"},
    "piece.kinds_of_two": {"first": "kinds", "second": "kinds"},
    "piece.role_words": {"words": "quoted"},
    "piece.read_also": {"needs": "needs_known"},
    "piece.need_known": {"known": "known"},
}

#: Closed sets: the kinds of purchase (``pair._KIND_NAMES``) and what generic last parts buy
#: (``pair._TAIL_NAMES``), in their order, any of them joined by " og ".
_CLOSED: Final[dict[str, tuple[str, ...]]] = {
    "kinds": ("explain.kind.goods", "explain.kind.works", "explain.kind.services"),
    "tails": ("explain.tail.goods", "explain.tail.work", "explain.tail.system"),
}

_Part = tuple[str, str | None, str]  # literal before, field name (None: the end), format spec


@cache
def _template(key: str) -> tuple[_Part, ...]:
    template = catalogue(BOKMAAL).template(key)
    parts: list[_Part] = [
        (literal, name, spec or "") for literal, name, spec, _ in string.Formatter().parse(template)
    ]
    if parts[-1][1] is not None:
        parts.append(("", None, ""))  # (the end of the text)
    return tuple(parts)


@cache
def _closed(name: str, lang: Lang) -> dict[str, str]:
    """Every combination of a closed set in bokmål -> in ``lang`` ("" for none)."""
    keys = _CLOSED[name]
    found = {"": ""}
    for bits in range(1, 1 << len(keys)):
        chosen = [k for n, k in enumerate(keys) if bits & (1 << n)]
        found[" og ".join(tr(k, BOKMAAL) for k in chosen)] = " og ".join(
            tr(k, lang) for k in chosen
        )
    return found


def _slot_kind(key: str, name: str) -> str:
    if key.startswith("overlap."):
        return _FREE  # (the reasons' pieces: only words)
    own = _SLOTS.get(key.removeprefix("explain."), {})
    return own.get(name) or _BY_NAME.get(name, _FREE)


def _value(kind: str, value: str, lang: Lang) -> str | None:
    """A slot's value in ``lang`` (None: not a value of this kind)."""
    if kind == _FREE:
        return value
    if kind == "ids":
        return value if _IDS.fullmatch(value) else None
    if kind == "quoted":
        return value if _QUOTED.fullmatch(value) else None
    if kind in _CLOSED:
        return _closed(kind, lang).get(value)
    if kind in _LISTS:
        group, separator = _LISTS[kind]
        return _list(group, separator, value, lang)
    for member in _GROUPS[kind]:
        if member in ("", "quoted"):
            if member == "" and value == "":
                return ""
            if member == "quoted" and value and _QUOTED.fullmatch(value):
                return value
            continue
        found = _translate(member, value, lang)
        if found is not None:
            return found
    return None


def _list(group: str, separator: str, value: str, lang: Lang) -> str | None:
    """A list of pieces of ``group`` separated by ``separator``, each translated."""
    start = 0
    while True:
        end = value.find(separator, start)
        head = value if end < 0 else value[:end]
        first = _value(group, head, lang)
        if first is not None:
            if end < 0:
                return first
            rest = _list(group, separator, value[end + len(separator) :], lang)
            if rest is not None:
                return first + separator + rest
        if end < 0:
            return None
        start = end + len(separator)


def _assignments(
    key: str, parts: tuple[_Part, ...], text: str, lang: Lang
) -> Iterator[dict[str, tuple[str, str]]]:
    """Every way the template's slots read ``text``: name -> (bokmål value, value in lang)."""

    def walk(
        i: int, pos: int, bound: dict[str, tuple[str, str]]
    ) -> Iterator[dict[str, tuple[str, str]]]:
        literal, name, spec = parts[i]
        if not text.startswith(literal, pos):
            return
        pos += len(literal)
        if name is None:
            if pos == len(text):
                yield bound
            return
        following = parts[i + 1][0] if i + 1 < len(parts) else ""
        if i + 1 == len(parts) - 1 and parts[i + 1][1] is None:
            ends = [len(text) - len(following)] if text.endswith(following) else []
        elif following:
            ends = [m.start() for m in re.finditer(f"(?={re.escape(following)})", text[pos:])]
            ends = [pos + e for e in ends]
        else:
            ends = list(range(pos, len(text) + 1))
        for end in ends:
            if end < pos:
                continue
            value = text[pos:end]
            if spec == "upper":
                if value[:1] != value[:1].upper():
                    continue
                value = value[:1].lower() + value[1:]
            if name in bound:
                if bound[name][0] != value:
                    continue
                yield from walk(i + 1, end, bound)
                continue
            shown = _value(_slot_kind(key, name), value, lang)
            if shown is not None:
                yield from walk(i + 1, end, {**bound, name: (value, shown)})

    yield from walk(0, 0, {})


def _translate(key: str, text: str, lang: Lang) -> str | None:
    parts = _template(key)
    if not text.startswith(parts[0][0]):
        return None
    for bound in _assignments(key, parts, text, lang):
        if tr(key, BOKMAAL, **{n: v[0] for n, v in bound.items()}) == text:
            return tr(key, lang, **{n: v[1] for n, v in bound.items()})
    return None


@cache
def _sentences() -> tuple[str, ...]:
    return tuple(k for k in catalogue(BOKMAAL).entries if k.startswith("explain.sentence."))


def _sentence(text: str, lang: Lang) -> str | None:
    for key in _sentences():
        found = _translate(key, text, lang)
        if found is not None:
            return found
    return None


def explained(text: str) -> bool:
    """Whether ``text`` is a sentence of the explain answer the catalogue knows."""
    return _sentence(text, "nn") is not None


def explain_in(text: str, lang: Lang) -> str:
    """A sentence of the explain answer (as written, bokmål) in ``lang``; unknown text unchanged."""
    return text if lang == BOKMAAL else _sentence(text, lang) or text
