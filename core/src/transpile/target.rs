//! Target warehouses and their capability profiles. The only place besides `mappings/` that may
//! branch on the target: shared code asks a [`TargetProfile`] ("how does this target divide
//! integers?") instead of asking which target it is.

use super::mappings::reserved;
use serde::Serialize;

/// A warehouse datamigrate writes SQL for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Target {
    DuckDb,
    Postgres,
    Snowflake,
    BigQuery,
    Databricks,
    Redshift,
    /// Microsoft Fabric Data Warehouse: a T-SQL warehouse with a smaller type and feature set.
    Fabric,
    /// T-SQL itself (print back, e.g. to see what the parser understood).
    TSql,
}

impl Target {
    /// Every target, in mapping-table column order.
    pub const ALL: [Target; 8] = [
        Target::DuckDb,
        Target::Postgres,
        Target::Snowflake,
        Target::BigQuery,
        Target::Databricks,
        Target::Redshift,
        Target::Fabric,
        Target::TSql,
    ];

    /// Column of this target in the mapping tables.
    pub fn index(self) -> usize {
        match self {
            Target::DuckDb => 0,
            Target::Postgres => 1,
            Target::Snowflake => 2,
            Target::BigQuery => 3,
            Target::Databricks => 4,
            Target::Redshift => 5,
            Target::Fabric => 6,
            Target::TSql => 7,
        }
    }

    /// The name the CLI and bindings accept (`--target`, `--to`).
    pub fn name(self) -> &'static str {
        self.profile().name
    }

    /// Parse a target name as the CLI and bindings accept it.
    pub fn from_name(name: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.name().eq_ignore_ascii_case(name))
    }

    /// The names of every target, comma-separated (for messages and help).
    pub fn names() -> String {
        Target::ALL.iter().map(|t| t.name()).collect::<Vec<_>>().join(", ")
    }

    /// The dbt adapter type (`type:` in profiles.yml).
    pub fn dbt_adapter(self) -> &'static str {
        self.profile().dbt.adapter
    }

    pub fn profile(self) -> &'static TargetProfile {
        match self {
            Target::DuckDb => &DUCKDB,
            Target::Postgres => &POSTGRES,
            Target::Snowflake => &SNOWFLAKE,
            Target::BigQuery => &BIGQUERY,
            Target::Databricks => &DATABRICKS,
            Target::Redshift => &REDSHIFT,
            Target::Fabric => &FABRIC,
            Target::TSql => &TSQL,
        }
    }
}

/// How unquoted identifiers are folded by the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseFolding {
    /// Names keep their case and match case-insensitively (also when quoted).
    Insensitive,
    /// Unquoted names fold to lower case; quoted names are case-sensitive.
    Lower,
    /// Unquoted names fold to upper case; quoted names are case-sensitive.
    Upper,
}

/// How a quote inside a string literal or quoted identifier is escaped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escape {
    /// The quote is doubled; backslashes are ordinary characters.
    Doubled,
    /// Backslash escapes: `\` itself and the quote are written with a backslash in front.
    Backslash,
    /// The quote is doubled, and a backslash is an escape character, so it is doubled too
    /// (Redshift string literals).
    DoubledAndBackslash,
}

/// How `TOP (n)` is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowLimit {
    /// `... LIMIT n`.
    Limit,
    /// `SELECT TOP (n) ...` (T-SQL family).
    Top,
}

/// How `CROSS APPLY` / `OUTER APPLY` over a subquery are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Apply {
    /// Kept as APPLY (T-SQL family).
    Keep,
    /// A lateral subquery. `comma`: `FROM a, LATERAL (...)` instead of `CROSS JOIN LATERAL`
    /// (only possible as the last join of a FROM item); `outer`: `LEFT JOIN LATERAL ... ON TRUE`
    /// exists.
    Lateral { comma: bool, outer: bool },
    /// No lateral subqueries.
    Unsupported,
}

/// How SQL Server's truncating integer division is written (`7 / 2` is 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntegerDivision {
    /// `/` on two integers already truncates.
    Native,
    /// DuckDB's `//` operator.
    SlashSlash,
    /// `a DIV b`.
    DivKeyword,
    /// `div(a, b)`.
    DivFunction,
    /// `trunc(a / b)`: `/` gives a decimal.
    TruncatedQuotient,
}

