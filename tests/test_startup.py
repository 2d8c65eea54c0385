"""A one-article run starts light: data derived from gazetteers and rule files is built
once and read back from the cache, and a warm run imports no YAML parser and no pattern
library it does not need. (Start-up time itself is measured by benchmarks/, not here.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newslint.cache import store
from newslint.cache.bundle import Bundle
from newslint.check import Resources
from newslint.gazetteer import Entity

from .conftest import run_cli


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


def _modules_after_a_run(article: Path, cwd: Path, *options: str) -> set[str]:
    probe = (
        "import sys\n"
        "from newslint.cli import main\n"
        "try:\n"
        f"    main(['check', '--no-cache', *{list(options)!r}, {str(article)!r}])\n"
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


def test_only_the_checks_of_selected_rules_are_imported(tmp_path: Path, cache: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("The the minister spoke in Lisbon.\n", encoding="utf-8")
    every_rule = _modules_after_a_run(article, tmp_path)
    assert "newslint.checks.names.consistency" in every_rule
    one_rule = _modules_after_a_run(article, tmp_path, "--select", "newslint/doubled-word")
    assert "newslint.checks.phrases.repetition" in one_rule  # doubled-word's check
    assert "newslint.checks.names.consistency" not in one_rule
    assert "newslint.checks.acronyms.check" not in one_rule


def test_a_rule_that_is_not_selected_is_still_a_known_id(workdir: Path) -> None:
    """Building only the selected checks must not make the others unknown: ignoring or
    suppressing a rule that exists is no typo."""
    article = workdir / "article.txt"
    article.write_text("The the minister spoke.\n", encoding="utf-8")
    result = run_cli("check", "--select", "newslint/doubled-word",
                     "--ignore", "newslint/name-variant", str(article))
    assert result.returncode == 1, result.stderr
    assert b"doubled-word" in result.stdout


# -- the bundle: a run's derived data in one entry ----------------------------------------

def _entity(name: str) -> Entity:
    return Entity(name=name, kind="person")


def _resources(tmp_path: Path) -> Resources:
    return Resources(bundle=Bundle(str(tmp_path), shared_types=(Entity,)))


def _gazetteer_file(tmp_path: Path, text: str = "Ada Quill") -> Path:
    source = tmp_path / "people.txt"
    source.write_text(text, encoding="utf-8")
    return source


def test_a_run_reads_what_the_last_one_derived_from_one_bundle_without_building(
        tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _gazetteer_file(tmp_path)
    first = _resources(tmp_path)
    first.derived("by-name", [source], lambda: {"Ada Quill": _entity("Ada Quill")})
    first.derived("people", [source], lambda: [_entity("Ada Quill")])
    first.save_derived()
    assert len(list(cache.glob("bundle-*.pickle"))) == 1

    def no_build(*args: object) -> None:
        raise AssertionError("built again although the bundle holds it")

    monkeypatch.setattr(store, "cached_build", no_build)
    second = _resources(tmp_path)
    by_name = second.derived("by-name", [source], no_build)
    people = second.derived("people", [source], no_build)
    assert people == [_entity("Ada Quill")]
    assert by_name["Ada Quill"] is people[0]  # one entity, however many indexes hold it


def test_a_changed_source_file_makes_the_bundle_stale(tmp_path: Path, cache: Path) -> None:
    source = _gazetteer_file(tmp_path)
    first = _resources(tmp_path)
    first.derived("people", [source], lambda: source.read_text(encoding="utf-8"))
    first.save_derived()
    source.write_text("Ada Quill\nBo Lindqvist", encoding="utf-8")
    again = _resources(tmp_path)
    assert again.derived("people", [source], lambda: source.read_text(encoding="utf-8")) \
        == "Ada Quill\nBo Lindqvist"


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05garbage"])
def test_a_damaged_bundle_is_ignored(tmp_path: Path, cache: Path, damage: bytes) -> None:
    source = _gazetteer_file(tmp_path)
    first = _resources(tmp_path)
    first.derived("people", [source], lambda: ["Ada Quill"])
    first.save_derived()
    for entry in cache.glob("bundle-*.pickle"):
        entry.write_bytes(damage)
    # no error: the value comes from its own entry, as without a bundle
    assert _resources(tmp_path).derived("people", [source], lambda: ["rebuilt"]) == ["Ada Quill"]


def test_a_bundle_others_could_write_is_never_read(tmp_path: Path, cache: Path) -> None:
    source = _gazetteer_file(tmp_path)
    first = _resources(tmp_path)
    first.derived("people", [source], lambda: ["Ada Quill"])
    first.save_derived()
    (entry,) = cache.glob("bundle-*.pickle")
    entry.chmod(0o666)
    assert Bundle(str(tmp_path), shared_types=(Entity,)).load() == {}


_PACK_RULE = """\
id: {name}
check: existence
severity: warning
category: accuracy/omission
description: A placeholder left in copy.
tokens: [{token}]
examples:
  - text: "{token} people died."
    flags: ["{token}"]
