//! SQL Server data types. Sorted by T-SQL name.

use super::TARGETS;
use crate::parse::SqlType;

/// How a type converts for one target.
#[derive(Debug, Clone, Copy)]
pub enum TypeRule {
    /// A fixed target type.
    To(&'static str),
    /// `DECIMAL(p,s)` keeping the T-SQL precision and scale (defaults 18, 0).
    Decimal,
    /// By the T-SQL length argument `n`: `n <= threshold` → first, else second (`float(n)`).
    ByLength(u32, &'static str, &'static str),
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

//  T-SQL                    duckdb
pub static TYPES: &[TypeRow] = &[
    t("bigint", [To("BIGINT")]),
    t("binary", [To("BLOB")]),
    t("bit", [To("BOOLEAN")]),
    t("char", [To("VARCHAR")]),
    t("date", [To("DATE")]),
    t("datetime", [To("TIMESTAMP")]),
    t("datetime2", [Lossy("TIMESTAMP", "datetime2 keeps 100 ns; TIMESTAMP keeps microseconds")]),
    t("datetimeoffset", [To("TIMESTAMPTZ")]),
    t("decimal", [Decimal]),
    t("float", [ByLength(24, "FLOAT", "DOUBLE")]),
    t("geography", [Unsupported("spatial types need the spatial extension")]),
    t("geometry", [Unsupported("spatial types need the spatial extension")]),
    t("hierarchyid", [Unsupported("hierarchyid has no equivalent")]),
    t("image", [To("BLOB")]),
    t("int", [To("INTEGER")]),
    t("money", [To("DECIMAL(19,4)")]),
    t("nchar", [To("VARCHAR")]),
    t("ntext", [To("VARCHAR")]),
    t("numeric", [Decimal]),
    t("nvarchar", [To("VARCHAR")]),
    t("real", [To("FLOAT")]),
    t("rowversion", [To("BLOB")]),
    t("smalldatetime", [To("TIMESTAMP")]),
    t("smallint", [To("SMALLINT")]),
    t("smallmoney", [To("DECIMAL(10,4)")]),
    t("sql_variant", [Unsupported("sql_variant has no equivalent")]),
    t("sysname", [To("VARCHAR")]),
    t("text", [To("VARCHAR")]),
    t("time", [To("TIME")]),
    t("timestamp", [To("BLOB")]),
    t("tinyint", [To("UTINYINT")]),
    t("uniqueidentifier", [To("UUID")]),
    t("varbinary", [To("BLOB")]),
    t("varchar", [To("VARCHAR")]),
    t("xml", [Lossy("VARCHAR", "XML is stored as text; XML methods do not convert")]),
];

/// Result of mapping a type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MappedType {
    Ok(String),
    Lossy(String, &'static str),
    Unsupported(&'static str),
}

/// Map a T-SQL type for the target column `target_index`.
pub fn map_type(ty: &SqlType, target_index: usize) -> MappedType {
    let Ok(i) = TYPES.binary_search_by(|r| r.tsql.cmp(ty.name.as_str())) else {
        return MappedType::Unsupported("user-defined or unknown type");
    };
    match TYPES[i].rules[target_index] {
        To(s) => MappedType::Ok(s.to_string()),
        Lossy(s, why) => MappedType::Lossy(s.to_string(), why),
        Decimal => {
            let p = ty.arg(0).unwrap_or(18).clamp(1, 38);
            let s = ty.arg(1).unwrap_or(0).min(p);
            MappedType::Ok(format!("DECIMAL({p},{s})"))
        }
        ByLength(limit, small, big) => {
            MappedType::Ok(if ty.arg(0).is_some_and(|n| n <= limit) { small } else { big }.to_string())
        }
        Unsupported(why) => MappedType::Unsupported(why),
    }
}
