"""newslint's ``NamedTuple`` makes classes that behave as ``typing.NamedTuple``'s do."""

from __future__ import annotations

import copy
import pickle
import typing

import pytest

from newslint import records
from newslint.records import NamedTuple


class Mention(NamedTuple):
    """A name as written."""

    start: int
    end: int
    words: tuple[str, ...]
    title: str = ""
    initial: bool = False

    @property
    def is_single(self) -> bool:
        return len(self.words) == 1

    def shifted(self, by: int) -> Mention:
        return self._replace(start=self.start + by, end=self.end + by)


class TypingMention(typing.NamedTuple):
    """A name as written."""

    start: int
    end: int
    words: tuple[str, ...]
    title: str = ""
    initial: bool = False


class Single(NamedTuple):
    only: str


class Empty(NamedTuple):
    pass


def test_fields_defaults_and_construction_match_typing() -> None:
    ours = Mention(3, 9, ("Abe",), initial=True)
    theirs = TypingMention(3, 9, ("Abe",), initial=True)
    assert tuple(ours) == tuple(theirs) == (3, 9, ("Abe",), "", True)
    assert Mention._fields == TypingMention._fields
    assert Mention._field_defaults == TypingMention._field_defaults == {"title": "",
                                                                         "initial": False}
    assert Mention.__match_args__ == TypingMention.__match_args__
    assert repr(ours) == repr(theirs).replace("TypingMention", "Mention")
    assert ours._asdict() == theirs._asdict()
    assert Mention(start=1, end=2, words=()) == (1, 2, (), "", False)
    assert ours.start == 3 and ours.words == ("Abe",) and ours[1] == 9


def test_methods_properties_and_docstring_of_the_class_body_are_kept() -> None:
    mention = Mention(3, 9, ("Abe",))
    assert mention.is_single
    assert mention.shifted(10) == Mention(13, 19, ("Abe",))
    assert Mention.__doc__ == "A name as written."
    assert Mention.__module__ == __name__
    assert Mention.__qualname__ == "Mention"
    assert Mention.__annotations__["words"] == "tuple[str, ...]"
    assert typing.get_type_hints(Mention)["start"] is int


def test_make_and_replace_check_their_arguments_as_namedtuple_does() -> None:
    assert Mention._make([1, 2, (), "Mr", False]) == Mention(1, 2, (), "Mr")
    with pytest.raises(TypeError, match="Expected 5 arguments, got 2"):
        Mention._make([1, 2])
    with pytest.raises(ValueError, match="unexpected field names"):
        Mention(1, 2, ())._replace(middle=3)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Mention(1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Mention(1, 2, (), nickname="x")  # type: ignore[call-arg]


def test_equality_hashing_pickling_and_copying_are_a_tuple_s() -> None:
    mention = Mention(3, 9, ("Abe", "Shinzo"))
    assert hash(mention) == hash((3, 9, ("Abe", "Shinzo"), "", False))
    assert pickle.loads(pickle.dumps(mention)) == mention
    assert type(pickle.loads(pickle.dumps(mention))) is Mention
    assert copy.copy(mention) == mention and copy.deepcopy(mention) == mention
    assert isinstance(mention, tuple)
    assert tuple.__new__(Mention, (1, 2, (), "", False)).end == 2  # the engine's fast path


def test_one_field_and_no_field() -> None:
    assert Single("x") == ("x",) and Single(only="y").only == "y"
    assert repr(Single("x")) == "Single(only='x')"
    assert Empty() == () and repr(Empty()) == "Empty()"


def test_the_functional_form() -> None:
    Span = NamedTuple("Span", [("start", int), ("end", int)])
    assert Span(1, end=4) == (1, 4) and Span._fields == ("start", "end")
    assert Span.__module__ == __name__


def test_a_field_without_default_after_one_with_is_an_error() -> None:
    with pytest.raises(TypeError, match="cannot follow default"):
        class Broken(NamedTuple):
            first: int = 0
            second: int  # type: ignore[misc]


def test_namedtuple_machinery_cannot_be_overwritten() -> None:
    with pytest.raises(AttributeError, match="_replace"):
        class Broken(NamedTuple):
            first: int

            def _replace(self) -> None:  # type: ignore[misc]
                pass


def test_bad_field_names_are_refused() -> None:
    with pytest.raises(ValueError, match="underscore"):
        records.make_class("Point", ("_x",), (), __name__)
    with pytest.raises(ValueError, match="duplicate"):
        records.make_class("Point", ("x", "x"), (), __name__)
    with pytest.raises(ValueError, match="identifiers"):
        records.make_class("Point", ("class",), (), __name__)


def test_new_has_the_fields_as_parameter_names() -> None:
    import inspect

    parameters = list(inspect.signature(Mention.__new__).parameters)
    assert parameters == ["_cls", "start", "end", "words", "title", "initial"]


def test_newslint_makes_its_records_with_its_own_named_tuple() -> None:
    """``typing.NamedTuple`` compiles every class it makes: newslint's modules import
    ``newslint.records.NamedTuple`` instead (a run's start depends on it)."""
    from pathlib import Path

    import newslint

    root = Path(newslint.__file__).parent
    offenders = [str(path.relative_to(root)) for path in root.rglob("*.py")
                 if path.name != "records.py" and "typing import" in path.read_text("utf-8")
                 and any("NamedTuple" in line for line in path.read_text("utf-8").splitlines()
                         if line.startswith("from typing import"))]
    assert offenders == []
