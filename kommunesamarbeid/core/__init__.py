"""The domain in plain Python.

Rule (tested in tests/test_layering.py): nothing under kommunesamarbeid.core imports PySide6,
SQLAlchemy, openpyxl or any other I/O library. Only the standard library, rapidfuzz and numpy.
"""
