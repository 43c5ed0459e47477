"""Run SQL queries against a DuckDB file and print the rows as JSON (used by the Rust e2e tests).

Usage: query_duckdb.py <database file> < queries.json   (a JSON list of SQL strings)
Prints a JSON list with one list of rows per query. DECIMAL values become floats, dates and
times ISO strings, so the Rust side compares plain JSON.
"""
import datetime
import decimal
import json
import sys

import duckdb


def plain(v):
    if isinstance(v, decimal.Decimal):
        return float(v)
    if isinstance(v, (datetime.date, datetime.datetime, datetime.time)):
        return str(v)
    return v


def main():
    con = duckdb.connect(sys.argv[1], read_only=True)
    queries = json.load(sys.stdin)
    out = []
    for q in queries:
        rows = con.execute(q).fetchall()
        out.append([[plain(v) for v in row] for row in rows])
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