/// How `a % b` and `a ^ b` (bitwise xor) are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operators {
    /// `%` and `^` as in T-SQL.
    Same,
    /// `%`, and xor as the function `xor(a, b)`.
    XorFunction,
    /// `%`, and xor as the operator `#`.
    XorHash,
    /// `mod(a, b)`; `^` as in T-SQL.
    ModFunction,
    /// `%`, and bitwise operators as functions `bitand`, `bitor`, `bitxor`.
    BitFunctions,
    /// `%`; bitwise xor has no equivalent.
    NoXor,
}

/// How `TRY_CAST` / `TRY_CONVERT` are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TryCast {
    TryCast,
    /// `SAFE_CAST(x AS t)`.
    SafeCast,
    Unsupported,
}

/// How `DATEADD(part, n, d)` is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateAdd {
    /// `d + to_months(n)` (DuckDB's interval constructors).
    IntervalFunctions,
    /// `d + n * INTERVAL '1 month'`.
    IntervalMultiply,
    /// `f(month, n, d)` with the unit as a keyword (`dateadd`, `timestampadd`).
    UnitFunction(&'static str),
    /// `DATE_ADD(d, INTERVAL n MONTH)` for dates, `DATETIME_ADD` for date and time (BigQuery).
    TypedAdd,
    /// Kept (T-SQL family).
    Keep,
}

/// How `DATEDIFF(part, a, b)` (the number of part boundaries crossed) is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateDiff {
    /// `date_diff('month', a, b)`, which counts boundaries.
    PartString(&'static str),
    /// `datediff(month, a, b)`, which counts boundaries.
    UnitFunction(&'static str),
    /// `DATETIME_DIFF(b, a, MONTH)` on values cast to DATETIME (BigQuery counts boundaries).
    TypedDiff,
    /// `f(MONTH, date_trunc('MONTH', a), date_trunc('MONTH', b))`: the function counts whole
    /// units, so both sides are truncated to the unit first.
    TruncatedUnitFunction(&'static str),
    /// Arithmetic on EXTRACT and date_trunc (PostgreSQL has no DATEDIFF).
    Arithmetic,
    /// Kept (T-SQL family).
    Keep,
}

/// How a date part is read (`DATEPART`, `YEAR`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePartCall {
    /// `date_part('year', d)`.
    Function(&'static str),
    /// `EXTRACT(year FROM d)`.
    Extract,
    /// Kept (T-SQL family).
    Keep,
}

/// What EXTRACT / date_part return.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePartType {
    /// Whole numbers for every part.
    Integer,
    /// Whole numbers, except seconds (and parts computed from them), which carry fractions.
    IntegerExceptSeconds,
    /// Decimals for every part (PostgreSQL's EXTRACT returns numeric).
    Decimal,
}

/// Where NULL sorts when ORDER BY does not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NullOrder {
    /// NULL is the smallest value: first ascending, last descending (SQL Server's order).
    Smallest,
    /// NULL is the largest value: last ascending, first descending.
    Largest,
    /// NULL sorts last in both directions (DuckDB's `default_null_order`).
    AlwaysLast,
}

/// A call that formats or parses a date with a format string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormatCall {
    pub function: &'static str,
    /// The format string is the first argument (`FORMAT_DATETIME('%Y', d)`).
    pub format_first: bool,
    /// strftime codes (as the CONVERT style table writes them) → the target's format elements,
    /// longest first. A code missing here cannot be written for the target.
    pub elements: &'static [(&'static str, &'static str)],
    /// The value is cast to this type first (BigQuery's FORMAT_DATETIME takes only DATETIME).
    pub value_type: Option<&'static str>,
}

/// dbt connection settings for profiles.yml.
#[derive(Debug)]
pub struct DbtProfile {
    /// The adapter type (`type:`).
    pub adapter: &'static str,
    /// The other keys of the output, values verbatim (`{project}` stands for the project name).
    pub outputs: &'static [(&'static str, &'static str)],
    /// The comment at the top of profiles.yml.
    pub note: &'static str,
    /// `datamigrate validate` can run dbt for this adapter (only DuckDB runs locally).
    pub validates: bool,
}

