"""Configuration: ``.newslint.yaml`` or ``[tool.newslint]`` in ``pyproject.toml`` (SPEC §6).

Found from the current directory upwards; ``--config FILE`` overrides the search.
Command-line flags win over the file. Paths in the file are relative to the file.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newslint.rules import SEVERITIES
from newslint.yamlsource import LocatedDict, YamlError, load_yaml

CONFIG_NAMES = (".newslint.yaml", ".newslint.yml")
FAIL_ON = (*SEVERITIES, "never")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
_LANGUAGE_CODE = re.compile(r"(?:[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*|auto)\Z")


class ConfigError(Exception):
    """An invalid configuration; the message is one line, located where possible."""


@dataclass
class Config:
    packs: list[str] = field(default_factory=lambda: ["newslint"])
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    exclude: list[str] = field(default_factory=list)
    gazetteers: list[Path] = field(default_factory=list)
    vocabulary: list[str] = field(default_factory=list)
    fail_on: str = "error"
    min_severity: str = "info"
    languagetool: dict[str, Any] = field(default_factory=dict)
    score_weights: dict[str, float] = field(default_factory=dict)  # the HTML report's score
    base_dir: Path = field(default_factory=Path.cwd)
    path: Path | None = None


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


# languagetool: key → (validator, what it must be); see newslint.checks.languagetool.
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
    located = isinstance(settings, LocatedDict)
    for key, value in settings.items():
        if key not in LANGUAGETOOL_KEYS:
            place = settings.key_mark(key) if located else where("languagetool")
            raise ConfigError(f"{place}: unknown key 'languagetool.{key}' "
                              f"(known: {', '.join(LANGUAGETOOL_KEYS)})")
        valid, expected = LANGUAGETOOL_KEYS[key]
        if not valid(value):
            place = settings.value_mark(key) if located else where("languagetool")
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
        data.mark, data.key_marks, data.value_marks = None, {}, {}
    if not isinstance(data, LocatedDict):
        raise ConfigError(f"{path}: the configuration must be a mapping")
    return _from_mapping(data, path, lambda key: str(data.value_mark(key) or path))


def _pyproject_section(path: Path) -> dict[str, Any] | None:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
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
    _validate_languagetool(config.languagetool, where)
    for rule_id, severity in config.severity.items():
        if severity not in SEVERITIES:
            raise ConfigError(f"{where('severity')}: severity of '{rule_id}' must be one of "
                              f"{', '.join(SEVERITIES)}")
    config.gazetteers = [(config.base_dir / p).resolve() for p in config.gazetteers]
    return config


# -- rule selection ----------------------------------------------------------------------------


def prefix_matches(rule_id: str, prefix: str) -> bool:
    """``newslint/name-`` matches ``newslint/name-variant``; a pack name matches its rules."""
    return rule_id == prefix or rule_id.startswith(prefix) or rule_id.startswith(prefix + "/")


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
    """Glob match against the whole relative path or, for a pattern without '/', any part."""
    relative_path = relative_path.replace("\\", "/")
    if fnmatch.fnmatch(relative_path, pattern) or fnmatch.fnmatch(relative_path, pattern.rstrip("/") + "/*"):
        return True
    if "/" not in pattern.rstrip("/"):
        return any(fnmatch.fnmatch(part, pattern.rstrip("/")) for part in relative_path.split("/"))
    return False
