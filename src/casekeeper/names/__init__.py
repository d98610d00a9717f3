"""Names in many scripts: detection, transliteration, phonetic keys, similarity.

Pure functions over text (no database, no Qt): ``keys.name_keys`` turns a
name into what the store indexes, ``similarity`` compares two names. The
rules are listed, with examples, in docs/names.md.
"""
