"""Built-in check plugins, one check kind per module.

They are registered in ``pyproject.toml`` under the ``newslint.checks`` entry point group,
exactly as a third-party check would be.
"""
