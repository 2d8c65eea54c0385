"""The interface between the engine and check plugins (README, Writing a check plugin).

A check is a class registered under the entry point group ``newslint.checks``. It declares
its parameters (``parameters``), is built once per rule with the rule's validated
parameters, and is then run on whole documents, returning ``Match`` objects. The engine
turns matches into findings (positions, message template, severity, suppression); a check
never prints, never reads files other than data named by its rule, and never touches the
network.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from newslint.records import NamedTuple

if TYPE_CHECKING:
    from newslint.cache.bundle import Bundle
    from newslint.document import Document
    from newslint.evidence import Evidence
    from newslint.gazetteer import Gazetteer

T = TypeVar("T")
DerivedKey = tuple[str, str, tuple[Path, ...]]  # ("derived", kind, source files)


class Param(NamedTuple):
    """One declared parameter of a check: its kind, whether it is required, its default.

    Kinds: ``string``, ``strings`` (list of strings), ``int``, ``float``, ``bool``,
    ``regex`` / ``regexes`` (compiled at load time; errors point at the YAML), ``mapping``
    (string → string), ``path`` / ``paths`` (relative to the rule file), ``any``.
    """

    kind: str
    required: bool = False
    default: Any = None
    help: str = ""
    choices: tuple[str, ...] = ()


class Related(NamedTuple):
    """Another place in the document that explains a finding (an earlier mention)."""

    start: int
    end: int
    message: str


class Match(NamedTuple):
    """What a check reports: a span of ``Document.text`` and what to say about it.

    ``values`` fill the rule's ``message`` template (``{found}`` is always available);
    ``message`` replaces the template entirely when a check knows better; ``severity``
    overrides the rule's when one check reports two kinds of problem, or reports what it
    is unsure of as ``info`` (a user's ``severity`` override for the rule still wins).

    A check that fronts a family of external rules (LanguageTool) reports each match under
    its own id: ``rule_name`` replaces the rule's name within its pack (the finding's rule
    becomes ``<pack>/<rule_name>``, which selection, suppression and severity overrides
    then see), and ``category`` replaces the rule's MQM category.
    """

    start: int
    end: int
    values: Mapping[str, Any] = {}
    suggestions: tuple[str, ...] = ()
    related: tuple[Related, ...] = ()
    message: str | None = None
    severity: str | None = None
    rule_name: str | None = None
    category: str | None = None


class CheckUnavailable(Exception):
    """A check cannot run at all in this run: an external service it needs is missing,
    unreachable or broken.

    The message is one line that says what failed and how to fix it. The engine reports it
    once per run (exit 2), stops running that rule, and still reports every other rule's
    findings; unlike a plugin bug, it is not repeated for every file.
    """


class ParameterError(Exception):
    """A rule's parameter is invalid; ``key`` names it so the error can point into YAML."""

    def __init__(self, message: str, key: str | None = None) -> None:
        super().__init__(message)
        self.key = key


class CheckContext:
    """What a check may use besides its parameters: its rule's location and shared data."""

    def __init__(self, rule_id: str, rule_dir: Path, resources: Resources) -> None:
        self.rule_id = rule_id
        self.rule_dir = rule_dir
        self.resources = resources

    def data_path(self, relative: str) -> Path:
        return _resolved(self.rule_dir, relative)

    def gazetteer(self, relative_paths: Iterable[str] = ()) -> Gazetteer:
        """The rule's gazetteer files merged with the user's (config ``gazetteers``)."""
        paths = [self.data_path(p) for p in relative_paths]
        return self.resources.gazetteer(paths)

    def gazetteer_files(self, relative_paths: Iterable[str] = ()) -> tuple[Path, ...]:
        """The files ``gazetteer(relative_paths)`` is made of, for keying derived data."""
        return self.resources.gazetteer_files([self.data_path(p) for p in relative_paths])

    @property
    def vocabulary(self) -> frozenset[str]:
        return self.resources.vocabulary


@lru_cache(maxsize=1024)
def _resolved(directory: Path, relative: str) -> Path:
    """``directory / relative`` made absolute, symbolic links resolved: once per run for
    each file (a pack's rules name the same few data files fifty times; resolving walks
    the path's every directory)."""
    return (directory / relative).resolve()


