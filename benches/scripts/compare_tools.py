"""The Python side of `benches/compare`: sqlglot (pure or with its compiled extension) and
polyglot-sql on the statement list that `compare-datamigrate prepare` wrote.

    compare_tools.py describe --tool T
    compare_tools.py check    --tool T --list F --out F.tsv
    compare_tools.py time     --tool T --list F --task parse|duckdb|snowflake --repeat N
    compare_tools.py select   --list F --checks A.tsv B.tsv ... --parse-out F --transpile-out F
    compare_tools.py report   results.jsonl

T is sqlglot (whichever build the running interpreter has; `describe` says which) or polyglot.
A statement list is statement texts each followed by "\\nGO\\n"; every tool gets the same
statement strings one at a time, single thread. Only the standard library is used here besides
the tool under test.
"""

import argparse
import json
import logging
import os
import statistics
import sys
import time

SEPARATOR = "\nGO\n"
TARGETS = ("duckdb", "snowflake")


def read_list(path):
    with open(path, encoding="utf-8") as f:
        return [s for s in f.read().split(SEPARATOR) if s]


def sqlglot_tool():
    import sqlglot
    import sqlglot.parser
    from sqlglot import exp

    # Warnings about unsupported constructs go to logging; keep them out of the timing.
    logging.getLogger("sqlglot").setLevel(logging.CRITICAL)
    compiled = sqlglot.parser.__file__.endswith(".so")
    name = "sqlglot-compiled" if compiled else "sqlglot"

    def parse(sql):
        return sqlglot.parse(sql, read="tsql")

    def accepted(trees):
        # sqlglot falls back to an opaque Command for statements it cannot parse: a rejection.
        return bool(trees) and all(t is not None and not isinstance(t, exp.Command) for t in trees)

    def transpile(sql, target):
        return sqlglot.transpile(sql, read="tsql", write=target)

    return name, f"sqlglot {sqlglot.__version__} ({'mypyc-compiled, sqlglotc' if compiled else 'pure Python'})", parse, accepted, transpile


def polyglot_tool():
    import polyglot_sql

    try:
        from importlib.metadata import version

        v = version("polyglot-sql")
    except Exception:  # noqa: BLE001 - the version is only for the label
        v = "unknown"

    def parse(sql):
        return polyglot_sql.parse(sql, read="tsql")

    def accepted(trees):
        # Like sqlglot, polyglot-sql may keep what it cannot parse as an opaque node.
        return bool(trees) and all(type(t).__name__ not in ("Command", "Raw") for t in trees)

    def transpile(sql, target):
        return polyglot_sql.transpile(sql, read="tsql", write=target)

    return "polyglot-sql", f"polyglot-sql {v} (Rust, PyO3)", parse, accepted, transpile


def tool(name):
    if name == "sqlglot":
        return sqlglot_tool()
    if name == "polyglot":
        return polyglot_tool()
    sys.exit(f"compare_tools.py: unknown tool {name!r}")


def check(args):
    _, _, parse, accepted, transpile = tool(args.tool)
    rows = ["parse\tduckdb\tsnowflake"]
    for sql in read_list(args.list):
        flags = []
        try:
            flags.append(accepted(parse(sql)))
        except Exception:  # noqa: BLE001 - any failure is a rejection
            flags.append(False)
        for target in TARGETS:
            try:
                out = transpile(sql, target)
                flags.append(bool(out) and flags[0])
            except Exception:  # noqa: BLE001
                flags.append(False)
        rows.append("\t".join("1" if f else "0" for f in flags))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


def run_timing(args):
    name, _, parse, _, transpile = tool(args.tool)
    statements = read_list(args.list)
    if args.task == "parse":
        work = parse
    elif args.task in TARGETS:
        target = args.task

        def work(sql):
            return transpile(sql, target)
    else:
        sys.exit(f"compare_tools.py: unknown task {args.task!r}")
    for sql in statements:  # one untimed pass: the timed ones measure the steady state
        work(sql)
    seconds = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        for sql in statements:
            work(sql)
        seconds.append(time.perf_counter() - start)
    print(json.dumps({
        "tool": name,
        "task": args.task,
        "statements": len(statements),
        "bytes": sum(len(s.encode("utf-8")) for s in statements),
        "seconds": [round(s, 6) for s in seconds],
    }))