/// What a target supports, asked by shared code instead of checking which target it is.
#[derive(Debug)]
pub struct TargetProfile {
    pub name: &'static str,
    /// Statements print back as T-SQL without conversion (the `tsql` target).
    pub print_back: bool,
    pub dbt: DbtProfile,
    /// Opening and closing identifier quote.
    pub identifier_quotes: (char, char),
    pub identifier_escape: Escape,
    pub case_folding: CaseFolding,
    /// Words that must be quoted as identifiers (sorted, lower case).
    pub reserved_words: &'static [&'static str],
    pub string_escape: Escape,
    /// `N'...'` literals are kept (T-SQL family); elsewhere they become plain strings.
    pub national_strings: bool,
    pub row_limit: RowLimit,
    /// Where NULL sorts by default (SQL Server: smallest); other orders get NULLS FIRST/LAST.
    pub null_order: NullOrder,
    pub apply: Apply,
    /// String `+` becomes `||` (both propagate NULL); `false`: `+` is kept (T-SQL family).
    pub concat_operator: bool,
    pub integer_division: IntegerDivision,
    pub operators: Operators,
    /// `TRUE`/`FALSE` literals exist.
    pub boolean_literals: bool,
    /// `bit` maps to a BOOLEAN type, so `flag = 1` must become `flag = TRUE`.
    pub bit_is_boolean: bool,
    pub try_cast: TryCast,
    /// CAST and CONVERT keep SQL Server's semantics (styles, truncation, rounding): T-SQL family.
    pub tsql_conversions: bool,
    /// The type to cast values to text (for CONCAT and STRING_AGG arguments).
    pub string_type: &'static str,
    /// Truncation toward zero of one numeric argument (`$1`).
    pub truncate: &'static str,
    /// Truncation of `$1` to `$2` decimal places (ROUND with a non-zero third argument).
    pub truncate_places: Option<&'static str>,
    pub date_add: DateAdd,
    pub date_diff: DateDiff,
    pub date_part: DatePartCall,
    /// What EXTRACT / date_part return (decimals are floored and cast to int).
    pub date_part_type: DatePartType,
    /// `DATE + interval` yields a timestamp, so results of DATEADD on dates need a cast back.
    pub date_arithmetic_widens_to_timestamp: bool,
    pub date_format: Option<FormatCall>,
    pub date_parse: Option<FormatCall>,
    /// English month name of `$1` (DATENAME(month, ...)).
    pub month_name: Option<&'static str>,
    /// English weekday name of `$1` (DATENAME(weekday, ...)).
    pub weekday_name: Option<&'static str>,
    /// Last day of the month of the date `$1` (EOMONTH).
    pub end_of_month: Option<&'static str>,
    /// LIKE reads `[...]` as a character class (T-SQL family).
    pub like_bracket_classes: bool,
    /// LIKE treats `\` as the default escape character.
    pub like_backslash_escape: bool,
    /// TRIM(x) removes all whitespace, not only spaces.
    pub trim_removes_whitespace: bool,
    /// SUBSTRING counts a negative start from the end of the string.
    pub substring_negative_start_from_end: bool,
    /// A computed column can be written as a generated column `name AS (expr)` whose type
    /// follows from the expression (the `transpile` command's CREATE TABLE).
    pub generated_columns: bool,
    /// A scalar function with a single RETURN can be written as `CREATE MACRO name(p, ...) AS
    /// (expr)` (the `transpile` command).
    pub scalar_macros: bool,
}

impl TargetProfile {
    /// Is this target T-SQL itself or a T-SQL warehouse (SQL kept where the target supports it)?
    pub fn is_tsql_family(&self) -> bool {
        self.tsql_conversions
    }
}

