"""Issue #8 acceptance 3: the cost of calling the core through the Python module.

Times `datamigrate.transpile(text, target)` on a statement list (the `GO`-separated list that
`compare-datamigrate prepare`/`benches/compare` write) and prints one JSON line in the shape of
`compare-datamigrate time`, so the two can be compared directly:

    RAYON_NUM_THREADS=1 target/release/compare-datamigrate time views.sql duckdb 5
    RAYON_NUM_THREADS=1 python benches/scripts/python_overhead.py views.sql duckdb 5

Needs the release wheel installed (`maturin build --release -m bindings-python/Cargo.toml`, then
pip install it). The text is read once; each repeat is one `transpile` call on the whole list.
"""

from __future__ import annotations

import json
import statistics
import sys
import time

import datamigrate

SEPARATOR = "\nGO\n"


def main() -> None:
    if len(sys.argv) != 4:
        sys.exit("usage: python_overhead.py <list.sql> <target> <repeats>")
    path, target, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(path, encoding="utf-8") as f:
        text = f.read()
    statements = [s for s in text.split(SEPARATOR) if s]
    seconds = []
    for _ in range(repeats):
        start = time.perf_counter()
        sql = datamigrate.transpile(text, target)
        seconds.append(time.perf_counter() - start)
    print(
        json.dumps(
            {
                "tool": "datamigrate-python",
                "task": target,
                "statements": len(statements),
                "bytes": sum(len(s.encode("utf-8")) for s in statements),
                "seconds": [round(s, 6) for s in seconds],
                "median": round(statistics.median(seconds), 6),
                "output_statements": sql.count(";\n"),
            }
        )
    )


if __name__ == "__main__":
    main()
