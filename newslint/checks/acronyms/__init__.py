"""The acronyms family: acronym and long-form shapes, definitions found in an article,
the comparison of a long form with the known one, and the ``acronym`` check."""