// strftime codes of the CONVERT style table → each target's format elements.
const STRFTIME: &[(&str, &str)] = &[
    ("%Y", "%Y"),
    ("%y", "%y"),
    ("%m", "%m"),
    ("%d", "%d"),
    ("%b", "%b"),
    ("%H", "%H"),
    ("%I", "%I"),
    ("%M", "%M"),
    ("%S", "%S"),
    ("%g", "%g"),
    ("%p", "%p"),
];
/// PostgreSQL and Redshift `to_char` / `to_timestamp`.
const TO_CHAR: &[(&str, &str)] = &[
    ("%Y", "YYYY"),
    ("%y", "YY"),
    ("%m", "MM"),
    ("%d", "DD"),
    ("%b", "Mon"),
    ("%H", "HH24"),
    ("%I", "HH12"),
    ("%M", "MI"),
    ("%S", "SS"),
    ("%g", "MS"),
    ("%p", "AM"),
];
const SNOWFLAKE_FORMAT: &[(&str, &str)] = &[
    ("%Y", "YYYY"),
    ("%y", "YY"),
    ("%m", "MM"),
    ("%d", "DD"),
    ("%b", "MON"),
    ("%H", "HH24"),
    ("%I", "HH12"),
    ("%M", "MI"),
    ("%S", "SS"),
    ("%g", "FF3"),
    ("%p", "AM"),
];
/// BigQuery format elements: strftime-like, but milliseconds exist only as `%E3S` (seconds with
/// three decimals), so `%S.%g` is one element and a lone `%g` cannot be written.
const BIGQUERY_FORMAT: &[(&str, &str)] = &[
    ("%S.%g", "%E3S"),
    ("%Y", "%Y"),
    ("%y", "%y"),
    ("%m", "%m"),
    ("%d", "%d"),
    ("%b", "%b"),
    ("%H", "%H"),
    ("%I", "%I"),
    ("%M", "%M"),
    ("%S", "%S"),
    ("%p", "%p"),
];
/// Spark/Databricks datetime patterns.
const SPARK_FORMAT: &[(&str, &str)] = &[
    ("%Y", "yyyy"),
    ("%y", "yy"),
    ("%m", "MM"),
    ("%d", "dd"),
    ("%b", "MMM"),
    ("%H", "HH"),
    ("%I", "hh"),
    ("%M", "mm"),
    ("%S", "ss"),
    ("%g", "SSS"),
    ("%p", "a"),
];

const PG_MONTH_NAME: &str = "to_char($1, 'FMMonth')";
const PG_WEEKDAY_NAME: &str = "to_char($1, 'FMDay')";

static DUCKDB: TargetProfile = TargetProfile {
    name: "duckdb",
    print_back: false,
    dbt: DbtProfile {
        adapter: "duckdb",
        outputs: &[("path", "{{ env_var('DBT_DUCKDB_PATH', '{project}.duckdb') }}"), ("threads", "2")],
        note: "DuckDB database file in this folder (override with DBT_DUCKDB_PATH). Use with --profiles-dir .",
        validates: true,
    },
    identifier_quotes: ('"', '"'),
    identifier_escape: Escape::Doubled,
    case_folding: CaseFolding::Insensitive,
    reserved_words: reserved::DUCKDB,
    string_escape: Escape::Doubled,
    national_strings: false,
    null_order: NullOrder::AlwaysLast,
    row_limit: RowLimit::Limit,
    apply: Apply::Lateral { comma: false, outer: true },
    concat_operator: true,
    integer_division: IntegerDivision::SlashSlash,
    operators: Operators::XorFunction,
    boolean_literals: true,
    bit_is_boolean: true,
    try_cast: TryCast::TryCast,
    tsql_conversions: false,
    string_type: "VARCHAR",
    truncate: "trunc($1)",
    truncate_places: Some("(trunc($1 * pow(10, $2)) / pow(10, $2))"),
    date_add: DateAdd::IntervalFunctions,
    date_diff: DateDiff::PartString("date_diff"),
    date_part: DatePartCall::Function("date_part"),
    date_part_type: DatePartType::Integer,
    date_arithmetic_widens_to_timestamp: true,
    date_format: Some(FormatCall { function: "strftime", format_first: false, elements: STRFTIME, value_type: None }),
    date_parse: Some(FormatCall { function: "strptime", format_first: false, elements: STRFTIME, value_type: None }),
    month_name: Some("monthname($1)"),
    weekday_name: Some("dayname($1)"),
    end_of_month: Some("last_day($1)"),
    like_bracket_classes: false,
    like_backslash_escape: false,
    trim_removes_whitespace: false,
    substring_negative_start_from_end: true,
    generated_columns: true,
    scalar_macros: true,
};

