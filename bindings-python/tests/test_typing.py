"""The stubs and annotations: mypy --strict over the package and a user's view of it, and
stubtest comparing `_native.pyi` with the compiled module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import datamigrate

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One mypy cache for the module's runs: the standard library is analysed once, not 3 times."""
    return str(tmp_path_factory.mktemp("mypy-cache"))


def mypy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=HERE)


def test_package_ships_stubs_and_marker() -> None:
    package = Path(datamigrate.__file__).parent
    assert (package / "py.typed").is_file()
    assert (package / "_native.pyi").is_file()


def test_mypy_strict_accepts_package_and_usage(cache: str) -> None:
    for target in (["-p", "datamigrate"], [str(HERE / "typed_usage.py")]):
        run = mypy("mypy", "--strict", "--cache-dir", cache, *target)
        assert run.returncode == 0, run.stdout + run.stderr


def test_mypy_rejects_wrong_use(tmp_path: Path, cache: str) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import datamigrate\nn: int = datamigrate.transpile('SELECT 1')\ndatamigrate.migrate(1, 2)\n")
    run = mypy("mypy", "--strict", "--cache-dir", cache, str(bad))
    assert run.returncode == 1 and "Incompatible types in assignment" in run.stdout, run.stdout


def test_stubs_match_the_extension() -> None:
    pytest.importorskip("mypy.stubtest")
    run = mypy("mypy.stubtest", "datamigrate._native")
    assert run.returncode == 0, run.stdout + run.stderr
