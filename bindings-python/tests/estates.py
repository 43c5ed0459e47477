"""Generated T-SQL estates for the tests."""

from __future__ import annotations


def estate(groups: int) -> str:
    """A script of `groups` tables, each with a view over it, in GO batches."""
    parts = []
    for i in range(groups):
        parts.append(
            f"CREATE TABLE dbo.t{i} (id int NOT NULL PRIMARY KEY, name nvarchar(50) NULL, amount decimal(10, 2) NULL)\nGO\n"
            f"CREATE VIEW dbo.v{i} AS SELECT TOP 10 id, ISNULL(name, N'') + N'!' AS label, LEN(name) AS n "
            f"FROM dbo.t{i} WHERE amount > {i} ORDER BY id\nGO\n"
        )
    return "".join(parts)