"""


def _pack(tmp_path: Path, *tokens: str) -> Path:
    pack = tmp_path / "house"
    pack.mkdir(exist_ok=True)
    for number, token in enumerate(tokens):
        (pack / f"rule{number}.yaml").write_text(
            _PACK_RULE.format(name=f"placeholder-{number}", token=token), encoding="utf-8")
    return pack


def test_a_packs_rule_files_are_read_back_as_one_entry_until_one_changes(
        tmp_path: Path, cache: Path) -> None:
    from newslint.rules.loader import load_pack

    pack = _pack(tmp_path, "TK", "XXX")
    first = load_pack(pack, "house", Resources())
    assert [r.params["tokens"] for r in first] == [("TK",), ("XXX",)]
    assert len(list(cache.glob("rule-pack-*.pickle"))) == 1

    (pack / "rule1.yaml").write_text(_PACK_RULE.format(name="placeholder-1", token="FIXME"),
                                     encoding="utf-8")
    again = load_pack(pack, "house", Resources())
    assert [r.params["tokens"] for r in again] == [("TK",), ("FIXME",)]  # never the old entry


def test_a_broken_file_in_a_pack_is_reported_as_itself(tmp_path: Path, cache: Path) -> None:
    from newslint.io.yamlsource import YamlError
    from newslint.rules.loader import load_pack

    pack = _pack(tmp_path, "TK", "XXX", "TBC")
    (pack / "rule1.yaml").write_text("id: broken\ncheck: [unclosed\n", encoding="utf-8")
    with pytest.raises(YamlError) as caught:
        load_pack(pack, "house", Resources())
    assert "rule1.yaml:3:1: invalid YAML" in str(caught.value)


def test_cache_keys_hash_as_hashlib_does_without_loading_openssl() -> None:
    import hashlib

    from newslint.cache.digest import key_hash

    for data in (b"", b"Ruritania\n", "Łódź – Kyiv".encode()):
        assert key_hash(data).hexdigest() == hashlib.blake2b(data).hexdigest()
    growing = key_hash()
    growing.update(b"Grand ")
    growing.update(b"Fenwick")
    assert growing.hexdigest() == hashlib.blake2b(b"Grand Fenwick").hexdigest()


def test_a_one_article_run_does_not_load_openssl(tmp_path: Path, cache: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("The minister spoke in Lisbon on Tuesday.\n", encoding="utf-8")
    _modules_after_a_run(article, tmp_path)
    assert "_hashlib" not in _modules_after_a_run(article, tmp_path)


def test_two_installed_versions_keep_their_own_word_tables(tmp_path: Path) -> None:
    """A pre-commit environment and a project's venv name their tables differently: each
    building its own must not remove the other's (a rebuild takes seconds)."""
    import os
    import time

    for number, name in enumerate(("wordtable-old.sqlite", "wordtable-other.sqlite",
                                   "wordtable-oldest.sqlite", "wordtable-new.sqlite")):
        (tmp_path / name).write_bytes(b"table")
        stamp = time.time() - 100 + number
        os.utime(tmp_path / name, (stamp, stamp))
    os.utime(tmp_path / "wordtable-oldest.sqlite", (1, 1))
    store.prune(tmp_path, "wordtable-", keep="wordtable-new.sqlite", spare=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "wordtable-new.sqlite", "wordtable-old.sqlite", "wordtable-other.sqlite"]
    store.prune(tmp_path, "wordtable-", keep="wordtable-new.sqlite")
    assert [p.name for p in tmp_path.iterdir()] == ["wordtable-new.sqlite"]


def test_the_word_table_is_named_after_lemminflects_files_as_installed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from newslint.text import wordtable

    resources = tmp_path / "resources"
    resources.mkdir()
    for name in wordtable._RESOURCES:
        (resources / name).write_bytes(b"data of " + name.encode())
    monkeypatch.setattr(wordtable, "_resource_dir", lambda: resources)

    def digest() -> str:
        wordtable.data_digest.cache_clear()
        return wordtable.data_digest()

    first = digest()
    assert first and digest() == first
    installed_again = resources / wordtable._RESOURCES[0]
    installed_again.write_bytes(b"other data")
    assert digest() != first
    (resources / wordtable._RESOURCES[1]).unlink()
    assert digest() == ""  # a file missing: no table
    os.utime(installed_again)  # (and the next test sees the real data again)
    wordtable.data_digest.cache_clear()


def test_a_one_article_run_does_not_import_dataclasses(tmp_path: Path, cache: Path) -> None:
    """``dataclasses`` imports ``inspect``, ``ast`` and ``tokenize``: several milliseconds
    of every start for a convenience."""
    article = tmp_path / "article.txt"
    article.write_text("The minister spoke in Lisbon on Tuesday.\n", encoding="utf-8")
    _modules_after_a_run(article, tmp_path)
    modules = _modules_after_a_run(article, tmp_path)
    assert "dataclasses" not in modules
    assert "inspect" not in modules
