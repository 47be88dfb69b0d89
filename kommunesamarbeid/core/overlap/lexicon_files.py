"""Reading the lexicon's data files (``lexicon``): gzipped UTF-8 text in tab-separated
columns, with comment lines."""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from typing import Final

__all__ = ["columns", "data_text"]

#: A comment line of the lexicon's files.
COMMENT_LINE: Final = re.compile(r"^#[^\n]*(?:\n|\Z)", re.MULTILINE)


def data_text(path: Path) -> str:
    """A gzipped UTF-8 file without its comment lines, read in one piece: the lexicon's files
    have hundreds of thousands of lines, and reading them a line at a time was most of
    opening the lexicon."""
    return COMMENT_LINE.sub("", gzip.decompress(path.read_bytes()).decode("utf-8"))


def columns(text: str, count: int) -> list[list[str]]:
    """The ``count`` tab-separated columns of the lines of ``text`` (each has ``count``)."""
    lines = text.strip("\n")
    if not lines:
        return [[] for _ in range(count)]
    cells = lines.replace("\n", "\t").split("\t")
    if len(cells) % count or lines.count("\n") + 1 != len(cells) // count:
        raise ValueError(f"Ordlistelinjene skal ha {count} kolonner")
    return [cells[n::count] for n in range(count)]
