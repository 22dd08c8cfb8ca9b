"""Reproducible installs: every dependency is pinned in constraints.txt and every install uses it.

A new release upstream must not silently change what `make run`, `make test` or the Docker
image install; `make constraints` is the one way to move the pins.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
INSTALL = re.compile(r"\bpip3?\s+install\b|\buv\s+pip\s+install\b|\buv\s+sync\b")


def pins() -> dict[str, Version]:
    found: dict[str, Version] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.fullmatch(r"([A-Za-z0-9_.\-\[\]]+)==([^\s;]+)(\s*;.*)?", line)
        assert m, f"constraints.txt line is not an exact pin: {line!r}"
        found[canonicalize_name(m.group(1).split("[")[0])] = Version(m.group(2))
    return found


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        reqs += extra
    return [Requirement(r) for r in reqs]


@pytest.mark.parametrize("req", declared(), ids=str)
def test_every_declared_dependency_is_pinned_within_its_range(req):
    pinned = pins()
    name = canonicalize_name(req.name)
    assert name in pinned, f"{req.name} is not in constraints.txt: run `make constraints`"
    assert req.specifier.contains(pinned[name], prereleases=True), (
        f"constraints.txt pins {req.name}=={pinned[name]} outside pyproject's {req.specifier}"
    )


def install_lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    return [line.strip() for line in text.splitlines() if INSTALL.search(line)]


def test_makefile_installs_only_with_the_constraints():
    lines = [
        line
        for line in install_lines(ROOT / "Makefile")
        # bootstrapping the installer itself into a fresh venv is the one unpinned step
        if not re.search(r"install .*--upgrade pip uv$", line)
    ]
    assert lines, "no install command found in the Makefile"
    for line in lines:
        assert re.search(r"(-c|--constraint)\s+\S*(CONSTRAINTS|constraints\.txt)", line), line


def test_dockerfile_installs_only_with_the_constraints():
    dockerfile = ROOT / "Dockerfile"
    if not dockerfile.is_file():
        pytest.skip("no Dockerfile in this checkout")
    text = dockerfile.read_text(encoding="utf-8")
    assert re.search(r"^\s*COPY\b.*constraints\.txt", text, re.M), "constraints.txt not copied"
    lines = [line for line in install_lines(dockerfile) if "--upgrade pip" not in line]
    assert lines, "no install command found in the Dockerfile"
    for line in lines:
        assert re.search(r"(-c|--constraint)[\s=]\S*constraints\.txt", line) or re.search(
            r"PIP_CONSTRAINT|UV_CONSTRAINT", text
        ), line


def test_make_constraints_regenerates_the_file():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = re.search(r"^constraints:.*\n((?:\t.*\n)+)", makefile, re.M)
    assert target, "no `make constraints` target"
    assert "compile" in target.group(1) and "CONSTRAINTS" in target.group(1)
