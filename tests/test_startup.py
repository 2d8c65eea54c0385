"""A one-article run starts light: data derived from gazetteers and rule files is built
once and read back from the cache, and a warm run imports no YAML parser and no pattern
library it does not need. (Start-up time itself is measured by benchmarks/, not here.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newslint.cache import store
from newslint.check import Resources


def test_derived_data_is_built_once_per_run_and_then_read_from_the_cache(
        tmp_path: Path, cache: Path) -> None:
    source = tmp_path / "places.txt"
    source.write_text("Ruritania\n", encoding="utf-8")
    built: list[str] = []

    def build() -> list[str]:
        built.append("built")
        return source.read_text(encoding="utf-8").split()

    first_run = Resources()
    assert first_run.derived("places", [source], build) == ["Ruritania"]
    assert first_run.derived("places", [source], build) == ["Ruritania"]
    assert Resources().derived("places", [source], build) == ["Ruritania"]
    assert built == ["built"]  # once in the first run, from the cache in the second

    source.write_text("Ruritania\nGrand Fenwick\n", encoding="utf-8")
    assert Resources().derived("places", [source], build) == ["Ruritania", "Grand", "Fenwick"]
    assert built == ["built", "built"]  # the file changed: built again


def test_an_edit_to_any_newslint_module_invalidates_derived_data(tmp_path: Path) -> None:
    """A builder calls helpers in other modules: editing one of them must not leave an
    index built by the old code in the cache."""
    digest = store._code_digest(store.__file__)
    assert store._code_digest(str(Path(store.__file__).with_name("results.py"))) == digest
    plugin = tmp_path / "plugin_builder.py"
    plugin.write_text("def build(): return 1\n", encoding="utf-8")
    assert store._code_digest(str(plugin)) != digest  # a plugin's module: by its own content


def test_a_run_that_stores_many_entries_measures_the_cache_once(
        tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Measuring the cache reads every entry (tens of thousands of results): after an
    upgrade a run rebuilds a dozen entries and must not measure it a dozen times."""
    measured: list[Path] = []
    monkeypatch.setattr(store, "enforce_limits", lambda directory: measured.append(directory))
    monkeypatch.setattr(store, "_checked_limits", set())
    sources = []
    for name in ("a", "b", "c"):
        sources.append(tmp_path / f"{name}.txt")
        sources[-1].write_text(name, encoding="utf-8")
    for source in sources:
        store.cached_build("letters", [source], source.read_text)
    assert len(measured) == 1


def _modules_after_a_run(article: Path, cwd: Path) -> set[str]:
    probe = (
        "import sys\n"
        "from newslint.cli import main\n"
        "try:\n"
        f"    main(['check', '--no-cache', {str(article)!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=cwd, capture_output=True,
                            text=True, timeout=300)
    return set(result.stderr.split())


def test_a_warm_one_article_run_imports_no_yaml_parser_and_no_pattern_library(
        tmp_path: Path, cache: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("The minister spoke in Lisbon on Tuesday about the budget.\n",
                       encoding="utf-8")
    _modules_after_a_run(article, tmp_path)  # the first run fills the cache
    modules = _modules_after_a_run(article, tmp_path)
    assert "newslint.rules.loader" in modules  # it did check the article
    assert "yaml" not in modules
    assert "pathspec" not in modules
    assert "multiprocessing" not in modules
