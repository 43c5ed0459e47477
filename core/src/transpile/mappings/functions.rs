//! SQL Server built-in functions (and `@@` system variables). Sorted by T-SQL name; a unit test
//! checks order and uniqueness. Columns follow [`crate::transpile::Target::ALL`]:
//! duckdb, postgres, snowflake, bigquery, databricks, redshift, fabric, tsql.
//!
//! Adding a function is one row here (plus, for a rewrite, one function in `rewrites/`). The
//! `mapping_table_renders` snapshot then shows the row for every target.

use super::TARGETS;
use crate::transpile::rewrites as rw;
use crate::transpile::rule::{rename as r, rewrite, same, template as t, unsupported as u, Rule};

/// One built-in function.
pub struct FunctionRow {
    /// Upper-case T-SQL name.
    pub tsql: &'static str,
    pub rules: [Rule; TARGETS],
}

const fn f(tsql: &'static str, rules: [Rule; TARGETS]) -> FunctionRow {
    FunctionRow { tsql, rules }
}

const S: Rule = same();

// Reasons shared by many rows.
const PROCEDURAL: Rule =
    u("it reads procedural state (row counts, identities, errors, transactions), which a dbt model does not have");
const SESSION: Rule = u("it reads SQL Server session or server settings, which the target does not have");
const METADATA: Rule =
    u("it reads SQL Server catalog metadata (object ids, properties), which the target does not have");
const HASH: Rule = u("SQL Server's hash and checksum values cannot be reproduced");
const CULTURE: Rule = u("it uses .NET culture-dependent parsing or formatting");
const JSON: Rule = u("the target's JSON path functions differ from SQL Server's lax JSON paths");
const JSON_BUILD: Rule =
    u("SQL Server's JSON constructors and JSON_MODIFY (NULL handling, escaping) are not converted");
const JSON_CHECK: Rule = u("ISJSON returns 1, 0 or NULL; the target has no equivalent validity check");
const PARTS: Rule = u("the target has no function that builds this date and time value from parts");
const NO_TIME_ZONE: Rule = u("the target has no function for SQL Server's time zone offsets");
const NULLS_PROPAGATE: Rule = u("SQL Server ignores NULL arguments; the target returns NULL when any argument is NULL");

// Rewrites used by several rows.
const AVG: Rule = rewrite("avg_by_type", rw::aggregate::avg);
const CHARINDEX: Rule = rewrite("charindex", rw::strings::charindex);
const CHARINDEX_FROM: Rule = rewrite("charindex_start_below_1", rw::strings::charindex_start);
const CONCAT: Rule = rewrite("concat_null_as_empty", rw::strings::concat);
const CONCAT_WS: Rule = rewrite("concat_ws_text_args", rw::strings::concat_ws);
const DATEADD: Rule = rewrite("dateadd", rw::dates::dateadd);
const DATEDIFF: Rule = rewrite("datediff", rw::dates::datediff);
const DATENAME: Rule = rewrite("datename", rw::dates::datename);
const DATEPART: Rule = rewrite("datepart", rw::dates::datepart);
const DATETRUNC: Rule = rewrite("datetrunc", rw::dates::datetrunc);
const EOMONTH: Rule = rewrite("eomonth", rw::dates::eomonth);
const IIF: Rule = rewrite("iif_to_case", rw::logic::iif);
const CHOOSE: Rule = rewrite("choose_to_case", rw::logic::choose);
const LOG: Rule = rewrite("log", rw::math::log);
const ROUND: Rule = rewrite("round", rw::math::round);
const POWER: Rule = rewrite("power_in_argument_type", rw::math::power);
const STRING_AGG: Rule = rewrite("string_agg_order_inside", rw::aggregate::string_agg);
const LISTAGG: Rule = rewrite("listagg_within_group", rw::aggregate::listagg);
const YEAR_FN: Rule = rewrite("year", rw::dates::year);
const MONTH_FN: Rule = rewrite("month", rw::dates::month);
const DAY_FN: Rule = rewrite("day", rw::dates::day);
const YEAR_PART: Rule = rewrite("datepart_year", rw::dates::year_part);
const MONTH_PART: Rule = rewrite("datepart_month", rw::dates::month_part);
const DAY_PART: Rule = rewrite("datepart_day", rw::dates::day_part);

