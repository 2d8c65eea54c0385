"""Built-in check plugins, grouped by family: one package per family, with the helpers
only that family uses beside its checks (names/, acronyms/, contradictions/, numbers/,
phrases/, punctuation/, typography/, characters/, languagetool/).

They are registered in ``pyproject.toml`` under the ``newslint.checks`` entry point group,
exactly as a third-party check would be.
"""
