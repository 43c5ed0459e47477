"""Run groups of SQL statements in fresh in-memory DuckDB databases; print every outcome as JSON.

Used by the Rust conformance and execution tests, which send all their work to one process.

Usage: run_duckdb.py < groups.json
Input: a JSON list of groups, each {"setup": [sql, ...], "queries": [sql, ...], "transaction": bool}.
Each group gets its own in-memory database. Setup statements run first; then each query.
With "transaction": true the queries share one transaction (so CURRENT_TIMESTAMP is the same for
all of them); after a failed query the transaction is rolled back and a new one begins.
Output: a JSON list with one object per group: {"setup": [outcome, ...], "queries": [outcome, ...]},
where an outcome is {"rows": [[value, ...], ...]} or {"error": "<exception class>", "message": text}.
DECIMAL values become floats, dates and times ISO strings, bytes hex, so the Rust side compares
plain JSON.
"""
import datetime
import decimal
import json
import math
import sys
import uuid

import duckdb


def plain(v):
    if isinstance(v, decimal.Decimal):
        return float(v)
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return str(v)
    if isinstance(v, (datetime.date, datetime.datetime, datetime.time, datetime.timedelta, uuid.UUID)):
        return str(v)
    if isinstance(v, (bytes, bytearray, memoryview)):
        return bytes(v).hex()
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    if isinstance(v, dict):
        return {str(k): plain(x) for k, x in v.items()}
    return v


def run(con, sql):
    try:
        rows = con.execute(sql).fetchall()
        return {"rows": [[plain(v) for v in row] for row in rows]}
    except Exception as e:  # duckdb.Error, or a value Python cannot represent
        text = str(e)
        return {"error": type(e).__name__, "message": text.splitlines()[0] if text else ""}


def main():
    groups = json.load(sys.stdin)
    out = []
    for g in groups:
        con = duckdb.connect(":memory:")
        setup = [run(con, s) for s in g.get("setup", [])]
        in_tx = bool(g.get("transaction"))
        if in_tx:
            con.begin()
        queries = []
        for q in g.get("queries", []):
            r = run(con, q)
            if in_tx and "error" in r:
                con.rollback()
                con.begin()
            queries.append(r)
        if in_tx:
            con.rollback()
        con.close()
        out.append({"setup": setup, "queries": queries})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