// Templates used by several rows.
const LOCAL_NOW: [Rule; TARGETS] = [
    t("current_localtimestamp()"),
    t("LOCALTIMESTAMP"),
    t("CAST(current_timestamp() AS TIMESTAMP_NTZ)"),
    t("current_datetime()"),
    t("CAST(current_timestamp() AS TIMESTAMP_NTZ)"),
    t("getdate()"),
    S,
    S,
];
const UTC_NOW: [Rule; TARGETS] = [
    t("CAST(timezone('UTC', now()) AS TIMESTAMP)"),
    t("CAST(timezone('UTC', now()) AS TIMESTAMP)"),
    t("sysdate()"),
    t("current_datetime('UTC')"),
    t("CAST(to_utc_timestamp(current_timestamp(), current_timezone()) AS TIMESTAMP_NTZ)"),
    u("Redshift sessions may use any time zone and no function returns UTC wall-clock time"),
    S,
    S,
];
// STUFF(s, start, n, r): NULL when start < 1, n < 0 or start is past the end; n past the end
// deletes to the end; a NULL r deletes without inserting.
const STUFF: Rule = t(
    "CASE WHEN $2 < 1 OR $3 < 0 OR $2 > length($1) THEN NULL ELSE substring($1, 1, $2 - 1) || coalesce($4, '') || substring($1, $2 + $3, length($1)) END",
);
const LEN: Rule = t("length(rtrim($1))");
/// BigQuery's one-argument trims remove all whitespace; SQL Server's remove spaces only.
const BQ_LEN: Rule = t("length(rtrim($1, ' '))");

/// Every T-SQL-only construct: kept on the T-SQL family, with one reason elsewhere.
const fn tsql_only(why: Rule) -> [Rule; TARGETS] {
    [why, why, why, why, why, why, S, S]
}
const ALL_SAME: [Rule; TARGETS] = [S; TARGETS];

