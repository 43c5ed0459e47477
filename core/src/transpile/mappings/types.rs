//! SQL Server data types. Sorted by T-SQL name. Columns follow
//! [`crate::transpile::Target::ALL`]: duckdb, postgres, snowflake, bigquery, databricks, redshift,
//! fabric, tsql.

use super::TARGETS;
use crate::parse::SqlType;

/// How a type converts for one target.
#[derive(Debug, Clone, Copy)]
pub enum TypeRule {
    /// The type as T-SQL writes it, arguments included.
    Same,
    /// A fixed target type.
    To(&'static str),
    /// Another name with the T-SQL arguments kept (`nvarchar(20)` → `varchar(20)`), and what it
    /// loses.
    Keep(&'static str, &'static str),
    /// `name(p,s)` keeping the T-SQL precision and scale (defaults 18, 0).
    Decimal(&'static str),
    /// BigQuery: `NUMERIC(p,s)` when it fits (scale ≤ 9, ≤ 29 integer digits), else `BIGNUMERIC(p,s)`.
    WideDecimal,
    /// By the T-SQL length argument `n`: `n <= threshold` → first, else second (`float(n)`).
    ByLength(u32, &'static str, &'static str),
    /// A fixed type keeping `max` fractional digits of seconds; lossy above (T-SQL's default is 7).
    FractionsUpTo(&'static str, u32, &'static str),
    /// `name(n)` with the fractional-seconds precision capped at `max` (lossy above).
    CappedPrecision(&'static str, u32, &'static str),
    /// A fixed target type that loses something; the note says what.
    Lossy(&'static str, &'static str),
    /// No equivalent.
    Unsupported(&'static str),
}

pub struct TypeRow {
    pub tsql: &'static str,
    pub rules: [TypeRule; TARGETS],
}

const fn t(tsql: &'static str, rules: [TypeRule; TARGETS]) -> TypeRow {
    TypeRow { tsql, rules }
}

use TypeRule::*;

const MICROS: &str = "SQL Server keeps 100 ns; the target keeps microseconds";
const FABRIC_MICROS: &str = "Fabric Warehouse keeps at most 6 fractional digits";
const OFFSET: &str = "the target keeps the instant, not the time zone offset";
const UTF8: &str = "Fabric's varchar(n) counts UTF-8 bytes, SQL Server's nvarchar(n) counts UTF-16 code units";
const GUID_TEXT: &str = "the target has no uniqueidentifier type; text compares and sorts differently";
const XML_TEXT: &str = "XML is stored as text; XML methods do not convert";
const SPATIAL: Rule = Unsupported("spatial types are not converted");
type Rule = TypeRule;
const STRING: [TypeRule; TARGETS] =
    [To("VARCHAR"), To("VARCHAR"), To("VARCHAR"), To("STRING"), To("STRING"), To("VARCHAR(65535)"), Same, Same];
const BYTES: [&str; 6] = ["BLOB", "BYTEA", "BINARY", "BYTES", "BINARY", "VARBYTE"];
const fn bytes(fabric: TypeRule) -> [TypeRule; TARGETS] {
    [To(BYTES[0]), To(BYTES[1]), To(BYTES[2]), To(BYTES[3]), To(BYTES[4]), To(BYTES[5]), fabric, Same]
}
const DECIMAL: [TypeRule; TARGETS] = [
    Decimal("DECIMAL"),
    Decimal("NUMERIC"),
    Decimal("NUMBER"),
    WideDecimal,
    Decimal("DECIMAL"),
    Decimal("DECIMAL"),
    Same,
    Same,
];
const TIMESTAMP: [TypeRule; TARGETS] = [
    To("TIMESTAMP"),
    To("TIMESTAMP"),
    To("TIMESTAMP_NTZ"),
    To("DATETIME"),
    To("TIMESTAMP_NTZ"),
    To("TIMESTAMP"),
    To("datetime2(3)"),
    Same,
];

//  T-SQL                 duckdb                 postgres              snowflake            bigquery          databricks         redshift              fabric                  tsql
pub static TYPES: &[TypeRow] = &[
    t("bigint", [To("BIGINT"), To("BIGINT"), To("BIGINT"), To("INT64"), To("BIGINT"), To("BIGINT"), Same, Same]),
    t("binary", bytes(Keep("varbinary", "binary(n) pads with zero bytes, varbinary does not"))),
    t("bit", [To("BOOLEAN"), To("BOOLEAN"), To("BOOLEAN"), To("BOOL"), To("BOOLEAN"), To("BOOLEAN"), Same, Same]),
    t("char", STRING),
    t("date", [To("DATE"), To("DATE"), To("DATE"), To("DATE"), To("DATE"), To("DATE"), Same, Same]),
    t("datetime", TIMESTAMP),
    t(
        "datetime2",
        [
            FractionsUpTo("TIMESTAMP", 6, MICROS),
            FractionsUpTo("TIMESTAMP", 6, MICROS),
            To("TIMESTAMP_NTZ"),
            FractionsUpTo("DATETIME", 6, MICROS),
            FractionsUpTo("TIMESTAMP_NTZ", 6, MICROS),
            FractionsUpTo("TIMESTAMP", 6, MICROS),
            CappedPrecision("datetime2", 6, FABRIC_MICROS),
            Same,
        ],
    ),
    t(
        "datetimeoffset",
        [
            Lossy("TIMESTAMPTZ", OFFSET),
            Lossy("TIMESTAMPTZ", OFFSET),
            To("TIMESTAMP_TZ"),
            Lossy("TIMESTAMP", OFFSET),
            Lossy("TIMESTAMP", OFFSET),
            Lossy("TIMESTAMPTZ", OFFSET),
            Unsupported("Fabric Warehouse has no datetimeoffset type"),
            Same,
        ],
    ),
    t("decimal", DECIMAL),
    t(
        "double precision",
        [
            To("DOUBLE"),
            To("DOUBLE PRECISION"),
            To("FLOAT"),
            To("FLOAT64"),
            To("DOUBLE"),
            To("DOUBLE PRECISION"),
            Same,
            Same,
        ],
    ),
    t(
        "float",
        [
            ByLength(24, "FLOAT", "DOUBLE"),
            ByLength(24, "REAL", "DOUBLE PRECISION"),
            To("FLOAT"),
            To("FLOAT64"),
            ByLength(24, "FLOAT", "DOUBLE"),
            ByLength(24, "REAL", "DOUBLE PRECISION"),
            Same,
            Same,
        ],
    ),
    t(
        "geography",
        [
            SPATIAL,
            SPATIAL,
            SPATIAL,
            SPATIAL,
            SPATIAL,
            SPATIAL,
            Unsupported("Fabric Warehouse has no spatial types"),
            Same,
        ],
    ),
    t(
        "geometry",
        [
            SPATIAL,
            SPATIAL,
            SPATIAL,
            SPATIAL,
            SPATIAL,
            SPATIAL,
            Unsupported("Fabric Warehouse has no spatial types"),
            Same,
        ],
    ),
    t(
        "hierarchyid",
        [
            Unsupported("hierarchyid has no equivalent"),
            Unsupported("hierarchyid has no equivalent"),
            Unsupported("hierarchyid has no equivalent"),
            Unsupported("hierarchyid has no equivalent"),
            Unsupported("hierarchyid has no equivalent"),
            Unsupported("hierarchyid has no equivalent"),
            Unsupported("hierarchyid has no equivalent"),
            Same,
        ],
    ),
    t("image", bytes(To("varbinary(max)"))),
    t("int", [To("INTEGER"), To("INTEGER"), To("INTEGER"), To("INT64"), To("INT"), To("INTEGER"), Same, Same]),
    t(
        "money",
        [
            To("DECIMAL(19,4)"),
            To("NUMERIC(19,4)"),
            To("NUMBER(19,4)"),
            To("NUMERIC(19,4)"),
            To("DECIMAL(19,4)"),
            To("DECIMAL(19,4)"),
            To("decimal(19,4)"),
            Same,
        ],
    ),
    t(
        "nchar",
        [
            To("VARCHAR"),
            To("VARCHAR"),
            To("VARCHAR"),
            To("STRING"),
            To("STRING"),
            To("VARCHAR(65535)"),
            Keep("char", UTF8),
            Same,
        ],
    ),
    t(
        "ntext",
        [
            To("VARCHAR"),
            To("VARCHAR"),
            To("VARCHAR"),
            To("STRING"),
            To("STRING"),
            To("VARCHAR(65535)"),
            To("varchar(max)"),
            Same,
        ],
    ),
    t("numeric", DECIMAL),
    t(
        "nvarchar",
        [
            To("VARCHAR"),
            To("VARCHAR"),
            To("VARCHAR"),
            To("STRING"),
            To("STRING"),
            To("VARCHAR(65535)"),
            Keep("varchar", UTF8),
            Same,
        ],
    ),
    t("real", [To("FLOAT"), To("REAL"), To("FLOAT"), To("FLOAT64"), To("FLOAT"), To("REAL"), Same, Same]),
    t("rowversion", bytes(To("varbinary(8)"))),
    t(
        "smalldatetime",
        [
            To("TIMESTAMP"),
            To("TIMESTAMP"),
            To("TIMESTAMP_NTZ"),
            To("DATETIME"),
            To("TIMESTAMP_NTZ"),
            To("TIMESTAMP"),
            To("datetime2(0)"),
            Same,
        ],
    ),
    t(
        "smallint",
        [To("SMALLINT"), To("SMALLINT"), To("SMALLINT"), To("INT64"), To("SMALLINT"), To("SMALLINT"), Same, Same],
    ),
    t(
        "smallmoney",
        [
            To("DECIMAL(10,4)"),
            To("NUMERIC(10,4)"),
            To("NUMBER(10,4)"),
            To("NUMERIC(10,4)"),
            To("DECIMAL(10,4)"),
            To("DECIMAL(10,4)"),
            To("decimal(10,4)"),
            Same,
        ],
    ),
    t(
        "sql_variant",
        [
            Unsupported("sql_variant has no equivalent"),
            Unsupported("sql_variant has no equivalent"),
            Unsupported("sql_variant has no equivalent"),
            Unsupported("sql_variant has no equivalent"),
            Unsupported("sql_variant has no equivalent"),
            Unsupported("sql_variant has no equivalent"),
            Unsupported("sql_variant has no equivalent"),
            Same,
        ],
    ),
    t(
        "sysname",
        [
            To("VARCHAR"),
            To("VARCHAR"),
            To("VARCHAR"),
            To("STRING"),
            To("STRING"),
            To("VARCHAR(65535)"),
            To("varchar(512)"),
            Same,
        ],
    ),
    t(
        "text",
        [
            To("VARCHAR"),
            To("VARCHAR"),
            To("VARCHAR"),
            To("STRING"),
            To("STRING"),
            To("VARCHAR(65535)"),
            To("varchar(max)"),
            Same,
        ],
    ),
    t(
        "time",
        [
            FractionsUpTo("TIME", 6, MICROS),
            FractionsUpTo("TIME", 6, MICROS),
            To("TIME"),
            FractionsUpTo("TIME", 6, MICROS),
            Unsupported("Databricks has no TIME type"),
            FractionsUpTo("TIME", 6, MICROS),
            CappedPrecision("time", 6, FABRIC_MICROS),
            Same,
        ],
    ),
    t("timestamp", bytes(To("varbinary(8)"))),
    t(
        "tinyint",
        [
            To("UTINYINT"),
            To("SMALLINT"),
            To("SMALLINT"),
            To("INT64"),
            To("SMALLINT"),
            To("SMALLINT"),
            To("smallint"),
            Same,
        ],
    ),
    t(
        "uniqueidentifier",
        [
            To("UUID"),
            To("UUID"),
            Lossy("VARCHAR(36)", GUID_TEXT),
            Lossy("STRING", GUID_TEXT),
            Lossy("STRING", GUID_TEXT),
            Lossy("VARCHAR(36)", GUID_TEXT),
            Same,
            Same,
        ],
    ),
    t("varbinary", bytes(Same)),
    t("varchar", STRING),
    t(
        "xml",
        [
            Lossy("VARCHAR", XML_TEXT),
            Lossy("VARCHAR", XML_TEXT),
            Lossy("VARCHAR", XML_TEXT),
            Lossy("STRING", XML_TEXT),
            Lossy("STRING", XML_TEXT),
            Lossy("VARCHAR(65535)", XML_TEXT),
            Unsupported("Fabric Warehouse has no xml type"),
            Same,
        ],
    ),
];

/// Result of mapping a type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MappedType {
    Ok(String),
    Lossy(String, &'static str),
    Unsupported(&'static str),
}

/// T-SQL's default fractional-seconds precision of datetime2 and time.
const DEFAULT_FRACTIONS: u32 = 7;

/// Map a T-SQL type for the target column `target_index`.
pub fn map_type(ty: &SqlType, target_index: usize) -> MappedType {
    let Ok(i) = TYPES.binary_search_by(|r| r.tsql.cmp(ty.name.as_str())) else {
        return MappedType::Unsupported("user-defined or unknown type");
    };
    match TYPES[i].rules[target_index] {
        Same => MappedType::Ok(ty.to_tsql()),
        To(s) => MappedType::Ok(s.to_string()),
        Keep(name, why) => {
            let renamed = SqlType { schema: None, name: name.to_string(), args: ty.args.clone() };
            MappedType::Lossy(renamed.to_tsql(), why)
        }
        Lossy(s, why) => MappedType::Lossy(s.to_string(), why),
        Decimal(name) => {
            let (p, s) = precision_scale(ty);
            MappedType::Ok(format!("{name}({p},{s})"))
        }
        WideDecimal => {
            let (p, s) = precision_scale(ty);
            let name = if s <= 9 && p - s <= 29 { "NUMERIC" } else { "BIGNUMERIC" };
            MappedType::Ok(format!("{name}({p},{s})"))
        }
        ByLength(limit, small, big) => {
            MappedType::Ok(if ty.arg(0).is_some_and(|n| n <= limit) { small } else { big }.to_string())
        }
        FractionsUpTo(name, max, why) => {
            if ty.arg(0).unwrap_or(DEFAULT_FRACTIONS) > max {
                MappedType::Lossy(name.to_string(), why)
            } else {
                MappedType::Ok(name.to_string())
            }
        }
        CappedPrecision(name, max, why) => {
            let n = ty.arg(0).unwrap_or(DEFAULT_FRACTIONS);
            let text = format!("{name}({})", n.min(max));
            if n > max {
                MappedType::Lossy(text, why)
            } else {
                MappedType::Ok(text)
            }
        }
        Unsupported(why) => MappedType::Unsupported(why),
    }
}

fn precision_scale(ty: &SqlType) -> (u32, u32) {
    let p = ty.arg(0).unwrap_or(18).clamp(1, 38);
    let s = ty.arg(1).unwrap_or(0).min(p);
    (p, s)
}
