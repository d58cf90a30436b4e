"""Every command has help and a README section; README's two set-up commands come first."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from conftest import ROOT
from pharmagraph.cli import main

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_command_has_help_and_readme_section(name):
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0 and len(result.output) > 80
    assert re.search(rf"^## {name}$", README, re.M), f"README has no '## {name}' section"


def test_readme_starts_with_the_two_commands():
    block = re.search(r"```bash\n(.*?)```", README, re.S).group(1)
    commands = [line for line in block.splitlines() if line and not line.startswith("#")]
    assert len(commands) == 2
    assert "pharmagraph build data/press-releases --export export/" in commands[0]
    assert "pytest" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text()
    assert commands[1] in ci, ".ci/run must run README's test command"


def test_package_doctests():
    import doctest
    import importlib
    import pkgutil

    import pharmagraph

    failures = 0
    for info in pkgutil.walk_packages(pharmagraph.__path__, "pharmagraph."):
        if info.name.endswith(("cli", "serve")):
            continue
        module = importlib.import_module(info.name)
        failures += doctest.testmod(module).failed
    assert failures == 0
