"""Configuration: ``.newslint.yaml`` or ``[tool.newslint]`` in ``pyproject.toml`` (docs/configuration.md).

Found from the current directory upwards; ``--config FILE`` overrides the search.
Command-line flags win over the file. Paths in the file are relative to the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newslint.io.yamlsource import LocatedDict, YamlError, load_yaml
from newslint.rules.loader import SEVERITIES

if TYPE_CHECKING:
    import pathspec

CONFIG_NAMES = (".newslint.yaml", ".newslint.yml")
FAIL_ON = (*SEVERITIES, "never")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
_LANGUAGE_CODE = re.compile(r"(?:[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*|auto)\Z")


class ConfigError(Exception):
    """An invalid configuration; the message is one line, located where possible."""


class Config:
    """What a run is configured to do: the defaults, then what the configuration file
    sets (``load_config``), then the command line's flags (a plain class, not a dataclass:
    importing ``dataclasses`` costs a one-article run several milliseconds)."""

    def __init__(self, base_dir: Path | None = None, path: Path | None = None) -> None:
        self.packs: list[str] = ["newslint"]
        self.select: list[str] | None = None
        self.ignore: list[str] = []
        self.severity: dict[str, str] = {}
        self.per_file_ignores: dict[str, list[str]] = {}
        self.exclude: list[str] = []
        self.gazetteers: list[Path] = []
        self.vocabulary: list[str] = []
        self.fail_on = "error"
        self.min_severity = "info"
        self.languagetool: dict[str, Any] = {}
        self.score_weights: dict[str, float] = {}  # the HTML report's score
        self.base_dir = base_dir if base_dir is not None else Path.cwd()
        self.path = path
        # key in the file → where its value is written (``path:line:column`` or the file)
        self.sources: dict[str, str] = {}
        self.languagetool_source = ""  # a command-line flag that changed ``languagetool``

    def __repr__(self) -> str:
        """Every setting by name: the results cache keys runs on it, so it must show
        the settings, never the object's address."""
        settings = ", ".join(f"{name}={value!r}" for name, value in vars(self).items())
        return f"Config({settings})"

    def where(self, key: str) -> str:
        """Where ``key`` was set, for messages: its location in the file, or the file."""
        return self.sources.get(key) or str(self.path or "configuration")


# key in file → (attribute, validator)
def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _string_map(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    )


def _ignores_map(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and _strings(v) for k, v in value.items()
    )


_KEYS: Mapping[str, tuple[str, Any, str]] = {
    "packs": ("packs", _strings, "a list of strings"),
    "select": ("select", _strings, "a list of rule ids or prefixes"),
    "ignore": ("ignore", _strings, "a list of rule ids or prefixes"),
    "severity": ("severity", _string_map, "a mapping of rule id to severity"),
    "per-file-ignores": ("per_file_ignores", _ignores_map, "a mapping of glob to rule ids"),
    "exclude": ("exclude", _strings, "a list of globs"),
    "gazetteers": ("gazetteers", _strings, "a list of file paths"),
    "vocabulary": ("vocabulary", _strings, "a list of words and names"),
    "fail-on": ("fail_on", lambda v: v in FAIL_ON, "one of " + ", ".join(FAIL_ON)),
    "min-severity": ("min_severity", lambda v: v in SEVERITIES, "one of " + ", ".join(SEVERITIES)),
    "languagetool": ("languagetool", lambda v: isinstance(v, dict), "a mapping"),
    "score-weights": ("score_weights", lambda v: isinstance(v, dict) and all(
        k in SEVERITIES and isinstance(n, (int, float)) and not isinstance(n, bool) and n >= 0
        for k, n in v.items()), "a mapping of error | warning | info to a number >= 0"),
}


def _positive_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0


# languagetool: key → (validator, what it must be); see newslint.checks.languagetool.check.
LANGUAGETOOL_KEYS: Mapping[str, tuple[Any, str]] = {
    "enabled": (lambda v: isinstance(v, bool), "true or false"),
    "url": (lambda v: isinstance(v, str) and v.startswith(("http://", "https://")),
            "an http:// or https:// URL of a LanguageTool server"),
    "language": (lambda v: isinstance(v, str) and bool(_LANGUAGE_CODE.match(v)),
                 "a language code such as en-US"),
    "disabled-rules": (_strings, "a list of LanguageTool rule ids"),
    "enabled-rules": (_strings, "a list of LanguageTool rule ids"),
    "disabled-categories": (_strings, "a list of LanguageTool category ids"),
    "enabled-categories": (_strings, "a list of LanguageTool category ids"),
    "severity": (lambda v: _string_map(v) and all(s in SEVERITIES for s in v.values()),
                 "a mapping of MQM category to " + " | ".join(SEVERITIES)),
    "timeout": (_positive_number, "a number of seconds above 0"),
    "max-request-chars": (lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 200,
                          "a whole number of at least 200"),
}


