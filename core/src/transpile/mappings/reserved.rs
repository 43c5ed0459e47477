//! Reserved words per target: an identifier in one of these lists is quoted. Sorted, lower case;
//! quoting a word that did not need it is harmless, missing one is a syntax error.

/// DuckDB's reserved and type-or-function keywords (`duckdb_keywords()`, DuckDB 2.0), which cannot be bare column names.
pub static DUCKDB: &[&str] = &[
    "all", "analyse", "analyze", "and", "anti", "any", "array", "as", "asc", "asof", "asymmetric", "at",
    "authorization", "binary", "both", "by", "case", "cast", "check", "collate", "collation", "column", "columns",
    "concurrently", "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
    "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "describe", "distinct",
    "do", "else", "end", "except", "exists", "false", "fetch", "for", "foreign", "freeze", "from", "full",
    "generated", "glob", "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect", "into", "is",
    "isnull", "join", "lambda", "lateral", "leading", "left", "like", "limit", "localtime", "localtimestamp", "map",
    "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order", "outer", "overlaps", "pivot",
    "pivot_longer", "pivot_wider", "placing", "positional", "primary", "qualify", "references", "returning", "right",
    "select", "semi", "session_user", "show", "similar", "some", "struct", "summarize", "symmetric", "table",
    "tablesample", "then", "to", "trailing", "true", "try_cast", "tuple", "union", "unique", "unpack", "unpivot",
    "using", "variadic", "verbose", "when", "where", "window", "with",
];

/// PostgreSQL's reserved key words, including those that may only be function or type names (Appendix C).
pub static POSTGRES: &[&str] = &[
    "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "binary", "both",
    "case", "cast", "check", "collate", "collation", "column", "concurrently", "constraint", "create", "cross",
    "current_catalog", "current_date", "current_role", "current_schema", "current_time", "current_timestamp",
    "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch",
    "for", "foreign", "freeze", "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner",
    "intersect", "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
    "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order", "outer", "overlaps",
    "placing", "primary", "references", "returning", "right", "select", "session_user", "similar", "some",
    "symmetric", "system_user", "table", "tablesample", "then", "to", "trailing", "true", "union", "unique", "user",
    "using", "variadic", "verbose", "when", "where", "window", "with",
];

/// Snowflake's reserved and limited keywords.
pub static SNOWFLAKE: &[&str] = &[
    "account", "all", "alter", "and", "any", "as", "between", "by", "case", "cast", "check", "column", "connect",
    "connection", "constraint", "create", "cross", "current", "current_date", "current_time", "current_timestamp",
    "current_user", "database", "delete", "distinct", "drop", "else", "exists", "false", "following", "for", "from",
    "full", "grant", "group", "gscluster", "having", "ilike", "in", "increment", "inner", "insert", "intersect",
    "into", "is", "issue", "join", "lateral", "left", "like", "localtime", "localtimestamp", "minus", "natural",
    "not", "null", "of", "on", "or", "order", "organization", "qualify", "regexp", "revoke", "right", "rlike", "row",
    "rows", "sample", "schema", "select", "set", "some", "start", "table", "tablesample", "then", "to", "trigger",
    "true", "try_cast", "union", "unique", "update", "using", "values", "view", "when", "whenever", "where", "window",
    "with",
];

/// GoogleSQL's reserved keywords.
pub static BIGQUERY: &[&str] = &[
    "all", "and", "any", "array", "as", "asc", "assert_rows_modified", "at", "between", "by", "case", "cast",
    "collate", "contains", "create", "cross", "cube", "current", "default", "define", "desc", "distinct", "else",
    "end", "enum", "escape", "except", "exclude", "exists", "extract", "false", "fetch", "following", "for", "from",
    "full", "group", "grouping", "groups", "hash", "having", "if", "ignore", "in", "inner", "intersect", "interval",
    "into", "is", "join", "lateral", "left", "like", "limit", "lookup", "merge", "natural", "new", "no", "not",
    "null", "nulls", "of", "on", "or", "order", "outer", "over", "partition", "preceding", "proto", "qualify",
    "range", "recursive", "respect", "right", "rollup", "rows", "select", "set", "some", "struct", "tablesample",
    "then", "to", "treat", "true", "unbounded", "union", "unnest", "using", "when", "where", "window", "with",
    "within",
];