static POSTGRES: TargetProfile = TargetProfile {
    name: "postgres",
    print_back: false,
    dbt: DbtProfile {
        adapter: "postgres",
        outputs: &[
            ("host", "{{ env_var('DBT_POSTGRES_HOST', 'localhost') }}"),
            ("port", "{{ env_var('DBT_POSTGRES_PORT', '5432') | as_number }}"),
            ("user", "{{ env_var('DBT_POSTGRES_USER') }}"),
            ("password", "{{ env_var('DBT_POSTGRES_PASSWORD') }}"),
            ("dbname", "{{ env_var('DBT_POSTGRES_DBNAME', '{project}') }}"),
            ("schema", "{{ env_var('DBT_SCHEMA', '{project}') }}"),
            ("threads", "2"),
        ],
        note: "PostgreSQL connection from DBT_POSTGRES_* environment variables. Use with --profiles-dir .",
        validates: false,
    },
    identifier_quotes: ('"', '"'),
    identifier_escape: Escape::Doubled,
    case_folding: CaseFolding::Lower,
    reserved_words: reserved::POSTGRES,
    string_escape: Escape::Doubled,
    national_strings: false,
    null_order: NullOrder::Largest,
    row_limit: RowLimit::Limit,
    apply: Apply::Lateral { comma: false, outer: true },
    concat_operator: true,
    integer_division: IntegerDivision::Native,
    operators: Operators::XorHash,
    boolean_literals: true,
    bit_is_boolean: true,
    try_cast: TryCast::Unsupported,
    tsql_conversions: false,
    string_type: "TEXT",
    truncate: "trunc($1)",
    truncate_places: Some("trunc($1, $2)"),
    date_add: DateAdd::IntervalMultiply,
    date_diff: DateDiff::Arithmetic,
    date_part: DatePartCall::Extract,
    date_part_type: DatePartType::Decimal,
    date_arithmetic_widens_to_timestamp: true,
    date_format: Some(FormatCall { function: "to_char", format_first: false, elements: TO_CHAR, value_type: None }),
    date_parse: Some(FormatCall { function: "to_timestamp", format_first: false, elements: TO_CHAR, value_type: None }),
    month_name: Some(PG_MONTH_NAME),
    weekday_name: Some(PG_WEEKDAY_NAME),
    end_of_month: Some("CAST(date_trunc('month', $1) + INTERVAL '1 month' - INTERVAL '1 day' AS DATE)"),
    like_bracket_classes: false,
    like_backslash_escape: true,
    trim_removes_whitespace: false,
    substring_negative_start_from_end: false,
    generated_columns: false,
    scalar_macros: false,
};

static SNOWFLAKE: TargetProfile = TargetProfile {
    name: "snowflake",
    print_back: false,
    dbt: DbtProfile {
        adapter: "snowflake",
        outputs: &[
            ("account", "{{ env_var('DBT_SNOWFLAKE_ACCOUNT') }}"),
            ("user", "{{ env_var('DBT_SNOWFLAKE_USER') }}"),
            ("password", "{{ env_var('DBT_SNOWFLAKE_PASSWORD') }}"),
            ("role", "{{ env_var('DBT_SNOWFLAKE_ROLE', '') }}"),
            ("warehouse", "{{ env_var('DBT_SNOWFLAKE_WAREHOUSE') }}"),
            ("database", "{{ env_var('DBT_SNOWFLAKE_DATABASE', '{project}') }}"),
            ("schema", "{{ env_var('DBT_SCHEMA', '{project}') }}"),
            ("threads", "2"),
        ],
        note: "Snowflake connection from DBT_SNOWFLAKE_* environment variables. Use with --profiles-dir .",
        validates: false,
    },
    identifier_quotes: ('"', '"'),
    identifier_escape: Escape::Doubled,
    case_folding: CaseFolding::Upper,
    reserved_words: reserved::SNOWFLAKE,
    // Single-quoted strings read backslash escapes (`'\n'` is a newline).
    string_escape: Escape::Backslash,
    national_strings: false,
    null_order: NullOrder::Largest,
    row_limit: RowLimit::Limit,
    apply: Apply::Lateral { comma: true, outer: false },
    concat_operator: true,
    integer_division: IntegerDivision::TruncatedQuotient,
    operators: Operators::BitFunctions,
    boolean_literals: true,
    bit_is_boolean: true,
    try_cast: TryCast::TryCast,
    tsql_conversions: false,
    string_type: "VARCHAR",
    truncate: "trunc($1)",
    truncate_places: Some("trunc($1, $2)"),
    date_add: DateAdd::UnitFunction("dateadd"),
    date_diff: DateDiff::UnitFunction("datediff"),
    date_part: DatePartCall::Extract,
    date_part_type: DatePartType::Integer,
    date_arithmetic_widens_to_timestamp: false,
    date_format: Some(FormatCall { function: "to_char", format_first: false, elements: SNOWFLAKE_FORMAT, value_type: None }),
    date_parse: Some(FormatCall { function: "to_timestamp_ntz", format_first: false, elements: SNOWFLAKE_FORMAT, value_type: None }),
    month_name: Some("to_char($1, 'MMMM')"),
    // DAYNAME gives three letters; there is no format element for the full name.
    weekday_name: Some(
        "CASE dayname($1) WHEN 'Mon' THEN 'Monday' WHEN 'Tue' THEN 'Tuesday' WHEN 'Wed' THEN 'Wednesday' WHEN 'Thu' THEN 'Thursday' WHEN 'Fri' THEN 'Friday' WHEN 'Sat' THEN 'Saturday' WHEN 'Sun' THEN 'Sunday' END",
    ),
    end_of_month: Some("last_day($1)"),
    like_bracket_classes: false,
    like_backslash_escape: true,
    trim_removes_whitespace: false,
    substring_negative_start_from_end: true,
    generated_columns: false,
    scalar_macros: false,
};

