"""Alembic migration scripts.

``HEAD`` is the newest revision, so opening an up-to-date database needs no Alembic import
(start-up time); a test checks that it matches the scripts' head.
"""

HEAD = "0017"
