"""``NamedTuple`` for newslint's own record types, made without compiling anything.

newslint defines some fifty ``NamedTuple`` classes (spans, tokens, findings, mentions).
``typing.NamedTuple`` builds each by turning every field's annotation into a
``ForwardRef`` (which compiles the annotation's text) and then calling
``collections.namedtuple`` (which compiles the source of the class's ``__new__``): about
15 ms of every run's start went there, a tenth of checking one article.

This module makes the same classes without compiling: ``__new__`` is a template compiled
once per number of fields, given the fields' names as its parameters' names; annotations
are kept as written (``from __future__ import annotations`` makes them strings, which
``typing.get_type_hints`` still resolves). The classes behave as ``typing.NamedTuple``'s
do: fields by name and position, defaults, keywords, ``_make``, ``_replace``,
``_asdict``, ``_fields``, ``_field_defaults``, ``__match_args__``, their ``repr``, equality,
hashing, pickling and ``copy``. Generic named tuples are not supported (newslint has
none). Type checkers see ``typing.NamedTuple`` itself.

Write ``from newslint.records import NamedTuple`` where ``from typing import NamedTuple``
would be written.
"""

from __future__ import annotations

import sys
from collections import _tuplegetter  # type: ignore[attr-defined]
from keyword import iskeyword
from types import CodeType, FunctionType
from typing import TYPE_CHECKING, Any

__all__ = ["NamedTuple"]

# What a class body may not define: namedtuple's own machinery (as typing.NamedTuple).
_PROHIBITED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                         "_field_defaults", "_make", "_replace", "_asdict", "_source"})
_SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})
_TEMPLATES: dict[int, CodeType] = {}
_GLOBALS: dict[str, Any] = {"_tuple_new": tuple.__new__, "__builtins__": {}}


def _new_function(typename: str, fields: tuple[str, ...]) -> FunctionType:
    """``__new__(_cls, <fields>)``: the template for this many fields, renamed."""
    template = _TEMPLATES.get(len(fields))
    if template is None:
        params = ", ".join(f"_{number}" for number in range(len(fields)))
        items = params + ("," if len(fields) == 1 else "")
        source = f"lambda _cls{', ' if params else ''}{params}: _tuple_new(_cls, ({items}))"
        template = _TEMPLATES[len(fields)] = eval(source, _GLOBALS).__code__  # noqa: S307
    names: dict[str, Any] = {"co_varnames": ("_cls", *fields), "co_name": "__new__"}
    if sys.version_info >= (3, 11):
        names["co_qualname"] = f"{typename}.__new__"
    try:
        code = template.replace(**names)
    except (TypeError, ValueError):  # an interpreter whose code objects differ: compile
        listed = ", ".join(fields) + ("," if len(fields) == 1 else "")
        source = f"lambda _cls{', ' if fields else ''}{', '.join(fields)}: " \
                 f"_tuple_new(_cls, ({listed}))"
        code = eval(source, _GLOBALS).__code__  # noqa: S307
    return FunctionType(code, _GLOBALS, "__new__")


def _check_names(typename: str, fields: tuple[str, ...]) -> None:
    for name in (typename, *fields):
        if not name.isidentifier() or iskeyword(name):
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
    seen: set[str] = set()
    for name in fields:
        if name.startswith("_"):
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)


def make_class(typename: str, fields: tuple[str, ...], defaults: tuple[Any, ...],
               module: str) -> type:
    """What ``collections.namedtuple(typename, fields, defaults=defaults, module=module)``
    returns, made without compiling."""
    _check_names(typename, fields)
    count = len(fields)
    tuple_new = tuple.__new__
    arguments = ", ".join(fields) + ("," if count == 1 else "")
    repr_format = "(" + ", ".join(f"{name}=%r" for name in fields) + ")"
    __new__ = _new_function(typename, fields)
    __new__.__doc__ = f"Create new instance of {typename}({arguments})"
    if defaults:
        __new__.__defaults__ = defaults

    def _make(cls: type, iterable: Any) -> Any:
        result: tuple[Any, ...] = tuple_new(cls, iterable)
        if len(result) != count:
            raise TypeError(f"Expected {count} arguments, got {len(result)}")
        return result

    def _replace(self: Any, /, **changes: Any) -> Any:
        result = self._make(map(changes.pop, fields, self))
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return result

    def __repr__(self: Any) -> str:
        return self.__class__.__name__ + repr_format % self

    def _asdict(self: Any) -> dict[str, Any]:
        return dict(zip(self._fields, self, strict=True))

    def __getnewargs__(self: Any) -> tuple[Any, ...]:
        return tuple(self)

    for method in (_make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f"{typename}.{method.__name__}"
    namespace: dict[str, Any] = {
        "__doc__": f"{typename}({arguments})", "__slots__": (), "_fields": fields,
        "_field_defaults": dict(zip(fields[count - len(defaults):], defaults, strict=True))
        if defaults else {},
        "__new__": __new__, "_make": classmethod(_make), "_replace": _replace,
        "__repr__": __repr__, "_asdict": _asdict, "__getnewargs__": __getnewargs__,
        "__match_args__": fields, "__module__": module,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, sys.intern(f"Alias for field number {index}"))
    return type(typename, (tuple,), namespace)


class _RecordMeta(type):
    """Makes the class a ``class X(NamedTuple):`` statement defines."""

    def __new__(cls, typename: str, bases: tuple[type, ...], body: dict[str, Any]) -> Any:
        if bases != (_Record,):
            raise TypeError("a newslint record can only inherit from NamedTuple")
        annotations: dict[str, Any] = body.get("__annotations__", {})
        defaults: list[Any] = []
        for name in annotations:
            if name in body:
                defaults.append(body[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow "
                                "default field(s)")
        record = make_class(typename, tuple(annotations), tuple(defaults), body["__module__"])
        record.__annotations__ = record.__new__.__annotations__ = dict(annotations)
        for key, value in body.items():
            if key in _PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _SPECIAL and key not in annotations:
                setattr(record, key, value)
        return record


_Record = type.__new__(_RecordMeta, "_Record", (), {})


if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    def NamedTuple(typename, fields=None, /, **kwargs):  # noqa: N802 - typing's own name
        """The functional form: ``NamedTuple("Span", [("start", int), ("end", int)])``."""
        pairs = list(fields) if fields is not None else list(kwargs.items())
        module = sys._getframe(1).f_globals.get("__name__", "__main__")
        record = make_class(typename, tuple(name for name, _ in pairs), (), module)
        record.__annotations__ = dict(pairs)
        return record

    NamedTuple.__mro_entries__ = lambda bases: (_Record,)