def _validate_languagetool(settings: Mapping[str, Any], where: Any) -> None:
    for key, value in settings.items():
        if key not in LANGUAGETOOL_KEYS:
            place = settings.key_mark(key) if isinstance(settings, LocatedDict) else where("languagetool")
            raise ConfigError(f"{place}: unknown key 'languagetool.{key}' "
                              f"(known: {', '.join(LANGUAGETOOL_KEYS)})")
        valid, expected = LANGUAGETOOL_KEYS[key]
        if not valid(value):
            place = settings.value_mark(key) if isinstance(settings, LocatedDict) else where("languagetool")
            raise ConfigError(f"{place}: 'languagetool.{key}' must be {expected}")


def find_config(start: Path) -> Path | None:
    """The nearest ``.newslint.yaml`` or ``pyproject.toml`` with ``[tool.newslint]``."""
    for directory in (start, *start.parents):
        for name in CONFIG_NAMES:
            if (directory / name).is_file():
                return directory / name
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and _pyproject_section(pyproject) is not None:
            return pyproject
    return None


def shadowed_configs(path: Path) -> list[Path]:
    """Other configuration files beside ``path`` that the search passes over: a
    ``.newslint.yaml`` wins over ``.newslint.yml`` and over ``[tool.newslint]`` in the same
    directory's ``pyproject.toml``."""
    if path.name not in CONFIG_NAMES:
        return []
    others = [path.parent / name for name in CONFIG_NAMES[CONFIG_NAMES.index(path.name) + 1:]]
    shadowed = [other for other in others if other.is_file()]
    pyproject = path.parent / "pyproject.toml"
    if pyproject.is_file() and _pyproject_section(pyproject) is not None:
        shadowed.append(pyproject)
    return shadowed


def effective_settings(config: Config, cli_select: Sequence[str] | None = None,
                       cli_ignore: Sequence[str] = ()) -> list[tuple[str, Any, str]]:
    """(key, effective value, where it came from) of every setting, for ``newslint config``."""
    rows: list[tuple[str, Any, str]] = []
    for key, (attribute, _, _) in _KEYS.items():
        value = getattr(config, attribute)
        source = config.sources.get(key, "default")
        if key == "gazetteers":
            value = [str(path) for path in value]
        elif key == "select" and cli_select is not None:
            value, source = list(cli_select), "--select (replaces the file's)"
        elif key == "ignore" and cli_ignore:
            value = [*value, *cli_ignore]
            source = "--ignore" if source == "default" else f"{source} + --ignore"
        elif key == "select" and value is None:
            source = "default: every rule that is not off by default"
        elif key == "languagetool" and config.languagetool_source:
            source = f"{source} + {config.languagetool_source}" if source != "default" \
                else config.languagetool_source
        rows.append((key, _plain(value), source))
    return rows


def _plain(value: Any) -> Any:
    """Located YAML lists and mappings as plain ones (for printing)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    if path.name == "pyproject.toml":
        data = _pyproject_section(path) or {}
        return _from_mapping(data, path, lambda key: f"{path}: [tool.newslint] {key}")
    try:
        data = load_yaml(path)
    except YamlError as error:
        raise ConfigError(str(error)) from None
    if data is None:
        data = LocatedDict()
        data.mark, data.key_marks, data.value_marks = None, {}, {}  # type: ignore[assignment]
    if not isinstance(data, LocatedDict):
        raise ConfigError(f"{path}: the configuration must be a mapping")
    return _from_mapping(data, path, lambda key: str(data.value_mark(key) or path))


def _toml_parser() -> Any:
    """``tomllib`` (Python 3.11+), or ``tomli`` on 3.10, which installs it as a dependency."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        try:
            import tomli as tomllib
        except ModuleNotFoundError:
            raise ConfigError("reading pyproject.toml on Python 3.10 needs the 'tomli' package "
                              "(pip install tomli)") from None
    return tomllib


def _pyproject_section(path: Path) -> dict[str, Any] | None:
    tomllib = _toml_parser()
    try:
        with path.open("rb") as stream:
            document = tomllib.load(stream)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    section = document.get("tool", {}).get("newslint")
    return section if isinstance(section, dict) else None


def _from_mapping(data: Mapping[str, Any], path: Path, where: Any) -> Config:
    config = Config(base_dir=path.parent.resolve(), path=path)
    for key, value in data.items():
        if key not in _KEYS:
            raise ConfigError(f"{where(key)}: unknown configuration key '{key}' "
                              f"(known: {', '.join(_KEYS)})")
        attribute, valid, expected = _KEYS[key]
        if not valid(value):
            raise ConfigError(f"{where(key)}: '{key}' must be {expected}")
        setattr(config, attribute, value)
        config.sources[key] = where(key)
    _validate_languagetool(config.languagetool, where)
    for rule_id, severity in config.severity.items():
        if severity not in SEVERITIES:
            raise ConfigError(f"{where('severity')}: severity of '{rule_id}' must be one of "
                              f"{', '.join(SEVERITIES)}")
    config.gazetteers = [(config.base_dir / p).resolve() for p in config.gazetteers]
    return config


# -- rule selection ----------------------------------------------------------------------------


