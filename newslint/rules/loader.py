"""Loading and validating YAML rule packs (README, Rules).

A pack is a directory of ``.yaml``/``.yml`` files; each file holds one rule or a list under
``rules:``. Every key is checked: common keys here, check-specific keys against the
parameters the check plugin declares. Each mistake is one located line,
``path:line:column: message``, raised as ``YamlError``.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newslint.cache.store import cached_build, cached_parse
from newslint.check import Check, CheckContext, Match, Param, ParameterError, Resources
from newslint.io.yamlsource import LocatedDict, LocatedList, Mark, YamlError, load_yaml
from newslint.plugins import PluginError, load_check
from newslint.records import NamedTuple
from newslint.rules.description import DescriptionParts, parse_description
from newslint.text.regex import PatternError, compile_pattern

if TYPE_CHECKING:
    from newslint.document import Document

SEVERITIES = ("error", "warning", "info")
DIMENSIONS = ("accuracy", "fluency", "terminology", "style", "locale")
BUILTIN_PACK = "newslint"
RULE_IDS = "rule-ids"  # Resources.shared key: the ids of every rule loaded in this run
_RULE_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_CATEGORY = re.compile(r"[a-z]+(?:/[a-z0-9-]+)*\Z")

# key → (expected Python type(s), required)
COMMON_KEYS: Mapping[str, tuple[tuple[type, ...], bool]] = {
    "id": ((str,), False),
    "check": ((str,), True),
    "severity": ((str,), False),
    "category": ((str,), True),
    "message": ((str,), False),
    "description": ((str, dict), True),  # a string, or what/why/instead: rules/description.py
    "in_quotes": ((bool,), False),
    "enabled": ((bool,), False),
    "examples": ((list,), True),
}


class Example(NamedTuple):
    """An example sentence and the exact spans the rule must report in it."""

    text: str
    flags: tuple[str, ...]
    mark: Mark


class Rule(NamedTuple):
    id: str
    pack: str
    name: str
    check_name: str
    severity: str
    category: str
    message: str
    description: str
    in_quotes: bool
    enabled: bool
    examples: tuple[Example, ...]
    params: Mapping[str, Any]
    check: Check
    path: str
    mark: Mark
    # The description's what/why/instead/details when the rule gives them (None for a string).
    parts: DescriptionParts | None = None

    @property
    def summary(self) -> str:
        """The description's first sentence, whole, for ``newslint rules`` (as SARIF and
        docs/rules.md show it: a line cut mid-sentence told nothing)."""
        from newslint.rules.docs import first_sentence

        return first_sentence(self.description)


def builtin_pack_dir() -> Path:
    """The built-in pack: installed inside the package, or ``rules/`` in a source checkout."""
    here = Path(__file__).resolve().parent.parent
    installed = here / "_rules"
    return installed if installed.is_dir() else here.parent / "rules"


def pack_files(directory: Path) -> list[Path]:
    return sorted(
        p for p in directory.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()
    )


# Whether this run checks with a rule: (rule id, enabled by default) -> bool.
Wanted = Callable[[str, bool], bool]


class NotBuilt(Check):
    """The check of a rule this run does not select: its module is not imported, its data
    not loaded. The rule is still listed and its id known (a reference to it is no typo)."""

    default_message = ""

    def run(self, document: Document) -> Iterator[Match]:
        raise RuntimeError("a rule that was not selected was run")


def load_pack(directory: Path, pack: str, resources: Resources,
              wanted: Wanted | None = None) -> list[Rule]:
    """Every rule in ``directory`` (not its subdirectories, which hold data). With
    ``wanted``, only the rules it accepts get their check built (the others hold a
    ``NotBuilt``); their common keys are validated all the same."""
    if not directory.is_dir():
        raise YamlError(None, "rule pack directory not found", str(directory))
    rules: list[Rule] = []
    seen: dict[str, Mark] = {}
    files = pack_files(directory)
    parsed = _parse_pack(files)
    for path in files:
        for rule in load_rule_file(path, pack, resources, wanted, parsed.get(path)):
            if rule.id in seen:
                raise YamlError(rule.mark, f"rule id '{rule.id}' already defined at {seen[rule.id]}")
            seen[rule.id] = rule.mark
            rules.append(rule)
    # Every loaded id, for checks that judge references to rules (unknown-suppression).
    ids: set[str] = resources.shared(RULE_IDS, set)
    ids.update(seen)
    return rules


def _parse_pack(files: list[Path]) -> dict[Path, Any]:
    """Every file of a pack parsed, kept in the cache as one entry while their bytes are
    unchanged (one entry read instead of one per file: most runs import no YAML parser).
    Empty when a file does not parse: then each file is parsed in turn, and the first
    broken one is reported as it always was."""
    try:
        parsed = cached_build("rule-pack", files, lambda: [load_yaml(path) for path in files],
                              code=load_yaml)
    except Exception:
        return {}
    return dict(zip(files, parsed, strict=True))


def load_rule_file(path: Path, pack: str, resources: Resources,
                   wanted: Wanted | None = None, data: Any = None) -> list[Rule]:
    """The rules of one file; ``data``, when given, is the file already parsed."""
    if data is None:  # parsed once while the file's bytes are unchanged
        data = cached_parse("rule-file", path, load_yaml)
    if isinstance(data, LocatedDict) and "rules" in data and "check" not in data:
        extra = [key for key in data if key != "rules"]
        if extra:
            raise YamlError(data.key_mark(extra[0]), f"unknown key '{extra[0]}' beside 'rules'")
        items = data["rules"]
        if not isinstance(items, LocatedList):
            raise YamlError(data.value_mark("rules"), "'rules' must be a list of rules")
        return [_build_rule(item, items.item_mark(i), path, pack, resources, None, wanted)
                for i, item in enumerate(items)]
    return [_build_rule(data, getattr(data, "mark", None), path, pack, resources, path.stem,
                        wanted)]


def _build_rule(
    data: Any, mark: Mark | None, path: Path, pack: str, resources: Resources,
    default_name: str | None, wanted: Wanted | None = None,
) -> Rule:
    if not isinstance(data, LocatedDict):
        raise YamlError(mark, "a rule must be a mapping", str(path))
    _validate_common(data)
    name = data.get("id", default_name)
    if name is None:
        raise YamlError(data.mark, "rule without 'id'")
    if not _RULE_NAME.match(name):
        raise YamlError(data.value_mark("id") if "id" in data else data.mark,
                        f"rule id '{name}' must be lower-case kebab-case")
    rule_id = f"{pack}/{name}"
    context = CheckContext(rule_id, path.parent, resources)
    if wanted is not None and not wanted(rule_id, data.get("enabled", True)):
        return _rule(data, rule_id, pack, name, path, {}, NotBuilt({}, context))
    check_class = _check_class(data)
    params = _validate_params(check_class, data, context)
    try:
        check = check_class(params, context)
    except ParameterError as error:
        where = data.key_mark(error.key) if error.key in data else data.mark
        raise YamlError(where, str(error)) from None
    except YamlError:
        raise
    except Exception as error:  # a plugin that cannot start must not end in a traceback
        reason = f"{type(error).__name__}: {error}"
        raise YamlError(data.mark, f"check '{data['check']}' cannot be built: {reason}") from None
    _validate_template(data.get("message", check_class.default_message), data)
    return _rule(data, rule_id, pack, name, path, params, check)


def _rule(data: LocatedDict, rule_id: str, pack: str, name: str, path: Path,
          params: Mapping[str, Any], check: Check) -> Rule:
    description, parts = parse_description(data)
    return Rule(
        id=rule_id,
        pack=pack,
        name=name,
        check_name=data["check"],
        severity=data.get("severity", "warning"),
        category=data["category"],
        message=data.get("message", type(check).default_message),
        description=description,
        in_quotes=data.get("in_quotes", True),
        enabled=data.get("enabled", True),
        examples=_examples(data),
        params=params,
        check=check,
        path=str(path),
        mark=data.mark,
        parts=parts,
    )


def _validate_common(data: LocatedDict) -> None:
    for key, (types, required) in COMMON_KEYS.items():
        if key not in data:
            if required:
                raise YamlError(data.mark, f"rule without '{key}'")
            continue
        if not isinstance(data[key], types) or (bool not in types and isinstance(data[key], bool)):
            expected = " or ".join(t.__name__ for t in types).replace("str", "a string").replace(
                "dict", "a mapping")
            raise YamlError(data.value_mark(key), f"'{key}' must be {expected}")
    if data.get("severity", "warning") not in SEVERITIES:
        raise YamlError(data.value_mark("severity"),
                        f"severity must be one of {', '.join(SEVERITIES)}")
    category = data["category"]
    if not _CATEGORY.match(category) or category.split("/")[0] not in DIMENSIONS:
        raise YamlError(data.value_mark("category"),
                        f"category must be an MQM dimension ({', '.join(DIMENSIONS)}) "
                        "optionally followed by /subtype")


def _check_class(data: LocatedDict) -> type[Check]:
    try:
        return load_check(data["check"])
    except PluginError as error:
        raise YamlError(data.value_mark("check"), str(error)) from None


def _validate_params(
    check_class: type[Check], data: LocatedDict, context: CheckContext
) -> dict[str, Any]:
    declared = check_class.parameters
    for key in data:
        if key not in COMMON_KEYS and key not in declared:
            known = ", ".join(sorted(declared)) or "none"
            raise YamlError(data.key_mark(key),
                            f"unknown key '{key}' for check '{data['check']}' "
                            f"(its parameters: {known})")
    params: dict[str, Any] = {}
    for key, param in declared.items():
        if key not in data:
            if param.required:
                raise YamlError(data.mark, f"check '{data['check']}' requires '{key}'")
            params[key] = param.default
            continue
        try:
            params[key] = _convert_param(param, data[key], context)
        except ParameterError as error:
            raise YamlError(data.value_mark(key), f"'{key}': {error}") from None
    return params


def _convert_param(param: Param, value: Any, context: CheckContext) -> Any:
    kind = param.kind
    if kind == "any":
        return value
    if kind in ("string", "path", "regex"):
        if not isinstance(value, str):
            raise ParameterError("must be a string")
        if param.choices and value not in param.choices:
            raise ParameterError(f"must be one of {', '.join(param.choices)}")
        if kind == "regex":
            _compile(value)
        return value
    if kind in ("strings", "paths", "regexes"):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ParameterError("must be a list of strings")
        if kind == "regexes":
            for item in value:
                _compile(item)
        return tuple(value)
    if kind == "bool":
        if not isinstance(value, bool):
            raise ParameterError("must be true or false")
        return value
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            raise ParameterError("must be an integer")
        return value
    if kind == "float":
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise ParameterError("must be a number")
        return float(value)
    if kind == "mapping":
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise ParameterError("must be a mapping of strings to strings")
        return dict(value)
    raise ParameterError(f"unsupported parameter kind '{kind}'")


def _compile(pattern: str) -> None:
    try:
        compile_pattern(pattern)
    except PatternError as error:
        raise ParameterError(str(error)) from None


def _validate_template(message: str, data: LocatedDict) -> None:
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(message) if f is not None]
    except ValueError as error:
        raise YamlError(data.value_mark("message"), f"bad message template: {error}") from None
    for field in fields:
        if not field.isidentifier():
            raise YamlError(data.value_mark("message"),
                            f"bad message template field '{{{field}}}'")


def _examples(data: LocatedDict) -> tuple[Example, ...]:
    examples = data["examples"]
    result = []
    for index, item in enumerate(examples):
        mark = examples.item_mark(index)
        if not isinstance(item, LocatedDict) or set(item) - {"text", "flags"} or "text" not in item:
            raise YamlError(mark, "an example is a mapping with 'text' and 'flags'")
        flags = item.get("flags", [])
        if not isinstance(item["text"], str) or not isinstance(flags, list) or not all(
            isinstance(f, str) for f in flags
        ):
            raise YamlError(mark, "example 'text' must be a string and 'flags' a list of strings")
        for flag in flags:
            if flag not in item["text"]:
                raise YamlError(item.value_mark("flags"), f"flag '{flag}' is not in the text")
        result.append(Example(item["text"], tuple(flags), mark))
    return tuple(result)