def read_checks(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")[1:]
    return [[c == "1" for c in line.split("\t")] for line in lines if line]


def select(args):
    statements = read_list(args.list)
    checks = {os.path.basename(p).removesuffix(".tsv"): read_checks(p) for p in args.checks}
    for name, rows in checks.items():
        if len(rows) != len(statements):
            sys.exit(f"compare_tools.py: {name}: {len(rows)} rows for {len(statements)} statements")
    total_bytes = sum(len(s.encode("utf-8")) for s in statements)
    print(f"candidates: {len(statements)} statements, {total_bytes:,} bytes")
    print("rejected per tool (of the candidates): parse / duckdb / snowflake")
    for name, rows in checks.items():
        rejected = [sum(1 for r in rows if not r[i]) for i in range(3)]
        print(f"  {name:18} {rejected[0]:6} / {rejected[1]:6} / {rejected[2]:6}")
    parse_keep = [s for i, s in enumerate(statements) if all(rows[i][0] for rows in checks.values())]
    transpile_keep = [
        s for i, s in enumerate(statements) if all(rows[i][1] and rows[i][2] for rows in checks.values())
    ]
    for label, keep, out in (("parse", parse_keep, args.parse_out), ("transpile", transpile_keep, args.transpile_out)):
        with open(out, "w", encoding="utf-8") as f:
            f.write("".join(s + SEPARATOR for s in keep))
        size = sum(len(s.encode("utf-8")) for s in keep)
        print(f"{label} set (every tool accepts): {len(keep)} statements, {size:,} bytes")
    kinds = {}
    for s in transpile_keep:
        head = " ".join(s.split()[:2]).upper()
        kinds[head] = kinds.get(head, 0) + 1
    print("transpile set by leading words: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))


def report(args):
    """Each (tool, task) has one record per round (rounds interleave the tools, so a slow spell of
    the machine hits every tool of that round): a tool's figure is the median over rounds of its
    round medians, and a ratio is the median over rounds of the same-round ratios."""
    with open(args.results, encoding="utf-8") as f:
        results = [json.loads(line) for line in f if line.strip()]
    tools = []
    for r in results:
        if r["tool"] not in tools:
            tools.append(r["tool"])
    tasks = ["parse", "duckdb", "snowflake"]
    rounds = {}  # (tool, task) -> [MB/s of each round, in order]
    sizes = {}
    for r in results:
        rounds.setdefault((r["tool"], r["task"]), []).append(r["bytes"] / 1e6 / statistics.median(r["seconds"]))
        sizes[(r["tool"], r["task"])] = (r["statements"], r["bytes"])
    mbps = {key: statistics.median(v) for key, v in rounds.items()}
    n_rounds = max(len(v) for v in rounds.values())
    print(
        f"Throughput, MB/s (10^6 bytes of statement text per second; median over {n_rounds} interleaved "
        "rounds of each round's median), single thread"
    )
    print()
    print("| tool | parse | transpile → duckdb | transpile → snowflake |")
    print("|---|---|---|---|")
    for t in tools:
        cells = [f"{mbps[(t, k)]:.2f}" if (t, k) in mbps else "–" for k in tasks]
        print(f"| {t} | " + " | ".join(cells) + " |")
    print()
    print("datamigrate's throughput ÷ the tool's (x times faster): median of the same-round ratios [lowest–highest]")
    print()
    print("| versus | parse | transpile → duckdb | transpile → snowflake |")
    print("|---|---|---|---|")
    for t in tools:
        if t == "datamigrate":
            continue
        cells = []
        for k in tasks:
            ours, theirs = rounds.get(("datamigrate", k)), rounds.get((t, k))
            if ours and theirs:
                ratios = [a / b for a, b in zip(ours, theirs)]
                cells.append(f"{statistics.median(ratios):.1f}x [{min(ratios):.1f}–{max(ratios):.1f}]")
            else:
                cells.append("–")
        print(f"| {t} | " + " | ".join(cells) + " |")
    print()
    for k in tasks:
        for n, b in sorted({v for (tool_, task), v in sizes.items() if task == k}):
            print(f"{k}: {n} statements, {b:,} bytes")


def describe(args):
    _, label, _, _, _ = tool(args.tool)
    print(label)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    d = sub.add_parser("describe")
    d.add_argument("--tool", required=True)
    d.set_defaults(func=describe)
    c = sub.add_parser("check")
    c.add_argument("--tool", required=True)
    c.add_argument("--list", required=True)
    c.add_argument("--out", required=True)
    c.set_defaults(func=check)
    t = sub.add_parser("time")
    t.add_argument("--tool", required=True)
    t.add_argument("--list", required=True)
    t.add_argument("--task", required=True)
    t.add_argument("--repeat", type=int, default=3)
    t.set_defaults(func=run_timing)
    s = sub.add_parser("select")
    s.add_argument("--list", required=True)
    s.add_argument("--checks", nargs="+", required=True)
    s.add_argument("--parse-out", required=True)
    s.add_argument("--transpile-out", required=True)
    s.set_defaults(func=select)
    r = sub.add_parser("report")
    r.add_argument("results")
    r.set_defaults(func=report)
    args = p.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