static BIGQUERY: TargetProfile = TargetProfile {
    name: "bigquery",
    print_back: false,
    dbt: DbtProfile {
        adapter: "bigquery",
        outputs: &[
            ("method", "oauth"),
            ("project", "{{ env_var('DBT_BIGQUERY_PROJECT') }}"),
            ("dataset", "{{ env_var('DBT_BIGQUERY_DATASET', '{project}') }}"),
            ("threads", "2"),
        ],
        note: "BigQuery through gcloud OAuth; project and dataset from DBT_BIGQUERY_* environment variables. Use with --profiles-dir .",
        validates: false,
    },
    identifier_quotes: ('`', '`'),
    identifier_escape: Escape::Backslash,
    case_folding: CaseFolding::Insensitive,
    reserved_words: reserved::BIGQUERY,
    string_escape: Escape::Backslash,
    national_strings: false,
    null_order: NullOrder::Smallest,
    row_limit: RowLimit::Limit,
    apply: Apply::Unsupported,
    concat_operator: true,
    integer_division: IntegerDivision::DivFunction,
    operators: Operators::ModFunction,
    boolean_literals: true,
    bit_is_boolean: true,
    try_cast: TryCast::SafeCast,
    tsql_conversions: false,
    string_type: "STRING",
    truncate: "trunc($1)",
    truncate_places: Some("trunc($1, $2)"),
    date_add: DateAdd::TypedAdd,
    date_diff: DateDiff::TypedDiff,
    date_part: DatePartCall::Extract,
    date_part_type: DatePartType::Integer,
    date_arithmetic_widens_to_timestamp: false,
    date_format: Some(FormatCall {
        function: "format_datetime",
        format_first: true,
        elements: BIGQUERY_FORMAT,
        value_type: Some("DATETIME"),
    }),
    date_parse: Some(FormatCall { function: "parse_datetime", format_first: true, elements: BIGQUERY_FORMAT, value_type: None }),
    month_name: Some("format_datetime('%B', CAST($1 AS DATETIME))"),
    weekday_name: Some("format_datetime('%A', CAST($1 AS DATETIME))"),
    end_of_month: Some("last_day($1)"),
    like_bracket_classes: false,
    like_backslash_escape: true,
    trim_removes_whitespace: true,
    substring_negative_start_from_end: true,
    generated_columns: false,
    scalar_macros: false,
};

