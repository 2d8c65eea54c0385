"""``newslint config``: the effective configuration, each value with where it came from,
and a warning when one configuration file hides another."""

from __future__ import annotations

from pathlib import Path

import yaml

from .conftest import run_cli


def config_output(cwd: Path, *args: str) -> tuple[dict, dict[str, str], str]:
    """(settings as YAML, key → source comment, stderr) of ``newslint config``."""
    result = run_cli("config", *args, cwd=cwd)
    assert result.returncode == 0, result.stderr.decode()
    stdout = result.stdout.decode()
    settings = yaml.safe_load(stdout)
    sources = {line.split(":", 1)[0]: line.rsplit("  # ", 1)[1]
               for line in stdout.splitlines() if not line.startswith("#")}
    return settings, sources, result.stderr.decode()


def test_defaults_without_a_file(workdir: Path) -> None:
    settings, sources, stderr = config_output(workdir)
    assert settings["fail-on"] == "error" and settings["packs"] == ["newslint"]
    assert settings["select"] is None and settings["exclude"] == []
    assert set(sources.values()) >= {"default"}
    assert stderr == ""


def test_each_value_names_the_line_that_set_it(workdir: Path) -> None:
    (workdir / ".newslint.yaml").write_text(
        "fail-on: warning\nignore: [newslint/stem-repetition]\nvocabulary: [Xinhua]\n")
    settings, sources, _ = config_output(workdir, "--ignore", "newslint/doubled-word")
    assert settings["fail-on"] == "warning"
    assert sources["fail-on"].endswith(".newslint.yaml:1:10")
    assert settings["ignore"] == ["newslint/stem-repetition", "newslint/doubled-word"]
    assert sources["ignore"].endswith(".newslint.yaml:2:9 + --ignore")
    assert sources["min-severity"] == "default"


def test_select_on_the_command_line_replaces_the_files(workdir: Path) -> None:
    (workdir / ".newslint.yaml").write_text("select: [newslint/]\n")
    settings, sources, _ = config_output(workdir, "--select", "newslint/name-")
    assert settings["select"] == ["newslint/name-"]
    assert sources["select"].startswith("--select")


def test_pyproject_values_name_the_table(workdir: Path) -> None:
    (workdir / "pyproject.toml").write_text('[tool.newslint]\nmin-severity = "warning"\n')
    settings, sources, stderr = config_output(workdir)
    assert settings["min-severity"] == "warning"
    assert sources["min-severity"].endswith("pyproject.toml: [tool.newslint] min-severity")
    assert stderr == ""


def test_when_both_files_exist_the_yaml_wins_and_newslint_says_so(workdir: Path) -> None:
    (workdir / ".newslint.yaml").write_text("fail-on: info\n")
    (workdir / "pyproject.toml").write_text('[tool.newslint]\nfail-on = "warning"\n')
    settings, _, stderr = config_output(workdir)
    assert settings["fail-on"] == "info"
    assert "warning:" in stderr and ".newslint.yaml wins" in stderr
    assert "pyproject.toml [tool.newslint] is ignored" in stderr
    # every command says it, not only `config`
    (workdir / "a.txt").write_text("It rained.\n")
    check = run_cli("check", "a.txt", cwd=workdir)
    assert ".newslint.yaml wins" in check.stderr.decode()


def test_a_pyproject_without_the_table_is_no_rival(workdir: Path) -> None:
    (workdir / ".newslint.yaml").write_text("fail-on: info\n")
    (workdir / "pyproject.toml").write_text('[project]\nname = "desk"\n')
    _, _, stderr = config_output(workdir)
    assert stderr == ""


def test_config_reports_unknown_rules_like_check(workdir: Path) -> None:
    (workdir / ".newslint.yaml").write_text("ignore: [newslint/dubled-word]\n")
    result = run_cli("config", cwd=workdir)
    assert result.returncode == 2
    assert "did you mean 'newslint/doubled-word'" in result.stderr.decode()