//  T-SQL                      duckdb                      postgres               snowflake                   bigquery                    databricks           redshift          fabric tsql
pub static FUNCTIONS: &[FunctionRow] = &[
    f("@@DATEFIRST", tsql_only(SESSION)),
    f("@@ERROR", tsql_only(PROCEDURAL)),
    f("@@FETCH_STATUS", tsql_only(PROCEDURAL)),
    f("@@IDENTITY", tsql_only(PROCEDURAL)),
    f("@@LANGUAGE", tsql_only(SESSION)),
    f("@@NESTLEVEL", tsql_only(PROCEDURAL)),
    f("@@PROCID", tsql_only(PROCEDURAL)),
    f("@@ROWCOUNT", tsql_only(PROCEDURAL)),
    f("@@SERVERNAME", tsql_only(SESSION)),
    f("@@SPID", tsql_only(SESSION)),
    f("@@TRANCOUNT", tsql_only(PROCEDURAL)),
    f("@@VERSION", tsql_only(SESSION)),
    f("ABS", ALL_SAME),
    f("ACOS", ALL_SAME),
    f(
        "APPROX_COUNT_DISTINCT",
        [
            S,
            u("PostgreSQL has no approximate distinct count"),
            S,
            S,
            S,
            u("Redshift writes it APPROXIMATE COUNT(DISTINCT ...)"),
            S,
            S,
        ],
    ),
    f("APP_NAME", tsql_only(SESSION)),
    f("ASCII", ALL_SAME),
    f("ASIN", ALL_SAME),
    f("ATAN", ALL_SAME),
    f("ATN2", [r("atan2"), r("atan2"), r("atan2"), r("atan2"), r("atan2"), r("atan2"), S, S]),
    f("AVG", [AVG, AVG, AVG, AVG, AVG, AVG, S, S]),
    f("BINARY_CHECKSUM", tsql_only(HASH)),
    f("CEILING", [r("ceil"), S, r("ceil"), r("ceil"), S, S, S, S]),
    f("CHAR", [r("chr"), r("chr"), r("chr"), t("code_points_to_string(ARRAY[$1])"), r("chr"), r("chr"), S, S]),
    f("CHARINDEX", [CHARINDEX, CHARINDEX, S, CHARINDEX, CHARINDEX_FROM, CHARINDEX, S, S]),
    f("CHECKSUM", tsql_only(HASH)),
    f("CHECKSUM_AGG", tsql_only(HASH)),
    f("CHOOSE", [CHOOSE, CHOOSE, CHOOSE, CHOOSE, CHOOSE, CHOOSE, S, S]),
    f("COALESCE", ALL_SAME),
    f("COLUMNPROPERTY", tsql_only(METADATA)),
    f("COL_NAME", tsql_only(METADATA)),
    f("COMPRESS", tsql_only(u("COMPRESS produces SQL Server's GZIP bytes"))),
    f("CONCAT", [CONCAT, CONCAT, CONCAT, CONCAT, CONCAT, CONCAT, S, S]),
    f(
        "CONCAT_WS",
        [
            CONCAT_WS,
            CONCAT_WS,
            NULLS_PROPAGATE,
            u("BigQuery has no CONCAT_WS"),
            CONCAT_WS,
            u("Redshift has no CONCAT_WS"),
            S,
            S,
        ],
    ),
    f("COS", ALL_SAME),
    f("COT", ALL_SAME),
    f("COUNT", ALL_SAME),
    f("COUNT_BIG", [r("count"), r("count"), r("count"), r("count"), r("count"), r("count"), S, S]),
    f("CRYPT_GEN_RANDOM", tsql_only(HASH)),
    f("CUME_DIST", ALL_SAME),
    f("CURRENT_TIMESTAMP", LOCAL_NOW),
    f("CURRENT_TIMEZONE", tsql_only(SESSION)),
    f("CURRENT_USER", tsql_only(SESSION)),
    f("DATALENGTH", tsql_only(u("DATALENGTH counts bytes of the SQL Server storage encoding"))),
    f("DATEADD", [DATEADD, DATEADD, DATEADD, DATEADD, DATEADD, DATEADD, S, S]),
    f("DATEDIFF", [DATEDIFF, DATEDIFF, DATEDIFF, DATEDIFF, DATEDIFF, DATEDIFF, S, S]),
    f("DATEDIFF_BIG", [DATEDIFF, DATEDIFF, DATEDIFF, DATEDIFF, DATEDIFF, DATEDIFF, S, S]),
    f("DATEFROMPARTS", [r("make_date"), r("make_date"), r("date_from_parts"), r("date"), r("make_date"), PARTS, S, S]),
    f("DATENAME", [DATENAME, DATENAME, DATENAME, DATENAME, DATENAME, DATENAME, S, S]),
    f("DATEPART", [DATEPART, DATEPART, DATEPART, DATEPART, DATEPART, DATEPART, S, S]),
    f(
        "DATETIME2FROMPARTS",
        [
            t("make_timestamp($1, $2, $3, $4, $5, $6 + $7 / pow(10, $8))"),
            t("make_timestamp($1, $2, $3, $4, $5, $6 + $7 / power(10, $8))"),
            t("timestamp_ntz_from_parts($1, $2, $3, $4, $5, $6, $7 * power(10, 9 - $8))"),
            PARTS,
            PARTS,
            PARTS,
            S,
            S,
        ],
    ),
    f(
        "DATETIMEFROMPARTS",
        [
            t("make_timestamp($1, $2, $3, $4, $5, $6 + $7 / 1000.0)"),
            t("make_timestamp($1, $2, $3, $4, $5, $6 + $7 / 1000.0)"),
            t("timestamp_ntz_from_parts($1, $2, $3, $4, $5, $6, $7 * 1000000)"),
            PARTS,
            PARTS,
            PARTS,
            S,
            S,
        ],
    ),
    f("DATETIMEOFFSETFROMPARTS", tsql_only(NO_TIME_ZONE)),
    f(
        "DATETRUNC",
        [
            DATETRUNC,
            DATETRUNC,
            DATETRUNC,
            u("BigQuery truncates with a different function per argument type"),
            DATETRUNC,
            DATETRUNC,
            S,
            S,
        ],
    ),
    f("DATE_BUCKET", tsql_only(u("DATE_BUCKET's origin arithmetic has no equivalent"))),
    f("DAY", [DAY_FN, DAY_PART, DAY_FN, DAY_PART, DAY_FN, DAY_PART, S, S]),
    f("DB_ID", tsql_only(METADATA)),
    f(
        "DB_NAME",
        [
            r("current_database"),
            r("current_database"),
            r("current_database"),
            u("BigQuery has no current database name"),
            u("current_database() is the schema on Databricks"),
            r("current_database"),
            S,
            S,
        ],
    ),
    f("DEGREES", [S, S, S, t("($1 * 180 / acos(-1))"), S, S, S, S]),
    f("DENSE_RANK", ALL_SAME),
    f("DIFFERENCE", tsql_only(u("SOUNDEX-based DIFFERENCE has no equivalent"))),
    f("EOMONTH", [EOMONTH, EOMONTH, EOMONTH, EOMONTH, EOMONTH, EOMONTH, S, S]),
    f("ERROR_LINE", tsql_only(PROCEDURAL)),
    f("ERROR_MESSAGE", tsql_only(PROCEDURAL)),
    f("ERROR_NUMBER", tsql_only(PROCEDURAL)),
    f("ERROR_PROCEDURE", tsql_only(PROCEDURAL)),
    f("ERROR_SEVERITY", tsql_only(PROCEDURAL)),
    f("ERROR_STATE", tsql_only(PROCEDURAL)),
    f("EXP", ALL_SAME),
    f("FIRST_VALUE", ALL_SAME),
    f("FLOOR", ALL_SAME),
    f(
        "FORMAT",
        [
            CULTURE,
            CULTURE,
            CULTURE,
            CULTURE,
            CULTURE,
            CULTURE,
            u("FORMAT (.NET formatting) is not documented for Fabric Warehouse"),
            S,
        ],
    ),
    f("FORMATMESSAGE", tsql_only(PROCEDURAL)),
    f("GETDATE", LOCAL_NOW),
    f("GETUTCDATE", UTC_NOW),
    f("GREATEST", [S, S, r("greatest_ignore_nulls"), NULLS_PROPAGATE, S, S, S, S]),
    f("GROUPING", ALL_SAME),
    f(
        "GROUPING_ID",
        [S, r("grouping"), S, u("BigQuery's GROUPING takes one column"), S, u("Redshift has no GROUPING_ID"), S, S],
    ),
    f("HASHBYTES", tsql_only(HASH)),
    f("HOST_NAME", tsql_only(SESSION)),
    f("IDENT_CURRENT", tsql_only(PROCEDURAL)),
    f("IDENT_INCR", tsql_only(METADATA)),
    f("IDENT_SEED", tsql_only(METADATA)),
    f("IIF", [IIF, IIF, IIF, IIF, IIF, IIF, S, S]),
    f("ISDATE", tsql_only(u("ISDATE depends on SET DATEFORMAT and language"))),
    f(
        "ISJSON",
        [t("CAST(json_valid($1) AS INTEGER)"), JSON_CHECK, JSON_CHECK, JSON_CHECK, JSON_CHECK, JSON_CHECK, S, S],
    ),
    f("ISNULL", [r("coalesce"), r("coalesce"), r("coalesce"), r("coalesce"), r("coalesce"), r("coalesce"), S, S]),
    f("ISNUMERIC", tsql_only(u("ISNUMERIC accepts currency symbols and other forms no cast accepts"))),
    f("JSON_ARRAY", tsql_only(JSON_BUILD)),
    f("JSON_MODIFY", tsql_only(JSON_BUILD)),
    f("JSON_OBJECT", tsql_only(JSON_BUILD)),
    f("JSON_PATH_EXISTS", tsql_only(JSON)),
    f("JSON_QUERY", [r("json_extract"), JSON, JSON, S, JSON, JSON, S, S]),
    f("JSON_VALUE", [r("json_extract_string"), JSON, JSON, S, r("get_json_object"), JSON, S, S]),
    f("LAG", ALL_SAME),
    f("LAST_VALUE", ALL_SAME),
    f("LEAD", ALL_SAME),
    f("LEAST", [S, S, r("least_ignore_nulls"), NULLS_PROPAGATE, S, S, S, S]),
    f("LEFT", ALL_SAME),
    f("LEN", [LEN, LEN, LEN, BQ_LEN, LEN, LEN, S, S]),
    f("LOG", [LOG, LOG, LOG, LOG, LOG, LOG, S, S]),
    f("LOG10", [S, S, t("log(10, $1)"), S, S, r("log"), S, S]),
    f("LOWER", ALL_SAME),
    f("LTRIM", [S, S, S, t("ltrim($1, ' ')"), S, S, S, S]),
    f("MAX", ALL_SAME),
    f("MIN", ALL_SAME),
    f("MONTH", [MONTH_FN, MONTH_PART, MONTH_FN, MONTH_PART, MONTH_FN, MONTH_PART, S, S]),
    f(
        "NCHAR",
        [
            r("chr"),
            r("chr"),
            r("chr"),
            t("code_points_to_string(ARRAY[$1])"),
            u("chr works on ASCII codes only"),
            u("chr works on ASCII codes only"),
            S,
            S,
        ],
    ),
    f(
        "NEWID",
        [
            r("gen_random_uuid"),
            r("gen_random_uuid"),
            r("uuid_string"),
            r("generate_uuid"),
            r("uuid"),
            u("Redshift has no UUID generator"),
            S,
            S,
        ],
    ),
    f("NEWSEQUENTIALID", tsql_only(u("NEWSEQUENTIALID depends on the server's network card and restart history"))),
    f("NTILE", ALL_SAME),
    f("NULLIF", ALL_SAME),
    f("OBJECTPROPERTY", tsql_only(METADATA)),
    f("OBJECT_ID", tsql_only(METADATA)),
    f("OBJECT_NAME", tsql_only(METADATA)),
    f("OBJECT_SCHEMA_NAME", tsql_only(METADATA)),
    f("PARSE", tsql_only(CULTURE)),
    f("PATINDEX", tsql_only(u("PATINDEX patterns use LIKE wildcards with character classes"))),
    f(
        "PERCENTILE_CONT",
        [
            u("DuckDB's PERCENTILE_CONT is not a window function"),
            u("PostgreSQL's ordered-set aggregates cannot take OVER"),
            S,
            u("BigQuery writes PERCENTILE_CONT(x, p) OVER (...)"),
            u("not verified for Databricks window syntax"),
            S,
            S,
            S,
        ],
    ),
    f(
        "PERCENTILE_DISC",
        [
            u("DuckDB's PERCENTILE_DISC is not a window function"),
            u("PostgreSQL's ordered-set aggregates cannot take OVER"),
            S,
            u("BigQuery writes PERCENTILE_DISC(x, p) OVER (...)"),
            u("not verified for Databricks window syntax"),
            S,
            S,
            S,
        ],
    ),
    f("PERCENT_RANK", ALL_SAME),
    f("PI", [S, S, S, t("acos(-1)"), S, S, S, S]),
    f("POWER", [POWER, POWER, POWER, POWER, POWER, POWER, S, S]),
    f("QUOTENAME", tsql_only(u("QUOTENAME produces SQL Server delimiters"))),
    f("RADIANS", [S, S, S, t("($1 * acos(-1) / 180)"), S, S, S, S]),
    f(
        "RAND",
        [
            t("random()"),
            t("random()"),
            t("uniform(CAST(0 AS FLOAT), CAST(1 AS FLOAT), random())"),
            t("rand()"),
            t("rand()"),
            t("random()"),
            S,
            S,
        ],
    ),
    f("RANK", ALL_SAME),
    f("REPLACE", ALL_SAME),
    f("REPLICATE", [r("repeat"), r("repeat"), r("repeat"), r("repeat"), r("repeat"), r("repeat"), S, S]),
    f("REVERSE", ALL_SAME),
    f("RIGHT", ALL_SAME),
    f("ROUND", [ROUND, ROUND, ROUND, ROUND, ROUND, ROUND, S, S]),
    f("ROWCOUNT_BIG", tsql_only(PROCEDURAL)),
    f("ROW_NUMBER", ALL_SAME),
    f("RTRIM", [S, S, S, t("rtrim($1, ' ')"), S, S, S, S]),
    f("SCHEMA_ID", tsql_only(METADATA)),
    f("SCHEMA_NAME", tsql_only(METADATA)),
    f("SCOPE_IDENTITY", tsql_only(PROCEDURAL)),
    f("SERVERPROPERTY", tsql_only(SESSION)),
    f("SESSION_CONTEXT", tsql_only(SESSION)),
    f("SESSION_USER", tsql_only(SESSION)),
    f("SIGN", ALL_SAME),
    f("SIN", ALL_SAME),
    f(
        "SMALLDATETIMEFROMPARTS",
        [
            t("make_timestamp($1, $2, $3, $4, $5, 0)"),
            t("make_timestamp($1, $2, $3, $4, $5, 0)"),
            t("timestamp_ntz_from_parts($1, $2, $3, $4, $5, 0)"),
            t("datetime($1, $2, $3, $4, $5, 0)"),
            PARTS,
            PARTS,
            S,
            S,
        ],
    ),
    f("SOUNDEX", tsql_only(u("Soundex variants differ in how they treat H, W and vowels"))),
    f(
        "SPACE",
        [
            t("repeat(' ', $1)"),
            t("repeat(' ', $1)"),
            t("repeat(' ', $1)"),
            t("repeat(' ', $1)"),
            t("repeat(' ', $1)"),
            t("repeat(' ', $1)"),
            S,
            S,
        ],
    ),
    f("SQRT", ALL_SAME),
    f(
        "SQUARE",
        [
            t("power($1, 2)"),
            t("power($1, 2)"),
            t("power($1, 2)"),
            t("power($1, 2)"),
            t("power($1, 2)"),
            t("power($1, 2)"),
            S,
            S,
        ],
    ),
    f(
        "STDEV",
        [
            r("stddev_samp"),
            r("stddev_samp"),
            r("stddev_samp"),
            r("stddev_samp"),
            r("stddev_samp"),
            r("stddev_samp"),
            S,
            S,
        ],
    ),
    f(
        "STDEVP",
        [r("stddev_pop"), r("stddev_pop"), r("stddev_pop"), r("stddev_pop"), r("stddev_pop"), r("stddev_pop"), S, S],
    ),
    f("STR", tsql_only(u("STR pads and rounds numbers in its own way"))),
    f(
        "STRING_AGG",
        [
            STRING_AGG,
            STRING_AGG,
            LISTAGG,
            STRING_AGG,
            u("not verified for Databricks: ordered string aggregation"),
            LISTAGG,
            S,
            S,
        ],
    ),
    f("STRING_ESCAPE", tsql_only(u("STRING_ESCAPE's JSON escaping has no equivalent"))),
    f("STRING_SPLIT", tsql_only(u("STRING_SPLIT is a table-valued function"))),
    f("STUFF", [STUFF, STUFF, STUFF, STUFF, STUFF, STUFF, S, S]),
    f("SUM", ALL_SAME),
    f("SUSER_NAME", tsql_only(SESSION)),
    f("SUSER_SNAME", tsql_only(SESSION)),
    f("SWITCHOFFSET", tsql_only(NO_TIME_ZONE)),
    f("SYSDATETIME", LOCAL_NOW),
    f(
        "SYSDATETIMEOFFSET",
        [
            t("now()"),
            t("now()"),
            t("current_timestamp()"),
            t("current_timestamp()"),
            t("current_timestamp()"),
            NO_TIME_ZONE,
            S,
            S,
        ],
    ),
    f("SYSTEM_USER", tsql_only(SESSION)),
    f("SYSUTCDATETIME", UTC_NOW),
    f("TAN", ALL_SAME),
    f(
        "TIMEFROMPARTS",
        [
            t("make_time($1, $2, $3 + $4 / pow(10, $5))"),
            t("make_time($1, $2, $3 + $4 / power(10, $5))"),
            t("time_from_parts($1, $2, $3, $4 * power(10, 9 - $5))"),
            PARTS,
            u("Databricks has no TIME type"),
            PARTS,
            S,
            S,
        ],
    ),
    f("TODATETIMEOFFSET", tsql_only(NO_TIME_ZONE)),
    f("TRANSLATE", ALL_SAME),
    f("TRY_PARSE", tsql_only(CULTURE)),
    f("TYPE_ID", tsql_only(METADATA)),
    f("TYPE_NAME", tsql_only(METADATA)),
    f(
        "UNICODE",
        [
            S,
            r("ascii"),
            S,
            S,
            u("not verified that ascii returns code points on Databricks"),
            u("not verified that ascii returns code points on Redshift"),
            S,
            S,
        ],
    ),
    f("UPPER", ALL_SAME),
    f("USER", tsql_only(SESSION)),
    f("USER_NAME", tsql_only(SESSION)),
    f("VAR", [r("var_samp"), r("var_samp"), r("var_samp"), r("var_samp"), r("var_samp"), r("var_samp"), S, S]),
    f("VARP", [r("var_pop"), r("var_pop"), r("var_pop"), r("var_pop"), r("var_pop"), r("var_pop"), S, S]),
    f("XACT_STATE", tsql_only(PROCEDURAL)),
    f("YEAR", [YEAR_FN, YEAR_PART, YEAR_FN, YEAR_PART, YEAR_FN, YEAR_PART, S, S]),
];

/// The row for a T-SQL function name (case-insensitive).
pub fn lookup(name: &str) -> Option<&'static FunctionRow> {
    let upper = name.to_ascii_uppercase();
    FUNCTIONS.binary_search_by(|r| r.tsql.cmp(upper.as_str())).ok().map(|i| &FUNCTIONS[i])
}