static DATABRICKS: TargetProfile = TargetProfile {
    name: "databricks",
    print_back: false,
    dbt: DbtProfile {
        adapter: "databricks",
        outputs: &[
            ("host", "{{ env_var('DBT_DATABRICKS_HOST') }}"),
            ("http_path", "{{ env_var('DBT_DATABRICKS_HTTP_PATH') }}"),
            ("token", "{{ env_var('DBT_DATABRICKS_TOKEN') }}"),
            ("catalog", "{{ env_var('DBT_DATABRICKS_CATALOG', 'main') }}"),
            ("schema", "{{ env_var('DBT_SCHEMA', '{project}') }}"),
            ("threads", "2"),
        ],
        note: "Databricks SQL warehouse from DBT_DATABRICKS_* environment variables. Use with --profiles-dir .",
        validates: false,
    },
    identifier_quotes: ('`', '`'),
    identifier_escape: Escape::Doubled,
    case_folding: CaseFolding::Insensitive,
    reserved_words: reserved::DATABRICKS,
    string_escape: Escape::Backslash,
    national_strings: false,
    null_order: NullOrder::Smallest,
    row_limit: RowLimit::Limit,
    apply: Apply::Lateral { comma: true, outer: false },
    concat_operator: true,
    integer_division: IntegerDivision::DivKeyword,
    operators: Operators::Same,
    boolean_literals: true,
    bit_is_boolean: true,
    try_cast: TryCast::TryCast,
    tsql_conversions: false,
    string_type: "STRING",
    // `trunc` is a date function here; casting a decimal to an integer truncates.
    truncate: "CAST($1 AS BIGINT)",
    truncate_places: None,
    date_add: DateAdd::UnitFunction("timestampadd"),
    date_diff: DateDiff::TruncatedUnitFunction("timestampdiff"),
    date_part: DatePartCall::Extract,
    date_part_type: DatePartType::IntegerExceptSeconds,
    date_arithmetic_widens_to_timestamp: true,
    date_format: Some(FormatCall {
        function: "date_format",
        format_first: false,
        elements: SPARK_FORMAT,
        value_type: None,
    }),
    date_parse: Some(FormatCall {
        function: "to_timestamp",
        format_first: false,
        elements: SPARK_FORMAT,
        value_type: None,
    }),
    month_name: Some("date_format($1, 'MMMM')"),
    weekday_name: Some("date_format($1, 'EEEE')"),
    end_of_month: Some("last_day($1)"),
    like_bracket_classes: false,
    like_backslash_escape: true,
    trim_removes_whitespace: false,
    substring_negative_start_from_end: true,
    generated_columns: false,
    scalar_macros: false,
};

static REDSHIFT: TargetProfile = TargetProfile {
    name: "redshift",
    print_back: false,
    dbt: DbtProfile {
        adapter: "redshift",
        outputs: &[
            ("host", "{{ env_var('DBT_REDSHIFT_HOST') }}"),
            ("port", "{{ env_var('DBT_REDSHIFT_PORT', '5439') | as_number }}"),
            ("user", "{{ env_var('DBT_REDSHIFT_USER') }}"),
            ("password", "{{ env_var('DBT_REDSHIFT_PASSWORD') }}"),
            ("dbname", "{{ env_var('DBT_REDSHIFT_DBNAME', '{project}') }}"),
            ("schema", "{{ env_var('DBT_SCHEMA', '{project}') }}"),
            ("threads", "2"),
        ],
        note: "Redshift connection from DBT_REDSHIFT_* environment variables. Use with --profiles-dir .",
        validates: false,
    },
    identifier_quotes: ('"', '"'),
    identifier_escape: Escape::Doubled,
    case_folding: CaseFolding::Lower,
    reserved_words: reserved::REDSHIFT,
    // Backslash is an escape character in string literals (QUOTE_LITERAL doubles it).
    string_escape: Escape::DoubledAndBackslash,
    national_strings: false,
    null_order: NullOrder::Largest,
    row_limit: RowLimit::Limit,
    apply: Apply::Unsupported,
    concat_operator: true,
    integer_division: IntegerDivision::Native,
    operators: Operators::NoXor,
    boolean_literals: true,
    bit_is_boolean: true,
    try_cast: TryCast::Unsupported,
    tsql_conversions: false,
    string_type: "VARCHAR(65535)",
    truncate: "trunc($1)",
    truncate_places: Some("trunc($1, $2)"),
    date_add: DateAdd::UnitFunction("dateadd"),
    date_diff: DateDiff::UnitFunction("datediff"),
    date_part: DatePartCall::Extract,
    date_part_type: DatePartType::Decimal,
    date_arithmetic_widens_to_timestamp: true,
    date_format: Some(FormatCall { function: "to_char", format_first: false, elements: TO_CHAR, value_type: None }),
    date_parse: Some(FormatCall { function: "to_timestamp", format_first: false, elements: TO_CHAR, value_type: None }),
    month_name: Some("trim(to_char($1, 'Month'))"),
    weekday_name: Some("trim(to_char($1, 'Day'))"),
    end_of_month: Some("last_day($1)"),
    like_bracket_classes: false,
    like_backslash_escape: true,
    trim_removes_whitespace: false,
    substring_negative_start_from_end: false,
    generated_columns: false,
    scalar_macros: false,
};