class Resources:
    """Data shared by all rules of one run: loaded once, whatever number of rules use it.

    ``bundle``, when given, is where the data the rules derive from files is read from
    and, after loading (``save_derived``), stored to, as one entry.
    """

    def __init__(
        self,
        vocabulary: Iterable[str] = (),
        user_gazetteers: Iterable[Path] = (),
        settings: Mapping[str, Any] | None = None,
        bundle: Bundle | None = None,
    ) -> None:
        self.vocabulary = frozenset(vocabulary)
        self.user_gazetteers = tuple(user_gazetteers)
        self.settings: Mapping[str, Any] = settings or {}
        self._gazetteers: dict[tuple[Path, ...], Gazetteer] = {}
        self._shared: dict[Hashable, Any] = {}
        self._bundle = bundle
        self._bundled: dict[DerivedKey, Any] | None = None  # read on first use
        self._derived: set[DerivedKey] = set()
        self._built = False  # something derived was not in the bundle

    def shared(self, key: Hashable, factory: Callable[[], T]) -> T:
        """The object ``factory`` builds, built once per run whatever number of rules ask
        for ``key``: a connection to an external service is opened once, not per rule."""
        if key not in self._shared:
            self._shared[key] = factory()
        shared: T = self._shared[key]
        return shared

    def derived(self, kind: str, sources: Sequence[Path], build: Callable[[], T]) -> T:
        """Data ``build`` derives from the files ``sources`` (an index of a gazetteer):
        built once per run, and across runs read back from newslint's cache while those
        files and the code that builds it are unchanged. Building such an index takes
        longer than checking an article, so a one-article run must not pay for it."""
        key: DerivedKey = ("derived", kind, tuple(sources))
        self._derived.add(key)
        return self.shared(key, lambda: self._derive(key, build))

    def _derive(self, key: DerivedKey, build: Callable[[], T]) -> T:
        if self._bundled is None:
            self._bundled = self._bundle.load() if self._bundle is not None else {}
        if key in self._bundled:
            bundled: T = self._bundled[key]
            return bundled
        from newslint.cache.store import cached_build

        self._built = True
        return cached_build(key[1], key[2], build)

    def save_derived(self) -> None:
        """Store what the rules derived in the bundle, when some of it was not there."""
        if self._bundle is None or not self._built:
            return
        values = {**(self._bundled or {}), **{key: self._shared[key] for key in self._derived}}
        self._bundle.save(values, {path for key in values for path in key[2]})
        self._built = False

    def gazetteer_files(self, paths: Iterable[Path]) -> tuple[Path, ...]:
        return tuple(sorted(set(paths) | set(self.user_gazetteers)))

    def gazetteer(self, paths: Iterable[Path]) -> Gazetteer:
        from newslint.gazetteer import load_gazetteers

        key = self.gazetteer_files(paths)
        if key not in self._gazetteers:
            self._gazetteers[key] = self.derived("gazetteers", key, lambda: load_gazetteers(key))
        return self._gazetteers[key]


class Check:
    """Base class of check plugins.

    Subclasses set ``parameters`` and ``default_message`` and implement ``run``. Their
    ``__init__`` receives validated parameters and may raise ``ParameterError`` for
    constraints the declaration cannot express.
    """

    parameters: ClassVar[Mapping[str, Param]] = {}
    default_message: ClassVar[str] = "'{found}'"
    # Whether the engine should drop matches whose text is in the user's vocabulary.
    honours_vocabulary: ClassVar[bool] = True
    # Whether Match offsets index ``Document.source`` (markup such as a suppression
    # comment) instead of ``Document.text``, the prose.
    offsets_in_source: ClassVar[bool] = False
    # A necessary condition of every match ``run`` can return (newslint.evidence,
    # docs/writing-checks.md, Evidence): the engine tests it once per document for all
    # the rules that share it, and skips ``run`` where it fails. None: no such promise.
    # A mode check sets it per mode, in ``__init__``.
    evidence: Evidence | None = None

    def __init__(self, params: Mapping[str, Any], context: CheckContext) -> None:
        self.params = params
        self.context = context

    def run(self, document: Document) -> Iterable[Match]:
        raise NotImplementedError


class ModeCheck(Check):
    """A check kind whose every rule picks one ``mode``, one kind of problem (the number,
    date, punctuation, typography and encoding checks). The subclass declares the ``mode``
    parameter (its choices are the modes) and dispatches on ``self.mode``; findings say what
    was found and the problem, and the user's vocabulary has no bearing on them."""

    default_message: ClassVar[str] = "'{found}': {problem}"
    honours_vocabulary: ClassVar[bool] = False

    def __init__(self, params: Mapping[str, Any], context: CheckContext) -> None:
        super().__init__(params, context)
        self.mode: str = params["mode"]
