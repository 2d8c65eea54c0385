"""newslint: a text-quality linter for machine-translated news."""

__version__ = "0.1.0"

# The Python API (docs/api.md), imported on first use: ``import newslint`` stays light for
# the command line, which needs only the version.
_API = ("Linter", "LinterError", "Finding", "Report", "check_text")


def __getattr__(name: str) -> object:
    if name in _API:
        from newslint import api

        return getattr(api, name)
    raise AttributeError(f"module 'newslint' has no attribute {name!r}")


__all__ = ["__version__", *_API]