/// Databricks SQL's ANSI reserved words.
pub static DATABRICKS: &[&str] = &[
    "all", "alter", "and", "anti", "any", "array", "as", "at", "authorization", "between", "both", "by", "case",
    "cast", "check", "collate", "column", "commit", "constraint", "create", "cross", "cube", "current",
    "current_date", "current_time", "current_timestamp", "current_user", "delete", "describe", "distinct", "drop",
    "else", "end", "escape", "except", "exists", "external", "extract", "false", "fetch", "filter", "for", "foreign",
    "from", "full", "function", "global", "grant", "group", "grouping", "having", "in", "inner", "insert",
    "intersect", "interval", "into", "is", "join", "lateral", "leading", "left", "like", "local", "minus", "natural",
    "no", "not", "null", "of", "on", "only", "or", "order", "out", "outer", "overlaps", "partition", "position",
    "primary", "range", "references", "revoke", "right", "rollback", "rollup", "row", "rows", "select", "semi",
    "session_user", "set", "some", "start", "table", "tablesample", "then", "time", "to", "trailing", "true",
    "truncate", "union", "unique", "unknown", "update", "user", "using", "values", "when", "where", "window", "with",
];

/// Amazon Redshift's reserved words.
pub static REDSHIFT: &[&str] = &[
    "aes128", "aes256", "all", "allowoverwrite", "analyse", "analyze", "and", "any", "array", "as", "asc",
    "authorization", "az64", "backup", "between", "binary", "blanksasnull", "both", "bytedict", "bzip2", "case",
    "cast", "check", "collate", "column", "constraint", "create", "credentials", "cross", "current_date",
    "current_time", "current_timestamp", "current_user", "current_user_id", "default", "deferrable", "deflate",
    "defrag", "delta", "delta32k", "desc", "disable", "distinct", "do", "else", "emptyasnull", "enable", "encode",
    "encrypt", "encryption", "end", "except", "explicit", "false", "for", "foreign", "freeze", "from", "full",
    "globaldict256", "globaldict64k", "grant", "group", "gzip", "having", "identity", "ignore", "ilike", "in",
    "initially", "inner", "intersect", "interval", "into", "is", "isnull", "join", "language", "leading", "left",
    "like", "limit", "localtime", "localtimestamp", "lun", "luns", "lzo", "lzop", "minus", "mostly16", "mostly32",
    "mostly8", "natural", "new", "not", "notnull", "null", "nulls", "off", "offline", "offset", "oid", "old", "on",
    "only", "open", "or", "order", "outer", "overlaps", "parallel", "partition", "percent", "permissions", "pivot",
    "placing", "primary", "raw", "readratio", "recover", "references", "rejectlog", "resort", "respect", "restore",
    "right", "select", "session_user", "similar", "snapshot", "some", "sysdate", "system", "table", "tag", "tdes",
    "text255", "text32k", "then", "timestamp", "to", "top", "trailing", "true", "truncatecolumns", "union", "unique",
    "unnest", "unpivot", "user", "using", "verbose", "wallet", "when", "where", "with", "without",
];

/// Transact-SQL reserved keywords (also used for Fabric).
pub static TSQL: &[&str] = &[
    "add", "all", "alter", "and", "any", "as", "asc", "authorization", "backup", "begin", "between", "break",
    "browse", "bulk", "by", "cascade", "case", "check", "checkpoint", "close", "clustered", "coalesce", "collate",
    "column", "commit", "compute", "constraint", "contains", "containstable", "continue", "convert", "create",
    "cross", "current", "current_date", "current_time", "current_timestamp", "current_user", "cursor", "database",
    "dbcc", "deallocate", "declare", "default", "delete", "deny", "desc", "disk", "distinct", "distributed", "double",
    "drop", "dump", "else", "end", "errlvl", "escape", "except", "exec", "execute", "exists", "exit", "external",
    "fetch", "file", "fillfactor", "for", "foreign", "freetext", "freetexttable", "from", "full", "function", "goto",
    "grant", "group", "having", "holdlock", "identity", "identity_insert", "identitycol", "if", "in", "index",
    "inner", "insert", "intersect", "into", "is", "join", "key", "kill", "left", "like", "lineno", "load", "merge",
    "national", "nocheck", "nonclustered", "not", "null", "nullif", "of", "off", "offsets", "on", "open",
    "opendatasource", "openquery", "openrowset", "openxml", "option", "or", "order", "outer", "over", "percent",
    "pivot", "plan", "precision", "primary", "print", "proc", "procedure", "public", "raiserror", "read", "readtext",
    "reconfigure", "references", "replication", "restore", "restrict", "return", "revert", "revoke", "right",
    "rollback", "rowcount", "rowguidcol", "rule", "save", "schema", "securityaudit", "select",
    "semantickeyphrasetable", "semanticsimilaritydetailstable", "semanticsimilaritytable", "session_user", "set",
    "setuser", "shutdown", "some", "statistics", "system_user", "table", "tablesample", "textsize", "then", "to",
    "top", "tran", "transaction", "trigger", "truncate", "try_convert", "tsequal", "union", "unique", "unpivot",
    "update", "updatetext", "use", "user", "values", "varying", "view", "waitfor", "when", "where", "while", "with",
    "within", "writetext",
];