def prefix_matches(rule_id: str, prefix: str) -> bool:
    """``newslint/name-`` and ``newslint/name`` match ``newslint/name-variant``; a pack name
    matches its rules. A prefix ends at a ``/`` or ``-`` boundary only, so that
    ``house/banned-word`` never selects ``house/banned-words``."""
    if not prefix or not rule_id.startswith(prefix):
        return False
    return len(rule_id) == len(prefix) or prefix[-1] in "/-" or rule_id[len(prefix)] in "/-"


# Packs whose checks report ids of their own, known only at run time (LanguageTool's
# ``languagetool/MORFOLOGIK_RULE_EN_US``): any id in them is accepted as a reference.
DYNAMIC_PACKS = ("languagetool",)


def refers_to_a_rule(name: str, rule_ids: Iterable[str], bare_names: bool = False) -> bool:
    """Whether ``name`` (an id or prefix; with ``bare_names`` also a bare rule name, as
    suppression comments allow) names at least one of ``rule_ids``."""
    if name.split("/", 1)[0] in DYNAMIC_PACKS:
        return True
    return any(prefix_matches(rule_id, name) or (bare_names and name == rule_id.split("/", 1)[-1])
               for rule_id in rule_ids)


def nearest_ids(name: str, rule_ids: Iterable[str]) -> list[str]:
    """Up to three known ids (or pack prefixes) closest to a mistyped ``name``."""
    from difflib import get_close_matches  # only for a mistake

    ids = sorted(set(rule_ids))
    candidates = ids + sorted({rule_id.split("/", 1)[0] + "/" for rule_id in ids})
    if "/" not in name:  # a bare name: compare with the bare names
        bare = {rule_id.split("/", 1)[-1]: rule_id for rule_id in ids}
        return [bare[b] for b in get_close_matches(name, list(bare), n=3, cutoff=0.8)]
    return get_close_matches(name, candidates, n=3, cutoff=0.8)


def unknown_rule_message(what: str, name: str, rule_ids: Iterable[str]) -> str:
    """``what: unknown rule 'x' (did you mean 'y'?)``, as ruff says it."""
    near = nearest_ids(name, rule_ids)
    hint = f" (did you mean {' or '.join(repr(n) for n in near)}?)" if near else \
        " (see 'newslint rules')"
    return f"{what}: unknown rule '{name}'{hint}"


def _label(config: Config, key: str) -> str:
    where = config.where(key)
    return where if key in where else f"{where}: {key}"


def check_rule_references(config: Config, rule_ids: Iterable[str],
                          cli_select: Sequence[str] | None = None,
                          cli_ignore: Sequence[str] = ()) -> None:
    """Raise ``ConfigError`` for the first id or prefix, on the command line or in the
    configuration, that names no rule: a typo must not turn checking off silently."""
    ids = set(rule_ids)
    named: list[tuple[str, str, bool]] = [(n, "--select", False) for n in cli_select or ()]
    named += [(n, "--ignore", False) for n in cli_ignore]
    named += [(n, _label(config, "select"), False) for n in config.select or ()]
    named += [(n, _label(config, "ignore"), False) for n in config.ignore]
    named += [(n, _label(config, "severity"), True) for n in config.severity]
    named += [(n, _label(config, "per-file-ignores"), False)
              for names in config.per_file_ignores.values() for n in names]
    for name, what, exact in named:
        known = (name in ids or name.split("/", 1)[0] in DYNAMIC_PACKS) if exact else \
            refers_to_a_rule(name, ids)
        if not known:
            message = unknown_rule_message(what, name, ids)
            raise ConfigError(message + (" (severity takes whole rule ids)" if exact else ""))


def is_selected(
    rule_id: str, enabled_by_default: bool, select: Sequence[str] | None, ignore: Sequence[str]
) -> bool:
    """Longest matching prefix wins (ignore wins a tie). A rule that is off by default runs
    only when ``select`` names it exactly."""
    best_length, selected = -1, None
    for prefix in select or ():
        if prefix_matches(rule_id, prefix) and len(prefix) > best_length:
            best_length, selected = len(prefix), True
    for prefix in ignore:
        if prefix_matches(rule_id, prefix) and len(prefix) >= best_length:
            best_length, selected = len(prefix), False
    if selected is None:
        return select is None and enabled_by_default
    if selected and not enabled_by_default:
        return rule_id in (select or ())
    return selected


def ignored_for_file(rule_id: str, relative_path: str, per_file_ignores: Mapping[str, Iterable[str]]) -> bool:
    for pattern, rule_ids in per_file_ignores.items():
        if path_matches(relative_path, pattern) and any(
            prefix_matches(rule_id, prefix) for prefix in rule_ids
        ):
            return True
    return False


def path_matches(relative_path: str, pattern: str) -> bool:
    """Whether a ``per-file-ignores`` pattern matches a path relative to the configuration's
    directory, with gitignore semantics as ``exclude`` (newslint.io.files)."""
    return _pattern(pattern).match_file(relative_path.replace("\\", "/"))


@lru_cache(maxsize=256)
def _pattern(pattern: str) -> pathspec.GitIgnoreSpec:
    from newslint.io.files import compile_patterns

    return compile_patterns([pattern])
