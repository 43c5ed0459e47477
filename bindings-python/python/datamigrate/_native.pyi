# Stubs of the extension module (bindings-python/src/lib.rs); checked against it by mypy's stubtest.
# Results other than `transpile`'s are JSON text, turned into the typed classes by the package.
from typing import Callable, Optional

__all__ = [
    "__version__",
    "transpile",
    "transpile_detailed",
    "parse",
    "assess",
    "migrate",
    "validate",
    "_panic_for_tests",
]
__version__: str

def transpile(sql: str, target: str) -> str: ...
def transpile_detailed(sql: str, target: str, name: str) -> str: ...
def parse(sql: str, name: str) -> str: ...
def assess(path: str, target: str, jobs: Optional[int], on_progress: Optional[Callable[[str], object]]) -> str: ...
def migrate(
    input: str,
    out: str,
    target: str,
    jobs: Optional[int],
    resume: bool,
    on_progress: Optional[Callable[[str], object]],
) -> str: ...
def validate(project: str, dbt: Optional[str]) -> str: ...
def _panic_for_tests(message: str) -> None: ...