static FABRIC: TargetProfile = TargetProfile {
    name: "fabric",
    print_back: false,
    dbt: DbtProfile {
        adapter: "fabric",
        outputs: &[
            ("driver", "ODBC Driver 18 for SQL Server"),
            ("server", "{{ env_var('DBT_FABRIC_SERVER') }}"),
            ("port", "1433"),
            ("database", "{{ env_var('DBT_FABRIC_DATABASE', '{project}') }}"),
            ("schema", "{{ env_var('DBT_SCHEMA', 'dbo') }}"),
            ("authentication", "{{ env_var('DBT_FABRIC_AUTHENTICATION', 'CLI') }}"),
            ("threads", "2"),
        ],
        note: "Microsoft Fabric Data Warehouse from DBT_FABRIC_* environment variables (Azure CLI login by default). Use with --profiles-dir .",
        validates: false,
    },
    identifier_quotes: ('[', ']'),
    identifier_escape: Escape::Doubled,
    case_folding: CaseFolding::Insensitive,
    reserved_words: reserved::TSQL,
    string_escape: Escape::Doubled,
    national_strings: true,
    null_order: NullOrder::Smallest,
    row_limit: RowLimit::Top,
    apply: Apply::Keep,
    concat_operator: false,
    integer_division: IntegerDivision::Native,
    operators: Operators::Same,
    boolean_literals: false,
    bit_is_boolean: false,
    try_cast: TryCast::TryCast,
    tsql_conversions: true,
    string_type: "varchar(8000)",
    truncate: "$1",
    truncate_places: None,
    date_add: DateAdd::Keep,
    date_diff: DateDiff::Keep,
    date_part: DatePartCall::Keep,
    date_part_type: DatePartType::Integer,
    date_arithmetic_widens_to_timestamp: false,
    date_format: None,
    date_parse: None,
    month_name: None,
    weekday_name: None,
    end_of_month: None,
    like_bracket_classes: true,
    like_backslash_escape: false,
    trim_removes_whitespace: false,
    substring_negative_start_from_end: false,
    generated_columns: false,
    scalar_macros: false,
};

static TSQL: TargetProfile = TargetProfile {
    name: "tsql",
    print_back: true,
    dbt: DbtProfile {
        adapter: "sqlserver",
        outputs: &[
            ("driver", "ODBC Driver 18 for SQL Server"),
            ("server", "{{ env_var('DBT_SQLSERVER_SERVER', 'localhost') }}"),
            ("port", "1433"),
            ("database", "{{ env_var('DBT_SQLSERVER_DATABASE', '{project}') }}"),
            ("schema", "{{ env_var('DBT_SCHEMA', 'dbo') }}"),
            ("user", "{{ env_var('DBT_SQLSERVER_USER') }}"),
            ("password", "{{ env_var('DBT_SQLSERVER_PASSWORD') }}"),
            ("threads", "2"),
        ],
        note: "SQL Server (dbt-sqlserver) connection from DBT_SQLSERVER_* environment variables. Use with --profiles-dir .",
        validates: false,
    },
    identifier_quotes: ('[', ']'),
    identifier_escape: Escape::Doubled,
    case_folding: CaseFolding::Insensitive,
    reserved_words: reserved::TSQL,
    string_escape: Escape::Doubled,
    national_strings: true,
    null_order: NullOrder::Smallest,
    row_limit: RowLimit::Top,
    apply: Apply::Keep,
    concat_operator: false,
    integer_division: IntegerDivision::Native,
    operators: Operators::Same,
    boolean_literals: false,
    bit_is_boolean: false,
    try_cast: TryCast::TryCast,
    tsql_conversions: true,
    string_type: "nvarchar(max)",
    truncate: "$1",
    truncate_places: None,
    date_add: DateAdd::Keep,
    date_diff: DateDiff::Keep,
    date_part: DatePartCall::Keep,
    date_part_type: DatePartType::Integer,
    date_arithmetic_widens_to_timestamp: false,
    date_format: None,
    date_parse: None,
    month_name: None,
    weekday_name: None,
    end_of_month: None,
    like_bracket_classes: true,
    like_backslash_escape: false,
    trim_removes_whitespace: false,
    substring_negative_start_from_end: false,
    generated_columns: false,
    scalar_macros: false,
};

/// Every template a profile holds (the guard test parses them all).
pub fn profile_templates() -> Vec<&'static str> {
    let mut out = Vec::new();
    for t in Target::ALL {
        let p = t.profile();
        out.push(p.truncate);
        out.extend(p.truncate_places);
        out.extend(p.month_name);
        out.extend(p.weekday_name);
        out.extend(p.end_of_month);
    }
    out
}
