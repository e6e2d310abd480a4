"""Bundled data of an installed reader, filled when the wheel is built.

The build (`setup.py`'s `build_py`) copies the top-level `resources/` (place table, translations)
and `seeds/` (the sample pages) here, so git keeps one copy of each. A checkout reads the
top-level folders directly; see `reader.resources`.
"""
